// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/accesstokensource.h"
#include "api/apierror.h"
#include "api/connectionsecurity.h"
#include "tokenresponse.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace Workdeck {

class ApiClient;
class LoopbackRedirectListener;
class TokenStore;

// What discovery (<issuer>/.well-known/openid-configuration) tells about a provider.
struct OidcProviderMetadata
{
    QUrl issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl revocationEndpoint; // optional
    QUrl endSessionEndpoint; // optional
    QStringList codeChallengeMethods;

    // Checks the document names the expected issuer and has the endpoints a code flow needs.
    static std::optional<OidcProviderMetadata> parse(const QByteArray &body, const QUrl &expectedIssuer,
                                                     QString *error);
};

// Sign-in to an OpenID Connect provider (Keycloak for AMD AI Workbench) and the access token for
// ApiClient: authorization code with PKCE (S256) in the system browser with a loopback redirect,
// the resource-owner password grant, or a pasted access token. Refreshes ahead of expiry and once
// more when the API answers 401; if refreshing is refused the state becomes SessionExpired
// ("signed out — sign in again"). The refresh token (or pasted token) goes to the TokenStore,
// never anywhere else.
//
// Usage: make it, give it to ApiClient::setTokenSource, then restore() (a stored session) or one
// of the sign-in calls; watch stateChanged().
class OidcSession : public QObject, public AccessTokenSource
{
    Q_OBJECT
public:
    enum class State
    {
        SignedOut, // never signed in, or signed out by the user
        SigningIn, // waiting for the browser, or a token request in flight
        SignedIn,
        SessionExpired, // the provider refused to refresh: sign in again
    };
    Q_ENUM(State)

    struct Options
    {
        QUrl issuer;
        QString clientId;
        QStringList scopes = {QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email")};
        QString secretKeyPrefix; // keys in the token store: <prefix>/refresh_token, <prefix>/access_token
        ConnectionSecurity security;
    };

    OidcSession(QNetworkAccessManager *network, std::shared_ptr<TokenStore> store, Options options,
                QObject *parent = nullptr);
    ~OidcSession() override;

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; } // why sign-in failed or the session ended
    SignedInUser user() const { return m_user; }
    const Options &options() const { return m_options; }
    // For a store chosen after construction (the keychain probe is asynchronous).
    void setTokenStore(std::shared_ptr<TokenStore> store) { m_store = std::move(store); }
    std::optional<OidcProviderMetadata> metadata() const { return m_metadata; }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    qint64 nextRefreshInMs() const; // -1 when no refresh is scheduled
    qint64 tokenLifetimeSeconds() const { return m_lifetimeSeconds; }

    // Browser sign-in: discovers the provider, listens on 127.0.0.1 and calls openBrowser with the
    // authorization URL (in the application: QDesktopServices::openUrl).
    void signInWithBrowser(std::function<void(const QUrl &)> openBrowser);
    void signInWithPassword(const QString &username, const QString &password);
    void useAccessToken(const QString &token); // pasted; cannot be refreshed
    void cancelSignIn();
    // Resumes a session from the token store (refresh token, else a pasted token still valid).
    void restore();
    // Forgets the session: revokes the refresh token at the provider if it can (best effort) and
    // deletes the stored secrets.
    void signOut();

    // AccessTokenSource
    QString accessToken() const override { return m_accessToken; }
    bool canRefresh() const override { return !m_refreshToken.isEmpty(); }
    void refresh(QObject *context, std::function<void(bool ok)> done) override;

Q_SIGNALS:
    void stateChanged(Workdeck::OidcSession::State state);
    void tokensRefreshed();
    void signInFailed(const QString &message);

private:
    void discover(std::function<void(bool)> then);
    void handleRedirect(const QUrlQuery &query);
    void requestTokens(const QList<std::pair<QString, QString>> &form, bool isRefresh,
                       std::function<void(bool ok)> then = {});
    void acceptTokens(const TokenResponse &tokens);
    void scheduleRefresh();
    void refreshNow();
    void finishRefresh(bool ok);
    void fail(const QString &message);
    void expire(const QString &message);
    void setState(State state);
    ApiClient *clientFor(const QUrl &endpoint);
    QString key(const char *name) const;

    QNetworkAccessManager *m_network;
    std::shared_ptr<TokenStore> m_store;
    Options m_options;
    std::optional<OidcProviderMetadata> m_metadata;
    QHash<QString, ApiClient *> m_clients; // by origin
    LoopbackRedirectListener *m_listener = nullptr;
    QString m_expectedState;
    QString m_codeVerifier;
    QUrl m_redirectUri;
    State m_state = State::SignedOut;
    QString m_lastError;
    QString m_accessToken;
    QString m_refreshToken;
    QString m_idToken;
    qint64 m_lifetimeSeconds = 0;
    SignedInUser m_user;
    QTimer m_refreshTimer;
    bool m_refreshing = false;
    QList<std::pair<QPointer<QObject>, std::function<void(bool)>>> m_refreshWaiters;
    quint64 m_generation = 0; // bumped by sign-out and new sign-ins: late answers are dropped
};

// PKCE helpers (RFC 7636), public for tests.
QString makePkceVerifier();
QString pkceChallengeS256(const QString &verifier);

} // namespace Workdeck
