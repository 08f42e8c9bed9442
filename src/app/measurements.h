// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QObject;
class QTextStream;

namespace Workdeck {

struct CommandLineOptions;
class MainWindow;
class StatusWatcher;
class WorkloadService;

// Whether the options ask for a measurement (--measure-startup, --measure-memory, --measure-idle).
bool wantsMeasurement(const CommandLineOptions &options);

// Starts the probes the options ask for on the window just shown: the start-up probe, then the
// memory or idle probe after it. They print to stdout; the application exits when they are done
// (0) or one of them fails (1, with why on `errors` or stdout).
void startMeasurements(const CommandLineOptions &options, MainWindow *window, WorkloadService *service,
                       StatusWatcher *watcher, QTextStream &errors, QObject *parent);

} // namespace Workdeck
