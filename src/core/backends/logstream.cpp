// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logstream.h"

#include "api/apiclient.h"
#include "api/runaiparser.h"
#include "logging.h"

#include <QNetworkReply>
#include <QTimer>

namespace Workdeck {

LogStream::LogStream(QNetworkReply *reply, const ApiError &refused, QObject *parent)
    : QObject(parent)
    , m_reply(reply)
{
    if (!reply) {
        // Let the caller connect its slots first.
        QTimer::singleShot(0, this, [this, refused] { end(refused); });
        return;
    }
    reply->setParent(this);
    connect(reply, &QNetworkReply::readyRead, this, &LogStream::handleReadyRead);
    connect(reply, &QNetworkReply::finished, this, &LogStream::handleFinished);
}

LogStream::LogStream(const QList<TextSource> &sources, QObject *parent)
    : QObject(parent)
{
    if (sources.isEmpty()) {
        QTimer::singleShot(0, this, [this] { end({}); });
        return;
    }
    for (const TextSource &source : sources) {
        TextConnection connection;
        connection.reply = source.reply;
        connection.label = source.label;
        connection.error = source.refused;
        connection.finished = !source.reply;
        m_text.append(connection);
    }
    for (int i = 0; i < m_text.size(); ++i) {
        QNetworkReply *reply = m_text.at(i).reply;
        if (!reply)
            continue;
        reply->setParent(this);
        connect(reply, &QNetworkReply::readyRead, this, [this, i] { handleTextReadyRead(i); });
        connect(reply, &QNetworkReply::finished, this, [this, i] { handleTextFinished(i); });
    }
    // All refused: end once the caller has connected its slots.
    QTimer::singleShot(0, this, [this] { handleTextFinished(-1); });
}

LogStream::~LogStream()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    for (TextConnection &connection : m_text) {
        if (connection.reply) {
            connection.reply->disconnect(this);
            connection.reply->abort();
        }
    }
}

void LogStream::abort()
{
    if (m_reply && !m_ended)
        m_reply->abort();
    for (TextConnection &connection : m_text) {
        if (connection.reply && !m_ended)
            connection.reply->abort();
    }
}

void LogStream::handleTextReadyRead(int index)
{
    TextConnection &connection = m_text[index];
    if (!connection.reply)
        return;
    const int status = connection.reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        connection.streaming = true;
        connection.pending.append(connection.reply->readAll());
        takeTextLines(index, false);
    } else {
        connection.errorBody.append(
            connection.reply->readAll().left(64 * 1024 - connection.errorBody.size()));
    }
}

void LogStream::takeTextLines(int index, bool all)
{
    TextConnection &connection = m_text[index];
    const qsizetype end = all ? connection.pending.size() : connection.pending.lastIndexOf('\n') + 1;
    if (end <= 0)
        return;
    const QString text = QString::fromUtf8(connection.pending.left(end));
    connection.pending.remove(0, end);
    QList<LogEntry> entries;
    for (QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.trimmed().isEmpty())
            continue;
        entries.append(RunAiParser::parseKubernetesLogLine(line, connection.label));
    }
    if (entries.isEmpty())
        return;
    // Lines of one read are in order; lines of several pods arrive in blocks: order by time.
    std::stable_sort(entries.begin(), entries.end(), [](const LogEntry &a, const LogEntry &b) {
        return isoTimestampToMicros(a.rawTimestamp) < isoTimestampToMicros(b.rawTimestamp);
    });
    Q_EMIT entriesReceived(entries);
}

void LogStream::handleTextFinished(int index)
{
    if (index >= 0) {
        TextConnection &connection = m_text[index];
        if (!connection.reply || connection.finished)
            return;
        if (connection.reply->bytesAvailable() > 0)
            handleTextReadyRead(index);
        if (connection.streaming)
            takeTextLines(index, true);
        connection.error = ApiClient::errorForReply(connection.reply, connection.errorBody);
        connection.finished = true;
        connection.reply->deleteLater();
        connection.reply = nullptr;
        if (connection.error.isError() && !m_textError.isError()) {
            // One pod's connection broke: close the others too, so all resume together.
            m_textError = connection.error;
            for (TextConnection &other : m_text) {
                if (other.reply && !other.finished)
                    other.reply->abort();
            }
        }
    }
    ApiError firstError = m_textError;
    for (const TextConnection &connection : std::as_const(m_text)) {
        if (!connection.finished)
            return;
        if (connection.error.isError() && !firstError.isError())
            firstError = connection.error;
    }
    if (m_ended)
        return;
    if (!firstError.isError())
        Q_EMIT doneReceived(); // every container has stopped: its log is complete
    end(firstError);
}

void LogStream::handleReadyRead()
{
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300) {
        m_streaming = true;
        deliver(m_parser.feed(m_reply->readAll()));
    } else {
        // An error answer before streaming (401, 404, 422) is a JSON body; keep it for the message.
        m_errorBody.append(m_reply->readAll().left(64 * 1024 - m_errorBody.size()));
    }
}

void LogStream::handleFinished()
{
    if (m_reply->bytesAvailable() > 0)
        handleReadyRead();
    if (m_streaming)
        deliver(m_parser.finish());
    ApiError error = ApiClient::errorForReply(m_reply, m_errorBody);
    m_reply->deleteLater();
    m_reply = nullptr;
    end(error);
}

void LogStream::deliver(const QList<LogFrame> &frames)
{
    QList<LogEntry> entries;
    for (const LogFrame &frame : frames) {
        switch (frame.kind) {
        case LogFrame::Kind::Entry:
            entries.append(frame.entry);
            break;
        case LogFrame::Kind::Heartbeat:
            if (!entries.isEmpty()) {
                Q_EMIT entriesReceived(entries);
                entries.clear();
            }
            Q_EMIT heartbeatReceived();
            break;
        case LogFrame::Kind::Error:
            if (!entries.isEmpty()) {
                Q_EMIT entriesReceived(entries);
                entries.clear();
            }
            qCInfo(lcSse) << "error frame:" << frame.text;
            Q_EMIT errorFrameReceived(frame.text);
            break;
        case LogFrame::Kind::Done:
            if (!entries.isEmpty()) {
                Q_EMIT entriesReceived(entries);
                entries.clear();
            }
            Q_EMIT doneReceived();
            break;
        case LogFrame::Kind::Unreadable:
            qCWarning(lcSse) << "unreadable log frame of" << frame.text.size() << "characters";
            break;
        }
    }
    if (!entries.isEmpty())
        Q_EMIT entriesReceived(entries);
}

void LogStream::end(const ApiError &error)
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT ended(error);
}

} // namespace Workdeck
