// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statuswatcher.h"

#include <algorithm>

#include "backends/backend.h"
#include "backends/backendsupport.h"
#include "logging.h"

namespace Workdeck {

namespace {
constexpr int maximumBackoffSeconds = 300;
} // namespace

StatusWatcher::StatusWatcher(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &StatusWatcher::pollNow);
}

void StatusWatcher::setProjects(const QList<Project> &projects)
{
    m_projects = projects;
    QSet<QString> ids;
    for (const Project &project : projects)
        ids.insert(project.id);
    for (auto it = m_snapshots.begin(); it != m_snapshots.end();)
        it = ids.contains(it.key()) ? std::next(it) : m_snapshots.erase(it);
    for (auto it = m_counts.begin(); it != m_counts.end();)
        it = ids.contains(it.key()) ? std::next(it) : m_counts.erase(it);
}

void StatusWatcher::setInterval(int seconds)
{
    m_intervalSeconds = qMax(1, seconds);
}

void StatusWatcher::start()
{
    m_running = true;
    pollNow();
}

void StatusWatcher::stop()
{
    m_running = false;
    m_timer.stop();
    ++m_generation;
    m_pending = 0;
}

void StatusWatcher::reset()
{
    stop();
    ++m_epoch;
    m_snapshots.clear();
    m_counts.clear();
    m_failures.clear();
    m_offeredAt.clear();
}

void StatusWatcher::scheduleNext(int milliseconds)
{
    if (m_running)
        m_timer.start(milliseconds);
}

void StatusWatcher::pollNow()
{
    m_timer.stop();
    if (m_projects.isEmpty() || m_pending > 0) {
        scheduleNext(m_intervalSeconds * 1000);
        return;
    }
    QList<Project> due;
    for (const Project &project : std::as_const(m_projects)) {
        if (!isKeptFreshElsewhere(project))
            due.append(project);
    }
    if (due.isEmpty()) {
        scheduleNext(m_intervalSeconds * 1000);
        return;
    }
    const quint64 generation = ++m_generation;
    m_pending = int(due.size());
    Q_EMIT pollStarted();
    for (const Project &project : std::as_const(due)) {
        m_backend->listWorkloads(
            project, {}, this, [this, project, generation](Result<QList<Workload>> result) {
                if (generation != m_generation)
                    return;
                if (result) {
                    if (m_failures.take(project.id) > 0)
                        Q_EMIT pollRecovered(project);
                    handleSnapshot(project, result.value());
                } else if (m_failures[project.id]++ == 0) {
                    qCInfo(lcService).noquote()
                        << "watching" << project.name << "failed:" << result.error().toString();
                    Q_EMIT pollFailed(project, result.error()); // once, not at every retry
                }
                if (--m_pending > 0)
                    return;
                // Back off while any project fails: 2×, 4×, ... the interval, at most five minutes.
                int worst = 0;
                for (int failures : std::as_const(m_failures))
                    worst = qMax(worst, failures);
                const int seconds = worst == 0
                                        ? m_intervalSeconds
                                        : qMin(maximumBackoffSeconds, m_intervalSeconds << qMin(worst, 8));
                Q_EMIT snapshotUpdated();
                scheduleNext(seconds * 1000);
            });
    }
}

void StatusWatcher::setForegroundProject(const QString &projectId)
{
    m_foreground = projectId;
}

void StatusWatcher::offerSnapshot(const Project &project, const QList<Workload> &workloads)
{
    const bool watched = std::any_of(m_projects.cbegin(), m_projects.cend(),
                                     [&project](const Project &p) { return p.id == project.id; });
    if (!watched)
        return;
    m_offeredAt.insert(project.id, m_clock());
    m_failures.remove(project.id);
    handleSnapshot(project, workloads);
    Q_EMIT snapshotUpdated();
}

bool StatusWatcher::isKeptFreshElsewhere(const Project &project) const
{
    const auto offered = m_offeredAt.constFind(project.id);
    if (offered != m_offeredAt.cend())
        return offered->secsTo(m_clock()) <
               qint64(m_intervalSeconds) * 2; // a missed refresh or two: poll again
    // The window's first load of its project is under way: wait for it rather than fetch it too.
    return project.id == m_foreground;
}

void StatusWatcher::handleSnapshot(const Project &project, const QList<Workload> &workloads)
{
    const auto previous = m_snapshots.constFind(project.id);
    const bool baseline = previous == m_snapshots.cend(); // the first: nothing to report
    const QList<Workload> before = baseline ? QList<Workload>() : previous.value();
    m_snapshots.insert(project.id, workloads);
    // Comparing two lists of 100,000 workloads and counting their statuses take tens of ms (a
    // cache miss per workload): a worker's job, not the GUI thread's. Until it is done the counts
    // are the previous list's; snapshotUpdated() follows once they are new. What a worker finds
    // after a reset() is from before it, and dropped.
    struct Compared
    {
        QList<StatusChange> changes;
        QHash<WorkloadStatus, int> counts;
    };
    const bool large = workloads.size() >= backgroundListThreshold;
    const QDateTime at = m_clock();
    runThen<Compared>(
        this, large,
        [before, workloads, at, baseline] {
            Compared compared;
            for (const Workload &workload : workloads)
                ++compared.counts[workload.status];
            if (!baseline)
                compared.changes = diffSnapshots(before, workloads, at);
            return compared;
        },
        [this, id = project.id, epoch = m_epoch, large](Compared compared) {
            if (epoch != m_epoch)
                return;
            m_counts.insert(id, std::move(compared.counts));
            if (!compared.changes.isEmpty())
                Q_EMIT changesDetected(compared.changes);
            if (large)
                Q_EMIT snapshotUpdated(); // the counts are new now
        });
}

QHash<QString, QHash<WorkloadStatus, int>> StatusWatcher::countsByProject() const
{
    QHash<QString, QHash<WorkloadStatus, int>> counts;
    for (const Project &project : m_projects)
        counts.insert(project.name, m_counts.value(project.id));
    return counts;
}

} // namespace Workdeck
