// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxcontext.h"

#include "jsonwriter.h"
#include "logstreamwriter.h"

#include <QHttpServerRequest>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSandbox, "workdeck.sandbox", QtInfoMsg)

namespace Workdeck::Sandbox {

QueryItems QueryItems::parse(const QByteArray &rawQuery)
{
    QueryItems query;
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        query.m_items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                              QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return query;
}

QueryItems QueryItems::fromRequest(const QHttpServerRequest &request)
{
    // Fully encoded keeps "%2B" apart from '+', which the decoding above depends on.
    return parse(request.url().query(QUrl::FullyEncoded).toLatin1());
}

bool QueryItems::contains(const QString &name) const
{
    return std::any_of(m_items.cbegin(), m_items.cend(),
                       [&name](const auto &item) { return item.first == name; });
}

QString QueryItems::value(const QString &name) const
{
    for (auto it = m_items.crbegin(); it != m_items.crend(); ++it) {
        if (it->first == name)
            return it->second;
    }
    return {};
}

QStringList QueryItems::values(const QString &name) const
{
    QStringList result;
    for (const auto &[key, value] : m_items) {
        if (key == name)
            result << value;
    }
    return result;
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void ValidationErrors::add(const QString &type, const QJsonArray &location, const QString &message,
                           const QJsonValue &input, const QJsonObject &context)
{
    QJsonObject item{{QStringLiteral("type"), type},
                     {QStringLiteral("loc"), location},
                     {QStringLiteral("msg"), message},
                     {QStringLiteral("input"), input}};
    if (!context.isEmpty())
        item.insert(QStringLiteral("ctx"), context);
    m_items.append(item);
}

void ValidationErrors::missing(const QJsonArray &location)
{
    add(QStringLiteral("missing"), location, QStringLiteral("Field required"), QJsonValue::Null);
}

void ValidationErrors::enumValue(const QJsonArray &location, const QStringList &allowed, const QString &input)
{
    const QString expected = expectedList(allowed);
    add(QStringLiteral("enum"), location, QStringLiteral("Input should be %1").arg(expected), input,
        QJsonObject{{QStringLiteral("expected"), expected}});
}

QString expectedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted << QLatin1Char('\'') + value + QLatin1Char('\'');
    if (quoted.size() < 2)
        return quoted.join(QString());
    const QString last = quoted.takeLast();
    return quoted.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

int drawErrorStatus(SandboxContext &context)
{
    if (context.faults.errorRate <= 0 || context.faultRandom.generateDouble() >= context.faults.errorRate)
        return 0;
    static const int statuses[] = {500, 502, 503};
    return statuses[context.faultRandom.bounded(3)];
}

QJsonObject errorBody(int status)
{
    // 500: AIWB's catch-all handler; 502: an ExternalServiceError; 503: an UnhealthyException.
    const QString detail =
        status == 502   ? QStringLiteral("Failed to reach Prometheus: upstream connect error or "
                                           "disconnect/reset before headers")
        : status == 503 ? QStringLiteral("Cluster is not healthy. Please try again later.")
                        : QStringLiteral("An unexpected error occurred. Please try again later.");
    return QJsonObject{{QStringLiteral("detail"), detail}};
}

void reply(SandboxContext &context, const Responder &responder, int status, const QJsonValue &body,
           const HeaderList &extraHeaders, Faults faults)
{
    replyJson(context, responder, status, body.isObject() || body.isArray() ? writeJson(body) : QByteArray(),
              extraHeaders, faults);
}

void replyJson(SandboxContext &context, const Responder &responder, int status, QByteArray bytes,
               const HeaderList &extraHeaders, Faults faults)
{
    HeaderList headers = extraHeaders;
    if (faults == Faults::Inject) {
        if (const int injected = drawErrorStatus(context)) {
            status = injected;
            bytes = writeJson(errorBody(injected));
            headers.clear();
        } else if (status < 300 && !bytes.isEmpty() && context.faults.malformedRate > 0 &&
                   context.faultRandom.generateDouble() < context.faults.malformedRate) {
            bytes.truncate(bytes.size() / 2);
        }
    }
    if (status == 204)
        bytes.clear();
    else
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    // Never block: the answer leaves later, unless the client has gone by then.
    afterDelay(responder, context.faults.latencyMs,
               [responder, status, bytes, headers] { sendComplete(responder, status, bytes, headers); });
}

void replyDetail(SandboxContext &context, const Responder &responder, int status, const QString &detail,
                 const HeaderList &extraHeaders)
{
    reply(context, responder, status, QJsonObject{{QStringLiteral("detail"), detail}}, extraHeaders);
}

void replyValidation(SandboxContext &context, const Responder &responder, const ValidationErrors &errors)
{
    reply(context, responder, 422, QJsonObject{{QStringLiteral("detail"), errors.items()}});
}

} // namespace Workdeck::Sandbox
