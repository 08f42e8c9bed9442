// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychaintokenstore.h"

#include "logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Workdeck {

namespace {

// The context of this file's strings (lupdate reads it from here).
struct KeychainTokenStoreText
{
    Q_DECLARE_TR_FUNCTIONS(KeychainTokenStoreText)
};

// Starts the job and calls finish(job) once, or finish(nullptr) when the time limit passes
// first. The job deletes itself either way.
void runJob(QKeychain::Job *job, QObject *context, int timeoutMs,
            std::function<void(QKeychain::Job *)> finish)
{
    auto pending = std::make_shared<bool>(true);
    QPointer<QObject> guard(context);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [pending, finish](QKeychain::Job *finished) {
        if (!*pending)
            return;
        *pending = false;
        finish(finished);
    });
    QTimer::singleShot(timeoutMs, context, [pending, finish] {
        if (!*pending)
            return;
        *pending = false;
        finish(nullptr);
    });
    job->start();
}

SecretResult resultOf(QKeychain::Job *job)
{
    SecretResult result;
    if (!job) {
        result.status = SecretResult::Status::Failed;
        result.error =
            KeychainTokenStoreText::tr("the system keychain did not answer in time (is it locked?)");
        return result;
    }
    switch (job->error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretResult::Status::NotFound;
        break;
    default:
        result.status = SecretResult::Status::Failed;
        result.error = job->errorString();
        break;
    }
    return result;
}

} // namespace

KeychainTokenStore::KeychainTokenStore(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{}

QString KeychainTokenStore::description() const
{
    return KeychainTokenStoreText::tr("the system keychain");
}

void KeychainTokenStore::write(const QString &key, const QString &secret, QObject *context,
                               SecretCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    runJob(job, context, m_timeoutMs, [done, key](QKeychain::Job *finished) {
        SecretResult result = resultOf(finished);
        if (!result.ok())
            qCWarning(lcAuth) << "keychain: writing" << key << "failed:" << result.error;
        done(result);
    });
}

void KeychainTokenStore::read(const QString &key, QObject *context, SecretCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    runJob(job, context, m_timeoutMs, [done, key](QKeychain::Job *finished) {
        SecretResult result = resultOf(finished);
        if (result.ok())
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        else if (result.status == SecretResult::Status::Failed)
            qCWarning(lcAuth) << "keychain: reading" << key << "failed:" << result.error;
        done(result);
    });
}

void KeychainTokenStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, context, m_timeoutMs, [done](QKeychain::Job *finished) {
        SecretResult result = resultOf(finished);
        if (result.status == SecretResult::Status::NotFound)
            result = {};
        done(result);
    });
}

void KeychainTokenStore::probe(QObject *context, std::function<void(bool, QString)> done)
{
    const QString key = QStringLiteral("workdeck-probe");
    const QString value = QString::number(QRandomGenerator::system()->generate64(), 36);
    write(key, value, context, [this, context, done, key, value](SecretResult written) {
        if (!written.ok()) {
            done(false, written.error);
            return;
        }
        read(key, context, [this, context, done, key, value](SecretResult readBack) {
            const bool same = readBack.ok() && readBack.secret == value;
            const QString why = same ? QString()
                                : readBack.ok()
                                    ? KeychainTokenStoreText::tr(
                                          "the system keychain returned something else than was stored")
                                    : readBack.error;
            remove(key, context, [done, same, why](SecretResult) { done(same, why); });
        });
    });
}

void chooseTokenStore(const QString &service, QObject *context,
                      std::function<void(std::shared_ptr<TokenStore>, QString)> done, int timeoutMs)
{
    auto keychain = std::make_shared<KeychainTokenStore>(service, timeoutMs);
    keychain->probe(context, [keychain, done](bool usable, const QString &reason) {
        if (usable) {
            qCInfo(lcAuth) << "secrets go to the system keychain";
            done(keychain, {});
            return;
        }
        qCWarning(lcAuth) << "no usable keychain; secrets are kept in memory for this run only:" << reason;
        done(std::make_shared<MemoryTokenStore>(reason), reason);
    });
}

} // namespace Workdeck
