// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenresponse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Workdeck {

namespace {

QString stringOf(const QJsonObject &object, QStringView snake, QStringView camel)
{
    const QJsonValue value = object.contains(snake) ? object.value(snake) : object.value(camel);
    return value.toString();
}

} // namespace

std::optional<TokenResponse> TokenResponse::parse(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = QCoreApplication::translate("Workdeck::TokenResponse",
                                                 "The token endpoint's answer is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    TokenResponse response;
    response.accessToken = stringOf(object, u"access_token", u"accessToken");
    response.refreshToken = stringOf(object, u"refresh_token", u"refreshToken");
    response.idToken = stringOf(object, u"id_token", u"idToken");
    const QJsonValue expires =
        object.contains(u"expires_in") ? object.value(u"expires_in") : object.value(u"expiresIn");
    // Some servers send the number as a string.
    response.expiresInSeconds = expires.isString() ? expires.toString().toLongLong() : expires.toInteger();
    if (response.accessToken.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Workdeck::TokenResponse",
                                                 "The token endpoint's answer has no access token.");
        return std::nullopt;
    }
    return response;
}

QJsonObject jwtClaims(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return {};
    return QJsonDocument::fromJson(*decoded).object();
}

SignedInUser SignedInUser::fromTokens(const QString &accessToken, const QString &idToken)
{
    const QJsonObject access = jwtClaims(accessToken);
    QJsonObject claims = jwtClaims(idToken);
    for (auto it = access.begin(); it != access.end(); ++it) {
        if (!claims.contains(it.key()))
            claims.insert(it.key(), it.value());
    }
    SignedInUser user;
    user.subject = claims.value(u"sub").toString();
    user.email = claims.value(u"email").toString();
    user.name = claims.value(u"name").toString();
    if (user.name.isEmpty())
        user.name = claims.value(u"preferred_username").toString();
    for (const QJsonValue &group : claims.value(u"groups").toArray())
        user.groups.append(group.toString());
    user.expiresAtSecs = access.value(u"exp").toInteger();
    return user;
}

qint64 refreshDelayMs(qint64 lifetimeSeconds)
{
    if (lifetimeSeconds <= 0)
        return -1;
    const qint64 lifetimeMs = lifetimeSeconds * 1000;
    const qint64 early = qMin<qint64>(60000, lifetimeMs / 5);
    return qMax<qint64>(1000, lifetimeMs - early);
}

} // namespace Workdeck
