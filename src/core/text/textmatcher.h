// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringMatcher>

namespace Workdeck {

// "Does this text contain the needle?", answered as QString::contains() answers it, for the
// search box and the log search, which ask it of 100,000 workloads or a million log lines per
// keystroke. Case-insensitive search is where Qt is slow (it case-folds every character through
// the Unicode tables); an ASCII needle in ASCII text, the usual case, takes a fast path that folds
// only A-Z, and any other text still goes through Qt, so the answer is always Qt's.
class TextMatcher
{
public:
    TextMatcher() = default;
    TextMatcher(const QString &needle, Qt::CaseSensitivity sensitivity);

    bool isEmpty() const { return m_needle.isEmpty(); }
    // Case-insensitive and ASCII: the needle with A-Z lowered (so ASCII text folded alike contains it
    // byte for byte exactly when isIn() says so); otherwise empty.
    const QString &foldedAscii() const { return m_folded; }
    bool isIn(QStringView text) const;
    // Whether text starts with the needle.
    bool startsIn(QStringView text) const;

private:
    QString m_needle;
    QString m_folded; // the needle with A-Z lowered; empty unless the fast path applies
    Qt::CaseSensitivity m_sensitivity = Qt::CaseSensitive;
    QStringMatcher m_matcher;
};

} // namespace Workdeck
