// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "airmparser.h"

#include "jsonsupport.h"
#include "logging.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Workdeck::AirmParser {

namespace {

// The context of this file's strings (lupdate reads it from here).
struct AirmParserText
{
    Q_DECLARE_TR_FUNCTIONS(AirmParserText)
};

Result<QJsonArray> arrayIn(const QByteArray &body, QStringView key)
{
    auto object = Json::parseObject(body);
    if (!object)
        return object.error();
    const QJsonValue data = object.value().value(key);
    if (!data.isArray())
        return ApiError::parseError(AirmParserText::tr("The AIRM answer has no “%1” list.").arg(key));
    return data.toArray();
}

} // namespace

Result<QList<Project>> parseProjects(const QByteArray &body)
{
    auto data = arrayIn(body, u"data");
    if (!data)
        return data.error();
    QList<Project> projects;
    for (const QJsonValue &value : data.value()) {
        const QJsonObject object = value.toObject();
        Project project;
        project.id = Json::string(object, u"id").toLower();
        project.name = Json::string(object, u"name");
        if (project.id.isEmpty() || project.name.isEmpty())
            continue;
        project.description = Json::string(object, u"description");
        project.status = Json::string(object, u"status");
        project.clusterId = Json::string(object, u"cluster_id").toLower();
        const QJsonObject cluster = object.value(u"cluster").toObject();
        project.clusterName = Json::string(cluster, u"name");
        project.gpuQuota = Json::number(object.value(u"quota").toObject(), u"gpu_count");
        projects.append(project);
    }
    return projects;
}

Workload workloadFromJson(const QJsonObject &object)
{
    Json::StringPool strings;
    return workloadFromJson(object, strings);
}

Workload workloadFromJson(const QJsonObject &object, Json::StringPool &strings)
{
    Workload workload;
    workload.id = Json::string(object, u"id").toLower();
    workload.displayName = strings.string(object, u"display_name");
    // AIRM has no name; its display name is what users gave it.
    workload.name = workload.displayName;
    workload.rawType = strings.string(object, u"type");
    workload.type = workloadTypeFromString(ApiDialect::Airm, workload.rawType);
    workload.rawStatus = strings.string(object, u"status");
    workload.status = workloadStatusFromString(ApiDialect::Airm, workload.rawStatus);
    workload.projectId = strings.intern(Json::string(object, u"project_id").toLower());
    workload.clusterId = strings.intern(Json::string(object, u"cluster_id").toLower());
    workload.createdBy = strings.string(object, u"created_by");
    workload.updatedBy = strings.string(object, u"updated_by");
    workload.createdAt = Json::dateTime(object, u"created_at");
    workload.updatedAt = Json::dateTime(object, u"updated_at");
    // Members may delete any workload of their projects; not twice (409).
    if (workload.status != WorkloadStatus::Deleted && workload.status != WorkloadStatus::Deleting)
        workload.supportedActions = WorkloadAction::Delete;
    return workload;
}

Result<QList<Workload>> parseWorkloadList(const QByteArray &body)
{
    auto data = arrayIn(body, u"data");
    if (!data)
        return data.error();
    QList<Workload> workloads;
    workloads.reserve(data.value().size());
    Json::StringPool strings;
    for (const QJsonValue &value : data.value()) {
        Workload workload = workloadFromJson(value.toObject(), strings);
        if (!workload.id.isEmpty())
            workloads.append(std::move(workload));
    }
    return workloads;
}

Result<Workload> parseWorkload(const QByteArray &body)
{
    auto object = Json::parseObject(body);
    if (!object)
        return object.error();
    Workload workload = workloadFromJson(object.value());
    if (workload.id.isEmpty())
        return ApiError::parseError(AirmParserText::tr("The AIRM answer is not a workload (it has no id)."));
    const QJsonArray components = object.value().value(u"components").toArray();
    for (const QJsonValue &value : components) {
        const QJsonObject item = value.toObject();
        WorkloadComponent component;
        component.id = Json::string(item, u"id");
        component.name = Json::string(item, u"name");
        component.kind = Json::string(item, u"kind");
        component.status = Json::string(item, u"status");
        component.statusMessage = Json::string(item, u"status_reason");
        component.createdAt = Json::dateTime(item, u"created_at");
        if (!component.name.isEmpty())
            workload.components.append(component);
    }
    // The reason of the first component that has one says why the workload is where it is.
    for (const WorkloadComponent &component : std::as_const(workload.components)) {
        if (!component.statusMessage.isEmpty()) {
            workload.statusMessage = component.statusMessage;
            break;
        }
    }
    return workload;
}

Result<WorkloadMetricsPage> parseWorkloadMetricsPage(const QByteArray &body)
{
    auto object = Json::parseObject(body);
    if (!object)
        return object.error();
    const QJsonValue data = object.value().value(u"data");
    if (!data.isArray())
        return ApiError::parseError(AirmParserText::tr("The AIRM answer has no “%1” list.").arg(u"data"));
    WorkloadMetricsPage page;
    page.page = int(Json::integer(object.value(), u"page").value_or(1));
    page.pageSize = int(Json::integer(object.value(), u"page_size").value_or(10));
    page.total = Json::integer(object.value(), u"total").value_or(0);
    for (const QJsonValue &value : data.toArray()) {
        const QJsonObject item = value.toObject();
        ++page.rows;
        const QString id = Json::string(item, u"id").toLower();
        if (!id.isEmpty())
            page.usageById.insert(id, {Json::number(item, u"gpu_count"), Json::number(item, u"vram"),
                                       Json::integer(item, u"run_time")});
    }
    return page;
}

Result<QHash<QString, ClusterInfo>> parseClusters(const QByteArray &body)
{
    auto data = arrayIn(body, u"data");
    if (!data)
        return data.error();
    QHash<QString, ClusterInfo> clusters;
    for (const QJsonValue &value : data.value()) {
        const QJsonObject object = value.toObject();
        const QString id = Json::string(object, u"id").toLower();
        if (!id.isEmpty())
            clusters.insert(id, {Json::string(object, u"name"), Json::string(object, u"status")});
    }
    return clusters;
}

Result<InfoCard> parseInfoCard(const QByteArray &body)
{
    auto object = Json::parseObject(body);
    if (!object)
        return object.error();
    const QJsonObject &card = object.value();
    if (!card.contains(u"workload_id"))
        return ApiError::parseError(AirmParserText::tr("The AIRM answer is not a workload's metrics card."));
    InfoCard info;
    info.clusterName = Json::string(card, u"cluster_name");
    info.nodesInUse = Json::number(card, u"nodes_in_use");
    info.gpuDevicesInUse = Json::number(card, u"gpu_devices_in_use");
    info.queueSeconds = Json::number(card, u"queue_time");
    info.runningSeconds = Json::number(card, u"running_time");
    return info;
}

Result<MetricResult> parseGpuDeviceMetric(const QString &metric, const QByteArray &body)
{
    auto devices = arrayIn(body, u"gpu_devices");
    if (!devices)
        return devices.error();
    auto object = Json::parseObject(body);
    MetricResult result;
    result.name = metric;
    const QJsonObject range = object.value().value(u"range").toObject();
    result.rangeStart = Json::dateTime(range, u"start");
    result.rangeEnd = Json::dateTime(range, u"end");
    result.intervalSeconds = int(Json::integer(range, u"step").value_or(0));
    for (const QJsonValue &value : devices.value()) {
        const QJsonObject device = value.toObject();
        MetricSeries series;
        const QString host = Json::string(device, u"hostname");
        const QString gpu = Json::string(device, u"gpu_id");
        series.label = host.isEmpty() ? AirmParserText::tr("GPU %1").arg(gpu)
                                      : AirmParserText::tr("%1 GPU %2").arg(host, gpu);
        const QJsonArray values = device.value(u"metric").toObject().value(u"values").toArray();
        series.points.reserve(values.size());
        for (const QJsonValue &pointValue : values) {
            const QJsonObject point = pointValue.toObject();
            series.points.append(
                {Json::dateTime(point, u"timestamp"), Json::toNumber(point.value(u"value"))});
        }
        result.series.append(std::move(series));
    }
    return result;
}

} // namespace Workdeck::AirmParser
