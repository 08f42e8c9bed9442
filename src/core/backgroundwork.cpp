// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundwork.h"

#include <QThread>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Workdeck {

namespace {
struct ReleasePool : QThreadPool
{
    ReleasePool() { setMaxThreadCount(1); }
};

struct WorkerPool : QThreadPool
{
    WorkerPool() { setMaxThreadCount(QThread::idealThreadCount()); }
};
} // namespace

Q_GLOBAL_STATIC(ReleasePool, globalReleasePool)
Q_GLOBAL_STATIC(WorkerPool, globalWorkerPool)

QThreadPool *releasePool()
{
    return globalReleasePool();
}

void pauseAfterReleaseSlice()
{
    // A slice takes about 1 ms to free; pausing as long halves the release thread's hold on the
    // allocator, and adds about 50 ms to freeing 100,000 workloads.
    QThread::usleep(1000);
}

QThreadPool *workerPool()
{
    return globalWorkerPool();
}

void yieldToTheGuiThread()
{
#if defined(Q_OS_LINUX)
    // Linux gives each thread its own nice value. 10 is a tenth of the CPU share of the GUI thread's
    // 0 when both want a core; work still goes on when the machine is busy (SCHED_IDLE would stop it).
    thread_local bool lowered = false;
    if (!lowered) {
        lowered = true;
        const auto thread = id_t(syscall(SYS_gettid));
        if (getpriority(PRIO_PROCESS, thread) < backgroundNice)
            setpriority(PRIO_PROCESS, thread, backgroundNice);
    }
#endif
}

} // namespace Workdeck
