// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMutex>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace Workdeck {

// The one thread that frees large values: housekeeping never takes more than one core from the
// GUI thread and the parsing (on 2 cores, freeing on two threads starved them both).
QThreadPool *releasePool();

// The threads that parse, compare and merge. Not Qt's global pool: Qt 6.4's raster engine borrows
// that one to fill large areas while painting, so with a parse or a merge in it, a paint of the
// window waited for them (stalls of 50-130 ms in a refresh of 100,000 workloads).
QThreadPool *workerPool();

// Called first in each task of those pools: the worker thread then runs at a lower priority than
// the GUI thread (on Linux, the nice value given), so a paint or an event is not held up by a parse
// or a merge.
void yieldToTheGuiThread(int nice);
inline constexpr int backgroundNice = 10; // the workers'
// The release thread's: nothing waits for what it frees. At nice 10 the scheduler now and then gave
// it the GUI thread's core for a whole tick (4 ms at 250 Hz) while the other core sat idle: in a
// traced refresh of 100,000 workloads, freeing the merge's index held up the repaint after the
// merge by 4 ms. At 19 its share against the GUI thread is a seventieth instead of a tenth, and it
// still frees whenever the GUI thread waits.
inline constexpr int housekeepingNice = 19;
// The nice value of pool's threads (workerPool() or releasePool()).
int niceOf(const QThreadPool *pool);

// Qt's HTTP thread (one per QNetworkAccessManager, started at its first request) reads, decodes and
// buffers every reply. At the GUI thread's own nice 0 the two took turns on a core: while a list of
// 100,000 workloads arrived, the GUI thread, ready to paint, waited 10 ms at a time for it. Qt gives
// no handle on that thread, so on Linux this finds it by the name Qt gives it and lowers it to
// backgroundNice as well; elsewhere it does nothing. Called on the GUI thread once a reply's headers
// have arrived (the thread is running, and named, by then).
void yieldNetworkThreadsToTheGuiThread();

// Runs work on pool (workerPool() or releasePool()), having yielded to the GUI thread first. The
// work, and what it holds, is destroyed with the task, on that thread.
template<typename F> auto runBelowTheGuiThread(QThreadPool *pool, F work)
{
    return QtConcurrent::run(pool, [nice = niceOf(pool), work = std::move(work)]() mutable {
        yieldToTheGuiThread(nice);
        return work();
    });
}

// Lets a large value (100,000 workloads take tens of ms to free) go on a worker thread.
template<typename T> void releaseLater(T value)
{
    // Freed with the task, on the release thread, once it has lowered its priority.
    (void)runBelowTheGuiThread(releasePool(), [released = std::move(value)] { Q_UNUSED(released) });
}

// Empties list from the back, releaseSlice elements at a time, pausing after each slice. Each free
// takes the allocator's lock that the GUI thread's allocations need too, and the memory freed piles
// up for the GUI thread's next larger allocation to sort: the 100,000 workloads a refresh replaces,
// freed in one go, were part of why the repaint that followed waited 20-100 ms now and then (with
// glibc's fast bins, see tuneHeap). A list whose array is shared with another holder frees nothing
// here and is dropped at once.
inline constexpr qsizetype releaseSlice = 2000;
void pauseAfterReleaseSlice();
template<typename E> void releaseInSlices(QList<E> &list)
{
    if (list.isDetached()) {
        while (list.size() > releaseSlice) {
            list.resize(list.size() - releaseSlice);
            pauseAfterReleaseSlice();
        }
    }
    list = {};
}

// A list is freed a slice at a time, with a pause after each (see releaseInSlices).
template<typename E> void releaseLater(QList<E> list)
{
    (void)runBelowTheGuiThread(releasePool(),
                               [released = std::move(list)]() mutable { releaseInSlices(released); });
}

// Where work done on a worker is handed back to its context's thread: one per context object (its
// child), made on the first runThen() for that context and gone with it. A worker posts the result
// as an event to it while holding the port's lock, so the port cannot go meanwhile; the context's
// thread takes that lock only when the port goes. A QFutureWatcher per call (as before) shares the
// future's lock and Qt's connection locks with the worker: the result's event woke the GUI thread,
// which then blocked on those locks until the worker, at nice 10, ran again. In a trace of a 100k
// load and refresh, 130 of the GUI thread's 200 blocking waits outside its event loop's poll were
// there (the watcher's event, its destruction, takeResult).
class ResultPort : public QObject
{
    Q_OBJECT
public:
    struct Lock
    {
        QMutex mutex;
        ResultPort *port = nullptr; // null once the port is gone
    };

    static std::shared_ptr<Lock> of(QObject *context);
    ~ResultPort() override;

private:
    explicit ResultPort(QObject *context);
    std::shared_ptr<Lock> m_lock;
};

// Runs work, on a worker thread when inBackground (else at once), and hands its result to done on
// context's thread; done is not called if context is destroyed first. The work, and what it holds,
// is destroyed on the worker; done and the result on context's thread (or on the worker, if context
// went first).
template<typename R>
void runThen(QObject *context, bool inBackground, std::function<R()> work, std::function<void(R)> done)
{
    if (!inBackground) {
        done(work());
        return;
    }
    workerPool()->start(
        [lock = ResultPort::of(context), work = std::move(work), done = std::move(done)]() mutable {
            yieldToTheGuiThread(backgroundNice);
            auto delivery = [done = std::exchange(done, {}), result = work()]() mutable {
                done(std::move(result));
            };
            work = {};
            const QMutexLocker locker(&lock->mutex);
            if (lock->port)
                QMetaObject::invokeMethod(lock->port, std::move(delivery), Qt::QueuedConnection);
        });
}

} // namespace Workdeck
