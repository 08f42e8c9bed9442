// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/apierror.h"
#include "api/runaiparser.h"
#include "testdata.h"

#include <QtTest>

using namespace Workdeck;
using Workdeck::Test::readTestData;

// The Run:ai parsers on bodies in the exact shapes of docs/reference/runai-api.md.
class TestRunAiParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workloadPageWithNext();
    void workloadPageSharesRepeatedStrings();
    void workloadNullableFields();
    void workloadConnectionsFromAllThreePlaces();
    void pendingWorkloadSchedulingMessages();
    void allFourteenPhases();
    void lastPageHasNoNext_data();
    void lastPageHasNoNext();
    void wrongShapes();
    void projects();
    void count();
    void pods();
    void events();
    void history();
    void metricsStringValuesAndNulls();
    void metricsPerGpuLabelsWithPrefix();
    void batchPartialFailures();
    void errorBody();
    void quantities_data();
    void quantities();
    void kubernetesLogLines();
};

// Values that repeat across the page are one string, shared; values that differ stay apart.
void TestRunAiParser::workloadPageSharesRepeatedStrings()
{
    const QByteArray body = R"({"workloads": [
        {"id": "A1", "name": "a", "type": "Workspace", "phase": "Running", "projectId": "4",
         "projectName": "nlp", "namespace": "runai-nlp", "clusterId": "c", "departmentName": "r",
         "submittedBy": "ann"},
        {"id": "B2", "name": "b", "type": "Workspace", "phase": "Running", "projectId": "4",
         "projectName": "nlp", "namespace": "runai-nlp", "clusterId": "c", "departmentName": "r",
         "submittedBy": "bob"}]})";
    const auto page = RunAiParser::parseWorkloadPage(body);
    QVERIFY(page);
    QCOMPARE(page.value().items.size(), 2);
    const Workload &a = page.value().items.at(0);
    const Workload &b = page.value().items.at(1);
    const QString unshared =
        Test::firstUnshared({std::pair(a.rawType, b.rawType), std::pair(a.rawStatus, b.rawStatus),
                             std::pair(a.projectId, b.projectId), std::pair(a.projectName, b.projectName),
                             std::pair(a.namespaceName, b.namespaceName), std::pair(a.clusterId, b.clusterId),
                             std::pair(a.departmentName, b.departmentName)});
    QVERIFY2(unshared.isEmpty(), qPrintable(unshared));
    QCOMPARE(a.createdBy, QStringLiteral("ann"));
    QCOMPARE(b.createdBy, QStringLiteral("bob"));
}

void TestRunAiParser::workloadPageWithNext()
{
    const auto page =
        RunAiParser::parseWorkloadPage(readTestData(QStringLiteral("runai/workloads_page.json")));
    QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
    QCOMPARE(page.value().next, std::optional<qint64>(2));
    QCOMPARE(page.value().items.size(), 2);
    const Workload &w = page.value().items.at(0);
    QCOMPARE(w.id, QStringLiteral("4f6c2d0a-9b7e-4c1e-8d2a-1f3b5e7a9c01")); // lowercased
    QCOMPARE(w.name, QStringLiteral("jupyter-llm-exp"));
    QCOMPARE(w.type, WorkloadType::Workspace);
    QCOMPARE(w.rawType, QStringLiteral("Workspace"));
    QCOMPARE(w.status, WorkloadStatus::Running);
    QCOMPARE(w.projectId, QStringLiteral("4"));
    QCOMPARE(w.projectName, QStringLiteral("team-nlp"));
    QCOMPARE(w.namespaceName, QStringLiteral("runai-team-nlp"));
    QCOMPARE(w.departmentName, QStringLiteral("research"));
    QCOMPARE(w.createdBy, QStringLiteral("alice@example.com"));
    QCOMPARE(w.createdAt, QDateTime(QDate(2025, 11, 20), QTime(9, 12, 44, 120), Qt::UTC));
    QCOMPARE(w.gpusRequested, std::optional<double>(0.5));
    QCOMPARE(w.gpusAllocated, std::optional<double>(0.5));
    QCOMPARE(w.cpusRequested, std::optional<double>(0.1));
    QCOMPARE(w.memoryRequestedBytes, std::optional<qint64>(100000000));
    QCOMPARE(w.memoryAllocatedBytes, std::optional<qint64>(100000000));
    QCOMPARE(w.vramMegabytes, std::optional<double>(40 * 1024));
    QCOMPARE(w.runningPods, std::optional<int>(1));
    QCOMPARE(w.requestedPods, std::optional<int>(1));
    QCOMPARE(w.preemptible, std::optional<bool>(false));
    QCOMPARE(w.runTimeSeconds, std::optional<qint64>(5321));
    QCOMPARE(w.nodePools, QStringList{QStringLiteral("default")});
    QCOMPARE(w.supportedActions, WorkloadAction::Delete | WorkloadAction::Stop | WorkloadAction::Run);
}

void TestRunAiParser::workloadNullableFields()
{
    const auto page =
        RunAiParser::parseWorkloadPage(readTestData(QStringLiteral("runai/workloads_page.json")));
    QVERIFY(page);
    const Workload &w = page.value().items.at(1);
    QCOMPARE(w.type, WorkloadType::Inference);
    QCOMPARE(w.status, WorkloadStatus::Degraded);
    QCOMPARE(w.statusMessage, QStringLiteral("1 of 2 replicas ready"));
    QVERIFY(w.createdBy.isEmpty());                      // submittedBy null
    QCOMPARE(w.preemptible, std::optional<bool>());      // null
    QCOMPARE(w.runTimeSeconds, std::optional<qint64>()); // null
    QCOMPARE(w.gpusRequested, std::optional<double>());  // a GPU-memory request has no GPU count
    QCOMPARE(w.cpusRequested, std::optional<double>(2)); // request null: the limit
    QCOMPARE(w.memoryRequestedBytes, std::optional<qint64>(2LL * 1024 * 1024 * 1024));
    QCOMPARE(w.memoryAllocatedBytes, std::optional<qint64>(0)); // "0B"
    QCOMPARE(w.gpusAllocated, std::optional<double>(1.5));
    QCOMPARE(w.vramMegabytes, std::optional<double>(200));
    QCOMPARE(w.requestedPods, std::optional<int>()); // {min, max, completions: null}
    // No current pools: the requested ones.
    QCOMPARE(w.nodePools, (QStringList{QStringLiteral("mi300x"), QStringLiteral("default")}));
    // suspend false: Delete only.
    QCOMPARE(w.supportedActions, WorkloadActions(WorkloadAction::Delete));
}

void TestRunAiParser::workloadConnectionsFromAllThreePlaces()
{
    const auto page =
        RunAiParser::parseWorkloadPage(readTestData(QStringLiteral("runai/workloads_page.json")));
    QVERIFY(page);
    // urls[] and environments[].connections[] name the same URL: one connection, named by the tool.
    const Workload &workspace = page.value().items.at(0);
    QCOMPARE(workspace.connections.size(), 1);
    QCOMPARE(workspace.connections.at(0).url(),
             QUrl(QStringLiteral("https://cluster.example.com/team-nlp/jupyter-llm-exp")));
    QCOMPARE(workspace.connections.at(0).name, QStringLiteral("Jupyter"));
    QCOMPARE(workspace.connections.at(0).toolType, QStringLiteral("jupyter-notebook"));
    QCOMPARE(workspace.workspaceUrl(), workspace.connections.at(0).url());
    // externalConnections: the one without a URL is left out.
    const Workload &inference = page.value().items.at(1);
    QCOMPARE(inference.connections.size(), 1);
    QCOMPARE(inference.connections.at(0).name, QStringLiteral("OpenAI API"));
    QCOMPARE(inference.connections.at(0).kind, WorkloadConnection::Kind::External);
}

void TestRunAiParser::pendingWorkloadSchedulingMessages()
{
    const auto w = RunAiParser::parseWorkload(readTestData(QStringLiteral("runai/workload_pending.json")));
    QVERIFY(w);
    QCOMPARE(w.value().status, WorkloadStatus::Pending);
    QCOMPARE(w.value().type, WorkloadType::Training);
    QCOMPARE(w.value().statusMessage,
             QStringLiteral("Not enough resources in the requested nodepool; You have reached the limit of "
                            "non-preemptible resources (default)"));
    QCOMPARE(w.value().requestedPods, std::optional<int>(4));
    QCOMPARE(w.value().runningPods, std::optional<int>(0));
    QCOMPARE(w.value().preemptible, std::optional<bool>(true));
    QCOMPARE(w.value().nodePools, QStringList{QStringLiteral("default")}); // currentNodePools null
    QCOMPARE(w.value().gpusAllocated, std::optional<double>(0));
}

void TestRunAiParser::allFourteenPhases()
{
    const QStringList phases = {
        QStringLiteral("Creating"),    QStringLiteral("Initializing"), QStringLiteral("Resuming"),
        QStringLiteral("Pending"),     QStringLiteral("Deleting"),     QStringLiteral("Running"),
        QStringLiteral("Updating"),    QStringLiteral("Stopped"),      QStringLiteral("Stopping"),
        QStringLiteral("Degraded"),    QStringLiteral("Failed"),       QStringLiteral("Completed"),
        QStringLiteral("Terminating"), QStringLiteral("Unknown")};
    QSet<WorkloadStatus> seen;
    for (const QString &phase : phases) {
        const QByteArray body =
            QStringLiteral(R"({"id":"5a6b7c8d-1111-4222-8333-444455556666","phase":"%1"})")
                .arg(phase)
                .toUtf8();
        const auto w = RunAiParser::parseWorkload(body);
        QVERIFY(w);
        QCOMPARE(w.value().rawStatus, phase);
        QCOMPARE(workloadStatusToApiString(ApiDialect::RunAi, w.value().status), phase);
        seen.insert(w.value().status);
    }
    QCOMPARE(seen.size(), 14); // each phase its own status
    const auto odd =
        RunAiParser::parseWorkload(R"({"id":"5a6b7c8d-1111-4222-8333-444455556666","phase":"Hibernating"})");
    QVERIFY(odd);
    QCOMPARE(odd.value().status, WorkloadStatus::Unknown);
    QCOMPARE(odd.value().statusText(), QStringLiteral("Hibernating"));
}

void TestRunAiParser::lastPageHasNoNext_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("absent") << QByteArray(R"({"workloads":[]})");
    QTest::newRow("null") << QByteArray(R"({"next":null,"workloads":[]})");
    QTest::newRow("empty string") << QByteArray(R"({"next":"","workloads":[]})");
}

void TestRunAiParser::lastPageHasNoNext()
{
    QFETCH(QByteArray, body);
    const auto page = RunAiParser::parseWorkloadPage(body);
    QVERIFY(page);
    QVERIFY(!page.value().next.has_value());
    // A numeric string is still an offset.
    const auto text = RunAiParser::parseWorkloadPage(R"({"next":"500","workloads":[]})");
    QVERIFY(text);
    QCOMPARE(text.value().next, std::optional<qint64>(500));
}

void TestRunAiParser::wrongShapes()
{
    QCOMPARE(RunAiParser::parseWorkloadPage(R"({"data":[]})").error().kind, ApiError::Kind::Parse);
    QCOMPARE(RunAiParser::parseWorkloadPage("[1,2").error().kind, ApiError::Kind::Parse);
    QCOMPARE(RunAiParser::parsePods(R"({"workloads":[]})").error().kind, ApiError::Kind::Parse);
    QCOMPARE(RunAiParser::parseWorkload(R"({"name":"x"})").error().kind, ApiError::Kind::Parse);
    QCOMPARE(RunAiParser::parseCount(R"({"total":3})").error().kind, ApiError::Kind::Parse);
    QCOMPARE(RunAiParser::parseBatchResult(R"({"id":"x"})").error().kind, ApiError::Kind::Parse);
    QCOMPARE(
        RunAiParser::parseMetrics(QStringLiteral("GPU_UTILIZATION"), R"({"measurements":{}})").error().kind,
        ApiError::Kind::Parse);
}

void TestRunAiParser::projects()
{
    const auto page = RunAiParser::parseProjects(readTestData(QStringLiteral("runai/projects.json")));
    QVERIFY(page);
    QCOMPARE(page.value().next, std::optional<qint64>(1));
    QCOMPARE(page.value().items.size(), 2);
    const Project &p = page.value().items.at(0);
    QCOMPARE(p.id, QStringLiteral("4"));
    QCOMPARE(p.name, QStringLiteral("team-nlp"));
    QCOMPARE(p.status, QStringLiteral("Ready"));
    QCOMPARE(p.gpuQuota, std::optional<double>(8));
    QCOMPARE(p.description, QStringLiteral("research")); // the department
    const Project &bare = page.value().items.at(1);
    QCOMPARE(bare.id, QStringLiteral("33"));
    QVERIFY(bare.status.isEmpty());
    QCOMPARE(bare.gpuQuota, std::optional<double>());
}

void TestRunAiParser::count()
{
    QCOMPARE(RunAiParser::parseCount(R"({"count": 137})").value(), 137);
    QCOMPARE(RunAiParser::parseCount(R"({"count": -1})").error().kind, ApiError::Kind::Parse);
}

void TestRunAiParser::pods()
{
    const auto page = RunAiParser::parsePods(readTestData(QStringLiteral("runai/pods.json")));
    QVERIFY(page);
    QVERIFY(!page.value().next.has_value()); // "next": null
    QCOMPARE(page.value().items.size(), 2);
    const WorkloadComponent &pod = page.value().items.at(0);
    QCOMPARE(pod.kind, QStringLiteral("Pod"));
    QCOMPARE(pod.name, QStringLiteral("jupyter-llm-exp-0-0"));
    QCOMPARE(pod.id, QStringLiteral("b1f2c3d4-0000-4a5b-8c9d-112233445566"));
    QCOMPARE(pod.status, QStringLiteral("Running"));
    QCOMPARE(pod.node, QStringLiteral("gpu-node-07"));
    QCOMPARE(pod.image, QStringLiteral("jupyter/scipy-notebook"));
    QCOMPARE(pod.gpus, std::optional<double>(0.5));
    QCOMPARE(pod.containers, QStringList{QStringLiteral("jupyter-llm-exp")});
    const WorkloadComponent &pending = page.value().items.at(1);
    QCOMPARE(pending.status, QStringLiteral("Pending"));
    QVERIFY(pending.node.isEmpty());
    QCOMPARE(pending.gpus, std::optional<double>());
    QCOMPARE(pending.containers, (QStringList{QStringLiteral("main"), QStringLiteral("sidecar")}));
    QCOMPARE(pending.image, QStringLiteral("busybox, envoy"));
}

void TestRunAiParser::events()
{
    const auto page = RunAiParser::parseEvents(readTestData(QStringLiteral("runai/events.json")));
    QVERIFY(page);
    QCOMPARE(page.value().next, std::optional<qint64>(50));
    QCOMPARE(page.value().items.size(), 2);
    const LogEntry &pulling = page.value().items.at(0);
    QCOMPARE(pulling.level, LogLevel::Info);
    QCOMPARE(pulling.message, QStringLiteral("Pulling: Pulling image \"jupyter/scipy-notebook\""));
    QCOMPARE(pulling.source, QStringLiteral("Pod/jupyter-llm-exp-0-0"));
    QCOMPARE(pulling.rawTimestamp, QStringLiteral("2025-11-20T09:13:10.000Z"));
    const LogEntry &warning = page.value().items.at(1);
    QCOMPARE(warning.level, LogLevel::Warning);
    QCOMPARE(warning.message, QStringLiteral("Back-off restarting failed container")); // no reason
    QVERIFY(warning.source.isEmpty());
}

void TestRunAiParser::history()
{
    const auto page = RunAiParser::parseHistory(readTestData(QStringLiteral("runai/history.json")));
    QVERIFY(page);
    QVERIFY(!page.value().next.has_value());
    QCOMPARE(page.value().items.size(), 3);
    QCOMPARE(page.value().items.at(0).message, QStringLiteral("Phase: Creating"));
    QCOMPARE(page.value().items.at(0).level, LogLevel::Info);
    QCOMPARE(page.value().items.at(1).message,
             QStringLiteral("FailedScheduling: 0/8 nodes are available: 8 Insufficient nvidia.com/gpu."));
    QCOMPARE(page.value().items.at(1).level, LogLevel::Warning);
    QCOMPARE(page.value().items.at(2).message,
             QStringLiteral("Phase: Failed (Container exited with code 1)"));
    QCOMPARE(page.value().items.at(2).level, LogLevel::Error);
    QCOMPARE(page.value().items.at(2).timestamp, QDateTime(QDate(2025, 11, 20), QTime(10, 0), Qt::UTC));
}

void TestRunAiParser::metricsStringValuesAndNulls()
{
    const QByteArray body = readTestData(QStringLiteral("runai/metrics.json"));
    const auto gpu = RunAiParser::parseMetrics(QStringLiteral("GPU_UTILIZATION"), body);
    QVERIFY(gpu);
    QCOMPARE(gpu.value().series.size(), 2);
    const MetricSeries &first = gpu.value().series.at(0);
    QCOMPARE(first.label, QStringLiteral("GPU 0"));
    QCOMPARE(first.points.size(), 3);
    // Sorted by time; string values read as numbers; a null value is a gap.
    QCOMPARE(first.points.at(0).value, std::optional<double>(85));
    QCOMPARE(first.points.at(1).value, std::optional<double>(92));
    QCOMPARE(first.points.at(2).value, std::optional<double>());
    QCOMPARE(first.points.at(0).time, QDateTime(QDate(2024, 12, 20), QTime(14, 30), Qt::UTC));
    QCOMPARE(gpu.value().intervalSeconds, 30);
    // The non-ISO timestamp of the spec's example is read too.
    QCOMPARE(gpu.value().series.at(1).points.at(0).time,
             QDateTime(QDate(2023, 6, 6), QTime(12, 9, 18, 211), Qt::UTC));
    QCOMPARE(gpu.value().series.at(1).points.at(0).value, std::optional<double>(12.5));

    const auto memory = RunAiParser::parseMetrics(QStringLiteral("GPU_MEMORY_USAGE_BYTES"), body);
    QVERIFY(memory);
    QCOMPARE(memory.value().series.size(), 1);
    QCOMPARE(memory.value().series.at(0).label, QStringLiteral("GPU_MEMORY_USAGE_BYTES")); // labels null
    QCOMPARE(memory.value().series.at(0).points.at(0).value, std::optional<double>(4.2e10));

    const auto cpu = RunAiParser::parseMetrics(QStringLiteral("CPU_USAGE_CORES"), body); // values null
    QVERIFY(cpu);
    QCOMPARE(cpu.value().series.size(), 1);
    QVERIFY(cpu.value().series.at(0).points.isEmpty());

    const auto absent = RunAiParser::parseMetrics(QStringLiteral("POD_COUNT"), body);
    QVERIFY(absent);
    QVERIFY(absent.value().series.isEmpty());
    QVERIFY(RunAiParser::parseMetrics(QStringLiteral("POD_COUNT"), R"({"measurements":null})"));
}

void TestRunAiParser::metricsPerGpuLabelsWithPrefix()
{
    const QByteArray body = R"({"measurements":[{"type":"GPU_UTILIZATION_PER_GPU","labels":{"gpu":"3"},
        "values":[{"value":"7","timestamp":"2024-12-20T14:30:00Z"}]}]})";
    const auto result = RunAiParser::parseMetrics(QStringLiteral("GPU_UTILIZATION_PER_GPU"), body,
                                                  QStringLiteral("train-0-1"));
    QVERIFY(result);
    QCOMPARE(result.value().series.at(0).label, QStringLiteral("train-0-1 · GPU 3"));
}

void TestRunAiParser::batchPartialFailures()
{
    const auto result =
        RunAiParser::parseBatchResult(readTestData(QStringLiteral("runai/batch_partial.json")));
    QVERIFY(result);
    QCOMPARE(result.value().batchId, QStringLiteral("7d9f0c2e-5b1a-4c3d-9e8f-0a1b2c3d4e5f"));
    QCOMPARE(result.value().succeeded, QStringList{QStringLiteral("4f6c2d0a-9b7e-4c1e-8d2a-1f3b5e7a9c01")});
    QCOMPARE(result.value().failed.size(), 3);
    const ApiError inference =
        result.value().failed.value(QStringLiteral("a0c1e2f3-0000-4a5b-8c9d-aabbccddeeff"));
    QCOMPARE(inference.kind, ApiError::Kind::Validation);
    QCOMPARE(inference.httpStatus, 400);
    QCOMPARE(inference.message, QStringLiteral("suspend is not supported for inference workloads"));
    const ApiError stopped =
        result.value().failed.value(QStringLiteral("5a6b7c8d-1111-4222-8333-444455556666"));
    QCOMPARE(stopped.kind, ApiError::Kind::Conflict);
    QCOMPARE(stopped.message, QStringLiteral("Workload big-train is already stopped"));
    QCOMPARE(result.value().failed.value(QStringLiteral("00000000-0000-0000-0000-000000000000")).kind,
             ApiError::Kind::NotFound);
}

void TestRunAiParser::errorBody()
{
    const QByteArray body = readTestData(QStringLiteral("runai/error_400.json"));
    const ApiError error = ApiError::fromHttpStatus(
        400, body, QUrl(QStringLiteral("https://x.run.ai/api/v1/workloads")), QStringLiteral("GET"));
    QCOMPARE(error.kind, ApiError::Kind::Validation);
    QCOMPARE(error.message, QStringLiteral("Bad request - Resource should have a name"));
}

void TestRunAiParser::quantities_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");
    QTest::addColumn<bool>("valid");
    QTest::newRow("M") << QStringLiteral("200M") << 200e6 << true;
    QTest::newRow("G") << QStringLiteral("2G") << 2e9 << true;
    QTest::newRow("Gi") << QStringLiteral("40Gi") << 40.0 * 1024 * 1024 * 1024 << true;
    QTest::newRow("Mi") << QStringLiteral("200Mi") << 200.0 * 1024 * 1024 << true;
    QTest::newRow("Ki") << QStringLiteral("512Ki") << 512.0 * 1024 << true;
    QTest::newRow("0B") << QStringLiteral("0B") << 0.0 << true;
    QTest::newRow("milli") << QStringLiteral("500m") << 0.5 << true;
    QTest::newRow("plain") << QStringLiteral("1.5") << 1.5 << true;
    QTest::newRow("exponent") << QStringLiteral("4.2e10") << 4.2e10 << true;
    QTest::newRow("garbage") << QStringLiteral("lots") << 0.0 << false;
    QTest::newRow("unit only") << QStringLiteral("Gi") << 0.0 << false;
    QTest::newRow("empty") << QString() << 0.0 << false;
}

void TestRunAiParser::quantities()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    QFETCH(bool, valid);
    const auto value = RunAiParser::parseQuantity(text);
    QCOMPARE(value.has_value(), valid);
    if (valid)
        QCOMPARE(*value, expected);
}

void TestRunAiParser::kubernetesLogLines()
{
    const QString text = QString::fromUtf8(readTestData(QStringLiteral("runai/kube_log.txt")));
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    const LogEntry first = RunAiParser::parseKubernetesLogLine(lines.at(0), QStringLiteral("pod-0"));
    QCOMPARE(first.rawTimestamp,
             QStringLiteral("2025-11-20T09:14:00.100200300Z")); // nanoseconds kept as sent
    QCOMPARE(isoTimestampToMicros(first.rawTimestamp),
             QDateTime(QDate(2025, 11, 20), QTime(9, 14, 0, 100), Qt::UTC).toMSecsSinceEpoch() * 1000 + 200);
    QCOMPARE(first.message, QStringLiteral("[I 09:14:00.100 ServerApp] Jupyter Server is running"));
    QCOMPARE(first.source, QStringLiteral("pod-0"));
    QCOMPARE(first.level, LogLevel::Info); // Jupyter's "[I ..." prefix
    QCOMPARE(RunAiParser::parseKubernetesLogLine(lines.at(1), {}).level, LogLevel::Warning);
    QCOMPARE(RunAiParser::parseKubernetesLogLine(lines.at(2), {}).level, LogLevel::Error);
    const LogEntry bare = RunAiParser::parseKubernetesLogLine(lines.at(3), {});
    QVERIFY(bare.rawTimestamp.isEmpty());
    QCOMPARE(bare.message, QStringLiteral("no timestamp here"));
    // A CRLF line end is not part of the message.
    QCOMPARE(RunAiParser::parseKubernetesLogLine(u"2025-11-20T09:14:00Z hello\r", {}).message,
             QStringLiteral("hello"));
}

QTEST_GUILESS_MAIN(TestRunAiParser)
#include "tst_runaiparser.moc"
