// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Workdeck::Sandbox {

// Lines a running workload's log holds from before the simulation's time zero, by default.
inline constexpr qint64 defaultLogHistoryLines = 2400;

// One simulated log line or Kubernetes event.
struct SimLogEntry
{
    qint64 micros = 0; // since the epoch, UTC
    QString level;     // trace, debug, info, unknown, warning, error, critical
    QString message;
};

// A simulated workload: who made it, when, and the schedule of its life cycle. Its status at any
// time follows from the schedule, so the simulation needs no ticking.
struct SimWorkload
{
    enum class Kind
    {
        Jupyter,
        VsCode,
        Inference,
        FineTuning
    };

    QString id;
    QString name;
    QString displayName;
    QString type; // AIWB WorkloadType: INFERENCE, FINE_TUNING, WORKSPACE
    QString namespaceName;
    QString createdBy;
    QString chartId;
    QString modelId;
    QString datasetId;
    Kind kind = Kind::Inference;
    qint64 createdMicros = 0;
    qint64 runningMicros = 0; // 0: never runs
    qint64 endMicros = 0;     // 0: never ends by itself
    QString endStatus;        // Complete or Failed
    qint64 deletedMicros = 0; // 0: not deleted
    int gpus = 1;
    double vramPerGpuMb = 16384;
    quint64 seed = 0;
    QString chartName; // e.g. dev-workspace-jupyterlab, llm-inference-vllm
    QString model;     // the Hugging Face model the job or server uses (log text)

    QString statusAt(qint64 micros) const;
    bool isRunningAt(qint64 micros) const;
};

// A workload as the API shows it at one moment (WorkloadResponse, reference section 4.2).
struct WorkloadView
{
    QString id;
    QString name;
    QString displayName;
    QString type;
    QString status;
    QString namespaceName;
    QString createdBy;
    QString updatedBy;
    QString chartId; // empty: null
    QString modelId;
    QString datasetId;
    qint64 createdMicros = 0;
    qint64 updatedMicros = 0;
    QString createdAt; // as the API writes them: "2026-03-02T09:14:27.518302Z"
    QString updatedAt;
    QString internalEndpoint; // empty unless Pending or Running
    QString externalEndpoint; // empty also when the chart has no HTTPRoute (fine-tuning jobs)
};

// The fixed workloads every namespace starts with, so that demos and tests always find them.
enum class Showcase
{
    JupyterWorkspace,   // WORKSPACE "Jupyterlab Workspace", Running, with an external URL
    Inference,          // INFERENCE "<model>-vllm", Running, serves vLLM metrics
    FailedFineTuning,   // FINE_TUNING "<model>-lora-finetune", Failed; log ends in a CUDA/HIP OOM traceback
    CompleteFineTuning, // FINE_TUNING "<model>-sft", Complete
    PendingWorkspace,   // WORKSPACE "Vscode Workspace", Pending; Running 20 simulated seconds after the epoch
    DeletedWorkload     // INFERENCE "old-<model>-vllm", Deleted
};

// The simulated cluster behind the sandbox: namespaces, workloads with life cycles, logs that grow
// while a workload runs, events, and GPU and inference metrics. Everything derives from the seed
// and the epoch, so it is deterministic; logs are computed on demand, never stored.
// Not thread-safe; lives with the server.
class SimulatedCluster
{
public:
    struct Options
    {
        quint64 seed = 1;
        int workloadCount = 48;
        QStringList namespaces;
        double timeScale = 1.0;
        qint64 epochMicros = 0;
        qint64 logHistoryLines = defaultLogHistoryLines;
        std::function<QDateTime()> clock; // empty: the system clock
    };

    explicit SimulatedCluster(const Options &options);

    // The simulation's "now" (the injected clock) and its time zero.
    qint64 nowMicros() const;
    QDateTime now() const;
    qint64 epochMicros() const { return m_options.epochMicros; }
    double timeScale() const { return m_options.timeScale; }

    QStringList namespaces() const { return m_namespaces; }
    // In the order the API lists them (a seeded shuffle, like rows of a table without ORDER BY).
    QList<const SimWorkload *> workloads(const QString &namespaceName) const;
    const SimWorkload *workload(const QString &id) const;
    qsizetype workloadCount() const { return m_workloads.size(); }

    // What the API shows now (the injected clock).
    QList<WorkloadView> workloadViews(const QString &namespaceName) const;
    std::optional<WorkloadView> workloadView(const QString &id) const;
    WorkloadView view(const SimWorkload &workload, qint64 atMicros) const;
    // The id of one of the namespace's showcase workloads; empty if the namespace has none (a
    // workloadCount too small for all of them).
    QString showcaseId(const QString &namespaceName, Showcase which) const;

    // Marks the workload deleted at `micros` (AIWB deletes synchronously).
    void deleteWorkload(const QString &id, qint64 micros);
    // The same, now; false if there is no such workload.
    bool deleteWorkload(const QString &id);

    // Container log lines (or Kubernetes events) with time in [fromMicros, toMicros], oldest first
    // (newest first if asked), at or above minimumSeverity. limit < 0: all. Only lines that exist
    // by nowMicros are returned.
    QList<SimLogEntry> logs(const SimWorkload &workload, qint64 fromMicros, qint64 toMicros, qint64 nowMicros,
                            int minimumSeverity, bool events, qsizetype limit = -1,
                            bool newestFirst = false) const;
    // Every log line (or event) of the workload in [from, to) that exists now, oldest first.
    QList<SimLogEntry> logEntries(const QString &id, const QDateTime &from, const QDateTime &to,
                                  bool events = false) const;

    // One metric at one time; empty when the workload is not running or has no such metric.
    // Names: the timeseries metrics, and requests_running, requests_waiting, kv_cache_usage,
    // request_rate.
    std::optional<double> metric(const SimWorkload &workload, const QString &name, qint64 micros) const;
    // A scalar metric over [start, end] as AIWB computes it (0 when there is no data).
    double scalarMetric(const SimWorkload &workload, const QString &name, qint64 startMicros,
                        qint64 endMicros, qint64 nowMicros) const;
    static QStringList timeseriesMetrics();
    static QStringList scalarMetrics();

    static int severity(const QString &level);
    static QString sanitizeUser(const QString &email);

private:
    void addShowcase(const QString &namespaceName, int nsIndex);
    void addRandom(int index);
    QString makeId(quint64 salt) const;

    Options m_options;
    QStringList m_namespaces;
    QList<SimWorkload> m_workloads;
    QHash<QString, qsizetype> m_indexById;
    QHash<QString, QList<qsizetype>> m_byNamespace;
    QHash<QString, QStringList> m_showcase; // namespace -> ids in Showcase order
};

} // namespace Workdeck::Sandbox
