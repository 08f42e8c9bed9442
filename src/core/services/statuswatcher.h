// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "domain/project.h"
#include "domain/statuschange.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>

namespace Workdeck {

class Backend;

// Watches the statuses of the workloads in a set of projects, in the background, and reports
// what changed between two polls. The first snapshot of a project only sets the baseline: it
// reports nothing. Between polls it costs nothing (one coarse single-shot timer). A failing
// poll is reported once, then retried with back-off until it works again.
class StatusWatcher : public QObject
{
    Q_OBJECT
public:
    explicit StatusWatcher(Backend *backend, QObject *parent = nullptr);

    void setProjects(const QList<Project> &projects); // forgets baselines of projects no longer watched
    QList<Project> projects() const { return m_projects; }
    void setInterval(int seconds);
    int interval() const { return m_intervalSeconds; }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    void start();
    void stop();
    void pollNow();
    // Starts afresh (e.g. after switching connection): the next snapshots are baselines again.
    void reset();

    // The window keeps this project fresh itself (its own refreshes, fed in by offerSnapshot()):
    // the watcher does not poll it while the window's snapshots keep coming. Empty: none.
    void setForegroundProject(const QString &projectId);
    // A list of a project's workloads someone else fetched (the window's refresh): compared and
    // kept like a poll's answer, so the same list is never fetched twice.
    void offerSnapshot(const Project &project, const QList<Workload> &workloads);

    // Counts per status in the newest snapshot of each project (of a long list, the one before it
    // until snapshotUpdated() says they are counted).
    QHash<QString, QHash<WorkloadStatus, int>> countsByProject() const;

Q_SIGNALS:
    void pollStarted(); // a fetch of the due projects begins
    void changesDetected(const QList<Workdeck::StatusChange> &changes);
    void pollFailed(const Workdeck::Project &project, const Workdeck::ApiError &error);
    void pollRecovered(const Workdeck::Project &project);
    void snapshotUpdated();

private:
    void scheduleNext(int milliseconds);
    void handleSnapshot(const Project &project, const QList<Workload> &workloads);
    bool isKeptFreshElsewhere(const Project &project) const;

    Backend *m_backend;
    QList<Project> m_projects;
    QHash<QString, QList<Workload>> m_snapshots;         // project id → last list
    QHash<QString, QHash<WorkloadStatus, int>> m_counts; // project id → its statuses counted
    QHash<QString, int> m_failures;                      // project id → consecutive failures
    QHash<QString, QDateTime> m_offeredAt;               // project id → when offerSnapshot() last fed it
    QString m_foreground;
    QTimer m_timer;
    int m_intervalSeconds = 15;
    int m_pending = 0;
    quint64 m_generation = 0;
    quint64 m_epoch = 0; // bumped by reset(): comparisons still under way are from before it
    bool m_running = false;
    std::function<QDateTime()> m_clock;
};

} // namespace Workdeck
