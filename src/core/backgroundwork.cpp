// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundwork.h"

#include <QThread>

#if defined(Q_OS_LINUX)
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <string_view>
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

int niceOf(const QThreadPool *pool)
{
    return pool == globalReleasePool() ? housekeepingNice : backgroundNice;
}

void yieldToTheGuiThread(int nice)
{
#if defined(Q_OS_LINUX)
    // Linux gives each thread its own nice value. 10 is a tenth of the CPU share of the GUI thread's
    // 0 when both want a core; work still goes on when the machine is busy (SCHED_IDLE would stop it).
    thread_local int lowered = 0;
    if (lowered < nice) {
        lowered = nice;
        const auto thread = id_t(syscall(SYS_gettid));
        if (getpriority(PRIO_PROCESS, thread) < nice)
            setpriority(PRIO_PROCESS, thread, nice);
    }
#else
    Q_UNUSED(nice)
#endif
}

void yieldNetworkThreadsToTheGuiThread()
{
#if defined(Q_OS_LINUX)
    // Linux keeps the first 15 bytes of a thread's name (and ends it with a newline here).
    constexpr std::string_view networkThreadName = "QNetworkAccessM\n";
    DIR *tasks = opendir("/proc/self/task");
    if (!tasks)
        return;
    while (const dirent *entry = readdir(tasks)) {
        char *end = nullptr;
        const long id = std::strtol(entry->d_name, &end, 10);
        if (id <= 0 || *end != '\0')
            continue;
        std::array<char, 64> path{};
        std::snprintf(path.data(), path.size(), "/proc/self/task/%ld/comm", id);
        const int file = open(path.data(), O_RDONLY | O_CLOEXEC);
        if (file < 0)
            continue;
        std::array<char, 32> name{};
        const ssize_t read = ::read(file, name.data(), name.size());
        close(file);
        if (read <= 0 || std::string_view(name.data(), size_t(read)) != networkThreadName)
            continue;
        errno = 0;
        const int nice = getpriority(PRIO_PROCESS, id_t(id));
        if (errno == 0 && nice < backgroundNice)
            setpriority(PRIO_PROCESS, id_t(id), backgroundNice);
    }
    closedir(tasks);
#endif
}

namespace {
const QString resultPortName = QStringLiteral("workdeck-result-port");
} // namespace

ResultPort::ResultPort(QObject *context)
    : QObject(context)
    , m_lock(std::make_shared<Lock>())
{
    setObjectName(resultPortName);
    m_lock->port = this;
}

ResultPort::~ResultPort()
{
    const QMutexLocker locker(&m_lock->mutex);
    m_lock->port = nullptr;
}

std::shared_ptr<ResultPort::Lock> ResultPort::of(QObject *context)
{
    auto *port = context->findChild<ResultPort *>(resultPortName, Qt::FindDirectChildrenOnly);
    if (!port)
        port = new ResultPort(context);
    return port->m_lock;
}

} // namespace Workdeck
