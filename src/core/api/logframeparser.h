// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/logentry.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Workdeck {

struct LogFrame
{
    enum class Kind
    {
        Entry,      // data: {"timestamp": ..., "level": ..., "message": ...}
        Heartbeat,  // data: [HEARTBEAT]
        Error,      // data: {"error": "..."}; the server ends the stream after it
        Done,       // data: [DONE]
        Unreadable, // a data payload that is none of the above; text holds it
    };
    Kind kind = Kind::Entry;
    LogEntry entry;
    QString text;
};

// Incremental parser for the AIWB log stream: SSE-style "data:" lines, each event ended by a blank
// line. Bytes may arrive split anywhere (inside a line, a UTF-8 sequence or a CRLF); lines end in
// LF, CRLF or CR. Several data lines in one event are joined with "\n", comment lines (":") and
// other fields are ignored. Invalid UTF-8 becomes U+FFFD instead of losing the line.
class LogFrameParser
{
public:
    QList<LogFrame> feed(QByteArrayView bytes);
    // The stream ended: an event whose blank line never came is still delivered.
    QList<LogFrame> finish();
    void reset();

    static LogFrame interpretPayload(const QByteArray &payload);

private:
    void takeLine(QByteArrayView line, QList<LogFrame> &frames);
    void dispatch(QList<LogFrame> &frames);

    QByteArray m_line;
    QByteArray m_data;
    bool m_hasData = false;
    bool m_skipLineFeed = false;
};

} // namespace Workdeck
