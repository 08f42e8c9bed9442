// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadservice.h"

#include "backends/backend.h"
#include "backends/backendsupport.h"
#include "heaptuning.h"
#include "logging.h"
#include "startuptimeline.h"
#include "workloadcache.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Workdeck {

namespace {
constexpr int maximumRetryDelaySeconds = 300;
constexpr int firstPageRows = 100; // a page of the table, as it opens
} // namespace

WorkloadService::WorkloadService(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    m_refreshTimer.setSingleShot(false);
    m_refreshTimer.setTimerType(Qt::VeryCoarseTimer); // costs nothing between polls
    connect(&m_refreshTimer, &QTimer::timeout, this, &WorkloadService::refresh);
    setRefreshInterval(15);
}

void WorkloadService::loadProjects()
{
    m_backend->listProjects(this, [this](Result<QList<Project>> result) {
        if (!result) {
            qCWarning(lcService).noquote() << "projects:" << result.error().toString();
            Q_EMIT projectsFailed(result.error());
            return;
        }
        m_projects = result.value();
        StartupTimeline::mark("projects");
        Q_EMIT projectsLoaded(m_projects);
    });
}

void WorkloadService::setProject(const Project &project)
{
    if (project == m_project && !m_workloads.isEmpty())
        return;
    m_project = project;
    m_workloads.clear();
    m_lastUpdated = {};
    m_showingCached = false;
    m_showingFirstPage = false;
    m_haveLive = false;
    m_lastSaved = {};
    ++m_generation; // replies for the previous project are now stale
    Q_EMIT projectChanged(project);
    loadCached();
    refresh();
}

void WorkloadService::refresh()
{
    if (m_project.id.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    const Project project = m_project;
    setLoading(true);
    if (m_livePrefetch && m_livePrefetch->project == project) {
        const std::shared_ptr<LivePrefetch> prefetch = std::exchange(m_livePrefetch, {});
        prefetch->generation = generation;
        if (prefetch->result) {
            later(this, [this, prefetch] {
                applyList(*prefetch->generation, prefetch->project, *std::exchange(prefetch->result, {}));
            });
        } else if (prefetch->firstPage) {
            later(this, [this, prefetch] {
                if (prefetch->firstPage) // not if the list came meanwhile
                    applyFirstPage(*prefetch->generation, prefetch->project, prefetch->firstPageOrder,
                                   *std::exchange(prefetch->firstPage, {}));
            });
        }
        return;
    }
    if (m_livePrefetch)
        releaseLater(std::exchange(m_livePrefetch, {})); // of another project
    if (wouldShowFirstPage(project))
        askFirstPage(generation, project);
    m_backend->listWorkloads(project, {}, this, [this, generation, project](Result<QList<Workload>> result) {
        applyList(generation, project, std::move(result));
    });
}

void WorkloadService::prefetchLive(const QString &idOrName)
{
    const std::optional<Project> project = m_backend->projectBeforeListing(idOrName);
    // With a cached list to show first, the live one is asked for once the project is chosen, as
    // ever: asked for now, its answer and reading competed with showing the cached list (a warm
    // start to the first painted table took 360 ms instead of 245).
    if (!project || (m_cache && m_cache->contains(project->id)))
        return;
    auto prefetch = std::make_shared<LivePrefetch>();
    prefetch->project = *project;
    m_livePrefetch = prefetch;
    // The first page before the list: a server that answers in turn answers it first.
    if (m_firstPageOrder) {
        prefetch->firstPageOrder = *m_firstPageOrder;
        m_backend->listFirstWorkloads(*project, firstPageRows, prefetch->firstPageOrder, this,
                                      [this, prefetch](Result<WorkloadPage> page) {
                                          if (prefetch->generation)
                                              applyFirstPage(*prefetch->generation, prefetch->project,
                                                             prefetch->firstPageOrder, std::move(page));
                                          else
                                              prefetch->firstPage = std::move(page);
                                      });
    }
    m_backend->listWorkloads(*project, {}, this, [this, prefetch](Result<QList<Workload>> result) {
        if (prefetch->generation)
            applyList(*prefetch->generation, prefetch->project, std::move(result));
        else if (m_livePrefetch == prefetch)
            prefetch->result = std::move(result);
        else
            releaseLater(std::move(result)); // nobody took it over
    });
}

bool WorkloadService::wouldShowFirstPage(const Project &project) const
{
    return m_firstPageOrder && m_workloads.isEmpty() && !m_haveLive &&
           !(m_cache && m_cache->contains(project.id));
}

void WorkloadService::askFirstPage(quint64 generation, const Project &project)
{
    const Qt::SortOrder order = *m_firstPageOrder;
    m_backend->listFirstWorkloads(project, firstPageRows, order, this,
                                  [this, generation, project, order](Result<WorkloadPage> page) {
                                      applyFirstPage(generation, project, order, std::move(page));
                                  });
}

void WorkloadService::applyFirstPage(quint64 generation, const Project &project, Qt::SortOrder order,
                                     Result<WorkloadPage> page)
{
    // Only while nothing else is shown, and in the order the table shows.
    if (generation != m_generation || m_haveLive || !m_workloads.isEmpty() || m_firstPageOrder != order)
        return;
    if (!page) {
        // The whole list is on its way all the same; its failure is the one reported.
        qCInfo(lcService).noquote() << "first page of workloads:" << page.error().toString();
        return;
    }
    if (page.value().workloads.isEmpty())
        return;
    m_workloads = std::move(page.value().workloads);
    m_firstPageTotal = page.value().total;
    m_showingFirstPage = true;
    StartupTimeline::mark("first page");
    Q_EMIT workloadsLoaded(project, m_workloads);
}

void WorkloadService::applyList(quint64 generation, const Project &project, Result<QList<Workload>> result)
{
    if (generation != m_generation) {
        qCDebug(lcService) << "dropped a stale workload list for" << project.name;
        return;
    }
    setLoading(false);
    if (!result) {
        qCWarning(lcService).noquote() << "workloads:" << result.error().toString();
        ++m_failures;
        if (m_intervalSeconds > 0) {
            // Back off: a struggling server gets fewer requests, not one every interval.
            m_retryDelaySeconds = qMin(maximumRetryDelaySeconds, 5 << qMin(m_failures - 1, 7));
            m_refreshTimer.start(m_retryDelaySeconds * 1000);
        }
        Q_EMIT workloadsFailed(project, result.error());
        return;
    }
    if (m_failures > 0) {
        m_failures = 0;
        m_retryDelaySeconds = 0;
        if (m_intervalSeconds > 0)
            m_refreshTimer.start(m_intervalSeconds * 1000);
    }
    // The previous list goes away on a worker: freeing 100,000 workloads takes a while.
    releaseLater(std::exchange(m_workloads, std::move(result).value()));
    trimHeapSoon(); // the body and its parsed JSON are gone
    m_lastUpdated = QDateTime::currentDateTimeUtc();
    m_showingCached = false;
    m_showingFirstPage = false;
    m_haveLive = true;
    StartupTimeline::mark("live list");
    Q_EMIT workloadsLoaded(project, m_workloads);
    saveToCache();
}

void WorkloadService::setCache(std::shared_ptr<const WorkloadCache> cache)
{
    dropPrefetch();
    m_cache = std::move(cache);
}

void WorkloadService::loadCached()
{
    if (!m_cache || m_project.id.isEmpty())
        return;
    const QString projectId = m_project.id;
    auto *watcher = new QFutureWatcher<std::optional<WorkloadCache::Snapshot>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, projectId] {
        watcher->deleteLater();
        const std::optional<WorkloadCache::Snapshot> snapshot = watcher->future().takeResult();
        // Too late if the user moved on, or the live list came first.
        if (!snapshot || m_project.id != projectId || m_haveLive)
            return;
        qCDebug(lcService) << "showing" << snapshot->workloads.size() << "cached workloads of"
                           << m_project.name;
        m_workloads = snapshot->workloads;
        m_lastUpdated = snapshot->savedAt;
        m_showingCached = true;
        m_showingFirstPage = false;
        StartupTimeline::mark("cached list");
        Q_EMIT workloadsLoaded(m_project, m_workloads);
    });
    // The prefetched read if it was of this project. A watcher reports a read that finished before
    // it watched, too (QFuture::then with a context can miss that on Qt 6.4).
    QFuture<std::optional<WorkloadCache::Snapshot>> load =
        m_prefetchedId == projectId ? std::exchange(m_prefetch, {}) : readCache(projectId);
    dropPrefetch();
    watcher->setFuture(load);
}

QFuture<std::optional<WorkloadCache::Snapshot>> WorkloadService::readCache(const QString &projectId) const
{
    return runBelowTheGuiThread(workerPool(),
                                [cache = m_cache, projectId] { return cache->load(projectId); });
}

void WorkloadService::prefetchCached(const QString &projectId)
{
    dropPrefetch();
    if (!m_cache || projectId.isEmpty())
        return;
    m_prefetchedId = projectId;
    m_prefetch = readCache(projectId);
}

void WorkloadService::dropPrefetch()
{
    // A list read for nothing is freed on the release thread, not here (nor by a worker still
    // reading it: the future keeps it until its last holder lets go).
    if (m_prefetch.isValid())
        releaseLater(std::exchange(m_prefetch, {}));
    m_prefetchedId.clear();
}

void WorkloadService::saveToCache()
{
    if (!m_cache)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lastSaved.isValid() && m_lastSaved.secsTo(now) < 60)
        return;
    m_lastSaved = now;
    // The list is implicitly shared: the copy costs nothing; writing happens off the GUI thread.
    (void)runBelowTheGuiThread(
        workerPool(), [cache = m_cache, projectId = m_project.id, workloads = m_workloads, now] {
            if (!cache->save(projectId, workloads, now))
                qCInfo(lcService) << "could not write the workload cache in" << cache->directory();
        });
}

void WorkloadService::setRefreshInterval(int seconds)
{
    m_intervalSeconds = qMax(0, seconds);
    m_retryDelaySeconds = 0;
    if (m_intervalSeconds == 0) {
        m_refreshTimer.stop();
        return;
    }
    m_refreshTimer.start(m_intervalSeconds * 1000);
}

void WorkloadService::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace Workdeck
