// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "airmbackend.h"

#include "api/apiclient.h"
#include "backendsupport.h"
#include "logging.h"
#include "logstream.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Workdeck {

namespace {

constexpr int usagePageSize = 500; // AIRM has no maximum; large pages keep the round trips few
constexpr int maximumUsagePages = 200;

Result<Done> acceptAnyBody(const QByteArray &)
{
    return Done{};
}

QString utcTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

ApiError unsupported(const QString &message)
{
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.message = message;
    return error;
}

} // namespace

AirmBackend::AirmBackend(ApiClient *client, QObject *parent)
    : Backend(parent)
    , m_client(client)
{}

Backend::Capabilities AirmBackend::capabilities() const
{
    return Capability::Projects | Capability::Workloads | Capability::WorkloadDetails | Capability::Delete |
           Capability::AsyncDelete | Capability::Metrics | Capability::Components;
}

QString AirmBackend::kindName() const
{
    return tr("AMD AI Resource Manager");
}

QUrl AirmBackend::serverUrl() const
{
    return m_client->baseUrl();
}

QList<WorkloadField> AirmBackend::availableFields() const
{
    return {WorkloadField::Name,      WorkloadField::Type,      WorkloadField::Status,
            WorkloadField::Project,   WorkloadField::Cluster,   WorkloadField::Gpus,
            WorkloadField::Vram,      WorkloadField::CreatedBy, WorkloadField::CreatedAt,
            WorkloadField::UpdatedAt, WorkloadField::Id,        WorkloadField::Actions};
}

QStringList AirmBackend::gpuDeviceMetrics()
{
    return {QStringLiteral("vram-utilization"), QStringLiteral("junction-temperature"),
            QStringLiteral("power-usage")};
}

QStringList AirmBackend::infoCardMetrics()
{
    return {QStringLiteral("nodes_in_use"), QStringLiteral("gpu_devices_in_use"),
            QStringLiteral("queue_time"), QStringLiteral("running_time")};
}

QStringList AirmBackend::metricNames() const
{
    return gpuDeviceMetrics() + infoCardMetrics();
}

QList<MetricChart> AirmBackend::metricCharts() const
{
    QList<MetricChart> charts;
    MetricChart vram;
    vram.key = QStringLiteral("gpu_memory");
    vram.title = tr("GPU memory (VRAM) used");
    vram.unit = QStringLiteral("%");
    vram.metrics = {QStringLiteral("vram-utilization")};
    vram.perDevice = true;
    charts << vram;
    MetricChart temperature;
    temperature.key = QStringLiteral("gpu_temperature");
    temperature.title = tr("GPU junction temperature");
    temperature.unit = QStringLiteral("°C");
    temperature.metrics = {QStringLiteral("junction-temperature")};
    temperature.perDevice = true;
    charts << temperature;
    MetricChart power;
    power.key = QStringLiteral("gpu_power");
    power.title = tr("GPU power");
    power.unit = tr("W");
    power.metrics = {QStringLiteral("power-usage")};
    power.perDevice = true;
    charts << power;
    MetricChart cpu;
    cpu.key = QStringLiteral("cpu_utilization");
    cpu.title = tr("CPU utilization");
    cpu.unavailableReason = tr("AMD AI Resource Manager has no CPU metrics for workloads.");
    charts << cpu;
    return charts;
}

QList<MetricTile> AirmBackend::metricTiles() const
{
    return {{QStringLiteral("nodes_in_use"), tr("Nodes in use"), QString(), QStringLiteral("nodes_in_use")},
            {QStringLiteral("gpu_devices_in_use"), tr("GPUs in use"), QString(),
             QStringLiteral("gpu_devices_in_use")},
            {QStringLiteral("queue_time"), tr("Time in queue"), tr("min"), QStringLiteral("queue_time"),
             1.0 / 60},
            {QStringLiteral("running_time"), tr("Time running"), tr("h"), QStringLiteral("running_time"),
             1.0 / 3600}};
}

QList<WorkloadType> AirmBackend::workloadTypes() const
{
    return workloadTypesOf(ApiDialect::Airm);
}

QList<WorkloadStatus> AirmBackend::workloadStatuses() const
{
    return workloadStatusesOf(ApiDialect::Airm);
}

QString AirmBackend::logsUnavailableReason() const
{
    return tr("AMD AI Resource Manager has no log API: logs come from AMD AI Workbench. Add the "
              "Workbench's address to this connection to see them.");
}

void AirmBackend::listProjects(QObject *context, ResultCallback<QList<Project>> done)
{
    ApiRequest request;
    request.path = QStringLiteral("/v1/projects/submittable");
    m_client->send(request, context,
                   parsingCallback<QList<Project>>(&AirmParser::parseProjects, context,
                                                   m_client->urlFor(request.path), std::move(done)));
}

void AirmBackend::withClusters(QObject *context, std::function<void()> then)
{
    if (m_clustersKnown) {
        then();
        return;
    }
    m_waitingForClusters.append({QPointer<QObject>(context), std::move(then)});
    if (m_askingClusters)
        return;
    m_askingClusters = true;
    ApiRequest request;
    request.path = QStringLiteral("/v1/clusters");
    m_client->send(request, this, [this](Result<QByteArray> body) {
        const auto clusters = body ? AirmParser::parseClusters(body.value())
                                   : Result<QHash<QString, AirmParser::ClusterInfo>>(body.error());
        m_askingClusters = false;
        if (clusters) {
            m_clusters = clusters.value();
            m_clustersKnown = true;
        } else {
            // Cluster names are a nicety: the rows come without them, and the next list asks again.
            qCInfo(lcBackend).noquote() << "cluster names unavailable:" << clusters.error().toString();
        }
        const auto waiting = std::exchange(m_waitingForClusters, {});
        for (const auto &[context, call] : waiting) {
            if (context)
                call();
        }
    });
}

void AirmBackend::applyCluster(Workload &workload) const
{
    const auto it = m_clusters.constFind(workload.clusterId);
    if (it != m_clusters.cend())
        workload.clusterName = clusterLabel(*it);
}

QString AirmBackend::clusterLabel(const AirmParser::ClusterInfo &cluster)
{
    // AIRM computes it from the agent's heartbeat (5.6): only what is not fine is worth a word.
    if (cluster.status.isEmpty() || cluster.status == u"healthy")
        return cluster.name;
    const QString status = cluster.status == u"unhealthy"   ? tr("unhealthy: no heartbeat for 5 minutes")
                           : cluster.status == u"verifying" ? tr("verifying: no heartbeat yet")
                                                            : cluster.status;
    return tr("%1 (%2)").arg(cluster.name, status);
}

void AirmBackend::fetchUsage(const QString &projectId, QObject *context,
                             std::function<void(QHash<QString, AirmParser::WorkloadUsage>)> done)
{
    struct Job
    {
        QHash<QString, AirmParser::WorkloadUsage> usage;
        std::function<void(QHash<QString, AirmParser::WorkloadUsage>)> done;
        std::function<void(int)> fetchPage;
    };
    auto job = std::make_shared<Job>();
    job->done = std::move(done);
    // Pages one after another: `total` says when to stop (there is no total_pages in AIRM).
    job->fetchPage = [this, projectId, context, weak = std::weak_ptr<Job>(job)](int page) {
        ApiRequest request;
        request.path = QStringLiteral("/v1/projects/%1/workloads/metrics").arg(pathSegment(projectId));
        request.query = {{QStringLiteral("page"), QString::number(page)},
                         {QStringLiteral("page_size"), QString::number(usagePageSize)}};
        auto job = weak.lock();
        m_client->send(request, context, [job, page](Result<QByteArray> body) {
            const auto parsed = body ? AirmParser::parseWorkloadMetricsPage(body.value())
                                     : Result<AirmParser::WorkloadMetricsPage>(body.error());
            if (!parsed) {
                qCInfo(lcBackend).noquote() << "GPU figures unavailable:" << parsed.error().toString();
                job->done({});
                job->fetchPage = nullptr;
                return;
            }
            job->usage.insert(parsed.value().usageById);
            const qint64 seen = qint64(page - 1) * usagePageSize + parsed.value().rows;
            if (parsed.value().rows > 0 && seen < parsed.value().total && page < maximumUsagePages) {
                job->fetchPage(page + 1);
                return;
            }
            job->done(std::move(job->usage));
            job->fetchPage = nullptr; // ends the cycle job -> fetchPage -> job
        });
    };
    job->fetchPage(1);
}

void AirmBackend::listWorkloads(const Project &project, const WorkloadListQuery &query, QObject *context,
                                ResultCallback<QList<Workload>> done)
{
    // AIRM's list has no filters (5.2): the query is applied here.
    listProjectWorkloads(
        project.id, project.name, context, [query, done = std::move(done)](Result<QList<Workload>> list) {
            if (list && (!query.types.isEmpty() || !query.statuses.isEmpty())) {
                QList<Workload> kept;
                for (Workload &workload : list.value()) {
                    if ((query.types.isEmpty() || query.types.contains(workload.type)) &&
                        (query.statuses.isEmpty() || query.statuses.contains(workload.status)))
                        kept.append(std::move(workload));
                }
                done(std::move(kept));
                return;
            }
            done(std::move(list));
        });
}

void AirmBackend::listProjectWorkloads(const QString &projectId, const QString &projectName, QObject *context,
                                       ResultCallback<QList<Workload>> done)
{
    // The list, its GPU figures and the cluster names are asked at once; the list decides.
    struct Job
    {
        std::optional<Result<QList<Workload>>> list;
        std::optional<QHash<QString, AirmParser::WorkloadUsage>> usage;
        bool clustersDone = false;
        ResultCallback<QList<Workload>> done;
    };
    auto job = std::make_shared<Job>();
    job->done = std::move(done);
    const auto finish = [this, job, projectName] {
        if (!job->list || !job->usage || !job->clustersDone)
            return;
        Result<QList<Workload>> result = std::move(*job->list);
        if (result) {
            for (Workload &workload : result.value()) {
                workload.projectName = projectName;
                applyCluster(workload);
                const auto it = job->usage->constFind(workload.id);
                if (it != job->usage->cend()) {
                    workload.gpusAllocated = it->gpuCount;
                    workload.vramMegabytes = it->vramMegabytes;
                    workload.runTimeSeconds = it->runTimeSeconds;
                }
            }
        }
        job->done(std::move(result));
    };
    ApiRequest request;
    request.path = QStringLiteral("/v1/workloads");
    request.query = {{QStringLiteral("project_id"), projectId}};
    m_client->send(request, context,
                   parsingCallback<QList<Workload>>(&AirmParser::parseWorkloadList, context,
                                                    m_client->urlFor(request.path),
                                                    [job, finish](Result<QList<Workload>> list) {
                                                        job->list = std::move(list);
                                                        finish();
                                                    }));
    fetchUsage(projectId, context, [job, finish](QHash<QString, AirmParser::WorkloadUsage> usage) {
        job->usage = std::move(usage);
        finish();
    });
    withClusters(context, [job, finish] {
        job->clustersDone = true;
        finish();
    });
}

void AirmBackend::getWorkload(const WorkloadRef &ref, QObject *context, ResultCallback<Workload> done)
{
    ApiRequest request;
    request.path = QStringLiteral("/v1/workloads/%1").arg(pathSegment(ref.workloadId));
    const QUrl url = m_client->urlFor(request.path);
    m_client->send(
        request, context,
        parsingCallback<Workload>(&AirmParser::parseWorkload, context, url,
                                  [this, context, done = std::move(done)](Result<Workload> workload) {
                                      if (!workload) {
                                          done(std::move(workload));
                                          return;
                                      }
                                      withClusters(context, [this, workload = std::move(workload.value()),
                                                             done]() mutable {
                                          applyCluster(workload);
                                          done(std::move(workload));
                                      });
                                  }));
}

void AirmBackend::deleteWorkload(const WorkloadRef &ref, QObject *context, ResultCallback<Done> done)
{
    // 204 at once; the status goes Deleting, then Deleted or DeleteFailed (5.4). 409 on repeat.
    ApiRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/v1/workloads/%1").arg(pathSegment(ref.workloadId));
    m_client->send(
        request, context,
        parsingCallback<Done>(&acceptAnyBody, context, m_client->urlFor(request.path), std::move(done)));
}

void AirmBackend::setWorkloadRunning(const WorkloadRef &, bool, QObject *context, ResultCallback<Done> done)
{
    // capabilities() does not offer it: AIRM has no stop or resume route.
    const ApiError error = unsupported(tr("AMD AI Resource Manager cannot stop or run workloads."));
    later(context, [done, error] { done(error); });
}

void AirmBackend::fetchLogs(const WorkloadRef &, const LogQuery &, QObject *context,
                            ResultCallback<LogPage> done)
{
    const ApiError error = unsupported(logsUnavailableReason());
    later(context, [done, error] { done(error); });
}

LogStream *AirmBackend::openLogStream(const WorkloadRef &, const LogStreamQuery &, QObject *parent)
{
    return new LogStream(nullptr, unsupported(logsUnavailableReason()), parent);
}

void AirmBackend::fetchMetric(const WorkloadRef &ref, const MetricQuery &query, QObject *context,
                              ResultCallback<MetricResult> done)
{
    const QString base = QStringLiteral("/v1/workloads/%1/metrics").arg(pathSegment(ref.workloadId));
    ApiRequest request;
    const QString metric = query.metric;
    if (gpuDeviceMetrics().contains(metric)) {
        request.path = base + QStringLiteral("/gpu-devices/") + metric;
        request.query = {{QStringLiteral("start"), utcTimestamp(query.start)},
                         {QStringLiteral("end"), utcTimestamp(query.end)}};
        m_client->send(
            request, context,
            parsingCallback<MetricResult>(
                [metric](const QByteArray &body) { return AirmParser::parseGpuDeviceMetric(metric, body); },
                context, m_client->urlFor(request.path), std::move(done)));
        return;
    }
    if (infoCardMetrics().contains(metric)) {
        request.path = base;
        m_client->send(request, context,
                       parsingCallback<MetricResult>(
                           [metric](const QByteArray &body) -> Result<MetricResult> {
                               const auto card = AirmParser::parseInfoCard(body);
                               if (!card)
                                   return card.error();
                               MetricResult result;
                               result.name = metric;
                               result.scalar = metric == u"nodes_in_use" ? card.value().nodesInUse
                                               : metric == u"gpu_devices_in_use"
                                                   ? card.value().gpuDevicesInUse
                                               : metric == u"queue_time" ? card.value().queueSeconds
                                                                         : card.value().runningSeconds;
                               return result;
                           },
                           context, m_client->urlFor(request.path), std::move(done)));
        return;
    }
    const ApiError error = unsupported(tr("AMD AI Resource Manager has no metric “%1”.").arg(metric));
    later(context, [done, error] { done(error); });
}

} // namespace Workdeck
