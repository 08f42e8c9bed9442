// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadfield.h"

#include <QCoreApplication>
#include <QLocale>

namespace Workdeck {

namespace {

QString requestedAllocated(const std::optional<double> &requested, const std::optional<double> &allocated)
{
    if (requested && allocated && *requested != *allocated)
        return QStringLiteral("%1 / %2").arg(formatQuantity(*allocated), formatQuantity(*requested));
    if (allocated)
        return formatQuantity(*allocated);
    if (requested)
        return formatQuantity(*requested);
    return {};
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QVariant optionalToVariant(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

QList<WorkloadField> allWorkloadFields()
{
    QList<WorkloadField> fields;
    for (int i = int(WorkloadField::Name); i <= int(WorkloadField::Actions); ++i)
        fields.append(WorkloadField(i));
    return fields;
}

QString workloadFieldTitle(WorkloadField field)
{
    switch (field) {
    case WorkloadField::Name:
        return QCoreApplication::translate("WorkloadField", "Name");
    case WorkloadField::Type:
        return QCoreApplication::translate("WorkloadField", "Type");
    case WorkloadField::Status:
        return QCoreApplication::translate("WorkloadField", "Status");
    case WorkloadField::Project:
        return QCoreApplication::translate("WorkloadField", "Project");
    case WorkloadField::Cluster:
        return QCoreApplication::translate("WorkloadField", "Cluster");
    case WorkloadField::Department:
        return QCoreApplication::translate("WorkloadField", "Department");
    case WorkloadField::Gpus:
        return QCoreApplication::translate("WorkloadField", "GPUs");
    case WorkloadField::Vram:
        return QCoreApplication::translate("WorkloadField", "VRAM");
    case WorkloadField::Cpu:
        return QCoreApplication::translate("WorkloadField", "CPU");
    case WorkloadField::Memory:
        return QCoreApplication::translate("WorkloadField", "Memory");
    case WorkloadField::CreatedBy:
        return QCoreApplication::translate("WorkloadField", "Created by");
    case WorkloadField::CreatedAt:
        return QCoreApplication::translate("WorkloadField", "Created");
    case WorkloadField::UpdatedAt:
        return QCoreApplication::translate("WorkloadField", "Updated");
    case WorkloadField::Pods:
        return QCoreApplication::translate("WorkloadField", "Pods");
    case WorkloadField::Preemptible:
        return QCoreApplication::translate("WorkloadField", "Preemptible");
    case WorkloadField::NodePools:
        return QCoreApplication::translate("WorkloadField", "Node pools");
    case WorkloadField::Connections:
        return QCoreApplication::translate("WorkloadField", "Connections");
    case WorkloadField::Id:
        return QCoreApplication::translate("WorkloadField", "ID");
    case WorkloadField::Actions:
        return QCoreApplication::translate("WorkloadField", "Actions");
    }
    return {};
}

bool isWorkloadFieldVisibleByDefault(WorkloadField field)
{
    switch (field) {
    case WorkloadField::Department:
    case WorkloadField::NodePools:
    case WorkloadField::Id:
    case WorkloadField::Connections:
        return false;
    default:
        return true;
    }
}

QList<WorkloadField> defaultVisibleFields(const QList<WorkloadField> &available)
{
    QList<WorkloadField> fields;
    for (WorkloadField field : allWorkloadFields()) {
        if (available.contains(field) && isWorkloadFieldVisibleByDefault(field))
            fields.append(field);
    }
    return fields;
}

QString workloadFieldText(const Workload &workload, WorkloadField field)
{
    switch (field) {
    case WorkloadField::Name:
        return workload.title();
    case WorkloadField::Type:
        return workload.typeText();
    case WorkloadField::Status:
        return workload.statusText();
    case WorkloadField::Project:
        return workload.projectName;
    case WorkloadField::Cluster:
        return workload.clusterName.isEmpty() ? workload.clusterId : workload.clusterName;
    case WorkloadField::Department:
        return workload.departmentName;
    case WorkloadField::Gpus:
        return requestedAllocated(workload.gpusRequested, workload.gpusAllocated);
    case WorkloadField::Vram:
        return workload.vramMegabytes ? formatMegabytes(*workload.vramMegabytes) : QString();
    case WorkloadField::Cpu:
        return requestedAllocated(workload.cpusRequested, workload.cpusAllocated);
    case WorkloadField::Memory: {
        const auto bytes =
            workload.memoryAllocatedBytes ? workload.memoryAllocatedBytes : workload.memoryRequestedBytes;
        return bytes ? formatBytes(*bytes) : QString();
    }
    case WorkloadField::CreatedBy:
        return workload.createdBy;
    case WorkloadField::CreatedAt:
        return isoTime(workload.createdAt);
    case WorkloadField::UpdatedAt:
        return isoTime(workload.completedAt.isValid() ? workload.completedAt : workload.updatedAt);
    case WorkloadField::Pods:
        if (!workload.runningPods && !workload.requestedPods)
            return {};
        return QStringLiteral("%1/%2")
            .arg(workload.runningPods.value_or(0))
            .arg(workload.requestedPods.value_or(0));
    case WorkloadField::Preemptible:
        if (!workload.preemptible)
            return {};
        return *workload.preemptible ? QCoreApplication::translate("WorkloadField", "Yes")
                                     : QCoreApplication::translate("WorkloadField", "No");
    case WorkloadField::NodePools:
        return workload.nodePools.join(QStringLiteral(", "));
    case WorkloadField::Connections: {
        QStringList urls;
        for (const WorkloadConnection &connection : workload.connections) {
            if (connection.kind != WorkloadConnection::Kind::Internal)
                urls.append(connection.address);
        }
        return urls.join(QLatin1Char(' '));
    }
    case WorkloadField::Id:
        return workload.id;
    case WorkloadField::Actions:
        return {};
    }
    return {};
}

QVariant workloadFieldSortValue(const Workload &workload, WorkloadField field)
{
    switch (field) {
    case WorkloadField::Status:
        return int(workload.status);
    case WorkloadField::Type:
        return workload.typeText();
    case WorkloadField::Gpus:
        return optionalToVariant(workload.gpusAllocated ? workload.gpusAllocated : workload.gpusRequested);
    case WorkloadField::Vram:
        return optionalToVariant(workload.vramMegabytes);
    case WorkloadField::Cpu:
        return optionalToVariant(workload.cpusAllocated ? workload.cpusAllocated : workload.cpusRequested);
    case WorkloadField::Memory: {
        const auto bytes =
            workload.memoryAllocatedBytes ? workload.memoryAllocatedBytes : workload.memoryRequestedBytes;
        return bytes ? QVariant(*bytes) : QVariant();
    }
    case WorkloadField::CreatedAt:
        return workload.createdAt.isValid() ? QVariant(workload.createdAt.toMSecsSinceEpoch()) : QVariant();
    case WorkloadField::UpdatedAt: {
        const QDateTime time = workload.completedAt.isValid() ? workload.completedAt : workload.updatedAt;
        return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
    }
    case WorkloadField::Pods:
        return workload.runningPods ? QVariant(*workload.runningPods) : QVariant();
    case WorkloadField::Preemptible:
        return workload.preemptible ? QVariant(int(*workload.preemptible)) : QVariant();
    default:
        return workloadFieldText(workload, field);
    }
}

QString formatQuantity(double value)
{
    return QLocale::c().toString(value, 'g', 6);
}

QString formatMegabytes(double megabytes)
{
    if (megabytes >= 1024.0)
        return QStringLiteral("%1 GB").arg(QLocale::c().toString(megabytes / 1024.0, 'f', 1));
    return QStringLiteral("%1 MB").arg(QLocale::c().toString(megabytes, 'f', 0));
}

QString formatBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace Workdeck
