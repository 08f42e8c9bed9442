// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Workdeck {

// Heap settings for a long-running GUI process; call first thing in main(). With glibc: at most two
// malloc arenas, not eight per core for a handful of worker threads, so the memory a worker frees
// (a parsed list, its JSON) is reused by the next allocation instead of pinned in an arena of its
// own. Measured with 10,000 workloads and a 100,000-line log open (`workdeck --measure-memory
// 100000`): about 150 MB resident before, 123-146 MB after. A fixed mmap threshold saved a few MB
// more but made the GUI stall of a 100k refresh worse (page faults of large lists), so it is not
// set. Elsewhere it does nothing.
void tuneHeap();

// After a burst that allocated and freed a lot (a long list refreshed, pages of a log loaded): a
// second after the last call, the heap's free pages go back to the system (glibc's malloc_trim), on
// the release pool's worker thread. Call on the GUI thread; calls in between are folded into one.
void trimHeapSoon();

} // namespace Workdeck
