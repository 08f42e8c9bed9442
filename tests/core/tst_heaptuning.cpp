// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backgroundwork.h"
#include "heaptuning.h"

#include <QtTest>

#include <cstdlib>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <atomic>
#include <cstring>
#include <vector>

using namespace Workdeck;

// The heap trim gives freed pages back to the system, and leaves a large process alone.
class TestHeapTuning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void poolThreadsAllocateOutsideTheGuiThreadsArena();
    void residentMemoryIsKnown();
    void trimReturnsFreedPages();
    void noTrimAboveTheLimit();
    void smallBlocksFreedAreMergedAtOnce();
    void hugePagesAreAskedForWholeStretches();

private:
    // Frees 48 MB of small blocks in runs of 64 KB, each run followed by a block that stays: the
    // pages are free but in the middle of the heap, where free() itself does not give them back.
    static std::vector<void *> leaveFreedPagesBehind();
};

std::vector<void *> TestHeapTuning::leaveFreedPagesBehind()
{
    constexpr int runs = 768;
    constexpr int perRun = 64;
    std::vector<void *> freed;
    std::vector<void *> stay;
    for (int run = 0; run < runs; ++run) {
        for (int i = 0; i < perRun; ++i) {
            freed.push_back(std::malloc(1000));
            std::memset(freed.back(), 0x5a, 1000); // resident
        }
        stay.push_back(std::malloc(1000));
    }
    for (void *block : freed)
        std::free(block);
    return stay;
}

void TestHeapTuning::initTestCase()
{
    tuneHeap(); // first, as main() does: no other thread has allocated yet
}

void TestHeapTuning::poolThreadsAllocateOutsideTheGuiThreadsArena()
{
#if defined(__SANITIZE_ADDRESS__) || !defined(__GLIBC__)
    QSKIP("glibc's own allocator only");
#else
    QVERIFY(threadAllocatesFromTheMainArena()); // the check itself tells the arenas apart
    for (QThreadPool *pool : {workerPool(), releasePool()}) {
        // Every thread of the pool at once (each task holds its thread until all have run).
        const int threads = pool->maxThreadCount();
        std::atomic<int> running = 0;
        std::atomic<int> inMain = 0;
        for (int i = 0; i < threads; ++i) {
            pool->start([&] {
                inMain += threadAllocatesFromTheMainArena() ? 1 : 0;
                ++running;
                while (running < threads)
                    QThread::yieldCurrentThread();
            });
        }
        QTRY_COMPARE(running.load(), threads);
        while (pool->activeThreadCount() > 0) // not waitForDone(): it ends the pool's threads
            QThread::msleep(1);
        QCOMPARE(inMain.load(), 0);
    }
#endif
}

void TestHeapTuning::residentMemoryIsKnown()
{
    const qint64 resident = residentMemoryBytes();
    QVERIFY(resident > 1024 * 1024);
    QVERIFY(resident < heapTrimLimitBytes); // a test process is small
}

void TestHeapTuning::trimReturnsFreedPages()
{
#if defined(__SANITIZE_ADDRESS__) || !defined(__GLIBC__)
    QSKIP("glibc's own allocator only");
#else
    tuneHeap();
    const std::vector<void *> stay = leaveFreedPagesBehind();
    const qint64 before = residentMemoryBytes();
    trimHeapSoon(); // on a worker thread, a second from now
    QTRY_VERIFY_WITH_TIMEOUT(residentMemoryBytes() < before - 32 * 1024 * 1024, 10000);
    for (void *block : stay)
        std::free(block);
#endif
}

void TestHeapTuning::noTrimAboveTheLimit()
{
#if defined(__SANITIZE_ADDRESS__) || !defined(__GLIBC__)
    QSKIP("glibc's own allocator only");
#else
    const std::vector<void *> stay = leaveFreedPagesBehind();
    const qint64 before = residentMemoryBytes();
    QVERIFY(!trimHeapNow(before / 2)); // resident above the limit: left as it is
    QVERIFY(residentMemoryBytes() > before - 8 * 1024 * 1024);
    QVERIFY(trimHeapNow());
    QVERIFY(residentMemoryBytes() < before - 32 * 1024 * 1024);
    for (void *block : stay)
        std::free(block);
#endif
}

void TestHeapTuning::smallBlocksFreedAreMergedAtOnce()
{
#if defined(__SANITIZE_ADDRESS__) || !defined(__GLIBC__)
    QSKIP("glibc's own allocator only");
#else
    tuneHeap();
    // Far more small blocks than this thread's cache holds: the rest go back to the arena, and
    // none of them may wait there in a "fast bin" for a later allocation to merge.
    std::vector<void *> blocks;
    for (int i = 0; i < 20000; ++i)
        blocks.push_back(std::malloc(16 + 8 * (i % 8)));
    for (void *block : blocks)
        std::free(block);
    const struct mallinfo2 info = mallinfo2();
    QCOMPARE(info.smblks, size_t(0));
    QCOMPARE(info.fsmblks, size_t(0));
#endif
}

namespace {

// The flags /proc/self/smaps gives the mapping that holds address ("hg": huge pages asked for).
QByteArrayList mappingFlags(quintptr address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    bool inside = false;
    const QByteArrayList lines = smaps.readAll().split('\n'); // (its size shows as 0: read, not atEnd())
    for (const QByteArray &line : lines) {
        const qsizetype dash = line.indexOf('-');
        const qsizetype space = line.indexOf(' ');
        if (dash > 0 && space > dash) { // "begin-end perms offset device inode path" opens a mapping
            bool ok = false;
            const quintptr begin = line.left(dash).toULongLong(&ok, 16);
            const quintptr end = line.mid(dash + 1, space - dash - 1).toULongLong(&ok, 16);
            inside = ok && address >= begin && address < end;
        } else if (inside && line.startsWith("VmFlags:")) {
            return line.mid(8).simplified().split(' ');
        }
    }
    return {};
}

} // namespace

// A buffer of megabytes has its whole 2 MB stretches backed by huge pages; nothing else is asked.
void TestHeapTuning::hugePagesAreAskedForWholeStretches()
{
#if !defined(Q_OS_LINUX) || defined(__SANITIZE_ADDRESS__)
    QSKIP("Linux's /proc/self/smaps, with the system's allocator");
#else
    if (!QFile::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")))
        QSKIP("a kernel without transparent huge pages");
    constexpr quintptr hugePage = quintptr(2) << 20;
    QByteArray large(qsizetype(7) << 20, Qt::Uninitialized); // mapped on its own, in 4 KB pages
    const quintptr data = quintptr(large.data());
    const quintptr firstWhole = (data + hugePage - 1) & ~(hugePage - 1);
    QVERIFY(!mappingFlags(firstWhole).contains("hg"));
    adviseHugePages(large.data(), large.size());
    QVERIFY2(mappingFlags(firstWhole).contains("hg"), mappingFlags(firstWhole).join(' ').constData());
    QVERIFY(mappingFlags(firstWhole + hugePage).contains("hg"));
    // The parts before the first whole stretch and after the last are left as they were.
    if (firstWhole > data)
        QVERIFY(!mappingFlags(data).contains("hg"));
    const quintptr end = data + quintptr(large.size());
    if ((end & (hugePage - 1)) != 0)
        QVERIFY(!mappingFlags(end - 1).contains("hg"));
    std::memset(large.data(), 1, size_t(large.size())); // and it is memory as before
    QCOMPARE(large.count('\1'), large.size());

    // Less than a whole stretch: nothing to ask.
    QByteArray small(qsizetype(3) << 20, Qt::Uninitialized);
    const quintptr smallData = quintptr(small.data()) + 4096;
    adviseHugePages(reinterpret_cast<void *>(smallData), qsizetype(hugePage) - 8192);
    QVERIFY(!mappingFlags(smallData).contains("hg"));
    adviseHugePages(nullptr, 0);
#endif
}

QTEST_GUILESS_MAIN(TestHeapTuning)
#include "tst_heaptuning.moc"
