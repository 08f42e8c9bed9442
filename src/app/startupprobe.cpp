// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include "heaptuning.h"
#include "services/workloadservice.h"
#include "startuptimeline.h"
#include "workloads/workloadspanel.h"
#include "workloads/workloadtableview.h"

#include <QEvent>
#include <QTextStream>
#include <QTimer>

namespace Workdeck {

StartupProbe::StartupProbe(WorkloadsPanel *panel, WorkloadService *service, QTextStream *out, QObject *parent)
    : QObject(parent)
    , m_panel(panel)
    , m_service(service)
    , m_out(out)
{
    m_panel->view()->viewport()->installEventFilter(this);
    connect(m_panel, &WorkloadsPanel::workloadsShown, this, [this] {
        if (!m_service->hasLiveList())
            return;
        m_liveListInTable = true;
        // Painted again even where nothing changed in sight (the live list equal to the cached one).
        m_panel->view()->viewport()->update();
    });
    connect(m_service, &WorkloadService::projectsFailed, this,
            [this](const ApiError &error) { fail("projects", error); });
    connect(m_service, &WorkloadService::workloadsFailed, this,
            [this](const Project &, const ApiError &error) { fail("workloads", error); });
}

void StartupProbe::fail(const char *what, const ApiError &error)
{
    if (m_stage == Stage::Done)
        return;
    m_stage = Stage::Done;
    *m_out << "startup: the " << what << " could not be loaded: " << error.toString() << Qt::endl;
    Q_EMIT failed();
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_paintQueued) {
        const bool rows = m_panel->view()->model() && m_panel->view()->model()->rowCount() > 0;
        if ((m_stage == Stage::WaitingForRows && rows) ||
            (m_stage == Stage::WaitingForLiveList && m_liveListInTable)) {
            // Noted once this paint has finished.
            m_paintQueued = true;
            QTimer::singleShot(0, this, &StartupProbe::reportPaint);
        }
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::printPaint(const char *what, qint64 ageMs)
{
    const qint64 rss = residentMemoryBytes();
    *m_out << "startup: " << what << " painted " << ageMs << " ms after process start; "
           << "resident memory " << (rss >= 0 ? rss / (1024 * 1024) : -1) << " MB; "
           << m_panel->view()->model()->rowCount() << " rows on the page" << Qt::endl;
}

void StartupProbe::reportPaint()
{
    m_paintQueued = false;
    if (m_stage == Stage::Done)
        return;
    if (m_stage == Stage::WaitingForRows) {
        printPaint("first populated table", StartupTimeline::mark("painted"));
        m_stage = Stage::WaitingForLiveList;
        if (!m_liveListInTable)
            return;
    }
    printPaint("live list", StartupTimeline::mark("live list painted"));
    m_stage = Stage::Done;
    QStringList milestones;
    const QList<StartupTimeline::Milestone> reached = StartupTimeline::milestones();
    for (const StartupTimeline::Milestone &milestone : reached)
        milestones << QStringLiteral("%1 %2").arg(QLatin1String(milestone.name)).arg(milestone.ageMs);
    *m_out << "startup milestones (ms): " << milestones.join(QStringLiteral(", ")) << Qt::endl;
    Q_EMIT measured();
}

} // namespace Workdeck
