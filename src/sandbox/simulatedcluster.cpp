// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simulatedcluster.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Workdeck::Sandbox {

namespace {

constexpr qint64 second = 1000000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
// Logs are kept for the last 20 minutes of a run before the sandbox started (a short Loki
// retention), so a simulated week-old workload does not carry millions of lines.
constexpr qint64 logHistory = 20 * minute;
constexpr double linesPerSimulatedSecond = 2.0;

quint64 mix(quint64 x)
{
    // splitmix64: a cheap, well-spread hash for deterministic per-line choices.
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 mix(quint64 a, quint64 b)
{
    return mix(a ^ mix(b));
}

const QStringList users = {QStringLiteral("jane.doe@example.com"), QStringLiteral("raj.patel@example.com"),
                           QStringLiteral("li.wei@example.com"), QStringLiteral("maria.garcia@example.com"),
                           QStringLiteral("system")};
const QStringList models = {QStringLiteral("llama-3.1-8b"), QStringLiteral("mistral-7b"),
                            QStringLiteral("qwen2.5-14b"),  QStringLiteral("gemma-2-9b"),
                            QStringLiteral("phi-3-mini"),   QStringLiteral("llama-3.1-70b")};

QString isoTime(qint64 micros)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
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
    return statusAt(micros) == u"Running";
}

SimulatedCluster::SimulatedCluster(const Options &options)
    : m_options(options)
    , m_namespaces(options.namespaces)
{
    if (m_namespaces.isEmpty())
        m_namespaces = {QStringLiteral("research-and-development"), QStringLiteral("vision-team"),
                        QStringLiteral("team-nlp")};
    if (m_options.timeScale <= 0)
        m_options.timeScale = 1.0;
    int index = 0;
    for (const QString &ns : std::as_const(m_namespaces)) {
        if (index >= m_options.workloadCount)
            break;
        addShowcase(ns, index);
        index = int(m_workloads.size());
    }
    m_workloads.reserve(qMax(m_options.workloadCount, int(m_workloads.size())));
    for (int i = int(m_workloads.size()); i < m_options.workloadCount; ++i)
        addRandom(i);
    for (qsizetype i = 0; i < m_workloads.size(); ++i) {
        m_indexById.insert(m_workloads.at(i).id, i);
        m_byNamespace[m_workloads.at(i).namespaceName].append(i);
    }
}

QString SimulatedCluster::makeId(quint64 salt) const
{
    const quint64 a = mix(m_options.seed, salt);
    const quint64 b = mix(a, salt + 1);
    QString hex = QStringLiteral("%1%2").arg(a, 16, 16, QLatin1Char('0')).arg(b, 16, 16, QLatin1Char('0'));
    hex[12] = QLatin1Char('4'); // version 4
    static const char variants[] = "89ab";
    hex[16] = QLatin1Char(variants[b % 4]);
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) +
           QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

QString SimulatedCluster::sanitizeUser(const QString &email)
{
    QString user = email.toLower();
    for (QChar c : {QLatin1Char('@'), QLatin1Char('.'), QLatin1Char('_'), QLatin1Char('+')})
        user.replace(c, QLatin1Char('-'));
    return user;
}

void SimulatedCluster::addShowcase(const QString &ns, int index)
{
    const qint64 epoch = m_options.epochMicros;
    const double scale = m_options.timeScale;
    const auto future = [&](qint64 simulated) { return epoch + qint64(double(simulated) / scale); };
    const auto make = [&](SimWorkload::Kind kind, const QString &type, const QString &chart,
                          const QString &display, qint64 created, int n) {
        SimWorkload w;
        w.seed = mix(m_options.seed, quint64(index + n) * 7919);
        w.id = makeId(quint64(index + n) * 2 + 1);
        w.kind = kind;
        w.type = type;
        w.namespaceName = ns;
        w.createdMicros = created;
        w.createdBy = users.at((index + n) % 3);
        w.displayName = display;
        w.name = QStringLiteral("wb-%1-%2-%3").arg(chart).arg(created / second).arg(w.id.left(4));
        w.chartId = makeId(quint64(index + n) * 2 + 1000001);
        w.gpus = kind == SimWorkload::Kind::FineTuning ? 4 : 1;
        w.vramPerGpuMb = kind == SimWorkload::Kind::Inference ? 61440 : 24576;
        return w;
    };

    SimWorkload jupyter = make(SimWorkload::Kind::Jupyter, QStringLiteral("WORKSPACE"),
                               QStringLiteral("dev-workspace-jupyterlab"),
                               QStringLiteral("Jupyterlab Workspace"), epoch - 3 * hour, 0);
    jupyter.runningMicros = jupyter.createdMicros + 90 * second;
    m_workloads << jupyter;

    SimWorkload inference =
        make(SimWorkload::Kind::Inference, QStringLiteral("INFERENCE"), QStringLiteral("llm-inference-vllm"),
             QStringLiteral("%1-vllm").arg(models.at(index % models.size())), epoch - 26 * hour, 1);
    inference.runningMicros = inference.createdMicros + 4 * minute;
    inference.modelId = makeId(quint64(index) * 31 + 5);
    m_workloads << inference;

    SimWorkload failed = make(
        SimWorkload::Kind::FineTuning, QStringLiteral("FINE_TUNING"), QStringLiteral("llm-finetune-silogen"),
        QStringLiteral("%1-lora-finetune").arg(models.at((index + 5) % models.size())), epoch - 5 * hour, 2);
    failed.runningMicros = failed.createdMicros + 3 * minute;
    failed.endMicros = failed.runningMicros + 47 * minute;
    failed.endStatus = QStringLiteral("Failed");
    failed.modelId = makeId(quint64(index) * 31 + 6);
    failed.datasetId = makeId(quint64(index) * 31 + 7);
    m_workloads << failed;

    SimWorkload complete = make(
        SimWorkload::Kind::FineTuning, QStringLiteral("FINE_TUNING"), QStringLiteral("llm-finetune-silogen"),
        QStringLiteral("%1-sft").arg(models.at((index + 2) % models.size())), epoch - 2 * day, 3);
    complete.runningMicros = complete.createdMicros + 5 * minute;
    complete.endMicros = complete.runningMicros + 6 * hour;
    complete.endStatus = QStringLiteral("Complete");
    complete.datasetId = makeId(quint64(index) * 31 + 8);
    m_workloads << complete;

    SimWorkload pending =
        make(SimWorkload::Kind::VsCode, QStringLiteral("WORKSPACE"), QStringLiteral("dev-workspace-vscode"),
             QStringLiteral("Vscode Workspace"), epoch - 40 * second, 4);
    pending.runningMicros = future(20 * second);
    m_workloads << pending;

    SimWorkload deleted =
        make(SimWorkload::Kind::Inference, QStringLiteral("INFERENCE"), QStringLiteral("llm-inference-vllm"),
             QStringLiteral("old-%1-vllm").arg(models.at((index + 3) % models.size())), epoch - 4 * day, 5);
    deleted.runningMicros = deleted.createdMicros + 3 * minute;
    deleted.deletedMicros = deleted.createdMicros + 2 * day;
    m_workloads << deleted;
}

void SimulatedCluster::addRandom(int index)
{
    QRandomGenerator random(quint32(mix(m_options.seed, quint64(index) + 0x5eed)));
    const qint64 epoch = m_options.epochMicros;
    const double scale = m_options.timeScale;
    SimWorkload w;
    w.seed = mix(m_options.seed, quint64(index) * 104729);
    w.id = makeId(quint64(index) * 2 + 1);
    w.namespaceName = m_namespaces.at(random.bounded(int(m_namespaces.size())));
    w.createdBy = users.at(random.bounded(int(users.size())));
    const QString model = models.at(random.bounded(int(models.size())));
    const int kind = random.bounded(10);
    QString chart;
    if (kind < 4) {
        w.kind = SimWorkload::Kind::FineTuning;
        w.type = QStringLiteral("FINE_TUNING");
        chart = QStringLiteral("llm-finetune-silogen");
        static const QStringList styles = {QStringLiteral("lora-finetune"), QStringLiteral("sft"),
                                           QStringLiteral("dpo"), QStringLiteral("qlora")};
        w.displayName = QStringLiteral("%1-%2").arg(model, styles.at(random.bounded(int(styles.size()))));
        w.gpus = 1 << random.bounded(4);
    } else if (kind < 8) {
        w.kind = SimWorkload::Kind::Inference;
        w.type = QStringLiteral("INFERENCE");
        chart = QStringLiteral("llm-inference-vllm");
        w.displayName = QStringLiteral("%1-vllm-%2").arg(model).arg(index);
        w.gpus = 1 + random.bounded(2);
    } else {
        w.kind = kind == 8 ? SimWorkload::Kind::Jupyter : SimWorkload::Kind::VsCode;
        w.type = QStringLiteral("WORKSPACE");
        chart =
            kind == 8 ? QStringLiteral("dev-workspace-jupyterlab") : QStringLiteral("dev-workspace-vscode");
        w.displayName =
            kind == 8 ? QStringLiteral("Jupyterlab Workspace") : QStringLiteral("Vscode Workspace");
        w.gpus = random.bounded(2);
    }
    w.vramPerGpuMb = 8192 + random.bounded(8) * 8192;
    // Created within the last week; most started within minutes.
    w.createdMicros = epoch - qint64(random.bounded(7 * 24 * 3600)) * second - random.bounded(1000000);
    const bool startsLater = random.bounded(8) == 0;
    if (startsLater)
        w.runningMicros = epoch + qint64(double(30 + random.bounded(600)) * second / scale);
    else
        w.runningMicros = w.createdMicros + qint64(30 + random.bounded(600)) * second;
    if (w.kind == SimWorkload::Kind::FineTuning) {
        const qint64 length = qint64(20 + random.bounded(600)) * minute;
        w.endMicros = w.runningMicros < epoch && w.runningMicros + length < epoch
                          ? w.runningMicros + length
                          : qMax(w.runningMicros, epoch) + qint64(double(length) / scale);
        w.endStatus = random.bounded(4) == 0 ? QStringLiteral("Failed") : QStringLiteral("Complete");
    }
    if (random.bounded(10) == 0 && w.runningMicros < epoch)
        w.deletedMicros =
            qMin(epoch - second, w.createdMicros + qint64(random.bounded(3 * 24 * 3600)) * second);
    if (w.deletedMicros && w.deletedMicros <= w.createdMicros)
        w.deletedMicros = w.createdMicros + minute;
    w.name = QStringLiteral("wb-%1-%2-%3").arg(chart).arg(w.createdMicros / second).arg(w.id.left(4));
    w.chartId = makeId(quint64(index) * 2 + 2000001);
    if (w.kind != SimWorkload::Kind::Jupyter && w.kind != SimWorkload::Kind::VsCode)
        w.modelId = makeId(quint64(index) * 2 + 3000001);
    m_workloads << w;
}

QList<const SimWorkload *> SimulatedCluster::workloads(const QString &namespaceName) const
{
    QList<const SimWorkload *> result;
    for (qsizetype index : m_byNamespace.value(namespaceName))
        result << &m_workloads.at(index);
    return result;
}

const SimWorkload *SimulatedCluster::workload(const QString &id) const
{
    const auto it = m_indexById.constFind(id);
    return it == m_indexById.cend() ? nullptr : &m_workloads.at(it.value());
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

SimulatedCluster::LogWindow SimulatedCluster::logWindow(const SimWorkload &w, qint64 nowMicros) const
{
    LogWindow window;
    window.interval =
        qMax<qint64>(1000, qint64(double(second) / (linesPerSimulatedSecond * m_options.timeScale)));
    if (!w.runningMicros)
        return window;
    qint64 naturalEnd = w.endMicros ? w.endMicros : std::numeric_limits<qint64>::max();
    if (w.deletedMicros)
        naturalEnd = qMin(naturalEnd, w.deletedMicros);
    window.start = qMax(w.runningMicros, qMin(naturalEnd, m_options.epochMicros) - logHistory);
    const auto countBefore = [&](qint64 stop) -> qint64 {
        if (stop <= window.start)
            return 0;
        qint64 count = (stop - window.start + window.interval - 1) / window.interval;
        const auto timeOf = [&](qint64 i) {
            return window.start + i * window.interval +
                   qint64(mix(w.seed, quint64(i)) % quint64(window.interval / 2));
        };
        while (count > 0 && timeOf(count - 1) >= stop)
            --count;
        return count;
    };
    window.count = countBefore(qMin(naturalEnd, nowMicros));
    window.fullCount =
        w.endMicros && (!w.deletedMicros || w.deletedMicros > w.endMicros) ? countBefore(w.endMicros) : -1;
    return window;
}

SimLogEntry SimulatedCluster::logLine(const SimWorkload &w, const LogWindow &window, qint64 index) const
{
    SimLogEntry entry;
    entry.micros = window.start + index * window.interval +
                   qint64(mix(w.seed, quint64(index)) % quint64(window.interval / 2));
    const quint64 h = mix(w.seed ^ 0xabcdef, quint64(index));
    const int roll = int(h % 1000);
    const QString when = isoTime(entry.micros);

    // The last words of a job that ends by itself.
    if (window.fullCount > 0 && index >= window.fullCount - 8) {
        const int k = int(index - (window.fullCount - 8));
        if (w.endStatus == u"Failed") {
            static const char *const traceback[] = {
                "Traceback (most recent call last):",
                "  File \"/workload/train.py\", line 212, in <module>",
                "    trainer.train()",
                "  File \"/opt/conda/lib/python3.11/site-packages/transformers/trainer.py\", line 1938, in "
                "train",
                "    return inner_training_loop(",
                "  File \"/opt/conda/lib/python3.11/site-packages/torch/nn/modules/module.py\", line 1532, "
                "in _wrapped_call_impl",
                "torch.OutOfMemoryError: HIP out of memory. Tried to allocate 2.50 GiB. GPU 0 has a total "
                "capacity of 191.98 GiB of which 1.21 GiB is free.",
                "ERROR: training failed with exit code 1"};
            entry.level = k >= 6 ? (k == 6 ? QStringLiteral("critical") : QStringLiteral("error"))
                                 : QStringLiteral("error");
            entry.message = QString::fromUtf8(traceback[k]);
        } else {
            static const char *const done[] = {"Evaluating on validation set",
                                               "eval_loss=0.8123 eval_accuracy=0.7411",
                                               "Saving model checkpoint to /workload/output/checkpoint-final",
                                               "Configuration saved in /workload/output/config.json",
                                               "Model weights saved in /workload/output/model.safetensors",
                                               "Uploading checkpoint to s3://models/output",
                                               "Upload complete",
                                               "Training completed. Do not forget to share your model!"};
            entry.level = QStringLiteral("info");
            entry.message = QString::fromUtf8(done[k]);
        }
        return entry;
    }

    entry.level = roll < 40    ? QStringLiteral("debug")
                  : roll < 900 ? QStringLiteral("info")
                  : roll < 975 ? QStringLiteral("warning")
                  : roll < 995 ? QStringLiteral("error")
                               : QStringLiteral("unknown");
    const int variant = int((h >> 20) % 6);
    switch (w.kind) {
    case SimWorkload::Kind::Inference:
        if (entry.level == u"warning")
            entry.message =
                QStringLiteral("WARNING %1 [scheduler.py:1082] Sequence group %2 is preempted by "
                               "PreemptionMode.RECOMPUTE mode because there is not enough KV cache space.")
                    .arg(when)
                    .arg(index);
        else if (entry.level == u"error")
            entry.message = QStringLiteral("ERROR %1 [serving_chat.py:163] Error in request chatcmpl-%2: "
                                           "prompt too long (8412 > 8192 tokens)")
                                .arg(when)
                                .arg(h % 100000, 5, 10, QLatin1Char('0'));
        else if (variant == 0)
            entry.message =
                QStringLiteral(
                    "INFO %1 [metrics.py:351] Avg prompt throughput: %2 tokens/s, Avg generation throughput: "
                    "%3 tokens/s, Running: %4 reqs, Waiting: 0 reqs, GPU KV cache usage: %5%")
                    .arg(when)
                    .arg(double(h % 4000) / 10.0)
                    .arg(double((h >> 8) % 900) / 10.0)
                    .arg((h >> 16) % 8)
                    .arg(double((h >> 24) % 900) / 10.0);
        else if (variant == 1)
            entry.message =
                QStringLiteral("{\"event\": \"request_finished\", \"request_id\": \"cmpl-%1\", "
                               "\"prompt_tokens\": %2, \"completion_tokens\": %3, \"latency_ms\": %4}")
                    .arg(h % 1000000)
                    .arg((h >> 10) % 2000)
                    .arg((h >> 20) % 500)
                    .arg((h >> 30) % 4000);
        else
            entry.message =
                QStringLiteral("INFO:     10.42.%1.%2:%3 - \"POST /v1/chat/completions HTTP/1.1\" 200 OK")
                    .arg((h >> 4) % 255)
                    .arg((h >> 12) % 255)
                    .arg(40000 + (h >> 20) % 20000);
        break;
    case SimWorkload::Kind::FineTuning: {
        const double progress =
            double(index) / double(qMax<qint64>(1, window.fullCount > 0 ? window.fullCount : index + 100));
        if (entry.level == u"warning")
            entry.message = QStringLiteral(
                "/opt/conda/lib/python3.11/site-packages/torch/utils/checkpoint.py:464: UserWarning: "
                "torch.utils.checkpoint: the use_reentrant parameter should be passed explicitly.");
        else if (entry.level == u"error")
            entry.message =
                QStringLiteral("ERROR: NCCL watchdog: collective operation timeout on rank %1, retrying")
                    .arg(h % 8);
        else if (variant < 3)
            entry.message =
                QStringLiteral("{'loss': %1, 'grad_norm': %2, 'learning_rate': 2e-05, 'epoch': %3}")
                    .arg(2.4 * std::exp(-3 * progress) + double(h % 100) / 1000.0, 0, 'f', 4)
                    .arg(double((h >> 8) % 300) / 100.0, 0, 'f', 3)
                    .arg(3 * progress, 0, 'f', 2);
        else if (variant == 3)
            entry.message =
                QStringLiteral("\u001b[32m%1/%2\u001b[0m [\u001b[36m%3\u001b[0m] step time %4 s, %5 it/s")
                    .arg(index)
                    .arg(qMax<qint64>(index, window.fullCount))
                    .arg(when)
                    .arg(double((h >> 4) % 100) / 100.0 + 0.3, 0, 'f', 2)
                    .arg(double((h >> 12) % 40) / 10.0 + 1.0, 0, 'f', 1);
        else
            entry.message = QStringLiteral("[rank%1]: Step %2 | tokens/s %3 | mem %4 GiB")
                                .arg(h % 4)
                                .arg(index)
                                .arg(4000 + (h >> 8) % 3000)
                                .arg(40 + (h >> 16) % 100);
        break;
    }
    case SimWorkload::Kind::Jupyter:
    case SimWorkload::Kind::VsCode:
        if (w.kind == SimWorkload::Kind::Jupyter)
            entry.message =
                entry.level == u"warning"
                    ? QStringLiteral("[W %1 ServerApp] 404 GET /api/kernels/%2 (10.42.0.1) 1.20ms")
                          .arg(when)
                          .arg(h % 100000)
                    : QStringLiteral(
                          "[I %1 ServerApp] %2 GET /api/contents/notebooks?content=1 (%3@10.42.0.1) %4ms")
                          .arg(when)
                          .arg(variant == 5 ? 304 : 200)
                          .arg(w.createdBy)
                          .arg(double(h % 5000) / 100.0);
        else
            entry.message =
                QStringLiteral("[%1] \u001b[1m%2\u001b[0m Extension host (%3) %4")
                    .arg(when, entry.level == u"info" ? QStringLiteral("info") : entry.level)
                    .arg(1000 + h % 9000)
                    .arg(variant % 2 ? QStringLiteral("started") : QStringLiteral("heartbeat ok"));
        break;
    }
    return entry;
}

QList<SimLogEntry> SimulatedCluster::events(const SimWorkload &w) const
{
    QList<SimLogEntry> list;
    const QString pod = w.name + QStringLiteral("-0");
    const auto add = [&](qint64 micros, const char *level, const QString &message) {
        if (micros > 0)
            list.append({micros, QString::fromLatin1(level), message});
    };
    const qint64 start = w.createdMicros + 2 * second;
    const qint64 running = w.runningMicros;
    if (!running || running - w.createdMicros > 60 * second)
        add(start, "warning",
            QStringLiteral(
                "FailedScheduling: 0/8 nodes are available: 8 Insufficient amd.com/gpu. preemption: 0/8 "
                "nodes are available: 8 No preemption victims found for incoming pod."));
    if (running) {
        add(running - 50 * second, "info",
            QStringLiteral("Scheduled: Successfully assigned %1/%2 to gpu-node-%3")
                .arg(w.namespaceName, pod)
                .arg(w.seed % 8 + 1, 2, 10, QLatin1Char('0')));
        add(running - 48 * second, "info",
            QStringLiteral(
                "Pulling: Pulling image \"rocm/vllm:rocm6.2_mi300_ubuntu22.04_py3.10_vllm_0.6.4\""));
        add(running - 5 * second, "info",
            QStringLiteral("Pulled: Successfully pulled image in 41.2s (41.2s including waiting)"));
        add(running - 3 * second, "info", QStringLiteral("Created: Created container main"));
        add(running - 2 * second, "info", QStringLiteral("Started: Started container main"));
    }
    if (w.endMicros && w.endStatus == u"Failed")
        add(w.endMicros + second, "warning",
            QStringLiteral("BackOff: Back-off restarting failed container main in pod %1").arg(pod));
    if (w.endMicros && w.endStatus == u"Complete")
        add(w.endMicros + second, "info", QStringLiteral("Completed: Job completed"));
    if (w.deletedMicros)
        add(w.deletedMicros, "info", QStringLiteral("Killing: Stopping container main"));
    std::sort(list.begin(), list.end(),
              [](const SimLogEntry &a, const SimLogEntry &b) { return a.micros < b.micros; });
    return list;
}

QList<SimLogEntry> SimulatedCluster::logs(const SimWorkload &w, qint64 from, qint64 to, qint64 now,
                                          int minimumSeverity, bool wantEvents, qsizetype limit,
                                          bool newestFirst) const
{
    QList<SimLogEntry> result;
    to = qMin(to, now);
    if (from > to)
        return result;
    if (wantEvents) {
        for (const SimLogEntry &event : events(w)) {
            if (event.micros >= from && event.micros <= to && severity(event.level) >= minimumSeverity)
                result << event;
        }
        if (newestFirst)
            std::reverse(result.begin(), result.end());
        if (limit >= 0 && result.size() > limit)
            result.resize(limit);
        return result;
    }
    const LogWindow window = logWindow(w, now);
    if (window.count == 0)
        return result;
    const auto timeOf = [&](qint64 i) {
        return window.start + i * window.interval +
               qint64(mix(w.seed, quint64(i)) % quint64(window.interval / 2));
    };
    qint64 first = qBound<qint64>(0, (from - window.start) / window.interval - 1, window.count);
    while (first < window.count && timeOf(first) < from)
        ++first;
    qint64 last = qBound<qint64>(-1, (to - window.start) / window.interval + 1, window.count - 1);
    while (last >= 0 && timeOf(last) > to)
        --last;
    if (first > last)
        return result;
    const qint64 step = newestFirst ? -1 : 1;
    for (qint64 i = newestFirst ? last : first; newestFirst ? i >= first : i <= last; i += step) {
        SimLogEntry entry = logLine(w, window, i);
        if (severity(entry.level) < minimumSeverity)
            continue;
        result << std::move(entry);
        if (limit >= 0 && result.size() >= limit)
            break;
    }
    return result;
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
    const double t = double(micros) / double(second);
    const double phase = double(w.seed % 1000) / 100.0;
    const double wave = std::sin(t / 600.0 + phase);
    const double fast = std::sin(t / 97.0 + phase * 2);
    if (name == u"gpu_device_utilization")
        return double(w.gpus);
    if (name == u"gpu_memory_utilization")
        return w.gpus == 0 ? 0.0
                           : std::round(double(w.gpus) * w.vramPerGpuMb * (0.62 + 0.25 * wave + 0.05 * fast));
    if (w.kind != SimWorkload::Kind::Inference)
        return std::nullopt;
    if (name == u"requests_running")
        return std::max(0.0, std::round(4 + 3 * wave + fast));
    if (name == u"requests_waiting")
        return std::max(0.0, std::round(2 * wave + fast - 0.5));
    if (name == u"time_to_first_token_seconds")
        return 0.08 + 0.04 * (wave + 1) + 0.01 * fast;
    if (name == u"inter_token_latency_seconds")
        return 0.018 + 0.006 * (wave + 1);
    if (name == u"e2e_request_latency_seconds")
        return 1.6 + 0.9 * (wave + 1) + 0.2 * fast;
    return std::nullopt;
}

} // namespace Workdeck::Sandbox
