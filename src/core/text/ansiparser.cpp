// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ansiparser.h"

#include <algorithm>

namespace Workdeck {

bool AnsiSpan::sameStyle(const AnsiSpan &other) const
{
    return foreground == other.foreground && background == other.background && bold == other.bold &&
           italic == other.italic && underline == other.underline &&
           foregroundIsRgb == other.foregroundIsRgb && backgroundIsRgb == other.backgroundIsRgb &&
           foregroundRgb == other.foregroundRgb && backgroundRgb == other.backgroundRgb;
}

namespace Ansi {

namespace {

constexpr char16_t escape = 0x1b;
constexpr char16_t csi8bit = 0x9b;

// Applies one SGR parameter list ("1;31", "38;5;208", "38;2;255;0;0", "") to the style.
void applySgr(AnsiSpan &style, const QList<int> &parameters)
{
    if (parameters.isEmpty()) {
        style = AnsiSpan{};
        return;
    }
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        const int p = parameters.at(i);
        if (p == 0) {
            style = AnsiSpan{};
        } else if (p == 1) {
            style.bold = true;
        } else if (p == 3) {
            style.italic = true;
        } else if (p == 4) {
            style.underline = true;
        } else if (p == 22) {
            style.bold = false;
        } else if (p == 23) {
            style.italic = false;
        } else if (p == 24) {
            style.underline = false;
        } else if (p >= 30 && p <= 37) {
            style.foreground = p - 30;
            style.foregroundIsRgb = false;
        } else if (p == 39) {
            style.foreground = -1;
            style.foregroundIsRgb = false;
        } else if (p >= 40 && p <= 47) {
            style.background = p - 40;
            style.backgroundIsRgb = false;
        } else if (p == 49) {
            style.background = -1;
            style.backgroundIsRgb = false;
        } else if (p >= 90 && p <= 97) {
            style.foreground = p - 90 + 8;
            style.foregroundIsRgb = false;
        } else if (p >= 100 && p <= 107) {
            style.background = p - 100 + 8;
            style.backgroundIsRgb = false;
        } else if (p == 38 || p == 48) {
            const bool foreground = p == 38;
            if (i + 2 < parameters.size() && parameters.at(i + 1) == 5) {
                const int index = qBound(0, parameters.at(i + 2), 255);
                (foreground ? style.foreground : style.background) = index;
                (foreground ? style.foregroundIsRgb : style.backgroundIsRgb) = false;
                i += 2;
            } else if (i + 4 < parameters.size() && parameters.at(i + 1) == 2) {
                const quint32 rgb = (quint32(qBound(0, parameters.at(i + 2), 255)) << 16) |
                                    (quint32(qBound(0, parameters.at(i + 3), 255)) << 8) |
                                    quint32(qBound(0, parameters.at(i + 4), 255));
                (foreground ? style.foregroundRgb : style.backgroundRgb) = rgb;
                (foreground ? style.foregroundIsRgb : style.backgroundIsRgb) = true;
                i += 4;
            } else {
                return; // malformed extended colour: ignore the rest
            }
        }
        // Other attributes (blink, reverse, fonts) are ignored.
    }
}

} // namespace

QList<AnsiSpan> parse(const QString &text)
{
    QList<AnsiSpan> spans;
    AnsiSpan style;
    QString current;
    const auto flush = [&] {
        if (current.isEmpty())
            return;
        if (!spans.isEmpty() && spans.last().sameStyle(style)) {
            spans.last().text += current;
        } else {
            AnsiSpan span = style;
            span.text = current;
            spans.append(span);
        }
        current.clear();
    };

    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const char16_t c = text.at(i).unicode();
        const bool csi = (c == escape && i + 1 < size && text.at(i + 1) == u'[') || c == csi8bit;
        if (csi) {
            qsizetype j = i + (c == csi8bit ? 1 : 2);
            // Parameter and intermediate bytes, then one final byte in 0x40..0x7e.
            while (j < size && text.at(j).unicode() >= 0x20 && text.at(j).unicode() <= 0x3f)
                ++j;
            while (j < size && text.at(j).unicode() >= 0x20 && text.at(j).unicode() <= 0x2f)
                ++j;
            if (j >= size)
                break; // unterminated: drop the rest
            const char16_t final = text.at(j).unicode();
            if (final == u'm') {
                const QStringView parameterText =
                    QStringView(text).sliced(i + (c == csi8bit ? 1 : 2), j - i - (c == csi8bit ? 1 : 2));
                QList<int> parameters;
                if (!parameterText.isEmpty()) {
                    for (QStringView part : parameterText.split(u';'))
                        parameters.append(part.isEmpty() ? 0 : part.toInt());
                }
                flush();
                applySgr(style, parameters);
            }
            i = j + 1;
            continue;
        }
        if (c == escape) {
            if (i + 1 < size && text.at(i + 1) == u']') {
                // OSC: up to BEL or ESC backslash.
                qsizetype j = i + 2;
                while (j < size && text.at(j).unicode() != 0x07 &&
                       !(text.at(j).unicode() == escape && j + 1 < size && text.at(j + 1) == u'\\'))
                    ++j;
                i = j >= size ? size : (text.at(j).unicode() == 0x07 ? j + 1 : j + 2);
                continue;
            }
            // ESC, intermediate bytes (0x20-0x2f), one final byte: e.g. "ESC ( B", "ESC 7".
            qsizetype j = i + 1;
            while (j < size && text.at(j).unicode() >= 0x20 && text.at(j).unicode() <= 0x2f)
                ++j;
            i = j < size ? j + 1 : size;
            continue;
        }
        if (c == u'\t') {
            current += QStringLiteral("    ");
        } else if (c < 0x20 || c == 0x7f) {
            // Other control characters (CR, BEL, backspace) are not shown.
        } else {
            current += QChar(c);
        }
        ++i;
    }
    flush();
    return spans;
}

void stripInto(QStringView text, QString &plain)
{
    // The same rules as parse(), without building spans: this runs over every line of a search.
    const qsizetype size = text.size();
    const QChar *data = text.data();
    qsizetype i = 0;
    while (i < size) {
        const char16_t c = data[i].unicode();
        if (c < 0x20 || c == 0x7f || c == csi8bit)
            break;
        ++i;
    }
    plain.resize(0); // keeps the capacity: a search reuses one buffer for every line
    if (i == size) {
        plain.append(data, size);
        return;
    }
    plain.reserve(size);
    plain.append(data, i);
    while (i < size) {
        const char16_t c = data[i].unicode();
        const bool csi = (c == escape && i + 1 < size && data[i + 1] == u'[') || c == csi8bit;
        if (csi) {
            qsizetype j = i + (c == csi8bit ? 1 : 2);
            while (j < size && data[j].unicode() >= 0x20 && data[j].unicode() <= 0x3f)
                ++j;
            while (j < size && data[j].unicode() >= 0x20 && data[j].unicode() <= 0x2f)
                ++j;
            if (j >= size)
                break;
            i = j + 1;
        } else if (c == escape) {
            if (i + 1 < size && data[i + 1] == u']') {
                qsizetype j = i + 2;
                while (j < size && data[j].unicode() != 0x07 &&
                       !(data[j].unicode() == escape && j + 1 < size && data[j + 1] == u'\\'))
                    ++j;
                i = j >= size ? size : (data[j].unicode() == 0x07 ? j + 1 : j + 2);
            } else {
                qsizetype j = i + 1;
                while (j < size && data[j].unicode() >= 0x20 && data[j].unicode() <= 0x2f)
                    ++j;
                i = j < size ? j + 1 : size;
            }
        } else {
            if (c == u'\t')
                plain += QStringLiteral("    ");
            else if (c >= 0x20 && c != 0x7f)
                plain += data[i];
            ++i;
        }
    }
}

QString strip(const QString &text)
{
    const bool plainAlready = std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == csi8bit;
    });
    if (plainAlready)
        return text; // nothing to remove: no copy
    QString plain;
    stripInto(text, plain);
    return plain;
}

} // namespace Ansi

} // namespace Workdeck
