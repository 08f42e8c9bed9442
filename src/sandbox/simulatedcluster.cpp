// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatedcluster.h"

#include "seeded.h"
#include "simulatedlogs.h"
#include "timeformat.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace Workdeck::Sandbox {

namespace {

using Kind = SimWorkload::Kind;
using Seeded::mix;

constexpr qint64 second = 1000000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

const QStringList users = {QStringLiteral("jane.doe@example.com"), QStringLiteral("raj.patel@example.com"),
                           QStringLiteral("li.wei@example.com"), QStringLiteral("maria.garcia@example.com"),
                           QStringLiteral("system")};

struct Model
{
    const char *shortName; // in display names
    const char *repository;
};

constexpr Model models[] = {
    {"llama-3.1-8b", "meta-llama/Llama-3.1-8B-Instruct"},
    {"mistral-7b", "mistralai/Mistral-7B-Instruct-v0.3"},
    {"qwen2.5-14b", "Qwen/Qwen2.5-14B-Instruct"},
    {"gemma-2-9b", "google/gemma-2-9b-it"},
    {"phi-3-mini", "microsoft/Phi-3-mini-4k-instruct"},
    {"llama-3.1-70b", "meta-llama/Llama-3.1-70B-Instruct"},
    {"deepseek-r1-distill-8b", "deepseek-ai/DeepSeek-R1-Distill-Llama-8B"},
};
constexpr int modelCount = int(sizeof(models) / sizeof(models[0]));

QString shortModelName(int index)
{
    return QString::fromLatin1(models[index % modelCount].shortName);
}

const QString workloadsHost = QStringLiteral("https://workloads.sandbox.example.com");

// The URL suffix AIWB adds per workspace chart (workspaces/enums.py).
QString endpointSuffix(Kind kind)
{
    switch (kind) {
    case Kind::Jupyter:
        return QStringLiteral("/lab");
    case Kind::VsCode:
        return QStringLiteral("/?folder=/workload");
    default:
        return {};
    }
}

QString chartOf(Kind kind)
{
    switch (kind) {
    case Kind::Jupyter:
        return QStringLiteral("dev-workspace-jupyterlab");
    case Kind::VsCode:
        return QStringLiteral("dev-workspace-vscode");
    case Kind::Inference:
        return QStringLiteral("llm-inference-vllm");
    case Kind::FineTuning:
        return QStringLiteral("llm-finetune-silogen");
    }
    return {};
}

QString typeOf(Kind kind)
{
    return kind == Kind::Inference    ? QStringLiteral("INFERENCE")
           : kind == Kind::FineTuning ? QStringLiteral("FINE_TUNING")
                                      : QStringLiteral("WORKSPACE");
}

// AIWB's generate_workload_name: wb-<chart>-<unix seconds>-<first 4 of the id>.
QString workloadName(const SimWorkload &w)
{
    return QStringLiteral("wb-%1-%2-%3").arg(w.chartName).arg(w.createdMicros / second).arg(w.id.left(4));
}

} // namespace

QString SimWorkload::statusAt(qint64 micros) const
{
    if (deletedMicros && micros >= deletedMicros)
        return QStringLiteral("Deleted");
    if (endMicros && micros >= endMicros)
        return endStatus;
    if (runningMicros && micros >= runningMicros)
        return QStringLiteral("Running");
    return QStringLiteral("Pending");
}

bool SimWorkload::isRunningAt(qint64 micros) const
{
    return runningMicros && micros >= runningMicros && (!endMicros || micros < endMicros) &&
           (!deletedMicros || micros < deletedMicros);
}

SimulatedCluster::SimulatedCluster(const Options &options)
    : m_options(options)
    , m_namespaces(options.namespaces)
{
    if (m_namespaces.isEmpty())
        m_namespaces = {QStringLiteral("research-and-development"), QStringLiteral("vision-team"),
                        QStringLiteral("team-nlp")};
    if (!(m_options.timeScale > 0))
        m_options.timeScale = 1.0;
    m_workloads.reserve(qMax(m_options.workloadCount, 0));
    for (int n = 0; n < m_namespaces.size() && int(m_workloads.size()) < m_options.workloadCount; ++n)
        addShowcase(m_namespaces.at(n), n);
    for (int i = int(m_workloads.size()); i < m_options.workloadCount; ++i)
        addRandom(i);
    m_indexById.reserve(m_workloads.size());
    for (qsizetype i = 0; i < m_workloads.size(); ++i) {
        m_indexById.insert(m_workloads.at(i).id, i);
        m_byNamespace[m_workloads.at(i).namespaceName].append(i);
    }
    // A table without ORDER BY: rows come back in an order of the database's own, not sorted.
    const quint64 salt = mix(m_options.seed ^ 0x0dbULL);
    for (QList<qsizetype> &rows : m_byNamespace) {
        std::sort(rows.begin(), rows.end(),
                  [salt](qsizetype a, qsizetype b) { return mix(salt, quint64(a)) < mix(salt, quint64(b)); });
    }
}

qint64 SimulatedCluster::nowMicros() const
{
    return now().toMSecsSinceEpoch() * 1000;
}

QDateTime SimulatedCluster::now() const
{
    return m_options.clock ? m_options.clock() : QDateTime::currentDateTimeUtc();
}

QString SimulatedCluster::makeId(quint64 salt) const
{
    // A v4-looking UUID: 32 hex digits from two hashes, version 4, variant 8-b, lowercase.
    const quint64 halves[2] = {mix(m_options.seed, salt), mix(mix(m_options.seed, salt), salt + 1)};
    static const char digits[] = "0123456789abcdef";
    char hex[32];
    for (int i = 0; i < 32; ++i)
        hex[i] = digits[(halves[i / 16] >> (60 - 4 * (i % 16))) & 15];
    hex[12] = '4';
    hex[16] = "89ab"[halves[1] % 4];
    QString id(36, Qt::Uninitialized);
    for (int i = 0, j = 0; i < 36; ++i)
        id[i] = (i == 8 || i == 13 || i == 18 || i == 23) ? QLatin1Char('-') : QLatin1Char(hex[j++]);
    return id;
}

QString SimulatedCluster::sanitizeUser(const QString &email)
{
    QString user = email.toLower();
    for (QChar c : {QLatin1Char('@'), QLatin1Char('.'), QLatin1Char('_'), QLatin1Char('+')})
        user.replace(c, QLatin1Char('-'));
    return user;
}

void SimulatedCluster::addShowcase(const QString &ns, int nsIndex)
{
    const qint64 epoch = m_options.epochMicros;
    const int base = nsIndex * 6;
    const int m = nsIndex * 2; // each namespace shows other models
    QStringList ids;
    const auto make = [&](Kind kind, const QString &display, qint64 created, int n, int model) {
        SimWorkload w;
        w.seed = mix(m_options.seed, quint64(base + n) * 7919);
        w.id = makeId(quint64(base + n) * 2 + 1);
        w.kind = kind;
        w.type = typeOf(kind);
        w.chartName = chartOf(kind);
        w.namespaceName = ns;
        w.createdMicros = created - qint64(w.seed % 1000000); // real creation times carry microseconds
        w.createdBy = users.at((nsIndex + n) % 3);
        w.displayName = display;
        w.name = workloadName(w);
        w.chartId = makeId(0xc4a27ULL + quint64(kind));
        w.model = QString::fromLatin1(models[model % modelCount].repository);
        w.gpus = kind == Kind::FineTuning ? 4 : 1;
        w.vramPerGpuMb = kind == Kind::Inference ? 176947 : 24576;
        ids << w.id;
        return w;
    };

    SimWorkload jupyter = make(Kind::Jupyter, QStringLiteral("Jupyterlab Workspace"), epoch - 3 * hour, 0, m);
    jupyter.runningMicros = jupyter.createdMicros + 90 * second;
    m_workloads << jupyter;

    SimWorkload inference = make(Kind::Inference, QStringLiteral("%1-vllm").arg(shortModelName(m + 1)),
                                 epoch - 26 * hour, 1, m + 1);
    inference.runningMicros = inference.createdMicros + 4 * minute;
    inference.modelId = makeId(0x30de1ULL + quint64((m + 1) % modelCount));
    m_workloads << inference;

    SimWorkload failed = make(Kind::FineTuning, QStringLiteral("%1-lora-finetune").arg(shortModelName(m)),
                              epoch - 5 * hour, 2, m);
    failed.runningMicros = failed.createdMicros + 3 * minute;
    failed.endMicros = failed.runningMicros + 47 * minute;
    failed.endStatus = QStringLiteral("Failed");
    failed.modelId = makeId(0x30de1ULL + quint64(m % modelCount));
    failed.datasetId = makeId(quint64(base) * 31 + 7);
    m_workloads << failed;

    SimWorkload complete = make(Kind::FineTuning, QStringLiteral("%1-sft").arg(shortModelName(m + 2)),
                                epoch - 2 * day, 3, m + 2);
    complete.runningMicros = complete.createdMicros + 5 * minute;
    complete.endMicros = complete.runningMicros + 6 * hour;
    complete.endStatus = QStringLiteral("Complete");
    complete.modelId = makeId(0x30de1ULL + quint64((m + 2) % modelCount));
    complete.datasetId = makeId(quint64(base) * 31 + 8);
    m_workloads << complete;

    // Still waiting for a GPU when the sandbox starts; it gets one 20 simulated seconds later.
    SimWorkload pending = make(Kind::VsCode, QStringLiteral("Vscode Workspace"), epoch - 45 * second, 4, m);
    pending.runningMicros = epoch + qint64(20.0 * double(second) / m_options.timeScale);
    m_workloads << pending;

    SimWorkload deleted = make(Kind::Inference, QStringLiteral("old-%1-vllm").arg(shortModelName(m + 3)),
                               epoch - 4 * day, 5, m + 3);
    deleted.runningMicros = deleted.createdMicros + 3 * minute;
    deleted.deletedMicros = deleted.createdMicros + 2 * day;
    deleted.modelId = makeId(0x30de1ULL + quint64((m + 3) % modelCount));
    m_workloads << deleted;

    // A workload count smaller than the showcase cuts it short.
    while (m_workloads.size() > m_options.workloadCount) {
        m_workloads.removeLast();
        ids.removeLast();
    }
    m_showcase.insert(ns, ids);
}

void SimulatedCluster::addRandom(int index)
{
    Seeded::Generator random(mix(m_options.seed, quint64(index) + 0x5eedULL));
    const qint64 epoch = m_options.epochMicros;
    const double scale = m_options.timeScale;
    // Times are planned on a simulated time line: the past as it was, the future timeScale times
    // faster in real time.
    const auto real = [&](qint64 simulated) {
        return simulated <= epoch ? simulated : epoch + qint64(double(simulated - epoch) / scale);
    };
    const auto seconds = [&](int from, int to) { return qint64(from + random.bounded(to - from)) * second; };

    SimWorkload w;
    w.seed = mix(m_options.seed, quint64(index) * 104729);
    w.id = makeId(quint64(index) * 2 + 1);
    w.namespaceName = m_namespaces.at(random.bounded(int(m_namespaces.size())));
    w.createdBy = users.at(random.bounded(int(users.size())));
    const int modelIndex = random.bounded(modelCount);
    const QString model = shortModelName(modelIndex);
    w.model = QString::fromLatin1(models[modelIndex].repository);
    const int kindRoll = random.bounded(20);
    w.kind = kindRoll < 7    ? Kind::FineTuning
             : kindRoll < 14 ? Kind::Inference
             : kindRoll < 17 ? Kind::Jupyter
                             : Kind::VsCode;
    w.type = typeOf(w.kind);
    w.chartName = chartOf(w.kind);
    if (w.createdBy == u"system" && (w.kind == Kind::Jupyter || w.kind == Kind::VsCode))
        w.createdBy = users.at(index % 4); // workspaces belong to people
    const int style = random.bounded(8);
    switch (w.kind) {
    case Kind::FineTuning: {
        static const char *const methods[] = {"lora-finetune", "sft", "dpo", "qlora", "full-finetune"};
        w.displayName = QStringLiteral("%1-%2").arg(model, QLatin1String(methods[random.bounded(5)]));
        if (style < 3)
            w.displayName += QStringLiteral("-run%1").arg(2 + random.bounded(9));
        static const int gpuChoices[] = {1, 2, 4, 4, 8, 8};
        w.gpus = gpuChoices[random.bounded(6)];
        break;
    }
    case Kind::Inference: {
        static const int gpuChoices[] = {1, 1, 1, 2, 4, 8};
        w.gpus = gpuChoices[random.bounded(6)];
        // Either a name the user chose, or AIWB's default "<chart>-<model>-<uuid8>".
        if (style < 4)
            w.displayName = QStringLiteral("%1-vllm").arg(model);
        else if (style < 6)
            w.displayName = QStringLiteral("%1-%2").arg(model, style == 4 ? QStringLiteral("chat")
                                                                          : QStringLiteral("eval"));
        else
            w.displayName =
                QStringLiteral("llm-inference-vllm-%1-%2")
                    .arg(QString::fromLatin1(models[modelIndex].repository).section(u'/', 1), w.id.left(8));
        break;
    }
    case Kind::Jupyter:
    case Kind::VsCode:
        w.displayName = w.kind == Kind::Jupyter ? QStringLiteral("Jupyterlab Workspace")
                                                : QStringLiteral("Vscode Workspace");
        if (style == 0)
            w.displayName = QStringLiteral("%1 %2").arg(w.createdBy.section(u'.', 0, 0),
                                                        w.kind == Kind::Jupyter ? QStringLiteral("notebooks")
                                                                                : QStringLiteral("dev box"));
        w.gpus = style == 1 ? 2 : 1;
        break;
    }
    static const double vramChoices[] = {24576, 49152, 98304, 131072, 176947};
    w.vramPerGpuMb = vramChoices[random.bounded(5)];

    const int fate = random.bounded(100);
    qint64 simulatedRunning = 0; // 0: never runs
    if (fate < 12) {
        // Waiting when the sandbox starts, scheduled a little later (never in the first 30 s).
        w.createdMicros = epoch - seconds(10, 1200) - random.bounded(1000000);
        simulatedRunning = epoch + seconds(30, 600);
    } else if (fate < 15) {
        // Never fits: Pending for good, with FailedScheduling events.
        w.createdMicros = epoch - seconds(60, 24 * 3600) - random.bounded(1000000);
    } else {
        w.createdMicros = epoch - seconds(60, 7 * 24 * 3600) - random.bounded(1000000);
        simulatedRunning = w.createdMicros + seconds(20, 600);
    }
    w.runningMicros = simulatedRunning ? real(simulatedRunning) : 0;
    if (simulatedRunning && w.kind == Kind::FineTuning) {
        w.endMicros = real(simulatedRunning + seconds(20 * 60, 10 * 3600));
        w.endStatus = random.bounded(4) == 0 ? QStringLiteral("Failed") : QStringLiteral("Complete");
        w.datasetId = makeId(quint64(index) * 2 + 4000001);
    } else if (simulatedRunning && w.kind == Kind::Inference && random.bounded(12) == 0) {
        // A server that crashed (ReplicaFailure on its Deployment).
        w.endMicros = real(simulatedRunning + seconds(10 * 60, 2 * 24 * 3600));
        w.endStatus = QStringLiteral("Failed");
    }
    if (random.bounded(10) == 0) {
        const qint64 earliest = qMax(w.createdMicros, w.endMicros ? w.endMicros : w.runningMicros) + minute;
        if (earliest < epoch - second)
            w.deletedMicros = earliest + qint64(double(epoch - second - earliest) * random.generateDouble());
    }
    w.name = workloadName(w);
    w.chartId = makeId(0xc4a27ULL + quint64(w.kind));
    if (w.kind == Kind::Inference || w.kind == Kind::FineTuning)
        w.modelId = makeId(0x30de1ULL + quint64(modelIndex));
    m_workloads << w;
}

QList<const SimWorkload *> SimulatedCluster::workloads(const QString &namespaceName) const
{
    QList<const SimWorkload *> result;
    const QList<qsizetype> rows = m_byNamespace.value(namespaceName);
    result.reserve(rows.size());
    for (qsizetype index : rows)
        result << &m_workloads.at(index);
    return result;
}

const SimWorkload *SimulatedCluster::workload(const QString &id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_workloads.at(it.value());
}

WorkloadView SimulatedCluster::view(const SimWorkload &w, qint64 at) const
{
    WorkloadView v;
    v.id = w.id;
    v.name = w.name;
    v.displayName = w.displayName;
    v.type = w.type;
    v.status = w.statusAt(at);
    v.namespaceName = w.namespaceName;
    v.createdBy = w.createdBy;
    v.updatedBy = w.createdBy;
    v.chartId = w.chartId;
    v.modelId = w.modelId;
    v.datasetId = w.datasetId;
    v.createdMicros = w.createdMicros;
    // Status syncs do not bump updated_at in AIWB; a delete does.
    v.updatedMicros = w.deletedMicros && at >= w.deletedMicros ? w.deletedMicros : w.createdMicros;
    v.createdAt = apiTimestamp(v.createdMicros);
    v.updatedAt = apiTimestamp(v.updatedMicros);
    if (v.status == u"Pending" || v.status == u"Running") {
        const QString suffix = endpointSuffix(w.kind);
        v.internalEndpoint =
            QStringLiteral("http://%1.%2.svc.cluster.local").arg(w.name, w.namespaceName) + suffix;
        // Only charts with an HTTPRoute get an external URL: workspaces and inference servers.
        if (w.kind == Kind::Jupyter || w.kind == Kind::VsCode)
            v.externalEndpoint = QStringLiteral("%1/%2/%3/%4")
                                     .arg(workloadsHost, w.namespaceName, sanitizeUser(w.createdBy), w.id) +
                                 suffix;
        else if (w.kind == Kind::Inference)
            v.externalEndpoint = QStringLiteral("%1/%2/%3").arg(workloadsHost, w.namespaceName, w.id);
    }
    return v;
}

QList<WorkloadView> SimulatedCluster::workloadViews(const QString &namespaceName) const
{
    const qint64 at = nowMicros();
    QList<WorkloadView> views;
    for (const SimWorkload *w : workloads(namespaceName))
        views << view(*w, at);
    return views;
}

std::optional<WorkloadView> SimulatedCluster::workloadView(const QString &id) const
{
    const SimWorkload *w = workload(id);
    if (!w)
        return std::nullopt;
    return view(*w, nowMicros());
}

QString SimulatedCluster::showcaseId(const QString &namespaceName, Showcase which) const
{
    return m_showcase.value(namespaceName).value(int(which));
}

void SimulatedCluster::deleteWorkload(const QString &id, qint64 micros)
{
    const auto it = m_indexById.constFind(id);
    if (it == m_indexById.cend())
        return;
    SimWorkload &w = m_workloads[it.value()];
    if (!w.deletedMicros || w.deletedMicros > micros)
        w.deletedMicros = micros;
}

bool SimulatedCluster::deleteWorkload(const QString &id)
{
    if (!workload(id))
        return false;
    deleteWorkload(id, nowMicros());
    return true;
}

int SimulatedCluster::severity(const QString &level)
{
    if (level == u"trace")
        return 0;
    if (level == u"debug")
        return 10;
    if (level == u"info")
        return 20;
    if (level == u"warning")
        return 30;
    if (level == u"error")
        return 40;
    if (level == u"critical")
        return 50;
    return 21; // unknown
}

QList<SimLogEntry> SimulatedCluster::logs(const SimWorkload &w, qint64 from, qint64 to, qint64 now,
                                          int minimumSeverity, bool wantEvents, qsizetype limit,
                                          bool newestFirst) const
{
    QList<SimLogEntry> result;
    to = qMin(to, now);
    if (from > to || limit == 0)
        return result;
    if (wantEvents) {
        for (const SimLogEntry &event : SimulatedLogs::events(w)) {
            if (event.micros >= from && event.micros <= to && severity(event.level) >= minimumSeverity)
                result << event;
        }
        if (newestFirst)
            std::reverse(result.begin(), result.end());
        if (limit >= 0 && result.size() > limit)
            result.resize(limit);
        return result;
    }
    const LogWindow window =
        SimulatedLogs::window(w, m_options.epochMicros, m_options.timeScale, now, m_options.logHistoryLines);
    const qint64 first = SimulatedLogs::indexAtOrAfter(w, window, from);
    const qint64 end = SimulatedLogs::indexAtOrAfter(w, window, to + 1); // to <= now, so no overflow
    if (limit > 0)
        result.reserve(qMin<qint64>(limit, qMax<qint64>(0, end - first)));
    for (qint64 n = 0; n < end - first; ++n) {
        const qint64 i = newestFirst ? end - 1 - n : first + n;
        if (minimumSeverity > 0 && SimulatedLogs::severityOf(w, window, i) < minimumSeverity)
            continue;
        result << SimulatedLogs::line(w, window, i);
        if (limit >= 0 && result.size() >= limit)
            break;
    }
    return result;
}

QList<SimLogEntry> SimulatedCluster::logEntries(const QString &id, const QDateTime &from, const QDateTime &to,
                                                bool events) const
{
    const SimWorkload *w = workload(id);
    if (!w)
        return {};
    return logs(*w, from.toMSecsSinceEpoch() * 1000, to.toMSecsSinceEpoch() * 1000 - 1, nowMicros(), 0,
                events);
}

QStringList SimulatedCluster::timeseriesMetrics()
{
    return {QStringLiteral("gpu_device_utilization"),
            QStringLiteral("gpu_memory_utilization"),
            QStringLiteral("requests"),
            QStringLiteral("time_to_first_token_seconds"),
            QStringLiteral("inter_token_latency_seconds"),
            QStringLiteral("e2e_request_latency_seconds")};
}

QStringList SimulatedCluster::scalarMetrics()
{
    return {QStringLiteral("max_requests"),   QStringLiteral("min_requests"),
            QStringLiteral("avg_requests"),   QStringLiteral("total_requests"),
            QStringLiteral("kv_cache_usage"), QStringLiteral("total_tokens")};
}

std::optional<double> SimulatedCluster::metric(const SimWorkload &w, const QString &name, qint64 micros) const
{
    if (!w.isRunningAt(micros))
        return std::nullopt;
    // Smooth curves: a slow swell and a faster wobble, each workload with a phase of its own.
    const double t = double(micros) / double(second);
    const double phase = double(w.seed % 1000) / 100.0;
    const double wave = std::sin(t / 1800.0 + phase);
    const double fast = std::sin(t / 97.0 + phase * 2);
    const double load = 0.5 + 0.4 * wave + 0.1 * fast; // 0..1
    if (name == u"gpu_device_utilization")
        return double(w.gpus);
    if (name == u"gpu_memory_utilization") {
        // vLLM reserves gpu_memory_utilization=0.9 up front; training memory follows the batch.
        const double used = w.kind == Kind::Inference ? 0.9 + 0.02 * fast : 0.55 + 0.3 * load;
        return std::round(double(w.gpus) * w.vramPerGpuMb * used);
    }
    if (w.kind != Kind::Inference)
        return std::nullopt;
    if (name == u"requests_running")
        return std::max(0.0, std::round(1 + 7 * load));
    if (name == u"requests_waiting")
        return std::max(0.0, std::round(4 * load * load - 1 + fast));
    if (name == u"time_to_first_token_seconds")
        return 0.045 + 0.12 * load * load + 0.005 * fast;
    if (name == u"inter_token_latency_seconds")
        return 0.012 + 0.01 * load;
    if (name == u"e2e_request_latency_seconds")
        return 0.9 + 2.4 * load + 0.1 * fast;
    if (name == u"kv_cache_usage")
        return std::clamp(0.08 + 0.6 * load * load, 0.0, 1.0);
    if (name == u"request_rate") // completed requests per second
        return 0.5 + 6.0 * load;
    return std::nullopt;
}

double SimulatedCluster::scalarMetric(const SimWorkload &w, const QString &name, qint64 start, qint64 end,
                                      qint64 now) const
{
    if (w.kind != Kind::Inference)
        return 0; // no vLLM series: Prometheus answers nothing, and AIWB says 0
    if (name == u"total_tokens") {
        // A lifetime counter, gone (stale) once the server is.
        if (!w.isRunningAt(now))
            return 0;
        const double tokensPerSecond = 120 + double(w.seed % 400);
        return std::floor(double(now - w.runningMicros) / double(second) * tokensPerSecond);
    }
    // Prometheus scrapes every 30 s; long ranges take fewer samples to stay cheap.
    const qint64 step = qMax<qint64>(30 * second, (end - start) / 1500);
    double sum = 0;
    double total = 0;
    double low = std::numeric_limits<double>::max();
    double high = 0;
    int samples = 0;
    for (qint64 t = start; t <= qMin(end, now); t += step) {
        const auto running = metric(w, QStringLiteral("requests_running"), t);
        if (!running)
            continue;
        const double value = name == u"kv_cache_usage"
                                 ? metric(w, QStringLiteral("kv_cache_usage"), t).value_or(0)
                                 : *running + metric(w, QStringLiteral("requests_waiting"), t).value_or(0);
        sum += value;
        low = std::min(low, value);
        high = std::max(high, value);
        total += metric(w, QStringLiteral("request_rate"), t).value_or(0) * double(step) / double(second);
        ++samples;
    }
    if (samples == 0)
        return 0;
    if (name == u"max_requests")
        return high;
    if (name == u"min_requests")
        return low;
    if (name == u"total_requests")
        return std::ceil(total);
    return sum / samples; // avg_requests, kv_cache_usage
}

} // namespace Workdeck::Sandbox
