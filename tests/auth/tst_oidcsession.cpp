// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Sign-in against a real OpenID Connect provider: panva's oidc-provider (npm), started on loopback
// by this test. The test plays the browser: it follows the authorization URL, fills in the
// provider's login and consent forms, and lands on Workdeck's loopback redirect.

#include "api/apiclient.h"
#include "auth/oidcsession.h"
#include "auth/tokenstore.h"
#include "connections/profilestore.h"
#include "logcapture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <QUrlQuery>

#include <csignal>
#include <sys/prctl.h>

using namespace Workdeck;

namespace {

QString formAction(const QString &html)
{
    static const QRegularExpression action(QStringLiteral("<form[^>]*action=\"([^\"]+)\""));
    return action.match(html).captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

QList<std::pair<QString, QString>> hiddenInputs(const QString &html)
{
    static const QRegularExpression hidden(
        QStringLiteral("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\""));
    QList<std::pair<QString, QString>> fields;
    for (auto it = hidden.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        fields.append({match.captured(1), match.captured(2)});
    }
    return fields;
}

QString describe(const Result<QByteArray> &result)
{
    return result.isOk() ? QStringLiteral("ok") : result.error().toString();
}

} // namespace

class TestOidcSession : public QObject
{
    Q_OBJECT

private:
    struct Page
    {
        QUrl url; // where the redirects ended
        int status = 0;
        QString body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
    };

    // The "browser": follows redirects (also to Workdeck's loopback listener) and keeps cookies.
    Page browse(const QUrl &url, const QByteArray &form = {}, bool post = false)
    {
        QNetworkRequest request(url);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *reply = nullptr;
        if (post) {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArray("application/x-www-form-urlencoded"));
            reply = m_browser.post(request, form);
        } else {
            reply = m_browser.get(request);
        }
        bool finished = false;
        connect(reply, &QNetworkReply::finished, this, [&finished] { finished = true; });
        if (!QTest::qWaitFor([&finished] { return finished; }, 15000))
            reply->abort();
        Page page;
        page.url = reply->url();
        page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        page.body = QString::fromUtf8(reply->readAll());
        page.error = reply->error();
        reply->deleteLater();
        return page;
    }

    // Submits the form on the page with its hidden fields plus `fields`.
    Page submit(const Page &page, const QList<std::pair<QString, QString>> &fields = {})
    {
        const QString action = formAction(page.body);
        if (action.isEmpty())
            return {};
        QueryItems form = hiddenInputs(page.body);
        form.append(fields);
        return browse(page.url.resolved(QUrl(action)), encodeQuery(form).toUtf8(), true);
    }

    // Plays the user at the provider: login, then consent. Returns the last page (Workdeck's).
    Page completeProviderLogin(const QUrl &authorizationUrl, const QString &login)
    {
        const Page loginPage = browse(authorizationUrl);
        if (!loginPage.body.contains(u"name=\"password\""))
            return loginPage;
        const Page consentPage = submit(loginPage, {{QStringLiteral("login"), login},
                                                    {QStringLiteral("password"), QStringLiteral("any")}});
        if (consentPage.url.port() == authorizationUrl.port() && consentPage.body.contains(u"consent"))
            return submit(consentPage);
        return consentPage;
    }

    OidcSession::Options options() const
    {
        OidcSession::Options o;
        o.issuer = m_issuer;
        o.clientId = QStringLiteral("workdeck");
        o.scopes << QStringLiteral("offline_access");
        o.secretKeyPrefix = QStringLiteral("profile-test");
        return o;
    }

    bool revoke(const QString &token, const QString &hint)
    {
        const Page page = browse(m_issuer.resolved(QUrl(QStringLiteral("token/revocation"))),
                                 encodeQuery({{QStringLiteral("token"), token},
                                              {QStringLiteral("token_type_hint"), hint},
                                              {QStringLiteral("client_id"), QStringLiteral("workdeck")}})
                                     .toUtf8(),
                                 true);
        return page.status == 200;
    }

    QProcess m_provider;
    QUrl m_issuer;
    QNetworkAccessManager m_network;
    QNetworkAccessManager m_browser;

private Q_SLOTS:
    void initTestCase()
    {
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        QVERIFY2(!node.isEmpty(), "node is not installed (scripts/deps.sh installs it)");
        const QDir peer(QStringLiteral(WORKDECK_OIDC_PEER_DIR));
        QVERIFY2(peer.exists(QStringLiteral("node_modules/oidc-provider")),
                 qPrintable(QStringLiteral("oidc-provider is not installed: run \"npm ci\" in %1 "
                                           "(scripts/test.sh does)")
                                .arg(peer.path())));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ACCESS_TOKEN_TTL"), QStringLiteral("4"));
        m_provider.setProcessEnvironment(env);
        m_provider.setWorkingDirectory(peer.path());
        m_provider.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // The provider goes when the test goes, even if the test crashes.
        m_provider.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_provider.start(node, {QStringLiteral("provider.mjs")});
        QVERIFY2(m_provider.waitForStarted(10000), qPrintable(m_provider.errorString()));
        QTRY_VERIFY_WITH_TIMEOUT(m_provider.canReadLine(), 20000);
        const QJsonObject ready = QJsonDocument::fromJson(m_provider.readLine()).object();
        m_issuer = QUrl(ready.value(u"issuer").toString());
        QVERIFY2(m_issuer.isValid() && m_issuer.host() == u"127.0.0.1", qPrintable(m_issuer.toString()));
    }

    void cleanupTestCase()
    {
        m_provider.terminate();
        if (!m_provider.waitForFinished(5000))
            m_provider.kill();
    }

    void pkceChallengeFollowsRfc7636()
    {
        // RFC 7636 appendix B.
        QCOMPARE(pkceChallengeS256(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        const QString verifier = makePkceVerifier();
        QVERIFY(verifier.size() >= 43 && verifier.size() <= 128);
        QVERIFY(verifier != makePkceVerifier());
    }

    void browserSignInRefreshAndRevocation()
    {
        Test::LogCapture log;
        QTemporaryDir settingsDir;
        QSettings settings(settingsDir.filePath(QStringLiteral("workdeck.conf")), QSettings::IniFormat);
        ProfileStore profiles(&settings);
        ConnectionProfile profile;
        profile.name = QStringLiteral("oidc-provider");
        profile.serverUrl = m_issuer;
        profile.oidcIssuer = m_issuer;
        profile.oidcClientId = QStringLiteral("workdeck");
        profile = profiles.save(profile);
        profiles.setCurrentId(profile.id);

        auto store = std::make_shared<MemoryTokenStore>();
        auto session = std::make_shared<OidcSession>(&m_network, store, options());
        QSignalSpy refreshed(session.get(), &OidcSession::tokensRefreshed);
        QSignalSpy states(session.get(), &OidcSession::stateChanged);

        QUrl authorizationUrl;
        session->signInWithBrowser([&authorizationUrl](const QUrl &url) { authorizationUrl = url; });
        QTRY_VERIFY_WITH_TIMEOUT(authorizationUrl.isValid(), 10000);
        QCOMPARE(session->state(), OidcSession::State::SigningIn);
        const QUrlQuery query(authorizationUrl);
        QCOMPARE(query.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
        QVERIFY(!query.queryItemValue(QStringLiteral("state")).isEmpty());
        const QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));

        const Page landed = completeProviderLogin(authorizationUrl, QStringLiteral("alice"));
        QCOMPARE(landed.url.port(), redirect.port()); // the browser ended on Workdeck's listener
        QCOMPARE(landed.status, 200);
        QVERIFY(landed.body.contains(u"Workdeck"));

        QTRY_COMPARE_WITH_TIMEOUT(session->state(), OidcSession::State::SignedIn, 10000);
        const QString firstAccess = session->accessToken();
        QVERIFY(!firstAccess.isEmpty());
        QVERIFY(session->hasRefreshToken());
        QCOMPARE(session->user().email, QStringLiteral("alice@example.com"));
        QVERIFY(session->user().groups.contains(u"team-nlp"));
        QCOMPARE(session->tokenLifetimeSeconds(), 4);
        // The next refresh is scheduled before the token ends.
        QVERIFY(session->nextRefreshInMs() > 0);
        QVERIFY(session->nextRefreshInMs() < 4000);
        QVERIFY(store->contains(QStringLiteral("profile-test/refresh_token")));
        QString storedRefresh;
        store->read(QStringLiteral("profile-test/refresh_token"), this,
                    [&storedRefresh](SecretResult r) { storedRefresh = r.secret; });
        QTRY_VERIFY(!storedRefresh.isEmpty());

        // Refreshed by itself, on schedule; the refresh token rotates and the store follows.
        QVERIFY(refreshed.wait(15000));
        QCOMPARE(session->state(), OidcSession::State::SignedIn);
        QVERIFY(session->accessToken() != firstAccess);
        QString rotated;
        store->read(QStringLiteral("profile-test/refresh_token"), this,
                    [&rotated](SecretResult r) { rotated = r.secret; });
        QTRY_VERIFY(!rotated.isEmpty());
        QVERIFY(rotated != storedRefresh);

        // The refreshed token is accepted by a resource (the provider's userinfo endpoint).
        ApiClient api(&m_network, m_issuer);
        api.setTokenSource(session);
        std::optional<Result<QByteArray>> me;
        api.send({"GET", QStringLiteral("/me")}, this, [&me](Result<QByteArray> r) { me = std::move(r); });
        QTRY_VERIFY(me.has_value());
        QVERIFY2(me->isOk(), qPrintable(describe(*me)));
        QCOMPARE(QJsonDocument::fromJson(me->value()).object().value(u"sub").toString(),
                 QStringLiteral("alice"));

        // One retry on 401: the access token is revoked; the client refreshes and repeats once.
        const int refreshesBefore = refreshed.count();
        QVERIFY(revoke(session->accessToken(), QStringLiteral("access_token")));
        me.reset();
        api.send({"GET", QStringLiteral("/me")}, this, [&me](Result<QByteArray> r) { me = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 15000);
        QVERIFY2(me->isOk(), qPrintable(describe(*me)));
        QVERIFY(refreshed.count() > refreshesBefore);

        // No secret in the settings file or the log.
        settings.sync();
        QFile settingsFile(settings.fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray settingsText = settingsFile.readAll();
        QVERIFY(settingsText.contains("oidc-provider")); // the profile is there...
        const QString logText = log.text();
        QVERIFY(log.lineCount() > 5);
        QVERIFY(logText.contains(u"access token obtained"));
        QString currentRefresh;
        store->read(QStringLiteral("profile-test/refresh_token"), this,
                    [&currentRefresh](SecretResult r) { currentRefresh = r.secret; });
        QTRY_VERIFY(!currentRefresh.isEmpty());
        for (const QString &secret : {firstAccess, session->accessToken(), storedRefresh, currentRefresh}) {
            QVERIFY(!settingsText.contains(secret.toUtf8())); // ...its secrets are not
            QVERIFY(!logText.contains(secret));
        }
        QVERIFY(!logText.contains(u"Bearer"));

        // The refresh token is revoked: the next scheduled refresh fails and the session ends.
        QVERIFY(revoke(currentRefresh, QStringLiteral("refresh_token")));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), OidcSession::State::SessionExpired, 15000);
        QVERIFY(!session->lastError().isEmpty());
        QVERIFY(session->accessToken().isEmpty());
        QTRY_VERIFY(!store->contains(QStringLiteral("profile-test/refresh_token")));
        // And a request now fails with 401 instead of looping.
        me.reset();
        api.send({"GET", QStringLiteral("/me")}, this, [&me](Result<QByteArray> r) { me = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(me.has_value(), 15000);
        QVERIFY(!me->isOk());
        // Without a token the provider answers 400 invalid_request (RFC 6750 §3.1), with a revoked one 401.
        QVERIFY2(me->error().kind == ApiError::Kind::Unauthorized ||
                     me->error().kind == ApiError::Kind::Validation,
                 qPrintable(me->error().toString()));
    }

    void forgedOrRefusedRedirects()
    {
        auto session =
            std::make_shared<OidcSession>(&m_network, std::make_shared<MemoryTokenStore>(), options());
        QSignalSpy failed(session.get(), &OidcSession::signInFailed);
        QUrl authorizationUrl;
        session->signInWithBrowser([&authorizationUrl](const QUrl &url) { authorizationUrl = url; });
        QTRY_VERIFY_WITH_TIMEOUT(authorizationUrl.isValid(), 10000);
        const QUrlQuery query(authorizationUrl);
        QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));

        // A redirect with another state (a forged or stale one) is ignored.
        redirect.setQuery(QStringLiteral("code=stolen&state=not-ours"));
        QCOMPARE(browse(redirect).status, 200);
        QTest::qWait(100);
        QCOMPARE(session->state(), OidcSession::State::SigningIn);
        QCOMPARE(failed.count(), 0);

        // Other paths on the listener are not the callback.
        QUrl other = redirect;
        other.setPath(QStringLiteral("/favicon.ico"));
        other.setQuery(QString());
        QCOMPARE(browse(other).status, 404);

        // The provider's refusal with the right state ends the attempt with its reason.
        redirect.setQuery(
            encodeQuery({{QStringLiteral("error"), QStringLiteral("access_denied")},
                         {QStringLiteral("error_description"), QStringLiteral("user said no")},
                         {QStringLiteral("state"), query.queryItemValue(QStringLiteral("state"))}}));
        browse(redirect);
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(u"user said no"));
        QCOMPARE(session->state(), OidcSession::State::SignedOut);
        // The listener is closed afterwards.
        QVERIFY(browse(redirect).error != QNetworkReply::NoError);
    }

    void codeFromAnotherAttemptIsRefused()
    {
        // A code must be redeemed with its own PKCE verifier: a wrong code fails at the token endpoint.
        auto session =
            std::make_shared<OidcSession>(&m_network, std::make_shared<MemoryTokenStore>(), options());
        QSignalSpy failed(session.get(), &OidcSession::signInFailed);
        QUrl authorizationUrl;
        session->signInWithBrowser([&authorizationUrl](const QUrl &url) { authorizationUrl = url; });
        QTRY_VERIFY_WITH_TIMEOUT(authorizationUrl.isValid(), 10000);
        const QUrlQuery query(authorizationUrl);
        QUrl redirect(query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        redirect.setQuery(
            encodeQuery({{QStringLiteral("code"), QStringLiteral("made-up")},
                         {QStringLiteral("state"), query.queryItemValue(QStringLiteral("state"))}}));
        browse(redirect);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QCOMPARE(session->state(), OidcSession::State::SignedOut);
        QVERIFY(session->accessToken().isEmpty());
    }

    void issuerMismatchIsRefused()
    {
        OidcSession::Options o = options();
        o.issuer.setHost(QStringLiteral("localhost")); // the provider calls itself 127.0.0.1
        OidcSession session(&m_network, std::make_shared<MemoryTokenStore>(), o);
        QSignalSpy failed(&session, &OidcSession::signInFailed);
        bool opened = false;
        session.signInWithBrowser([&opened](const QUrl &) { opened = true; });
        QVERIFY(failed.wait(10000));
        QVERIFY(!opened);
        QVERIFY(failed.at(0).at(0).toString().contains(u"127.0.0.1"));
    }

    void pastedTokenAndSignOut()
    {
        auto store = std::make_shared<MemoryTokenStore>();
        OidcSession session(&m_network, store, options());
        session.useAccessToken(QStringLiteral(" pasted-token \n"));
        QCOMPARE(session.state(), OidcSession::State::SignedIn);
        QCOMPARE(session.accessToken(), QStringLiteral("pasted-token"));
        QVERIFY(!session.canRefresh());
        QTRY_VERIFY(store->contains(QStringLiteral("profile-test/access_token")));

        // A new session finds it again.
        OidcSession restored(&m_network, store, options());
        restored.restore();
        QTRY_COMPARE(restored.state(), OidcSession::State::SignedIn);
        QCOMPARE(restored.accessToken(), QStringLiteral("pasted-token"));

        // A pasted token cannot be refreshed: a 401 ends the session.
        bool answered = false, result = true;
        restored.refresh(this, [&](bool ok) {
            answered = true;
            result = ok;
        });
        QVERIFY(answered);
        QVERIFY(!result);
        QCOMPARE(restored.state(), OidcSession::State::SessionExpired);

        session.signOut();
        QCOMPARE(session.state(), OidcSession::State::SignedOut);
        QTRY_VERIFY(!store->contains(QStringLiteral("profile-test/access_token")));
        OidcSession again(&m_network, store, options());
        again.restore();
        QTRY_COMPARE(again.state(), OidcSession::State::SignedOut);
    }
};

QTEST_GUILESS_MAIN(TestOidcSession)
#include "tst_oidcsession.moc"
