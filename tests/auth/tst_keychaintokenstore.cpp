// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The keychain against a real Secret Service (gnome-keyring under dbus-run-session, see
// keyring-session.sh), and without one. CTest runs this twice: WORKDECK_KEYCHAIN=available under
// the keyring session, WORKDECK_KEYCHAIN=unavailable with no session bus at all.

#include "auth/keychaintokenstore.h"

#include <QtTest>

using namespace Workdeck;

class TestKeychainTokenStore : public QObject
{
    Q_OBJECT

    bool expectAvailable() const { return qEnvironmentVariable("WORKDECK_KEYCHAIN") == u"available"; }

    SecretResult run(const std::function<void(SecretCallback)> &call)
    {
        std::optional<SecretResult> result;
        call([&result](SecretResult r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
            return {SecretResult::Status::Failed, {}, QStringLiteral("no answer")};
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString mode = qEnvironmentVariable("WORKDECK_KEYCHAIN");
        QVERIFY2(mode == u"available" || mode == u"unavailable",
                 "set WORKDECK_KEYCHAIN to available or unavailable (CTest does)");
    }

    void probeDecidesTheStore()
    {
        std::shared_ptr<TokenStore> chosen;
        QString reason;
        bool done = false;
        chooseTokenStore(
            QStringLiteral("workdeck-test"), this,
            [&](std::shared_ptr<TokenStore> store, QString why) {
                chosen = std::move(store);
                reason = std::move(why);
                done = true;
            },
            10000);
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(chosen);
        if (expectAvailable()) {
            QVERIFY2(chosen->isPersistent(), qPrintable(reason));
            QVERIFY(reason.isEmpty());
            QVERIFY(dynamic_cast<KeychainTokenStore *>(chosen.get()));
        } else {
            // No keychain: memory only, and the reason is said plainly (never a file fallback).
            QVERIFY(!chosen->isPersistent());
            QVERIFY(!reason.isEmpty());
            auto *memory = dynamic_cast<MemoryTokenStore *>(chosen.get());
            QVERIFY(memory);
            QCOMPARE(memory->whyNotPersistent(), reason);
            QVERIFY(chosen->description().contains(u"memory"));
            // It still works for this run.
            QVERIFY(run([&](SecretCallback cb) {
                        chosen->write(QStringLiteral("k"), QStringLiteral("v"), this, cb);
                    }).ok());
            QCOMPARE(run([&](SecretCallback cb) { chosen->read(QStringLiteral("k"), this, cb); }).secret,
                     QStringLiteral("v"));
        }
    }

    void storeReadBackDelete()
    {
        KeychainTokenStore store(QStringLiteral("workdeck-test"), 10000);
        const QString key = QStringLiteral("profile-x/refresh_token");
        const QString secret = QStringLiteral("r3fresh-\u00e9-%1").arg(QCoreApplication::applicationPid());

        const SecretResult written = run([&](SecretCallback cb) { store.write(key, secret, this, cb); });
        if (!expectAvailable()) {
            // A dead store refuses writes (and would answer reads with "not found").
            QCOMPARE(written.status, SecretResult::Status::Failed);
            QVERIFY(!written.error.isEmpty());
            return;
        }
        QVERIFY2(written.ok(), qPrintable(written.error));
        const SecretResult readBack = run([&](SecretCallback cb) { store.read(key, this, cb); });
        QVERIFY2(readBack.ok(), qPrintable(readBack.error));
        QCOMPARE(readBack.secret, secret);

        // Overwrite, then delete.
        QVERIFY(run([&](SecretCallback cb) { store.write(key, QStringLiteral("second"), this, cb); }).ok());
        QCOMPARE(run([&](SecretCallback cb) { store.read(key, this, cb); }).secret, QStringLiteral("second"));
        QVERIFY(run([&](SecretCallback cb) { store.remove(key, this, cb); }).ok());
        QCOMPARE(run([&](SecretCallback cb) { store.read(key, this, cb); }).status,
                 SecretResult::Status::NotFound);
        // Deleting what is not there is fine (sign out twice).
        QVERIFY(run([&](SecretCallback cb) { store.remove(key, this, cb); }).ok());
    }

    void callbacksSkipDestroyedContexts()
    {
        MemoryTokenStore store;
        bool called = false;
        {
            QObject context;
            store.write(QStringLiteral("k"), QStringLiteral("v"), &context,
                        [&called](SecretResult) { called = true; });
        }
        QTest::qWait(50);
        QVERIFY(!called);
        QVERIFY(store.contains(QStringLiteral("k")));
    }
};

QTEST_GUILESS_MAIN(TestKeychainTokenStore)
#include "tst_keychaintokenstore.moc"
