// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Workdeck {

// A token endpoint's answer: OAuth 2 snake_case (access_token, expires_in, ...) or Run:ai v1's
// camelCase (accessToken, expiresIn, ...).
struct TokenResponse
{
    QString accessToken;
    QString refreshToken;
    QString idToken;
    qint64 expiresInSeconds = 0; // 0: not stated (then the JWT exp claim is used, if any)

    static std::optional<TokenResponse> parse(const QByteArray &body, QString *error);
};

// The payload of a JWT, or an empty object if the text is not one. The signature is not checked:
// the servers check it; the client only reads who it is and when the token ends.
QJsonObject jwtClaims(const QString &token);

// Who is signed in, from the claims of the ID token and the access token.
struct SignedInUser
{
    QString subject;
    QString email;
    QString name; // name, or preferred_username
    QStringList groups;
    qint64 expiresAtSecs = 0; // the access token's exp, 0 if unknown

    bool isEmpty() const { return subject.isEmpty() && email.isEmpty() && name.isEmpty(); }
    static SignedInUser fromTokens(const QString &accessToken, const QString &idToken);
};

// How long after a token arrives to fetch the next one: a minute before it ends, or at 80% of its
// lifetime for short ones (Keycloak's 5-minute tokens are renewed after 4), never under a second.
qint64 refreshDelayMs(qint64 lifetimeSeconds);

} // namespace Workdeck
