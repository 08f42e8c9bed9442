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
    struct Wording
    {
        WorkloadStatus status;
        const char *one;  // %1: the workload's name
        const char *many; // %n: how many
    };
    // "%1 is now %2" covers the statuses without a wording of their own (%2: the status).
    static const Wording wordings[] = {
        {WorkloadStatus::Running, QT_TRANSLATE_NOOP("StatusChange", "%1 is running"),
         QT_TRANSLATE_N_NOOP("StatusChange", "%n workloads are running")},
        {WorkloadStatus::Completed, QT_TRANSLATE_NOOP("StatusChange", "%1 completed"),
         QT_TRANSLATE_N_NOOP("StatusChange", "%n workloads completed")},
        {WorkloadStatus::Failed, QT_TRANSLATE_NOOP("StatusChange", "%1 failed"),
         QT_TRANSLATE_N_NOOP("StatusChange", "%n workloads failed")},
        {WorkloadStatus::Degraded, QT_TRANSLATE_NOOP("StatusChange", "%1 is degraded"),
         QT_TRANSLATE_N_NOOP("StatusChange", "%n workloads are degraded")},
        {WorkloadStatus::Deleted, QT_TRANSLATE_NOOP("StatusChange", "%1 was deleted"),
         QT_TRANSLATE_N_NOOP("StatusChange", "%n workloads were deleted")},
        {WorkloadStatus::DeleteFailed, QT_TRANSLATE_NOOP("StatusChange", "Deleting %1 failed"),
         QT_TRANSLATE_N_NOOP("StatusChange", "Deleting %n workloads failed")},
        {WorkloadStatus::Stopped, QT_TRANSLATE_NOOP("StatusChange", "%1 stopped"),
         QT_TRANSLATE_N_NOOP("StatusChange", "%n workloads stopped")},
        {WorkloadStatus::Unknown, QT_TRANSLATE_NOOP("StatusChange", "%1 is now %2"),
         QT_TRANSLATE_N_NOOP("StatusChange", "%n workloads are now %2")},
    };
    const int count = int(changes.size());
    const Wording *wording = std::end(wordings) - 1;
    for (const Wording &candidate : wordings) {
        if (candidate.status == status) {
            wording = &candidate;
            break;
        }
    }
    QString verb = count == 1 ? QCoreApplication::translate("StatusChange", wording->one)
                              : QCoreApplication::translate("StatusChange", wording->many, nullptr, count);
    if (wording->status != status) // the generic wording
        verb.replace(QStringLiteral("%2"), workloadStatusLabel(status));
    if (count == 1)
        verb = verb.arg(changes.constFirst().workloadName);
    return QCoreApplication::translate("StatusChange", "%1 in %2").arg(verb, projectName);
}

QString CoalescedNotification::body() const
{
    QStringList names;
    for (qsizetype i = 0; i < changes.size() && i < 5; ++i)
        names << changes.at(i).workloadName;
    // (The count in a variable: lupdate 6.4 hangs on an expression with a call there.)
    if (const int more = int(changes.size()) - 5; more > 0)
        names << QCoreApplication::translate("StatusChange", "and %n more", nullptr, more);
    return names.join(QStringLiteral(", "));
}

} // namespace Workdeck
