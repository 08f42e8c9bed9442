// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "oidcissuer.h"

#include "jsonwriter.h"
#include "sandboxcontext.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUuid>

namespace Workdeck::Sandbox {

namespace {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString randomToken()
{
    return QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
}

bool isLoopbackHttp(const QUrl &url)
{
    return url.scheme() == u"http" &&
           (url.host() == u"127.0.0.1" || url.host() == u"localhost" || url.host() == u"::1");
}

struct PendingCode
{
    QString challenge;
    QUrl redirectUri;
    qint64 expiresAtSecs = 0;
};

} // namespace

struct OidcIssuer::Private
{
    OidcIssuerOptions options;
    std::shared_ptr<SandboxContext> context;
    QByteArray signingKey;
    QHash<QString, PendingCode> codes;
    QHash<QString, qint64> refreshTokens; // token → expiry (secs)
    std::function<QUrl()> baseUrl;

    // Real time (or the injected clock), not the simulation's, which --demo-speed accelerates.
    qint64 nowSecs() const
    {
        return (context->options.clock ? context->options.clock() : QDateTime::currentDateTimeUtc())
            .toSecsSinceEpoch();
    }
    QString issuer() const { return baseUrl().toString() + OidcIssuer::realmPath(); }

    QString makeAccessToken() const
    {
        const qint64 now = nowSecs();
        const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                                 {QStringLiteral("typ"), QStringLiteral("JWT")}};
        const QJsonObject claims{
            {QStringLiteral("iss"), issuer()},
            {QStringLiteral("sub"), QStringLiteral("sandbox-devuser")},
            {QStringLiteral("azp"), options.clientId},
            {QStringLiteral("typ"), QStringLiteral("Bearer")},
            {QStringLiteral("iat"), now},
            {QStringLiteral("exp"), now + options.accessTokenSeconds},
            {QStringLiteral("email"), options.username},
            {QStringLiteral("preferred_username"), options.username},
            {QStringLiteral("name"), QStringLiteral("Sandbox developer")},
            {QStringLiteral("groups"), QJsonArray::fromStringList(options.groups)},
        };
        const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) +
                                        '.' + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        return QString::fromLatin1(signingInput + '.' +
                                   base64Url(QMessageAuthenticationCode::hash(signingInput, signingKey,
                                                                              QCryptographicHash::Sha256)));
    }

    QJsonObject tokenResponse()
    {
        const QString refresh = randomToken();
        refreshTokens.insert(refresh, nowSecs() + 1800);
        const QString access = makeAccessToken();
        return QJsonObject{{QStringLiteral("access_token"), access},
                           {QStringLiteral("expires_in"), options.accessTokenSeconds},
                           {QStringLiteral("refresh_expires_in"), 1800},
                           {QStringLiteral("refresh_token"), refresh},
                           {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                           {QStringLiteral("id_token"), access},
                           {QStringLiteral("scope"), QStringLiteral("openid profile email")}};
    }
};

OidcIssuer::OidcIssuer(OidcIssuerOptions options, std::shared_ptr<SandboxContext> context)
    : d(std::make_unique<Private>())
{
    d->options = std::move(options);
    d->context = std::move(context);
    d->signingKey = QUuid::createUuid().toRfc4122() + QUuid::createUuid().toRfc4122();
    if (d->options.groups.isEmpty())
        d->options.groups = d->context->cluster->namespaces();
}

OidcIssuer::~OidcIssuer() = default;

bool OidcIssuer::validate(const QString &token, QString *reason) const
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3) {
        *reason = QStringLiteral("Not enough segments");
        return false;
    }
    const QByteArray expected = base64Url(QMessageAuthenticationCode::hash(
        parts.at(0) + '.' + parts.at(1), d->signingKey, QCryptographicHash::Sha256));
    if (expected != parts.at(2)) {
        *reason = QStringLiteral("Signature verification failed.");
        return false;
    }
    const auto payload = QByteArray::fromBase64Encoding(parts.at(1), QByteArray::Base64UrlEncoding |
                                                                         QByteArray::OmitTrailingEquals);
    const QJsonObject claims = QJsonDocument::fromJson(*payload).object();
    if (claims.value(u"exp").toInteger() <= d->nowSecs()) {
        *reason = QStringLiteral("Token expired");
        return false;
    }
    return true;
}

void OidcIssuer::registerRoutes(QHttpServer &server, std::function<QUrl()> baseUrl)
{
    d->baseUrl = std::move(baseUrl);
    Private *p = d.get();
    const QString realm = realmPath();

    server.route(
        realm + QStringLiteral("/.well-known/openid-configuration"),
        [p](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            const QString issuer = p->issuer();
            const QString base = issuer + QStringLiteral("/protocol/openid-connect");
            reply(
                *p->context, std::make_shared<QHttpServerResponder>(std::move(responder)), 200,
                QJsonObject{
                    {QStringLiteral("issuer"), issuer},
                    {QStringLiteral("authorization_endpoint"), base + QStringLiteral("/auth")},
                    {QStringLiteral("token_endpoint"), base + QStringLiteral("/token")},
                    {QStringLiteral("revocation_endpoint"), base + QStringLiteral("/revoke")},
                    {QStringLiteral("grant_types_supported"),
                     QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("password"),
                                QStringLiteral("refresh_token")}},
                    {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
                    {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}}},
                {}, Faults::Latency);
        });

    server.route(
        realm + QStringLiteral("/protocol/openid-connect/auth"),
        [p](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            auto out = std::make_shared<QHttpServerResponder>(std::move(responder));
            const QueryItems query = QueryItems::fromRequest(request);
            const QUrl redirect(query.value(QStringLiteral("redirect_uri")));
            if (query.value(QStringLiteral("client_id")) != p->options.clientId ||
                !isLoopbackHttp(redirect)) {
                reply(*p->context, out, 400,
                      QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_request")},
                                  {QStringLiteral("error_description"),
                                   QStringLiteral("Invalid client or redirect_uri (loopback http only)")}},
                      {}, Faults::Latency);
                return;
            }
            QUrlQuery back;
            const QString challenge = query.value(QStringLiteral("code_challenge"));
            if (query.value(QStringLiteral("response_type")) != u"code" ||
                query.value(QStringLiteral("code_challenge_method")) != u"S256" || challenge.isEmpty()) {
                back.addQueryItem(QStringLiteral("error"), QStringLiteral("invalid_request"));
                back.addQueryItem(QStringLiteral("error_description"),
                                  QStringLiteral("Missing parameter: code_challenge_method S256"));
            } else {
                const QString code = randomToken();
                p->codes.insert(code, {challenge, redirect, p->nowSecs() + 60});
                back.addQueryItem(QStringLiteral("code"), code);
            }
            back.addQueryItem(QStringLiteral("state"), query.value(QStringLiteral("state")));
            back.addQueryItem(QStringLiteral("iss"), p->issuer());
            QUrl target = redirect;
            target.setQuery(back);
            reply(*p->context, out, 302, QJsonValue(), {{QByteArrayLiteral("Location"), target.toEncoded()}},
                  Faults::Latency);
        });

    server.route(
        realm + QStringLiteral("/protocol/openid-connect/token"),
        [p](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            auto out = std::make_shared<QHttpServerResponder>(std::move(responder));
            const auto error = [&](int status, const QString &code, const QString &description) {
                reply(*p->context, out, status,
                      QJsonObject{{QStringLiteral("error"), code},
                                  {QStringLiteral("error_description"), description}},
                      {}, Faults::Latency);
            };
            if (request.method() != QHttpServerRequest::Method::Post) {
                error(405, QStringLiteral("invalid_request"), QStringLiteral("HTTP method not allowed"));
                return;
            }
            const QueryItems form = QueryItems::parse(request.body());
            if (form.value(QStringLiteral("client_id")) != p->options.clientId) {
                error(401, QStringLiteral("unauthorized_client"),
                      QStringLiteral("Invalid client credentials"));
                return;
            }
            const QString grant = form.value(QStringLiteral("grant_type"));
            if (grant == u"authorization_code") {
                const PendingCode pending = p->codes.take(form.value(QStringLiteral("code")));
                const QString verifier = form.value(QStringLiteral("code_verifier"));
                const QString computed = QString::fromLatin1(
                    base64Url(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)));
                if (pending.challenge.isEmpty() || pending.expiresAtSecs < p->nowSecs()) {
                    error(400, QStringLiteral("invalid_grant"), QStringLiteral("Code not valid"));
                } else if (QUrl(form.value(QStringLiteral("redirect_uri"))) != pending.redirectUri) {
                    error(400, QStringLiteral("invalid_grant"), QStringLiteral("Incorrect redirect_uri"));
                } else if (verifier.isEmpty() || computed != pending.challenge) {
                    error(400, QStringLiteral("invalid_grant"), QStringLiteral("PKCE verification failed"));
                } else {
                    reply(*p->context, out, 200, p->tokenResponse(), {}, Faults::Latency);
                }
            } else if (grant == u"password") {
                if (form.value(QStringLiteral("username")) == p->options.username &&
                    form.value(QStringLiteral("password")) == p->options.password)
                    reply(*p->context, out, 200, p->tokenResponse(), {}, Faults::Latency);
                else
                    error(401, QStringLiteral("invalid_grant"), QStringLiteral("Invalid user credentials"));
            } else if (grant == u"refresh_token") {
                const QString refresh = form.value(QStringLiteral("refresh_token"));
                const qint64 expiry = p->refreshTokens.take(refresh); // rotated: single use
                if (expiry > p->nowSecs())
                    reply(*p->context, out, 200, p->tokenResponse(), {}, Faults::Latency);
                else
                    error(400, QStringLiteral("invalid_grant"), QStringLiteral("Token is not active"));
            } else {
                error(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("Unsupported grant_type"));
            }
        });

    server.route(realm + QStringLiteral("/protocol/openid-connect/revoke"),
                 [p](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                     const QueryItems form = QueryItems::parse(request.body());
                     p->refreshTokens.remove(form.value(QStringLiteral("token")));
                     reply(*p->context, std::make_shared<QHttpServerResponder>(std::move(responder)), 200,
                           QJsonValue(), {}, Faults::Latency);
                 });
}

} // namespace Workdeck::Sandbox
