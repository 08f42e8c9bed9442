// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "api/logframeparser.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace Workdeck {

// One open connection of a live log stream. It does not reconnect: it reports what arrived and
// how it ended, and a tail service decides what to do next.
//
// Usage: connect to the signals, keep the object alive while streaming, delete it (or abort())
// to close the connection. ended() is emitted exactly once.
class LogStream : public QObject
{
    Q_OBJECT
public:
    // Takes ownership of reply; a null reply ends at once with `refused`.
    LogStream(QNetworkReply *reply, const ApiError &refused, QObject *parent = nullptr);
    ~LogStream() override;

    void abort();
    bool isOpen() const { return !m_ended; }

Q_SIGNALS:
    void entriesReceived(const QList<Workdeck::LogEntry> &entries);
    void heartbeatReceived();
    // The server sent {"error": ...}; the stream ends after it (ended() follows).
    void errorFrameReceived(const QString &message);
    // The server said [DONE]: the log has ended for good.
    void doneReceived();
    // The connection closed: error is None for a normal end ([DONE] or the server closing cleanly),
    // otherwise what went wrong (HTTP error before streaming, network error, cancellation).
    void ended(const Workdeck::ApiError &error);

private:
    void handleReadyRead();
    void handleFinished();
    void deliver(const QList<LogFrame> &frames);
    void end(const ApiError &error);

    QPointer<QNetworkReply> m_reply;
    LogFrameParser m_parser;
    QByteArray m_errorBody;
    bool m_ended = false;
    bool m_streaming = false; // a 2xx status arrived
};

} // namespace Workdeck
