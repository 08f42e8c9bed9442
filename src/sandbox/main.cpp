// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>

namespace {

void quitOnSignal(int)
{
    QCoreApplication::quit();
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
        "127.0.0.1, for demos, tests, benchmarks and curl. Every request but /v1/health needs "
        "\"Authorization: Bearer <token>\"."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port on 127.0.0.1 (0: any free port)."),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption workloads(QStringLiteral("workloads"),
                                       QStringLiteral("Number of simulated workloads."), QStringLiteral("n"),
                                       QStringLiteral("48"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the simulation."),
                                  QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   QStringLiteral("The bearer token to accept (default: a random one)."),
                                   QStringLiteral("token"));
    const QCommandLineOption namespaces(QStringLiteral("namespaces"),
                                        QStringLiteral("Comma-separated namespace names."),
                                        QStringLiteral("list"));
    const QCommandLineOption timeScale(QStringLiteral("time-scale"),
                                       QStringLiteral("Simulated seconds per real second."),
                                       QStringLiteral("x"), QStringLiteral("1"));
    const QCommandLineOption heartbeat(QStringLiteral("heartbeat-ms"),
                                       QStringLiteral("[HEARTBEAT] after this much stream silence."),
                                       QStringLiteral("ms"), QStringLiteral("30000"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Fault: delay before every answer."),
                                     QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption errorRate(QStringLiteral("error-rate"),
                                       QStringLiteral("Fault: fraction of requests answered 500/502/503."),
                                       QStringLiteral("r"), QStringLiteral("0"));
    const QCommandLineOption malformedRate(QStringLiteral("malformed-rate"),
                                           QStringLiteral("Fault: fraction of JSON bodies cut in half."),
                                           QStringLiteral("r"), QStringLiteral("0"));
    const QCommandLineOption dropAfter(QStringLiteral("drop-stream-after"),
                                       QStringLiteral("Fault: cut each log stream after N frames."),
                                       QStringLiteral("n"), QStringLiteral("-1"));
    const QCommandLineOption errorFrameAfter(
        QStringLiteral("error-frame-after"),
        QStringLiteral("Fault: an error frame ends each log stream after N frames."), QStringLiteral("n"),
        QStringLiteral("-1"));
    const QCommandLineOption silentAfter(QStringLiteral("silent-stream-after"),
                                         QStringLiteral("Fault: each log stream goes silent after N frames."),
                                         QStringLiteral("n"), QStringLiteral("-1"));
    parser.addOptions({port, workloads, seed, token, namespaces, timeScale, heartbeat, latency, errorRate,
                       malformedRate, dropAfter, errorFrameAfter, silentAfter});
    parser.process(app);

    QTextStream err(stderr);
    const auto number = [&](const QCommandLineOption &option, double minimum,
                            double maximum) -> std::optional<double> {
        bool ok = false;
        const double value = parser.value(option).toDouble(&ok);
        if (!ok || value < minimum || value > maximum) {
            err << "workdeck-sandbox: --" << option.names().constFirst() << " must be a number from "
                << minimum << " to " << maximum << Qt::endl;
            return std::nullopt;
        }
        return value;
    };
    Workdeck::Sandbox::SandboxOptions options;
    const auto portValue = number(port, 0, 65535);
    const auto workloadValue = number(workloads, 0, 1000000);
    const auto seedValue = number(seed, 0, 9e15);
    const auto scaleValue = number(timeScale, 0.001, 100000);
    const auto heartbeatValue = number(heartbeat, 10, 3600000);
    const auto latencyValue = number(latency, 0, 600000);
    const auto errorValue = number(errorRate, 0, 1);
    const auto malformedValue = number(malformedRate, 0, 1);
    const auto dropValue = number(dropAfter, -1, 1e9);
    const auto errorFrameValue = number(errorFrameAfter, -1, 1e9);
    const auto silentValue = number(silentAfter, -1, 1e9);
    if (!portValue || !workloadValue || !seedValue || !scaleValue || !heartbeatValue || !latencyValue ||
        !errorValue || !malformedValue || !dropValue || !errorFrameValue || !silentValue)
        return 2;
    options.port = quint16(*portValue);
    options.workloadCount = int(*workloadValue);
    options.seed = quint64(*seedValue);
    options.token = parser.value(token);
    if (parser.isSet(namespaces))
        options.namespaces = parser.value(namespaces).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.timeScale = *scaleValue;
    options.heartbeatIntervalMs = int(*heartbeatValue);
    options.faults.latencyMs = int(*latencyValue);
    options.faults.errorRate = *errorValue;
    options.faults.malformedRate = *malformedValue;
    options.faults.dropStreamAfterFrames = int(*dropValue);
    options.faults.errorFrameAfterFrames = int(*errorFrameValue);
    options.faults.silentStreamAfterFrames = int(*silentValue);

    Workdeck::Sandbox::SandboxServer server(options);
    QString error;
    if (!server.listen(&error)) {
        err << "workdeck-sandbox: " << error << Qt::endl;
        return 1;
    }
    QTextStream out(stdout);
    out << "Workdeck sandbox listening on " << server.baseUrl().toString() << Qt::endl;
    out << "Token: " << server.token() << Qt::endl;
    std::signal(SIGINT, quitOnSignal);
    std::signal(SIGTERM, quitOnSignal);
    return QCoreApplication::exec();
}
