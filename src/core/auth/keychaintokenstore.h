// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokenstore.h"

#include <memory>

namespace Workdeck {

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows). Never falls back to a file: QtKeychain's insecure fallback is
// off. Every job has a time limit, because a locked keychain may wait for the user forever.
class KeychainTokenStore final : public TokenStore
{
public:
    explicit KeychainTokenStore(QString service, int timeoutMs = 20000);

    bool isPersistent() const override { return true; }
    QString description() const override;
    QString service() const { return m_service; }

    void write(const QString &key, const QString &secret, QObject *context, SecretCallback done) override;
    void read(const QString &key, QObject *context, SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;

    // Whether the keychain works, decided by a write (a dead store answers reads with "not found"):
    // writes a throw-away entry, reads it back, deletes it. done(ok, reason in words).
    void probe(QObject *context, std::function<void(bool usable, QString reason)> done);

private:
    QString m_service;
    int m_timeoutMs;
};

// Picks where secrets go for this run: the keychain if the probe succeeds, otherwise memory
// (and the reason, to show the user). done runs once, on context's thread.
void chooseTokenStore(const QString &service, QObject *context,
                      std::function<void(std::shared_ptr<TokenStore> store, QString reason)> done,
                      int timeoutMs = 20000);

} // namespace Workdeck
