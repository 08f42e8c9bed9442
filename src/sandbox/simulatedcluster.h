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

    QString statusAt(qint64 micros) const;
    bool isRunningAt(qint64 micros) const;
};

// The simulated cluster behind the sandbox: namespaces, workloads with life cycles, logs that grow
// while a workload runs, events, and GPU and inference metrics. Everything derives from the seed
// and the epoch, so it is deterministic; logs are computed on demand, never stored.
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
    };

    explicit SimulatedCluster(const Options &options);

    QStringList namespaces() const { return m_namespaces; }
    QList<const SimWorkload *> workloads(const QString &namespaceName) const;
    const SimWorkload *workload(const QString &id) const;
    qsizetype workloadCount() const { return m_workloads.size(); }
    // Marks the workload deleted at `micros` (AIWB deletes synchronously).
    void deleteWorkload(const QString &id, qint64 micros);

    // Container log lines (or Kubernetes events) with time in [fromMicros, toMicros], oldest first,
    // at or above minimumSeverity. limit < 0: all.
    // Only lines that exist by nowMicros are returned.
    QList<SimLogEntry> logs(const SimWorkload &workload, qint64 fromMicros, qint64 toMicros, qint64 nowMicros,
                            int minimumSeverity, bool events, qsizetype limit = -1,
                            bool newestFirst = false) const;

    // One metric at one time; empty when the workload is not running or has no such metric.
    std::optional<double> metric(const SimWorkload &workload, const QString &name, qint64 micros) const;
    static QStringList timeseriesMetrics();
    static QStringList scalarMetrics();

    static int severity(const QString &level);
    static QString sanitizeUser(const QString &email);

private:
    struct LogWindow
    {
        qint64 start = 0;
        qint64 interval = 1;
        qint64 count = 0;     // lines that exist by "now"
        qint64 fullCount = 0; // lines of the whole run, when it ends by itself (for its last words)
    };
    LogWindow logWindow(const SimWorkload &workload, qint64 nowMicros) const;
    SimLogEntry logLine(const SimWorkload &workload, const LogWindow &window, qint64 index) const;
    QList<SimLogEntry> events(const SimWorkload &workload) const;
    void addShowcase(const QString &namespaceName, int index);
    void addRandom(int index);
    QString makeId(quint64 salt) const;

    Options m_options;
    QStringList m_namespaces;
    QList<SimWorkload> m_workloads;
    QHash<QString, qsizetype> m_indexById;
    QHash<QString, QList<qsizetype>> m_byNamespace;
};

} // namespace Workdeck::Sandbox
