// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idleprobe.h"

#include <QSystemTrayIcon>
#include <QTextStream>
#include <QTimer>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif

namespace Workdeck {

IdleProbe::IdleProbe(QWidget *window, int seconds, QTextStream *out, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_seconds(seconds)
    , m_out(out)
{}

void IdleProbe::start()
{
    QTimer::singleShot(settleMs, this, &IdleProbe::closeWindow);
}

void IdleProbe::pollStarted()
{
    if (m_measuring)
        ++m_polls;
}

void IdleProbe::closeWindow()
{
    if (!m_window)
        return;
    // With a tray, closing keeps Workdeck running there; without one, closing would quit, so hide the
    // window as the tray does.
    m_inTray = QSystemTrayIcon::isSystemTrayAvailable();
    if (m_inTray)
        m_window->close();
    else
        m_window->hide();
    QTimer::singleShot(afterCloseMs, this, &IdleProbe::begin);
}

void IdleProbe::begin()
{
    m_measuring = true;
    m_cpuAtStart = cpuMicroseconds();
    QTimer::singleShot(m_seconds * 1000, this, &IdleProbe::report);
}

void IdleProbe::report()
{
    const qint64 used = cpuMicroseconds() - m_cpuAtStart;
    m_measuring = false;
    *m_out << "idle: " << QString::number(double(used) / 1000.0, 'f', 1) << " ms of CPU in " << m_seconds
           << " s with the window "
           << (m_inTray ? "closed to the tray" : "hidden (this platform has no system tray)") << "; "
           << m_polls << (m_polls == 1 ? " poll" : " polls") << " in that time" << Qt::endl;
    Q_EMIT measured();
}

qint64 IdleProbe::cpuMicroseconds()
{
#if defined(Q_OS_UNIX)
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) != 0)
        return 0;
    const auto micro = [](const timeval &t) { return qint64(t.tv_sec) * 1000000 + t.tv_usec; };
    return micro(usage.ru_utime) + micro(usage.ru_stime);
#else
    return 0;
#endif
}

} // namespace Workdeck
