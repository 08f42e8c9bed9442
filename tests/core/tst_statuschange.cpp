// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/statuschange.h"

#include <QtTest>

using namespace Workdeck;

Q_DECLARE_METATYPE(Workdeck::WorkloadStatus)

namespace {

Workload make(const QString &id, WorkloadStatus status, const QString &name = {},
              const QString &project = QStringLiteral("team-nlp"))
{
    Workload workload;
    workload.id = id;
    workload.displayName = name.isEmpty() ? QStringLiteral("job-") + id : name;
    workload.status = status;
    workload.projectId = workload.projectName = project;
    return workload;
}

const QDateTime when(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);

} // namespace

// The snapshot diff behind notifications, and the coalescing of bursts.
class TestStatusChange : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStatusPair_data();
    void everyStatusPair();
    void unknownStatusesCompareByText();
    void renameIsNotAChange();
    void additionsAndRemovals();
    void firstSnapshotIsAllAdded();
    void coalescesBursts();
    void titles_data();
    void titles();
};

void TestStatusChange::everyStatusPair_data()
{
    QTest::addColumn<WorkloadStatus>("from");
    QTest::addColumn<WorkloadStatus>("to");
    for (WorkloadStatus from : allWorkloadStatuses()) {
        for (WorkloadStatus to : allWorkloadStatuses())
            QTest::addRow("%d->%d", int(from), int(to)) << from << to;
    }
}

void TestStatusChange::everyStatusPair()
{
    QFETCH(WorkloadStatus, from);
    QFETCH(WorkloadStatus, to);
    const QList<StatusChange> changes =
        diffSnapshots({make(QStringLiteral("a"), from)}, {make(QStringLiteral("a"), to)}, when);
    if (from == to) {
        QVERIFY(changes.isEmpty());
        return;
    }
    QCOMPARE(changes.size(), 1);
    const StatusChange &change = changes.first();
    QCOMPARE(change.kind, StatusChange::Kind::Changed);
    QCOMPARE(change.from, from);
    QCOMPARE(change.to, to);
    QCOMPARE(change.fromText, workloadStatusLabel(from));
    QCOMPARE(change.toText, workloadStatusLabel(to));
    QCOMPARE(change.workloadName, QStringLiteral("job-a"));
    QCOMPARE(change.projectName, QStringLiteral("team-nlp"));
    QCOMPARE(change.at, when);
}

void TestStatusChange::unknownStatusesCompareByText()
{
    Workload a = make(QStringLiteral("a"), WorkloadStatus::Unknown);
    a.rawStatus = QStringLiteral("Hibernating");
    Workload b = a;
    QVERIFY(diffSnapshots({a}, {b}, when).isEmpty());
    b.rawStatus = QStringLiteral("Thawing");
    const QList<StatusChange> changes = diffSnapshots({a}, {b}, when);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().fromText, QStringLiteral("Hibernating"));
    QCOMPARE(changes.first().toText, QStringLiteral("Thawing"));
}

void TestStatusChange::renameIsNotAChange()
{
    const Workload before = make(QStringLiteral("a"), WorkloadStatus::Running, QStringLiteral("old name"));
    Workload after = before;
    after.displayName = QStringLiteral("new name");
    QVERIFY(diffSnapshots({before}, {after}, when).isEmpty());
    after.status = WorkloadStatus::Failed;
    QCOMPARE(diffSnapshots({before}, {after}, when).first().workloadName, QStringLiteral("new name"));
}

void TestStatusChange::additionsAndRemovals()
{
    const QList<StatusChange> changes = diffSnapshots({make(QStringLiteral("a"), WorkloadStatus::Running),
                                                       make(QStringLiteral("b"), WorkloadStatus::Pending)},
                                                      {make(QStringLiteral("b"), WorkloadStatus::Pending),
                                                       make(QStringLiteral("c"), WorkloadStatus::Pending)},
                                                      when);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).kind, StatusChange::Kind::Added);
    QCOMPARE(changes.at(0).workloadId, QStringLiteral("c"));
    QCOMPARE(changes.at(0).to, WorkloadStatus::Pending);
    QCOMPARE(changes.at(1).kind, StatusChange::Kind::Removed);
    QCOMPARE(changes.at(1).workloadId, QStringLiteral("a"));
    QCOMPARE(changes.at(1).from, WorkloadStatus::Running);
}

void TestStatusChange::firstSnapshotIsAllAdded()
{
    const QList<StatusChange> changes = diffSnapshots({},
                                                      {make(QStringLiteral("a"), WorkloadStatus::Failed),
                                                       make(QStringLiteral("b"), WorkloadStatus::Running)},
                                                      when);
    QCOMPARE(changes.size(), 2);
    for (const StatusChange &change : changes)
        QCOMPARE(change.kind, StatusChange::Kind::Added);
    QVERIFY(diffSnapshots({}, {}, when).isEmpty());
}

void TestStatusChange::coalescesBursts()
{
    QList<Workload> before;
    QList<Workload> after;
    for (int i = 0; i < 5; ++i) {
        before << make(QString::number(i), WorkloadStatus::Running);
        after << make(QString::number(i), WorkloadStatus::Failed);
    }
    before << make(QStringLiteral("v"), WorkloadStatus::Running, {}, QStringLiteral("vision-team"));
    after << make(QStringLiteral("v"), WorkloadStatus::Failed, {}, QStringLiteral("vision-team"));
    before << make(QStringLiteral("d"), WorkloadStatus::Pending);
    after << make(QStringLiteral("d"), WorkloadStatus::Completed);
    after << make(QStringLiteral("n"), WorkloadStatus::Pending); // new, not failing: no news
    const QList<StatusChange> changes = diffSnapshots(before, after, when);
    const QSet<WorkloadStatus> defaults = {WorkloadStatus::Failed, WorkloadStatus::Completed,
                                           WorkloadStatus::DeleteFailed, WorkloadStatus::Degraded};
    const QList<CoalescedNotification> notifications = coalesce(changes, defaults);
    QCOMPARE(notifications.size(), 3);
    QCOMPARE(notifications.at(0).title(), QStringLiteral("5 workloads failed in team-nlp"));
    QCOMPARE(notifications.at(0).changes.size(), 5);
    QCOMPARE(notifications.at(0).body(), QStringLiteral("job-0, job-1, job-2, job-3, job-4"));
    QCOMPARE(notifications.at(1).title(), QStringLiteral("job-v failed in vision-team"));
    QCOMPARE(notifications.at(2).title(), QStringLiteral("job-d completed in team-nlp"));
    // Settings decide which transitions notify.
    QVERIFY(coalesce(changes, {WorkloadStatus::Running}).isEmpty());
    // A workload that left the list reads as deleted.
    const QList<StatusChange> gone =
        diffSnapshots({make(QStringLiteral("x"), WorkloadStatus::Running)}, {}, when);
    QCOMPARE(coalesce(gone, {WorkloadStatus::Deleted}).first().title(),
             QStringLiteral("job-x was deleted in team-nlp"));
}

void TestStatusChange::titles_data()
{
    QTest::addColumn<WorkloadStatus>("status");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("title");
    QTest::newRow("running 1") << WorkloadStatus::Running << 1 << "job-0 is running in p";
    QTest::newRow("running 3") << WorkloadStatus::Running << 3 << "3 workloads are running in p";
    QTest::newRow("delete failed 1") << WorkloadStatus::DeleteFailed << 1 << "Deleting job-0 failed in p";
    QTest::newRow("degraded 2") << WorkloadStatus::Degraded << 2 << "2 workloads are degraded in p";
    QTest::newRow("stopped 1") << WorkloadStatus::Stopped << 1 << "job-0 stopped in p";
    QTest::newRow("other 2") << WorkloadStatus::Terminated << 2 << "2 workloads are now Terminated in p";
}

void TestStatusChange::titles()
{
    QFETCH(WorkloadStatus, status);
    QFETCH(int, count);
    QFETCH(QString, title);
    CoalescedNotification notification;
    notification.status = status;
    notification.projectName = QStringLiteral("p");
    for (int i = 0; i < count; ++i) {
        StatusChange change;
        change.workloadName = QStringLiteral("job-%1").arg(i);
        notification.changes << change;
    }
    QCOMPARE(notification.title(), title);
    if (count > 5)
        QVERIFY(notification.body().contains(u"more"));
}

QTEST_GUILESS_MAIN(TestStatusChange)
#include "tst_statuschange.moc"
