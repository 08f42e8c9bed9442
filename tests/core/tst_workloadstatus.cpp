// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/workload.h"
#include "domain/workloadstatus.h"
#include "domain/workloadtype.h"

#include <QtTest>

using namespace Workdeck;

Q_DECLARE_METATYPE(Workdeck::ApiDialect)
Q_DECLARE_METATYPE(Workdeck::WorkloadStatus)
Q_DECLARE_METATYPE(Workdeck::WorkloadType)

class TestWorkloadStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusFromString_data();
    void statusFromString();
    void statusRoundTrip();
    void typeFromString_data();
    void typeFromString();
    void unknownKeepsRawText();
    void everyStatusHasLabelAndDescription();
};

void TestWorkloadStatus::statusFromString_data()
{
    QTest::addColumn<ApiDialect>("dialect");
    QTest::addColumn<QString>("text");
    QTest::addColumn<WorkloadStatus>("expected");

    const auto add = [](ApiDialect dialect, const char *name, const char *text, WorkloadStatus status) {
        QTest::addRow("%s-%s", name, text) << dialect << QString::fromLatin1(text) << status;
    };
    // AIWB WorkloadStatus (apps/api/aiwb/app/workloads/enums.py) and the UI union.
    for (auto [text, status] : std::initializer_list<std::pair<const char *, WorkloadStatus>>{
             {"Pending", WorkloadStatus::Pending},
             {"Running", WorkloadStatus::Running},
             {"Complete", WorkloadStatus::Completed},
             {"Failed", WorkloadStatus::Failed},
             {"Deleting", WorkloadStatus::Deleting},
             {"Deleted", WorkloadStatus::Deleted},
             {"Unknown", WorkloadStatus::Unknown},
             {"Degraded", WorkloadStatus::Degraded},
             {"Added", WorkloadStatus::Added}})
        add(ApiDialect::Aiwb, "aiwb", text, status);
    // AIRM WorkloadStatus (apps/api/airm/app/messaging/schemas.py).
    for (auto [text, status] : std::initializer_list<std::pair<const char *, WorkloadStatus>>{
             {"Complete", WorkloadStatus::Completed},
             {"Failed", WorkloadStatus::Failed},
             {"Deleting", WorkloadStatus::Deleting},
             {"DeleteFailed", WorkloadStatus::DeleteFailed},
             {"Deleted", WorkloadStatus::Deleted},
             {"Pending", WorkloadStatus::Pending},
             {"Running", WorkloadStatus::Running},
             {"Terminated", WorkloadStatus::Terminated},
             {"Unknown", WorkloadStatus::Unknown}})
        add(ApiDialect::Airm, "airm", text, status);
    // Run:ai Phase, all 14.
    for (auto [text, status] : std::initializer_list<std::pair<const char *, WorkloadStatus>>{
             {"Creating", WorkloadStatus::Creating},
             {"Initializing", WorkloadStatus::Initializing},
             {"Resuming", WorkloadStatus::Resuming},
             {"Pending", WorkloadStatus::Pending},
             {"Deleting", WorkloadStatus::Deleting},
             {"Running", WorkloadStatus::Running},
             {"Updating", WorkloadStatus::Updating},
             {"Stopped", WorkloadStatus::Stopped},
             {"Stopping", WorkloadStatus::Stopping},
             {"Degraded", WorkloadStatus::Degraded},
             {"Failed", WorkloadStatus::Failed},
             {"Completed", WorkloadStatus::Completed},
             {"Terminating", WorkloadStatus::Terminating},
             {"Unknown", WorkloadStatus::Unknown}})
        add(ApiDialect::RunAi, "runai", text, status);
    add(ApiDialect::Aiwb, "aiwb", "DeleteFailed", WorkloadStatus::Unknown); // not an AIWB word
    add(ApiDialect::Aiwb, "aiwb", "", WorkloadStatus::Unknown);
    add(ApiDialect::Aiwb, "aiwb", "Hibernating", WorkloadStatus::Unknown);
    add(ApiDialect::RunAi, "runai", "running", WorkloadStatus::Running);
}

void TestWorkloadStatus::statusFromString()
{
    QFETCH(ApiDialect, dialect);
    QFETCH(QString, text);
    QFETCH(WorkloadStatus, expected);
    QCOMPARE(workloadStatusFromString(dialect, text), expected);
}

void TestWorkloadStatus::statusRoundTrip()
{
    QCOMPARE(workloadStatusesOf(ApiDialect::Aiwb).size(), 9);
    QCOMPARE(workloadStatusesOf(ApiDialect::Airm).size(), 9);
    QCOMPARE(workloadStatusesOf(ApiDialect::RunAi).size(), 14);
    for (ApiDialect dialect : {ApiDialect::Aiwb, ApiDialect::Airm, ApiDialect::RunAi}) {
        for (WorkloadStatus status : workloadStatusesOf(dialect))
            QCOMPARE(workloadStatusFromString(dialect, workloadStatusToApiString(dialect, status)), status);
    }
    QCOMPARE(workloadStatusToApiString(ApiDialect::Aiwb, WorkloadStatus::Completed),
             QStringLiteral("Complete"));
    QCOMPARE(workloadStatusToApiString(ApiDialect::RunAi, WorkloadStatus::Completed),
             QStringLiteral("Completed"));
    QVERIFY(workloadStatusToApiString(ApiDialect::Aiwb, WorkloadStatus::Stopped).isEmpty());
}

void TestWorkloadStatus::typeFromString_data()
{
    QTest::addColumn<ApiDialect>("dialect");
    QTest::addColumn<QString>("text");
    QTest::addColumn<WorkloadType>("expected");
    QTest::newRow("aiwb inference") << ApiDialect::Aiwb << "INFERENCE" << WorkloadType::Inference;
    QTest::newRow("aiwb fine-tuning") << ApiDialect::Aiwb << "FINE_TUNING" << WorkloadType::FineTuning;
    QTest::newRow("aiwb workspace") << ApiDialect::Aiwb << "WORKSPACE" << WorkloadType::Workspace;
    QTest::newRow("aiwb custom is airm only") << ApiDialect::Aiwb << "CUSTOM" << WorkloadType::Unknown;
    QTest::newRow("airm model download")
        << ApiDialect::Airm << "MODEL_DOWNLOAD" << WorkloadType::ModelDownload;
    QTest::newRow("airm custom") << ApiDialect::Airm << "CUSTOM" << WorkloadType::Custom;
    QTest::newRow("runai workspace") << ApiDialect::RunAi << "Workspace" << WorkloadType::Workspace;
    QTest::newRow("runai training") << ApiDialect::RunAi << "Training" << WorkloadType::Training;
    QTest::newRow("runai distributed")
        << ApiDialect::RunAi << "Distributed" << WorkloadType::DistributedTraining;
    QTest::newRow("runai inference") << ApiDialect::RunAi << "Inference" << WorkloadType::Inference;
    QTest::newRow("runai third-party") << ApiDialect::RunAi << "runai-job" << WorkloadType::Unknown;
    QTest::newRow("empty") << ApiDialect::Airm << "" << WorkloadType::Unknown;
}

void TestWorkloadStatus::typeFromString()
{
    QFETCH(ApiDialect, dialect);
    QFETCH(QString, text);
    QFETCH(WorkloadType, expected);
    QCOMPARE(workloadTypeFromString(dialect, text), expected);
}

void TestWorkloadStatus::unknownKeepsRawText()
{
    Workload workload;
    workload.rawStatus = QStringLiteral("Hibernating");
    workload.status = workloadStatusFromString(ApiDialect::Aiwb, workload.rawStatus);
    workload.rawType = QStringLiteral("EVALUATION_V2");
    workload.type = workloadTypeFromString(ApiDialect::Aiwb, workload.rawType);
    QCOMPARE(workload.statusText(), QStringLiteral("Hibernating"));
    QCOMPARE(workload.typeText(), QStringLiteral("EVALUATION_V2"));
    workload.rawStatus = QStringLiteral("Complete");
    workload.status = WorkloadStatus::Completed;
    QCOMPARE(workload.statusText(), QStringLiteral("Completed"));
}

void TestWorkloadStatus::everyStatusHasLabelAndDescription()
{
    QCOMPARE(allWorkloadStatuses().size(), 18);
    for (WorkloadStatus status : allWorkloadStatuses()) {
        QVERIFY(!workloadStatusLabel(status).isEmpty());
        QVERIFY(!workloadStatusDescription(status).isEmpty());
    }
    QCOMPARE(allWorkloadTypes().size(), 9);
    for (WorkloadType type : allWorkloadTypes())
        QVERIFY(!workloadTypeLabel(type).isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkloadStatus)
#include "tst_workloadstatus.moc"
