// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

// Where the time of a start goes: a few milestones (main() entered, the window shown, the projects
// answered, the cached or the live list shown), each noted the first time it is reached, in
// milliseconds since the process started. `workdeck --measure-startup` prints them after its figure.
// Noting one costs a clock read; call on the GUI thread.
namespace Workdeck::StartupTimeline {

// Milliseconds since the kernel started this process (its start is known to 10 ms), or -1 where
// unknown.
qint64 processAgeMs();

// name: a string literal. Only the first call for a name counts. Returns the age noted for it.
qint64 mark(const char *name);

struct Milestone
{
    const char *name;
    qint64 ageMs;
};
// In the order they were reached.
QList<Milestone> milestones();

} // namespace Workdeck::StartupTimeline
