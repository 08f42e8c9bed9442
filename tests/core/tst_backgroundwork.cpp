// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backends/backendsupport.h"

#include <QSemaphore>
#include <QThreadPool>
#include <QtTest>

#include <algorithm>
#include <atomic>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

using namespace Workdeck;

namespace {

int currentThreadNice()
{
#if defined(Q_OS_LINUX)
    return getpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)));
#else
    return backgroundNice;
#endif
}

// Notes the thread its last owner is destroyed on.
struct Tracked
{
    std::shared_ptr<std::atomic<QThread *>> freedOn = std::make_shared<std::atomic<QThread *>>(nullptr);
    std::shared_ptr<std::atomic<int>> niceThen = std::make_shared<std::atomic<int>>(0);
    bool owner = true;
    Tracked() = default;
    Tracked(Tracked &&other) noexcept
        : freedOn(other.freedOn)
        , niceThen(other.niceThen)
        , owner(std::exchange(other.owner, false))
    {}
    Tracked(const Tracked &) = delete;
    ~Tracked()
    {
        if (owner) {
            *niceThen = currentThreadNice();
            *freedOn = QThread::currentThread();
        }
    }
};

// Notes the order elements are destroyed in, and whether on the release thread.
struct Freed
{
    int index = -1;
    bool onReleaseThread = false; // asked there: waitForDone() deletes the pool's threads
};
struct Counted
{
    int index = -1;
    std::shared_ptr<QList<Freed>> log; // only touched by the thread freeing
    Counted() = default;
    Counted(int i, std::shared_ptr<QList<Freed>> freedLog)
        : index(i)
        , log(std::move(freedLog))
    {}
    Counted(const Counted &) = default; // a copy logs as well: an unexpected copy shows in the count
    Counted(Counted &&other) noexcept
        : index(std::exchange(other.index, -1))
        , log(std::move(other.log))
    {}
    Counted &operator=(const Counted &) = default;
    Counted &operator=(Counted &&other) noexcept
    {
        index = std::exchange(other.index, -1);
        log = std::move(other.log);
        return *this;
    }
    ~Counted()
    {
        if (log && index >= 0)
            log->append({index, releasePool()->contains(QThread::currentThread())});
    }
};

} // namespace

// Parsing, merging and freeing run on Workdeck's own pools, below the GUI thread's priority, and
// leave Qt's global pool to Qt (whose raster engine borrows it while painting).
class TestBackgroundWork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void workRunsOnTheWorkerPoolBelowTheGuiThread();
    void theGlobalPoolStaysFreeWhileWorkRuns();
    void resultsComeBackThroughOnePortPerContext();
    void workIsFreedOnTheWorkerAndDoneOnTheContextsThread();
    void nothingComesBackToAContextThatWent();
    void largeValuesAreFreedOnTheReleaseThread();
    void longListsAreFreedInSlicesFromTheBack();
    void aSharedListIsOnlyDropped();
};

void TestBackgroundWork::workRunsOnTheWorkerPoolBelowTheGuiThread()
{
    QObject context;
    QThread *ranOn = nullptr;
    int nice = -100;
    QThread *doneOn = nullptr;
    int result = 0;
    runThen<int>(
        &context, true,
        [&] {
            ranOn = QThread::currentThread();
            nice = currentThreadNice();
            return 42;
        },
        [&](int value) {
            doneOn = QThread::currentThread();
            result = value;
        });
    QTRY_COMPARE(result, 42);
    QVERIFY(ranOn && ranOn != QThread::currentThread());
    QVERIFY(workerPool()->contains(ranOn));
    QVERIFY(!QThreadPool::globalInstance()->contains(ranOn));
    QVERIFY2(nice >= backgroundNice, qPrintable(QString::number(nice)));
    QCOMPARE(doneOn, QThread::currentThread());
    QCOMPARE(currentThreadNice() < backgroundNice, true); // the GUI thread keeps its priority
    // Not in the background: at once, on this thread.
    runThen<int>(
        &context, false, [] { return 7; }, [&](int value) { result = value; });
    QCOMPARE(result, 7);
}

void TestBackgroundWork::theGlobalPoolStaysFreeWhileWorkRuns()
{
    // Every worker thread busy with a long task; Qt's global pool still starts a task at once.
    QObject context;
    QSemaphore release;
    std::atomic<int> started = 0;
    const int workers = workerPool()->maxThreadCount();
    int finished = 0;
    for (int i = 0; i < workers; ++i) {
        runThen<int>(
            &context, true,
            [&] {
                ++started;
                release.acquire();
                return 1;
            },
            [&](int) { ++finished; });
    }
    QTRY_COMPARE(started.load(), workers);
    QSemaphore ran;
    QThreadPool::globalInstance()->start([&ran] { ran.release(); });
    QVERIFY(ran.tryAcquire(1, 5000));
    release.release(workers);
    QTRY_COMPARE(finished, workers);
}

void TestBackgroundWork::resultsComeBackThroughOnePortPerContext()
{
    QObject context;
    QList<int> results;
    for (int i = 0; i < 50; ++i)
        runThen<int>(
            &context, true, [i] { return i; }, [&results](int value) { results.append(value); });
    QTRY_COMPARE(results.size(), 50);
    std::sort(results.begin(), results.end());
    for (int i = 0; i < 50; ++i)
        QCOMPARE(results.at(i), i);
    QCOMPARE(context.findChildren<ResultPort *>().size(), 1);
    QObject other;
    bool done = false;
    runThen<int>(
        &other, true, [] { return 1; }, [&done](int) { done = true; });
    QTRY_VERIFY(done);
    QCOMPARE(other.findChildren<ResultPort *>().size(), 1);
}

void TestBackgroundWork::workIsFreedOnTheWorkerAndDoneOnTheContextsThread()
{
    QObject context;
    Tracked inWork;
    Tracked inDone;
    bool called = false;
    QSemaphore start;
    {
        auto workHeld = std::make_shared<Tracked>(std::move(inWork));
        auto doneHeld = std::make_shared<Tracked>(std::move(inDone));
        runThen<int>(
            &context, true,
            [workHeld, &start] {
                start.acquire();
                return 1;
            },
            [doneHeld, &called](int) { called = true; });
    }
    start.release(); // only the task holds the work now
    QTRY_VERIFY(called);
    QTRY_VERIFY(inDone.freedOn->load() != nullptr);
    QCOMPARE(inDone.freedOn->load(), QThread::currentThread());
    QVERIFY(inWork.freedOn->load() != nullptr);
    QVERIFY(workerPool()->contains(inWork.freedOn->load()));
}

void TestBackgroundWork::nothingComesBackToAContextThatWent()
{
    auto context = std::make_unique<QObject>();
    QSemaphore release;
    bool called = false;
    Tracked inDone;
    {
        auto doneHeld = std::make_shared<Tracked>(std::move(inDone));
        runThen<int>(
            context.get(), true,
            [&release] {
                release.acquire();
                return 1;
            },
            [doneHeld, &called](int) { called = true; });
    }
    context.reset(); // while the work runs
    release.release();
    QTRY_VERIFY(inDone.freedOn->load() != nullptr); // what done held is freed, not leaked
    QTest::qWait(50);
    QVERIFY(!called);
}

void TestBackgroundWork::largeValuesAreFreedOnTheReleaseThread()
{
    Tracked value;
    const auto freedOn = value.freedOn;
    const auto niceThen = value.niceThen;
    releaseLater(std::move(value));
    QTRY_VERIFY(freedOn->load() != nullptr);
    QVERIFY(freedOn->load() != QThread::currentThread());
    QVERIFY(releasePool()->contains(freedOn->load()));
    QCOMPARE(niceThen->load(), housekeepingNice); // below the workers, which the GUI thread may await
}

void TestBackgroundWork::longListsAreFreedInSlicesFromTheBack()
{
    const int count = int(releaseSlice * 2 + 7);
    auto log = std::make_shared<QList<Freed>>();
    QList<Counted> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i)
        list.append(Counted(i, log));
    releaseLater(std::move(list));
    QVERIFY(releasePool()->waitForDone(10000));
    QCOMPARE(log->size(), count);
    // The last slice first, then the one before it, ..., the first 7 last.
    QVERIFY(log->first().index >= count - releaseSlice);
    QVERIFY(log->at(int(releaseSlice)).index >= count - 2 * releaseSlice);
    QVERIFY(log->at(int(releaseSlice)).index < count - releaseSlice);
    QVERIFY(log->last().index < 7);
    QSet<int> indexes;
    for (const Freed &freed : std::as_const(*log)) {
        QVERIFY(freed.onReleaseThread);
        indexes.insert(freed.index);
    }
    QCOMPARE(indexes.size(), count);
}

void TestBackgroundWork::aSharedListIsOnlyDropped()
{
    auto log = std::make_shared<QList<Freed>>();
    QList<Counted> list;
    for (int i = 0; i < int(releaseSlice) + 10; ++i)
        list.append(Counted(i, log));
    const QList<Counted> kept = list; // the array is shared: releasing one copy frees nothing
    releaseLater(std::move(list));
    QVERIFY(releasePool()->waitForDone(10000));
    QVERIFY(log->isEmpty());
    QCOMPARE(kept.size(), int(releaseSlice) + 10);
    QCOMPARE(kept.last().index, int(releaseSlice) + 9);
}

QTEST_GUILESS_MAIN(TestBackgroundWork)
#include "tst_backgroundwork.moc"
