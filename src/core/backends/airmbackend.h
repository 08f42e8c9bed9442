// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/airmparser.h"
#include "backend.h"

namespace Workdeck {

class ApiClient;

// The AMD AI Resource Manager API (reference section 5): member projects with cluster and quota,
// workloads enriched with GPUs, VRAM and run time from the project's metrics table and with their
// cluster's name, details with components, asynchronous delete (Deleting → Deleted or Delete
// failed), per-GPU timeseries and the info card. AIRM has no logs (5.7).
class AirmBackend : public Backend
{
    Q_OBJECT
public:
    // The client is not owned; it must outlive the backend.
    explicit AirmBackend(ApiClient *client, QObject *parent = nullptr);

    Capabilities capabilities() const override;
    QString kindName() const override;
    QUrl serverUrl() const override;
    QList<WorkloadField> availableFields() const override;
    QStringList metricNames() const override;
    QList<MetricChart> metricCharts() const override;
    QList<MetricTile> metricTiles() const override;
    QList<WorkloadType> workloadTypes() const override;
    QList<WorkloadStatus> workloadStatuses() const override;
    QString logsUnavailableReason() const override;

    void listProjects(QObject *context, ResultCallback<QList<Project>> done) override;
    void listWorkloads(const Project &project, const WorkloadListQuery &query, QObject *context,
                       ResultCallback<QList<Workload>> done) override;
    void getWorkload(const WorkloadRef &ref, QObject *context, ResultCallback<Workload> done) override;
    void deleteWorkload(const WorkloadRef &ref, QObject *context, ResultCallback<Done> done) override;
    void setWorkloadRunning(const WorkloadRef &ref, bool running, QObject *context,
                            ResultCallback<Done> done) override;
    void fetchLogs(const WorkloadRef &ref, const LogQuery &query, QObject *context,
                   ResultCallback<LogPage> done) override;
    LogStream *openLogStream(const WorkloadRef &ref, const LogStreamQuery &query, QObject *parent) override;
    void fetchMetric(const WorkloadRef &ref, const MetricQuery &query, QObject *context,
                     ResultCallback<MetricResult> done) override;

    // The per-GPU timeseries and the info card's figures, as metric names.
    static QStringList gpuDeviceMetrics();
    static QStringList infoCardMetrics();
    // The cluster's name, with its status when it is not healthy ("cluster1 (unhealthy: …)").
    static QString clusterLabel(const AirmParser::ClusterInfo &cluster);
    // The workloads of the project by its AIRM id (UUID), enriched; for the combined AMD backend.
    void listProjectWorkloads(const QString &projectId, const QString &projectName, QObject *context,
                              ResultCallback<QList<Workload>> done);

private:
    // Cluster id -> name and status, asked once and then kept (clusters rarely change).
    void withClusters(QObject *context, std::function<void()> then);
    void applyCluster(Workload &workload) const;
    // Every page of /v1/projects/{pid}/workloads/metrics (GPU, VRAM, run time by workload id);
    // done(empty) when the figures are unavailable: the list comes without them.
    void fetchUsage(const QString &projectId, QObject *context,
                    std::function<void(QHash<QString, AirmParser::WorkloadUsage>)> done);

    ApiClient *m_client;
    QHash<QString, AirmParser::ClusterInfo> m_clusters;
    bool m_clustersKnown = false;
    QList<std::pair<QPointer<QObject>, std::function<void()>>> m_waitingForClusters;
    bool m_askingClusters = false;
};

} // namespace Workdeck
