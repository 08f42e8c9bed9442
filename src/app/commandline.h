// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Workdeck {

// What the command line asks for. Parsing is separate from acting so that it can be tested.
struct CommandLineOptions
{
    enum class Action
    {
        ShowWindow,
        ExportCsv,
        ShowLogs,
        ShowHelp,
        ShowVersion,
        Fail
    };
    Action action = Action::ShowWindow;
    QString errorMessage; // for Action::Fail
    QString helpText;

    bool demo = false;
    QString demoBackend = QStringLiteral("aiwb");
    int demoWorkloads = 48;
    quint64 demoSeed = 1;
    double demoSpeed = 1.0;
    QString backend = QStringLiteral("aiwb");
    QUrl airmServer; // AIWB: its AIRM companion; empty: AIWB alone
    QUrl kubeServer; // Run:ai: the cluster's Kubernetes API, for pod logs; empty: no logs
    QUrl server;
    QString profile; // --profile NAME
    QString project;
    QString exportFile; // "-" for standard output
    QString logsWorkload;
    bool follow = false;
    QString level; // trace … critical; empty: all
    int quitAfterMs = -1;
    QString screenshotFile;
    bool measureStartup = false;
    int measureMemoryLines = 0; // --measure-memory LINES: after start-up, a log held back to LINES lines
    int measureIdleSeconds = 0; // --measure-idle SECONDS: after start-up, CPU over SECONDS in the tray

    bool needsGui() const { return action == Action::ShowWindow; }
};

CommandLineOptions parseCommandLine(const QStringList &arguments);

} // namespace Workdeck
