// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulatedcluster.h"

namespace Workdeck::Sandbox {

// Which log lines of a workload exist: line i is written at timeOf(i); lines exist from the start
// of the run (or of the retained history) up to the end of the run or "now", whichever is first.
struct LogWindow
{
    qint64 start = 0;       // time of line 0
    qint64 interval = 1000; // microseconds between lines (each line jitters within half of it)
    qint64 count = 0;       // lines that exist by "now"
    qint64 fullCount = -1;  // lines of the whole run when it ends by itself (its last words come last)
    qint64 firstIndex = 0;  // index of line 0 counted from the start of the run
};

// The text of simulated logs and events, computed from (workload seed, line index): a workload
// that has run for a week costs nothing until someone reads its log.
class SimulatedLogs
{
public:
    static LogWindow window(const SimWorkload &workload, qint64 epochMicros, double timeScale,
                            qint64 nowMicros, qint64 historyLines = defaultLogHistoryLines);
    static qint64 timeOf(const SimWorkload &workload, const LogWindow &window, qint64 index);
    // The first line at or after `micros` (window.count if none).
    static qint64 indexAtOrAfter(const SimWorkload &workload, const LogWindow &window, qint64 micros);
    // Cheap: no text is built, so level filters can skip lines quickly.
    static int severityOf(const SimWorkload &workload, const LogWindow &window, qint64 index);
    static SimLogEntry line(const SimWorkload &workload, const LogWindow &window, qint64 index);
    // Kubernetes events at the workload's status transitions, oldest first.
    static QList<SimLogEntry> events(const SimWorkload &workload);
};

} // namespace Workdeck::Sandbox
