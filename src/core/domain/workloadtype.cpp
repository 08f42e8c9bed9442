// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadtype.h"

#include <QCoreApplication>

#include <span>

namespace Workdeck {

namespace {

struct TypeName
{
    const char16_t *text;
    WorkloadType type;
};

// apps/api/aiwb/app/workloads/enums.py
constexpr TypeName aiwbTypes[] = {
    {u"INFERENCE", WorkloadType::Inference},
    {u"FINE_TUNING", WorkloadType::FineTuning},
    {u"WORKSPACE", WorkloadType::Workspace},
};

// apps/api/airm/app/workloads/enums.py
constexpr TypeName airmTypes[] = {
    {u"MODEL_DOWNLOAD", WorkloadType::ModelDownload},
    {u"INFERENCE", WorkloadType::Inference},
    {u"FINE_TUNING", WorkloadType::FineTuning},
    {u"WORKSPACE", WorkloadType::Workspace},
    {u"CUSTOM", WorkloadType::Custom},
};

// Run:ai's list `type` is free text; these are the native kinds and the template enum.
constexpr TypeName runaiTypes[] = {
    {u"Workspace", WorkloadType::Workspace},
    {u"Training", WorkloadType::Training},
    {u"Distributed", WorkloadType::DistributedTraining},
    {u"DistributedTraining", WorkloadType::DistributedTraining},
    {u"Inference", WorkloadType::Inference},
    {u"DistributedInference", WorkloadType::Inference},
    {u"NIM", WorkloadType::Inference},
    {u"Evaluation", WorkloadType::Evaluation},
};

std::span<const TypeName> tableFor(ApiDialect dialect)
{
    switch (dialect) {
    case ApiDialect::Aiwb:
        return aiwbTypes;
    case ApiDialect::Airm:
        return airmTypes;
    case ApiDialect::RunAi:
        return runaiTypes;
    }
    return {};
}

} // namespace

WorkloadType workloadTypeFromString(ApiDialect dialect, QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const TypeName &entry : tableFor(dialect)) {
        if (trimmed.compare(QStringView(entry.text), Qt::CaseInsensitive) == 0)
            return entry.type;
    }
    return WorkloadType::Unknown;
}

QString workloadTypeToApiString(ApiDialect dialect, WorkloadType type)
{
    for (const TypeName &entry : tableFor(dialect)) {
        if (entry.type == type)
            return QString::fromUtf16(entry.text);
    }
    return {};
}

QList<WorkloadType> allWorkloadTypes()
{
    QList<WorkloadType> result;
    for (int i = int(WorkloadType::Unknown); i <= int(WorkloadType::Custom); ++i)
        result.append(WorkloadType(i));
    return result;
}

QList<WorkloadType> workloadTypesOf(ApiDialect dialect)
{
    QList<WorkloadType> result;
    for (const TypeName &entry : tableFor(dialect)) {
        if (!result.contains(entry.type))
            result.append(entry.type);
    }
    return result;
}

QString workloadTypeLabel(WorkloadType type)
{
    switch (type) {
    case WorkloadType::Unknown:
        return QCoreApplication::translate("WorkloadType", "Unknown");
    case WorkloadType::ModelDownload:
        return QCoreApplication::translate("WorkloadType", "Model download");
    case WorkloadType::Inference:
        return QCoreApplication::translate("WorkloadType", "Inference");
    case WorkloadType::FineTuning:
        return QCoreApplication::translate("WorkloadType", "Fine-tuning");
    case WorkloadType::Workspace:
        return QCoreApplication::translate("WorkloadType", "Workspace");
    case WorkloadType::Training:
        return QCoreApplication::translate("WorkloadType", "Training");
    case WorkloadType::DistributedTraining:
        return QCoreApplication::translate("WorkloadType", "Distributed training");
    case WorkloadType::Evaluation:
        return QCoreApplication::translate("WorkloadType", "Evaluation");
    case WorkloadType::Custom:
        return QCoreApplication::translate("WorkloadType", "Custom");
    }
    return {};
}

} // namespace Workdeck
