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

    // A Kubernetes pod log followed with timestamps=true: plain "RFC3339NANO message" lines, one
    // connection per pod (several: the pods' lines merged). Entries carry the source's label. A
    // connection the server ends cleanly means the container stopped; when all have, the log is
    // done (doneReceived). The stream takes ownership of the replies.
    struct TextSource
    {
        QNetworkReply *reply = nullptr; // null: refused
        ApiError refused;
        QString label; // "pod" or "pod/container"
    };
    explicit LogStream(const QList<TextSource> &sources, QObject *parent = nullptr);
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
    void handleTextReadyRead(int index);
    void handleTextFinished(int index);
    void takeTextLines(int index, bool all);

    struct TextConnection
    {
        QPointer<QNetworkReply> reply;
        QString label;
        QByteArray pending; // bytes after the last complete line
        QByteArray errorBody;
        bool streaming = false;
        bool finished = false;
        ApiError error;
    };
    QList<TextConnection> m_text; // Kubernetes mode when non-empty
    ApiError m_textError;         // the first connection that failed (the others are then closed)

    QPointer<QNetworkReply> m_reply;
    LogFrameParser m_parser;
    QByteArray m_errorBody;
    bool m_ended = false;
    bool m_streaming = false; // a 2xx status arrived
};

} // namespace Workdeck
