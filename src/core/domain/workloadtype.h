// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workloadstatus.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Workdeck {

enum class WorkloadType
{
    Unknown,
    ModelDownload,
    Inference,
    FineTuning,
    Workspace,
    Training,
    DistributedTraining,
    Evaluation,
    Custom,
};

WorkloadType workloadTypeFromString(ApiDialect dialect, QStringView text);
QString workloadTypeToApiString(ApiDialect dialect, WorkloadType type);
QList<WorkloadType> allWorkloadTypes();
QList<WorkloadType> workloadTypesOf(ApiDialect dialect);
QString workloadTypeLabel(WorkloadType type); // translated, e.g. "Fine-tuning"

} // namespace Workdeck
