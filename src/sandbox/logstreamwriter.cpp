// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logstreamwriter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace Workdeck::Sandbox {

void LogStreamWriter::start(const std::shared_ptr<SandboxContext> &context, const Responder &responder,
                            const Request &request)
{
    QTcpSocket *socket = responder->socket();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    new LogStreamWriter(context, responder, request, socket); // owned by the socket
}

LogStreamWriter::LogStreamWriter(const std::shared_ptr<SandboxContext> &context, const Responder &responder,
                                 const Request &request, QTcpSocket *socket)
    : QObject(socket)
    , m_context(context)
    , m_responder(responder)
    , m_socket(socket)
    , m_request(request)
    , m_faults(context->faults)
{
    m_responder->writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    m_responder->writeHeader(QByteArrayLiteral("Content-Type"),
                             QByteArrayLiteral("text/plain; charset=utf-8"));
    m_responder->writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    m_responder->writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("keep-alive"));
    m_responder->writeHeader(QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked"));
    m_lastFrameMs = QDateTime::currentMSecsSinceEpoch();

    if (!request.errorMessage.isEmpty()) {
        writeFrame(QJsonDocument(QJsonObject{{QStringLiteral("error"), request.errorMessage}})
                       .toJson(QJsonDocument::Compact));
        finish();
        return;
    }

    // The backfill: what exists from the start time on, at most the tail limit (the newest ones).
    const qint64 now = context->nowMicros();
    const SimWorkload *workload = context->cluster->workload(request.workloadId);
    // Every line with a time up to "now" exists now; the stream sends those and remembers the bound.
    m_sentUpTo = now;
    if (workload) {
        QList<SimLogEntry> backfill =
            context->cluster->logs(*workload, request.startMicros, now, now, request.minimumSeverity,
                                   request.events, context->options.tailBackfillLimit, true);
        std::reverse(backfill.begin(), backfill.end());
        for (const SimLogEntry &entry : std::as_const(backfill)) {
            if (!sendEntry(entry))
                return;
        }
    }
    m_timer.setInterval(qMax(10, context->options.streamPollIntervalMs));
    connect(&m_timer, &QTimer::timeout, this, &LogStreamWriter::tick);
    m_timer.start();
}

void LogStreamWriter::tick()
{
    const auto context = m_context.lock();
    if (!context || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState || m_ended) {
        m_timer.stop();
        deleteLater();
        return;
    }
    const qint64 now = context->nowMicros();
    if (const SimWorkload *workload = context->cluster->workload(m_request.workloadId);
        workload && now > m_sentUpTo) {
        const QList<SimLogEntry> fresh = context->cluster->logs(*workload, m_sentUpTo + 1, now, now,
                                                                m_request.minimumSeverity, m_request.events);
        m_sentUpTo = now;
        for (const SimLogEntry &entry : fresh) {
            if (!sendEntry(entry))
                return;
        }
    }
    if (QDateTime::currentMSecsSinceEpoch() - m_lastFrameMs >= context->options.heartbeatIntervalMs)
        writeFrame(QByteArrayLiteral("[HEARTBEAT]"));
}

bool LogStreamWriter::sendEntry(const SimLogEntry &entry)
{
    const QJsonObject frame{{QStringLiteral("timestamp"), apiTimestamp(entry.micros)},
                            {QStringLiteral("level"), entry.level},
                            {QStringLiteral("message"), entry.message}};
    return writeFrame(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

bool LogStreamWriter::writeFrame(const QByteArray &payload)
{
    if (m_ended || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    writeChunk(QByteArrayLiteral("data: ") + payload + QByteArrayLiteral("\n\n"));
    m_lastFrameMs = QDateTime::currentMSecsSinceEpoch();
    ++m_frames;
    if (m_faults.dropStreamAfterFrames >= 0 && m_frames >= m_faults.dropStreamAfterFrames) {
        // Cut the connection mid-stream, without the final chunk.
        m_ended = true;
        m_timer.stop();
        m_socket->flush();
        m_socket->abort();
        return false;
    }
    if (m_faults.errorFrameAfterFrames >= 0 && m_frames >= m_faults.errorFrameAfterFrames) {
        m_faults.errorFrameAfterFrames = -1;
        writeFrame(QByteArrayLiteral("{\"error\": \"Loki connection lost\"}"));
        finish();
        return false;
    }
    if (m_faults.silentStreamAfterFrames >= 0 && m_frames >= m_faults.silentStreamAfterFrames) {
        // Loki's WebSocket closed and the server's loop swallowed it: nothing more, not even heartbeats.
        m_ended = true;
        m_timer.stop();
        return false;
    }
    return true;
}

void LogStreamWriter::writeChunk(const QByteArray &bytes)
{
    m_responder->writeBody(QByteArray::number(bytes.size(), 16) + QByteArrayLiteral("\r\n") + bytes +
                           QByteArrayLiteral("\r\n"));
}

void LogStreamWriter::finish()
{
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        m_responder->writeBody(QByteArrayLiteral("0\r\n\r\n"));
    m_ended = true;
    m_timer.stop();
    deleteLater();
}

} // namespace Workdeck::Sandbox
