// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include "heaptuning.h"
#include "startuptimeline.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QTextStream>
#include <QTimer>

namespace Workdeck {

StartupProbe::StartupProbe(QAbstractItemView *view, QTextStream *out, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_out(out)
{
    m_view->viewport()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint && m_view->model() && m_view->model()->rowCount() > 0) {
        m_done = true;
        // Report once this paint has finished.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    const qint64 ageMs = StartupTimeline::processAgeMs();
    const qint64 rss = residentMemoryBytes();
    *m_out << "startup: first populated table painted " << ageMs << " ms after process start; "
           << "resident memory " << (rss >= 0 ? rss / (1024 * 1024) : -1) << " MB; "
           << m_view->model()->rowCount() << " rows on the page" << Qt::endl;
    *m_out << "startup milestones (ms):";
    const QList<StartupTimeline::Milestone> milestones = StartupTimeline::milestones();
    for (const StartupTimeline::Milestone &milestone : milestones)
        *m_out << ' ' << milestone.name << ' ' << milestone.ageMs << ',';
    *m_out << " painted " << ageMs << Qt::endl;
    Q_EMIT measured();
}

} // namespace Workdeck
