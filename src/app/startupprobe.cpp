// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startupprobe.h"

#include "heaptuning.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QTimer>

#if defined(Q_OS_LINUX)
#include <ctime>
#include <unistd.h>
#endif

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
    const qint64 ageMs = processAgeMs();
    const qint64 rss = residentMemoryBytes();
    *m_out << "startup: first populated table painted " << ageMs << " ms after process start; "
           << "resident memory " << (rss >= 0 ? rss / (1024 * 1024) : -1) << " MB; "
           << m_view->model()->rowCount() << " rows on the page" << Qt::endl;
    Q_EMIT measured();
}

qint64 StartupProbe::processAgeMs()
{
#if defined(Q_OS_LINUX)
    // Field 22 of /proc/self/stat: the start time in clock ticks since boot. The command name
    // (field 2) may hold spaces, so count from its closing parenthesis.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowSeconds = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    return qint64((nowSeconds - startSeconds) * 1000.0);
#else
    return -1;
#endif
}

} // namespace Workdeck
