// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aiwbbackend.h"

#include "api/aiwbparser.h"
#include "api/apiclient.h"
#include "api/jsonsupport.h"
#include "backendsupport.h"
#include "logging.h"
#include "logstream.h"

#include <QCoreApplication>

#include <algorithm>

namespace Workdeck {

namespace {

constexpr int tablePageSizeLimit = 100; // the most rows a page of the namespace's table has

Result<Done> acceptAnyBody(const QByteArray &)
{
    return Done{};
}

} // namespace

AiwbBackend::AiwbBackend(ApiClient *client, QObject *parent)
    : Backend(parent)
    , m_client(client)
{}

Backend::Capabilities AiwbBackend::capabilities() const
{
    return Capability::Projects | Capability::Workloads | Capability::WorkloadDetails | Capability::Delete |
           Capability::Logs | Capability::LogStream | Capability::Events | Capability::Metrics;
}

QString AiwbBackend::kindName() const
{
    return QCoreApplication::translate("AiwbBackend", "AMD AI Workbench");
}

QUrl AiwbBackend::serverUrl() const
{
    return m_client->baseUrl();
}

QList<WorkloadField> AiwbBackend::availableFields() const
{
    return {WorkloadField::Name,        WorkloadField::Type,      WorkloadField::Status,
            WorkloadField::Project,     WorkloadField::Gpus,      WorkloadField::Vram,
            WorkloadField::CreatedBy,   WorkloadField::CreatedAt, WorkloadField::UpdatedAt,
            WorkloadField::Connections, WorkloadField::Id,        WorkloadField::Actions};
}

QStringList AiwbBackend::metricNames() const
{
    return {QStringLiteral("gpu_device_utilization"),
            QStringLiteral("gpu_memory_utilization"),
            QStringLiteral("requests"),
            QStringLiteral("time_to_first_token_seconds"),
            QStringLiteral("inter_token_latency_seconds"),
            QStringLiteral("e2e_request_latency_seconds"),
            QStringLiteral("max_requests"),
            QStringLiteral("min_requests"),
            QStringLiteral("avg_requests"),
            QStringLiteral("total_requests"),
            QStringLiteral("kv_cache_usage"),
            QStringLiteral("total_tokens")};
}

QList<MetricChart> AiwbBackend::metricCharts() const
{
    QList<MetricChart> charts;
    MetricChart utilization;
    utilization.key = QStringLiteral("gpu_utilization");
    utilization.title = tr("GPU utilization");
    utilization.unavailableReason =
        tr("AMD AI Workbench reports how many GPUs a workload uses, not how busy each "
           "one is: see “GPUs in use”.");
    charts << utilization;
    MetricChart devices;
    devices.key = QStringLiteral("gpus_in_use");
    devices.title = tr("GPUs in use");
    devices.unit = tr("GPUs");
    devices.metrics = {QStringLiteral("gpu_device_utilization")};
    charts << devices;
    MetricChart memory;
    memory.key = QStringLiteral("gpu_memory");
    memory.title = tr("GPU memory used");
    memory.unit = tr("GB");
    memory.metrics = {QStringLiteral("gpu_memory_utilization")};
    memory.scale = 1.0 / 1024.0; // the API sends MB
    charts << memory;
    MetricChart cpu;
    cpu.key = QStringLiteral("cpu_utilization");
    cpu.title = tr("CPU utilization");
    cpu.unavailableReason = tr("AMD AI Workbench has no CPU metrics for workloads.");
    charts << cpu;
    MetricChart cpuMemory;
    cpuMemory.key = QStringLiteral("cpu_memory");
    cpuMemory.title = tr("CPU memory");
    cpuMemory.unavailableReason = cpu.unavailableReason;
    charts << cpuMemory;
    MetricChart requests;
    requests.key = QStringLiteral("requests");
    requests.title = tr("Requests");
    requests.unit = tr("requests");
    requests.metrics = {QStringLiteral("requests")};
    requests.inferenceOnly = true;
    charts << requests;
    MetricChart latency;
    latency.key = QStringLiteral("latency");
    latency.title = tr("Latency");
    latency.unit = tr("s");
    latency.metrics = {QStringLiteral("time_to_first_token_seconds"),
                       QStringLiteral("inter_token_latency_seconds"),
                       QStringLiteral("e2e_request_latency_seconds")};
    latency.inferenceOnly = true;
    charts << latency;
    return charts;
}

QList<MetricTile> AiwbBackend::metricTiles() const
{
    return {{QStringLiteral("total_requests"), tr("Requests served"), QString(),
             QStringLiteral("total_requests"), 1.0, true},
            {QStringLiteral("avg_requests"), tr("Average load"), tr("requests"),
             QStringLiteral("avg_requests"), 1.0, true},
            {QStringLiteral("max_requests"), tr("Peak load"), tr("requests"), QStringLiteral("max_requests"),
             1.0, true},
            {QStringLiteral("kv_cache_usage"), tr("KV cache used"), QStringLiteral("%"),
             QStringLiteral("kv_cache_usage"), 100.0, true},
            {QStringLiteral("total_tokens"), tr("Tokens generated"), QString(),
             QStringLiteral("total_tokens"), 1.0, true}};
}

QList<WorkloadType> AiwbBackend::workloadTypes() const
{
    return workloadTypesOf(ApiDialect::Aiwb);
}

QList<WorkloadStatus> AiwbBackend::workloadStatuses() const
{
    // The statuses the API's enum has (the UI-only Degraded and Added never come from the API).
    return {WorkloadStatus::Pending, WorkloadStatus::Running,  WorkloadStatus::Completed,
            WorkloadStatus::Failed,  WorkloadStatus::Deleting, WorkloadStatus::Deleted,
            WorkloadStatus::Unknown};
}

QString AiwbBackend::workloadPath(const WorkloadRef &ref) const
{
    return QStringLiteral("/v1/namespaces/%1/workloads/%2")
        .arg(pathSegment(ref.projectId), pathSegment(ref.workloadId));
}

void AiwbBackend::listProjects(QObject *context, ResultCallback<QList<Project>> done)
{
    ApiRequest request;
    request.path = QStringLiteral("/v1/namespaces");
    m_client->send(request, context,
                   parsingCallback<QList<Project>>(&AiwbParser::parseNamespaces, context,
                                                   m_client->urlFor(request.path), std::move(done)));
}

std::optional<Project> AiwbBackend::projectBeforeListing(const QString &idOrName) const
{
    // A namespace is known by its name alone (parseNamespaces).
    if (idOrName.isEmpty())
        return std::nullopt;
    Project project;
    project.id = idOrName;
    project.name = idOrName;
    return project;
}

void AiwbBackend::listWorkloads(const Project &project, const WorkloadListQuery &query, QObject *context,
                                ResultCallback<QList<Workload>> done)
{
    ApiRequest request;
    request.path = QStringLiteral("/v1/namespaces/%1/workloads").arg(pathSegment(project.id));
    // Only values AIWB knows may be sent (others are a 422); if none of the wanted ones exists
    // in AIWB, nothing can match.
    bool impossible = false;
    const auto addFilter = [&](const QString &key, QStringList values) {
        const bool wanted = !values.isEmpty();
        values.removeAll(QString());
        if (wanted && values.isEmpty())
            impossible = true;
        values.sort();
        for (const QString &value : std::as_const(values))
            request.query.append({key, value});
    };
    QStringList types;
    for (WorkloadType type : query.types)
        types.append(workloadTypeToApiString(ApiDialect::Aiwb, type));
    addFilter(QStringLiteral("workload_type"), types);
    QStringList statuses;
    for (WorkloadStatus status : query.statuses)
        statuses.append(workloadStatusToApiString(ApiDialect::Aiwb, status));
    addFilter(QStringLiteral("status_filter"), statuses);
    if (impossible) {
        QMetaObject::invokeMethod(
            context, [done] { done(QList<Workload>{}); }, Qt::QueuedConnection);
        return;
    }

    // The list has no GPU figures; the namespace's metrics table has them for running workloads.
    // Both are asked at once; if the figures fail, the list still comes, without them. The pages'
    // figures are kept as parsed (on a worker) and merged where they are applied: for a large list
    // on a worker, which then frees them too. Copied into one table and freed on the GUI thread, the
    // thousands of entries each took the lock of the workers' heap, which a worker parsing the list
    // holds most of the time.
    struct Job
    {
        std::optional<Result<QList<Workload>>> list;
        QList<QHash<QString, AiwbParser::WorkloadGpuUsage>> usagePages;
        int pendingPages = 1;
        ResultCallback<QList<Workload>> done;
    };
    auto job = std::make_shared<Job>();
    job->done = std::move(done);
    const auto finishIfReady = [job, context] {
        if (!job->list || job->pendingPages > 0)
            return;
        Result<QList<Workload>> result = std::move(*job->list);
        job->list.reset();
        const bool noFigures = std::all_of(job->usagePages.cbegin(), job->usagePages.cend(),
                                           [](const auto &page) { return page.isEmpty(); });
        if (!result || noFigures) {
            job->done(std::move(result));
            return;
        }
        // Going through 100,000 workloads is a worker's job.
        const bool large = result.value().size() >= backgroundListThreshold;
        runThen<Result<QList<Workload>>>(
            context, large,
            [result = std::move(result), pages = std::exchange(job->usagePages, {})]() mutable {
                QHash<QString, AiwbParser::WorkloadGpuUsage> usage;
                for (const auto &page : std::as_const(pages))
                    usage.insert(page);
                for (Workload &workload : result.value()) {
                    const auto it = usage.constFind(workload.id);
                    if (it != usage.cend()) {
                        workload.gpusAllocated = it->gpuCount;
                        workload.vramMegabytes = it->vramMegabytes;
                    }
                }
                return std::move(result);
            },
            [job](Result<QList<Workload>> enriched) { job->done(std::move(enriched)); });
    };
    m_client->send(request, context,
                   parsingCallback<QList<Workload>>(&AiwbParser::parseWorkloadList, context,
                                                    m_client->urlFor(request.path),
                                                    [job, finishIfReady](Result<QList<Workload>> list) {
                                                        job->list = std::move(list);
                                                        finishIfReady();
                                                    }));
    fetchGpuUsage(
        project, 1, context,
        [job, finishIfReady](int morePages, const QHash<QString, AiwbParser::WorkloadGpuUsage> &usage) {
            if (!usage.isEmpty())
                job->usagePages.append(usage); // shared, not copied
            job->pendingPages += morePages - 1;
            finishIfReady();
        });
}

bool AiwbBackend::listFirstWorkloads(const Project &project, int count, Qt::SortOrder order, QObject *context,
                                     ResultCallback<WorkloadPage> done)
{
    // The namespace's paged table (the AIWB dashboard's), sorted by the server. Every status is
    // asked for: without a status filter the table leaves the deleted workloads out, and the list
    // has them.
    ApiRequest request;
    request.path = QStringLiteral("/v1/namespaces/%1/metrics").arg(pathSegment(project.id));
    request.query = {{QStringLiteral("page"), QStringLiteral("1")},
                     {QStringLiteral("pageSize"), QString::number(qBound(1, count, tablePageSizeLimit))},
                     {QStringLiteral("sortBy"), QStringLiteral("created_at")},
                     {QStringLiteral("sortOrder"),
                      order == Qt::DescendingOrder ? QStringLiteral("desc") : QStringLiteral("asc")}};
    for (WorkloadStatus status : workloadStatuses())
        request.query.append(
            {QStringLiteral("status_filter"), workloadStatusToApiString(ApiDialect::Aiwb, status)});
    m_client->send(request, context,
                   parsingCallback<WorkloadPage>(
                       [namespaceName = project.id](const QByteArray &body) {
                           return AiwbParser::parseWorkloadTable(body, namespaceName);
                       },
                       context, m_client->urlFor(request.path), std::move(done)));
    return true;
}

void AiwbBackend::fetchGpuUsage(
    const Project &project, int page, QObject *context,
    std::function<void(int, const QHash<QString, AiwbParser::WorkloadGpuUsage> &)> pageDone)
{
    constexpr int pageSize = tablePageSizeLimit;
    static constexpr int maximumPages = 50;
    ApiRequest request;
    request.path = QStringLiteral("/v1/namespaces/%1/metrics").arg(pathSegment(project.id));
    request.query = {{QStringLiteral("page"), QString::number(page)},
                     {QStringLiteral("pageSize"), QString::number(pageSize)},
                     {QStringLiteral("status_filter"), QStringLiteral("Running")}};
    const auto pageParsed = [this, project, page, context,
                             pageDone](const Result<AiwbParser::NamespaceMetricsPage> &parsed) {
        if (!parsed) {
            qCInfo(lcBackend).noquote() << "GPU figures unavailable:" << parsed.error().toString();
            pageDone(0, {});
            return;
        }
        int more = 0;
        if (page == 1) {
            // Ask for the other pages at once.
            const int last = qMin(parsed.value().totalPages, maximumPages);
            for (int next = 2; next <= last; ++next, ++more) {
                fetchGpuUsage(project, next, context,
                              [pageDone](int, const QHash<QString, AiwbParser::WorkloadGpuUsage> &usage) {
                                  pageDone(0, usage);
                              });
            }
        }
        pageDone(more, parsed.value().usageById);
    };
    m_client->send(request, context, [context, pageParsed](Result<QByteArray> body) {
        if (!body) {
            pageParsed(body.error());
            return;
        }
        // On a worker, however small the page: the pages come while the list they go with is
        // parsed, and the GUI thread's allocations for a parse of its own waited on that parse's
        // hold on the allocator (60-150 ms in a refresh of 100,000 workloads).
        runThen<Result<AiwbParser::NamespaceMetricsPage>>(
            context, true,
            [body = std::move(body).value()] { return AiwbParser::parseNamespaceMetrics(body); }, pageParsed);
    });
}

void AiwbBackend::getWorkload(const WorkloadRef &ref, QObject *context, ResultCallback<Workload> done)
{
    ApiRequest request;
    request.path = workloadPath(ref);
    m_client->send(request, context,
                   parsingCallback<Workload>(&AiwbParser::parseWorkload, context,
                                             m_client->urlFor(request.path), std::move(done)));
}

void AiwbBackend::deleteWorkload(const WorkloadRef &ref, QObject *context, ResultCallback<Done> done)
{
    ApiRequest request;
    request.method = "DELETE";
    request.path = workloadPath(ref);
    m_client->send(
        request, context,
        parsingCallback<Done>(&acceptAnyBody, context, m_client->urlFor(request.path), std::move(done)));
}

void AiwbBackend::setWorkloadRunning(const WorkloadRef &ref, bool running, QObject *context,
                                     ResultCallback<Done> done)
{
    Q_UNUSED(ref)
    Q_UNUSED(running)
    // AIWB has no stop or resume endpoint (reference 4.4); capabilities() does not offer it.
    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.message =
        QCoreApplication::translate("AiwbBackend", "AMD AI Workbench cannot stop or run workloads.");
    QMetaObject::invokeMethod(
        context, [done, error] { done(error); }, Qt::QueuedConnection);
}

void AiwbBackend::fetchLogs(const WorkloadRef &ref, const LogQuery &query, QObject *context,
                            ResultCallback<LogPage> done)
{
    ApiRequest request;
    request.path = workloadPath(ref) + QStringLiteral("/logs");
    request.query = {{QStringLiteral("start"), utcTimestamp(query.start)},
                     {QStringLiteral("end"), utcTimestamp(query.end)},
                     {QStringLiteral("limit"), QString::number(query.limit)},
                     {QStringLiteral("direction"),
                      query.backward ? QStringLiteral("backward") : QStringLiteral("forward")}};
    if (!query.pageToken.isEmpty())
        request.query.append({QStringLiteral("page_token"), query.pageToken});
    if (query.minimumLevel != LogLevel::Trace)
        request.query.append({QStringLiteral("level"), logLevelToApiString(query.minimumLevel)});
    if (query.events)
        request.query.append({QStringLiteral("log_type"), QStringLiteral("event")});
    m_client->send(request, context,
                   parsingCallback<LogPage>(&AiwbParser::parseLogPage, context,
                                            m_client->urlFor(request.path), std::move(done)));
}

LogStream *AiwbBackend::openLogStream(const WorkloadRef &ref, const LogStreamQuery &query, QObject *parent)
{
    ApiRequest request;
    request.path = workloadPath(ref) + QStringLiteral("/logs/stream");
    request.query = {{QStringLiteral("delay"), QStringLiteral("1")}};
    if (!query.resumeFromTimestamp.isEmpty())
        request.query.append({QStringLiteral("start_time"), naiveUtcTimestamp(query.resumeFromTimestamp)});
    if (query.minimumLevel != LogLevel::Trace)
        request.query.append({QStringLiteral("level"), logLevelToApiString(query.minimumLevel)});
    if (query.events)
        request.query.append({QStringLiteral("log_type"), QStringLiteral("event")});
    ApiError refused;
    QNetworkReply *reply = m_client->openStream(request, &refused);
    return new LogStream(reply, refused, parent);
}

void AiwbBackend::fetchMetric(const WorkloadRef &ref, const MetricQuery &query, QObject *context,
                              ResultCallback<MetricResult> done)
{
    ApiRequest request;
    request.path = workloadPath(ref) + QStringLiteral("/metrics/") + pathSegment(query.metric);
    request.query = {{QStringLiteral("start"), utcTimestamp(query.start)},
                     {QStringLiteral("end"), utcTimestamp(query.end)}};
    const QString metric = query.metric;
    m_client->send(request, context,
                   parsingCallback<MetricResult>(
                       [metric](const QByteArray &body) { return AiwbParser::parseMetric(metric, body); },
                       context, m_client->urlFor(request.path), std::move(done)));
}

QString AiwbBackend::naiveUtcTimestamp(const QString &timestamp)
{
    QString text = timestamp.trimmed();
    if (text.endsWith(QLatin1Char('Z')) || text.endsWith(QLatin1Char('z'))) {
        text.chop(1);
        return text;
    }
    if (text.endsWith(u"+00:00") || text.endsWith(u"-00:00")) {
        text.chop(6);
        return text;
    }
    const QDateTime parsed = Json::parseDateTime(text);
    if (!parsed.isValid())
        return text;
    if (text.size() > 19 &&
        (text.lastIndexOf(QLatin1Char('+')) > 18 || text.lastIndexOf(QLatin1Char('-')) > 18))
        return parsed.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")); // another offset: convert
    return text;                                                                   // already naive
}

QString AiwbBackend::utcTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace Workdeck
