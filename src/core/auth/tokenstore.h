// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace Workdeck {

// Where secrets live: refresh tokens, pasted access tokens, Run:ai client secrets. Never in
// settings files. Asynchronous because the OS keychain is (it may even ask the user to unlock).
//
// Usage: store->write(key, secret, context, [](SecretResult r) { ... }); callbacks run on the
// context's thread, never synchronously inside the call, and not at all if context is destroyed.
struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound, // read of a key that is not stored
        Failed,   // the store is unusable or refused
    };
    Status status = Status::Ok;
    QString secret; // for reads
    QString error;  // for Failed, in words

    bool ok() const { return status == Status::Ok; }
};
using SecretCallback = std::function<void(SecretResult)>;

class TokenStore
{
public:
    virtual ~TokenStore() = default;

    // True when secrets survive this run (the OS keychain); false for the in-memory store.
    virtual bool isPersistent() const = 0;
    // A short description for the user: "the system keychain", "memory only (this run)".
    virtual QString description() const = 0;

    virtual void write(const QString &key, const QString &secret, QObject *context, SecretCallback done) = 0;
    virtual void read(const QString &key, QObject *context, SecretCallback done) = 0;
    // Removing a key that is not stored succeeds.
    virtual void remove(const QString &key, QObject *context, SecretCallback done) = 0;
};

// Secrets for this run only: used when no keychain is usable, and said so to the user.
class MemoryTokenStore final : public TokenStore
{
public:
    explicit MemoryTokenStore(QString whyNotPersistent = {});

    bool isPersistent() const override { return false; }
    QString description() const override;
    QString whyNotPersistent() const { return m_why; }

    void write(const QString &key, const QString &secret, QObject *context, SecretCallback done) override;
    void read(const QString &key, QObject *context, SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;

    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QString> m_secrets;
    QString m_why;
};

// Runs done(result) later on context's thread unless context is gone.
void deliverSecretResult(QObject *context, SecretCallback done, SecretResult result);

} // namespace Workdeck
