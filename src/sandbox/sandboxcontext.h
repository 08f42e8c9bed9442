// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxserver.h"
#include "simulatedcluster.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <memory>

class QHttpServerRequest;

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace Workdeck::Sandbox {

// What the route handlers share: options, faults, the cluster and its clock.
struct SandboxContext
{
    SandboxOptions options;
    FaultOptions faults; // the current ones; setFaults() changes them for later requests
    std::unique_ptr<SimulatedCluster> cluster;
    QRandomGenerator faultRandom; // seeded: the same requests in the same order draw the same faults
    QString token;

    qint64 nowMicros() const { return cluster->nowMicros(); }
};

// Kept alive by whoever answers later (a latency timer, a log stream).
using Responder = std::shared_ptr<QHttpServerResponder>;
using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// Query parameters read as Starlette reads them: '+' is a space, then percent-decoding, so an
// unescaped '+' in "2026-03-02T09:00:00+00:00" arrives as a space (reference section 8).
class QueryItems
{
public:
    static QueryItems parse(const QByteArray &rawQuery);
    static QueryItems fromRequest(const QHttpServerRequest &request);

    bool contains(const QString &name) const;
    // The last value, as FastAPI takes it for a single-valued parameter.
    QString value(const QString &name) const;
    QStringList values(const QString &name) const; // in the order sent

private:
    QList<std::pair<QString, QString>> m_items;
};

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name);

// The items of a FastAPI 422 body, {"detail": [{"type", "loc", "msg", "input", "ctx"?}, ...]}.
// FastAPI reports every invalid parameter at once, so handlers collect them here.
class ValidationErrors
{
public:
    void add(const QString &type, const QJsonArray &location, const QString &message, const QJsonValue &input,
             const QJsonObject &context = {});
    void missing(const QJsonArray &location);
    void enumValue(const QJsonArray &location, const QStringList &allowed, const QString &input);
    bool isEmpty() const { return m_items.isEmpty(); }
    QJsonArray items() const { return m_items; }

private:
    QJsonArray m_items;
};

// pydantic's enum wording: "'a', 'b' or 'c'".
QString expectedList(const QStringList &values);

enum class Faults
{
    Inject, // latency, error rate and malformed bodies apply
    Latency // only latency (health tells whether the server is up at all)
};

// Sends a JSON answer through the fault injection. A 204 sends no body. Safe if the client has
// gone away in the meantime.
void reply(SandboxContext &context, const Responder &responder, int status, const QJsonValue &body,
           const HeaderList &extraHeaders = {}, Faults faults = Faults::Inject);
// The same with a body already written as JSON bytes.
void replyJson(SandboxContext &context, const Responder &responder, int status, QByteArray bytes,
               const HeaderList &extraHeaders = {}, Faults faults = Faults::Inject);
void replyDetail(SandboxContext &context, const Responder &responder, int status, const QString &detail,
                 const HeaderList &extraHeaders = {});
void replyValidation(SandboxContext &context, const Responder &responder, const ValidationErrors &errors);
// Whether the error rate hits this request: 0, or the status to answer (500, 502 or 503).
int drawErrorStatus(SandboxContext &context);
// The body AIWB sends with such a status.
QJsonObject errorBody(int status);

} // namespace Workdeck::Sandbox
