// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Workdeck {

// Every status AIWB, AIRM and Run:ai report (and their docs and UIs use), as one enum.
// A string no table knows maps to Unknown; the Workload keeps the raw text for display.
enum class WorkloadStatus
{
    Unknown,
    Added,
    Creating,
    Pending,
    Initializing,
    Running,
    Degraded,
    Stopping,
    Stopped,
    Resuming,
    Updating,
    Completed, // AIWB/AIRM "Complete", Run:ai "Completed"
    Failed,
    Deleting,
    Deleted,
    DeleteFailed,
    Terminating,
    Terminated,
};

// Which API a string came from: the same word can mean different things in each.
enum class ApiDialect
{
    Aiwb,
    Airm,
    RunAi
};

WorkloadStatus workloadStatusFromString(ApiDialect dialect, QStringView text);
// The string the API uses for a status (for query parameters); empty when the API has none.
QString workloadStatusToApiString(ApiDialect dialect, WorkloadStatus status);
QList<WorkloadStatus> allWorkloadStatuses();
QList<WorkloadStatus> workloadStatusesOf(ApiDialect dialect);

QString workloadStatusLabel(WorkloadStatus status);       // translated, e.g. "Delete failed"
QString workloadStatusDescription(WorkloadStatus status); // translated, what the status means
bool isTerminal(WorkloadStatus status);                   // will not change by itself
bool isActive(WorkloadStatus status);                     // holds or waits for resources

} // namespace Workdeck
