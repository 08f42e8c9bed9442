// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/result.h"
#include "domain/project.h"
#include "domain/workload.h"
#include "workloadcache.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Workdeck {

class Backend;

// Loads the projects and keeps the current project's workloads fresh: on demand and every
// refresh interval. Hands value snapshots to whoever listens (the table model merges them).
// A reply that is older than the latest request, or for another project, is dropped.
class WorkloadService : public QObject
{
    Q_OBJECT
public:
    explicit WorkloadService(Backend *backend, QObject *parent = nullptr);

    Backend *backend() const { return m_backend; }

    void loadProjects();
    QList<Project> projects() const { return m_projects; }

    void setProject(const Project &project);
    Project project() const { return m_project; }

    // With a cache, a project's last list is shown from disk at once (isShowingCached()) while the
    // live list loads, and live lists are saved back (at most once a minute per project).
    void setCache(std::shared_ptr<const WorkloadCache> cache);
    bool isShowingCached() const { return m_showingCached; }
    // Starts reading the cached list of the project likely to be chosen first (the last one used),
    // so that it is read while the window is built and the projects load. A setProject() of that
    // project then shows it without reading again; another project drops it.
    void prefetchCached(const QString &projectId);
    // Asks for the live list of that project (an id or name) at once, where the backend can before
    // the projects are known (Backend::projectBeforeListing): the server works on it while the
    // window is built and the projects load. A setProject() of that project takes the answer over
    // instead of asking again; another project drops it. Not where the cache has a list of it.
    void prefetchLive(const QString &idOrName);

    // Where the backend pages and sorts its list (Backend::listFirstWorkloads), a project with no
    // list to show yet (none cached) first shows the first page of its list, while the whole list
    // loads (isShowingFirstPage()); only while the table shows the rows in that order of creation
    // (newest first by default). nullopt: the table is sorted otherwise, no first page.
    void setFirstPageOrder(std::optional<Qt::SortOrder> order) { m_firstPageOrder = order; }
    bool isShowingFirstPage() const { return m_showingFirstPage; }
    // How many workloads the whole list has, as the server said with the first page.
    int firstPageTotal() const { return m_firstPageTotal; }
    // A live list of the project is shown: not a cached one, not the first page.
    bool hasLiveList() const { return m_haveLive; }

    void refresh();
    void setRefreshInterval(int seconds); // 0: automatic refresh off
    int refreshInterval() const { return m_intervalSeconds; }
    // After a failed load, with automatic refresh on, the next try comes after a growing pause
    // (5 s, 10 s, 20 s, ... at most 5 minutes) instead of the interval; 0 when not backing off.
    int retryDelaySeconds() const { return m_retryDelaySeconds; }
    bool isLoading() const { return m_loading; }
    QDateTime lastUpdated() const { return m_lastUpdated; }
    QList<Workload> workloads() const { return m_workloads; }

Q_SIGNALS:
    void projectsLoaded(const QList<Workdeck::Project> &projects);
    void projectsFailed(const Workdeck::ApiError &error);
    void projectChanged(const Workdeck::Project &project);
    void workloadsLoaded(const Workdeck::Project &project, const QList<Workdeck::Workload> &workloads);
    void workloadsFailed(const Workdeck::Project &project, const Workdeck::ApiError &error);
    void loadingChanged(bool loading);

private:
    void setLoading(bool loading);
    void loadCached();
    QFuture<std::optional<WorkloadCache::Snapshot>> readCache(const QString &projectId) const;
    void dropPrefetch();
    void applyList(quint64 generation, const Project &project, Result<QList<Workload>> result);
    bool wouldShowFirstPage(const Project &project) const;
    void askFirstPage(quint64 generation, const Project &project);
    void applyFirstPage(quint64 generation, const Project &project, Qt::SortOrder order,
                        Result<WorkloadPage> page);
    void saveToCache();

    Backend *m_backend;
    QList<Project> m_projects;
    Project m_project;
    QList<Workload> m_workloads;
    QTimer m_refreshTimer;
    int m_intervalSeconds = 0;
    int m_failures = 0;
    int m_retryDelaySeconds = 0;
    QDateTime m_lastUpdated;
    quint64 m_generation = 0;
    bool m_loading = false;
    std::shared_ptr<const WorkloadCache> m_cache;
    QString m_prefetchedId;
    QFuture<std::optional<WorkloadCache::Snapshot>> m_prefetch;
    struct LivePrefetch
    {
        Project project;
        std::optional<Result<QList<Workload>>> result; // until taken over
        std::optional<quint64> generation;             // once taken over
        Qt::SortOrder firstPageOrder = Qt::DescendingOrder;
        std::optional<Result<WorkloadPage>> firstPage; // until taken over
    };
    std::shared_ptr<LivePrefetch> m_livePrefetch;
    bool m_showingCached = false;
    std::optional<Qt::SortOrder> m_firstPageOrder = Qt::DescendingOrder;
    bool m_showingFirstPage = false;
    int m_firstPageTotal = 0;
    bool m_haveLive = false; // a live list of m_project has arrived
    QDateTime m_lastSaved;
};

} // namespace Workdeck
