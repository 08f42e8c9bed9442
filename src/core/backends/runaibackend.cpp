// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runaibackend.h"

#include "api/apiclient.h"
#include "api/jsonsupport.h"
#include "backendsupport.h"
#include "logging.h"
#include "logstream.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>

namespace Workdeck {

namespace {

constexpr int pageLimit = 500;    // the API's maximum
constexpr int maximumPages = 400; // 200 000 items: a server whose `next` never ends is cut off

template<typename T> using PageParser = Result<RunAiParser::Page<T>> (*)(const QByteArray &);

// Follows `next` from offset 0 until the end and hands over every item.
template<typename T>
void fetchAllPages(ApiClient *client, const QString &path, const QueryItems &filter, PageParser<T> parser,
                   QObject *context, ResultCallback<QList<T>> done)
{
    struct State
    {
        QList<T> items;
        int pages = 0;
        std::function<void(qint64)> fetch;
    };
    auto state = std::make_shared<State>();
    const QPointer<QObject> guard(context);
    // The request in flight holds the state; fetch holds it weakly, so nothing outlives the answers.
    state->fetch = [client, path, filter, parser, guard, done,
                    weak = std::weak_ptr<State>(state)](qint64 offset) {
        const std::shared_ptr<State> state = weak.lock();
        if (!guard || !state)
            return;
        ApiRequest request;
        request.path = path;
        request.query = filter;
        request.query.append({QStringLiteral("offset"), QString::number(offset)});
        request.query.append({QStringLiteral("limit"), QString::number(pageLimit)});
        const QUrl url = client->urlFor(path);
        client->send(request, guard.data(), [url, parser, done, state](Result<QByteArray> body) {
            Result<RunAiParser::Page<T>> page =
                body ? parser(body.value()) : Result<RunAiParser::Page<T>>(body.error());
            if (!page) {
                ApiError error = page.error();
                if (error.url.isEmpty())
                    error.url = url;
                done(error);
                return;
            }
            const bool empty = page.value().items.isEmpty();
            state->items.append(std::move(page.value().items));
            const std::optional<qint64> next = page.value().next;
            if (next && !empty && ++state->pages < maximumPages) {
                state->fetch(*next);
                return;
            }
            if (next && !empty)
                qCWarning(lcBackend) << "stopped following `next` after" << state->pages << "pages of" << url;
            done(std::move(state->items));
        });
    };
    state->fetch(0);
}

bool matchesLevel(const LogEntry &entry, LogLevel minimum)
{
    return minimum == LogLevel::Trace || logLevelSeverity(entry.level) >= logLevelSeverity(minimum);
}

} // namespace

RunAiBackend::RunAiBackend(ApiClient *client, ApiClient *kubeClient, QObject *parent)
    : Backend(parent)
    , m_client(client)
    , m_kubeClient(kubeClient)
{}

Backend::Capabilities RunAiBackend::capabilities() const
{
    Capabilities capabilities = Capability::Projects | Capability::Workloads | Capability::WorkloadDetails |
                                Capability::Delete | Capability::StopRun | Capability::Events |
                                Capability::Metrics | Capability::Components | Capability::AsyncDelete;
    if (m_kubeClient)
        capabilities |= Capability::Logs | Capability::LogStream | Capability::LogSources;
    return capabilities;
}

QString RunAiBackend::kindName() const
{
    return tr("Run:ai");
}

QUrl RunAiBackend::serverUrl() const
{
    return m_client->baseUrl();
}

QString RunAiBackend::logsUnavailableReason() const
{
    if (m_kubeClient)
        return {};
    return tr("Run:ai's API has no container logs: they come from the cluster's Kubernetes API. Give "
              "its URL (--kube-server) to see them here.");
}

QList<WorkloadField> RunAiBackend::availableFields() const
{
    return {WorkloadField::Name,        WorkloadField::Type,        WorkloadField::Status,
            WorkloadField::Project,     WorkloadField::Department,  WorkloadField::Gpus,
            WorkloadField::Vram,        WorkloadField::Cpu,         WorkloadField::Memory,
            WorkloadField::Pods,        WorkloadField::Preemptible, WorkloadField::NodePools,
            WorkloadField::CreatedBy,   WorkloadField::CreatedAt,   WorkloadField::UpdatedAt,
            WorkloadField::Connections, WorkloadField::Id,          WorkloadField::Actions};
}

QStringList RunAiBackend::metricNames() const
{
    return {QStringLiteral("GPU_UTILIZATION"),
            QStringLiteral("GPU_MEMORY_USAGE_BYTES"),
            QStringLiteral("GPU_UTILIZATION_PER_GPU"),
            QStringLiteral("GPU_MEMORY_USAGE_BYTES_PER_GPU"),
            QStringLiteral("CPU_USAGE_CORES"),
            QStringLiteral("CPU_MEMORY_USAGE_BYTES"),
            QStringLiteral("POD_COUNT"),
            QStringLiteral("RUNNING_POD_COUNT")};
}

QList<MetricChart> RunAiBackend::metricCharts() const
{
    QList<MetricChart> charts;
    MetricChart utilization;
    utilization.key = QStringLiteral("gpu_utilization");
    utilization.title = tr("GPU utilization");
    utilization.unit = QStringLiteral("%");
    utilization.metrics = {QStringLiteral("GPU_UTILIZATION_PER_GPU")};
    utilization.perDevice = true;
    charts << utilization;
    MetricChart memory;
    memory.key = QStringLiteral("gpu_memory");
    memory.title = tr("GPU memory used");
    memory.unit = tr("GB");
    memory.metrics = {QStringLiteral("GPU_MEMORY_USAGE_BYTES_PER_GPU")};
    memory.scale = 1.0 / (1024.0 * 1024.0 * 1024.0);
    memory.perDevice = true;
    charts << memory;
    MetricChart cpu;
    cpu.key = QStringLiteral("cpu_utilization");
    cpu.title = tr("CPU usage");
    cpu.unit = tr("cores");
    cpu.metrics = {QStringLiteral("CPU_USAGE_CORES")};
    charts << cpu;
    MetricChart cpuMemory;
    cpuMemory.key = QStringLiteral("cpu_memory");
    cpuMemory.title = tr("CPU memory");
    cpuMemory.unit = tr("GB");
    cpuMemory.metrics = {QStringLiteral("CPU_MEMORY_USAGE_BYTES")};
    cpuMemory.scale = 1.0 / (1024.0 * 1024.0 * 1024.0);
    charts << cpuMemory;
    MetricChart pods;
    pods.key = QStringLiteral("pods");
    pods.title = tr("Pods");
    pods.unit = tr("pods");
    pods.metrics = {QStringLiteral("POD_COUNT"), QStringLiteral("RUNNING_POD_COUNT")};
    charts << pods;
    return charts;
}

QList<MetricTile> RunAiBackend::metricTiles() const
{
    return {};
}

QList<WorkloadType> RunAiBackend::workloadTypes() const
{
    return workloadTypesOf(ApiDialect::RunAi);
}

QList<WorkloadStatus> RunAiBackend::workloadStatuses() const
{
    QList<WorkloadStatus> statuses = workloadStatusesOf(ApiDialect::RunAi);
    statuses.append(WorkloadStatus::Deleted); // the Deleted view (deleted=true)
    return statuses;
}

void RunAiBackend::listProjects(QObject *context, ResultCallback<QList<Project>> done)
{
    fetchAllPages<Project>(m_client, QStringLiteral("/api/v1/org-unit/projects"), {},
                           &RunAiParser::parseProjects, context, std::move(done));
}

void RunAiBackend::rememberTypes(const QList<Workload> &workloads)
{
    for (const Workload &workload : workloads) {
        if (!workload.rawType.isEmpty())
            m_typeById.insert(workload.id, workload.rawType);
    }
}

void RunAiBackend::fetchWorkloadPages(const QueryItems &filter, bool deleted, QObject *context,
                                      ResultCallback<QList<Workload>> done)
{
    QueryItems query = filter;
    if (deleted)
        query.append({QStringLiteral("deleted"), QStringLiteral("true")});
    fetchAllPages<Workload>(m_client, QStringLiteral("/api/v1/workloads"), query,
                            &RunAiParser::parseWorkloadPage, context,
                            [deleted, done](Result<QList<Workload>> list) {
                                if (list && deleted) {
                                    for (Workload &workload : list.value())
                                        workload.status = WorkloadStatus::Deleted;
                                }
                                done(std::move(list));
                            });
}

void RunAiBackend::listWorkloads(const Project &project, const WorkloadListQuery &query, QObject *context,
                                 ResultCallback<QList<Workload>> done)
{
    // filterBy conditions are one comma-separated parameter (explode: false), ANDed.
    QStringList conditions;
    if (!project.id.isEmpty())
        conditions << QStringLiteral("projectId==%1").arg(project.id);
    // Every status means the deleted ones too (as AIWB lists them): the table's Deleted view is a
    // filter over the same list. Run:ai keeps them apart, behind deleted=true.
    QSet<WorkloadStatus> liveStatuses = query.statuses;
    const bool wantsDeleted = query.statuses.isEmpty() || liveStatuses.remove(WorkloadStatus::Deleted);
    const bool wantsLive = query.statuses.isEmpty() || !liveStatuses.isEmpty();
    if (liveStatuses.size() == 1) {
        const QString phase = workloadStatusToApiString(ApiDialect::RunAi, *liveStatuses.cbegin());
        if (!phase.isEmpty())
            conditions << QStringLiteral("phase==%1").arg(phase);
    }
    QueryItems filter;
    if (!conditions.isEmpty())
        filter.append({QStringLiteral("filterBy"), conditions.join(QLatin1Char(','))});

    // The total comes from its own route; it is kept for the pager and to check the paging.
    ApiRequest countRequest;
    countRequest.path = QStringLiteral("/api/v1/workloads/count");
    countRequest.query = filter;
    m_client->send(countRequest, context, [this](Result<QByteArray> body) {
        const Result<qint64> count =
            body ? RunAiParser::parseCount(body.value()) : Result<qint64>(body.error());
        if (count)
            m_lastCount = count.value();
        else
            qCInfo(lcBackend).noquote() << "workload count unavailable:" << count.error().toString();
    });

    struct Job
    {
        int pending = 0;
        QList<Workload> workloads;
        std::optional<ApiError> error;
        ResultCallback<QList<Workload>> done;
    };
    auto job = std::make_shared<Job>();
    job->done = std::move(done);
    job->pending = int(wantsLive) + int(wantsDeleted);
    const QSet<WorkloadType> types = query.types;
    const QSet<WorkloadStatus> statuses = query.statuses;
    const auto finish = [this, job, types, statuses](Result<QList<Workload>> list) {
        if (list)
            job->workloads.append(list.value());
        else if (!job->error)
            job->error = list.error();
        if (--job->pending > 0)
            return;
        if (job->error) {
            job->done(*job->error);
            return;
        }
        // Types are free text on the server, and several phases cannot be ORed in filterBy.
        job->workloads.removeIf([&](const Workload &w) {
            return (!types.isEmpty() && !types.contains(w.type)) ||
                   (!statuses.isEmpty() && !statuses.contains(w.status));
        });
        rememberTypes(job->workloads);
        job->done(std::move(job->workloads));
    };
    if (wantsLive)
        fetchWorkloadPages(filter, false, context, finish);
    if (wantsDeleted) {
        QueryItems deletedFilter;
        if (!project.id.isEmpty())
            deletedFilter.append(
                {QStringLiteral("filterBy"), QStringLiteral("projectId==%1").arg(project.id)});
        fetchWorkloadPages(deletedFilter, true, context, finish);
    }
}

void RunAiBackend::fetchWorkloadAndPods(
    const WorkloadRef &ref, QObject *context,
    std::function<void(Result<Workload>, Result<QList<WorkloadComponent>>)> done)
{
    // The workload (with its namespace) and its pods (their own, paged route): both at once.
    struct Job
    {
        std::optional<Result<Workload>> workload;
        std::optional<Result<QList<WorkloadComponent>>> pods;
    };
    auto job = std::make_shared<Job>();
    const auto finish = [job, done = std::move(done)] {
        if (job->workload && job->pods)
            done(std::move(*job->workload), std::move(*job->pods));
    };
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/workloads/%1").arg(pathSegment(ref.workloadId));
    m_client->send(request, context,
                   parsingCallback<Workload>(&RunAiParser::parseWorkload, context,
                                             m_client->urlFor(request.path),
                                             [job, finish](Result<Workload> workload) {
                                                 job->workload = std::move(workload);
                                                 finish();
                                             }));
    fetchAllPages<WorkloadComponent>(
        m_client, QStringLiteral("/api/v1/workloads/%1/pods").arg(pathSegment(ref.workloadId)), {},
        &RunAiParser::parsePods, context, [job, finish](Result<QList<WorkloadComponent>> pods) {
            job->pods = std::move(pods);
            finish();
        });
}

void RunAiBackend::listPods(const WorkloadRef &ref, QObject *context, ResultCallback<PodSet> done)
{
    fetchWorkloadAndPods(ref, context,
                         [this, id = ref.workloadId, done = std::move(done)](
                             Result<Workload> workload, Result<QList<WorkloadComponent>> pods) {
                             if (!workload) {
                                 done(workload.error());
                                 return;
                             }
                             if (!pods) {
                                 done(pods.error());
                                 return;
                             }
                             const PodSet set{workload.value().namespaceName, pods.value()};
                             m_podsByWorkload.insert(id, set);
                             done(set);
                         });
}

void RunAiBackend::getWorkload(const WorkloadRef &ref, QObject *context, ResultCallback<Workload> done)
{
    fetchWorkloadAndPods(
        ref, context,
        [this, id = ref.workloadId, done = std::move(done)](Result<Workload> fetched,
                                                            Result<QList<WorkloadComponent>> pods) {
            if (!fetched) {
                done(fetched.error());
                return;
            }
            Workload workload = fetched.value();
            if (pods) {
                workload.components = pods.value();
                m_podsByWorkload.insert(id, PodSet{workload.namespaceName, workload.components});
            } else {
                // The details are still worth showing without their pods.
                qCInfo(lcBackend).noquote() << "pods unavailable:" << pods.error().toString();
            }
            rememberTypes({workload});
            done(std::move(workload));
        });
}

void RunAiBackend::fetchLogs(const WorkloadRef &ref, const LogQuery &query, QObject *context,
                             ResultCallback<LogPage> done)
{
    if (query.events) {
        // The event history: phase updates and Kubernetes events, one page per call.
        ApiRequest request;
        request.path = QStringLiteral("/api/v1/workloads/%1/history").arg(pathSegment(ref.workloadId));
        request.query = {
            {QStringLiteral("offset"), query.pageToken.isEmpty() ? QStringLiteral("0") : query.pageToken},
            {QStringLiteral("limit"), QString::number(qBound(1, query.limit, pageLimit))}};
        const LogLevel minimum = query.minimumLevel;
        m_client->send(request, context,
                       parsingCallback<LogPage>(
                           [minimum](const QByteArray &body) -> Result<LogPage> {
                               Result<RunAiParser::Page<LogEntry>> page = RunAiParser::parseHistory(body);
                               if (!page)
                                   return page.error();
                               LogPage result;
                               for (const LogEntry &entry : std::as_const(page.value().items)) {
                                   if (matchesLevel(entry, minimum))
                                       result.entries.append(entry);
                               }
                               result.hasMore =
                                   page.value().next.has_value() && !page.value().items.isEmpty();
                               if (result.hasMore)
                                   result.pageToken = QString::number(*page.value().next);
                               return result;
                           },
                           context, m_client->urlFor(request.path), std::move(done)));
        return;
    }
    if (!m_kubeClient) {
        ApiError error;
        error.kind = ApiError::Kind::Http;
        error.message = logsUnavailableReason();
        later(context, [done, error] { done(error); });
        return;
    }
    if (!query.pageToken.isEmpty()) {
        // Kubernetes has no older pages: the first answer was all there is in the range.
        later(context, [done] { done(LogPage{}); });
        return;
    }
    listPods(ref, context, [this, query, context, done](Result<PodSet> pods) {
        if (!pods) {
            done(pods.error());
            return;
        }
        QList<WorkloadComponent> chosen;
        for (const WorkloadComponent &pod : pods.value().pods) {
            if (query.pod.isEmpty() ? pod.status.compare(u"Pending", Qt::CaseInsensitive) != 0
                                    : pod.name == query.pod)
                chosen.append(pod);
        }
        if (chosen.isEmpty()) {
            if (query.pod.isEmpty()) {
                done(LogPage{}); // no pod has started yet
            } else {
                ApiError error;
                error.kind = ApiError::Kind::NotFound;
                error.message = tr("The workload has no pod “%1” (any more).").arg(query.pod);
                done(error);
            }
            return;
        }
        struct Job
        {
            int pending = 0;
            QList<LogEntry> entries;
            std::optional<ApiError> error;
            int failures = 0;
        };
        auto job = std::make_shared<Job>();
        job->pending = int(chosen.size());
        const bool merged = chosen.size() > 1 || query.pod.isEmpty();
        const int total = int(chosen.size());
        for (const WorkloadComponent &pod : std::as_const(chosen)) {
            ApiRequest request;
            request.path = QStringLiteral("/api/v1/namespaces/%1/pods/%2/log")
                               .arg(pathSegment(pods.value().namespaceName), pathSegment(pod.name));
            request.query = {{QStringLiteral("timestamps"), QStringLiteral("true")}};
            if (!query.container.isEmpty() && !merged)
                request.query.append({QStringLiteral("container"), query.container});
            if (query.previousContainer && !merged)
                request.query.append({QStringLiteral("previous"), QStringLiteral("true")});
            if (query.start.isValid())
                request.query.append({QStringLiteral("sinceTime"), kubernetesTime(query.start)});
            if (query.backward && query.limit > 0)
                request.query.append({QStringLiteral("tailLines"), QString::number(query.limit)});
            QString label = pod.name;
            if (!query.container.isEmpty() && !merged)
                label += QLatin1Char('/') + query.container;
            const QDateTime end = query.end;
            const LogLevel minimum = query.minimumLevel;
            m_kubeClient->send(
                request, context, [job, done, label, end, minimum, total](Result<QByteArray> body) {
                    if (body) {
                        const QString text = QString::fromUtf8(body.value());
                        for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
                            LogEntry entry = RunAiParser::parseKubernetesLogLine(line, label);
                            if (end.isValid() && entry.timestamp.isValid() && entry.timestamp > end)
                                continue;
                            if (matchesLevel(entry, minimum))
                                job->entries.append(entry);
                        }
                    } else {
                        ++job->failures;
                        if (!job->error)
                            job->error = body.error();
                    }
                    if (--job->pending > 0)
                        return;
                    // One pod that cannot be read (a container still starting) does not hide the others.
                    if (job->failures == total) {
                        done(*job->error);
                        return;
                    }
                    std::stable_sort(job->entries.begin(), job->entries.end(),
                                     [](const LogEntry &a, const LogEntry &b) {
                                         return isoTimestampToMicros(a.rawTimestamp) <
                                                isoTimestampToMicros(b.rawTimestamp);
                                     });
                    LogPage page;
                    page.entries = std::move(job->entries);
                    done(std::move(page));
                });
        }
    });
}

LogStream *RunAiBackend::openLogStream(const WorkloadRef &ref, const LogStreamQuery &query, QObject *parent)
{
    if (!m_kubeClient) {
        ApiError refused;
        refused.kind = ApiError::Kind::Http;
        refused.message = logsUnavailableReason();
        return new LogStream(nullptr, refused, parent);
    }
    const auto known = m_podsByWorkload.constFind(ref.workloadId);
    if (known == m_podsByWorkload.cend()) {
        // The pods are not known yet: look them up now; the tail service's retry finds them.
        listPods(ref, this, [](Result<PodSet>) {});
        ApiError refused;
        refused.kind = ApiError::Kind::Network;
        refused.message = tr("looking up the workload's pods");
        return new LogStream(nullptr, refused, parent);
    }
    QList<LogStream::TextSource> sources;
    const bool merged = query.pod.isEmpty();
    for (const WorkloadComponent &pod : known->pods) {
        if (merged ? pod.status.compare(u"Pending", Qt::CaseInsensitive) == 0 : pod.name != query.pod)
            continue;
        ApiRequest request;
        request.path = QStringLiteral("/api/v1/namespaces/%1/pods/%2/log")
                           .arg(pathSegment(known->namespaceName), pathSegment(pod.name));
        request.query = {{QStringLiteral("follow"), QStringLiteral("true")},
                         {QStringLiteral("timestamps"), QStringLiteral("true")}};
        QString label = pod.name;
        if (!merged && !query.container.isEmpty()) {
            request.query.append({QStringLiteral("container"), query.container});
            label += QLatin1Char('/') + query.container;
        }
        if (!query.resumeFromTimestamp.isEmpty()) {
            // sinceTime has whole seconds: the boundary repeats lines, which the tail drops.
            const QDateTime since = Json::parseDateTime(query.resumeFromTimestamp);
            if (since.isValid())
                request.query.append({QStringLiteral("sinceTime"), kubernetesTime(since)});
        } else {
            request.query.append({QStringLiteral("tailLines"), QStringLiteral("100")});
        }
        LogStream::TextSource source;
        source.label = label;
        source.reply = m_kubeClient->openStream(request, &source.refused);
        sources.append(source);
    }
    if (sources.isEmpty() && !merged) {
        ApiError refused;
        refused.kind = ApiError::Kind::NotFound;
        refused.message = tr("The workload has no pod “%1” (any more).").arg(query.pod);
        return new LogStream(nullptr, refused, parent);
    }
    return new LogStream(sources, parent);
}

void RunAiBackend::fetchMetric(const WorkloadRef &ref, const MetricQuery &query, QObject *context,
                               ResultCallback<MetricResult> done)
{
    QueryItems params = {{QStringLiteral("metricType"), query.metric},
                         {QStringLiteral("start"), query.start.toUTC().toString(Qt::ISODateWithMs)},
                         {QStringLiteral("end"), query.end.toUTC().toString(Qt::ISODateWithMs)},
                         {QStringLiteral("numberOfSamples"), QString::number(m_metricSamples)}};
    const QString metric = query.metric;
    if (!metric.endsWith(u"_PER_GPU")) {
        ApiRequest request;
        request.path = QStringLiteral("/api/v1/workloads/%1/metrics").arg(pathSegment(ref.workloadId));
        request.query = params;
        m_client->send(
            request, context,
            parsingCallback<MetricResult>(
                [metric](const QByteArray &body) { return RunAiParser::parseMetrics(metric, body); }, context,
                m_client->urlFor(request.path), std::move(done)));
        return;
    }
    // Per-GPU series come from each pod's route.
    fetchAllPages<WorkloadComponent>(
        m_client, QStringLiteral("/api/v1/workloads/%1/pods").arg(pathSegment(ref.workloadId)), {},
        &RunAiParser::parsePods, context,
        [this, ref, params, metric, context, done](Result<QList<WorkloadComponent>> pods) {
            if (!pods) {
                done(pods.error());
                return;
            }
            QList<WorkloadComponent> withId;
            for (const WorkloadComponent &pod : pods.value()) {
                if (!pod.id.isEmpty())
                    withId.append(pod);
            }
            if (withId.isEmpty()) {
                MetricResult empty;
                empty.name = metric;
                done(empty);
                return;
            }
            struct Job
            {
                int pending = 0;
                MetricResult result;
                std::optional<ApiError> error;
            };
            auto job = std::make_shared<Job>();
            job->pending = int(withId.size());
            job->result.name = metric;
            const bool label = withId.size() > 1;
            for (const WorkloadComponent &pod : std::as_const(withId)) {
                ApiRequest request;
                request.path = QStringLiteral("/api/v1/workloads/%1/pods/%2/metrics")
                                   .arg(pathSegment(ref.workloadId), pathSegment(pod.id));
                request.query = params;
                const QString prefix = label ? pod.name : QString();
                m_client->send(request, context, [job, done, metric, prefix](Result<QByteArray> body) {
                    const Result<MetricResult> part =
                        body ? RunAiParser::parseMetrics(metric, body.value(), prefix)
                             : Result<MetricResult>(body.error());
                    if (part) {
                        MetricResult &result = job->result;
                        result.series.append(part.value().series);
                        if (!result.rangeStart.isValid() || (part.value().rangeStart.isValid() &&
                                                             part.value().rangeStart < result.rangeStart))
                            result.rangeStart = part.value().rangeStart;
                        if (part.value().rangeEnd > result.rangeEnd)
                            result.rangeEnd = part.value().rangeEnd;
                        if (result.intervalSeconds == 0)
                            result.intervalSeconds = part.value().intervalSeconds;
                    } else if (!job->error) {
                        job->error = part.error();
                    }
                    if (--job->pending > 0)
                        return;
                    if (job->result.series.isEmpty() && job->error)
                        done(*job->error);
                    else
                        done(job->result);
                });
            }
        });
}

QString RunAiBackend::kubernetesTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

} // namespace Workdeck
