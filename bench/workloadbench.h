// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchsupport.h"

namespace Workdeck::Bench {

QList<Figure> runWorkloadBenchmarks(); // includes runRefreshBenchmarks()
// The window's panel loading and refreshing 100,000 workloads: the worst GUI-thread stalls.
QList<Figure> runRefreshBenchmarks();

} // namespace Workdeck::Bench
