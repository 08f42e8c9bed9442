// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logframeparser.h"

#include "aiwbparser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Workdeck {

QList<LogFrame> LogFrameParser::feed(QByteArrayView bytes)
{
    QList<LogFrame> frames;
    qsizetype start = 0;
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = bytes[i];
        if (c != '\n' && c != '\r')
            continue;
        if (c == '\n' && m_skipLineFeed && i == start && m_line.isEmpty()) {
            // The LF of a CRLF whose CR ended the previous line.
            m_skipLineFeed = false;
            start = i + 1;
            continue;
        }
        m_skipLineFeed = (c == '\r');
        if (m_line.isEmpty()) {
            takeLine(bytes.sliced(start, i - start), frames);
        } else {
            m_line.append(bytes.sliced(start, i - start));
            takeLine(m_line, frames);
            m_line.clear();
        }
        start = i + 1;
    }
    if (start < size) {
        m_line.append(bytes.sliced(start));
        m_skipLineFeed = false;
    }
    return frames;
}

QList<LogFrame> LogFrameParser::finish()
{
    QList<LogFrame> frames;
    if (!m_line.isEmpty()) {
        takeLine(m_line, frames);
        m_line.clear();
    }
    dispatch(frames);
    m_skipLineFeed = false;
    return frames;
}

void LogFrameParser::reset()
{
    m_line.clear();
    m_data.clear();
    m_hasData = false;
    m_skipLineFeed = false;
}

void LogFrameParser::takeLine(QByteArrayView line, QList<LogFrame> &frames)
{
    if (line.isEmpty()) {
        dispatch(frames);
        return;
    }
    if (line.front() == ':')
        return; // comment
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView field = colon < 0 ? line : line.first(colon);
    if (field != "data")
        return; // id:, event:, retry: are not used by AIWB
    QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (m_hasData)
        m_data.append('\n');
    m_data.append(value);
    m_hasData = true;
}

void LogFrameParser::dispatch(QList<LogFrame> &frames)
{
    if (!m_hasData)
        return;
    frames.append(interpretPayload(m_data));
    m_data.clear();
    m_hasData = false;
}

LogFrame LogFrameParser::interpretPayload(const QByteArray &payload)
{
    LogFrame frame;
    const QByteArray trimmed = payload.trimmed();
    if (trimmed == "[HEARTBEAT]") {
        frame.kind = LogFrame::Kind::Heartbeat;
        return frame;
    }
    if (trimmed == "[DONE]") {
        frame.kind = LogFrame::Kind::Done;
        return frame;
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
    if (error.error == QJsonParseError::IllegalUTF8String) {
        // Logs are not always valid UTF-8; keep the line with replacement characters.
        document = QJsonDocument::fromJson(QString::fromUtf8(trimmed).toUtf8(), &error);
    }
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        frame.kind = LogFrame::Kind::Unreadable;
        frame.text = QString::fromUtf8(payload);
        return frame;
    }
    const QJsonObject object = document.object();
    if (object.contains(u"error")) {
        frame.kind = LogFrame::Kind::Error;
        const QJsonValue value = object.value(u"error");
        frame.text = value.isString()
                         ? value.toString()
                         : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        return frame;
    }
    frame.kind = LogFrame::Kind::Entry;
    frame.entry = AiwbParser::logEntryFromJson(object);
    return frame;
}

} // namespace Workdeck
