// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

class QTextStream;

namespace Workdeck {

// --measure-idle SECONDS: once the table is populated and the app has settled, closes the window as a
// user does, so Workdeck goes on in the tray (where the platform has no tray, it hides the window as
// the tray would), and then prints the CPU time the process used over SECONDS seconds and how many
// polls fell into them. pollStarted() counts a poll; the composition root connects it.
class IdleProbe : public QObject
{
    Q_OBJECT
public:
    IdleProbe(QWidget *window, int seconds, QTextStream *out, QObject *parent = nullptr);
    void start();
    void pollStarted();

    static constexpr int settleMs = 3000;     // the first refresh, the cache written
    static constexpr int afterCloseMs = 1000; // the window's last repaint and hide
    static qint64 cpuMicroseconds();          // user + system time of the process so far

Q_SIGNALS:
    void measured();

private:
    void closeWindow();
    void begin();
    void report();

    QPointer<QWidget> m_window;
    int m_seconds;
    QTextStream *m_out;
    bool m_inTray = false;
    bool m_measuring = false;
    int m_polls = 0;
    qint64 m_cpuAtStart = 0;
};

} // namespace Workdeck
