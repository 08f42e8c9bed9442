// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's tiny OpenID Connect issuer with the real sign-in code: the demo's path.

#include "api/apiclient.h"
#include "auth/oidcsession.h"
#include "auth/tokenstore.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QtTest>
#include <QUrlQuery>

using namespace Workdeck;

class TestSandboxIssuer : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;

    OidcSession::Options options() const
    {
        OidcSession::Options o;
        o.issuer = m_sandbox->issuerUrl();
        o.clientId = QStringLiteral("workdeck");
        o.secretKeyPrefix = QStringLiteral("profile-sandbox");
        return o;
    }

    Result<QByteArray> namespaces(const std::shared_ptr<AccessTokenSource> &source)
    {
        ApiClient api(&m_network, m_sandbox->baseUrl());
        api.setTokenSource(source);
        std::optional<Result<QByteArray>> result;
        api.send({"GET", QStringLiteral("/v1/namespaces")}, this,
                 [&result](Result<QByteArray> r) { result = std::move(r); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
            return ApiError::parseError(QStringLiteral("no answer"));
        return *result;
    }

private Q_SLOTS:
    void init()
    {
        Sandbox::SandboxOptions options;
        options.workloadCount = 6;
        options.oidc.enabled = true;
        options.oidc.accessTokenSeconds = 2;
        m_sandbox = std::make_unique<Sandbox::SandboxServer>(options);
        QVERIFY(m_sandbox->listen());
        QCOMPARE(m_sandbox->issuerUrl().path(), QStringLiteral("/realms/sandbox"));
    }

    void browserSignInReachesTheApi()
    {
        auto session =
            std::make_shared<OidcSession>(&m_network, std::make_shared<MemoryTokenStore>(), options());
        QSignalSpy refreshed(session.get(), &OidcSession::tokensRefreshed);
        QNetworkAccessManager browser;
        QNetworkReply *page = nullptr;
        session->signInWithBrowser([&](const QUrl &url) {
            QNetworkRequest request(url);
            request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                 QNetworkRequest::NoLessSafeRedirectPolicy);
            page = browser.get(request);
        });
        QTRY_VERIFY_WITH_TIMEOUT(page && page->isFinished(), 10000);
        QCOMPARE(page->url().path(), QStringLiteral("/callback")); // landed on Workdeck's listener
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), OidcSession::State::SignedIn, 10000);
        QCOMPARE(session->user().email, QStringLiteral("devuser@sandbox.local"));
        QVERIFY(session->user().groups.contains(u"team-nlp"));

        const auto list = namespaces(session);
        QVERIFY2(list.isOk(), list.isOk() ? "" : qPrintable(list.error().toString()));
        QVERIFY(list.value().contains("team-nlp"));

        // Tokens last 2 s here; the session renews them by itself and the API keeps answering.
        QVERIFY(refreshed.wait(10000));
        QVERIFY(namespaces(session).isOk());
    }

    void passwordGrant()
    {
        auto session =
            std::make_shared<OidcSession>(&m_network, std::make_shared<MemoryTokenStore>(), options());
        QSignalSpy failed(session.get(), &OidcSession::signInFailed);
        session->signInWithPassword(QStringLiteral("devuser@sandbox.local"), QStringLiteral("wrong"));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.at(0).at(0).toString().contains(u"Invalid user credentials"));
        QCOMPARE(session->state(), OidcSession::State::SignedOut);

        session->signInWithPassword(QStringLiteral("devuser@sandbox.local"), QStringLiteral("sandbox"));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), OidcSession::State::SignedIn, 10000);
        QVERIFY(session->hasRefreshToken());
        QVERIFY(namespaces(session).isOk());
    }

    void apiRefusesForeignAndExpiredTokens()
    {
        const auto forged = namespaces(std::make_shared<StaticTokenSource>(QStringLiteral("a.b.c")));
        QVERIFY(!forged.isOk());
        QCOMPARE(forged.error().kind, ApiError::Kind::Unauthorized);
        QVERIFY(forged.error().message.contains(u"Signature verification failed"));

        auto session =
            std::make_shared<OidcSession>(&m_network, std::make_shared<MemoryTokenStore>(), options());
        session->signInWithPassword(QStringLiteral("devuser@sandbox.local"), QStringLiteral("sandbox"));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), OidcSession::State::SignedIn, 10000);
        // The same token without its session cannot be refreshed: once it expires the API says so.
        auto frozen = std::make_shared<StaticTokenSource>(session->accessToken());
        QVERIFY(namespaces(frozen).isOk());
        session->signOut();
        QTRY_VERIFY_WITH_TIMEOUT(!namespaces(frozen).isOk(), 10000);
        QCOMPARE(namespaces(frozen).error().message, QStringLiteral("Token expired"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxIssuer)
#include "tst_sandboxissuer.moc"
