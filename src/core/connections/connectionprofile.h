// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace Workdeck {

// Where to connect and how to sign in. Holds no secrets: those live in the TokenStore under
// secretKeyPrefix().
struct ConnectionProfile
{
    enum class Kind
    {
        Aiwb,  // AMD AI Workbench (with an optional AIRM companion), OIDC sign-in
        RunAi, // Run:ai control plane, access key sign-in
    };

    QString id; // stable, made once (a UUID); names may change
    QString name;
    Kind kind = Kind::Aiwb;
    QUrl serverUrl; // AIWB API or Run:ai base URL
    QUrl airmUrl;   // optional AIRM API next to AIWB
    QUrl oidcIssuer;
    QString oidcClientId;
    QString runAiClientId; // the access key's id (the secret goes to the keychain)
    QUrl kubeApiUrl;       // Run:ai: the cluster's Kubernetes API, for pod logs (optional)
    QString caFile;        // extra trusted CA certificates (PEM), empty: the system's only
    bool allowInsecureHttp = false;

    bool isValid() const { return !id.isEmpty() && !name.isEmpty() && serverUrl.isValid(); }
    // What is wrong, in words, one entry per problem; empty when it can be used.
    QStringList problems() const;
    // Whether plain http would go to a remote host (needs allowInsecureHttp, and a warning).
    bool usesRemotePlainHttp() const;
    QString secretKeyPrefix() const { return QStringLiteral("profile-") + id; }
    // Every key this profile may have in the TokenStore (removed with the profile or at sign-out).
    QStringList secretKeys() const;
    QString clientSecretKey() const { return secretKeyPrefix() + QStringLiteral("/client_secret"); }

    static QString kindName(Kind kind); // "aiwb", "runai"
    static Kind kindFromName(const QString &name, bool *ok = nullptr);
    bool operator==(const ConnectionProfile &) const = default;
};

bool isLoopbackUrl(const QUrl &url);

} // namespace Workdeck
