// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenstore.h"

#include <QCoreApplication>
#include <QPointer>

namespace Workdeck {

void deliverSecretResult(QObject *context, SecretCallback done, SecretResult result)
{
    if (!context)
        return;
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, done = std::move(done), result = std::move(result)] {
            if (guard)
                done(result);
        },
        Qt::QueuedConnection);
}

MemoryTokenStore::MemoryTokenStore(QString whyNotPersistent)
    : m_why(std::move(whyNotPersistent))
{}

QString MemoryTokenStore::description() const
{
    return QCoreApplication::translate("Workdeck::TokenStore",
                                       "memory only: secrets are forgotten when Workdeck quits");
}

void MemoryTokenStore::write(const QString &key, const QString &secret, QObject *context, SecretCallback done)
{
    m_secrets.insert(key, secret);
    deliverSecretResult(context, std::move(done), {});
}

void MemoryTokenStore::read(const QString &key, QObject *context, SecretCallback done)
{
    SecretResult result;
    if (const auto it = m_secrets.constFind(key); it != m_secrets.constEnd())
        result.secret = *it;
    else
        result.status = SecretResult::Status::NotFound;
    deliverSecretResult(context, std::move(done), result);
}

void MemoryTokenStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    m_secrets.remove(key);
    deliverSecretResult(context, std::move(done), {});
}

} // namespace Workdeck
