// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workloadstatus.h"

#include <QColor>

namespace Workdeck {

// The colour a status is drawn in. Colour is never the only cue: the badge always has the text.
QColor statusColor(WorkloadStatus status);

} // namespace Workdeck
