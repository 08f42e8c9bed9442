// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace Workdeck {

// How requests to one connection's servers (API and issuer) are secured: the system's CAs plus
// the profile's own, and whether plain http to a remote host is allowed. Certificate errors are
// never ignored.
struct ConnectionSecurity
{
    QList<QSslCertificate> extraCaCertificates;
    bool allowInsecureHttp = false;

    // Reads PEM (or DER) certificates from a file. Returns false and sets *error (in words) if
    // the file cannot be read or holds no certificate.
    static bool loadCaFile(const QString &path, QList<QSslCertificate> *certificates, QString *error);
};

} // namespace Workdeck
