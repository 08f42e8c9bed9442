// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heaptuning.h"

#include "backgroundwork.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>
#include <QSemaphore>
#include <QThread>
#include <QTimer>

#include <cstdlib> // defines __GLIBC__ where it applies
#include <cstring>
#include <memory>
#include <thread>
#include <utility>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__GLIBC__) && !defined(__SANITIZE_ADDRESS__)
#define WORKDECK_GLIBC_MALLOC // glibc's allocator, not a sanitizer's in its place
#endif
#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#include <unistd.h>
#endif

namespace Workdeck {

namespace {

#if defined(WORKDECK_GLIBC_MALLOC)
// glibc gives a thread its arena at the thread's first allocation: a new arena while there are
// fewer than M_ARENA_MAX, else the next in turn, the "main" arena of the GUI thread included (a
// thread that ends gives its turn back, not the arena). So the pool threads are started one at a
// time, each after short-lived threads have taken turns until one took the main arena.
void seatPoolThreads(QThreadPool *pool)
{
    pool->setExpiryTimeout(-1); // a thread started later would take whichever arena is next
    const int threads = pool->maxThreadCount();
    // Shared with the tasks, which may still be leaving when this returns (not waitForDone(): it
    // ends the pool's threads).
    const auto seated = std::make_shared<QSemaphore>();
    const auto release = std::make_shared<QSemaphore>();
    for (int i = 0; i < threads; ++i) {
        // At most a turn of every arena (and, at first, one making the second arena).
        bool tookMain = false;
        for (int tries = 0; tries < 4 && !tookMain; ++tries)
            std::thread([&tookMain] { tookMain = threadAllocatesFromTheMainArena(); }).join();
        pool->start([seated, release, nice = niceOf(pool)] {
            (void)threadAllocatesFromTheMainArena(); // takes its arena now
            seated->release();
            yieldToTheGuiThread(nice);
            release->acquire(); // busy: the next task needs a thread of its own
        });
        seated->acquire();
    }
    release->release(threads);
}
#endif

} // namespace

bool threadAllocatesFromTheMainArena()
{
#if defined(WORKDECK_GLIBC_MALLOC)
    // Larger than the thread's cache of freed blocks (which may hold other arenas' blocks), so
    // taken from the thread's arena. A block's size word, just before it, flags the other arenas.
    constexpr size_t size = 4096;
    constexpr size_t nonMainArena = 0x4;
    void *block = std::malloc(size);
    if (!block)
        return false;
    asm volatile("" : "+r"(block)); // read as a pointer into the heap, not into a block of `size`
    size_t sizeWord = 0;
    std::memcpy(&sizeWord, static_cast<const char *>(block) - sizeof sizeWord, sizeof sizeWord);
    std::free(block);
    return (sizeWord & nonMainArena) == 0;
#else
    return false;
#endif
}

void tuneHeap()
{
#if defined(__GLIBC__)
    static bool tuned = false;
    if (std::exchange(tuned, true))
        return;
    mallopt(M_ARENA_MAX, 2);
    mallopt(M_MXFAST, 0);
#endif
#if defined(WORKDECK_GLIBC_MALLOC)
    seatPoolThreads(workerPool());
    seatPoolThreads(releasePool());
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
                         [] { (void)runBelowTheGuiThread(workerPool(), [] { trimHeapNow(); }); });
    }
    timer->start();
#endif
}

void adviseHugePages(void *data, qsizetype bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr quintptr hugePage = quintptr(2) << 20;
    const quintptr begin = (quintptr(data) + hugePage - 1) & ~(hugePage - 1);
    const quintptr end = (quintptr(data) + quintptr(bytes)) & ~(hugePage - 1);
    if (bytes > 0 && end > begin)
        (void)madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(data)
    Q_UNUSED(bytes)
#endif
}

} // namespace Workdeck
