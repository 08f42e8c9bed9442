// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/aiwbparser.h"
#include "api/apierror.h"
#include "api/jsonsupport.h"
#include "testdata.h"

#include <QtTest>

using namespace Workdeck;

class TestAiwbParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namespaces();
    void workloadList();
    void workloadListToleratesMissingAndUnknown();
    void workloadListSharesRepeatedStrings();
    void singleWorkload();
    void logPage();
    void logPageWithoutMore();
    void metricTimeseries();
    void metricScalars();
    void namespaceMetrics();
    void workloadTable();
    void malformed_data();
    void malformed();
    void dateTimes_data();
    void dateTimes();
    void errorBodies_data();
    void errorBodies();
};

void TestAiwbParser::namespaces()
{
    const auto projects =
        AiwbParser::parseNamespaces(Test::readTestData(QStringLiteral("aiwb/namespaces.json")));
    QVERIFY(projects);
    QCOMPARE(projects.value().size(), 2);
    QCOMPARE(projects.value().at(0).id, QStringLiteral("research-and-development"));
    QCOMPARE(projects.value().at(0).name, QStringLiteral("research-and-development"));
}

void TestAiwbParser::workloadList()
{
    const auto result =
        AiwbParser::parseWorkloadList(Test::readTestData(QStringLiteral("aiwb/workloads.json")));
    QVERIFY(result);
    const QList<Workload> &workloads = result.value();
    QCOMPARE(workloads.size(), 4);

    const Workload &workspace = workloads.at(0);
    QCOMPARE(workspace.id, QStringLiteral("7c0e4b9a-52d1-4f4e-9a77-1f3e2d9b8c10"));
    QCOMPARE(workspace.name, QStringLiteral("wb-dev-workspace-jupyterlab-1772442867-7c0e"));
    QCOMPARE(workspace.displayName, QStringLiteral("Jupyterlab Workspace"));
    QCOMPARE(workspace.type, WorkloadType::Workspace);
    QCOMPARE(workspace.rawType, QStringLiteral("WORKSPACE"));
    QCOMPARE(workspace.status, WorkloadStatus::Running);
    QCOMPARE(workspace.projectId, QStringLiteral("research-and-development"));
    QCOMPARE(workspace.namespaceName, QStringLiteral("research-and-development"));
    QCOMPARE(workspace.createdBy, QStringLiteral("jane.doe@example.com"));
    QCOMPARE(workspace.createdAt, QDateTime(QDate(2026, 3, 2), QTime(9, 14, 27, 518), Qt::UTC));
    QCOMPARE(workspace.chartId, QStringLiteral("0f6f5f7e-9b8a-4c1d-8e2f-3a4b5c6d7e8f"));
    QVERIFY(workspace.modelId.isEmpty());
    QCOMPARE(workspace.connections.size(), 2);
    QCOMPARE(
        workspace.workspaceUrl(),
        QUrl(QStringLiteral("https://workloads.example.com/research-and-development/jane-doe-example-com/"
                            "7c0e4b9a-52d1-4f4e-9a77-1f3e2d9b8c10/lab")));
    QVERIFY(workspace.canOpenWorkspace());
    QVERIFY(workspace.supportedActions.testFlag(WorkloadAction::Delete));
    QVERIFY(!workspace.supportedActions.testFlag(WorkloadAction::Stop));

    const Workload &job = workloads.at(1);
    QCOMPARE(job.id, QStringLiteral("a3d4e5f6-0000-4000-8000-000000000001")); // ids are lowercased
    QCOMPARE(job.status, WorkloadStatus::Completed);
    QCOMPARE(job.type, WorkloadType::FineTuning);
    QVERIFY(job.updatedBy.isEmpty());
    QVERIFY(job.connections.isEmpty());
    QVERIFY(!job.canOpenWorkspace());
    QCOMPARE(job.updatedAt, QDateTime(QDate(2026, 3, 2), QTime(8, 41, 0, 120), Qt::UTC));
}

void TestAiwbParser::workloadListToleratesMissingAndUnknown()
{
    const auto result =
        AiwbParser::parseWorkloadList(Test::readTestData(QStringLiteral("aiwb/workloads.json")));
    QVERIFY(result);
    const Workload &future = result.value().at(2);
    QCOMPARE(future.status, WorkloadStatus::Unknown);
    QCOMPARE(future.statusText(), QStringLiteral("Hibernating"));
    QCOMPARE(future.type, WorkloadType::Unknown);
    QCOMPARE(future.typeText(), QStringLiteral("EVALUATION_V2"));

    const Workload &bare = result.value().at(3); // only an id, nulls elsewhere
    QCOMPARE(bare.id, QStringLiteral("c0000000-0000-4000-8000-00000000000c"));
    QCOMPARE(bare.status, WorkloadStatus::Unknown);
    QVERIFY(bare.rawStatus.isEmpty());
    QVERIFY(!bare.createdAt.isValid());
    QCOMPARE(bare.title(), QString());

    // An entry without an id cannot be tracked and is skipped, the rest kept.
    const auto partial = AiwbParser::parseWorkloadList(
        R"({"data":[{"name":"x"},{"id":"d0000000-0000-4000-8000-00000000000d"},7]})");
    QVERIFY(partial);
    QCOMPARE(partial.value().size(), 1);
}

// Values that repeat across the list are one string, shared, not a copy per workload; values
// that differ stay apart.
void TestAiwbParser::workloadListSharesRepeatedStrings()
{
    const QByteArray body = R"({"data": [
        {"id": "A1", "name": "a", "type": "INFERENCE", "status": "Running", "namespace": "team",
         "created_by": "ann", "updated_by": "ann", "chart_id": "c1", "model_id": "m1",
         "endpoints": {"external": "https://a.example.com"}},
        {"id": "B2", "name": "b", "type": "INFERENCE", "status": "Running", "namespace": "team",
         "created_by": "ann", "updated_by": "bob", "chart_id": "c1", "model_id": "m2",
         "endpoints": {"external": "https://b.example.com"}}]})";
    const auto workloads = AiwbParser::parseWorkloadList(body);
    QVERIFY(workloads);
    QCOMPARE(workloads.value().size(), 2);
    const Workload &a = workloads.value().at(0);
    const Workload &b = workloads.value().at(1);
    const QString unshared =
        Test::firstUnshared({std::pair(a.rawType, b.rawType), std::pair(a.rawStatus, b.rawStatus),
                             std::pair(a.namespaceName, b.namespaceName), std::pair(a.createdBy, b.createdBy),
                             std::pair(a.createdBy, a.updatedBy), std::pair(a.chartId, b.chartId),
                             std::pair(a.connections.at(0).name, b.connections.at(0).name)});
    QVERIFY2(unshared.isEmpty(), qPrintable(unshared));
    QCOMPARE(b.updatedBy, QStringLiteral("bob"));
    QCOMPARE(a.modelId, QStringLiteral("m1"));
    QCOMPARE(b.modelId, QStringLiteral("m2"));
    QCOMPARE(a.id, QStringLiteral("a1"));
    QCOMPARE(b.id, QStringLiteral("b2"));
}

void TestAiwbParser::singleWorkload()
{
    const QByteArray list = Test::readTestData(QStringLiteral("aiwb/workloads.json"));
    const QJsonArray data = QJsonDocument::fromJson(list).object().value(u"data").toArray();
    const auto workload = AiwbParser::parseWorkload(QJsonDocument(data.at(0).toObject()).toJson());
    QVERIFY(workload);
    QCOMPARE(workload.value().status, WorkloadStatus::Running);
    QVERIFY(!AiwbParser::parseWorkload(R"({"name":"no id"})"));
}

void TestAiwbParser::logPage()
{
    const auto page = AiwbParser::parseLogPage(Test::readTestData(QStringLiteral("aiwb/logs_page.json")));
    QVERIFY(page);
    QCOMPARE(page.value().entries.size(), 2);
    const LogEntry &first = page.value().entries.at(0);
    QCOMPARE(first.rawTimestamp, QStringLiteral("2026-03-02T09:20:11.402113Z")); // microseconds kept
    QCOMPARE(first.timestamp, QDateTime(QDate(2026, 3, 2), QTime(9, 20, 11, 402), Qt::UTC));
    QCOMPARE(first.level, LogLevel::Info);
    QVERIFY(first.message.startsWith(u"[I 2026-03-02"));
    QCOMPARE(page.value().entries.at(1).level, LogLevel::Warning);
    QVERIFY(page.value().hasMore);
    QCOMPARE(page.value().pageToken, QStringLiteral("2026-03-02T09:20:09.998550+00:00")); // opaque, as sent
}

void TestAiwbParser::logPageWithoutMore()
{
    const auto page = AiwbParser::parseLogPage(
        R"({"data":[],"pagination":{"has_more":false,"page_token":null,"total_returned":0}})");
    QVERIFY(page);
    QVERIFY(page.value().entries.isEmpty());
    QVERIFY(!page.value().hasMore);
    QVERIFY(page.value().pageToken.isEmpty());
}

void TestAiwbParser::metricTimeseries()
{
    const auto metric = AiwbParser::parseMetric(
        QStringLiteral("requests"), Test::readTestData(QStringLiteral("aiwb/metric_requests.json")));
    QVERIFY(metric);
    const MetricResult &result = metric.value();
    QVERIFY(!result.isScalar());
    QCOMPARE(result.series.size(), 2);
    QCOMPARE(result.series.at(0).label, QStringLiteral("running"));
    QCOMPARE(result.series.at(1).label, QStringLiteral("waiting"));
    QCOMPARE(result.series.at(0).points.size(), 2);
    QCOMPARE(result.series.at(0).points.at(0).value, std::optional<double>(2.0));
    QVERIFY(!result.series.at(0).points.at(1).value.has_value()); // null is a gap, not zero
    QCOMPARE(result.series.at(1).points.at(0).value, std::optional<double>(0.0));
    QCOMPARE(result.intervalSeconds, 60);
    QCOMPARE(result.rangeStart, QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
}

void TestAiwbParser::metricScalars()
{
    const auto withRange = AiwbParser::parseMetric(
        QStringLiteral("max_requests"), Test::readTestData(QStringLiteral("aiwb/metric_scalar_range.json")));
    QVERIFY(withRange);
    QVERIFY(withRange.value().isScalar());
    QCOMPARE(withRange.value().scalar, std::optional<double>(3.0));
    QVERIFY(withRange.value().rangeEnd.isValid());
    const auto bare = AiwbParser::parseMetric(QStringLiteral("total_tokens"),
                                              Test::readTestData(QStringLiteral("aiwb/metric_scalar.json")));
    QVERIFY(bare);
    QCOMPARE(bare.value().scalar, std::optional<double>(1834221.0));
    QVERIFY(!bare.value().rangeStart.isValid());
    QVERIFY(!AiwbParser::parseMetric(QStringLiteral("x"), R"({"data":"three"})"));
}

void TestAiwbParser::namespaceMetrics()
{
    const auto page =
        AiwbParser::parseNamespaceMetrics(Test::readTestData(QStringLiteral("aiwb/namespace_metrics.json")));
    QVERIFY(page);
    QCOMPARE(page.value().totalPages, 1);
    const auto usage = page.value().usageById.value(QStringLiteral("a3d4e5f6-0000-4000-8000-000000000001"));
    QCOMPARE(usage.gpuCount, std::optional<double>(1.0));
    QCOMPARE(usage.vramMegabytes, std::optional<double>(61440.0));
}

void TestAiwbParser::workloadTable()
{
    // The recorded page: its one row as a workload of the namespace.
    const auto recorded = AiwbParser::parseWorkloadTable(
        Test::readTestData(QStringLiteral("aiwb/namespace_metrics.json")), QStringLiteral("vision-team"));
    QVERIFY(recorded);
    QCOMPARE(recorded.value().total, 1);
    QCOMPARE(recorded.value().workloads.size(), 1);
    const Workload &workload = recorded.value().workloads.constFirst();
    QCOMPARE(workload.id, QStringLiteral("a3d4e5f6-0000-4000-8000-000000000001"));
    QCOMPARE(workload.name, QStringLiteral("wb-llm-inference-vllm-1772440000-a3d4"));
    QCOMPARE(workload.title(), QStringLiteral("llm-inference-vllm-Llama-3.1-8B-a3d4e5f6"));
    QCOMPARE(workload.type, WorkloadType::Inference);
    QCOMPARE(workload.status, WorkloadStatus::Running);
    QCOMPARE(workload.createdAt, QDateTime(QDate(2026, 3, 2), QTime(8, 40, 1, 120), Qt::UTC));
    QCOMPARE(workload.createdBy, QStringLiteral("jane.doe@example.com"));
    QCOMPARE(workload.gpusAllocated, std::optional<double>(1.0));
    QCOMPARE(workload.vramMegabytes, std::optional<double>(61440.0));
    QCOMPARE(workload.projectId, QStringLiteral("vision-team"));
    QCOMPARE(workload.namespaceName, QStringLiteral("vision-team"));
    QCOMPARE(workload.supportedActions, WorkloadActions(WorkloadAction::Delete));
    QVERIFY(workload.connections.isEmpty()); // the table has no endpoints
    QVERIFY(workload.summaryOnly);           // and says so, where the details would show none

    // AIM services are rows of the table but not workloads of the list: left out, and off the
    // total. Rows without an id are left out; ids are lowercase as in the list.
    const auto page = AiwbParser::parseWorkloadTable(R"({"data": [
        {"id": "B0000000-0000-4000-8000-000000000002", "name": "job", "type": "FINE_TUNING",
         "status": "Deleted", "resourceType": "Job", "gpuCount": null, "vram": null,
         "createdAt": "2026-03-02T08:41:00Z", "createdBy": null},
        {"id": "c0000000-0000-4000-8000-000000000003", "name": "aim", "type": "INFERENCE",
         "status": "Running", "resourceType": "AIMService"},
        {"name": "no id", "resourceType": "Job"}],
        "total": 250, "page": 1, "pageSize": 3, "totalPages": 84})",
                                                     QStringLiteral("team"));
    QVERIFY(page);
    QCOMPARE(page.value().total, 249);
    QCOMPARE(page.value().workloads.size(), 1);
    const Workload &deleted = page.value().workloads.constFirst();
    QCOMPARE(deleted.id, QStringLiteral("b0000000-0000-4000-8000-000000000002"));
    QCOMPARE(deleted.status, WorkloadStatus::Deleted);
    QCOMPARE(deleted.supportedActions, WorkloadActions());
    QVERIFY(!deleted.gpusAllocated);
    QVERIFY(deleted.createdBy.isEmpty());

    // A total smaller than the rows (a server counting otherwise) is not believed.
    const auto short_ = AiwbParser::parseWorkloadTable(R"({"data": [{"id": "a"}, {"id": "b"}], "total": 1})",
                                                       QStringLiteral("team"));
    QVERIFY(short_);
    QCOMPARE(short_.value().total, 2);
}

void TestAiwbParser::malformed_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << Test::readTestData(QStringLiteral("aiwb/workloads.json")).left(300);
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("array") << QByteArray("[1,2,3]");
    QTest::newRow("no data") << QByteArray(R"({"items":[]})");
    QTest::newRow("data not list") << QByteArray(R"({"data":{"id":"x"}})");
    QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x01", 4);
}

void TestAiwbParser::malformed()
{
    QFETCH(QByteArray, body);
    const auto workloads = AiwbParser::parseWorkloadList(body);
    QVERIFY(!workloads);
    QCOMPARE(workloads.error().kind, ApiError::Kind::Parse);
    QVERIFY(!workloads.error().message.isEmpty());
    QVERIFY(!AiwbParser::parseNamespaces(body));
    QVERIFY(!AiwbParser::parseLogPage(body));
    QVERIFY(!AiwbParser::parseWorkloadTable(body, QStringLiteral("team")));
}

void TestAiwbParser::dateTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime base(QDate(2026, 3, 2), QTime(9, 20, 11, 402), Qt::UTC);
    QTest::newRow("Z micro") << "2026-03-02T09:20:11.402113Z" << base;
    QTest::newRow("offset micro") << "2026-03-02T09:20:11.402113+00:00" << base;
    QTest::newRow("other offset") << "2026-03-02T11:20:11.402+02:00" << base;
    QTest::newRow("naive") << "2026-03-02T09:20:11.402" << base;
    QTest::newRow("space") << "2026-03-02 09:20:11.402" << base;
    QTest::newRow("no fraction") << "2026-03-02T09:20:11Z"
                                 << QDateTime(QDate(2026, 3, 2), QTime(9, 20, 11), Qt::UTC);
    QTest::newRow("one digit") << "2026-03-02T09:20:11.4Z"
                               << QDateTime(QDate(2026, 3, 2), QTime(9, 20, 11, 400), Qt::UTC);
    QTest::newRow("lower z") << "2026-03-02T09:20:11.402z" << base;
    QTest::newRow("padded") << "  2026-03-02T09:20:11.402113Z\n" << base;
    QTest::newRow("nanoseconds") << "2026-03-02T09:20:11.402999999Z"
                                 << QDateTime(QDate(2026, 3, 2), QTime(9, 20, 11, 402), Qt::UTC);
    QTest::newRow("negative offset") << "2026-03-02T04:50:11.402-04:30" << base;
    QTest::newRow("offset without colon") << "2026-03-02T14:50:11.402+0530" << base;
    QTest::newRow("offset in hours") << "2026-03-02T10:20:11.402+01" << base;
    QTest::newRow("across midnight") << "2026-03-01T23:20:11.402-10:00" << base;
    QTest::newRow("leap day") << "2028-02-29T00:00:00Z"
                              << QDateTime(QDate(2028, 2, 29), QTime(0, 0), Qt::UTC);
    QTest::newRow("before 1970") << "1969-12-31T23:59:59.5Z"
                                 << QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 500), Qt::UTC);
    QTest::newRow("no seconds") << "2026-03-02T09:20Z" << QDateTime(QDate(2026, 3, 2), QTime(9, 20), Qt::UTC);
    QTest::newRow("month 13") << "2026-13-02T09:20:11Z" << QDateTime();
    QTest::newRow("february 30") << "2026-02-30T09:20:11Z" << QDateTime();
    QTest::newRow("hour 25") << "2026-03-02T25:20:11Z" << QDateTime();
    QTest::newRow("letters in the time") << "2026-03-02T09:2x:11Z" << QDateTime();
    QTest::newRow("date only") << "2026-03-02" << QDateTime();
    QTest::newRow("garbage") << "yesterday" << QDateTime();
    QTest::newRow("empty") << "" << QDateTime();
}

void TestAiwbParser::dateTimes()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = Json::parseDateTime(text);
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestAiwbParser::errorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("detail");
    QTest::newRow("401 string") << 401 << QByteArray(R"({"detail":"Token expired"})")
                                << int(ApiError::Kind::Unauthorized) << "Token expired"
                                << "";
    QTest::newRow("404") << 404 << QByteArray(R"({"detail":"Workload 1 not found"})")
                         << int(ApiError::Kind::NotFound) << "Workload 1 not found"
                         << "";
    QTest::newRow("409 additional") << 409 << Test::readTestData(QStringLiteral("aiwb/error_409.json"))
                                    << int(ApiError::Kind::Conflict)
                                    << "You already have a Jupyterlab workspace running"
                                    << "Only one jupyterlab workspace is allowed per user in this namespace.";
    QTest::newRow("422 array")
        << 422 << Test::readTestData(QStringLiteral("aiwb/error_422.json")) << int(ApiError::Kind::Validation)
        << "status_filter.0: Input should be 'Pending', 'Running', 'Complete', 'Failed', "
           "'Deleting', 'Deleted' or 'Unknown' (got \u201crunning\u201d)"
        << "";
    QTest::newRow("runai")
        << 400
        << QByteArray(
               R"({"code":400,"message":"Bad request - Resource should have a name","details":"name"})")
        << int(ApiError::Kind::Validation) << "Bad request - Resource should have a name"
        << "name";
    QTest::newRow("500 generic")
        << 500 << QByteArray(R"({"detail":"An unexpected error occurred. Please try again later."})")
        << int(ApiError::Kind::Server) << "An unexpected error occurred. Please try again later."
        << "";
    QTest::newRow("503 text") << 503 << QByteArray("upstream connect error") << int(ApiError::Kind::Server)
                              << "upstream connect error"
                              << "";
    QTest::newRow("502 html") << 502 << QByteArray("<html>bad gateway</html>") << int(ApiError::Kind::Server)
                              << ""
                              << "";
}

void TestAiwbParser::errorBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, message);
    QFETCH(QString, detail);
    const QUrl url(
        QStringLiteral("https://aiwbapi.example.com/v1/namespaces/x/workloads?status_filter=running"));
    const ApiError error = ApiError::fromHttpStatus(status, body, url, QStringLiteral("GET"));
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.message, message);
    QCOMPARE(error.detail, detail);
    const QString text = error.toString();
    QVERIFY2(text.startsWith(QStringLiteral("GET https://aiwbapi.example.com/v1/namespaces/x/workloads: ") +
                             QString::number(status)),
             qPrintable(text));
    QVERIFY(!text.contains(u"status_filter=running")); // queries are left out of messages
}

QTEST_GUILESS_MAIN(TestAiwbParser)
#include "tst_aiwbparser.moc"
