// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logstream.h"

#include "api/apiclient.h"
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

LogStream::~LogStream()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void LogStream::abort()
{
    if (m_reply && !m_ended)
        m_reply->abort();
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
