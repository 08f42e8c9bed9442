// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxcontext.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

Q_LOGGING_CATEGORY(lcSandbox, "workdeck.sandbox", QtInfoMsg)

namespace Workdeck::Sandbox {

qint64 SandboxContext::nowMicros() const
{
    const QDateTime now = options.clock ? options.clock() : QDateTime::currentDateTimeUtc();
    return now.toMSecsSinceEpoch() * 1000;
}

QMultiMap<QString, QString> parseQuery(const QHttpServerRequest &request)
{
    QMultiMap<QString, QString> items;
    const QByteArray raw = request.url().query(QUrl::FullyEncoded).toLatin1();
    for (const QByteArray &pair : raw.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        items.insert(QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value));
    }
    return items;
}

QByteArray headerValue(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &[key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

namespace {

void send(const Responder &responder, int status, const QByteArray &body,
          const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QPointer<QTcpSocket> socket = responder->socket();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    responder->writeStatusLine(QHttpServerResponder::StatusCode(status));
    for (const auto &[key, value] : headers)
        responder->writeHeader(key, value);
    responder->writeHeader(QByteArrayLiteral("Content-Length"),
                           QByteArray::number(status == 204 ? 0 : body.size()));
    responder->writeBody(status == 204 ? QByteArray() : body);
}

} // namespace

void reply(SandboxContext &context, const Responder &responder, int status, const QJsonValue &body,
           const QList<std::pair<QByteArray, QByteArray>> &extraHeaders)
{
    const FaultOptions &faults = context.faults;
    QByteArray bytes;
    if (body.isObject())
        bytes = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        bytes = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    if (faults.errorRate > 0 && context.faultRandom.generateDouble() < faults.errorRate) {
        static const int statuses[] = {500, 502, 503};
        status = statuses[context.faultRandom.bounded(3)];
        bytes =
            status == 500
                ? QByteArrayLiteral("{\"detail\":\"An unexpected error occurred. Please try again later.\"}")
            : status == 502 ? QByteArrayLiteral("{\"detail\":\"Bad Gateway\"}")
                            : QByteArrayLiteral("{\"detail\":\"Service Unavailable\"}");
    } else if (status < 300 && !bytes.isEmpty() && faults.malformedRate > 0 &&
               context.faultRandom.generateDouble() < faults.malformedRate) {
        bytes.truncate(bytes.size() / 2);
    }
    QList<std::pair<QByteArray, QByteArray>> headers = extraHeaders;
    if (status != 204)
        headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    if (faults.latencyMs > 0) {
        QPointer<QTcpSocket> socket = responder->socket();
        QTimer::singleShot(faults.latencyMs, socket.data(), [responder, status, bytes, headers, socket] {
            if (socket)
                send(responder, status, bytes, headers);
        });
        return;
    }
    send(responder, status, bytes, headers);
}

void replyDetail(SandboxContext &context, const Responder &responder, int status, const QString &detail)
{
    reply(context, responder, status, QJsonObject{{QStringLiteral("detail"), detail}});
}

void replyValidation(SandboxContext &context, const Responder &responder, const QString &type,
                     const QStringList &location, const QString &message, const QJsonValue &input)
{
    QJsonArray loc;
    for (const QString &part : location) {
        bool isNumber = false;
        const int number = part.toInt(&isNumber);
        loc.append(isNumber ? QJsonValue(number) : QJsonValue(part));
    }
    QJsonObject item{{QStringLiteral("type"), type},
                     {QStringLiteral("loc"), loc},
                     {QStringLiteral("msg"), message},
                     {QStringLiteral("input"), input}};
    reply(context, responder, 422, QJsonObject{{QStringLiteral("detail"), QJsonArray{item}}});
}

QString apiTimestamp(qint64 micros)
{
    const qint64 seconds = micros >= 0 ? micros / 1000000 : (micros - 999999) / 1000000;
    const int fraction = int(micros - seconds * 1000000);
    QString text =
        QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (fraction != 0)
        text += QStringLiteral(".%1").arg(fraction, 6, 10, QLatin1Char('0'));
    return text + QLatin1Char('Z');
}

QString pythonIsoTimestamp(qint64 micros)
{
    QString text = apiTimestamp(micros);
    text.chop(1);
    return text + QStringLiteral("+00:00");
}

namespace {

std::optional<qint64> parseTimestamp(const QString &input, bool requireZone, bool *naive)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,6})\d*)?(Z|z|[+-]\d{2}:?\d{2})?$)"));
    const QRegularExpressionMatch match = pattern.match(input.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QString zone = match.captured(4);
    if (naive)
        *naive = zone.isEmpty();
    if (requireZone && zone.isEmpty())
        return std::nullopt;
    QString time = match.captured(2);
    if (time.size() == 5)
        time += QStringLiteral(":00");
    const QDateTime base =
        QDateTime::fromString(match.captured(1) + QLatin1Char('T') + time + QLatin1Char('Z'), Qt::ISODate);
    if (!base.isValid())
        return std::nullopt;
    qint64 micros = base.toMSecsSinceEpoch() * 1000;
    if (const QString fraction = match.captured(3); !fraction.isEmpty())
        micros += fraction.leftJustified(6, QLatin1Char('0')).toLongLong();
    if (!zone.isEmpty() && zone != u"Z" && zone != u"z") {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int offset = (digits.left(2).toInt() * 60 + digits.mid(2, 2).toInt()) * 60;
        micros -= qint64(zone.startsWith(QLatin1Char('-')) ? -offset : offset) * 1000000;
    }
    return micros;
}

} // namespace

std::optional<qint64> parseAwareTimestamp(const QString &text, bool *naive)
{
    return parseTimestamp(text, true, naive);
}

std::optional<qint64> parseNaiveTimestamp(const QString &text)
{
    bool naive = false;
    const auto micros = parseTimestamp(text, false, &naive);
    return micros && naive ? micros : std::nullopt;
}

} // namespace Workdeck::Sandbox
