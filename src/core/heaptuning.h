// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Workdeck {

// Heap settings for a long-running GUI process; call first thing in main(). With glibc: at most two
// malloc arenas, not eight per core for a handful of worker threads, so the memory a worker frees
// (a parsed list, its JSON) is reused by the next allocation instead of pinned in an arena of its
// own. With 10,000 workloads and a 100,000-line log open (`workdeck --measure-memory 100000`):
// about 150 MB resident before, 123-146 MB after. Tried and left out: a fixed mmap threshold (a
// few MB less, but page faults of large lists made the GUI stall of a 100k refresh worse).
// And no "fast bins": a small block freed is merged with its free neighbours there and then, by the
// thread freeing it. With them, the million blocks of 100,000 workloads freed on the release thread
// waited in the arena for the next larger allocation to merge them, often a paint on the GUI thread:
// 20-130 ms, once or twice in every few refreshes. Small blocks are still reused at once from each
// thread's own cache. Elsewhere it does nothing.
// Two arenas, and the GUI thread keeps the first to itself: the threads of workerPool() and
// releasePool() are started here, one at a time, so that each takes the second (see
// seatPoolThreads), and never end. Before (measured 2026-12-07, with the bench's event loop
// sleeping as the app's does), glibc handed the arenas out in turn and some workers shared the GUI
// thread's: while one parsed 100,000 workloads, the GUI thread's allocations waited on the arena's
// lock hundreds of times in a stall (a 100k refresh: median stall 19 ms, 11 of 19 runs over 16 ms).
// Seated, 10 runs: median 10 ms, at most 18. The price: the memory a worker frees is no longer
// reused by the GUI thread (resident memory of 10,000 workloads and a 100,000-line log: 103 MB
// before, 122 MB after; 117 MB once the parsers shared the strings that repeat, Json::StringPool).
// A thread that Qt starts later (its HTTP thread, its own pool's) still gets either arena. Calls
// after the first do nothing.
void tuneHeap();

// With glibc's allocator: whether the calling thread allocates from the main arena, the one the
// process's first thread (the GUI thread) allocates from. False elsewhere.
bool threadAllocatesFromTheMainArena();

// After a burst that allocated and freed a lot (a list refreshed, pages of a log loaded), a second
// after the last call (by then the release thread has mostly freed what it was given): the heap's
// free pages go back to the system (glibc's malloc_trim), on a worker thread. Not on the release
// thread: a trim holds each arena's lock in turn, the GUI thread's too, and at that thread's low
// priority (housekeepingNice) a trim preempted while the workers are busy would keep the GUI
// thread's allocations waiting for as long. Call on the GUI thread; calls in between are folded
// into one.
void trimHeapSoon();

// A trim walks every free chunk with the allocator's lock held: about 1-4 ms at the 120 MB of
// 10,000 workloads and a long log, but 100 ms and more for the heap of 100,000 workloads, which
// stalls the GUI thread when it allocates meanwhile. So only a process resident under this is
// trimmed; one above it holds mostly live data anyway.
inline constexpr qint64 heapTrimLimitBytes = qint64(256) << 20;

// Trims now (on the calling thread) if the process is resident under limitBytes; true if it did.
bool trimHeapNow(qint64 limitBytes = heapTrimLimitBytes);

// Asks the kernel to back the whole 2 MB stretches of [data, data + bytes) with huge pages (Linux's
// transparent huge pages, where the system has them on, as Debian does, or on "madvise"). Call
// for a buffer of megabytes before it is first written: its pages are then mapped a few times,
// not once per 4 KB page. In a fresh process each 4 KB page costs a fault of about 11 us on the
// development machine: 1,500 of them for the 6 MB list of 10,000 AIWB workloads. Only for memory
// that will be written whole (a huge page is resident in full). Does nothing elsewhere.
void adviseHugePages(void *data, qsizetype bytes);

// The process's resident memory in bytes (Linux: /proc/self/statm), or -1 where unknown.
qint64 residentMemoryBytes();

} // namespace Workdeck
