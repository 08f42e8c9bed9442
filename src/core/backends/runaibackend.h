// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "api/runaiparser.h"
#include "backend.h"

#include <QHash>
#include <QPointer>

namespace Workdeck {

class ApiClient;

// The Run:ai control-plane API (/api/v1/...): projects, workloads paged over `next`, details with
// pods, the event history, metrics (also per GPU from the pod route), and Stop / Run / Delete
// through /api/v1/workloads/batch (the typed routes where a control plane has no batch route).
// Container logs are not in that API: they come from the cluster's Kubernetes API when a client for
// it is given (pod logs, merged across pods, the previous container); otherwise the backend has no
// Logs capability and says why.
class RunAiBackend : public Backend
{
    Q_OBJECT
public:
    // The clients are not owned and must outlive the backend; kubeClient may be null.
    explicit RunAiBackend(ApiClient *client, ApiClient *kubeClient = nullptr, QObject *parent = nullptr);

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
    // With no status asked for, the live workloads and the deleted ones (deleted=true), so the
    // table's Deleted view has them; asked for Deleted alone, only those.
    void listWorkloads(const Project &project, const WorkloadListQuery &query, QObject *context,
                       ResultCallback<QList<Workload>> done) override;
    void getWorkload(const WorkloadRef &ref, QObject *context, ResultCallback<Workload> done) override;
    // Actions asked for in the same event-loop turn go out as one batch request (at most 100 ids
    // each); every caller gets its own workload's outcome.
    void deleteWorkload(const WorkloadRef &ref, QObject *context, ResultCallback<Done> done) override;
    void setWorkloadRunning(const WorkloadRef &ref, bool running, QObject *context,
                            ResultCallback<Done> done) override;
    void fetchLogs(const WorkloadRef &ref, const LogQuery &query, QObject *context,
                   ResultCallback<LogPage> done) override;
    LogStream *openLogStream(const WorkloadRef &ref, const LogStreamQuery &query, QObject *parent) override;
    void fetchMetric(const WorkloadRef &ref, const MetricQuery &query, QObject *context,
                     ResultCallback<MetricResult> done) override;

    // The pods of a workload and its namespace (for the log source picker).
    struct PodSet
    {
        QString namespaceName;
        QList<WorkloadComponent> pods;
    };
    void listPods(const WorkloadRef &ref, QObject *context, ResultCallback<PodSet> done);

    // The count /api/v1/workloads/count gave with the last list (-1 before any).
    qint64 lastWorkloadCount() const { return m_lastCount; }
    // Samples asked per metric query (numberOfSamples, at most 1000).
    void setMetricSamples(int samples) { m_metricSamples = qBound(1, samples, 1000); }
    // Kubernetes sinceTime: RFC 3339 in whole seconds, UTC.
    static QString kubernetesTime(const QDateTime &time);

private:
    void fetchWorkloadAndPods(const WorkloadRef &ref, QObject *context,
                              std::function<void(Result<Workload>, Result<QList<WorkloadComponent>>)> done);
    enum class BatchAction
    {
        Delete,
        Suspend,
        Resume
    };
    struct PendingAction
    {
        QString workloadId;
        QPointer<QObject> context;
        ResultCallback<Done> done;
    };
    void queueAction(BatchAction action, const WorkloadRef &ref, QObject *context, ResultCallback<Done> done);
    void flushActions();
    void sendBatch(BatchAction action, QList<PendingAction> actions);
    void sendTyped(BatchAction action, const PendingAction &pending);
    void sendTypedFor(BatchAction action, const PendingAction &pending, const QString &rawType);
    void fetchWorkloadPages(const QueryItems &filter, bool deleted, QObject *context,
                            ResultCallback<QList<Workload>> done);
    void rememberTypes(const QList<Workload> &workloads);

    ApiClient *m_client;
    ApiClient *m_kubeClient;
    QHash<QString, QString> m_typeById;         // raw Run:ai type, for the typed action routes
    QHash<QString, PodSet> m_podsByWorkload;    // the last pods seen, for log streams
    QHash<int, QList<PendingAction>> m_pending; // by BatchAction
    bool m_flushQueued = false;
    qint64 m_lastCount = -1;
    int m_metricSamples = 120;
};

} // namespace Workdeck
