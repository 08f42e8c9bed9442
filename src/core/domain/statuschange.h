// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workload.h"

#include <QDateTime>
#include <QList>
#include <QSet>

namespace Workdeck {

// What happened to one workload between two snapshots of a project.
struct StatusChange
{
    enum class Kind
    {
        Added,
        Removed,
        Changed
    };
    Kind kind = Kind::Changed;
    QString workloadId;
    QString workloadName; // the newest name (a rename alone is not a change)
    QString projectId;
    QString projectName;
    WorkloadStatus from = WorkloadStatus::Unknown; // Added: Unknown
    WorkloadStatus to = WorkloadStatus::Unknown;   // Removed: the last status seen
    QString fromText;
    QString toText;
    QDateTime at;

    bool operator==(const StatusChange &) const = default;
};

// The changes from `before` to `after` (both snapshots of the same project), in the order of
// `after` then the removed ones. A status counts as changed when its value or, for statuses this
// version does not know, its raw text differs. Renames and other field changes are not reported.
QList<StatusChange> diffSnapshots(const QList<Workload> &before, const QList<Workload> &after,
                                  const QDateTime &at);

// One desktop notification for a burst of changes: the ones that went to the same status in the
// same project become one ("5 workloads failed in team-nlp").
struct CoalescedNotification
{
    WorkloadStatus status = WorkloadStatus::Unknown;
    QString projectName;
    QList<StatusChange> changes;
    QString title() const; // translated
    QString body() const;  // names, the first few
};

QList<CoalescedNotification> coalesce(const QList<StatusChange> &changes,
                                      const QSet<WorkloadStatus> &notifyOn);

} // namespace Workdeck
