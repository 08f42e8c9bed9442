// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "regexmatcher.h"

#define PCRE2_CODE_UNIT_WIDTH 16
#include <pcre2.h>

namespace Workdeck {

namespace {

// QRegularExpression's pattern options as PCRE2 compile options (the options Qt itself passes).
quint32 compileOptions(QRegularExpression::PatternOptions options)
{
    quint32 result = PCRE2_UTF;
    if (options.testFlag(QRegularExpression::CaseInsensitiveOption))
        result |= PCRE2_CASELESS;
    if (options.testFlag(QRegularExpression::DotMatchesEverythingOption))
        result |= PCRE2_DOTALL;
    if (options.testFlag(QRegularExpression::MultilineOption))
        result |= PCRE2_MULTILINE;
    if (options.testFlag(QRegularExpression::ExtendedPatternSyntaxOption))
        result |= PCRE2_EXTENDED;
    if (options.testFlag(QRegularExpression::InvertedGreedinessOption))
        result |= PCRE2_UNGREEDY;
    if (options.testFlag(QRegularExpression::DontCaptureOption))
        result |= PCRE2_NO_AUTO_CAPTURE;
    if (options.testFlag(QRegularExpression::UseUnicodePropertiesOption))
        result |= PCRE2_UCP;
    return result;
}

pcre2_code *code(void *pointer)
{
    return static_cast<pcre2_code *>(pointer);
}

} // namespace

RegexMatcher::RegexMatcher(const QRegularExpression &expression)
{
    if (!expression.isValid())
        return;
    const QString pattern = expression.pattern();
    int error = 0;
    PCRE2_SIZE offset = 0;
    pcre2_code *compiled =
        pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.utf16()), PCRE2_SIZE(pattern.size()),
                      compileOptions(expression.patternOptions()), &error, &offset, nullptr);
    if (!compiled)
        return;
    pcre2_jit_compile(compiled, PCRE2_JIT_COMPLETE); // without JIT support, pcre2_match interprets
    m_code = compiled;
}

RegexMatcher::~RegexMatcher()
{
    pcre2_code_free(code(m_code));
}

RegexMatcher::Scratch::Scratch(const RegexMatcher &matcher)
    : m_matchData(matcher.m_code ? pcre2_match_data_create_from_pattern(code(matcher.m_code), nullptr)
                                 : nullptr)
{}

RegexMatcher::Scratch::~Scratch()
{
    pcre2_match_data_free(static_cast<pcre2_match_data *>(m_matchData));
}

bool RegexMatcher::matches(QStringView text, Scratch &scratch) const
{
    if (!m_code || !scratch.m_matchData)
        return false;
    // pcre2_match uses the JIT code when there is some.
    return pcre2_match(code(m_code), reinterpret_cast<PCRE2_SPTR>(text.utf16()), PCRE2_SIZE(text.size()), 0,
                       PCRE2_NO_UTF_CHECK, static_cast<pcre2_match_data *>(scratch.m_matchData),
                       nullptr) >= 0;
}

} // namespace Workdeck
