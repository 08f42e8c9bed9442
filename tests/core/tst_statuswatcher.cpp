// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/backendsupport.h"
#include "sandboxconnection.h"
#include "services/statuswatcher.h"
#include "simulatedcluster.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Workdeck;

// The background watcher against the sandbox, whose clock the test moves forward.
class TestStatusWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void firstSnapshotIsSilentThenTransitionsAreReported();
    void failuresAreReportedOnceAndRecover();
    void resetStartsFromBaselinesAgain();
    void foregroundProjectIsFedNotFetched();
    void longListsAreComparedInTheBackground();

private:
    QList<Project> allProjects();

    QDateTime m_now;
    std::unique_ptr<Test::SandboxConnection> m_connection;
};

void TestStatusWatcher::init()
{
    m_now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    Sandbox::SandboxOptions options;
    options.seed = 17;
    options.workloadCount = 24;
    options.clock = [this] { return m_now; };
    m_connection = std::make_unique<Test::SandboxConnection>(options);
    QVERIFY(m_connection->isListening());
}

void TestStatusWatcher::cleanup()
{
    m_connection.reset();
}

QList<Project> TestStatusWatcher::allProjects()
{
    QList<Project> projects;
    for (const QString &name : m_connection->sandbox().cluster().namespaces()) {
        Project project;
        project.id = project.name = name;
        projects << project;
    }
    return projects;
}

void TestStatusWatcher::firstSnapshotIsSilentThenTransitionsAreReported()
{
    StatusWatcher watcher(&m_connection->backend());
    watcher.setClock([this] { return m_now; });
    watcher.setProjects(allProjects());
    watcher.setInterval(3600); // polls are driven by the test
    QSignalSpy changes(&watcher, &StatusWatcher::changesDetected);
    QSignalSpy updated(&watcher, &StatusWatcher::snapshotUpdated);
    watcher.start();
    QTRY_COMPARE(updated.count(), 1);
    QCOMPARE(changes.count(), 0); // the baseline says nothing
    QVERIFY(watcher.countsByProject().value(QStringLiteral("team-nlp")).value(WorkloadStatus::Pending) >= 1);

    // 25 s later the showcase VS Code workspaces have started; one workload was deleted meanwhile.
    const Workload victim =
        m_connection->find(WorkloadType::Inference, WorkloadStatus::Running, QStringLiteral("vision-team"));
    m_now = m_now.addSecs(25);
    m_connection->sandbox().cluster().deleteWorkload(victim.id, m_now.toMSecsSinceEpoch() * 1000);
    watcher.pollNow();
    QTRY_COMPARE(updated.count(), 2);
    QList<StatusChange> all;
    for (const auto &arguments : changes)
        all += arguments.at(0).value<QList<StatusChange>>();
    int started = 0;
    bool sawDelete = false;
    for (const StatusChange &change : all) {
        QCOMPARE(change.kind, StatusChange::Kind::Changed);
        QCOMPARE(change.at, m_now);
        if (change.workloadName == u"Vscode Workspace" && change.from == WorkloadStatus::Pending &&
            change.to == WorkloadStatus::Running)
            ++started;
        if (change.workloadId == victim.id) {
            sawDelete = true;
            QCOMPARE(change.to, WorkloadStatus::Deleted);
            QCOMPARE(change.projectName, QStringLiteral("vision-team"));
        }
    }
    QCOMPARE(started, 3); // one per namespace
    QVERIFY(sawDelete);

    // Nothing moved: nothing to say.
    const int before = int(changes.count());
    watcher.pollNow();
    QTRY_COMPARE(updated.count(), 3);
    QCOMPARE(int(changes.count()), before);
}

void TestStatusWatcher::failuresAreReportedOnceAndRecover()
{
    StatusWatcher watcher(&m_connection->backend());
    Project project;
    project.id = project.name = QStringLiteral("team-nlp");
    watcher.setProjects({project});
    watcher.setInterval(3600);
    QSignalSpy failed(&watcher, &StatusWatcher::pollFailed);
    QSignalSpy recovered(&watcher, &StatusWatcher::pollRecovered);
    QSignalSpy updated(&watcher, &StatusWatcher::snapshotUpdated);
    Sandbox::FaultOptions faults;
    faults.errorRate = 1.0;
    m_connection->sandbox().setFaults(faults);
    watcher.start();
    for (int i = 1; i <= 3; ++i) {
        QTRY_COMPARE(updated.count(), i);
        if (i < 3)
            watcher.pollNow();
    }
    QCOMPARE(failed.count(), 1); // not a storm
    m_connection->sandbox().setFaults({});
    watcher.pollNow();
    QTRY_COMPARE(recovered.count(), 1);
}

void TestStatusWatcher::resetStartsFromBaselinesAgain()
{
    StatusWatcher watcher(&m_connection->backend());
    watcher.setClock([this] { return m_now; });
    watcher.setProjects(allProjects());
    watcher.setInterval(3600);
    QSignalSpy changes(&watcher, &StatusWatcher::changesDetected);
    QSignalSpy updated(&watcher, &StatusWatcher::snapshotUpdated);
    watcher.start();
    QTRY_COMPARE(updated.count(), 1);
    m_now = m_now.addSecs(25);
    watcher.reset(); // e.g. another connection: no notifications for what happened before
    watcher.start();
    QTRY_COMPARE(updated.count(), 2);
    QCOMPARE(changes.count(), 0);
}

void TestStatusWatcher::longListsAreComparedInTheBackground()
{
    // 100,000 workloads take tens of ms to compare: long lists are compared on a worker, and the
    // changes arrive a moment later, unless a reset() came first.
    StatusWatcher watcher(&m_connection->backend());
    watcher.setClock([this] { return m_now; });
    Project nlp;
    nlp.id = nlp.name = QStringLiteral("team-nlp");
    watcher.setProjects({nlp});
    QList<Workload> list;
    for (int i = 0; i < int(backgroundListThreshold) + 100; ++i) {
        Workload workload;
        workload.id = QStringLiteral("w-%1").arg(i);
        workload.name = workload.id;
        workload.projectId = nlp.id;
        workload.status = WorkloadStatus::Running;
        list << workload;
    }
    QSignalSpy changes(&watcher, &StatusWatcher::changesDetected);
    QSignalSpy updated(&watcher, &StatusWatcher::snapshotUpdated);
    watcher.offerSnapshot(nlp, list); // the baseline
    QTRY_COMPARE(updated.count(), 2); // offered, then counted
    QCOMPARE(watcher.countsByProject().value(nlp.name).value(WorkloadStatus::Running), list.size());
    QList<Workload> moved = list;
    moved[4321].status = WorkloadStatus::Failed;
    moved.removeAt(17);
    watcher.offerSnapshot(nlp, moved);
    QCOMPARE(changes.count(), 0); // not yet: a worker compares them
    QVERIFY(changes.wait(10000));
    const auto reported = changes.at(0).at(0).value<QList<StatusChange>>();
    QCOMPARE(reported.size(), 2);
    QCOMPARE(reported.at(0).workloadId, list.at(4321).id);
    QCOMPARE(reported.at(0).to, WorkloadStatus::Failed);
    QCOMPARE(reported.at(1).workloadId, list.at(17).id);
    QCOMPARE(reported.at(1).kind, StatusChange::Kind::Removed);
    QTRY_COMPARE(updated.count(), 4);
    const auto counts = watcher.countsByProject().value(nlp.name);
    QCOMPARE(counts.value(WorkloadStatus::Running), list.size() - 2);
    QCOMPARE(counts.value(WorkloadStatus::Failed), 1);

    // A comparison still under way when the watcher is reset reports nothing.
    watcher.reset();
    watcher.setProjects({nlp});
    watcher.offerSnapshot(nlp, list);
    watcher.offerSnapshot(nlp, moved);
    watcher.reset();
    QTest::qWait(500);
    QCOMPARE(changes.count(), 1);
}

QTEST_GUILESS_MAIN(TestStatusWatcher)
#include "tst_statuswatcher.moc"

void TestStatusWatcher::foregroundProjectIsFedNotFetched()
{
    StatusWatcher watcher(&m_connection->backend());
    watcher.setClock([this] { return m_now; });
    Project nlp;
    nlp.id = nlp.name = QStringLiteral("team-nlp");
    watcher.setProjects({nlp});
    watcher.setInterval(60);
    watcher.setForegroundProject(nlp.id);
    const auto list = m_connection->workloads(nlp.id);
    QVERIFY(list);
    // From here on every fetch fails, so any poll of the project would show as a failure.
    Sandbox::FaultOptions faults;
    faults.errorRate = 1.0;
    m_connection->sandbox().setFaults(faults);
    QSignalSpy failed(&watcher, &StatusWatcher::pollFailed);
    QSignalSpy updated(&watcher, &StatusWatcher::snapshotUpdated);
    QSignalSpy changes(&watcher, &StatusWatcher::changesDetected);

    watcher.start(); // the window's first load is under way: the watcher waits for it
    QTest::qWait(300);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(updated.count(), 0);

    watcher.offerSnapshot(nlp, list.value()); // the window's list: the baseline
    QCOMPARE(updated.count(), 1);
    QCOMPARE(changes.count(), 0);
    QList<Workload> moved = list.value();
    QVERIFY(!moved.isEmpty());
    moved.first().status =
        moved.first().status == WorkloadStatus::Failed ? WorkloadStatus::Running : WorkloadStatus::Failed;
    m_now = m_now.addSecs(15);
    watcher.offerSnapshot(nlp, moved); // the window's refresh: a change to report
    QCOMPARE(changes.count(), 1);
    QCOMPARE(changes.at(0).at(0).value<QList<StatusChange>>().value(0).workloadId, moved.first().id);

    Project other;
    other.id = other.name = QStringLiteral("vision-team");
    watcher.offerSnapshot(other, list.value()); // not watched: ignored
    QCOMPARE(updated.count(), 2);

    watcher.pollNow(); // fed 0 s ago: nothing to fetch
    QTest::qWait(300);
    QCOMPARE(failed.count(), 0);

    // The window stopped refreshing (another project, or refresh off): the watcher polls again.
    m_now = m_now.addSecs(121);
    watcher.pollNow();
    QTRY_COMPARE(failed.count(), 1);
}
