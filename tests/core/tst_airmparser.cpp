// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The AIRM parser on payloads in the shapes of reference section 5, with nulls, unknown values
// and broken bodies.

#include "api/airmparser.h"
#include "testdata.h"

#include <QtTest>

using namespace Workdeck;
using Workdeck::Test::readTestData;

class TestAirmParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Values that repeat across the list are one string, shared; values that differ stay apart.
    void workloadListSharesRepeatedStrings()
    {
        const QByteArray body = R"({"data": [
            {"id": "A1", "display_name": "x", "type": "WORKSPACE", "status": "Running",
             "project_id": "P1", "cluster_id": "C1", "created_by": "ann", "updated_by": "ann"},
            {"id": "B2", "display_name": "y", "type": "WORKSPACE", "status": "Running",
             "project_id": "p1", "cluster_id": "C1", "created_by": "ann", "updated_by": "bob"}]})";
        const auto workloads = AirmParser::parseWorkloadList(body);
        QVERIFY(workloads);
        QCOMPARE(workloads.value().size(), 2);
        const Workload &a = workloads.value().at(0);
        const Workload &b = workloads.value().at(1);
        const QString unshared =
            Test::firstUnshared({std::pair(a.rawType, b.rawType), std::pair(a.rawStatus, b.rawStatus),
                                 std::pair(a.projectId, b.projectId), std::pair(a.clusterId, b.clusterId),
                                 std::pair(a.createdBy, b.createdBy), std::pair(a.createdBy, a.updatedBy)});
        QVERIFY2(unshared.isEmpty(), qPrintable(unshared));
        QCOMPARE(a.projectId, QStringLiteral("p1"));
        QCOMPARE(b.updatedBy, QStringLiteral("bob"));
        QCOMPARE(a.displayName, QStringLiteral("x"));
        QCOMPARE(b.displayName, QStringLiteral("y"));
    }

    void projects()
    {
        const auto projects =
            AirmParser::parseProjects(readTestData(QStringLiteral("airm/projects_submittable.json")));
        QVERIFY(projects);
        QCOMPARE(projects.value().size(), 2); // the one without an id is skipped
        const Project &rd = projects.value().at(0);
        QCOMPARE(rd.id,
                 QStringLiteral("8afa9fb8-2e96-4b23-b4fd-7f9cc58fb9aa")); // UUIDs compared in lower case
        QCOMPARE(rd.name, QStringLiteral("research-and-development"));
        QCOMPARE(rd.description, QStringLiteral("R&D team"));
        QCOMPARE(rd.clusterName, QStringLiteral("cluster1"));
        QCOMPARE(rd.status, QStringLiteral("Ready"));
        QCOMPARE(rd.gpuQuota, std::optional<double>(4));
        const Project &vision = projects.value().at(1);
        QVERIFY(vision.description.isEmpty()); // null
        QVERIFY(vision.clusterName.isEmpty()); // cluster: null
        QVERIFY(!vision.gpuQuota);             // quota: null
    }

    void workloads()
    {
        const auto list = AirmParser::parseWorkloadList(readTestData(QStringLiteral("airm/workloads.json")));
        QVERIFY(list);
        QCOMPARE(list.value().size(), 5);
        const Workload &running = list.value().at(0);
        QCOMPARE(running.id, QStringLiteral("0aa18e92-002c-45b7-a06e-dcdb0277974c"));
        QCOMPARE(running.name, QStringLiteral("llama-finetune")); // AIRM has only the display name
        QCOMPARE(running.type, WorkloadType::FineTuning);
        QCOMPARE(running.status, WorkloadStatus::Running);
        QCOMPARE(running.projectId, QStringLiteral("8afa9fb8-2e96-4b23-b4fd-7f9cc58fb9aa"));
        QCOMPARE(running.clusterId, QStringLiteral("99a3f8c2-a23d-4ac6-b2a9-502305925ff3"));
        QCOMPARE(running.createdBy, QStringLiteral("jane.doe@example.com"));
        QCOMPARE(running.updatedAt, QDateTime(QDate(2025, 1, 1), QTime(12, 5, 31), Qt::UTC));
        QVERIFY(running.supportedActions.testFlag(WorkloadAction::Delete));
        QVERIFY(running.connections.isEmpty()); // no endpoints in AIRM

        const Workload &nulls = list.value().at(1); // display_name and type null
        QCOMPARE(nulls.status, WorkloadStatus::DeleteFailed);
        QCOMPARE(nulls.type, WorkloadType::Unknown);
        QVERIFY(nulls.displayName.isEmpty());
        QCOMPARE(nulls.title(), QString());                               // nothing to invent
        QVERIFY(nulls.supportedActions.testFlag(WorkloadAction::Delete)); // may be tried again

        QCOMPARE(list.value().at(2).type, WorkloadType::ModelDownload);
        QCOMPARE(list.value().at(2).status, WorkloadStatus::Terminated);
        // Unknown values: Unknown, with the raw text kept to show.
        QCOMPARE(list.value().at(3).type, WorkloadType::Custom);
        QCOMPARE(list.value().at(3).status, WorkloadStatus::Unknown);
        QCOMPARE(list.value().at(3).statusText(), QStringLiteral("Quarantined"));
        QCOMPARE(list.value().at(4).type, WorkloadType::Unknown);
        QCOMPARE(list.value().at(4).rawType, QStringLiteral("BATCH_THING"));
        QCOMPARE(list.value().at(4).status, WorkloadStatus::Deleting);
        QVERIFY(!list.value().at(4).supportedActions.testFlag(WorkloadAction::Delete)); // 409 if asked again
    }

    void details()
    {
        const auto workload =
            AirmParser::parseWorkload(readTestData(QStringLiteral("airm/workload_details.json")));
        QVERIFY(workload);
        QCOMPARE(workload.value().type, WorkloadType::Custom);
        QCOMPARE(workload.value().status, WorkloadStatus::Pending);
        QCOMPARE(workload.value().components.size(), 2);
        const WorkloadComponent &deployment = workload.value().components.at(0);
        QCOMPARE(deployment.name, QStringLiteral("sample-component"));
        QCOMPARE(deployment.kind, QStringLiteral("Deployment"));
        QCOMPARE(deployment.status, QStringLiteral("Running"));
        QCOMPARE(deployment.statusMessage, QStringLiteral("Its running!"));
        QVERIFY(workload.value().components.at(1).statusMessage.isEmpty()); // null
        QCOMPARE(workload.value().statusMessage, QStringLiteral("Its running!"));
    }

    void usagePage()
    {
        const auto page =
            AirmParser::parseWorkloadMetricsPage(readTestData(QStringLiteral("airm/workloads_metrics.json")));
        QVERIFY(page);
        QCOMPARE(page.value().total, 23);
        QCOMPARE(page.value().pageSize, 10);
        QCOMPARE(page.value().rows, 2);
        const auto usage =
            page.value().usageById.value(QStringLiteral("0aa18e92-002c-45b7-a06e-dcdb0277974c"));
        QCOMPARE(usage.gpuCount, std::optional<double>(4));
        QCOMPARE(usage.vramMegabytes, std::optional<double>(196608.0));
        QCOMPARE(usage.runTimeSeconds, std::optional<qint64>(3600));
        const auto pending =
            page.value().usageById.value(QStringLiteral("1aa18e92-002c-45b7-a06e-dcdb0277974c"));
        QVERIFY(!pending.runTimeSeconds); // null
    }

    void clusters()
    {
        const auto clusters = AirmParser::parseClusters(readTestData(QStringLiteral("airm/clusters.json")));
        QVERIFY(clusters);
        QCOMPARE(clusters.value().size(), 2);
        QCOMPARE(clusters.value().value(QStringLiteral("0aa18e92-002c-45b7-a06e-dcdb0277974c")).name,
                 QStringLiteral("cluster1"));
        QCOMPARE(clusters.value().value(QStringLiteral("99a3f8c2-a23d-4ac6-b2a9-502305925ff3")).status,
                 QStringLiteral("verifying"));
    }

    void infoCard()
    {
        const auto card = AirmParser::parseInfoCard(readTestData(QStringLiteral("airm/info_card.json")));
        QVERIFY(card);
        QCOMPARE(card.value().clusterName, QStringLiteral("cluster1"));
        QCOMPARE(card.value().nodesInUse, std::optional<double>(1));
        QCOMPARE(card.value().gpuDevicesInUse, std::optional<double>(4));
        QCOMPARE(card.value().queueSeconds, std::optional<double>(42));
        QCOMPARE(card.value().runningSeconds, std::optional<double>(3600));
        QVERIFY(!AirmParser::parseInfoCard("{\"detail\": \"Workload with ID x not accessible\"}"));
    }

    void gpuDevices()
    {
        const auto metric = AirmParser::parseGpuDeviceMetric(
            QStringLiteral("power-usage"), readTestData(QStringLiteral("airm/gpu_devices_power.json")));
        QVERIFY(metric);
        QCOMPARE(metric.value().name, QStringLiteral("power-usage"));
        QCOMPARE(metric.value().series.size(), 2);
        QCOMPARE(metric.value().series.at(0).label, QStringLiteral("gpu-node-01 GPU 0"));
        QCOMPARE(metric.value().series.at(0).points.size(), 2);
        QCOMPARE(metric.value().series.at(0).points.at(0).value, std::optional<double>(512.0));
        QVERIFY(!metric.value().series.at(0).points.at(1).value); // null: a gap
        QCOMPARE(metric.value().series.at(1).points.at(0).value,
                 std::optional<double>(498.5)); // a numeric string
        QCOMPARE(metric.value().rangeEnd, QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    }

    void brokenBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("cut") << QByteArray("{\"data\": [{\"id\": \"0aa1");
        QTest::newRow("no data") << QByteArray("{\"detail\": \"Not authenticated\"}");
        QTest::newRow("data not a list") << QByteArray("{\"data\": {\"id\": \"x\"}}");
        QTest::newRow("array") << QByteArray("[]");
    }

    void brokenBodies()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!AirmParser::parseProjects(body));
        QVERIFY(!AirmParser::parseWorkloadList(body));
        QVERIFY(!AirmParser::parseWorkloadMetricsPage(body));
        QVERIFY(!AirmParser::parseClusters(body));
        QVERIFY(!AirmParser::parseGpuDeviceMetric(QStringLiteral("power-usage"), body));
        const auto workload = AirmParser::parseWorkload(body);
        QVERIFY(!workload);
        QCOMPARE(workload.error().kind, ApiError::Kind::Parse);
        QVERIFY(!workload.error().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAirmParser)
#include "tst_airmparser.moc"
