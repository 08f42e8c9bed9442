// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QStringView>

#include <memory>

namespace Workdeck {

// A QRegularExpression compiled once with PCRE2's JIT for matching many lines: the same engine and
// syntax QRegularExpression uses, without building a QRegularExpressionMatch per line (which costs
// several times the match itself). Matching needs a Scratch per thread; the matcher is shared.
// Subjects must be valid UTF-16 (LogLineModel guarantees it for its lines).
class RegexMatcher
{
public:
    class Scratch
    {
    public:
        explicit Scratch(const RegexMatcher &matcher);
        ~Scratch();
        Scratch(const Scratch &) = delete;
        Scratch &operator=(const Scratch &) = delete;

    private:
        friend class RegexMatcher;
        void *m_matchData = nullptr;
    };

    explicit RegexMatcher(const QRegularExpression &expression);
    ~RegexMatcher();
    RegexMatcher(const RegexMatcher &) = delete;
    RegexMatcher &operator=(const RegexMatcher &) = delete;

    bool isValid() const { return m_code != nullptr; }
    // True if the expression matches anywhere in the text.
    bool matches(QStringView text, Scratch &scratch) const;

private:
    void *m_code = nullptr;
};

} // namespace Workdeck
