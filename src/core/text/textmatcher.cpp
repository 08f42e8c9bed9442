// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textmatcher.h"

#include <algorithm>

namespace Workdeck {

namespace {

constexpr char16_t lowerAscii(char16_t c)
{
    return c >= u'A' && c <= u'Z' ? char16_t(c + (u'a' - u'A')) : c;
}

bool isAscii(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// Both ASCII; `folded` is lowered already.
bool equalFolded(const char16_t *text, const char16_t *folded, qsizetype length)
{
    for (qsizetype i = 0; i < length; ++i) {
        if (lowerAscii(text[i]) != folded[i])
            return false;
    }
    return true;
}

} // namespace

TextMatcher::TextMatcher(const QString &needle, Qt::CaseSensitivity sensitivity)
    : m_needle(needle)
    , m_sensitivity(sensitivity)
    , m_matcher(needle, sensitivity)
{
    if (sensitivity == Qt::CaseInsensitive && !needle.isEmpty() && isAscii(needle)) {
        m_folded.resize(needle.size());
        std::transform(needle.cbegin(), needle.cend(), m_folded.begin(),
                       [](QChar c) { return QChar(lowerAscii(c.unicode())); });
    }
}

bool TextMatcher::isIn(QStringView text) const
{
    if (m_needle.isEmpty())
        return true;
    // Outside ASCII, Unicode folding can make other characters equal (the Kelvin sign and "k"):
    // Qt decides.
    if (m_folded.isEmpty() || !isAscii(text))
        return m_matcher.indexIn(text) >= 0;
    const qsizetype length = m_folded.size();
    const char16_t *needle = QStringView(m_folded).utf16();
    const char16_t first = needle[0];
    const char16_t *data = text.utf16();
    const qsizetype last = text.size() - length;
    for (qsizetype i = 0; i <= last; ++i) {
        if (lowerAscii(data[i]) == first && equalFolded(data + i + 1, needle + 1, length - 1))
            return true;
    }
    return false;
}

bool TextMatcher::startsIn(QStringView text) const
{
    if (m_folded.isEmpty() || !isAscii(text.left(m_folded.size())))
        return text.startsWith(m_needle, m_sensitivity);
    return text.size() >= m_folded.size() &&
           equalFolded(text.utf16(), QStringView(m_folded).utf16(), m_folded.size());
}

} // namespace Workdeck
