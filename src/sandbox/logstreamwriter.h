// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxcontext.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace Workdeck::Sandbox {

// Writes one AIWB log stream: chunked text/plain with "data: <json>" frames, the backfill first,
// new lines as they appear, [HEARTBEAT] after silence, and the stream faults. The only code that
// uses the responder's raw write API (Qt 6.4 to 6.7; Qt 6.8 replaces it with writeBeginChunked()),
// so porting touches this file alone. Lives as a child of the socket and never writes to a socket
// that has gone away.
class LogStreamWriter : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QString workloadId;
        qint64 startMicros = 0;
        int minimumSeverity = 0;
        bool events = false;
        QString errorMessage; // non-empty: send only this error frame and end (Loki refused the query)
    };

    static void start(const std::shared_ptr<SandboxContext> &context, const Responder &responder,
                      const Request &request);

private:
    LogStreamWriter(const std::shared_ptr<SandboxContext> &context, const Responder &responder,
                    const Request &request, QTcpSocket *socket);
    void tick();
    bool sendEntry(const SimLogEntry &entry);
    bool writeFrame(const QByteArray &payload); // false once the stream has ended
    void writeChunk(const QByteArray &bytes);
    void finish();

    std::weak_ptr<SandboxContext> m_context;
    Responder m_responder;
    QPointer<QTcpSocket> m_socket;
    Request m_request;
    FaultOptions m_faults;
    qint64 m_sentUpTo = 0; // every entry up to this time has been sent
    qint64 m_lastFrameMs = 0;
    int m_frames = 0;
    bool m_ended = false;
    QTimer m_timer;
};

} // namespace Workdeck::Sandbox
