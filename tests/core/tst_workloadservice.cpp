// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxconnection.h"
#include "services/workloadcache.h"
#include "services/workloadservice.h"

#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
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
    void takesOverTheListAskedBeforehand_data();
    void takesOverTheListAskedBeforehand();
    void dropsTheListAskedBeforehandForAnotherProject();
    void asksNothingBeforehandWithoutAProject();
    void asksNothingBeforehandWithACachedList();
};

namespace {
Project project(const QString &name)
{
    Project p;
    p.id = p.name = name;
    return p;
}

// Waits for the first list shown, and half a second more: it must stay the only one, and be name's.
void expectOnlyListOf(const QSignalSpy &loaded, const WorkloadService &service, const QString &name)
{
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);
    QTest::qWait(500);
    QCOMPARE(loaded.count(), 1); // the other project's answer came and was dropped
    QCOMPARE(loaded.at(0).at(0).value<Project>().name, name);
    for (const Workload &workload : service.workloads())
        QCOMPARE(workload.projectId, name);
}

// Counts the requests for workload lists that the connection's network has answered.
class ListRequests
{
public:
    explicit ListRequests(QNetworkAccessManager &network)
    {
        QObject::connect(&network, &QNetworkAccessManager::finished, &m_context,
                         [this](QNetworkReply *reply) {
                             if (reply->url().path().endsWith(QLatin1String("/workloads")))
                                 m_namespaces.append(reply->url().path().section(QLatin1Char('/'), -2, -2));
                         });
    }
    QStringList namespaces() const { return m_namespaces; }

private:
    QObject m_context;
    QStringList m_namespaces;
};
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
    expectOnlyListOf(loaded, service, QStringLiteral("vision-team"));
    if (QTest::currentTestFailed())
        return;

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

// The list of the project the window will most likely show is asked for before the projects are
// known; choosing that project takes the answer over, whether it has come yet or not.
void TestWorkloadService::takesOverTheListAskedBeforehand_data()
{
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<bool>("answeredFirst");
    QTest::newRow("answered before the project is chosen") << 0 << true;
    QTest::newRow("chosen while the answer is on its way") << 300 << false;
}

void TestWorkloadService::takesOverTheListAskedBeforehand()
{
    QFETCH(int, latencyMs);
    QFETCH(bool, answeredFirst);
    Sandbox::SandboxOptions options;
    options.faults.latencyMs = latencyMs;
    Test::SandboxConnection connection(options);
    ListRequests requests(connection.network());
    WorkloadService service(&connection.backend());
    QSignalSpy loaded(&service, &WorkloadService::workloadsLoaded);
    QSignalSpy loading(&service, &WorkloadService::loadingChanged);
    service.prefetchLive(QStringLiteral("team-nlp"));
    if (answeredFirst) {
        QTRY_COMPARE(requests.namespaces().size(), 1);
        QTest::qWait(100); // parsed and held
    }
    QCOMPARE(loaded.count(), 0); // nothing is shown before a project is chosen
    QVERIFY(!service.isLoading());

    service.setProject(project(QStringLiteral("team-nlp")));
    QVERIFY(service.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);
    QVERIFY(!service.isLoading());
    QCOMPARE(loading.count(), 2);
    QCOMPARE(loaded.at(0).at(0).value<Project>(), project(QStringLiteral("team-nlp")));
    QVERIFY(!service.workloads().isEmpty());
    for (const Workload &workload : service.workloads())
        QCOMPARE(workload.projectId, QStringLiteral("team-nlp"));
    QTest::qWait(latencyMs + 200);
    QCOMPARE(requests.namespaces(), QStringList{QStringLiteral("team-nlp")}); // asked once
    QCOMPARE(loaded.count(), 1);

    // Later refreshes ask again.
    service.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 5000);
    QCOMPARE(requests.namespaces().size(), 2);
}

void TestWorkloadService::dropsTheListAskedBeforehandForAnotherProject()
{
    Sandbox::SandboxOptions options;
    options.faults.latencyMs = 200;
    Test::SandboxConnection connection(options);
    ListRequests requests(connection.network());
    WorkloadService service(&connection.backend());
    QSignalSpy loaded(&service, &WorkloadService::workloadsLoaded);
    service.prefetchLive(QStringLiteral("team-nlp"));
    service.setProject(project(QStringLiteral("vision-team")));
    expectOnlyListOf(loaded, service, QStringLiteral("vision-team"));
    if (QTest::currentTestFailed())
        return;
    QStringList asked = requests.namespaces();
    asked.sort();
    QCOMPARE(asked, (QStringList{QStringLiteral("team-nlp"), QStringLiteral("vision-team")}));

    // An answer held for a project not chosen is dropped too, and the chosen one asked for.
    service.prefetchLive(QStringLiteral("research-and-development"));
    QTRY_COMPARE_WITH_TIMEOUT(requests.namespaces().size(), 3, 5000);
    service.setProject(project(QStringLiteral("team-nlp")));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 5000);
    QCOMPARE(loaded.at(1).at(0).value<Project>().name, QStringLiteral("team-nlp"));
    QCOMPARE(requests.namespaces().size(), 4);
}

void TestWorkloadService::asksNothingBeforehandWithoutAProject()
{
    Test::SandboxConnection connection;
    ListRequests requests(connection.network());
    WorkloadService service(&connection.backend());
    service.prefetchLive(QString()); // no last project: nothing to guess
    QTest::qWait(300);
    QVERIFY(requests.namespaces().isEmpty());
    QVERIFY(!service.isLoading());
}

// A cached list is shown first; the live one is asked for once the project is chosen.
void TestWorkloadService::asksNothingBeforehandWithACachedList()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto cache = std::make_shared<WorkloadCache>(dir.path());
    Workload cached;
    cached.id = QStringLiteral("c1");
    cached.projectId = QStringLiteral("team-nlp");
    QVERIFY(cache->save(QStringLiteral("team-nlp"), {cached}, QDateTime::currentDateTimeUtc()));
    QVERIFY(cache->contains(QStringLiteral("team-nlp")));
    QVERIFY(!cache->contains(QStringLiteral("vision-team")));

    Test::SandboxConnection connection;
    ListRequests requests(connection.network());
    WorkloadService service(&connection.backend());
    service.setCache(cache);
    service.prefetchLive(QStringLiteral("team-nlp"));
    QTest::qWait(300);
    QVERIFY(requests.namespaces().isEmpty());
    service.prefetchLive(QStringLiteral("vision-team")); // nothing cached of this one
    QTRY_COMPARE(requests.namespaces(), QStringList{QStringLiteral("vision-team")});

    QSignalSpy loaded(&service, &WorkloadService::workloadsLoaded);
    service.setProject(project(QStringLiteral("team-nlp")));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 5000); // the cached list, then the live one
    QVERIFY(service.workloads().size() > 1);
    QCOMPARE(requests.namespaces().size(), 2);
}

QTEST_GUILESS_MAIN(TestWorkloadService)
#include "tst_workloadservice.moc"
