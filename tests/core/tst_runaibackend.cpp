// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/accesstokensource.h"
#include "api/apiclient.h"
#include "backends/logstream.h"
#include "backends/runaibackend.h"
#include "sandboxserver.h"
#include "services/logtailservice.h"
#include "simulatedcluster.h"

#include <QNetworkAccessManager>
#include <QtTest>

#include <memory>
#include <optional>

using namespace Workdeck;

// The Run:ai backend and the Kubernetes pod logs against the sandbox over real HTTP on loopback.
class TestRunAiBackend : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void listsProjects();
    void pagesOverNextToTheEnd();
    void filtersByProjectAndPhase();
    void deletedView();
    void detailsWithPods();
    void batchStopWithPartialFailures();
    void stopThenRun();
    void deleteIsAsynchronous();
    void typedRoutesWithoutBatch();
    void historyAsEvents();
    void metricsWorkloadAndPerGpu();
    void podLogsMergedPerPodAndPrevious();
    void logFollowResumesAfterDroppedConnection();
    void withoutKubernetesApiLogsAreUnavailable();
    void rejectsWrongToken();

private:
    void makeBackend(bool withKube, const QString &token = {});
    template<typename T> Result<T> wait(const std::function<void(QObject *, ResultCallback<T>)> &call)
    {
        std::optional<Result<T>> result;
        QObject context;
        call(&context, [&result](Result<T> value) { result = std::move(value); });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, 20000);
        if (!result)
            return ApiError::parseError(QStringLiteral("no answer in time"));
        return std::move(*result);
    }
    Result<QList<Workload>> list(const QString &projectId = {}, const WorkloadListQuery &query = {})
    {
        Project project;
        project.id = projectId;
        return wait<QList<Workload>>([&](QObject *context, ResultCallback<QList<Workload>> done) {
            m_backend->listWorkloads(project, query, context, std::move(done));
        });
    }
    Workload find(const QString &rawType, WorkloadStatus status)
    {
        const auto all = list();
        if (all) {
            for (const Workload &w : all.value()) {
                if (w.rawType == rawType && w.status == status)
                    return w;
            }
        }
        return {};
    }
    Result<Workload> get(const Workload &w)
    {
        return wait<Workload>([&](QObject *context, ResultCallback<Workload> done) {
            m_backend->getWorkload(WorkloadRef::of(w), context, std::move(done));
        });
    }
    Result<LogPage> logs(const Workload &w, const LogQuery &query)
    {
        return wait<LogPage>([&](QObject *context, ResultCallback<LogPage> done) {
            m_backend->fetchLogs(WorkloadRef::of(w), query, context, std::move(done));
        });
    }

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ApiClient> m_kube;
    std::unique_ptr<RunAiBackend> m_backend;
    int m_workloadCount = 40;
    bool m_batchRoute = true;
};

void TestRunAiBackend::init()
{
    Sandbox::SandboxOptions options;
    options.seed = 11;
    options.workloadCount = m_workloadCount;
    options.token = QStringLiteral("runai-token");
    options.streamPollIntervalMs = 50;
    options.timeScale = 20; // logs grow and phases pass quickly
    options.runaiBatchRoute = m_batchRoute;
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(options);
    QVERIFY(m_sandbox->listen());
    makeBackend(true);
}

void TestRunAiBackend::makeBackend(bool withKube, const QString &token)
{
    m_backend.reset();
    m_kube.reset();
    const auto source = std::make_shared<StaticTokenSource>(token.isEmpty() ? m_sandbox->token() : token);
    m_client = std::make_unique<ApiClient>(&m_network, m_sandbox->baseUrl());
    m_client->setTokenSource(source);
    if (withKube) {
        m_kube = std::make_unique<ApiClient>(&m_network, m_sandbox->baseUrl());
        m_kube->setTokenSource(source);
    }
    m_backend = std::make_unique<RunAiBackend>(m_client.get(), m_kube.get());
}

void TestRunAiBackend::cleanup()
{
    m_backend.reset();
    m_kube.reset();
    m_client.reset();
    m_sandbox.reset();
    m_workloadCount = 40;
    m_batchRoute = true;
}

void TestRunAiBackend::listsProjects()
{
    const auto projects = wait<QList<Project>>([this](QObject *context, ResultCallback<QList<Project>> done) {
        m_backend->listProjects(context, done);
    });
    QVERIFY2(projects, qPrintable(projects ? QString() : projects.error().toString()));
    QCOMPARE(projects.value().size(), 3);
    QCOMPARE(projects.value().at(0).name, QStringLiteral("research-and-development"));
    bool numeric = false;
    projects.value().at(0).id.toInt(&numeric);
    QVERIFY(numeric); // Run:ai project ids are numbers in strings
    QCOMPARE(projects.value().at(0).status, QStringLiteral("Ready"));
}

void TestRunAiBackend::pagesOverNextToTheEnd()
{
    // More workloads than one page of 500 holds: three pages.
    cleanup();
    m_workloadCount = 1234;
    init();
    const auto all = list();
    QVERIFY2(all, qPrintable(all ? QString() : all.error().toString()));
    QVERIFY(all.value().size() > 1000);
    QSet<QString> ids;
    qint64 live = 0;
    for (const Workload &w : all.value()) {
        ids.insert(w.id);
        live += w.status != WorkloadStatus::Deleted ? 1 : 0;
    }
    QCOMPARE(ids.size(), all.value().size()); // no page twice
    // The count route (of the live ones) agrees: nothing skipped.
    QTRY_COMPARE(m_backend->lastWorkloadCount(), live);
    QVERIFY(live < all.value().size()); // the deleted ones come along for the Deleted view
}

void TestRunAiBackend::filtersByProjectAndPhase()
{
    const auto all = list();
    QVERIFY(all);
    const QString project = all.value().first().projectId;
    const auto mine = list(project);
    QVERIFY(mine);
    QVERIFY(!mine.value().isEmpty());
    QVERIFY(mine.value().size() < all.value().size());
    for (const Workload &w : mine.value())
        QCOMPARE(w.projectId, project);

    WorkloadListQuery running;
    running.statuses = {WorkloadStatus::Running};
    const auto runningList = list(project, running);
    QVERIFY(runningList);
    QVERIFY(!runningList.value().isEmpty());
    for (const Workload &w : runningList.value())
        QCOMPARE(w.status, WorkloadStatus::Running);

    WorkloadListQuery two; // several phases cannot be ORed on the server: filtered here
    two.statuses = {WorkloadStatus::Running, WorkloadStatus::Failed};
    two.types = {WorkloadType::Workspace, WorkloadType::FineTuning};
    const auto twoList = list({}, two);
    QVERIFY(twoList);
    QVERIFY(!twoList.value().isEmpty());
    for (const Workload &w : twoList.value()) {
        QVERIFY(two.statuses.contains(w.status));
        QVERIFY(two.types.contains(w.type));
    }
}

void TestRunAiBackend::deletedView()
{
    WorkloadListQuery deleted;
    deleted.statuses = {WorkloadStatus::Deleted};
    const auto list = this->list({}, deleted);
    QVERIFY(list);
    QVERIFY(list.value().size() >= 3); // one showcase per project
    for (const Workload &w : list.value()) {
        QCOMPARE(w.status, WorkloadStatus::Deleted);
        QVERIFY(!w.supportedActions.testFlag(WorkloadAction::Delete));
    }
    WorkloadListQuery running;
    running.statuses = {WorkloadStatus::Running};
    const auto live = this->list({}, running);
    QVERIFY(live);
    for (const Workload &w : live.value()) {
        for (const Workload &gone : list.value())
            QVERIFY(w.id != gone.id);
    }
    // The unfiltered list has both, each deleted one once.
    const auto everything = this->list();
    QVERIFY(everything);
    qsizetype deletedCount = 0;
    for (const Workload &w : everything.value())
        deletedCount += w.status == WorkloadStatus::Deleted ? 1 : 0;
    QCOMPARE(deletedCount, list.value().size());
}

void TestRunAiBackend::detailsWithPods()
{
    const Workload failed = find(QStringLiteral("Distributed"), WorkloadStatus::Failed);
    QVERIFY(!failed.id.isEmpty());
    const auto details = get(failed);
    QVERIFY(details);
    QCOMPARE(details.value().components.size(), 2);
    for (const WorkloadComponent &pod : details.value().components) {
        QCOMPARE(pod.kind, QStringLiteral("Pod"));
        QCOMPARE(pod.status, QStringLiteral("Failed"));
        QCOMPARE(pod.containers.size(), 1);
        QVERIFY(pod.name.startsWith(failed.name));
    }
    QVERIFY(details.value().statusMessage.contains(QStringLiteral("OOMKilled")));
    QVERIFY(!details.value().departmentName.isEmpty());
    QVERIFY(!details.value().nodePools.isEmpty() || details.value().status == WorkloadStatus::Failed);

    Workload missing = failed;
    missing.id = QStringLiteral("00000000-0000-0000-0000-000000000000");
    const auto notFound = get(missing);
    QVERIFY(!notFound);
    QCOMPARE(notFound.error().kind, ApiError::Kind::NotFound);
    QVERIFY(notFound.error().message.contains(QStringLiteral("not found"))); // Run:ai's {code, message}
}

void TestRunAiBackend::batchStopWithPartialFailures()
{
    const Workload workspace = find(QStringLiteral("Workspace"), WorkloadStatus::Running);
    const Workload inference = find(QStringLiteral("Inference"), WorkloadStatus::Running);
    const Workload failed = find(QStringLiteral("Distributed"), WorkloadStatus::Failed);
    QVERIFY(!workspace.id.isEmpty() && !inference.id.isEmpty() && !failed.id.isEmpty());
    QVERIFY(workspace.supportedActions.testFlag(WorkloadAction::Stop));
    QVERIFY(!inference.supportedActions.testFlag(WorkloadAction::Stop));
    Workload unknown = workspace;
    unknown.id = QStringLiteral("00000000-0000-0000-0000-000000000001");

    // Four calls in one event-loop turn: one batch request, one answer each.
    QHash<QString, Result<Done>> results;
    QObject context;
    for (const Workload &w : {workspace, inference, failed, unknown}) {
        m_backend->setWorkloadRunning(WorkloadRef::of(w), false, &context,
                                      [&results, id = w.id](Result<Done> r) { results.insert(id, r); });
    }
    QTRY_COMPARE(results.size(), 4);
    const auto result = [&results](const QString &id) { return results.constFind(id).value(); };
    QVERIFY(result(workspace.id));
    QCOMPARE(result(inference.id).error().kind, ApiError::Kind::Validation);
    QVERIFY(result(inference.id).error().message.contains(QStringLiteral("inference")));
    QCOMPARE(result(failed.id).error().kind, ApiError::Kind::Conflict);
    QCOMPARE(result(unknown.id).error().kind, ApiError::Kind::NotFound);
    // Only the workspace changed.
    const auto after = get(workspace);
    QVERIFY(after);
    QVERIFY(after.value().status == WorkloadStatus::Stopping ||
            after.value().status == WorkloadStatus::Stopped);
    QCOMPARE(get(inference).value().status, inference.status);
}

void TestRunAiBackend::stopThenRun()
{
    const Workload workspace = find(QStringLiteral("Workspace"), WorkloadStatus::Running);
    QVERIFY(!workspace.id.isEmpty());
    const auto stop = wait<Done>([&](QObject *context, ResultCallback<Done> done) {
        m_backend->setWorkloadRunning(WorkloadRef::of(workspace), false, context, done);
    });
    QVERIFY(stop);
    QTRY_COMPARE_WITH_TIMEOUT(get(workspace).value().status, WorkloadStatus::Stopped, 10000);
    QVERIFY(get(workspace).value().components.isEmpty()); // stopping kills the pods
    // Run on a workload that is not stopped is refused; on the stopped one it resumes.
    const Workload other = find(QStringLiteral("Training"), WorkloadStatus::Completed);
    if (!other.id.isEmpty()) {
        const auto refused = wait<Done>([&](QObject *context, ResultCallback<Done> done) {
            m_backend->setWorkloadRunning(WorkloadRef::of(other), true, context, done);
        });
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ApiError::Kind::Conflict);
    }
    const auto run = wait<Done>([&](QObject *context, ResultCallback<Done> done) {
        m_backend->setWorkloadRunning(WorkloadRef::of(workspace), true, context, done);
    });
    QVERIFY(run);
    const WorkloadStatus next = get(workspace).value().status;
    QVERIFY2(next == WorkloadStatus::Resuming || next == WorkloadStatus::Initializing ||
                 next == WorkloadStatus::Running,
             qPrintable(workloadStatusLabel(next)));
    QTRY_COMPARE_WITH_TIMEOUT(get(workspace).value().status, WorkloadStatus::Running, 10000);
}

void TestRunAiBackend::deleteIsAsynchronous()
{
    const Workload workspace = find(QStringLiteral("Workspace"), WorkloadStatus::Running);
    QVERIFY(!workspace.id.isEmpty());
    QVERIFY(m_backend->has(Backend::Capability::AsyncDelete));
    const auto deleted = wait<Done>([&](QObject *context, ResultCallback<Done> done) {
        m_backend->deleteWorkload(WorkloadRef::of(workspace), context, done);
    });
    QVERIFY(deleted);
    // Deleting for a moment, then only in the Deleted view.
    WorkloadListQuery deletedView;
    deletedView.statuses = {WorkloadStatus::Deleted};
    const auto inDeleted = [&] {
        const auto list = this->list({}, deletedView);
        return list && std::any_of(list.value().cbegin(), list.value().cend(),
                                   [&](const Workload &w) { return w.id == workspace.id; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(inDeleted(), 10000);
    const auto again = get(workspace);
    QCOMPARE(again.error().kind, ApiError::Kind::NotFound);
    // Deleting it again fails for this workload only.
    const auto twice = wait<Done>([&](QObject *context, ResultCallback<Done> done) {
        m_backend->deleteWorkload(WorkloadRef::of(workspace), context, done);
    });
    QCOMPARE(twice.error().kind, ApiError::Kind::NotFound);
}

void TestRunAiBackend::typedRoutesWithoutBatch()
{
    // A control plane before 2.19 has no batch route: each action goes to its type's route.
    cleanup();
    m_batchRoute = false;
    init();
    const Workload workspace = find(QStringLiteral("Workspace"), WorkloadStatus::Running);
    const Workload inference = find(QStringLiteral("Inference"), WorkloadStatus::Running);
    const Workload training = find(QStringLiteral("Distributed"), WorkloadStatus::Completed);
    QVERIFY(!workspace.id.isEmpty() && !inference.id.isEmpty());
    QHash<QString, Result<Done>> results;
    QObject context;
    for (const Workload &w : {workspace, inference}) {
        m_backend->setWorkloadRunning(WorkloadRef::of(w), false, &context,
                                      [&results, id = w.id](Result<Done> r) { results.insert(id, r); });
    }
    QTRY_COMPARE(results.size(), 2);
    QVERIFY(results.constFind(workspace.id).value());
    QCOMPARE(results.constFind(inference.id).value().error().kind, ApiError::Kind::Validation);
    QTRY_COMPARE_WITH_TIMEOUT(get(workspace).value().status, WorkloadStatus::Stopped, 10000);
    // Delete on the inference route; a type the backend has not seen is looked up first.
    RunAiBackend fresh(m_client.get(), m_kube.get());
    const auto deleted = wait<Done>([&](QObject *context, ResultCallback<Done> done) {
        fresh.deleteWorkload(WorkloadRef::of(inference), context, done);
    });
    QVERIFY2(deleted, qPrintable(deleted ? QString() : deleted.error().toString()));
    const auto gone = [&] {
        const auto result = get(inference);
        return !result && result.error().kind == ApiError::Kind::NotFound;
    };
    QTRY_VERIFY_WITH_TIMEOUT(gone(), 10000); // Deleting first
    if (!training.id.isEmpty()) {
        const auto refused = wait<Done>([&](QObject *context, ResultCallback<Done> done) {
            fresh.setWorkloadRunning(WorkloadRef::of(training), true, context, done);
        });
        QCOMPARE(refused.error().kind, ApiError::Kind::Conflict); // not stopped
    }
}

void TestRunAiBackend::historyAsEvents()
{
    const Workload failed = find(QStringLiteral("Distributed"), WorkloadStatus::Failed);
    QVERIFY(!failed.id.isEmpty());
    LogQuery query;
    query.events = true;
    query.limit = 3;
    const auto first = logs(failed, query);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
    QCOMPARE(first.value().entries.size(), 3);
    QVERIFY(first.value().hasMore);
    QCOMPARE(first.value().entries.at(0).message, QStringLiteral("Phase: Creating"));
    // Following the page token to the end reaches the failure.
    QList<LogEntry> all = first.value().entries;
    QString token = first.value().pageToken;
    for (int i = 0; i < 50 && !token.isEmpty(); ++i) {
        query.pageToken = token;
        const auto page = logs(failed, query);
        QVERIFY(page);
        all += page.value().entries;
        token = page.value().hasMore ? page.value().pageToken : QString();
    }
    QVERIFY(std::any_of(all.cbegin(), all.cend(), [](const LogEntry &e) {
        return e.message.startsWith(QStringLiteral("Phase: Failed")) && e.level == LogLevel::Error;
    }));
}

void TestRunAiBackend::metricsWorkloadAndPerGpu()
{
    const Workload running = find(QStringLiteral("Distributed"), WorkloadStatus::Running);
    const Workload target =
        running.id.isEmpty() ? find(QStringLiteral("Workspace"), WorkloadStatus::Running) : running;
    QVERIFY(!target.id.isEmpty());
    MetricQuery query;
    query.end = m_sandbox->now();
    query.start = query.end.addSecs(-600);
    query.metric = QStringLiteral("CPU_USAGE_CORES");
    const auto cpu = wait<MetricResult>([&](QObject *context, ResultCallback<MetricResult> done) {
        m_backend->fetchMetric(WorkloadRef::of(target), query, context, done);
    });
    QVERIFY2(cpu, qPrintable(cpu ? QString() : cpu.error().toString()));
    QCOMPARE(cpu.value().series.size(), 1);
    QCOMPARE(cpu.value().series.at(0).points.size(), 120); // numberOfSamples
    QVERIFY(cpu.value().series.at(0).points.last().value.value_or(0) > 0);

    query.metric = QStringLiteral("GPU_UTILIZATION_PER_GPU");
    const auto perGpu = wait<MetricResult>([&](QObject *context, ResultCallback<MetricResult> done) {
        m_backend->fetchMetric(WorkloadRef::of(target), query, context, done);
    });
    QVERIFY2(perGpu, qPrintable(perGpu ? QString() : perGpu.error().toString()));
    // One series per GPU of every pod, each told apart by its label.
    QCOMPARE(perGpu.value().series.size(), qMax(1, int(std::lround(target.gpusRequested.value_or(1)))));
    QSet<QString> labels;
    for (const MetricSeries &series : perGpu.value().series) {
        labels.insert(series.label);
        QVERIFY(series.label.contains(QStringLiteral("GPU")));
        for (const MetricPoint &point : series.points)
            QVERIFY(!point.value || (*point.value >= 0 && *point.value <= 100));
    }
    QCOMPARE(labels.size(), perGpu.value().series.size());

    query.metric = QStringLiteral("NOT_A_METRIC");
    const auto bad = wait<MetricResult>([&](QObject *context, ResultCallback<MetricResult> done) {
        m_backend->fetchMetric(WorkloadRef::of(target), query, context, done);
    });
    QCOMPARE(bad.error().kind, ApiError::Kind::Validation);
}

void TestRunAiBackend::podLogsMergedPerPodAndPrevious()
{
    QVERIFY(m_backend->has(Backend::Capability::LogSources));
    const Workload failed = find(QStringLiteral("Distributed"), WorkloadStatus::Failed);
    QVERIFY(!failed.id.isEmpty());
    const auto details = get(failed);
    QVERIFY(details);
    QCOMPARE(details.value().components.size(), 2);
    const QString pod0 = details.value().components.at(0).name;
    const QString pod1 = details.value().components.at(1).name;

    // The previous (crashed) container of each pod has the run; merged, both pods, in time order.
    LogQuery query;
    query.limit = 100000;
    query.backward = true;
    query.pod = pod0;
    query.previousContainer = true;
    const auto previous0 = logs(failed, query);
    QVERIFY2(previous0, qPrintable(previous0 ? QString() : previous0.error().toString()));
    QVERIFY(previous0.value().entries.size() > 10);
    for (const LogEntry &e : previous0.value().entries)
        QCOMPARE(e.source, pod0);
    query.pod = pod1;
    const auto previous1 = logs(failed, query);
    QVERIFY(previous1);
    QVERIFY(!previous1.value().entries.isEmpty());
    // The pods share out the run; the crash is in each of them.
    QSet<QString> lines0;
    for (const LogEntry &e : previous0.value().entries)
        lines0.insert(e.rawTimestamp + e.message);
    qsizetype shared = 0;
    for (const LogEntry &e : previous1.value().entries)
        shared += lines0.contains(e.rawTimestamp + e.message) ? 1 : 0;
    QVERIFY(shared < previous1.value().entries.size() / 2);
    for (const auto *pod : {&previous0.value().entries, &previous1.value().entries}) {
        QVERIFY(std::any_of(pod->cbegin(), pod->cend(), [](const LogEntry &e) {
            return e.message.contains(QStringLiteral("OutOfMemoryError"));
        }));
    }

    // The current (restarted) container says where the crash is.
    query.previousContainer = false;
    const auto current = logs(failed, query);
    QVERIFY(current);
    QCOMPARE(current.value().entries.size(), 1);
    QVERIFY(current.value().entries.at(0).message.contains(QStringLiteral("previous")));

    // A running workload: all pods merged, in time order; no previous container to read.
    const Workload workspace = find(QStringLiteral("Workspace"), WorkloadStatus::Running);
    LogQuery merged;
    merged.limit = 50;
    const auto mergedLogs = logs(workspace, merged);
    QVERIFY(mergedLogs);
    QCOMPARE(mergedLogs.value().entries.size(), 50); // tailLines
    for (qsizetype i = 1; i < mergedLogs.value().entries.size(); ++i)
        QVERIFY(isoTimestampToMicros(mergedLogs.value().entries.at(i - 1).rawTimestamp) <=
                isoTimestampToMicros(mergedLogs.value().entries.at(i).rawTimestamp));
    const auto workspaceDetails = get(workspace);
    QVERIFY(workspaceDetails);
    LogQuery previousOfRunning;
    previousOfRunning.pod = workspaceDetails.value().components.at(0).name;
    previousOfRunning.previousContainer = true;
    const auto refused = logs(workspace, previousOfRunning);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, ApiError::Kind::Validation);
    QVERIFY(refused.error().message.contains(QStringLiteral("previous terminated container")));
    // A container the pod does not have.
    LogQuery wrongContainer;
    wrongContainer.pod = previousOfRunning.pod;
    wrongContainer.container = QStringLiteral("nope");
    QCOMPARE(logs(workspace, wrongContainer).error().kind, ApiError::Kind::Validation);
    LogQuery noPod;
    noPod.pod = QStringLiteral("no-such-pod");
    QCOMPARE(logs(workspace, noPod).error().kind, ApiError::Kind::NotFound);
}

void TestRunAiBackend::logFollowResumesAfterDroppedConnection()
{
    const Workload workspace = find(QStringLiteral("Workspace"), WorkloadStatus::Running);
    QVERIFY(!workspace.id.isEmpty());
    Sandbox::FaultOptions faults;
    faults.dropStreamAfterFrames = 40; // every connection is cut after 40 lines
    m_sandbox->setFaults(faults);

    LogTailService tail(m_backend.get());
    tail.setBackoff(20, 100);
    QList<LogEntry> received;
    connect(&tail, &LogTailService::entriesArrived, this,
            [&received](const QList<LogEntry> &entries) { received += entries; });
    LogStreamQuery query;
    query.resumeFromTimestamp = m_sandbox->now().addSecs(-120).toString(Qt::ISODateWithMs);
    tail.start(WorkloadRef::of(workspace), query);
    QTRY_VERIFY_WITH_TIMEOUT(tail.reconnectCount() >= 4 && received.size() > 200, 30000);
    tail.stop();

    // In order, none twice.
    QSet<QString> seen;
    for (qsizetype i = 0; i < received.size(); ++i) {
        const LogEntry &e = received.at(i);
        QVERIFY2(!seen.contains(e.rawTimestamp + e.message),
                 qPrintable(e.rawTimestamp + QLatin1Char(' ') + e.message));
        seen.insert(e.rawTimestamp + e.message);
        if (i > 0)
            QVERIFY(isoTimestampToMicros(received.at(i - 1).rawTimestamp) <=
                    isoTimestampToMicros(e.rawTimestamp));
    }
    // No gaps: every line the cluster wrote between the first and the last one received is there.
    const QDateTime from = received.first().timestamp.addMSecs(1); // whole milliseconds after the first
    const QDateTime to = received.last().timestamp;
    const QList<Sandbox::SimLogEntry> expected = m_sandbox->cluster().logEntries(workspace.id, from, to);
    QVERIFY(expected.size() > 100);
    for (const Sandbox::SimLogEntry &line : expected) {
        const QString first = line.message.section(QLatin1Char('\n'), 0, 0);
        const bool found = std::any_of(received.cbegin(), received.cend(), [&](const LogEntry &e) {
            return isoTimestampToMicros(e.rawTimestamp) == line.micros && e.message == first;
        });
        QVERIFY2(found, qPrintable(first));
    }
}

void TestRunAiBackend::withoutKubernetesApiLogsAreUnavailable()
{
    makeBackend(false);
    QVERIFY(!m_backend->has(Backend::Capability::Logs));
    QVERIFY(!m_backend->has(Backend::Capability::LogStream));
    QVERIFY(!m_backend->has(Backend::Capability::LogSources));
    QVERIFY(m_backend->has(Backend::Capability::Events));
    QVERIFY(m_backend->logsUnavailableReason().contains(QStringLiteral("Kubernetes")));
    const Workload workspace = find(QStringLiteral("Workspace"), WorkloadStatus::Running);
    const auto refused = logs(workspace, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().message, m_backend->logsUnavailableReason());
    LogQuery events;
    events.events = true;
    QVERIFY(logs(workspace, events)); // the event history does not need Kubernetes
}

void TestRunAiBackend::rejectsWrongToken()
{
    makeBackend(true, QStringLiteral("wrong"));
    const auto projects = wait<QList<Project>>([this](QObject *context, ResultCallback<QList<Project>> done) {
        m_backend->listProjects(context, done);
    });
    QVERIFY(!projects);
    QCOMPARE(projects.error().kind, ApiError::Kind::Unauthorized);
}

QTEST_GUILESS_MAIN(TestRunAiBackend)
#include "tst_runaibackend.moc"
