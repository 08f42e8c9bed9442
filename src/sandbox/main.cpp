// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// workdeck-sandbox: the sandbox cluster on its own, for demos, curl and other clients.
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

// Only async-signal-safe work here: a byte down a pipe, read by the event loop.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[0], &byte, 1);
}

// Ctrl+C and SIGTERM end the event loop, so the server shuts down cleanly.
void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("workdeck-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WORKDECK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The Workdeck sandbox cluster: simulated AI workloads served over the AMD AI Workbench (AIWB) API on "
        "127.0.0.1 (and the same cluster over the Run:ai API under /api/v1 and /api/v2, with the Kubernetes "
        "pod "
        "log route), for demos, tests and curl. Every request but /v1/health and the token routes needs "
        "\"Authorization: Bearer <token>\"."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port on 127.0.0.1 (0: any free port)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption workloads(
        QStringLiteral("workloads"), QStringLiteral("Number of simulated workloads, across all namespaces."),
        QStringLiteral("n"), QStringLiteral("48"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the simulation."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   QStringLiteral("The bearer token to accept (default: a random one)."),
                                   QStringLiteral("token"));
    const QCommandLineOption namespaces(QStringLiteral("namespaces"),
                                        QStringLiteral("Comma-separated namespace names (default: "
                                                       "research-and-development,vision-team,team-nlp)."),
                                        QStringLiteral("a,b,c"));
    const QCommandLineOption timeScale(
        QStringLiteral("time-scale"),
        QStringLiteral("Simulated seconds per real second (life cycles, log growth)."), QStringLiteral("x"),
        QStringLiteral("1"));
    const QCommandLineOption logHistory(
        QStringLiteral("log-history"),
        QStringLiteral("Lines a running workload's log already holds when the sandbox starts (as far as it "
                       "has run)."),
        QStringLiteral("lines"), QString::number(Workdeck::Sandbox::defaultLogHistoryLines));
    const QCommandLineOption heartbeat(
        QStringLiteral("heartbeat-ms"),
        QStringLiteral("A log stream sends [HEARTBEAT] after this much silence."), QStringLiteral("ms"),
        QStringLiteral("30000"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Fault: delay before every answer."),
                                     QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption listLatency(
        QStringLiteral("list-latency-ms"),
        QStringLiteral("Fault: further delay before an AIWB namespace's whole workload list."),
        QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption errorRate(
        QStringLiteral("error-rate"), QStringLiteral("Fault: fraction of requests answered 500, 502 or 503."),
        QStringLiteral("r"), QStringLiteral("0"));
    const QCommandLineOption malformedRate(QStringLiteral("malformed-rate"),
                                           QStringLiteral("Fault: fraction of JSON bodies cut in half."),
                                           QStringLiteral("r"), QStringLiteral("0"));
    const QCommandLineOption dropAfter(
        QStringLiteral("drop-stream-after"),
        QStringLiteral("Fault: cut each log stream's connection after N frames."), QStringLiteral("n"),
        QStringLiteral("-1"));
    const QCommandLineOption errorFrameAfter(
        QStringLiteral("error-frame-after"),
        QStringLiteral("Fault: an error frame ends each log stream after N frames."), QStringLiteral("n"),
        QStringLiteral("-1"));
    const QCommandLineOption silentAfter(QStringLiteral("silent-stream-after"),
                                         QStringLiteral("Fault: each log stream goes silent after N frames."),
                                         QStringLiteral("n"), QStringLiteral("-1"));
    parser.addOptions({port, workloads, seed, token, namespaces, timeScale, logHistory, heartbeat, latency,
                       listLatency, errorRate, malformedRate, dropAfter, errorFrameAfter, silentAfter});
    parser.process(app);

    QTextStream err(stderr);
    bool valid = true;
    const auto number = [&](const QCommandLineOption &option, double minimum, double maximum) {
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value < minimum || value > maximum) {
            err << "workdeck-sandbox: --" << option.names().constFirst() << " must be a number from "
                << minimum << " to " << maximum << Qt::endl;
            valid = false;
        }
        return value;
    };
    Workdeck::Sandbox::SandboxOptions options;
    options.port = quint16(number(port, 0, 65535));
    options.workloadCount = int(number(workloads, 0, 1000000));
    options.seed = quint64(number(seed, 0, 9e15));
    options.timeScale = number(timeScale, 0.001, 1000000);
    options.logHistoryLines = qint64(number(logHistory, 0, 1e9));
    options.heartbeatIntervalMs = int(number(heartbeat, 10, 3600000));
    options.faults.latencyMs = int(number(latency, 0, 600000));
    options.faults.listLatencyMs = int(number(listLatency, 0, 600000));
    options.faults.errorRate = number(errorRate, 0, 1);
    options.faults.malformedRate = number(malformedRate, 0, 1);
    options.faults.dropStreamAfterFrames = int(number(dropAfter, -1, 1e9));
    options.faults.errorFrameAfterFrames = int(number(errorFrameAfter, -1, 1e9));
    options.faults.silentStreamAfterFrames = int(number(silentAfter, -1, 1e9));
    if (!valid)
        return 2;
    options.token = parser.value(token);
    if (parser.isSet(namespaces)) {
        for (const QString &name : parser.value(namespaces).split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.namespaces << name.trimmed();
    }

    Workdeck::Sandbox::SandboxServer server(options);
    QString error;
    if (!server.listen(&error)) {
        err << "workdeck-sandbox: " << error << Qt::endl;
        return 1;
    }
    quitOnSignals(app);
    QTextStream out(stdout);
    out << "Workdeck sandbox listening on " << server.baseUrl().toString() << Qt::endl;
    out << "Token: " << server.token() << Qt::endl;
    return QCoreApplication::exec();
}
