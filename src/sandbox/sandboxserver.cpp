// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "aiwbroutes.h"
#include "sandboxcontext.h"
#include "simulatedcluster.h"

#include <QHttpServer>
#include <QRandomGenerator>
#include <QUuid>

namespace Workdeck::Sandbox {

struct SandboxServer::Private
{
    std::shared_ptr<SandboxContext> context;
    std::unique_ptr<QHttpServer> server; // destroyed first: its sockets and streams go before the context
    quint16 port = 0;
};

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->context = std::make_shared<SandboxContext>();
    SandboxContext &context = *d->context;
    context.options = std::move(options);
    context.faults = context.options.faults;
    context.faultRandom.seed(quint32(context.options.seed * 2654435761ULL));
    context.token = context.options.token.isEmpty()
                        ? QUuid::createUuid().toString(QUuid::WithoutBraces).remove(QLatin1Char('-'))
                        : context.options.token;
    const QDateTime epoch =
        context.options.epoch.isValid()
            ? context.options.epoch
            : (context.options.clock ? context.options.clock() : QDateTime::currentDateTimeUtc());
    context.epochMicros = epoch.toMSecsSinceEpoch() * 1000;
    SimulatedCluster::Options clusterOptions;
    clusterOptions.seed = context.options.seed;
    clusterOptions.workloadCount = context.options.workloadCount;
    clusterOptions.namespaces = context.options.namespaces;
    clusterOptions.timeScale = context.options.timeScale;
    clusterOptions.epochMicros = context.epochMicros;
    context.cluster = std::make_unique<SimulatedCluster>(clusterOptions);
    d->server = std::make_unique<QHttpServer>();
    registerAiwbRoutes(*d->server, d->context);
}

SandboxServer::~SandboxServer()
{
    d->server.reset();
}

bool SandboxServer::listen(QString *errorMessage)
{
    const quint16 port = d->server->listen(QHostAddress::LocalHost, d->context->options.port);
    if (port == 0) {
        if (errorMessage)
            *errorMessage =
                tr("cannot listen on 127.0.0.1:%1 (is the port in use?)").arg(d->context->options.port);
        return false;
    }
    d->port = port;
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

QDateTime SandboxServer::epoch() const
{
    return QDateTime::fromMSecsSinceEpoch(d->context->epochMicros / 1000, Qt::UTC);
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
