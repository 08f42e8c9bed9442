// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Workdeck {

// A run of text with the SGR attributes in force. Colours are indices: 0-7 normal, 8-15 bright,
// 16-255 the 256-colour cube and greys; -1 the default; or 24-bit RGB when the rgb flags are set.
struct AnsiSpan
{
    QString text;
    int foreground = -1;
    int background = -1;
    bool bold = false;
    bool italic = false;
    bool underline = false;
    bool foregroundIsRgb = false;
    bool backgroundIsRgb = false;
    quint32 foregroundRgb = 0;
    quint32 backgroundRgb = 0;

    bool sameStyle(const AnsiSpan &other) const;
};

// Reads ANSI escape sequences in log lines: SGR (colours, bold, ...) becomes spans; every other
// control or escape sequence (cursor moves, OSC titles, stray ESC, BEL, CR) is dropped so it never
// shows as garbage. Unterminated sequences are dropped up to the end of the line.
namespace Ansi {

QList<AnsiSpan> parse(const QString &text);
QString strip(const QString &text);
// The same into `plain`, reusing its capacity (for loops over many lines).
void stripInto(QStringView text, QString &plain);
inline bool mayContainEscapes(const QString &text)
{
    return text.contains(QChar(0x1b)) || text.contains(QChar(0x9b));
}

} // namespace Ansi

} // namespace Workdeck
