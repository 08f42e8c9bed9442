// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/accesstokensource.h"
#include "api/apiclient.h"
#include "backends/aiwbbackend.h"
#include "backends/logstream.h"
#include "sandboxconnection.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Workdeck;

// The AIWB backend against the sandbox cluster over real HTTP on loopback.
class TestAiwbBackend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsNamespaces();
    void listsWorkloads();
    void listsWithTypeAndStatusFilters();
    void getsOneWorkload();
    void notFoundAndBadId();
    void deleteLifeCycle();
    void pagesLogsBackwardAndForward();
    void eventsAreSeparateFromLogs();
    void streamsLogsWithHeartbeats();
    void streamResumesFromTimestamp();
    void streamCutByServer();
    void streamErrorFrame();
    void metricsTimeseriesAndScalars();
    void rejectsWrongToken();
    void serverErrors();
    void malformedBodies();
    void fiftyMegabyteList();
    void listCarriesGpuFiguresOfEveryPage();
    void firstWorkloadsAreTheListsNewestOrOldest();

private:
    template<typename T> Result<T> wait(const std::function<void(QObject *, ResultCallback<T>)> &call)
    {
        return m_connection->wait<T>(call);
    }
    Result<QList<Workload>> workloads(const QString &ns, const WorkloadListQuery &query = {})
    {
        return m_connection->workloads(ns, query);
    }
    Workload findShowcase(WorkloadType type, WorkloadStatus status)
    {
        return m_connection->find(type, status);
    }

    std::unique_ptr<Test::SandboxConnection> m_connection;
    const QString m_namespace = QStringLiteral("research-and-development");
};

void TestAiwbBackend::init()
{
    Sandbox::SandboxOptions options;
    options.seed = 7;
    options.workloadCount = 30;
    options.token = QStringLiteral("test-token");
    options.heartbeatIntervalMs = 300;
    options.streamPollIntervalMs = 50;
    options.timeScale = 20; // logs grow quickly enough for short tests
    m_connection = std::make_unique<Test::SandboxConnection>(options);
    QVERIFY(m_connection->isListening());
}

void TestAiwbBackend::cleanup()
{
    m_connection.reset();
}

void TestAiwbBackend::listsNamespaces()
{
    const auto projects = wait<QList<Project>>([this](QObject *context, ResultCallback<QList<Project>> done) {
        m_connection->backend().listProjects(context, done);
    });
    QVERIFY2(projects, qPrintable(projects ? QString() : projects.error().toString()));
    QStringList names;
    for (const Project &project : projects.value())
        names << project.name;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("research-and-development"), QStringLiteral("team-nlp"),
                                 QStringLiteral("vision-team")}));
}

void TestAiwbBackend::listsWorkloads()
{
    const auto list = workloads(m_namespace);
    QVERIFY2(list, qPrintable(list ? QString() : list.error().toString()));
    QVERIFY(list.value().size() >= 6);
    bool sawOpenableWorkspace = false;
    for (const Workload &workload : list.value()) {
        QCOMPARE(workload.projectId, m_namespace);
        QCOMPARE(workload.id.size(), 36);
        QVERIFY(workload.type != WorkloadType::Unknown);
        QVERIFY(!workload.rawStatus.isEmpty());
        QVERIFY(workload.createdAt.isValid());
        if (workload.canOpenWorkspace()) {
            sawOpenableWorkspace = true;
            QCOMPARE(workload.workspaceUrl().scheme(), QStringLiteral("https"));
            QVERIFY(workload.workspaceUrl().path().endsWith(u"/lab"));
        }
    }
    QVERIFY(sawOpenableWorkspace);
}

void TestAiwbBackend::listsWithTypeAndStatusFilters()
{
    WorkloadListQuery query;
    query.types = {WorkloadType::Workspace};
    const auto onlyWorkspaces = workloads(m_namespace, query);
    QVERIFY(onlyWorkspaces);
    QVERIFY(!onlyWorkspaces.value().isEmpty());
    for (const Workload &workload : onlyWorkspaces.value())
        QCOMPARE(workload.type, WorkloadType::Workspace);

    query = {};
    query.statuses = {WorkloadStatus::Running, WorkloadStatus::Pending};
    const auto active = workloads(m_namespace, query);
    QVERIFY(active);
    QVERIFY(!active.value().isEmpty());
    for (const Workload &workload : active.value())
        QVERIFY(workload.status == WorkloadStatus::Running || workload.status == WorkloadStatus::Pending);

    query.statuses = {WorkloadStatus::Stopped}; // not an AIWB status: nothing can match
    const auto none = workloads(m_namespace, query);
    QVERIFY(none);
    QVERIFY(none.value().isEmpty());
}

void TestAiwbBackend::getsOneWorkload()
{
    const Workload running = findShowcase(WorkloadType::Workspace, WorkloadStatus::Running);
    QVERIFY(!running.id.isEmpty());
    const auto one = wait<Workload>([&](QObject *context, ResultCallback<Workload> done) {
        m_connection->backend().getWorkload(WorkloadRef::of(running), context, done);
    });
    QVERIFY(one);
    QCOMPARE(one.value().id, running.id);
    QCOMPARE(one.value().workspaceUrl(), running.workspaceUrl());
}

void TestAiwbBackend::notFoundAndBadId()
{
    const auto missing = wait<Workload>([&](QObject *context, ResultCallback<Workload> done) {
        m_connection->backend().getWorkload(
            {m_namespace, QStringLiteral("00000000-0000-4000-8000-000000000000")}, context, done);
    });
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ApiError::Kind::NotFound);
    QVERIFY(missing.error().message.contains(u"00000000-0000-4000-8000-000000000000"));

    const auto badId = wait<Workload>([&](QObject *context, ResultCallback<Workload> done) {
        m_connection->backend().getWorkload({m_namespace, QStringLiteral("not-a-uuid")}, context, done);
    });
    QVERIFY(!badId);
    QCOMPARE(badId.error().kind, ApiError::Kind::Validation);
    QCOMPARE(badId.error().httpStatus, 422);
    QVERIFY2(!badId.error().message.contains(u"[{"),
             qPrintable(badId.error().message)); // readable, not raw JSON

    const auto noNamespace = workloads(QStringLiteral("no-such-team"));
    QVERIFY(!noNamespace);
    QCOMPARE(noNamespace.error().kind, ApiError::Kind::NotFound);
    QVERIFY(noNamespace.error().message.contains(u"no-such-team"));
}

void TestAiwbBackend::deleteLifeCycle()
{
    const Workload victim = findShowcase(WorkloadType::Workspace, WorkloadStatus::Running);
    QVERIFY(!victim.id.isEmpty());
    const auto deleted = wait<Done>([&](QObject *context, ResultCallback<Done> done) {
        m_connection->backend().deleteWorkload(WorkloadRef::of(victim), context, done);
    });
    QVERIFY2(deleted, qPrintable(deleted ? QString() : deleted.error().toString()));
    const auto after = wait<Workload>([&](QObject *context, ResultCallback<Workload> done) {
        m_connection->backend().getWorkload(WorkloadRef::of(victim), context, done);
    });
    QVERIFY(after);
    QCOMPARE(after.value().status, WorkloadStatus::Deleted);
    QVERIFY(after.value().connections.isEmpty());
    QVERIFY(!after.value().supportedActions.testFlag(WorkloadAction::Delete));
    // Deleting again is idempotent in AIWB (204).
    QVERIFY(wait<Done>([&](QObject *context, ResultCallback<Done> done) {
        m_connection->backend().deleteWorkload(WorkloadRef::of(victim), context, done);
    }));
    // The default view (everything but Deleted) no longer shows it; the Deleted view does.
    const auto list = workloads(m_namespace);
    QVERIFY(list);
    const auto it = std::find_if(list.value().begin(), list.value().end(),
                                 [&](const Workload &w) { return w.id == victim.id; });
    QVERIFY(it != list.value().end());
    QCOMPARE(it->status, WorkloadStatus::Deleted);
}

void TestAiwbBackend::pagesLogsBackwardAndForward()
{
    const Workload failed = findShowcase(WorkloadType::FineTuning, WorkloadStatus::Failed);
    QVERIFY(!failed.id.isEmpty());
    // The last few seconds of the job's log, in pages of 7 lines.
    LogQuery newest;
    newest.end = QDateTime::currentDateTimeUtc().addSecs(60);
    newest.start = newest.end.addDays(-7);
    newest.limit = 1;
    const auto last = wait<LogPage>([&](QObject *context, ResultCallback<LogPage> done) {
        m_connection->backend().fetchLogs(WorkloadRef::of(failed), newest, context, done);
    });
    QVERIFY(last && last.value().entries.size() == 1);
    const QDateTime end = last.value().entries.first().timestamp.addSecs(1);
    const QDateTime start = end.addSecs(-6);

    const auto collect = [&](bool backward) {
        QStringList seen;
        QString token;
        for (int page = 0; page < 1000; ++page) {
            LogQuery query;
            query.start = start;
            query.end = end;
            query.limit = 7;
            query.backward = backward;
            query.pageToken = token;
            const auto result = wait<LogPage>([&](QObject *context, ResultCallback<LogPage> done) {
                m_connection->backend().fetchLogs(WorkloadRef::of(failed), query, context, done);
            });
            if (!result) {
                qWarning() << result.error().toString();
                return QStringList{QStringLiteral("error")};
            }
            for (const LogEntry &entry : result.value().entries)
                seen << entry.rawTimestamp + QLatin1Char('|') + entry.message;
            if (!result.value().hasMore)
                break;
            token = result.value().pageToken;
        }
        return seen;
    };
    QStringList backward = collect(true);
    const QStringList forward = collect(false);
    QVERIFY(forward.size() > 10);
    QCOMPARE(QSet<QString>(forward.begin(), forward.end()).size(), forward.size()); // no duplicates
    std::reverse(backward.begin(), backward.end());
    QCOMPARE(backward, forward); // the same lines, nothing lost, in mirrored order
    QVERIFY(forward.last().contains(u"out of memory", Qt::CaseInsensitive) ||
            forward.join(QLatin1Char('\n')).contains(u"OutOfMemoryError"));

    LogQuery errorsOnly;
    errorsOnly.start = start;
    errorsOnly.end = end;
    errorsOnly.minimumLevel = LogLevel::Error;
    const auto errors = wait<LogPage>([&](QObject *context, ResultCallback<LogPage> done) {
        m_connection->backend().fetchLogs(WorkloadRef::of(failed), errorsOnly, context, done);
    });
    QVERIFY(errors);
    QVERIFY(!errors.value().entries.isEmpty());
    for (const LogEntry &entry : errors.value().entries)
        QVERIFY(logLevelSeverity(entry.level) >= logLevelSeverity(LogLevel::Error));
}

void TestAiwbBackend::eventsAreSeparateFromLogs()
{
    const Workload running = findShowcase(WorkloadType::Workspace, WorkloadStatus::Running);
    LogQuery query;
    query.end = QDateTime::currentDateTimeUtc().addSecs(60);
    query.start = query.end.addDays(-7);
    query.events = true;
    const auto events = wait<LogPage>([&](QObject *context, ResultCallback<LogPage> done) {
        m_connection->backend().fetchLogs(WorkloadRef::of(running), query, context, done);
    });
    QVERIFY(events);
    QVERIFY(!events.value().entries.isEmpty());
    const QString all = [&] {
        QStringList messages;
        for (const LogEntry &entry : events.value().entries)
            messages << entry.message;
        return messages.join(QLatin1Char('\n'));
    }();
    QVERIFY2(all.contains(u"Scheduled") || all.contains(u"Pulling") || all.contains(u"Started"),
             qPrintable(all));
}

void TestAiwbBackend::streamsLogsWithHeartbeats()
{
    const Workload running = findShowcase(WorkloadType::Inference, WorkloadStatus::Running);
    QVERIFY(!running.id.isEmpty());
    std::unique_ptr<LogStream> stream(
        m_connection->backend().openLogStream(WorkloadRef::of(running), {}, nullptr));
    QSignalSpy entries(stream.get(), &LogStream::entriesReceived);
    QSignalSpy heartbeats(stream.get(), &LogStream::heartbeatReceived);
    QSignalSpy ended(stream.get(), &LogStream::ended);
    QTRY_VERIFY_WITH_TIMEOUT(entries.count() >= 2, 10000);
    QList<LogEntry> received;
    for (const auto &arguments : entries)
        received += arguments.at(0).value<QList<LogEntry>>();
    for (int i = 1; i < received.size(); ++i)
        QVERIFY(received.at(i - 1).rawTimestamp <= received.at(i).rawTimestamp);
    QCOMPARE(ended.count(), 0);
    stream->abort();
    QTRY_COMPARE(ended.count(), 1);
    QCOMPARE(ended.at(0).at(0).value<ApiError>().kind, ApiError::Kind::Cancelled);

    // A finished workload's stream stays open and idle: heartbeats keep proxies from cutting it.
    const Workload done = findShowcase(WorkloadType::FineTuning, WorkloadStatus::Completed);
    QVERIFY(!done.id.isEmpty());
    LogStreamQuery fromNow;
    fromNow.resumeFromTimestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    std::unique_ptr<LogStream> idle(
        m_connection->backend().openLogStream(WorkloadRef::of(done), fromNow, nullptr));
    QSignalSpy idleHeartbeats(idle.get(), &LogStream::heartbeatReceived);
    QTRY_VERIFY_WITH_TIMEOUT(idleHeartbeats.count() >= 2, 5000);
    Q_UNUSED(heartbeats)
}

void TestAiwbBackend::streamResumesFromTimestamp()
{
    const Workload running = findShowcase(WorkloadType::Inference, WorkloadStatus::Running);
    std::unique_ptr<LogStream> first(
        m_connection->backend().openLogStream(WorkloadRef::of(running), {}, nullptr));
    QSignalSpy entries(first.get(), &LogStream::entriesReceived);
    QTRY_VERIFY_WITH_TIMEOUT(!entries.isEmpty(), 10000);
    const QList<LogEntry> batch = entries.at(0).at(0).value<QList<LogEntry>>();
    const LogEntry last = batch.last();
    first.reset();

    LogStreamQuery resume;
    resume.resumeFromTimestamp = last.rawTimestamp; // microsecond precision, sent naive
    std::unique_ptr<LogStream> second(
        m_connection->backend().openLogStream(WorkloadRef::of(running), resume, nullptr));
    QSignalSpy resumed(second.get(), &LogStream::entriesReceived);
    QTRY_VERIFY_WITH_TIMEOUT(!resumed.isEmpty(), 10000);
    const QList<LogEntry> next = resumed.at(0).at(0).value<QList<LogEntry>>();
    // The server resends entries at the resume time (the boundary); nothing older comes back.
    for (const LogEntry &entry : next)
        QVERIFY2(entry.rawTimestamp >= last.rawTimestamp,
                 qPrintable(entry.rawTimestamp + QStringLiteral(" < ") + last.rawTimestamp));
}

void TestAiwbBackend::streamCutByServer()
{
    Sandbox::FaultOptions faults;
    faults.dropStreamAfterFrames = 3;
    m_connection->sandbox().setFaults(faults);
    const Workload running = findShowcase(WorkloadType::Inference, WorkloadStatus::Running);
    std::unique_ptr<LogStream> stream(
        m_connection->backend().openLogStream(WorkloadRef::of(running), {}, nullptr));
    QSignalSpy entries(stream.get(), &LogStream::entriesReceived);
    QSignalSpy ended(stream.get(), &LogStream::ended);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
    int count = 0;
    for (const auto &arguments : entries)
        count += int(arguments.at(0).value<QList<LogEntry>>().size());
    QVERIFY(count <= 3);
    QVERIFY(!stream->isOpen());
}

void TestAiwbBackend::streamErrorFrame()
{
    Sandbox::FaultOptions faults;
    faults.errorFrameAfterFrames = 2;
    m_connection->sandbox().setFaults(faults);
    const Workload running = findShowcase(WorkloadType::Inference, WorkloadStatus::Running);
    std::unique_ptr<LogStream> stream(
        m_connection->backend().openLogStream(WorkloadRef::of(running), {}, nullptr));
    QSignalSpy errors(stream.get(), &LogStream::errorFrameReceived);
    QSignalSpy ended(stream.get(), &LogStream::ended);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
    QCOMPARE(errors.count(), 1);
    QVERIFY(!errors.at(0).at(0).toString().isEmpty());
}

void TestAiwbBackend::metricsTimeseriesAndScalars()
{
    const Workload inference = findShowcase(WorkloadType::Inference, WorkloadStatus::Running);
    const QDateTime end = QDateTime::currentDateTimeUtc();
    const QDateTime start = end.addSecs(-3600);
    const auto memory = wait<MetricResult>([&](QObject *context, ResultCallback<MetricResult> done) {
        m_connection->backend().fetchMetric(WorkloadRef::of(inference),
                                            {QStringLiteral("gpu_memory_utilization"), start, end}, context,
                                            done);
    });
    QVERIFY2(memory, qPrintable(memory ? QString() : memory.error().toString()));
    QCOMPARE(memory.value().series.size(), 1);
    QCOMPARE(memory.value().intervalSeconds, 60);
    QCOMPARE(memory.value().series.at(0).points.size(), 61); // i = 0 .. floor(3600 / 60)

    const auto requests = wait<MetricResult>([&](QObject *context, ResultCallback<MetricResult> done) {
        m_connection->backend().fetchMetric(WorkloadRef::of(inference),
                                            {QStringLiteral("requests"), start, end}, context, done);
    });
    QVERIFY(requests);
    QCOMPARE(requests.value().series.size(), 2);

    const auto tokens = wait<MetricResult>([&](QObject *context, ResultCallback<MetricResult> done) {
        m_connection->backend().fetchMetric(WorkloadRef::of(inference),
                                            {QStringLiteral("total_tokens"), start, end}, context, done);
    });
    QVERIFY(tokens);
    QVERIFY(tokens.value().isScalar());

    const auto tooLong = wait<MetricResult>([&](QObject *context, ResultCallback<MetricResult> done) {
        m_connection->backend().fetchMetric(
            WorkloadRef::of(inference), {QStringLiteral("requests"), end.addDays(-9), end}, context, done);
    });
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().httpStatus, 400);
    QVERIFY(tooLong.error().message.contains(u"8 days"));

    const auto unknown = wait<MetricResult>([&](QObject *context, ResultCallback<MetricResult> done) {
        m_connection->backend().fetchMetric(WorkloadRef::of(inference),
                                            {QStringLiteral("gpu_temperature"), start, end}, context, done);
    });
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().httpStatus, 422);
}

void TestAiwbBackend::rejectsWrongToken()
{
    m_connection->client().setTokenSource(std::make_shared<StaticTokenSource>(QStringLiteral("wrong")));
    const auto list = workloads(m_namespace);
    QVERIFY(!list);
    QCOMPARE(list.error().kind, ApiError::Kind::Unauthorized);
    QVERIFY(list.error().message.startsWith(u"Validation of token failed"));
    QVERIFY(!list.error().toString().contains(u"wrong"));

    m_connection->client().setTokenSource({});
    const auto anonymous = workloads(m_namespace);
    QVERIFY(!anonymous);
    QCOMPARE(anonymous.error().message, QStringLiteral("Unauthorized"));
}

void TestAiwbBackend::serverErrors()
{
    Sandbox::FaultOptions faults;
    faults.errorRate = 1.0;
    m_connection->sandbox().setFaults(faults);
    const auto list = workloads(m_namespace);
    QVERIFY(!list);
    QCOMPARE(list.error().kind, ApiError::Kind::Server);
    QVERIFY(list.error().httpStatus >= 500);
    QVERIFY(list.error().isRetryable());
    m_connection->sandbox().setFaults({});
    QVERIFY(workloads(m_namespace));
}

void TestAiwbBackend::malformedBodies()
{
    Sandbox::FaultOptions faults;
    faults.malformedRate = 1.0;
    m_connection->sandbox().setFaults(faults);
    const auto list = workloads(m_namespace);
    QVERIFY(!list);
    QCOMPARE(list.error().kind, ApiError::Kind::Parse);
    QVERIFY(list.error().toString().contains(m_connection->sandbox().baseUrl().host()));
}

void TestAiwbBackend::fiftyMegabyteList()
{
    // A namespace whose list is over 50 MB: read in full (under the 512 MB cap), parsed off the
    // calling thread, every workload there; the event loop keeps turning meanwhile.
    Sandbox::SandboxOptions options;
    options.workloadCount = 85000;
    options.namespaces = {QStringLiteral("big-team")};
    Test::SandboxConnection big(options);
    // The sandbox writes the 50 MB in this process too: under the sanitizers on a busy machine
    // that alone can pass the 30 s request time limit, which is not what this test is about.
    big.client().setTimeoutMs(300000);
    int ticks = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(5);
    // Generous wait: under the sanitizer build, serving and parsing 50 MB takes tens of seconds.
    const auto list = big.workloads(QStringLiteral("big-team"), {}, 300000);
    ticker.stop();
    QVERIFY2(list, qPrintable(list ? QString() : list.error().toString()));
    QCOMPARE(list.value().size(), 85000);
    QVERIFY(ticks > 0);
    QSet<QString> ids;
    for (const Workload &workload : list.value())
        ids.insert(workload.id);
    QCOMPARE(ids.size(), 85000);
}

void TestAiwbBackend::listCarriesGpuFiguresOfEveryPage()
{
    // The list has no GPU figures: they come from the namespace's metrics table, 100 running
    // workloads a page, parsed on a worker and joined to the list. Enough running workloads for
    // several pages: each one of them gets its figures, and no other workload gets any.
    Sandbox::SandboxOptions options;
    options.seed = 7;
    options.workloadCount = 2000;
    options.namespaces = {QStringLiteral("gpu-team")};
    Test::SandboxConnection connection(options);
    const auto list = connection.workloads(QStringLiteral("gpu-team"));
    QVERIFY2(list, qPrintable(list ? QString() : list.error().toString()));
    WorkloadListQuery running;
    running.statuses = {WorkloadStatus::Running};
    const auto onlyRunning = connection.workloads(QStringLiteral("gpu-team"), running);
    QVERIFY(onlyRunning);
    QSet<QString> runningIds;
    for (const Workload &workload : onlyRunning.value())
        runningIds.insert(workload.id);
    QVERIFY2(runningIds.size() > 200, "enough running workloads for three pages of figures");
    int withFigures = 0;
    for (const Workload &workload : list.value()) {
        if (!workload.gpusAllocated)
            continue;
        ++withFigures;
        QVERIFY2(runningIds.contains(workload.id), qPrintable(workload.name));
        QVERIFY(*workload.gpusAllocated >= 0);
        QVERIFY(workload.vramMegabytes.has_value());
    }
    // Statuses move with time between the two lists; all but a few of the running have figures.
    QVERIFY2(withFigures > runningIds.size() * 9 / 10,
             qPrintable(QStringLiteral("%1 of %2 running workloads with GPU figures")
                            .arg(withFigures)
                            .arg(runningIds.size())));
}

void TestAiwbBackend::firstWorkloadsAreTheListsNewestOrOldest()
{
    // The first page comes from the namespace's table, sorted by the server: the same workloads as
    // the whole list's newest (or oldest), deleted ones too, and the list's size as the total.
    Sandbox::SandboxOptions options;
    options.seed = 7;
    options.workloadCount = 400;
    options.namespaces = {QStringLiteral("paged-team")};
    Test::SandboxConnection connection(options);
    Project project;
    project.id = project.name = QStringLiteral("paged-team");
    const auto list = connection.workloads(project.id);
    QVERIFY(list);
    QList<Workload> byCreation = list.value();
    std::stable_sort(byCreation.begin(), byCreation.end(),
                     [](const Workload &a, const Workload &b) { return a.createdAt > b.createdAt; });
    QVERIFY2(std::any_of(byCreation.cbegin(), byCreation.cend(),
                         [](const Workload &w) { return w.status == WorkloadStatus::Deleted; }),
             "the list has deleted workloads");
    const auto idsOf = [](const QList<Workload> &workloads) {
        QStringList ids;
        for (const Workload &workload : workloads)
            ids << workload.id;
        return ids;
    };
    for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
        const auto page =
            connection.wait<WorkloadPage>([&](QObject *context, ResultCallback<WorkloadPage> done) {
                QVERIFY(connection.backend().listFirstWorkloads(project, 500, order, context, done));
            });
        QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
        QCOMPARE(page.value().total, list.value().size());
        QCOMPARE(page.value().workloads.size(), 100); // the most a page of the table has
        const QList<Workload> expected =
            order == Qt::DescendingOrder ? byCreation.mid(0, 100)
                                         : QList<Workload>(byCreation.crbegin(), byCreation.crbegin() + 100);
        QCOMPARE(idsOf(page.value().workloads), idsOf(expected));
        for (const Workload &workload : page.value().workloads) {
            QCOMPARE(workload.projectId, project.id);
            QVERIFY(workload.type != WorkloadType::Unknown);
            QVERIFY(!workload.name.isEmpty());
        }
    }
    const auto five = connection.wait<WorkloadPage>([&](QObject *context, ResultCallback<WorkloadPage> done) {
        connection.backend().listFirstWorkloads(project, 5, Qt::DescendingOrder, context, done);
    });
    QVERIFY(five);
    QCOMPARE(idsOf(five.value().workloads), idsOf(byCreation.mid(0, 5)));

    // A namespace that is not there: the server's error, as for the list.
    Project missing;
    missing.id = missing.name = QStringLiteral("no-such-team");
    const auto failed =
        connection.wait<WorkloadPage>([&](QObject *context, ResultCallback<WorkloadPage> done) {
            connection.backend().listFirstWorkloads(missing, 100, Qt::DescendingOrder, context, done);
        });
    QVERIFY(!failed);
    QCOMPARE(failed.error().kind, connection.workloads(missing.id).error().kind);
}

QTEST_GUILESS_MAIN(TestAiwbBackend)
#include "tst_aiwbbackend.moc"
