// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/aiwbparser.h"
#include "backend.h"

namespace Workdeck {

class ApiClient;

// The AMD AI Workbench API (/v1/namespaces/...): namespaces as projects, workloads, synchronous
// delete, paged logs and events, the live log stream, and per-workload metrics.
class AiwbBackend : public Backend
{
    Q_OBJECT
public:
    // The client is not owned; it must outlive the backend.
    explicit AiwbBackend(ApiClient *client, QObject *parent = nullptr);

    Capabilities capabilities() const override;
    QString kindName() const override;
    QUrl serverUrl() const override;
    QList<WorkloadField> availableFields() const override;
    QStringList metricNames() const override;
    QList<MetricChart> metricCharts() const override;
    QList<MetricTile> metricTiles() const override;
    QList<WorkloadType> workloadTypes() const override;
    QList<WorkloadStatus> workloadStatuses() const override;

    void listProjects(QObject *context, ResultCallback<QList<Project>> done) override;
    std::optional<Project> projectBeforeListing(const QString &idOrName) const override;
    void listWorkloads(const Project &project, const WorkloadListQuery &query, QObject *context,
                       ResultCallback<QList<Workload>> done) override;
    bool listFirstWorkloads(const Project &project, int count, Qt::SortOrder order, QObject *context,
                            ResultCallback<WorkloadPage> done) override;
    void getWorkload(const WorkloadRef &ref, QObject *context, ResultCallback<Workload> done) override;
    void deleteWorkload(const WorkloadRef &ref, QObject *context, ResultCallback<Done> done) override;
    void setWorkloadRunning(const WorkloadRef &ref, bool running, QObject *context,
                            ResultCallback<Done> done) override;
    void fetchLogs(const WorkloadRef &ref, const LogQuery &query, QObject *context,
                   ResultCallback<LogPage> done) override;
    LogStream *openLogStream(const WorkloadRef &ref, const LogStreamQuery &query, QObject *parent) override;
    void fetchMetric(const WorkloadRef &ref, const MetricQuery &query, QObject *context,
                     ResultCallback<MetricResult> done) override;

    // The stream honours only a naive start_time, read as UTC (reference 4.8): "…T09:20:11.402113".
    static QString naiveUtcTimestamp(const QString &timestamp);
    // Aware timestamps for query parameters, always in the Z form.
    static QString utcTimestamp(const QDateTime &time);

private:
    QString workloadPath(const WorkloadRef &ref) const;
    // One page of /v1/namespaces/{NS}/metrics; page 1 also asks for the rest. pageDone(morePages,
    // usage) is called once per page (usage empty when the page failed).
    void
    fetchGpuUsage(const Project &project, int page, QObject *context,
                  std::function<void(int, const QHash<QString, AiwbParser::WorkloadGpuUsage> &)> pageDone);

    ApiClient *m_client;
};

} // namespace Workdeck
