// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/accesstokensource.h"
#include "api/apierror.h"
#include "api/connectionsecurity.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Workdeck {

class ApiClient;

// A Run:ai access key (client id + secret) exchanged for a bearer token: POST /api/v2/token
// (form-encoded, OAuth 2) and, on control planes without it (404/405), POST /api/v1/token with
// JSON {grantType, clientID, clientSecret}. The token is requested again a minute before it ends
// (or when the API answers 401). The secret stays in memory here; the caller keeps it in the
// TokenStore.
class RunAiTokenSource : public QObject, public AccessTokenSource
{
    Q_OBJECT
public:
    enum class State
    {
        SignedOut,
        SigningIn,
        SignedIn,
        SessionExpired, // the control plane refused the access key
    };
    Q_ENUM(State)

    RunAiTokenSource(QNetworkAccessManager *network, QUrl baseUrl, QString clientId, QString clientSecret,
                     ConnectionSecurity security = {}, QObject *parent = nullptr);
    ~RunAiTokenSource() override;

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    ApiError lastApiError() const { return m_lastApiError; }
    int tokenApiVersion() const { return m_version; } // 2, or 1 after the fallback
    qint64 tokenLifetimeSeconds() const { return m_lifetimeSeconds; }
    qint64 nextRefreshInMs() const;

    // Requests a token; done(true) once there is one.
    void signIn(std::function<void(bool ok)> done = {});
    // Another access key (entered by the user, or read from the keychain): forgets the token.
    void setCredentials(const QString &clientId, const QString &clientSecret);
    bool hasCredentials() const { return !m_clientSecret.isEmpty(); }
    QString clientId() const { return m_clientId; }
    // Forgets the token and the secret; the state becomes SignedOut.
    void signOut();

    QString accessToken() const override { return m_accessToken; }
    bool canRefresh() const override { return true; }
    void refresh(QObject *context, std::function<void(bool ok)> done) override;

Q_SIGNALS:
    void stateChanged(Workdeck::RunAiTokenSource::State state);
    void tokensRefreshed();

private:
    void request();
    void finish(bool ok);
    void setState(State state);

    ApiClient *m_client;
    QString m_clientId;
    QString m_clientSecret;
    State m_state = State::SignedOut;
    QString m_lastError;
    ApiError m_lastApiError;
    QString m_accessToken;
    qint64 m_lifetimeSeconds = 0;
    int m_version = 2;
    bool m_inFlight = false;
    quint64 m_generation = 0; // bumped by new credentials and sign-out: late answers are dropped
    QTimer m_timer;
    QList<std::pair<QPointer<QObject>, std::function<void(bool)>>> m_waiters;
};

} // namespace Workdeck
