// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A Run:ai access key exchanged for tokens at the sandbox's Run:ai token routes (v2 form, v1 JSON
// fallback), refused keys, new credentials and sign-out, and the API reached with the token.

#include "api/apiclient.h"
#include "auth/runaitokensource.h"
#include "logcapture.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace Workdeck;

class TestRunAiTokenSource : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    static std::unique_ptr<Sandbox::SandboxServer> sandbox(bool v2 = true)
    {
        Sandbox::SandboxOptions options;
        options.workloadCount = 6;
        options.runaiTokenV2 = v2;
        auto server = std::make_unique<Sandbox::SandboxServer>(options);
        if (!server->listen())
            return nullptr;
        return server;
    }

    static std::optional<bool> signIn(RunAiTokenSource &source)
    {
        std::optional<bool> result;
        source.signIn([&result](bool ok) { result = ok; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
            return std::nullopt;
        return result;
    }

    Result<QByteArray> projects(const Sandbox::SandboxServer &server,
                                const std::shared_ptr<RunAiTokenSource> &source)
    {
        ApiClient api(&m_network, server.baseUrl());
        api.setTokenSource(source);
        std::optional<Result<QByteArray>> result;
        api.send({"GET", QStringLiteral("/api/v1/org-unit/projects")}, this,
                 [&result](Result<QByteArray> r) { result = std::move(r); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
            return ApiError::parseError(QStringLiteral("no answer"));
        return *result;
    }

private Q_SLOTS:
    void formEncodedV2()
    {
        auto server = sandbox();
        QVERIFY(server);
        Test::LogCapture log;
        auto source = std::make_shared<RunAiTokenSource>(&m_network, server->baseUrl(),
                                                         QStringLiteral("ci-app"), server->token());
        QSignalSpy states(source.get(), &RunAiTokenSource::stateChanged);
        QCOMPARE(signIn(*source), std::optional<bool>(true));
        QCOMPARE(source->state(), RunAiTokenSource::State::SignedIn);
        QCOMPARE(source->tokenApiVersion(), 2);
        QCOMPARE(source->accessToken(), server->token());
        QCOMPARE(source->tokenLifetimeSeconds(), 3600);
        // Asked again a minute or so before the hour is over, not at once and not after.
        QVERIFY(source->nextRefreshInMs() > 3000 * 1000);
        QVERIFY(source->nextRefreshInMs() < 3600 * 1000);
        QVERIFY(states.count() >= 2); // SigningIn, SignedIn
        QVERIFY(projects(*server, source));
        QVERIFY(!log.text().contains(server->token())); // neither the secret nor the token is logged
    }

    void jsonV1WhenV2IsMissing()
    {
        auto server = sandbox(false);
        QVERIFY(server);
        RunAiTokenSource source(&m_network, server->baseUrl(), QStringLiteral("ci-app"), server->token());
        QCOMPARE(signIn(source), std::optional<bool>(true));
        QCOMPARE(source.tokenApiVersion(), 1);
        QCOMPARE(source.accessToken(), server->token());
    }

    void refusedKeyThenANewOne()
    {
        auto server = sandbox();
        QVERIFY(server);
        auto source = std::make_shared<RunAiTokenSource>(
            &m_network, server->baseUrl(), QStringLiteral("ci-app"), QStringLiteral("not-the-secret"));
        QCOMPARE(signIn(*source), std::optional<bool>(false));
        QCOMPARE(source->state(), RunAiTokenSource::State::SessionExpired);
        QVERIFY(source->accessToken().isEmpty());
        QVERIFY2(!source->lastError().isEmpty(), "the refusal is said in words");
        QVERIFY(!source->lastError().contains(QStringLiteral("not-the-secret")));
        // The API is not reached without a token.
        const auto refused = projects(*server, source);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ApiError::Kind::Unauthorized);

        source->setCredentials(QStringLiteral("ci-app"), server->token());
        QVERIFY(source->hasCredentials());
        QCOMPARE(signIn(*source), std::optional<bool>(true));
        QCOMPARE(source->state(), RunAiTokenSource::State::SignedIn);
        QVERIFY(projects(*server, source));
    }

    void signOutForgetsTheKey()
    {
        auto server = sandbox();
        QVERIFY(server);
        auto source = std::make_shared<RunAiTokenSource>(&m_network, server->baseUrl(),
                                                         QStringLiteral("ci-app"), server->token());
        QCOMPARE(signIn(*source), std::optional<bool>(true));
        source->signOut();
        QCOMPARE(source->state(), RunAiTokenSource::State::SignedOut);
        QVERIFY(source->accessToken().isEmpty());
        QVERIFY(!source->hasCredentials());
        QCOMPARE(source->nextRefreshInMs(), -1);
        // A later 401 cannot bring the session back by itself.
        QCOMPARE(signIn(*source), std::optional<bool>(false));
        QCOMPARE(source->state(), RunAiTokenSource::State::SignedOut);
        QVERIFY(!projects(*server, source));
    }

    void newCredentialsDropALateAnswer()
    {
        // A sign-in with the wrong key still on its way when the right key is entered must not
        // end the new session.
        auto server = sandbox();
        QVERIFY(server);
        Sandbox::FaultOptions slow;
        slow.latencyMs = 300;
        server->setFaults(slow);
        RunAiTokenSource source(&m_network, server->baseUrl(), QStringLiteral("ci-app"),
                                QStringLiteral("wrong"));
        std::optional<bool> first;
        source.signIn([&first](bool ok) { first = ok; });
        source.setCredentials(QStringLiteral("ci-app"), server->token());
        QTRY_VERIFY(first.has_value());
        QCOMPARE(*first, false); // the first caller is told it did not work
        QCOMPARE(signIn(source), std::optional<bool>(true));
        QTest::qWait(400); // the wrong key's answer arrives meanwhile, and is dropped
        QCOMPARE(source.state(), RunAiTokenSource::State::SignedIn);
        QCOMPARE(source.accessToken(), server->token());
    }
};

QTEST_GUILESS_MAIN(TestRunAiTokenSource)
#include "tst_runaitokensource.moc"
