// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundwork.h"
#include "sandboxconnection.h"
#include "services/workloadcache.h"
#include "services/workloadservice.h"
#include "testdata.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace Workdeck;

// The on-disk cache of the last workload lists, and the service showing it at start.
class TestWorkloadCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEveryField();
    void damagedOrForeignFilesAreIgnored();
    void serviceShowsCachedRowsThenLiveOnes();
    void cachedRowsStayWhenTheServerFails();
    void loadedListSharesRepeatedStrings();
    void prefetchedListIsShownWithoutReadingAgain();
    void prefetchOfAnotherProjectIsDropped();
};

namespace {

Workload fullWorkload()
{
    Workload w;
    w.id = QStringLiteral("0b5e6c1e-8d6c-4f7a-9f43-2d1f4c8a9e01");
    w.name = QStringLiteral("llama-3-8b-sft");
    w.displayName = QStringLiteral("Llama 3 8B – SFT ✓"); // non-ASCII survives
    w.type = WorkloadType::FineTuning;
    w.rawType = QStringLiteral("FINE_TUNING");
    w.status = WorkloadStatus::Failed;
    w.rawStatus = QStringLiteral("Failed");
    w.statusMessage = QStringLiteral("OOMKilled");
    w.projectId = w.projectName = w.namespaceName = QStringLiteral("team-nlp");
    w.clusterId = QStringLiteral("c1");
    w.clusterName = QStringLiteral("mi300-east");
    w.departmentName = QStringLiteral("research");
    w.createdBy = QStringLiteral("ada@example.com");
    w.updatedBy = QStringLiteral("bob@example.com");
    w.createdAt = QDateTime(QDate(2026, 3, 2), QTime(9, 14, 27, 518), Qt::UTC);
    w.updatedAt = w.createdAt.addSecs(60);
    w.completedAt = w.createdAt.addSecs(3600);
    w.gpusRequested = 8;
    w.gpusAllocated = 7.5;
    w.vramMegabytes = 196608;
    w.cpusRequested = 32;
    w.cpusAllocated = 31.5;
    w.memoryRequestedBytes = qint64(1) << 40;
    w.memoryAllocatedBytes = qint64(3) << 30;
    w.runningPods = 1;
    w.requestedPods = 2;
    w.preemptible = false; // set, and false: not the same as unset
    w.runTimeSeconds = 4242;
    w.nodePools = {QStringLiteral("default"), QStringLiteral("mi300x")};
    WorkloadConnection connection;
    connection.kind = WorkloadConnection::Kind::Tool;
    connection.name = QStringLiteral("Jupyter");
    connection.toolType = QStringLiteral("jupyter-notebook");
    connection.address = QStringLiteral("https://jupyter.example/lab?token=x");
    w.connections = {connection};
    w.supportedActions = WorkloadAction::Delete | WorkloadAction::Stop;
    WorkloadComponent pod;
    pod.id = QStringLiteral("p1");
    pod.name = QStringLiteral("llama-sft-0");
    pod.kind = QStringLiteral("Pod");
    pod.status = QStringLiteral("Failed");
    pod.node = QStringLiteral("node-7");
    pod.image = QStringLiteral("rocm/pytorch:latest");
    pod.gpus = 8;
    pod.containers = {QStringLiteral("main"), QStringLiteral("sidecar")};
    pod.createdAt = w.createdAt;
    w.components = {pod};
    w.chartId = QStringLiteral("chart-1");
    w.modelId = QStringLiteral("model-1");
    w.datasetId = QStringLiteral("dataset-1");
    return w;
}

Project project(const QString &name)
{
    Project p;
    p.id = p.name = name;
    return p;
}

// A service with a cache, on a sandbox that answers slowly: the cached rows are seen first.
struct SlowServerService
{
    Test::SandboxConnection connection;
    WorkloadService service{&connection.backend()};

    explicit SlowServerService(std::shared_ptr<WorkloadCache> cache)
    {
        Sandbox::FaultOptions faults;
        faults.latencyMs = 400;
        connection.sandbox().setFaults(faults);
        service.setRefreshInterval(0);
        service.setCache(std::move(cache));
    }
};

} // namespace

void TestWorkloadCache::roundTripKeepsEveryField()
{
    QTemporaryDir dir;
    const WorkloadCache cache(dir.filePath(QStringLiteral("deep/er")));
    Workload sparse; // every optional unset
    sparse.id = QStringLiteral("x");
    const QList<Workload> workloads = {fullWorkload(), sparse};
    const QDateTime saved = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    QVERIFY(cache.save(QStringLiteral("team-nlp"), workloads, saved));
    const auto loaded = cache.load(QStringLiteral("team-nlp"));
    QVERIFY(loaded);
    QCOMPARE(loaded->savedAt, saved);
    QCOMPARE(loaded->workloads.size(), 2);
    QCOMPARE(loaded->workloads.at(0), workloads.at(0));
    QCOMPARE(loaded->workloads.at(1), workloads.at(1));
    QVERIFY(!cache.load(QStringLiteral("other-project"))); // one file per project
    cache.remove(QStringLiteral("team-nlp"));
    QVERIFY(!cache.load(QStringLiteral("team-nlp")));
}

void TestWorkloadCache::damagedOrForeignFilesAreIgnored()
{
    QTemporaryDir dir;
    const WorkloadCache cache(dir.path());
    QList<Workload> many(500, fullWorkload());
    QVERIFY(cache.save(QStringLiteral("p"), many, QDateTime::currentDateTimeUtc()));
    const QStringList files = QDir(dir.path()).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QVERIFY(!files.first().contains(QLatin1Char('p'))); // the project id is not the file name
    QFile file(dir.filePath(files.first()));
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray content = file.readAll();

    // Cut in half: ignored, not half a list.
    QVERIFY(file.resize(content.size() / 2));
    QVERIFY(!cache.load(QStringLiteral("p")));
    // Another format version (a newer Workdeck wrote it): ignored.
    QByteArray otherVersion = content;
    otherVersion[7] = char(99);
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(otherVersion), otherVersion.size());
    file.flush();
    QVERIFY(!cache.load(QStringLiteral("p")));
    // Garbage: ignored.
    QVERIFY(file.resize(0));
    QVERIFY(file.write(QByteArray(4096, '\xff')) > 0);
    file.flush();
    QVERIFY(!cache.load(QStringLiteral("p")));
    // An absurd list length must not allocate for it.
    const qsizetype count = content.indexOf(QByteArray::fromHex("00000000000001f4")); // 500 as qint64
    QVERIFY(count > 0);
    const QByteArray huge = content.left(count) + QByteArray::fromHex("7fffffffffffffff");
    QVERIFY(file.resize(0));
    QVERIFY(file.write(huge) > 0);
    file.flush();
    QVERIFY(!cache.load(QStringLiteral("p")));
    // A fresh save replaces the damaged file.
    file.close();
    QVERIFY(cache.save(QStringLiteral("p"), many, QDateTime::currentDateTimeUtc()));
    QCOMPARE(cache.load(QStringLiteral("p"))->workloads.size(), 500);
}

void TestWorkloadCache::serviceShowsCachedRowsThenLiveOnes()
{
    QTemporaryDir dir;
    auto cache = std::make_shared<WorkloadCache>(dir.path());
    Workload cached = fullWorkload();
    cached.projectId = QStringLiteral("team-nlp");
    const QDateTime saved = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QVERIFY(cache->save(QStringLiteral("team-nlp"), {cached}, saved));

    SlowServerService slow(cache);
    WorkloadService &service = slow.service;
    QSignalSpy loaded(&service, &WorkloadService::workloadsLoaded);
    service.setProject(project(QStringLiteral("team-nlp")));
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(service.isShowingCached());
    QCOMPARE(service.workloads(), QList<Workload>{cached});
    QCOMPARE(service.lastUpdated(), saved);
    QVERIFY(service.isLoading());

    QTRY_COMPARE(loaded.count(), 2);
    QVERIFY(!service.isShowingCached());
    const QList<Workload> live = service.workloads();
    QVERIFY(live.size() > 1);
    // The live list was written back (off the GUI thread).
    QTRY_VERIFY(cache->load(QStringLiteral("team-nlp")) &&
                cache->load(QStringLiteral("team-nlp"))->workloads == live);

    // Another project with no cache: no cached rows, only the live list (after its first page,
    // unless the list came first).
    loaded.clear();
    QList<bool> showingCached;
    connect(&service, &WorkloadService::workloadsLoaded, this,
            [&] { showingCached << service.isShowingCached(); });
    service.setProject(project(QStringLiteral("vision-team")));
    QTRY_VERIFY(service.hasLiveList());
    QTest::qWait(100);
    QVERIFY(loaded.count() == 1 || loaded.count() == 2);
    QVERIFY(!showingCached.contains(true));
}

void TestWorkloadCache::cachedRowsStayWhenTheServerFails()
{
    Test::SandboxConnection connection;
    QTemporaryDir dir;
    auto cache = std::make_shared<WorkloadCache>(dir.path());
    QVERIFY(cache->save(QStringLiteral("team-nlp"), {fullWorkload()}, QDateTime::currentDateTimeUtc()));
    Sandbox::FaultOptions faults;
    faults.errorRate = 1.0;
    faults.latencyMs = 200;
    connection.sandbox().setFaults(faults);
    WorkloadService service(&connection.backend());
    service.setRefreshInterval(0);
    service.setCache(cache);
    QSignalSpy loaded(&service, &WorkloadService::workloadsLoaded);
    QSignalSpy failed(&service, &WorkloadService::workloadsFailed);
    service.setProject(project(QStringLiteral("team-nlp")));
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(loaded.count(), 1);
    QVERIFY(service.isShowingCached()); // still the cached rows, still said to be cached
    QCOMPARE(service.workloads().size(), 1);
    QCOMPARE(cache->load(QStringLiteral("team-nlp"))->workloads.size(), 1); // nothing overwritten
}

void TestWorkloadCache::loadedListSharesRepeatedStrings()
{
    QTemporaryDir dir;
    const WorkloadCache cache(dir.path());
    Workload second = fullWorkload();
    second.id = QStringLiteral("second");
    second.name = QStringLiteral("llama-3-8b-sft-2");
    second.updatedBy = QStringLiteral("carol@example.com");
    QVERIFY(
        cache.save(QStringLiteral("team-nlp"), {fullWorkload(), second}, QDateTime::currentDateTimeUtc()));
    const auto loaded = cache.load(QStringLiteral("team-nlp"));
    QVERIFY(loaded);
    QCOMPARE(loaded->workloads.size(), 2);
    const Workload &a = loaded->workloads.at(0);
    const Workload &b = loaded->workloads.at(1);
    QCOMPARE(
        Test::firstUnshared({{a.displayName, b.displayName},
                             {a.rawType, b.rawType},
                             {a.rawStatus, b.rawStatus},
                             {a.statusMessage, b.statusMessage},
                             {a.projectId, b.projectId},
                             {a.projectName, a.namespaceName}, // equal values share across fields too
                             {a.clusterName, b.clusterName},
                             {a.createdBy, b.createdBy},
                             {a.nodePools.at(1), b.nodePools.at(1)},
                             {a.chartId, b.chartId},
                             {a.connections.at(0).toolType, b.connections.at(0).toolType},
                             {a.components.at(0).status, b.components.at(0).status},
                             {a.components.at(0).image, b.components.at(0).image},
                             {a.components.at(0).containers.at(0), b.components.at(0).containers.at(0)}}),
        QString());
    QCOMPARE(a, fullWorkload()); // and every value as saved
    QCOMPARE(b, second);
    QCOMPARE(b.updatedBy, QStringLiteral("carol@example.com")); // different values stay apart
    QVERIFY(a.id.constData() != b.id.constData());
}

void TestWorkloadCache::prefetchedListIsShownWithoutReadingAgain()
{
    QTemporaryDir dir;
    auto cache = std::make_shared<WorkloadCache>(dir.path());
    const Workload early = fullWorkload();
    QVERIFY(cache->save(QStringLiteral("team-nlp"), {early}, QDateTime::currentDateTimeUtc()));
    SlowServerService slow(cache);
    slow.service.prefetchCached(QStringLiteral("team-nlp"));
    workerPool()->waitForDone(); // read
    // Written again after the prefetch: what is shown is what was read before.
    Workload later = early;
    later.name = QStringLiteral("written-after-the-prefetch");
    QVERIFY(cache->save(QStringLiteral("team-nlp"), {later}, QDateTime::currentDateTimeUtc()));
    QSignalSpy loaded(&slow.service, &WorkloadService::workloadsLoaded);
    slow.service.setProject(project(QStringLiteral("team-nlp")));
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(slow.service.isShowingCached());
    QCOMPARE(slow.service.workloads(), QList<Workload>{early});
}

void TestWorkloadCache::prefetchOfAnotherProjectIsDropped()
{
    QTemporaryDir dir;
    auto cache = std::make_shared<WorkloadCache>(dir.path());
    Workload other = fullWorkload();
    other.name = QStringLiteral("of-another-project");
    QVERIFY(cache->save(QStringLiteral("vision-team"), {other}, QDateTime::currentDateTimeUtc()));
    const Workload mine = fullWorkload();
    QVERIFY(cache->save(QStringLiteral("team-nlp"), {mine}, QDateTime::currentDateTimeUtc()));
    SlowServerService slow(cache);
    slow.service.prefetchCached(QStringLiteral("vision-team"));
    QSignalSpy loaded(&slow.service, &WorkloadService::workloadsLoaded);
    slow.service.setProject(project(QStringLiteral("team-nlp")));
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(slow.service.isShowingCached());
    QCOMPARE(slow.service.workloads(), QList<Workload>{mine});
    // Nor does it come back later for the project it was read for: that one is read again.
    QVERIFY(cache->save(QStringLiteral("vision-team"), {mine}, QDateTime::currentDateTimeUtc()));
    loaded.clear();
    slow.service.setProject(project(QStringLiteral("vision-team")));
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(slow.service.workloads(), QList<Workload>{mine});
}

QTEST_MAIN(TestWorkloadCache)
#include "tst_workloadcache.moc"
