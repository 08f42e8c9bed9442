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
    void showsTheFirstPageWhileTheListLoads_data();
    void showsTheFirstPageWhileTheListLoads();
    void showsTheFirstPageOnlyInTheTablesOrder();
    void anUnreadableFirstPageIsPassedOver();
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

// Counts the requests for workload lists, and for their first pages (the namespace's table sorted
// by the time of creation), that the connection's network has answered.
class ListRequests
{
public:
    explicit ListRequests(QNetworkAccessManager &network)
    {
        QObject::connect(&network, &QNetworkAccessManager::finished, &m_context,
                         [this](QNetworkReply *reply) {
                             const QString path = reply->url().path();
                             const QString ns = path.section(QLatin1Char('/'), -2, -2);
                             if (path.endsWith(QLatin1String("/workloads")))
                                 m_namespaces.append(ns);
                             else if (reply->url().query().contains(QLatin1String("sortBy=created_at")))
                                 m_firstPages.append(ns);
                         });
    }
    QStringList namespaces() const { return m_namespaces; }
    QStringList firstPages() const { return m_firstPages; }

private:
    QObject m_context;
    QStringList m_namespaces;
    QStringList m_firstPages;
};

// For the tests of the whole list: no first page is shown before it (tested on its own).
void wholeListsOnly(WorkloadService &service)
{
    service.setFirstPageOrder(std::nullopt);
}

QStringList idsOf(const QList<Workload> &workloads)
{
    QStringList ids;
    for (const Workload &workload : workloads)
        ids << workload.id;
    return ids;
}

// The first `count` of the list in the order of creation.
QStringList firstByCreation(QList<Workload> workloads, Qt::SortOrder order, qsizetype count)
{
    std::stable_sort(workloads.begin(), workloads.end(), [order](const Workload &a, const Workload &b) {
        return order == Qt::DescendingOrder ? a.createdAt > b.createdAt : a.createdAt < b.createdAt;
    });
    return idsOf(workloads.mid(0, count));
}
} // namespace

void TestWorkloadService::loadsProjectsAndWorkloads()
{
    Test::SandboxConnection connection;
    WorkloadService service(&connection.backend());
    wholeListsOnly(service);
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
    wholeListsOnly(service);
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
    wholeListsOnly(service);
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
    wholeListsOnly(service);
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
    wholeListsOnly(service);
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
    wholeListsOnly(service);
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
    wholeListsOnly(service);
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

// A project with no list to show yet shows the first page of its list (the server's table, sorted
// by the time of creation) while the whole list loads: whether it was asked for on choosing the
// project or beforehand, answered at the choice or still on its way.
void TestWorkloadService::showsTheFirstPageWhileTheListLoads_data()
{
    QTest::addColumn<bool>("beforehand");
    QTest::addColumn<int>("latencyMs");
    QTest::newRow("asked once the project is chosen") << false << 0;
    QTest::newRow("asked beforehand, answered before the choice") << true << 0;
    QTest::newRow("asked beforehand, on its way at the choice") << true << 300;
}

void TestWorkloadService::showsTheFirstPageWhileTheListLoads()
{
    QFETCH(bool, beforehand);
    QFETCH(int, latencyMs);
    // 300 workloads, whose whole list keeps the server busy a while longer.
    Sandbox::SandboxOptions options;
    options.workloadCount = 300;
    options.namespaces = {QStringLiteral("paged-team")};
    options.faults.latencyMs = latencyMs;
    options.faults.listLatencyMs = 800;
    Test::SandboxConnection connection(options);
    ListRequests requests(connection.network());
    WorkloadService service(&connection.backend());
    QSignalSpy loaded(&service, &WorkloadService::workloadsLoaded);
    if (beforehand) {
        service.prefetchLive(QStringLiteral("paged-team"));
        if (latencyMs == 0) {
            QTRY_COMPARE(requests.firstPages().size(), 1);
            QTest::qWait(50); // parsed and held
        }
        QCOMPARE(loaded.count(), 0); // nothing is shown before a project is chosen
    }
    service.setProject(project(QStringLiteral("paged-team")));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);
    QVERIFY(service.isShowingFirstPage());
    QVERIFY(!service.hasLiveList());
    QVERIFY(!service.isShowingCached());
    QVERIFY(service.isLoading());
    QVERIFY(requests.namespaces().isEmpty()); // the list is still on its way
    const QList<Workload> firstPage = service.workloads();
    QCOMPARE(firstPage.size(), 100);
    QCOMPARE(idsOf(loaded.at(0).at(1).value<QList<Workload>>()), idsOf(firstPage));

    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 5000);
    QVERIFY(!service.isShowingFirstPage());
    QVERIFY(service.hasLiveList());
    QVERIFY(!service.isLoading());
    const QList<Workload> list = service.workloads();
    QVERIFY(list.size() > 100);
    QCOMPARE(service.firstPageTotal(), list.size());
    QCOMPARE(idsOf(firstPage), firstByCreation(list, Qt::DescendingOrder, 100)); // the newest
    QCOMPARE(requests.firstPages(), QStringList{QStringLiteral("paged-team")});
    QCOMPARE(requests.namespaces(), QStringList{QStringLiteral("paged-team")});

    // A refresh asks for the list alone: there is a list to show meanwhile.
    service.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, 5000);
    QVERIFY(!service.isShowingFirstPage());
    QCOMPARE(requests.firstPages().size(), 1);
}

// The first page is asked for in the order the table shows (by the time of creation), and not when
// the table is sorted otherwise; a page asked for beforehand in another order is not shown.
void TestWorkloadService::showsTheFirstPageOnlyInTheTablesOrder()
{
    Sandbox::SandboxOptions options;
    options.workloadCount = 600;
    options.namespaces = {QStringLiteral("paged-team"), QStringLiteral("other-team")};
    options.faults.listLatencyMs = 500;
    Test::SandboxConnection connection(options);
    ListRequests requests(connection.network());
    WorkloadService service(&connection.backend());
    QSignalSpy loaded(&service, &WorkloadService::workloadsLoaded);
    QList<bool> firstPages; // isShowingFirstPage() at each list shown
    connect(&service, &WorkloadService::workloadsLoaded, this,
            [&] { firstPages.append(service.isShowingFirstPage()); });

    // Oldest first: the first page is the oldest workloads.
    service.setFirstPageOrder(Qt::AscendingOrder);
    service.setProject(project(QStringLiteral("paged-team")));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 5000);
    QCOMPARE(firstPages, (QList<bool>{true, false}));
    QCOMPARE(idsOf(loaded.at(0).at(1).value<QList<Workload>>()),
             firstByCreation(service.workloads(), Qt::AscendingOrder, 100));

    // Sorted by something else: the list alone.
    service.setFirstPageOrder(std::nullopt);
    service.setProject(project(QStringLiteral("other-team")));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, 5000);
    QCOMPARE(firstPages.last(), false);
    QCOMPARE(requests.firstPages(), QStringList{QStringLiteral("paged-team")});
    service.prefetchLive(QStringLiteral("paged-team")); // nor asked for beforehand
    QTRY_COMPARE_WITH_TIMEOUT(requests.namespaces().size(), 3, 5000);
    QCOMPARE(requests.firstPages().size(), 1);

    // Asked for newest first beforehand, then the table was sorted oldest first: not shown.
    service.setFirstPageOrder(Qt::DescendingOrder);
    service.prefetchLive(QStringLiteral("paged-team"));
    QTRY_COMPARE_WITH_TIMEOUT(requests.firstPages().size(), 2, 5000);
    service.setFirstPageOrder(Qt::AscendingOrder);
    service.setProject(project(QStringLiteral("paged-team")));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 4, 5000);
    QTest::qWait(200);
    QCOMPARE(firstPages, (QList<bool>{true, false, false, false}));
    QVERIFY(service.hasLiveList());
}

// A first page that cannot be read is passed over without a word: the list is what counts, and
// what is reported when it fails.
void TestWorkloadService::anUnreadableFirstPageIsPassedOver()
{
    Sandbox::SandboxOptions options;
    options.workloadCount = 300;
    options.namespaces = {QStringLiteral("paged-team")};
    options.faults.listLatencyMs = 600;
    options.faults.malformedRate = 1.0; // every body cut in half: for the first page
    Test::SandboxConnection connection(options);
    ListRequests requests(connection.network());
    WorkloadService service(&connection.backend());
    QSignalSpy loaded(&service, &WorkloadService::workloadsLoaded);
    QSignalSpy failed(&service, &WorkloadService::workloadsFailed);
    service.setProject(project(QStringLiteral("paged-team")));
    QTRY_COMPARE(requests.firstPages().size(), 1);
    Sandbox::FaultOptions sound;
    sound.listLatencyMs = 600;
    connection.sandbox().setFaults(sound); // before the list leaves
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);
    QVERIFY(service.hasLiveList());
    QVERIFY(!service.isShowingFirstPage());
    QCOMPARE(failed.count(), 0);

    // The list cut too: its failure is reported, once.
    connection.sandbox().setFaults(options.faults);
    service.setProject(project(QString()));
    service.setProject(project(QStringLiteral("paged-team")));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QTest::qWait(200);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(1).value<ApiError>().kind, ApiError::Kind::Parse);
    QCOMPARE(loaded.count(), 1);
    QVERIFY(service.workloads().isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkloadService)
#include "tst_workloadservice.moc"
