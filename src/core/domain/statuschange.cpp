// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuschange.h"

#include <QCoreApplication>
#include <QHash>

namespace Workdeck {

namespace {

bool sameStatus(const Workload &a, const Workload &b)
{
    if (a.status != b.status)
        return false;
    return a.status != WorkloadStatus::Unknown || a.rawStatus == b.rawStatus;
}

StatusChange changeFor(StatusChange::Kind kind, const Workload &workload, const QDateTime &at)
{
    StatusChange change;
    change.kind = kind;
    change.workloadId = workload.id;
    change.workloadName = workload.title();
    change.projectId = workload.projectId;
    change.projectName = workload.projectName;
    change.at = at;
    return change;
}

} // namespace

QList<StatusChange> diffSnapshots(const QList<Workload> &before, const QList<Workload> &after,
                                  const QDateTime &at)
{
    QHash<QString, const Workload *> previous;
    previous.reserve(before.size());
    for (const Workload &workload : before)
        previous.insert(workload.id, &workload);

    QList<StatusChange> changes;
    QSet<QString> present;
    for (const Workload &workload : after) {
        present.insert(workload.id);
        const Workload *old = previous.value(workload.id);
        if (!old) {
            StatusChange change = changeFor(StatusChange::Kind::Added, workload, at);
            change.to = workload.status;
            change.toText = workload.statusText();
            changes.append(change);
        } else if (!sameStatus(*old, workload)) {
            StatusChange change = changeFor(StatusChange::Kind::Changed, workload, at);
            change.from = old->status;
            change.fromText = old->statusText();
            change.to = workload.status;
            change.toText = workload.statusText();
            changes.append(change);
        }
    }
    for (const Workload &workload : before) {
        if (present.contains(workload.id))
            continue;
        StatusChange change = changeFor(StatusChange::Kind::Removed, workload, at);
        change.from = workload.status;
        change.fromText = workload.statusText();
        change.to = workload.status;
        change.toText = change.fromText;
        changes.append(change);
    }
    return changes;
}

QList<CoalescedNotification> coalesce(const QList<StatusChange> &changes,
                                      const QSet<WorkloadStatus> &notifyOn)
{
    QList<CoalescedNotification> notifications;
    for (const StatusChange &change : changes) {
        // A workload that vanished from the list was, as far as the user can tell, deleted.
        const WorkloadStatus status =
            change.kind == StatusChange::Kind::Removed ? WorkloadStatus::Deleted : change.to;
        if (change.kind == StatusChange::Kind::Added && status != WorkloadStatus::Failed)
            continue; // new workloads are news only when they fail at once
        if (!notifyOn.contains(status))
            continue;
        auto it =
            std::find_if(notifications.begin(), notifications.end(), [&](const CoalescedNotification &n) {
                return n.status == status && n.projectName == change.projectName;
            });
        if (it == notifications.end()) {
            CoalescedNotification notification;
            notification.status = status;
            notification.projectName = change.projectName;
            notifications.append(notification);
            it = notifications.end() - 1;
        }
        it->changes.append(change);
    }
    return notifications;
}

QString CoalescedNotification::title() const
{
    const int count = int(changes.size());
    const auto tr = [count](const char *text) {
        return QCoreApplication::translate("StatusChange", text, nullptr, count);
    };
    QString verb;
    switch (status) {
    case WorkloadStatus::Running:
        verb = count == 1 ? tr("%1 is running") : tr("%n workloads are running");
        break;
    case WorkloadStatus::Completed:
        verb = count == 1 ? tr("%1 completed") : tr("%n workloads completed");
        break;
    case WorkloadStatus::Failed:
        verb = count == 1 ? tr("%1 failed") : tr("%n workloads failed");
        break;
    case WorkloadStatus::Degraded:
        verb = count == 1 ? tr("%1 is degraded") : tr("%n workloads are degraded");
        break;
    case WorkloadStatus::Deleted:
        verb = count == 1 ? tr("%1 was deleted") : tr("%n workloads were deleted");
        break;
    case WorkloadStatus::DeleteFailed:
        verb = count == 1 ? tr("Deleting %1 failed") : tr("Deleting %n workloads failed");
        break;
    case WorkloadStatus::Stopped:
        verb = count == 1 ? tr("%1 stopped") : tr("%n workloads stopped");
        break;
    default:
        verb = count == 1 ? tr("%1 is now %2") : tr("%n workloads are now %2");
        verb = verb.replace(QStringLiteral("%2"), workloadStatusLabel(status));
        break;
    }
    if (count == 1)
        verb = verb.arg(changes.constFirst().workloadName);
    return QCoreApplication::translate("StatusChange", "%1 in %2").arg(verb, projectName);
}

QString CoalescedNotification::body() const
{
    QStringList names;
    for (qsizetype i = 0; i < changes.size() && i < 5; ++i)
        names << changes.at(i).workloadName;
    if (changes.size() > 5)
        names << QCoreApplication::translate("StatusChange", "and %n more", nullptr, int(changes.size() - 5));
    return names.join(QStringLiteral(", "));
}

} // namespace Workdeck
