// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtTest>

namespace Workdeck::Test {

// Reads tests/data/<relativePath>; fails the current test if it is missing.
inline QByteArray readTestData(const QString &relativePath)
{
    QFile file(QStringLiteral(WORKDECK_TEST_DATA_DIR) + QLatin1Char('/') + relativePath);
    if (!file.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("missing test data %1").arg(relativePath)), __FILE__,
                     __LINE__);
        return {};
    }
    return file.readAll();
}

} // namespace Workdeck::Test
