// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "amdbackend.h"

#include "airmbackend.h"
#include "aiwbbackend.h"
#include "backendsupport.h"
#include "logging.h"

namespace Workdeck {

namespace {

template<typename T> void appendMissing(QList<T> &list, const QList<T> &more)
{
    for (const T &item : more) {
        if (!list.contains(item))
            list.append(item);
    }
}

bool matches(const Workload &workload, const WorkloadListQuery &query)
{
    return (query.types.isEmpty() || query.types.contains(workload.type)) &&
           (query.statuses.isEmpty() || query.statuses.contains(workload.status));
}

} // namespace

AmdBackend::AmdBackend(AiwbBackend *aiwb, AirmBackend *airm, QObject *parent)
    : Backend(parent)
    , m_aiwb(aiwb)
    , m_airm(airm)
{}

Backend::Capabilities AmdBackend::capabilities() const
{
    return m_aiwb->capabilities() | Capability::Components | Capability::AsyncDelete;
}

QString AmdBackend::kindName() const
{
    return tr("AMD AI Workbench with AIRM");
}

QUrl AmdBackend::serverUrl() const
{
    return m_aiwb->serverUrl();
}

QList<WorkloadField> AmdBackend::availableFields() const
{
    QList<WorkloadField> fields = m_aiwb->availableFields();
    if (!fields.contains(WorkloadField::Cluster))
        fields.insert(fields.indexOf(WorkloadField::Project) + 1, WorkloadField::Cluster);
    return fields;
}

QStringList AmdBackend::metricNames() const
{
    return m_aiwb->metricNames() + m_airm->metricNames();
}

QList<MetricChart> AmdBackend::metricCharts() const
{
    // AIRM's per-GPU charts, then what only AIWB has (GPUs in use, inference); one of each key.
    QList<MetricChart> charts = m_airm->metricCharts();
    QStringList keys;
    for (const MetricChart &chart : std::as_const(charts))
        keys << chart.key;
    const QList<MetricChart> aiwbCharts = m_aiwb->metricCharts();
    for (const MetricChart &chart : aiwbCharts) {
        if (!keys.contains(chart.key) && chart.unavailableReason.isEmpty())
            charts.append(chart);
    }
    return charts;
}

QList<MetricTile> AmdBackend::metricTiles() const
{
    return m_airm->metricTiles() + m_aiwb->metricTiles();
}

QList<WorkloadType> AmdBackend::workloadTypes() const
{
    QList<WorkloadType> types = m_aiwb->workloadTypes();
    appendMissing(types, m_airm->workloadTypes());
    return types;
}

QList<WorkloadStatus> AmdBackend::workloadStatuses() const
{
    QList<WorkloadStatus> statuses = m_aiwb->workloadStatuses();
    appendMissing(statuses, m_airm->workloadStatuses());
    return statuses;
}

void AmdBackend::listProjects(QObject *context, ResultCallback<QList<Project>> done)
{
    struct Job
    {
        std::optional<Result<QList<Project>>> aiwb;
        std::optional<Result<QList<Project>>> airm;
        ResultCallback<QList<Project>> done;
    };
    auto job = std::make_shared<Job>();
    job->done = std::move(done);
    const auto finish = [this, job] {
        if (!job->aiwb || !job->airm)
            return;
        if (!*job->aiwb) {
            job->done(job->aiwb->error());
            return;
        }
        QList<Project> projects = job->aiwb->value();
        m_aiwbNamespaces.clear();
        for (const Project &project : std::as_const(projects))
            m_aiwbNamespaces.insert(project.name);
        if (!*job->airm) {
            qCInfo(lcBackend).noquote() << "AIRM projects unavailable:" << job->airm->error().toString();
            job->done(std::move(projects));
            return;
        }
        // AIRM project name = AIWB namespace name (reference section 3); the AIWB name is the key.
        for (const Project &airm : job->airm->value()) {
            m_airmProjectIdByName.insert(airm.name, airm.id);
            auto it = std::find_if(projects.begin(), projects.end(),
                                   [&airm](const Project &p) { return p.name == airm.name; });
            if (it == projects.end()) {
                Project only = airm;
                only.id = airm.name;
                projects.append(only);
                continue;
            }
            it->description = airm.description;
            it->clusterId = airm.clusterId;
            it->clusterName = airm.clusterName;
            it->status = airm.status;
            it->gpuQuota = airm.gpuQuota;
        }
        job->done(std::move(projects));
    };
    m_aiwb->listProjects(context, [job, finish](Result<QList<Project>> projects) {
        job->aiwb = std::move(projects);
        finish();
    });
    m_airm->listProjects(context, [job, finish](Result<QList<Project>> projects) {
        job->airm = std::move(projects);
        finish();
    });
}

QList<Workload> AmdBackend::merge(QList<Workload> aiwb, const QList<Workload> &airm, const Project &project)
{
    QHash<QString, qsizetype> airmRow;
    airmRow.reserve(airm.size());
    for (qsizetype i = 0; i < airm.size(); ++i)
        airmRow.insert(airm.at(i).id, i);
    QSet<QString> merged;
    for (Workload &workload : aiwb) {
        const auto it = airmRow.constFind(workload.id);
        if (it == airmRow.cend())
            continue;
        const Workload &other = airm.at(*it);
        merged.insert(workload.id);
        workload.clusterId = other.clusterId;
        workload.clusterName = other.clusterName;
        // AIRM's figures are the cluster's own snapshot; AIWB's only cover running workloads.
        if (other.gpusAllocated)
            workload.gpusAllocated = other.gpusAllocated;
        if (other.vramMegabytes)
            workload.vramMegabytes = other.vramMegabytes;
        workload.runTimeSeconds = other.runTimeSeconds;
        if (workload.statusMessage.isEmpty())
            workload.statusMessage = other.statusMessage;
    }
    for (const Workload &other : airm) {
        if (merged.contains(other.id))
            continue;
        Workload only = other;
        only.projectId = project.id;
        only.projectName = project.name;
        aiwb.append(std::move(only));
    }
    return aiwb;
}

void AmdBackend::listWorkloads(const Project &project, const WorkloadListQuery &query, QObject *context,
                               ResultCallback<QList<Workload>> done)
{
    const bool inAiwb = m_aiwbNamespaces.isEmpty() || m_aiwbNamespaces.contains(project.name);
    const QString airmId = m_airmProjectIdByName.value(project.name);
    struct Job
    {
        std::optional<Result<QList<Workload>>> aiwb;
        std::optional<Result<QList<Workload>>> airm;
        ResultCallback<QList<Workload>> done;
    };
    auto job = std::make_shared<Job>();
    job->done = std::move(done);
    if (!inAiwb)
        job->aiwb = QList<Workload>{};
    if (airmId.isEmpty())
        job->airm = QList<Workload>{};
    const auto finish = [this, job, project, query, inAiwb] {
        if (!job->aiwb || !job->airm)
            return;
        if (!*job->aiwb) {
            job->done(job->aiwb->error());
            return;
        }
        if (inAiwb) {
            for (const Workload &workload : job->aiwb->value())
                m_aiwbWorkloads.insert(workload.id);
        }
        QList<Workload> airm;
        if (*job->airm) {
            for (const Workload &workload : job->airm->value()) {
                if (matches(workload, query))
                    airm.append(workload);
            }
        } else {
            qCInfo(lcBackend).noquote() << "AIRM workloads unavailable:" << job->airm->error().toString();
        }
        job->done(merge(std::move(job->aiwb->value()), airm, project));
    };
    if (inAiwb) {
        m_aiwb->listWorkloads(project, query, context, [job, finish](Result<QList<Workload>> list) {
            job->aiwb = std::move(list);
            finish();
        });
    }
    if (!airmId.isEmpty()) {
        m_airm->listProjectWorkloads(airmId, project.name, context,
                                     [job, finish](Result<QList<Workload>> list) {
                                         job->airm = std::move(list);
                                         finish();
                                     });
    }
    if (!inAiwb && airmId.isEmpty())
        later(context, finish);
}

void AmdBackend::getWorkload(const WorkloadRef &ref, QObject *context, ResultCallback<Workload> done)
{
    struct Job
    {
        std::optional<Result<Workload>> aiwb;
        std::optional<Result<Workload>> airm;
        ResultCallback<Workload> done;
    };
    auto job = std::make_shared<Job>();
    job->done = std::move(done);
    const bool inAiwb = isAiwbWorkload(ref.workloadId);
    if (!inAiwb)
        job->aiwb = Result<Workload>(ApiError::parseError(QString()));
    const auto finish = [job, ref, inAiwb] {
        if (!job->aiwb || !job->airm)
            return;
        if (inAiwb && !*job->aiwb) {
            job->done(job->aiwb->error());
            return;
        }
        if (!inAiwb) {
            if (*job->airm)
                job->airm->value().projectId = ref.projectId;
            job->done(std::move(*job->airm));
            return;
        }
        Workload workload = job->aiwb->value();
        if (*job->airm) {
            const Workload &other = job->airm->value();
            workload.components = other.components;
            workload.clusterId = other.clusterId;
            workload.clusterName = other.clusterName;
            if (workload.statusMessage.isEmpty())
                workload.statusMessage = other.statusMessage;
        }
        job->done(std::move(workload));
    };
    if (inAiwb) {
        m_aiwb->getWorkload(ref, context, [job, finish](Result<Workload> workload) {
            job->aiwb = std::move(workload);
            finish();
        });
    }
    m_airm->getWorkload(ref, context, [job, finish](Result<Workload> workload) {
        job->airm = std::move(workload);
        finish();
    });
}

void AmdBackend::deleteWorkload(const WorkloadRef &ref, QObject *context, ResultCallback<Done> done)
{
    // AIWB deletes the resources of what it made and marks it Deleted; the rest is AIRM's.
    if (isAiwbWorkload(ref.workloadId))
        m_aiwb->deleteWorkload(ref, context, std::move(done));
    else
        m_airm->deleteWorkload(ref, context, std::move(done));
}

void AmdBackend::setWorkloadRunning(const WorkloadRef &ref, bool running, QObject *context,
                                    ResultCallback<Done> done)
{
    m_aiwb->setWorkloadRunning(ref, running, context, std::move(done));
}

void AmdBackend::fetchLogs(const WorkloadRef &ref, const LogQuery &query, QObject *context,
                           ResultCallback<LogPage> done)
{
    if (isAiwbWorkload(ref.workloadId))
        m_aiwb->fetchLogs(ref, query, context, std::move(done));
    else
        m_airm->fetchLogs(ref, query, context, std::move(done));
}

LogStream *AmdBackend::openLogStream(const WorkloadRef &ref, const LogStreamQuery &query, QObject *parent)
{
    return isAiwbWorkload(ref.workloadId) ? m_aiwb->openLogStream(ref, query, parent)
                                          : m_airm->openLogStream(ref, query, parent);
}

void AmdBackend::fetchMetric(const WorkloadRef &ref, const MetricQuery &query, QObject *context,
                             ResultCallback<MetricResult> done)
{
    if (m_airm->metricNames().contains(query.metric))
        m_airm->fetchMetric(ref, query, context, std::move(done));
    else
        m_aiwb->fetchMetric(ref, query, context, std::move(done));
}

} // namespace Workdeck
