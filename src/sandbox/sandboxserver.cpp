// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "airmroutes.h"
#include "aiwbroutes.h"
#include "runairoutes.h"
#include "sandboxcontext.h"
#include "simulatedcluster.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QTcpServer>
#include <QUuid>

namespace Workdeck::Sandbox {

struct SandboxServer::Private
{
    std::shared_ptr<SandboxContext> context;
    std::unique_ptr<QHttpServer> server; // goes first: its sockets, and the streams on them
    std::unique_ptr<OidcIssuer> issuer;
    quint16 port = 0;
    qint64 epochMicros = 0;
};

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    QElapsedTimer timer;
    timer.start();
    d->context = std::make_shared<SandboxContext>();
    SandboxContext &context = *d->context;
    context.options = std::move(options);
    context.faults = context.options.faults;
    context.faultRandom.seed(quint32(context.options.seed * 2654435761ULL ^ (context.options.seed >> 32)));
    context.token = context.options.token.isEmpty()
                        ? QUuid::createUuid().toString(QUuid::WithoutBraces).remove(QLatin1Char('-'))
                        : context.options.token;
    const QDateTime epoch =
        context.options.epoch.isValid()
            ? context.options.epoch
            : (context.options.clock ? context.options.clock() : QDateTime::currentDateTimeUtc());
    d->epochMicros = epoch.toMSecsSinceEpoch() * 1000;
    SimulatedCluster::Options clusterOptions;
    clusterOptions.seed = context.options.seed;
    clusterOptions.workloadCount = qMax(0, context.options.workloadCount);
    clusterOptions.namespaces = context.options.namespaces;
    clusterOptions.timeScale = context.options.timeScale;
    clusterOptions.logHistoryLines = context.options.logHistoryLines;
    clusterOptions.epochMicros = d->epochMicros;
    clusterOptions.clock = context.options.clock;
    context.cluster = std::make_unique<SimulatedCluster>(clusterOptions);
    d->server = std::make_unique<QHttpServer>();
    if (context.options.oidc.enabled) {
        d->issuer = std::make_unique<OidcIssuer>(context.options.oidc, d->context);
        d->issuer->registerRoutes(*d->server, [this] { return baseUrl(); });
        // The API accepts the issuer's tokens as well as the fixed one.
        const auto previous = context.options.tokenValidator;
        const QString fixed = context.token;
        OidcIssuer *issuer = d->issuer.get();
        context.options.tokenValidator = [previous, fixed, issuer](const QString &token, QString *reason) {
            if (previous ? previous(token, reason) : token == fixed)
                return true;
            return issuer->validate(token, reason);
        };
    }
    registerAiwbRoutes(*d->server, d->context);
    // The same cluster through Run:ai's API and the Kubernetes pod log route.
    const auto runai = std::make_shared<RunAiState>();
    registerRunAiRoutes(*d->server, d->context, runai);
    registerKubernetesLogRoutes(*d->server, d->context, runai);
    // And through AIRM's (its /v1 paths do not collide with AIWB's).
    registerAirmRoutes(*d->server, d->context, std::make_shared<AirmState>());
    qCDebug(lcSandbox) << "simulated" << context.cluster->workloadCount() << "workloads in" << timer.elapsed()
                       << "ms";
}

SandboxServer::~SandboxServer()
{
    d->server.reset();
}

bool SandboxServer::listen(QString *errorMessage)
{
    // Our own QTcpServer, so that a taken port can be told apart and explained.
    auto tcp = std::make_unique<QTcpServer>();
    if (!tcp->listen(QHostAddress::LocalHost, d->context->options.port)) {
        if (errorMessage)
            *errorMessage =
                tr("cannot listen on 127.0.0.1:%1: %2").arg(d->context->options.port).arg(tcp->errorString());
        return false;
    }
    d->port = tcp->serverPort();
    d->server->bind(tcp.release()); // the HTTP server adopts it
    qCInfo(lcSandbox) << "listening on" << baseUrl().toString() << "with"
                      << d->context->cluster->workloadCount() << "workloads";
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(d->port);
    return url;
}

quint16 SandboxServer::port() const
{
    return d->port;
}

QString SandboxServer::token() const
{
    return d->context->token;
}

QUrl SandboxServer::issuerUrl() const
{
    if (!d->issuer)
        return {};
    QUrl url = baseUrl();
    url.setPath(OidcIssuer::realmPath());
    return url;
}

QDateTime SandboxServer::epoch() const
{
    return QDateTime::fromMSecsSinceEpoch(d->epochMicros / 1000, Qt::UTC);
}

QDateTime SandboxServer::now() const
{
    return d->context->cluster->now();
}

FaultOptions SandboxServer::faults() const
{
    return d->context->faults;
}

void SandboxServer::setFaults(const FaultOptions &faults)
{
    d->context->faults = faults;
}

SimulatedCluster &SandboxServer::cluster()
{
    return *d->context->cluster;
}

} // namespace Workdeck::Sandbox
