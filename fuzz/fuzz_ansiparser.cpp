// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The ANSI reader on any log line: parse() and strip() must agree on the text shown, and neither
// may leave an escape or control character in it.
#include "text/ansiparser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Workdeck;
    // As the log model receives lines: decoded UTF-8 (invalid bytes become U+FFFD).
    const QString line = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<AnsiSpan> spans = Ansi::parse(line);
    QString joined;
    for (const AnsiSpan &span : spans)
        joined += span.text;
    const QString plain = Ansi::strip(line);
    if (joined != plain)
        std::abort(); // what is drawn and what is searched differ
    for (const QChar c : plain) {
        if (c.unicode() == 0x1b || c.unicode() == 0x9b || (c.unicode() < 0x20) || c.unicode() == 0x7f)
            std::abort(); // a control character would show as garbage
    }
    QString reused = QStringLiteral("previous content");
    Ansi::stripInto(line, reused);
    if (reused != plain)
        std::abort();
    return 0;
}
