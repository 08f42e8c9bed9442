// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxconnection.h"
#include "services/workloadservice.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Workdeck;

// The service that keeps a project's workloads fresh, against the sandbox.
class TestWorkloadService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsProjectsAndWorkloads();
    void staleRepliesAreDropped();
    void refreshesByItself();
    void reportsFailuresAndRecovers();
    void backsOffWhileFailing();
};

namespace {
Project project(const QString &name)
{
    Project p;
    p.id = p.name = name;
    return p;
}
} // namespace

void TestWorkloadService::loadsProjectsAndWorkloads()
{
    Test::SandboxConnection connection;
    WorkloadService service(&connection.backend());
    QSignalSpy projects(&service, &WorkloadService::projectsLoaded);
    service.loadProjects();
    QTRY_COMPARE(projects.count(), 1);
    QCOMPARE(service.projects().size(), 3);
    QSignalSpy loaded(&service, &WorkloadService::workloadsLoaded);
    QSignalSpy loading(&service, &WorkloadService::loadingChanged);
    service.setProject(project(QStringLiteral("team-nlp")));
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(!service.workloads().isEmpty());
    QVERIFY(service.lastUpdated().isValid());
    QVERIFY(!service.isLoading());
    QCOMPARE(loading.count(), 2); // on, then off
}

void TestWorkloadService::staleRepliesAreDropped()
{
    Sandbox::SandboxOptions options;
    options.faults.latencyMs = 300; // answers arrive after the user has moved on
    Test::SandboxConnection connection(options);
    WorkloadService service(&connection.backend());
    QSignalSpy loaded(&service, &WorkloadService::workloadsLoaded);
    service.setProject(project(QStringLiteral("team-nlp")));
    QTest::qWait(50);
    service.setProject(project(QStringLiteral("vision-team")));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);
    QTest::qWait(500);
    QCOMPARE(loaded.count(), 1); // team-nlp's answer came and was dropped
    QCOMPARE(loaded.at(0).at(0).value<Project>().name, QStringLiteral("vision-team"));
    for (const Workload &workload : service.workloads())
        QCOMPARE(workload.projectId, QStringLiteral("vision-team"));

    // Two refreshes in a row: only the newer answer counts.
    service.refresh();
    service.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 5000);
    QTest::qWait(500);
    QCOMPARE(loaded.count(), 2);
}

void TestWorkloadService::refreshesByItself()
{
    Test::SandboxConnection connection;
    WorkloadService service(&connection.backend());
    service.setRefreshInterval(1);
    QCOMPARE(service.refreshInterval(), 1);
    QSignalSpy loaded(&service, &WorkloadService::workloadsLoaded);
    service.setProject(project(QStringLiteral("team-nlp")));
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 3, 5000);
    service.setRefreshInterval(0); // off
    QCOMPARE(service.refreshInterval(), 0);
    const int count = int(loaded.count());
    QTest::qWait(1500);
    QCOMPARE(int(loaded.count()), count);
}

void TestWorkloadService::reportsFailuresAndRecovers()
{
    Test::SandboxConnection connection;
    WorkloadService service(&connection.backend());
    QSignalSpy failed(&service, &WorkloadService::workloadsFailed);
    QSignalSpy loaded(&service, &WorkloadService::workloadsLoaded);
    service.setProject(project(QStringLiteral("team-nlp")));
    QTRY_COMPARE(loaded.count(), 1);
    const qsizetype rows = service.workloads().size();
    Sandbox::FaultOptions faults;
    faults.errorRate = 1.0;
    connection.sandbox().setFaults(faults);
    service.refresh();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(1).value<ApiError>().kind, ApiError::Kind::Server);
    QCOMPARE(service.workloads().size(), rows); // the last good list is kept
    connection.sandbox().setFaults({});
    service.refresh();
    QTRY_COMPARE(loaded.count(), 2);
}

void TestWorkloadService::backsOffWhileFailing()
{
    Test::SandboxConnection connection;
    WorkloadService service(&connection.backend());
    service.setRefreshInterval(15);
    QSignalSpy failed(&service, &WorkloadService::workloadsFailed);
    QSignalSpy loaded(&service, &WorkloadService::workloadsLoaded);
    service.setProject(project(QStringLiteral("team-nlp")));
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(service.retryDelaySeconds(), 0);
    Sandbox::FaultOptions faults;
    faults.errorRate = 1.0;
    connection.sandbox().setFaults(faults);
    const QList<int> expected = {5, 10, 20, 40, 80, 160, 300, 300};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        service.refresh(); // as the retry timer would
        QTRY_COMPARE(failed.count(), i + 1);
        QCOMPARE(service.retryDelaySeconds(), expected.at(i));
        QCOMPARE(service.refreshInterval(), 15); // the setting itself is unchanged
    }
    connection.sandbox().setFaults({});
    service.refresh();
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(service.retryDelaySeconds(), 0);

    // With automatic refresh off, a failure does not schedule anything.
    service.setRefreshInterval(0);
    connection.sandbox().setFaults(faults);
    service.refresh();
    QTRY_COMPARE(failed.count(), expected.size() + 1);
    QCOMPARE(service.retryDelaySeconds(), 0);
}

QTEST_GUILESS_MAIN(TestWorkloadService)
#include "tst_workloadservice.moc"
