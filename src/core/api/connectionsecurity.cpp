// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsecurity.h"

#include <QCoreApplication>
#include <QFile>

namespace Workdeck {

bool ConnectionSecurity::loadCaFile(const QString &path, QList<QSslCertificate> *certificates, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error =
                QCoreApplication::translate("Workdeck::ConnectionSecurity", "Cannot read the CA file %1: %2")
                    .arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> found = QSslCertificate::fromData(data, QSsl::Pem);
    if (found.isEmpty())
        found = QSslCertificate::fromData(data, QSsl::Der);
    if (found.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Workdeck::ConnectionSecurity",
                                                 "The CA file %1 holds no certificate (PEM or DER expected).")
                         .arg(path);
        return false;
    }
    if (certificates)
        *certificates = found;
    return true;
}

} // namespace Workdeck
