// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadstatus.h"

#include <QCoreApplication>

#include <span>

namespace Workdeck {

namespace {

struct StatusName
{
    const char16_t *text;
    WorkloadStatus status;
};

// From apps/api/aiwb/app/workloads/enums.py plus the AIWB UI's union (Degraded, Added).
constexpr StatusName aiwbStatuses[] = {
    {u"Pending", WorkloadStatus::Pending},    {u"Running", WorkloadStatus::Running},
    {u"Complete", WorkloadStatus::Completed}, {u"Failed", WorkloadStatus::Failed},
    {u"Deleting", WorkloadStatus::Deleting},  {u"Deleted", WorkloadStatus::Deleted},
    {u"Unknown", WorkloadStatus::Unknown},    {u"Degraded", WorkloadStatus::Degraded},
    {u"Added", WorkloadStatus::Added},
};

// From apps/api/airm/app/messaging/schemas.py.
constexpr StatusName airmStatuses[] = {
    {u"Pending", WorkloadStatus::Pending},    {u"Running", WorkloadStatus::Running},
    {u"Complete", WorkloadStatus::Completed}, {u"Failed", WorkloadStatus::Failed},
    {u"Deleting", WorkloadStatus::Deleting},  {u"DeleteFailed", WorkloadStatus::DeleteFailed},
    {u"Deleted", WorkloadStatus::Deleted},    {u"Terminated", WorkloadStatus::Terminated},
    {u"Unknown", WorkloadStatus::Unknown},
};

// The Run:ai Phase enum (all 14 values).
constexpr StatusName runaiStatuses[] = {
    {u"Creating", WorkloadStatus::Creating},       {u"Initializing", WorkloadStatus::Initializing},
    {u"Resuming", WorkloadStatus::Resuming},       {u"Pending", WorkloadStatus::Pending},
    {u"Deleting", WorkloadStatus::Deleting},       {u"Running", WorkloadStatus::Running},
    {u"Updating", WorkloadStatus::Updating},       {u"Stopped", WorkloadStatus::Stopped},
    {u"Stopping", WorkloadStatus::Stopping},       {u"Degraded", WorkloadStatus::Degraded},
    {u"Failed", WorkloadStatus::Failed},           {u"Completed", WorkloadStatus::Completed},
    {u"Terminating", WorkloadStatus::Terminating}, {u"Unknown", WorkloadStatus::Unknown},
};

std::span<const StatusName> tableFor(ApiDialect dialect)
{
    switch (dialect) {
    case ApiDialect::Aiwb:
        return aiwbStatuses;
    case ApiDialect::Airm:
        return airmStatuses;
    case ApiDialect::RunAi:
        return runaiStatuses;
    }
    return {};
}

} // namespace

WorkloadStatus workloadStatusFromString(ApiDialect dialect, QStringView text)
{
    const QStringView trimmed = text.trimmed();
    for (const StatusName &entry : tableFor(dialect)) {
        if (trimmed.compare(QStringView(entry.text), Qt::CaseInsensitive) == 0)
            return entry.status;
    }
    return WorkloadStatus::Unknown;
}

QString workloadStatusToApiString(ApiDialect dialect, WorkloadStatus status)
{
    for (const StatusName &entry : tableFor(dialect)) {
        if (entry.status == status)
            return QString::fromUtf16(entry.text);
    }
    return {};
}

QList<WorkloadStatus> allWorkloadStatuses()
{
    QList<WorkloadStatus> result;
    for (int i = int(WorkloadStatus::Unknown); i <= int(WorkloadStatus::Terminated); ++i)
        result.append(WorkloadStatus(i));
    return result;
}

QList<WorkloadStatus> workloadStatusesOf(ApiDialect dialect)
{
    QList<WorkloadStatus> result;
    for (const StatusName &entry : tableFor(dialect)) {
        if (!result.contains(entry.status))
            result.append(entry.status);
    }
    return result;
}

QString workloadStatusLabel(WorkloadStatus status)
{
    switch (status) {
    case WorkloadStatus::Unknown:
        return QCoreApplication::translate("WorkloadStatus", "Unknown");
    case WorkloadStatus::Added:
        return QCoreApplication::translate("WorkloadStatus", "Added");
    case WorkloadStatus::Creating:
        return QCoreApplication::translate("WorkloadStatus", "Creating");
    case WorkloadStatus::Pending:
        return QCoreApplication::translate("WorkloadStatus", "Pending");
    case WorkloadStatus::Initializing:
        return QCoreApplication::translate("WorkloadStatus", "Initializing");
    case WorkloadStatus::Running:
        return QCoreApplication::translate("WorkloadStatus", "Running");
    case WorkloadStatus::Degraded:
        return QCoreApplication::translate("WorkloadStatus", "Degraded");
    case WorkloadStatus::Stopping:
        return QCoreApplication::translate("WorkloadStatus", "Stopping");
    case WorkloadStatus::Stopped:
        return QCoreApplication::translate("WorkloadStatus", "Stopped");
    case WorkloadStatus::Resuming:
        return QCoreApplication::translate("WorkloadStatus", "Resuming");
    case WorkloadStatus::Updating:
        return QCoreApplication::translate("WorkloadStatus", "Updating");
    case WorkloadStatus::Completed:
        return QCoreApplication::translate("WorkloadStatus", "Completed");
    case WorkloadStatus::Failed:
        return QCoreApplication::translate("WorkloadStatus", "Failed");
    case WorkloadStatus::Deleting:
        return QCoreApplication::translate("WorkloadStatus", "Deleting");
    case WorkloadStatus::Deleted:
        return QCoreApplication::translate("WorkloadStatus", "Deleted");
    case WorkloadStatus::DeleteFailed:
        return QCoreApplication::translate("WorkloadStatus", "Delete failed");
    case WorkloadStatus::Terminating:
        return QCoreApplication::translate("WorkloadStatus", "Terminating");
    case WorkloadStatus::Terminated:
        return QCoreApplication::translate("WorkloadStatus", "Terminated");
    }
    return {};
}

QString workloadStatusDescription(WorkloadStatus status)
{
    switch (status) {
    case WorkloadStatus::Unknown:
        return QCoreApplication::translate("WorkloadStatus",
                                           "The server does not know, or reported a status this "
                                           "version of Workdeck does not know.");
    case WorkloadStatus::Added:
        return QCoreApplication::translate("WorkloadStatus", "Registered, not yet submitted to the cluster.");
    case WorkloadStatus::Creating:
        return QCoreApplication::translate("WorkloadStatus",
                                           "Set-up has started; resources and pods are being "
                                           "provisioned.");
    case WorkloadStatus::Pending:
        return QCoreApplication::translate("WorkloadStatus",
                                           "Queued, waiting for resources to be allocated.");
    case WorkloadStatus::Initializing:
        return QCoreApplication::translate("WorkloadStatus",
                                           "Scheduled; pulling images and starting containers.");
    case WorkloadStatus::Running:
        return QCoreApplication::translate("WorkloadStatus", "All pods are running.");
    case WorkloadStatus::Degraded:
        return QCoreApplication::translate("WorkloadStatus",
                                           "Running, but not as specified: some pods are not "
                                           "ready or a volume is detached.");
    case WorkloadStatus::Stopping:
        return QCoreApplication::translate("WorkloadStatus", "Being stopped; its pods are being removed.");
    case WorkloadStatus::Stopped:
        return QCoreApplication::translate("WorkloadStatus",
                                           "On hold: stopped without being deleted. It can be "
                                           "run again.");
    case WorkloadStatus::Resuming:
        return QCoreApplication::translate("WorkloadStatus", "Being started again after a stop.");
    case WorkloadStatus::Updating:
        return QCoreApplication::translate("WorkloadStatus", "Its specification is being changed.");
    case WorkloadStatus::Completed:
        return QCoreApplication::translate("WorkloadStatus", "Finished successfully.");
    case WorkloadStatus::Failed:
        return QCoreApplication::translate("WorkloadStatus",
                                           "Ended with an error: a container crashed or could "
                                           "not start.");
    case WorkloadStatus::Deleting:
        return QCoreApplication::translate("WorkloadStatus",
                                           "Deletion was requested; its resources are being "
                                           "removed.");
    case WorkloadStatus::Deleted:
        return QCoreApplication::translate("WorkloadStatus",
                                           "Deleted from the cluster. Its logs may still be "
                                           "available.");
    case WorkloadStatus::DeleteFailed:
        return QCoreApplication::translate("WorkloadStatus", "Deletion was requested but did not succeed.");
    case WorkloadStatus::Terminating:
        return QCoreApplication::translate("WorkloadStatus", "Its pods are shutting down.");
    case WorkloadStatus::Terminated:
        return QCoreApplication::translate("WorkloadStatus", "All its components ended or were removed.");
    }
    return {};
}

bool isTerminal(WorkloadStatus status)
{
    switch (status) {
    case WorkloadStatus::Completed:
    case WorkloadStatus::Failed:
    case WorkloadStatus::Deleted:
    case WorkloadStatus::DeleteFailed:
    case WorkloadStatus::Terminated:
    case WorkloadStatus::Stopped:
        return true;
    default:
        return false;
    }
}

bool isActive(WorkloadStatus status)
{
    switch (status) {
    case WorkloadStatus::Creating:
    case WorkloadStatus::Pending:
    case WorkloadStatus::Initializing:
    case WorkloadStatus::Running:
    case WorkloadStatus::Degraded:
    case WorkloadStatus::Resuming:
    case WorkloadStatus::Updating:
        return true;
    default:
        return false;
    }
}

} // namespace Workdeck
