// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "oidcsession.h"

#include "api/apiclient.h"
#include "logging.h"
#include "loopbackredirectlistener.h"
#include "tokenstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace Workdeck {

namespace {

QString randomUrlSafe(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(data.data()), bytes / 4);
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QUrl withoutTrailingSlash(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

QUrl originOf(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme());
    origin.setHost(url.host());
    origin.setPort(url.port());
    return origin;
}

// Errors that mean "the provider said no", as opposed to "could not ask".
bool isRefusal(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::Validation:
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Http:
    case ApiError::Kind::Parse:
        return true;
    default:
        return false;
    }
}

constexpr int retryAfterFailureMs = 15000;

} // namespace

QString makePkceVerifier()
{
    return randomUrlSafe(48); // 64 characters, within RFC 7636's 43..128
}

QString pkceChallengeS256(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<OidcProviderMetadata> OidcProviderMetadata::parse(const QByteArray &body,
                                                                const QUrl &expectedIssuer, QString *error)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const auto failWith = [error](const QString &text) {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (object.isEmpty())
        return failWith(QObject::tr("The provider's discovery document is not JSON."));
    OidcProviderMetadata metadata;
    metadata.issuer = QUrl(object.value(u"issuer").toString());
    // OpenID Connect Discovery 1.0 §4.3: the issuer must be exactly the one asked for.
    if (withoutTrailingSlash(metadata.issuer) != withoutTrailingSlash(expectedIssuer)) {
        return failWith(QObject::tr("The provider calls itself \u201c%1\u201d, not \u201c%2\u201d.")
                            .arg(metadata.issuer.toString(), expectedIssuer.toString()));
    }
    metadata.authorizationEndpoint = QUrl(object.value(u"authorization_endpoint").toString());
    metadata.tokenEndpoint = QUrl(object.value(u"token_endpoint").toString());
    metadata.revocationEndpoint = QUrl(object.value(u"revocation_endpoint").toString());
    metadata.endSessionEndpoint = QUrl(object.value(u"end_session_endpoint").toString());
    for (const QJsonValue &method : object.value(u"code_challenge_methods_supported").toArray())
        metadata.codeChallengeMethods.append(method.toString());
    if (!metadata.tokenEndpoint.isValid() || metadata.tokenEndpoint.host().isEmpty())
        return failWith(QObject::tr("The provider's discovery document names no token endpoint."));
    return metadata;
}

OidcSession::OidcSession(QNetworkAccessManager *network, std::shared_ptr<TokenStore> store, Options options,
                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_store(std::move(store))
    , m_options(std::move(options))
{
    m_refreshTimer.setSingleShot(true);
    connect(&m_refreshTimer, &QTimer::timeout, this, &OidcSession::refreshNow);
}

OidcSession::~OidcSession() = default;

QString OidcSession::key(const char *name) const
{
    return m_options.secretKeyPrefix + QLatin1Char('/') + QLatin1String(name);
}

qint64 OidcSession::nextRefreshInMs() const
{
    return m_refreshTimer.isActive() ? m_refreshTimer.remainingTime() : -1;
}

ApiClient *OidcSession::clientFor(const QUrl &endpoint)
{
    const QUrl origin = originOf(endpoint);
    const QString id = origin.toString();
    if (ApiClient *client = m_clients.value(id))
        return client;
    auto *client = new ApiClient(m_network, origin, this);
    client->setSecurity(m_options.security);
    m_clients.insert(id, client);
    return client;
}

void OidcSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void OidcSession::fail(const QString &message)
{
    qCWarning(lcAuth).noquote() << "sign-in failed:" << message;
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    m_lastError = message;
    setState(m_accessToken.isEmpty() ? State::SignedOut : State::SignedIn);
    Q_EMIT signInFailed(message);
}

void OidcSession::expire(const QString &message)
{
    qCWarning(lcAuth).noquote() << "session ended:" << message;
    m_refreshTimer.stop();
    m_accessToken.clear();
    m_refreshToken.clear();
    m_idToken.clear();
    m_lastError = message;
    m_store->remove(key("refresh_token"), this, [](SecretResult) {});
    m_store->remove(key("access_token"), this, [](SecretResult) {});
    setState(State::SessionExpired);
}

void OidcSession::discover(std::function<void(bool)> then)
{
    if (m_metadata) {
        then(true);
        return;
    }
    const QUrl issuer = withoutTrailingSlash(m_options.issuer);
    ApiRequest request;
    request.path = issuer.path(QUrl::FullyEncoded) + QStringLiteral("/.well-known/openid-configuration");
    const quint64 generation = m_generation;
    clientFor(issuer)->send(request, this, [this, then, generation](Result<QByteArray> body) {
        if (generation != m_generation)
            return;
        if (!body) {
            fail(tr("Could not read the sign-in provider's configuration: %1").arg(body.error().toString()));
            then(false);
            return;
        }
        QString error;
        m_metadata = OidcProviderMetadata::parse(body.value(), m_options.issuer, &error);
        if (!m_metadata) {
            fail(error);
            then(false);
            return;
        }
        qCInfo(lcAuth) << "discovered" << m_metadata->issuer.toString();
        then(true);
    });
}

void OidcSession::signInWithBrowser(std::function<void(const QUrl &)> openBrowser)
{
    cancelSignIn();
    ++m_generation;
    m_lastError.clear();
    setState(State::SigningIn);
    discover([this, openBrowser](bool ok) {
        if (!ok)
            return;
        if (!m_metadata->authorizationEndpoint.isValid()) {
            fail(tr("The provider has no authorization endpoint for a browser sign-in."));
            return;
        }
        if (!m_metadata->codeChallengeMethods.isEmpty() &&
            !m_metadata->codeChallengeMethods.contains(QStringLiteral("S256"))) {
            fail(tr("The provider does not offer PKCE with S256, which a desktop sign-in needs."));
            return;
        }
        m_listener = new LoopbackRedirectListener(this);
        QString error;
        if (!m_listener->listen(&error)) {
            fail(error);
            return;
        }
        connect(m_listener, &LoopbackRedirectListener::redirectReceived, this, &OidcSession::handleRedirect);
        m_redirectUri = m_listener->redirectUri();
        m_expectedState = randomUrlSafe(24);
        m_codeVerifier = makePkceVerifier();
        QueryItems query = {
            {QStringLiteral("response_type"), QStringLiteral("code")},
            {QStringLiteral("client_id"), m_options.clientId},
            {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
            {QStringLiteral("scope"), m_options.scopes.join(QLatin1Char(' '))},
            {QStringLiteral("state"), m_expectedState},
            {QStringLiteral("code_challenge"), pkceChallengeS256(m_codeVerifier)},
            {QStringLiteral("code_challenge_method"), QStringLiteral("S256")},
        };
        QUrl url = m_metadata->authorizationEndpoint;
        const QString existing = url.query(QUrl::FullyEncoded);
        url.setQuery((existing.isEmpty() ? QString() : existing + QLatin1Char('&')) + encodeQuery(query),
                     QUrl::StrictMode);
        qCInfo(lcAuth) << "browser sign-in at" << m_metadata->authorizationEndpoint.toString()
                       << "redirect to" << m_redirectUri.toString();
        openBrowser(url);
    });
}

void OidcSession::handleRedirect(const QUrlQuery &query)
{
    if (m_state != State::SigningIn || m_expectedState.isEmpty())
        return;
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state != m_expectedState) {
        // Not our request (or forged): ignore it and keep waiting for the real one.
        qCWarning(lcAuth) << "ignored a sign-in redirect whose state does not match";
        return;
    }
    m_expectedState.clear();
    m_listener->close();
    m_listener->deleteLater();
    m_listener = nullptr;
    if (query.hasQueryItem(QStringLiteral("error"))) {
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        fail(tr("The provider refused the sign-in: %1")
                 .arg(description.isEmpty()
                          ? query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded)
                          : description));
        return;
    }
    // RFC 9207: when the provider names itself, it must be the one we asked.
    if (query.hasQueryItem(QStringLiteral("iss"))) {
        const QUrl iss(query.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded));
        if (withoutTrailingSlash(iss) != withoutTrailingSlash(m_metadata->issuer)) {
            fail(tr("The sign-in answer came from another provider (%1).").arg(iss.toString()));
            return;
        }
    }
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (code.isEmpty()) {
        fail(tr("The provider's answer has no authorization code."));
        return;
    }
    requestTokens({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                   {QStringLiteral("code"), code},
                   {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
                   {QStringLiteral("client_id"), m_options.clientId},
                   {QStringLiteral("code_verifier"), m_codeVerifier}},
                  false);
    m_codeVerifier.clear();
}

void OidcSession::signInWithPassword(const QString &username, const QString &password)
{
    cancelSignIn();
    ++m_generation;
    m_lastError.clear();
    setState(State::SigningIn);
    discover([this, username, password](bool ok) {
        if (!ok)
            return;
        requestTokens({{QStringLiteral("grant_type"), QStringLiteral("password")},
                       {QStringLiteral("client_id"), m_options.clientId},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("password"), password},
                       {QStringLiteral("scope"), m_options.scopes.join(QLatin1Char(' '))}},
                      false);
    });
}

void OidcSession::useAccessToken(const QString &token)
{
    cancelSignIn();
    ++m_generation;
    m_refreshTimer.stop();
    m_lastError.clear();
    m_refreshToken.clear();
    m_idToken.clear();
    m_accessToken = token.trimmed();
    m_user = SignedInUser::fromTokens(m_accessToken, {});
    m_lifetimeSeconds = 0;
    m_store->remove(key("refresh_token"), this, [](SecretResult) {});
    m_store->write(key("access_token"), m_accessToken, this, [](SecretResult result) {
        if (!result.ok())
            qCWarning(lcAuth) << "the pasted token could not be stored:" << result.error;
    });
    qCInfo(lcAuth) << "using a pasted access token";
    setState(State::SignedIn);
}

void OidcSession::cancelSignIn()
{
    if (m_listener) {
        m_listener->close();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    m_expectedState.clear();
    m_codeVerifier.clear();
    if (m_state == State::SigningIn) {
        ++m_generation;
        setState(m_accessToken.isEmpty() ? State::SignedOut : State::SignedIn);
    }
}

void OidcSession::restore()
{
    const quint64 generation = ++m_generation;
    setState(State::SigningIn);
    m_store->read(key("refresh_token"), this, [this, generation](SecretResult stored) {
        if (generation != m_generation)
            return;
        if (stored.ok() && !stored.secret.isEmpty()) {
            m_refreshToken = stored.secret;
            discover([this](bool ok) {
                if (ok)
                    refreshNow();
            });
            return;
        }
        m_store->read(key("access_token"), this, [this, generation](SecretResult pasted) {
            if (generation != m_generation)
                return;
            const qint64 exp = jwtClaims(pasted.secret).value(u"exp").toInteger();
            if (pasted.ok() && !pasted.secret.isEmpty() &&
                (exp == 0 || exp > QDateTime::currentSecsSinceEpoch())) {
                m_accessToken = pasted.secret;
                m_user = SignedInUser::fromTokens(m_accessToken, {});
                setState(State::SignedIn);
            } else {
                setState(State::SignedOut);
            }
        });
    });
}

void OidcSession::signOut()
{
    cancelSignIn();
    ++m_generation;
    m_refreshTimer.stop();
    if (!m_refreshToken.isEmpty() && m_metadata && m_metadata->revocationEndpoint.isValid()) {
        ApiRequest request;
        request.method = "POST";
        request.path = m_metadata->revocationEndpoint.path(QUrl::FullyEncoded);
        request.contentType = "application/x-www-form-urlencoded";
        request.body = encodeQuery({{QStringLiteral("token"), m_refreshToken},
                                    {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")},
                                    {QStringLiteral("client_id"), m_options.clientId}})
                           .toUtf8();
        clientFor(m_metadata->revocationEndpoint)->send(request, this, [](Result<QByteArray> result) {
            if (!result)
                qCInfo(lcAuth).noquote() << "revoking the refresh token failed:" << result.error().toString();
        });
    }
    m_accessToken.clear();
    m_refreshToken.clear();
    m_idToken.clear();
    m_user = {};
    m_lastError.clear();
    m_store->remove(key("refresh_token"), this, [](SecretResult) {});
    m_store->remove(key("access_token"), this, [](SecretResult) {});
    qCInfo(lcAuth) << "signed out";
    setState(State::SignedOut);
    finishRefresh(false);
}

void OidcSession::requestTokens(const QList<std::pair<QString, QString>> &form, bool isRefresh,
                                std::function<void(bool)> then)
{
    ApiRequest request;
    request.method = "POST";
    request.path = m_metadata->tokenEndpoint.path(QUrl::FullyEncoded);
    request.contentType = "application/x-www-form-urlencoded";
    request.body = encodeQuery(form).toUtf8();
    const quint64 generation = m_generation;
    clientFor(m_metadata->tokenEndpoint)
        ->send(request, this, [this, isRefresh, then, generation](Result<QByteArray> body) {
            if (generation != m_generation) {
                if (isRefresh && then)
                    then(false); // superseded; lets the next refresh start
                return;
            }
            QString error;
            std::optional<TokenResponse> tokens;
            if (body)
                tokens = TokenResponse::parse(body.value(), &error);
            if (tokens) {
                acceptTokens(*tokens);
                if (isRefresh)
                    Q_EMIT tokensRefreshed();
                if (then)
                    then(true);
                return;
            }
            const ApiError apiError =
                body ? ApiError::parseError(error, m_metadata->tokenEndpoint) : body.error();
            if (!isRefresh) {
                fail(tr("Sign-in failed: %1")
                         .arg(apiError.message.isEmpty() ? apiError.toString() : apiError.message));
            } else if (isRefusal(apiError)) {
                expire(tr("Signed out: the provider no longer accepts this session (%1). Sign in again.")
                           .arg(apiError.message));
            } else {
                // Could not reach the provider: keep the session and try again shortly.
                qCWarning(lcAuth).noquote() << "refreshing failed, retrying:" << apiError.toString();
                m_refreshTimer.start(retryAfterFailureMs);
            }
            if (then)
                then(false);
        });
}

void OidcSession::acceptTokens(const TokenResponse &tokens)
{
    m_accessToken = tokens.accessToken;
    if (!tokens.idToken.isEmpty())
        m_idToken = tokens.idToken;
    const bool rotated = !tokens.refreshToken.isEmpty() && tokens.refreshToken != m_refreshToken;
    if (!tokens.refreshToken.isEmpty())
        m_refreshToken = tokens.refreshToken;
    m_user = SignedInUser::fromTokens(m_accessToken, m_idToken);
    m_lifetimeSeconds = tokens.expiresInSeconds;
    if (m_lifetimeSeconds <= 0 && m_user.expiresAtSecs > 0)
        m_lifetimeSeconds = m_user.expiresAtSecs - QDateTime::currentSecsSinceEpoch();
    if (rotated) {
        m_store->write(key("refresh_token"), m_refreshToken, this, [](SecretResult result) {
            if (!result.ok())
                qCWarning(lcAuth) << "the refresh token could not be stored:" << result.error;
        });
        m_store->remove(key("access_token"), this, [](SecretResult) {});
    }
    qCInfo(lcAuth) << "access token obtained, valid for" << m_lifetimeSeconds << "s";
    scheduleRefresh();
    setState(State::SignedIn);
}

void OidcSession::scheduleRefresh()
{
    m_refreshTimer.stop();
    const qint64 delay = refreshDelayMs(m_lifetimeSeconds);
    if (!m_refreshToken.isEmpty() && delay > 0)
        m_refreshTimer.start(std::chrono::milliseconds(delay));
}

void OidcSession::refresh(QObject *context, std::function<void(bool)> done)
{
    if (m_refreshToken.isEmpty()) {
        if (m_state == State::SignedIn)
            expire(tr("Signed out: the server refused the access token. Sign in again."));
        done(false);
        return;
    }
    m_refreshWaiters.append({QPointer<QObject>(context), std::move(done)});
    refreshNow();
}

void OidcSession::refreshNow()
{
    if (m_refreshing || m_refreshToken.isEmpty())
        return;
    m_refreshing = true;
    m_refreshTimer.stop();
    const auto send = [this] {
        requestTokens({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                       {QStringLiteral("refresh_token"), m_refreshToken},
                       {QStringLiteral("client_id"), m_options.clientId}},
                      true, [this](bool ok) { finishRefresh(ok); });
    };
    if (m_metadata) {
        send();
    } else {
        discover([this, send](bool ok) {
            if (ok)
                send();
            else
                finishRefresh(false);
        });
    }
}

void OidcSession::finishRefresh(bool ok)
{
    m_refreshing = false;
    const auto waiters = std::exchange(m_refreshWaiters, {});
    for (const auto &[context, done] : waiters) {
        if (context)
            done(ok);
    }
}

} // namespace Workdeck
