// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchsupport.h"

namespace Workdeck::Bench {

QList<Figure> runChartBenchmarks();

} // namespace Workdeck::Bench
