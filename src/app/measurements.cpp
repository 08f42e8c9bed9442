// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurements.h"

#include "commandline.h"
#include "idleprobe.h"
#include "mainwindow.h"
#include "memoryprobe.h"
#include "services/statuswatcher.h"
#include "services/workloadservice.h"
#include "startupprobe.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Workdeck {

bool wantsMeasurement(const CommandLineOptions &options)
{
    return options.measureStartup || options.measureMemoryLines > 0 || options.measureIdleSeconds > 0;
}

void startMeasurements(const CommandLineOptions &options, MainWindow *window, WorkloadService *service,
                       StatusWatcher *watcher, QTextStream &errors, QObject *parent)
{
    auto *out = new QTextStream(stdout);
    auto *probe = new StartupProbe(window->workloadsPanel(), service, out, parent);
    const auto finish = [out](int code) {
        delete out;
        QCoreApplication::exit(code);
    };
    QObject::connect(probe, &StartupProbe::failed, parent, [finish] { finish(1); });
    if (options.measureMemoryLines > 0) {
        auto *memory = new MemoryProbe(window, options.measureMemoryLines, out, parent);
        QObject::connect(probe, &StartupProbe::measured, memory, &MemoryProbe::start);
        QObject::connect(memory, &MemoryProbe::measured, parent, [finish] { finish(0); });
        QObject::connect(memory, &MemoryProbe::failed, parent, [&errors, finish](const QString &reason) {
            errors << "workdeck: --measure-memory: " << reason << Qt::endl;
            finish(1);
        });
    } else if (options.measureIdleSeconds > 0) {
        auto *idle = new IdleProbe(window, options.measureIdleSeconds, out, parent);
        QObject::connect(probe, &StartupProbe::measured, idle, &IdleProbe::start);
        QObject::connect(service, &WorkloadService::loadingChanged, idle, [idle](bool loading) {
            if (loading)
                idle->pollStarted();
        });
        QObject::connect(watcher, &StatusWatcher::pollStarted, idle, &IdleProbe::pollStarted);
        QObject::connect(idle, &IdleProbe::measured, parent, [finish] { finish(0); });
    } else {
        QObject::connect(probe, &StartupProbe::measured, parent, [finish] { finish(0); });
    }
}

} // namespace Workdeck
