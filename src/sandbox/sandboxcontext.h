// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxserver.h"
#include "simulatedcluster.h"

#include <QHttpServerResponder>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QMultiMap>
#include <QRandomGenerator>

#include <memory>

class QHttpServerRequest;

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace Workdeck::Sandbox {

// What the route handlers share: options, faults, the cluster and the clock.
struct SandboxContext
{
    SandboxOptions options;
    FaultOptions faults;
    std::unique_ptr<SimulatedCluster> cluster;
    QRandomGenerator faultRandom;
    QString token;
    qint64 epochMicros = 0;

    qint64 nowMicros() const;
};

using Responder = std::shared_ptr<QHttpServerResponder>;

// Query parameters read as Starlette reads them: '+' is a space, then percent-decoding.
QMultiMap<QString, QString> parseQuery(const QHttpServerRequest &request);
QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name);

// Sends a JSON answer through the fault injection (latency, error rate, malformed bodies).
// A 204 sends no body. Safe if the client has gone away in the meantime.
void reply(SandboxContext &context, const Responder &responder, int status, const QJsonValue &body,
           const QList<std::pair<QByteArray, QByteArray>> &extraHeaders = {});
void replyDetail(SandboxContext &context, const Responder &responder, int status, const QString &detail);
// FastAPI's 422 body: {"detail": [{"type", "loc", "msg", "input"}]}.
void replyValidation(SandboxContext &context, const Responder &responder, const QString &type,
                     const QStringList &location, const QString &message, const QJsonValue &input);

// Timestamps as the AIWB API writes them: "2026-03-02T09:14:27.518302Z" (fraction only when non-zero).
QString apiTimestamp(qint64 micros);
// Python isoformat with "+00:00", as in AIWB page tokens.
QString pythonIsoTimestamp(qint64 micros);
// Reads an aware ISO 8601 timestamp (Z or ±hh:mm); nullopt when absent or naive (*naive says which).
std::optional<qint64> parseAwareTimestamp(const QString &text, bool *naive = nullptr);
std::optional<qint64> parseNaiveTimestamp(const QString &text);

} // namespace Workdeck::Sandbox
