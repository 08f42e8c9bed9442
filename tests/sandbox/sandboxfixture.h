// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxprobe.h"
#include "sandboxserver.h"
#include "simulatedcluster.h"

#include <memory>

namespace Workdeck::Test {

// A sandbox on loopback whose clock the test holds: time moves only when the test says so.
// Usage: start(options), then call() its API, or openStream() a log stream on a bare socket.
class SandboxFixture
{
public:
    SandboxFixture() { resetClock(); }

    void resetClock() { m_now = QDateTime::currentDateTimeUtc(); }
    QDateTime now() const { return m_now; }
    void setNow(const QDateTime &now) { m_now = now; }
    void advance(qint64 ms) { m_now = m_now.addMSecs(ms); }

    // A fresh server (the previous one goes); options.clock defaults to the fixture's clock.
    Sandbox::SandboxServer &start(Sandbox::SandboxOptions options = {})
    {
        m_server.reset();
        if (!options.clock)
            options.clock = [this] { return m_now; };
        m_server = std::make_unique<Sandbox::SandboxServer>(options);
        QString error;
        if (!m_server->listen(&error))
            qFatal("sandbox: %s", qPrintable(error));
        return *m_server;
    }
    void stop() { m_server.reset(); }
    Sandbox::SandboxServer &server() { return *m_server; }
    Sandbox::SimulatedCluster &cluster() { return m_server->cluster(); }

    HttpAnswer call(const QString &pathAndQuery, const QByteArray &authorization = HttpProbe::useToken,
                    const QByteArray &method = QByteArrayLiteral("GET"))
    {
        return HttpProbe(&m_network, m_server->baseUrl(), m_server->token())
            .call(pathAndQuery, authorization, method);
    }
    QNetworkAccessManager &network() { return m_network; }

    // In research-and-development, the namespace the tests use.
    static QString ns() { return QStringLiteral("research-and-development"); }
    static QString path(const QString &id, const QString &rest = {})
    {
        return QStringLiteral("/v1/namespaces/%1/workloads/%2%3").arg(ns(), id, rest);
    }
    QString showcase(Sandbox::Showcase which) { return cluster().showcaseId(ns(), which); }
    std::unique_ptr<RawStream> openStream(const QString &id, const QString &query = {})
    {
        return std::make_unique<RawStream>(m_server->port(), path(id, QStringLiteral("/logs/stream")) + query,
                                           "Bearer " + m_server->token().toUtf8());
    }

    // Query values: "...Z" needs no escaping; the naive form is what the stream honours.
    static QString iso(const QDateTime &time) { return time.toUTC().toString(Qt::ISODateWithMs); }
    static QString naive(const QDateTime &time)
    {
        return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
    }
    static qint64 micros(const QDateTime &time) { return time.toMSecsSinceEpoch() * 1000; }

private:
    QNetworkAccessManager m_network;
    QDateTime m_now;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
};

} // namespace Workdeck::Test
