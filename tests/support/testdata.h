// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtTest>

#include <initializer_list>
#include <utility>

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

// The first pair whose strings differ, or are equal but two copies, described; empty when each
// pair is one string shared (as a parser's Json::StringPool leaves values that repeat).
inline QString firstUnshared(std::initializer_list<std::pair<QString, QString>> pairs)
{
    int index = 0;
    for (const auto &[first, second] : pairs) {
        if (first != second)
            return QStringLiteral("pair %1 differs: \"%2\", \"%3\"").arg(index).arg(first, second);
        if (first.constData() != second.constData())
            return QStringLiteral("pair %1: two copies of \"%2\"").arg(index).arg(first);
        ++index;
    }
    return {};
}

} // namespace Workdeck::Test
