// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxcontext.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace Workdeck::Sandbox {

// The only code that touches the responder's raw write API and its socket (Qt 6.4 to 6.7; Qt 6.8
// removes writeStatusLine/writeHeader/writeBody/socket() in favour of writeBeginChunked()), so a
// port changes this file alone.
//
// After the handler returns, QHttpServer keeps the connection but not the responder's safety: in
// release builds the responder holds a raw socket pointer, and the server deletes the socket when
// the client goes. So every write checks a QPointer first, and whatever writes later (timers, the
// stream) is a child of the socket and dies with it.

// The socket of the responder while the client is connected, else nullptr. Parent timers to it.
QObject *connectionOf(const Responder &responder);
// Runs `work` after delayMs (at once when it is 0 or less), unless the client has gone by then.
void afterDelay(const Responder &responder, int delayMs, const std::function<void()> &work);
// A complete answer with Content-Length; nothing if the client has gone.
void sendComplete(const Responder &responder, int status, const QByteArray &body, const HeaderList &headers);

// Writes one AIWB log stream (reference 4.8): 200 text/plain, chunked by hand, "data: <json>\n\n"
// frames; first the backfill, then new lines as they appear, [HEARTBEAT] after silence; and the
// stream faults (cut, error frame, silence). It never ends by itself, like the real one.
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
        // A Kubernetes pod log instead (kubelogroutes.cpp): "RFC3339NANO message" lines, no
        // heartbeats, only the lines of pod podIndex of podCount, all lines from startMicros (or
        // the last tailLines of them); the response ends once the workload no longer runs.
        bool kubernetesText = false;
        int podIndex = 0;
        int podCount = 1;
        qint64 tailLines = -1;
    };
    // Which pod of podCount writes a line: the same split for paged reads and streams; errors are
    // in every pod's log.
    static bool isPodLine(const SimLogEntry &entry, int podIndex, int podCount);
    static QByteArray kubernetesLines(const SimLogEntry &entry); // one line per message line

    // Owned by the responder's socket; does nothing if the client has already gone.
    static void start(const std::shared_ptr<SandboxContext> &context, const Responder &responder,
                      const Request &request);

private:
    LogStreamWriter(const std::shared_ptr<SandboxContext> &context, const Responder &responder,
                    const Request &request, QTcpSocket *socket);
    void begin(SandboxContext &context);
    void tick();
    bool sendEntries(const QList<SimLogEntry> &entries);
    QList<SimLogEntry> podLines(QList<SimLogEntry> entries) const;
    bool writeFrame(const QByteArray &payload); // false once the stream has ended or gone silent
    void writeChunk(const QByteArray &bytes);
    bool connected() const;
    void finish(); // the terminating chunk: the response is complete, the connection stays
    void stop();

    std::weak_ptr<SandboxContext> m_context;
    Responder m_responder;
    QPointer<QTcpSocket> m_socket;
    Request m_request;
    FaultOptions m_faults; // as they were when the stream was opened
    int m_heartbeatMs = 30000;
    qint64 m_sentUpTo = 0; // every entry up to this time has been sent
    QElapsedTimer m_sinceFrame;
    int m_frames = 0;
    bool m_ended = false;
    QTimer m_timer;
};

} // namespace Workdeck::Sandbox
