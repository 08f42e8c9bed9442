// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace Workdeck {

namespace {

// The context of this file's strings (no QObject here to give one).
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

CommandLineOptions parseCommandLine(const QStringList &rawArguments)
{
    CommandLineOptions options;

    // QCommandLineParser has no optional values; accept "--demo=aiwb" by splitting it.
    QStringList arguments;
    for (const QString &argument : rawArguments) {
        if (argument.startsWith(u"--demo=")) {
            arguments << QStringLiteral("--demo") << QStringLiteral("--demo-backend") << argument.mid(7);
        } else {
            arguments << argument;
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(CommandLine::tr(
        "Workdeck: manage AI workloads on GPU clusters (AMD AI Workbench, AIRM, Run:ai).\n\n"
        "Without options it opens the window on the last connection; the first start asks for a "
        "cluster or offers the built-in sandbox.\n"
        "Headless use: --server URL --project NAME --export-csv FILE, with the bearer token in the "
        "environment variable WORKDECK_TOKEN."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  CommandLine::tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     CommandLine::tr("Show the version and exit."));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        CommandLine::tr("Start the sandbox cluster in this process and connect to it "
                        "(--demo=aiwb, --demo=airm, --demo=amd for AIWB with AIRM, or --demo=runai picks the "
                        "API it speaks)."));
    QCommandLineOption demoBackend(QStringLiteral("demo-backend"),
                                   CommandLine::tr("The API the sandbox speaks: aiwb, airm, amd, runai."),
                                   QStringLiteral("api"), QStringLiteral("aiwb"));
    demoBackend.setFlags(QCommandLineOption::HiddenFromHelp); // reached through --demo=API
    const QCommandLineOption workloads(QStringLiteral("workloads"),
                                       CommandLine::tr("Number of simulated workloads for --demo."),
                                       QStringLiteral("n"), QStringLiteral("48"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  CommandLine::tr("Seed of the simulated cluster for --demo."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption speed(
        QStringLiteral("demo-speed"),
        CommandLine::tr("How much faster than real time the sandbox's workloads live (e.g. 60: a minute "
                        "a second), to watch statuses change."),
        QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption backend(
        QStringLiteral("backend"),
        CommandLine::tr("Kind of server for --server: aiwb (default), airm, runai."), QStringLiteral("kind"),
        QStringLiteral("aiwb"));
    const QCommandLineOption server(
        QStringLiteral("server"),
        CommandLine::tr("Base URL of the server's API (--backend says which), e.g. "
                        "https://aiwbapi.example.com."),
        QStringLiteral("url"));
    const QCommandLineOption airmServer(
        QStringLiteral("airm-server"),
        CommandLine::tr("AMD AI Workbench: URL of its AIRM API, e.g. https://airmapi.example.com; adds "
                        "clusters, components and per-GPU charts to the AIWB view."),
        QStringLiteral("url"));
    const QCommandLineOption kubeServer(
        QStringLiteral("kube-server"),
        CommandLine::tr(
            "Run:ai: URL of the cluster's Kubernetes API server, for pod logs (the same token is sent); "
            "without it the Logs tab says why there are no logs."),
        QStringLiteral("url"));
    const QCommandLineOption project(QStringLiteral("project"),
                                     CommandLine::tr("Project (namespace) to open or export."),
                                     QStringLiteral("name"));
    const QCommandLineOption exportCsv(
        QStringLiteral("export-csv"),
        CommandLine::tr("Write the project's workloads as CSV to FILE (\"-\" for standard output) "
                        "and exit, without a window: every status but Deleted, the default columns."),
        QStringLiteral("file"));
    const QCommandLineOption logs(
        QStringLiteral("logs"),
        CommandLine::tr("Print the log of the workload with this id (ISO timestamp, level, message; one line "
                        "per entry) and exit, without a window."),
        QStringLiteral("workload-id"));
    const QCommandLineOption follow(
        QStringLiteral("follow"),
        CommandLine::tr("With --logs: keep printing new lines as they come, reconnecting by itself, until "
                        "interrupted."));
    const QCommandLineOption level(
        QStringLiteral("level"),
        CommandLine::tr("With --logs: only lines at this level or above: trace, debug, info, warning, error, "
                        "critical."),
        QStringLiteral("level"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
                                       CommandLine::tr("Quit after this many milliseconds."),
                                       QStringLiteral("ms"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        CommandLine::tr("Save a picture of the window to FILE just before quitting (with --quit-after)."),
        QStringLiteral("file"));
    const QCommandLineOption measureStartup(
        QStringLiteral("measure-startup"),
        CommandLine::tr(
            "Print the time from process start to the first painted table with rows, and the resident "
            "memory then; then quit."));
    const QCommandLineOption measureMemory(
        QStringLiteral("measure-memory"),
        CommandLine::tr("After the first painted table, open the log of the longest-running workload, load "
                        "it back to LINES lines, print the resident memory then; then quit."),
        QStringLiteral("lines"));
    const QCommandLineOption measureIdle(
        QStringLiteral("measure-idle"),
        CommandLine::tr(
            "After the first painted table, close the window to the tray, print the CPU time used "
            "over the next SECONDS seconds; then quit."),
        QStringLiteral("seconds"));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        CommandLine::tr(
            "Connect with the saved connection profile NAME (its sign-in comes from the keychain, or "
            "WORKDECK_TOKEN)."),
        QStringLiteral("name"));
    parser.addOptions({help,       version, demo,          demoBackend, workloads,      seed,
                       speed,      backend, server,        project,     exportCsv,      logs,
                       follow,     level,   quitAfter,     screenshot,  measureStartup, kubeServer,
                       airmServer, profile, measureMemory, measureIdle});
    options.helpText = parser.helpText();

    auto fail = [&options](const QString &message) {
        options.action = CommandLineOptions::Action::Fail;
        options.errorMessage = message;
        return options;
    };

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return fail(CommandLine::tr("Unexpected argument \u201c%1\u201d.")
                        .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(help)) {
        options.action = CommandLineOptions::Action::ShowHelp;
        return options;
    }
    if (parser.isSet(version)) {
        options.action = CommandLineOptions::Action::ShowVersion;
        return options;
    }

    options.demo = parser.isSet(demo);
    options.demoBackend = parser.value(demoBackend).toLower();
    static const QStringList sandboxApis{QStringLiteral("aiwb"), QStringLiteral("airm"),
                                         QStringLiteral("amd"), QStringLiteral("runai")};
    if (!sandboxApis.contains(options.demoBackend))
        return fail(CommandLine::tr("Unknown sandbox API \u201c%1\u201d: the sandbox speaks aiwb, airm, amd "
                                    "(AIWB with AIRM) and runai.")
                        .arg(options.demoBackend));
    bool ok = false;
    options.demoWorkloads = parser.value(workloads).toInt(&ok);
    if (!ok || options.demoWorkloads < 0 || options.demoWorkloads > 1000000)
        return fail(CommandLine::tr("--workloads needs a number between 0 and 1000000."));
    options.demoSeed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(CommandLine::tr("--seed needs a whole number."));
    options.demoSpeed = parser.value(speed).toDouble(&ok);
    if (!ok || options.demoSpeed < 0.01 || options.demoSpeed > 100000)
        return fail(CommandLine::tr("--demo-speed needs a number between 0.01 and 100000."));
    options.backend = parser.value(backend).toLower();
    if (options.backend != u"aiwb" && options.backend != u"airm" && options.backend != u"runai")
        return fail(
            CommandLine::tr("Unknown backend \u201c%1\u201d: use aiwb, airm or runai.").arg(options.backend));
    if (options.demo)
        options.backend = options.demoBackend; // the sandbox speaks the API --demo=API asks for
    // An http(s) URL with a host; otherwise the options fail and say why.
    const auto readUrl = [&](const QCommandLineOption &option, QUrl *url) {
        *url = QUrl::fromUserInput(parser.value(option));
        if (url->isValid() && !url->host().isEmpty() &&
            (url->scheme() == u"http" || url->scheme() == u"https"))
            return true;
        fail(CommandLine::tr("--%1 needs an http or https URL, not \u201c%2\u201d.")
                 .arg(option.names().constFirst(), parser.value(option)));
        return false;
    };
    if (parser.isSet(kubeServer)) {
        if (!readUrl(kubeServer, &options.kubeServer))
            return options;
        if (options.backend != u"runai" || options.demo)
            return fail(
                CommandLine::tr("--kube-server goes with --backend runai (the Run:ai sandbox has its own)."));
    }

    if (parser.isSet(airmServer)) {
        if (!readUrl(airmServer, &options.airmServer))
            return options;
        if (options.backend != u"aiwb" || options.demo)
            return fail(CommandLine::tr("--airm-server goes with an AMD AI Workbench --server (--demo=amd "
                                        "shows both from the sandbox)."));
    }
    if (parser.isSet(server)) {
        if (!readUrl(server, &options.server))
            return options;
    }
    if (options.demo && parser.isSet(server))
        return fail(CommandLine::tr("Use either --demo or --server, not both."));
    options.profile = parser.value(profile);
    if (parser.isSet(profile) && (options.demo || parser.isSet(server)))
        return fail(CommandLine::tr("Use --profile alone, without --demo or --server."));
    options.project = parser.value(project);
    if (parser.isSet(quitAfter)) {
        options.quitAfterMs = parser.value(quitAfter).toInt(&ok);
        if (!ok || options.quitAfterMs < 0)
            return fail(CommandLine::tr("--quit-after needs a number of milliseconds."));
    }
    options.screenshotFile = parser.value(screenshot);
    options.measureStartup = parser.isSet(measureStartup);
    if (parser.isSet(measureMemory)) {
        options.measureMemoryLines = parser.value(measureMemory).toInt(&ok);
        if (!ok || options.measureMemoryLines < 1)
            return fail(CommandLine::tr("--measure-memory needs a number of log lines."));
    }
    if (parser.isSet(measureIdle)) {
        options.measureIdleSeconds = parser.value(measureIdle).toInt(&ok);
        if (!ok || options.measureIdleSeconds < 1)
            return fail(CommandLine::tr("--measure-idle needs a number of seconds."));
        if (options.measureMemoryLines > 0)
            return fail(CommandLine::tr("Use either --measure-memory or --measure-idle, not both."));
    }

    if (parser.isSet(exportCsv) && parser.isSet(logs))
        return fail(CommandLine::tr("Use either --export-csv or --logs, not both."));
    if ((parser.isSet(follow) || parser.isSet(level)) && !parser.isSet(logs))
        return fail(CommandLine::tr("--follow and --level go with --logs."));
    if (parser.isSet(logs)) {
        options.action = CommandLineOptions::Action::ShowLogs;
        options.logsWorkload = parser.value(logs).trimmed().toLower();
        options.follow = parser.isSet(follow);
        options.level = parser.value(level).trimmed().toLower();
        static const QStringList levels = {QStringLiteral("trace"), QStringLiteral("debug"),
                                           QStringLiteral("info"),  QStringLiteral("warning"),
                                           QStringLiteral("error"), QStringLiteral("critical")};
        if (!options.level.isEmpty() && !levels.contains(options.level))
            return fail(CommandLine::tr("--level must be one of %1.").arg(levels.join(QStringLiteral(", "))));
        if (options.logsWorkload.isEmpty())
            return fail(CommandLine::tr("--logs needs a workload id."));
        if (!options.demo && options.server.isEmpty() && options.profile.isEmpty())
            return fail(CommandLine::tr("--logs needs --server URL (or --demo)."));
        if (options.project.isEmpty())
            return fail(CommandLine::tr("--logs needs --project NAME."));
    }
    if (parser.isSet(exportCsv)) {
        options.action = CommandLineOptions::Action::ExportCsv;
        options.exportFile = parser.value(exportCsv);
        if (options.exportFile.isEmpty())
            return fail(CommandLine::tr("--export-csv needs a file name (or \"-\")."));
        if (!options.demo && options.server.isEmpty() && options.profile.isEmpty())
            return fail(CommandLine::tr("--export-csv needs --server URL (or --demo)."));
        if (options.project.isEmpty())
            return fail(CommandLine::tr("--export-csv needs --project NAME."));
    }
    return options;
}

} // namespace Workdeck
