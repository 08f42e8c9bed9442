// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runaitokensource.h"

#include "api/apiclient.h"
#include "logging.h"
#include "tokenresponse.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace Workdeck {

namespace {
constexpr int retryAfterFailureMs = 15000;
}

RunAiTokenSource::RunAiTokenSource(QNetworkAccessManager *network, QUrl baseUrl, QString clientId,
                                   QString clientSecret, ConnectionSecurity security, QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(network, std::move(baseUrl), this))
    , m_clientId(std::move(clientId))
    , m_clientSecret(std::move(clientSecret))
{
    m_client->setSecurity(security);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_inFlight)
            request();
    });
}

RunAiTokenSource::~RunAiTokenSource() = default;

qint64 RunAiTokenSource::nextRefreshInMs() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : -1;
}

void RunAiTokenSource::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void RunAiTokenSource::signIn(std::function<void(bool)> done)
{
    refresh(
        this, done ? std::move(done) : [](bool) {});
}

void RunAiTokenSource::refresh(QObject *context, std::function<void(bool)> done)
{
    m_waiters.append({QPointer<QObject>(context), std::move(done)});
    if (!m_inFlight)
        request();
}

void RunAiTokenSource::request()
{
    m_inFlight = true;
    m_timer.stop();
    if (m_clientSecret.isEmpty()) {
        // Signed out: nothing to ask with. Answered later, like a request would be.
        QTimer::singleShot(0, this, [this, generation = m_generation] {
            if (generation != m_generation)
                return;
            setState(State::SignedOut);
            finish(false);
        });
        return;
    }
    if (m_accessToken.isEmpty())
        setState(State::SigningIn);
    ApiRequest request;
    request.method = "POST";
    if (m_version == 2) {
        request.path = QStringLiteral("/api/v2/token");
        request.contentType = "application/x-www-form-urlencoded";
        request.body = encodeQuery({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                                    {QStringLiteral("client_id"), m_clientId},
                                    {QStringLiteral("client_secret"), m_clientSecret}})
                           .toUtf8();
    } else {
        request.path = QStringLiteral("/api/v1/token");
        request.body =
            QJsonDocument(QJsonObject{{QStringLiteral("grantType"), QStringLiteral("client_credentials")},
                                      {QStringLiteral("clientID"), m_clientId},
                                      {QStringLiteral("clientSecret"), m_clientSecret}})
                .toJson(QJsonDocument::Compact);
    }
    m_client->send(request, this, [this, generation = m_generation](Result<QByteArray> body) {
        if (generation != m_generation)
            return;
        if (!body && m_version == 2 && (body.error().httpStatus == 404 || body.error().httpStatus == 405)) {
            qCInfo(lcAuth) << "no /api/v2/token on" << m_client->baseUrl().host() << "- using /api/v1/token";
            m_version = 1;
            this->request();
            return;
        }
        QString error;
        std::optional<TokenResponse> tokens;
        if (body)
            tokens = TokenResponse::parse(body.value(), &error);
        if (!tokens) {
            m_lastApiError = body ? ApiError::parseError(error, m_client->urlFor(QString())) : body.error();
            m_lastError = m_lastApiError.toString();
            const bool refused = m_lastApiError.kind == ApiError::Kind::Unauthorized ||
                                 m_lastApiError.kind == ApiError::Kind::Forbidden ||
                                 m_lastApiError.kind == ApiError::Kind::Validation;
            qCWarning(lcAuth).noquote() << "Run:ai token request failed:" << m_lastError;
            if (refused) {
                m_accessToken.clear();
                setState(State::SessionExpired);
            } else {
                if (!m_accessToken.isEmpty())
                    m_timer.start(retryAfterFailureMs);
                else
                    setState(State::SignedOut);
            }
            finish(false);
            return;
        }
        const bool wasSignedIn = !m_accessToken.isEmpty();
        m_accessToken = tokens->accessToken;
        m_lifetimeSeconds = tokens->expiresInSeconds;
        if (const qint64 exp = jwtClaims(m_accessToken).value(u"exp").toInteger(); exp > 0) {
            // The tenant may configure a lifetime; the token's own exp is the authority.
            const qint64 left = exp - QDateTime::currentSecsSinceEpoch();
            m_lifetimeSeconds = m_lifetimeSeconds > 0 ? qMin(m_lifetimeSeconds, left) : left;
        }
        if (const qint64 delay = refreshDelayMs(m_lifetimeSeconds); delay > 0)
            m_timer.start(std::chrono::milliseconds(delay));
        m_lastError.clear();
        qCInfo(lcAuth) << "Run:ai token obtained (v" << m_version << "), valid for" << m_lifetimeSeconds
                       << "s";
        setState(State::SignedIn);
        if (wasSignedIn)
            Q_EMIT tokensRefreshed();
        finish(true);
    });
}

void RunAiTokenSource::setCredentials(const QString &clientId, const QString &clientSecret)
{
    ++m_generation;
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_accessToken.clear();
    m_timer.stop();
    m_version = 2;
    if (m_inFlight)
        finish(false);
}

void RunAiTokenSource::signOut()
{
    setCredentials(m_clientId, QString());
    m_lastError.clear();
    setState(State::SignedOut);
}

void RunAiTokenSource::finish(bool ok)
{
    m_inFlight = false;
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto &[context, done] : waiters) {
        if (context)
            done(ok);
    }
}

} // namespace Workdeck
