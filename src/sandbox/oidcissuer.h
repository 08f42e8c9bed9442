// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServer;

namespace Workdeck::Sandbox {

struct SandboxContext;

// A tiny OpenID Connect issuer in the sandbox, shaped like Keycloak's realm endpoints, so that the
// demo signs in through the real path: discovery, an authorization endpoint that redirects straight
// back with a code for the demo user (no login page), a token endpoint with PKCE (S256 required),
// the password grant and refresh-token rotation, revocation, and short-lived JWT access tokens
// (HS256 with a per-run key) whose email and groups claims the API routes check.
struct OidcIssuerOptions
{
    bool enabled = false;
    QString clientId = QStringLiteral("workdeck");
    int accessTokenSeconds = 300; // Keycloak's realm default
    QString username = QStringLiteral("devuser@sandbox.local");
    QString password = QStringLiteral("sandbox");
    QStringList groups; // empty: every namespace of the sandbox
};

class OidcIssuer
{
public:
    OidcIssuer(OidcIssuerOptions options, std::shared_ptr<SandboxContext> context);
    ~OidcIssuer();

    static QString realmPath() { return QStringLiteral("/realms/sandbox"); }
    void registerRoutes(QHttpServer &server, std::function<QUrl()> baseUrl);
    // Whether an access token is one this issuer made, unexpired by the sandbox clock.
    bool validate(const QString &token, QString *reason) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Workdeck::Sandbox
