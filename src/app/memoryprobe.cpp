// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryprobe.h"

#include "details/logviewwidget.h"
#include "details/workloaddetailsdock.h"
#include "domain/workloadstatus.h"
#include "heaptuning.h"
#include "loglinemodel.h"
#include "mainwindow.h"
#include "services/logsession.h"
#include "startupprobe.h"
#include "workloads/workloadspanel.h"
#include "workloadtablemodel.h"

#include <QTextStream>

#include <algorithm>
#include <utility>
#include <vector>

namespace Workdeck {

MemoryProbe::MemoryProbe(MainWindow *window, int lines, QTextStream *out, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_target(lines)
    , m_out(out)
{
    m_stall.setSingleShot(true);
    m_stall.setInterval(stallTimeoutMs);
    connect(&m_stall, &QTimer::timeout, this, [this] {
        m_done = true;
        Q_EMIT failed(
            tr("no log lines arrived for %1 s (%2 held)").arg(stallTimeoutMs / 1000).arg(linesHeld()));
    });
    // Decides once the view has taken the entries in, and only for the workload now open: a live
    // line of the one before may still be on its way when the next is opened.
    const auto arrived = [this] {
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation == m_generation)
                loadMore();
        });
    };
    LogSession *session = m_window->detailsDock()->logs()->session();
    connect(session, &LogSession::newEntries, this, arrived);
    connect(session, &LogSession::olderLoaded, this, arrived);
}

void MemoryProbe::start()
{
    // The longest logs first: running workloads, oldest first. Only their ids and start times are
    // taken, so the probe itself leaves no copies of the list behind to be measured.
    const WorkloadTableModel *model = m_window->workloadsPanel()->model();
    std::vector<std::pair<QDateTime, QString>> running;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Workload &workload = model->workloadAt(row);
        if (workload.status == WorkloadStatus::Running)
            running.emplace_back(workload.createdAt, workload.id);
    }
    std::stable_sort(running.begin(), running.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[createdAt, id] : running)
        m_candidates.append(id);
    openNextCandidate();
}

void MemoryProbe::openNextCandidate()
{
    if (m_candidates.isEmpty() || ++m_tries > maxTries) {
        m_done = true;
        Q_EMIT failed(
            tr("none of the %1 longest-running workloads has a log of %2 lines; the longest held %3")
                .arg(m_tries - 1)
                .arg(m_target)
                .arg(m_mostHeld));
        return;
    }
    // As a user would: select its row (the dock follows the selection), then the Logs tab.
    ++m_generation;
    WorkloadsPanel *panel = m_window->workloadsPanel();
    panel->selectWorkload(m_candidates.takeFirst());
    const QList<Workload> selected = panel->selectedWorkloads();
    m_workloadName = selected.isEmpty() ? QString() : selected.constFirst().name;
    WorkloadDetailsDock *dock = m_window->detailsDock();
    dock->show();
    dock->showTab(WorkloadDetailsDock::LogsTab);
    m_stall.start();
}

qsizetype MemoryProbe::linesHeld() const
{
    const LogLineModel *model = m_window->detailsDock()->logs()->model();
    return model->retainedCount() + model->pendingCount();
}

void MemoryProbe::loadMore()
{
    if (m_done)
        return;
    m_stall.start();
    m_mostHeld = qMax(m_mostHeld, linesHeld());
    LogSession *session = m_window->detailsDock()->logs()->session();
    if (linesHeld() >= m_target) {
        m_done = true;
        m_stall.stop();
        m_window->detailsDock()->logs()->model()->flush();
        // The app at rest, as a user leaves it: the view has laid out and painted what it holds.
        QTimer::singleShot(settleMs, this, &MemoryProbe::report);
    } else if (session->isLoadingOlder()) {
        return;
    } else if (session->hasOlder()) {
        session->loadOlder();
    } else {
        openNextCandidate();
    }
}

void MemoryProbe::report()
{
    const qint64 rss = residentMemoryBytes();
    const QAbstractItemModel *all = m_window->workloadsPanel()->model();
    *m_out << "memory: resident memory " << (rss >= 0 ? rss / (1024 * 1024) : -1) << " MB with "
           << linesHeld() << " log lines held (" << m_workloadName << ") and " << all->rowCount()
           << " workloads loaded" << Qt::endl;
    Q_EMIT measured();
}

} // namespace Workdeck
