// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Workdeck {

namespace {

QString jsonToText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

// FastAPI 422: [{"type":"enum","loc":["query","status_filter",0],"msg":"Input should be ...","input":"x"}]
QString validationItemsText(const QJsonArray &items)
{
    QStringList lines;
    for (const QJsonValue &itemValue : items) {
        const QJsonObject item = itemValue.toObject();
        QStringList location;
        for (const QJsonValue &part : item.value(u"loc").toArray()) {
            if (part.isString())
                location.append(part.toString());
            else
                location.append(QString::number(part.toInt()));
        }
        // "query.status_filter.0" reads worse than "status_filter (query)"; keep what users typed.
        QString where;
        if (location.size() >= 2)
            where = location.mid(1).join(QLatin1Char('.'));
        else
            where = location.join(QLatin1Char('.'));
        QString line = item.value(u"msg").toString();
        if (line.isEmpty())
            line = jsonToText(itemValue);
        if (!where.isEmpty())
            line = where + QStringLiteral(": ") + line;
        if (item.contains(u"input") && !item.value(u"input").isNull() && !item.value(u"input").isObject())
            line += QStringLiteral(" (got \u201c%1\u201d)").arg(jsonToText(item.value(u"input")));
        lines.append(line);
    }
    return lines.join(QStringLiteral("; "));
}

QString statusReason(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 422:
        return QStringLiteral("Unprocessable Content");
    case 428:
        return QStringLiteral("Precondition Required");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

} // namespace

bool ApiError::isRetryable() const
{
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Server ||
           (kind == Kind::Http && httpStatus == 429);
}

QString ApiError::toString() const
{
    QString text;
    if (url.isValid()) {
        text = method.isEmpty() ? QString() : method + QLatin1Char(' ');
        text += url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) + QStringLiteral(": ");
    }
    if (httpStatus > 0) {
        text += QString::number(httpStatus);
        const QString reason = statusReason(httpStatus);
        if (!reason.isEmpty())
            text += QLatin1Char(' ') + reason;
        if (!message.isEmpty())
            text += QStringLiteral(": ");
    }
    text += message;
    if (!detail.isEmpty())
        text += QStringLiteral(" (") + detail + QLatin1Char(')');
    return text;
}

QString ApiError::messageFromBody(const QByteArray &body, QString *detail)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {};
    const QJsonObject object = document.object();
    if (object.contains(u"detail")) {
        const QJsonValue value = object.value(u"detail");
        if (detail && object.contains(u"additional_info"))
            *detail = jsonToText(object.value(u"additional_info"));
        if (value.isArray())
            return validationItemsText(value.toArray());
        return jsonToText(value);
    }
    if (object.contains(u"message")) { // Run:ai {code, message, details}
        if (detail && object.contains(u"details"))
            *detail = jsonToText(object.value(u"details"));
        return jsonToText(object.value(u"message"));
    }
    if (object.contains(u"error")) { // OAuth2 {error, error_description}, proxies {error}
        const QString description = object.value(u"error_description").toString();
        const QString error = jsonToText(object.value(u"error"));
        return description.isEmpty() ? error : error + QStringLiteral(": ") + description;
    }
    return {};
}

ApiError ApiError::fromHttpStatus(int status, const QByteArray &body, const QUrl &url, const QString &method)
{
    ApiError error;
    error.httpStatus = status;
    error.url = url;
    error.method = method;
    if (status == 401)
        error.kind = Kind::Unauthorized;
    else if (status == 403)
        error.kind = Kind::Forbidden;
    else if (status == 404)
        error.kind = Kind::NotFound;
    else if (status == 409)
        error.kind = Kind::Conflict;
    else if (status == 400 || status == 422)
        error.kind = Kind::Validation;
    else if (status >= 500)
        error.kind = Kind::Server;
    else
        error.kind = Kind::Http;
    error.message = messageFromBody(body, &error.detail);
    if (error.message.isEmpty() && !body.trimmed().isEmpty() && !body.trimmed().startsWith('<')) {
        // Not JSON: show the start of what the server (or a proxy) sent, in one line.
        error.message = QString::fromUtf8(body.left(200)).simplified();
    }
    return error;
}

ApiError ApiError::parseError(const QString &message, const QUrl &url)
{
    ApiError error;
    error.kind = Kind::Parse;
    error.message = message;
    error.url = url;
    return error;
}

QString apiErrorKindName(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::None:
        return QStringLiteral("none");
    case ApiError::Kind::Network:
        return QStringLiteral("network");
    case ApiError::Kind::Timeout:
        return QStringLiteral("timeout");
    case ApiError::Kind::Tls:
        return QStringLiteral("tls");
    case ApiError::Kind::Insecure:
        return QStringLiteral("insecure");
    case ApiError::Kind::Unauthorized:
        return QStringLiteral("unauthorized");
    case ApiError::Kind::Forbidden:
        return QStringLiteral("forbidden");
    case ApiError::Kind::NotFound:
        return QStringLiteral("not-found");
    case ApiError::Kind::Conflict:
        return QStringLiteral("conflict");
    case ApiError::Kind::Validation:
        return QStringLiteral("validation");
    case ApiError::Kind::Server:
        return QStringLiteral("server");
    case ApiError::Kind::Http:
        return QStringLiteral("http");
    case ApiError::Kind::Parse:
        return QStringLiteral("parse");
    case ApiError::Kind::TooLarge:
        return QStringLiteral("too-large");
    case ApiError::Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace Workdeck
