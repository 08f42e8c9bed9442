// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backend.h"

#include <QSet>

namespace Workdeck {

class AiwbBackend;
class AirmBackend;

// AMD AI Workbench with its AIRM companion (a profile with both addresses): AIWB namespaces and
// AIRM projects matched by name (reference section 3); a workload appears once (the same UUID in
// both) with AIWB's endpoints, logs, events and inference metrics and AIRM's cluster, components,
// run time and per-GPU charts; workloads only AIRM knows appear too. Deleting goes to AIWB for
// the workloads it made (it deletes their resources) and to AIRM for the others. If AIRM fails,
// the AIWB view still comes, without AIRM's additions.
class AmdBackend : public Backend
{
    Q_OBJECT
public:
    // Both are owned by the caller and must outlive this backend.
    AmdBackend(AiwbBackend *aiwb, AirmBackend *airm, QObject *parent = nullptr);

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

    // One list from both: AIWB's rows with AIRM's additions, then the rows only AIRM has. Public
    // for tests.
    static QList<Workload> merge(QList<Workload> aiwb, const QList<Workload> &airm, const Project &project);

private:
    bool isAiwbWorkload(const QString &id) const { return m_aiwbWorkloads.contains(id); }

    AiwbBackend *m_aiwb;
    AirmBackend *m_airm;
    QHash<QString, QString> m_airmProjectIdByName;
    QSet<QString> m_aiwbNamespaces;
    QSet<QString> m_aiwbWorkloads; // ids AIWB listed
};

} // namespace Workdeck
