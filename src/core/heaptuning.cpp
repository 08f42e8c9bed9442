// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heaptuning.h"

#include "backgroundwork.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <cstdlib> // defines __GLIBC__ where it applies

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(Q_OS_LINUX)
#include <unistd.h>
#endif

namespace Workdeck {

void tuneHeap()
{
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, 2);
    mallopt(M_MXFAST, 0);
#endif
}

qint64 residentMemoryBytes()
{
#if defined(Q_OS_LINUX)
    // "size resident shared text lib data dt", in pages.
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    bool ok = false;
    const qint64 pages = fields.value(1).toLongLong(&ok);
    return ok ? pages * sysconf(_SC_PAGESIZE) : -1;
#else
    return -1;
#endif
}

bool trimHeapNow(qint64 limitBytes)
{
#if defined(__GLIBC__)
    const qint64 resident = residentMemoryBytes();
    if (resident < 0 || resident >= limitBytes)
        return false;
    malloc_trim(0);
    return true;
#else
    Q_UNUSED(limitBytes)
    return false;
#endif
}

void trimHeapSoon()
{
#if defined(__GLIBC__)
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() != app->thread())
        return;
    static QPointer<QTimer> timer;
    if (!timer) {
        timer = new QTimer(app);
        timer->setSingleShot(true);
        timer->setInterval(1000);
        QObject::connect(timer, &QTimer::timeout, timer,
                         [] { (void)runBelowTheGuiThread(releasePool(), [] { trimHeapNow(); }); });
    }
    timer->start();
#endif
}

} // namespace Workdeck
