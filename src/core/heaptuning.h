// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Workdeck {

// Heap settings for a long-running GUI process; call first thing in main(). With glibc: at most two
// malloc arenas, not eight per core for a handful of worker threads, so the memory a worker frees
// (a parsed list, its JSON) is reused by the next allocation instead of pinned in an arena of its
// own. With 10,000 workloads and a 100,000-line log open (`workdeck --measure-memory 100000`):
// about 150 MB resident before, 123-146 MB after. Tried and left out: a fixed mmap threshold (a
// few MB less, but page faults of large lists made the GUI stall of a 100k refresh worse), and
// malloc_trim after bursts (a few MB less, but the trim holds an arena's lock long enough to stall
// the GUI thread for 100 ms and more with a large heap). Elsewhere it does nothing.
void tuneHeap();

} // namespace Workdeck
