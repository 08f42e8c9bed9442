// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>

namespace Workdeck {

namespace {

// The context of this file's strings (lupdate reads it from here).
struct ConnectionProfileText
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfileText)
};

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"https" || url.scheme() == u"http");
}

} // namespace

bool isLoopbackUrl(const QUrl &url)
{
    if (url.host().compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

QString ConnectionProfile::kindName(Kind kind)
{
    return kind == Kind::RunAi ? QStringLiteral("runai") : QStringLiteral("aiwb");
}

ConnectionProfile::Kind ConnectionProfile::kindFromName(const QString &name, bool *ok)
{
    const bool known = name == u"aiwb" || name == u"runai";
    if (ok)
        *ok = known;
    return name == u"runai" ? Kind::RunAi : Kind::Aiwb;
}

bool ConnectionProfile::usesRemotePlainHttp() const
{
    for (const QUrl &url : {serverUrl, airmUrl, oidcIssuer, kubeApiUrl}) {
        if (url.scheme() == u"http" && !url.host().isEmpty() && !isLoopbackUrl(url))
            return true;
    }
    return false;
}

QStringList ConnectionProfile::secretKeys() const
{
    const QString prefix = secretKeyPrefix();
    return {prefix + QStringLiteral("/refresh_token"), prefix + QStringLiteral("/access_token"),
            clientSecretKey()};
}

QStringList ConnectionProfile::problems() const
{
    QStringList problems;
    if (name.trimmed().isEmpty())
        problems << ConnectionProfileText::tr("The profile needs a name.");
    if (!isHttpUrl(serverUrl))
        problems << ConnectionProfileText::tr("The server address must be an http or https URL.");
    if (!airmUrl.isEmpty() && !isHttpUrl(airmUrl))
        problems << ConnectionProfileText::tr("The AIRM address must be an http or https URL.");
    if (kind == Kind::Aiwb) {
        if (!oidcIssuer.isEmpty() && !isHttpUrl(oidcIssuer))
            problems << ConnectionProfileText::tr("The sign-in issuer must be an http or https URL.");
        if (!oidcIssuer.isEmpty() && oidcClientId.trimmed().isEmpty())
            problems << ConnectionProfileText::tr("A sign-in issuer needs a client id.");
    } else {
        if (runAiClientId.trimmed().isEmpty())
            problems << ConnectionProfileText::tr("Run:ai needs the access key's client id.");
        if (!kubeApiUrl.isEmpty() && !isHttpUrl(kubeApiUrl))
            problems << ConnectionProfileText::tr("The Kubernetes API address must be an http or https URL.");
    }
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        problems << ConnectionProfileText::tr("The CA file %1 cannot be read.").arg(caFile);
    if (usesRemotePlainHttp() && !allowInsecureHttp)
        problems << ConnectionProfileText::tr(
            "Plain http to a remote host sends your token unencrypted; use https or allow it "
            "explicitly.");
    return problems;
}

} // namespace Workdeck
