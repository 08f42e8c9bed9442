// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The AIRM backend, and AIWB with AIRM combined, end to end against the sandbox over loopback
// HTTP: projects, enriched lists, details with components, the asynchronous delete and its 409,
// per-GPU metrics and the info card, errors; the merge shows each workload once.

#include "api/apiclient.h"
#include "backends/airmbackend.h"
#include "backends/aiwbbackend.h"
#include "backends/amdbackend.h"
#include "backends/logstream.h"
#include "sandboxconnection.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Workdeck;

class TestAirmBackend : public QObject
{
    Q_OBJECT

    std::unique_ptr<Test::SandboxConnection> m_connection;
    std::unique_ptr<AirmBackend> m_airm;
    std::unique_ptr<AirmBackend> m_companion; // for the combined backend
    std::unique_ptr<AmdBackend> m_amd;

    Test::SandboxConnection &c() { return *m_connection; }

    Result<QList<Project>> projects(Backend &backend)
    {
        return c().wait<QList<Project>>([&](QObject *context, ResultCallback<QList<Project>> done) {
            backend.listProjects(context, done);
        });
    }

    Project projectNamed(Backend &backend, const QString &name)
    {
        const auto list = projects(backend);
        if (list) {
            for (const Project &project : list.value()) {
                if (project.name == name)
                    return project;
            }
        }
        return {};
    }

    Result<QList<Workload>> workloads(Backend &backend, const Project &project,
                                      const WorkloadListQuery &query = {})
    {
        return c().wait<QList<Workload>>([&](QObject *context, ResultCallback<QList<Workload>> done) {
            backend.listWorkloads(project, query, context, done);
        });
    }

    Result<Workload> details(Backend &backend, const WorkloadRef &ref)
    {
        return c().wait<Workload>([&](QObject *context, ResultCallback<Workload> done) {
            backend.getWorkload(ref, context, done);
        });
    }

    Result<Done> remove(Backend &backend, const WorkloadRef &ref)
    {
        return c().wait<Done>(
            [&](QObject *context, ResultCallback<Done> done) { backend.deleteWorkload(ref, context, done); });
    }

    Result<MetricResult> metric(Backend &backend, const WorkloadRef &ref, const QString &name)
    {
        MetricQuery query;
        query.metric = name;
        query.end = QDateTime::currentDateTimeUtc();
        query.start = query.end.addSecs(-3600);
        return c().wait<MetricResult>([&](QObject *context, ResultCallback<MetricResult> done) {
            backend.fetchMetric(ref, query, context, done);
        });
    }

    static const Workload *byTitle(const QList<Workload> &list, const QString &title, WorkloadStatus status)
    {
        for (const Workload &workload : list) {
            if (workload.title() == title && workload.status == status)
                return &workload;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        Sandbox::SandboxOptions options;
        options.workloadCount = 30;
        options.seed = 7;
        m_connection = std::make_unique<Test::SandboxConnection>(options);
        QVERIFY(c().isListening());
        m_airm = std::make_unique<AirmBackend>(&c().client());
        m_companion = std::make_unique<AirmBackend>(&c().client());
        m_amd = std::make_unique<AmdBackend>(&c().backend(), m_companion.get());
    }

    void cleanup()
    {
        m_amd.reset();
        m_companion.reset();
        m_airm.reset();
        m_connection.reset();
    }

    void projectsWithClusterAndQuota()
    {
        const auto list = projects(*m_airm);
        QVERIFY2(list, list ? "" : qPrintable(list.error().toString()));
        QCOMPARE(list.value().size(), 3);
        const Project &first = list.value().at(0);
        QVERIFY(!QUuid::fromString(first.id).isNull()); // AIRM projects are UUIDs
        QCOMPARE(first.clusterName, QStringLiteral("sandbox-cluster"));
        QVERIFY(first.gpuQuota.value_or(0) > 0);
        QCOMPARE(m_airm->kindName(), QStringLiteral("AMD AI Resource Manager"));
        QVERIFY(m_airm->has(Backend::Capability::Components));
        QVERIFY(m_airm->has(Backend::Capability::AsyncDelete));
        QVERIFY(!m_airm->has(Backend::Capability::Logs));
        QVERIFY(!m_airm->logsUnavailableReason().isEmpty());
    }

    void enrichedList()
    {
        const Project rd = projectNamed(*m_airm, QStringLiteral("research-and-development"));
        QVERIFY(!rd.id.isEmpty());
        const auto list = workloads(*m_airm, rd);
        QVERIFY2(list, list ? "" : qPrintable(list.error().toString()));
        QSet<QString> ids;
        bool sawRunningWithGpus = false;
        for (const Workload &workload : list.value()) {
            ids.insert(workload.id);
            QCOMPARE(workload.projectId, rd.id);
            QCOMPARE(workload.projectName, rd.name);
            QCOMPARE(workload.clusterName, QStringLiteral("sandbox-cluster")); // from /v1/clusters
            if (workload.status == WorkloadStatus::Running && workload.gpusAllocated.value_or(0) > 0) {
                sawRunningWithGpus = true;
                QVERIFY(workload.vramMegabytes.value_or(0) > 0);
                QVERIFY(workload.runTimeSeconds.has_value());
            }
        }
        QCOMPARE(ids.size(), list.value().size());
        QVERIFY(sawRunningWithGpus);
        // The types and statuses only AIRM has come through the core tables.
        QVERIFY(byTitle(list.value(), QStringLiteral("download-llama-3.1-8b-instruct"),
                        WorkloadStatus::Completed));
        const Workload *custom =
            byTitle(list.value(), QStringLiteral("nightly-eval-harness"), WorkloadStatus::Terminated);
        QVERIFY(custom);
        QCOMPARE(custom->type, WorkloadType::Custom);

        // The list has no filters in AIRM: the query is applied here.
        WorkloadListQuery query;
        query.statuses = {WorkloadStatus::Running};
        const auto running = workloads(*m_airm, rd, query);
        QVERIFY(running);
        QVERIFY(!running.value().isEmpty());
        for (const Workload &workload : running.value())
            QCOMPARE(workload.status, WorkloadStatus::Running);
    }

    void detailsWithComponents()
    {
        const Project rd = projectNamed(*m_airm, QStringLiteral("research-and-development"));
        const auto list = workloads(*m_airm, rd);
        QVERIFY(list);
        const Workload *failed = nullptr;
        for (const Workload &workload : list.value()) {
            if (workload.type == WorkloadType::FineTuning && workload.status == WorkloadStatus::Failed)
                failed = &workload;
        }
        QVERIFY(failed);
        const auto workload = details(*m_airm, WorkloadRef::of(*failed));
        QVERIFY2(workload, workload ? "" : qPrintable(workload.error().toString()));
        QCOMPARE(workload.value().components.size(), 2);
        QCOMPARE(workload.value().components.at(0).kind, QStringLiteral("Job"));
        QVERIFY(workload.value().statusMessage.contains(QStringLiteral("BackoffLimitExceeded")));
        QCOMPARE(workload.value().clusterName, QStringLiteral("sandbox-cluster"));

        // An unknown workload: AIRM's 404 in words.
        const auto missing =
            details(*m_airm, {rd.id, QStringLiteral("00000000-0000-4000-8000-000000000000")});
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ApiError::Kind::NotFound);
        QVERIFY(missing.error().toString().contains(QStringLiteral("not accessible")));
    }

    void asynchronousDelete()
    {
        const Project rd = projectNamed(*m_airm, QStringLiteral("research-and-development"));
        auto list = workloads(*m_airm, rd);
        QVERIFY(list);
        const Workload *target =
            byTitle(list.value(), QStringLiteral("Jupyterlab Workspace"), WorkloadStatus::Running);
        QVERIFY(target);
        const WorkloadRef ref = WorkloadRef::of(*target);
        QVERIFY(remove(*m_airm, ref));
        // At once: Deleting; asked again: 409, which the window words as "already being deleted".
        QCOMPARE(details(*m_airm, ref).value().status, WorkloadStatus::Deleting);
        const auto again = remove(*m_airm, ref);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ApiError::Kind::Conflict);
        // Then Deleted, a few (simulated) seconds later.
        QTRY_COMPARE_WITH_TIMEOUT(details(*m_airm, ref).value().status, WorkloadStatus::Deleted, 15000);
        const auto deleted = remove(*m_airm, ref);
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().kind, ApiError::Kind::Conflict);

        // The failed fine-tuning job's delete fails in the sandbox: Delete failed, and it may be retried.
        const Workload *stuck = nullptr;
        for (const Workload &workload : list.value()) {
            if (workload.type == WorkloadType::FineTuning && workload.status == WorkloadStatus::Failed)
                stuck = &workload;
        }
        QVERIFY(stuck);
        const WorkloadRef stuckRef = WorkloadRef::of(*stuck); // (the list is replaced below)
        QVERIFY(remove(*m_airm, stuckRef));
        QTRY_COMPARE_WITH_TIMEOUT(details(*m_airm, stuckRef).value().status, WorkloadStatus::DeleteFailed,
                                  15000);
        list = workloads(*m_airm, rd);
        QVERIFY(list);
        for (const Workload &workload : list.value()) {
            if (workload.id == stuckRef.workloadId)
                QVERIFY(workload.supportedActions.testFlag(WorkloadAction::Delete));
        }
    }

    void gpuMetricsAndInfoCard()
    {
        const Project rd = projectNamed(*m_airm, QStringLiteral("research-and-development"));
        const auto list = workloads(*m_airm, rd);
        QVERIFY(list);
        const Workload *running = nullptr;
        for (const Workload &workload : list.value()) {
            if (workload.status == WorkloadStatus::Running && workload.gpusAllocated.value_or(0) > 0)
                running = &workload;
        }
        QVERIFY(running);
        const WorkloadRef ref = WorkloadRef::of(*running);
        for (const QString &name : AirmBackend::gpuDeviceMetrics()) {
            const auto result = metric(*m_airm, ref, name);
            QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
            QCOMPARE(result.value().series.size(), int(running->gpusAllocated.value()));
            QVERIFY(result.value().series.at(0).label.contains(QStringLiteral("GPU")));
            QVERIFY(!result.value().series.at(0).points.isEmpty());
        }
        const auto temperature = metric(*m_airm, ref, QStringLiteral("junction-temperature"));
        for (const MetricPoint &point : temperature.value().series.at(0).points) {
            if (point.value)
                QVERIFY(*point.value > 20 && *point.value < 110);
        }
        const auto gpus = metric(*m_airm, ref, QStringLiteral("gpu_devices_in_use"));
        QVERIFY(gpus);
        QVERIFY(gpus.value().isScalar());
        QCOMPARE(gpus.value().scalar, running->gpusAllocated);
        const auto runningTime = metric(*m_airm, ref, QStringLiteral("running_time"));
        QVERIFY(runningTime && runningTime.value().scalar.value_or(-1) >= 0);
        const auto unknown = metric(*m_airm, ref, QStringLiteral("no-such-metric"));
        QVERIFY(!unknown);
    }

    void errorsAndNoLogs()
    {
        const Project rd = projectNamed(*m_airm, QStringLiteral("research-and-development"));
        // 5xx: retryable, said in words.
        Sandbox::FaultOptions faults;
        faults.errorRate = 1.0;
        c().sandbox().setFaults(faults);
        const auto failing = workloads(*m_airm, rd);
        QVERIFY(!failing);
        QVERIFY(failing.error().isRetryable());
        c().sandbox().setFaults({});
        // A wrong token: 401.
        ApiClient wrong(&c().network(), c().sandbox().baseUrl());
        wrong.setTokenSource(std::make_shared<StaticTokenSource>(QStringLiteral("not-the-token")));
        AirmBackend refused(&wrong);
        const auto denied = projects(refused);
        QVERIFY(!denied);
        QCOMPARE(denied.error().kind, ApiError::Kind::Unauthorized);
        // A project id that is not a member's: AIRM's 403.
        Project stranger;
        stranger.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
        const auto forbidden = workloads(*m_airm, stranger);
        QVERIFY(!forbidden);
        QCOMPARE(forbidden.error().kind, ApiError::Kind::Forbidden);
        // No logs in AIRM: the reason, not a request.
        const auto logs = c().wait<LogPage>([&](QObject *context, ResultCallback<LogPage> done) {
            m_airm->fetchLogs({rd.id, QStringLiteral("x")}, {}, context, done);
        });
        QVERIFY(!logs);
        QCOMPARE(logs.error().message, m_airm->logsUnavailableReason());
    }

    void combinedShowsEachWorkloadOnce()
    {
        const auto list = projects(*m_amd);
        QVERIFY(list);
        QCOMPARE(list.value().size(), 3);
        const Project &rd = list.value().at(0);
        QCOMPARE(rd.id, rd.name);                                    // AIWB's key: the namespace name
        QCOMPARE(rd.clusterName, QStringLiteral("sandbox-cluster")); // from AIRM
        const auto merged = workloads(*m_amd, rd);
        QVERIFY2(merged, merged ? "" : qPrintable(merged.error().toString()));
        const auto aiwbOnly = c().workloads(rd.name);
        QVERIFY(aiwbOnly);
        QSet<QString> ids;
        for (const Workload &workload : merged.value())
            ids.insert(workload.id);
        QCOMPARE(ids.size(), merged.value().size());                  // once each
        QCOMPARE(merged.value().size(), aiwbOnly.value().size() + 2); // plus AIRM's own two
        const Workload *workspace =
            byTitle(merged.value(), QStringLiteral("Jupyterlab Workspace"), WorkloadStatus::Running);
        QVERIFY(workspace);
        QVERIFY(workspace->canOpenWorkspace());                              // AIWB's endpoints
        QCOMPARE(workspace->clusterName, QStringLiteral("sandbox-cluster")); // AIRM's cluster
        QVERIFY(workspace->runTimeSeconds.has_value());                      // AIRM's run time
        QCOMPARE(workspace->projectId, rd.name);
        const Workload *download = byTitle(merged.value(), QStringLiteral("download-llama-3.1-8b-instruct"),
                                           WorkloadStatus::Completed);
        QVERIFY(download);
        QCOMPARE(download->projectId, rd.name); // AIRM-only rows carry the AIWB project key
        QVERIFY(m_amd->availableFields().contains(WorkloadField::Cluster));
        QVERIFY(m_amd->has(Backend::Capability::Logs));
        QVERIFY(m_amd->has(Backend::Capability::Components));

        // Details: AIWB's workload with AIRM's components.
        const auto detail = details(*m_amd, WorkloadRef::of(*workspace));
        QVERIFY(detail);
        QVERIFY(detail.value().canOpenWorkspace());
        QVERIFY(!detail.value().components.isEmpty());
        // Logs of an AIWB workload come from AIWB; an AIRM-only one says why there are none.
        LogQuery query;
        query.end = QDateTime::currentDateTimeUtc();
        query.start = query.end.addSecs(-3600);
        const auto logs = c().wait<LogPage>([&](QObject *context, ResultCallback<LogPage> done) {
            m_amd->fetchLogs(WorkloadRef::of(*workspace), query, context, done);
        });
        QVERIFY2(logs, logs ? "" : qPrintable(logs.error().toString()));
        const auto none = c().wait<LogPage>([&](QObject *context, ResultCallback<LogPage> done) {
            m_amd->fetchLogs(WorkloadRef::of(*download), query, context, done);
        });
        QVERIFY(!none);
        // Per-GPU charts from AIRM, inference charts from AIWB.
        QStringList keys;
        for (const MetricChart &chart : m_amd->metricCharts())
            keys << chart.key;
        QVERIFY(keys.contains(QStringLiteral("gpu_temperature")));
        QVERIFY(keys.contains(QStringLiteral("requests")));
        QCOMPARE(keys.count(QStringLiteral("gpu_memory")), 1);

        // Delete: AIWB's own workload through AIWB (synchronous), an AIRM-only one through AIRM.
        QVERIFY(remove(*m_amd, WorkloadRef::of(*workspace)));
        QCOMPARE(details(*m_amd, WorkloadRef::of(*workspace)).value().status, WorkloadStatus::Deleted);
        QVERIFY(remove(*m_amd, WorkloadRef::of(*download)));
        QCOMPARE(details(*m_amd, WorkloadRef::of(*download)).value().status, WorkloadStatus::Deleting);
    }

    void combinedWithoutAirm()
    {
        // AIRM unreachable: the AIWB view still comes, without AIRM's additions.
        ApiClient dead(&c().network(), QUrl(QStringLiteral("http://127.0.0.1:1")));
        dead.setTokenSource(std::make_shared<StaticTokenSource>(c().sandbox().token()));
        AirmBackend airm(&dead);
        AmdBackend amd(&c().backend(), &airm);
        const auto list = projects(amd);
        QVERIFY2(list, list ? "" : qPrintable(list.error().toString()));
        QCOMPARE(list.value().size(), 3);
        const auto rows = workloads(amd, list.value().at(0));
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), c().workloads(list.value().at(0).name).value().size());
    }

    void clusterStatusIsShownWhenNotHealthy()
    {
        QCOMPARE(AirmBackend::clusterLabel({QStringLiteral("cluster1"), QStringLiteral("healthy")}),
                 QStringLiteral("cluster1"));
        QCOMPARE(AirmBackend::clusterLabel({QStringLiteral("cluster1"), QString()}),
                 QStringLiteral("cluster1"));
        QVERIFY(AirmBackend::clusterLabel({QStringLiteral("cluster2"), QStringLiteral("unhealthy")})
                    .startsWith(QStringLiteral("cluster2 (unhealthy")));
        QVERIFY(AirmBackend::clusterLabel({QStringLiteral("cluster3"), QStringLiteral("verifying")})
                    .startsWith(QStringLiteral("cluster3 (verifying")));
        QCOMPARE(AirmBackend::clusterLabel({QStringLiteral("c4"), QStringLiteral("degraded")}),
                 QStringLiteral("c4 (degraded)")); // a status this version does not know: as sent
    }

    void mergeKeepsOrderAndPrefersAirmFigures()
    {
        Workload a;
        a.id = QStringLiteral("a");
        a.gpusAllocated = 1;
        Workload b;
        b.id = QStringLiteral("b");
        Workload airmA = a;
        airmA.gpusAllocated = 4;
        airmA.clusterName = QStringLiteral("c1");
        airmA.statusMessage = QStringLiteral("why");
        Workload airmOnly;
        airmOnly.id = QStringLiteral("z");
        Project project;
        project.id = project.name = QStringLiteral("team");
        const QList<Workload> merged = AmdBackend::merge({a, b}, {airmOnly, airmA}, project);
        QCOMPARE(merged.size(), 3);
        QCOMPARE(merged.at(0).id, QStringLiteral("a"));
        QCOMPARE(merged.at(0).gpusAllocated, std::optional<double>(4));
        QCOMPARE(merged.at(0).clusterName, QStringLiteral("c1"));
        QCOMPARE(merged.at(0).statusMessage, QStringLiteral("why"));
        QCOMPARE(merged.at(1).id, QStringLiteral("b"));
        QCOMPARE(merged.at(2).id, QStringLiteral("z"));
        QCOMPARE(merged.at(2).projectId, QStringLiteral("team"));
    }
};

QTEST_GUILESS_MAIN(TestAirmBackend)
#include "tst_airmbackend.moc"
