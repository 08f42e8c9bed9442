// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logstreamwriter.h"

#include "jsonwriter.h"
#include "timeformat.h"

#include <QTcpSocket>

#include <algorithm>

namespace Workdeck::Sandbox {

namespace {

// A burst (a clock jumping ahead, a very fast time scale) goes out over several polls.
constexpr qsizetype maxEntriesPerPoll = 5000;

bool isConnected(const QTcpSocket *socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

} // namespace

QObject *connectionOf(const Responder &responder)
{
    QTcpSocket *socket = responder->socket();
    return isConnected(socket) ? socket : nullptr;
}

void afterDelay(const Responder &responder, int delayMs, const std::function<void()> &work)
{
    if (delayMs <= 0) {
        work();
        return;
    }
    // The timer dies with the connection.
    if (QObject *connection = connectionOf(responder))
        QTimer::singleShot(delayMs, connection, work);
}

void sendComplete(const Responder &responder, int status, const QByteArray &body, const HeaderList &headers)
{
    const QPointer<QTcpSocket> socket = responder->socket();
    if (!isConnected(socket))
        return;
    responder->writeStatusLine(QHttpServerResponder::StatusCode(status));
    for (const auto &[key, value] : headers)
        responder->writeHeader(key, value);
    responder->writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder->writeBody(body);
    // Sent now, as far as the socket takes it: not held back until the event loop next turns,
    // after the requests that came in with this one have been worked out too.
    socket->flush();
}

bool LogStreamWriter::isPodLine(const SimLogEntry &entry, int podIndex, int podCount)
{
    if (podCount <= 1)
        return true;
    // Every rank reports the crash; the rest is shared out by text, the same in every run.
    if (entry.level == u"error" || entry.level == u"critical")
        return true;
    return qHash(entry.message, size_t(0)) % size_t(podCount) == size_t(podIndex);
}

QByteArray LogStreamWriter::kubernetesLines(const SimLogEntry &entry)
{
    // RFC3339Nano as the kubelet writes it: nine fraction digits.
    const qint64 seconds = entry.micros >= 0 ? entry.micros / 1000000 : (entry.micros - 999999) / 1000000;
    const qint64 fraction = entry.micros - seconds * 1000000;
    const QByteArray stamp = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC)
                                 .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
                                 .toLatin1() +
                             '.' + QByteArray::number(fraction).rightJustified(6, '0') + "000Z";
    QByteArray lines;
    for (const QString &line : entry.message.split(QLatin1Char('\n')))
        lines += stamp + ' ' + line.toUtf8() + '\n';
    return lines;
}

QList<SimLogEntry> LogStreamWriter::podLines(QList<SimLogEntry> entries) const
{
    if (m_request.kubernetesText)
        entries.removeIf([this](const SimLogEntry &entry) {
            return !isPodLine(entry, m_request.podIndex, m_request.podCount);
        });
    return entries;
}

void LogStreamWriter::start(const std::shared_ptr<SandboxContext> &context, const Responder &responder,
                            const Request &request)
{
    QTcpSocket *socket = responder->socket();
    if (!isConnected(socket))
        return;
    auto *writer = new LogStreamWriter(context, responder, request, socket); // owned by the socket
    writer->begin(*context);
}

LogStreamWriter::LogStreamWriter(const std::shared_ptr<SandboxContext> &context, const Responder &responder,
                                 const Request &request, QTcpSocket *socket)
    : QObject(socket)
    , m_context(context)
    , m_responder(responder)
    , m_socket(socket)
    , m_request(request)
    , m_faults(context->faults)
    , m_heartbeatMs(qMax(1, context->options.heartbeatIntervalMs))
{
    connect(socket, &QTcpSocket::disconnected, this, &LogStreamWriter::stop);
}

void LogStreamWriter::begin(SandboxContext &context)
{
    // Starlette's StreamingResponse: text/plain (not text/event-stream), no Content-Length.
    m_responder->writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    m_responder->writeHeader(QByteArrayLiteral("Content-Type"),
                             QByteArrayLiteral("text/plain; charset=utf-8"));
    m_responder->writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    m_responder->writeHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("keep-alive"));
    m_responder->writeHeader(QByteArrayLiteral("Transfer-Encoding"), QByteArrayLiteral("chunked"));
    m_responder->writeBody(QByteArray()); // ends the headers now, so the client sees the 200 at once
    m_sinceFrame.start();

    if (!m_request.errorMessage.isEmpty()) {
        // json.dumps() in AIWB's error path: a space after the colon.
        writeFrame(QByteArrayLiteral("{\"error\": ") + writeJson(m_request.errorMessage) + '}');
        finish();
        return;
    }
    // The backfill: what exists from the start time on, at most the tail limit (the newest ones).
    const qint64 now = context.nowMicros();
    m_sentUpTo = now;
    if (const SimWorkload *workload = context.cluster->workload(m_request.workloadId)) {
        QList<SimLogEntry> backfill;
        if (m_request.kubernetesText) {
            // All lines since the start (or the last tailLines): no Loki tail limit here.
            backfill = podLines(context.cluster->logs(*workload, m_request.startMicros, now, now, 0, false));
            if (m_request.tailLines >= 0 && backfill.size() > m_request.tailLines)
                backfill = backfill.mid(backfill.size() - m_request.tailLines);
        } else {
            backfill =
                context.cluster->logs(*workload, m_request.startMicros, now, now, m_request.minimumSeverity,
                                      m_request.events, qMax(0, context.options.tailBackfillLimit), true);
            std::reverse(backfill.begin(), backfill.end());
        }
        if (!sendEntries(backfill))
            return;
        if (m_request.kubernetesText && !workload->isRunningAt(now) &&
            workload->statusAt(now) != u"Pending") {
            finish(); // the container has stopped: follow ends with its log
            return;
        }
    }
    m_timer.setInterval(qMax(5, context.options.streamPollIntervalMs));
    connect(&m_timer, &QTimer::timeout, this, &LogStreamWriter::tick);
    m_timer.start();
}

void LogStreamWriter::tick()
{
    const auto context = m_context.lock();
    if (!context || !connected() || m_ended) {
        stop();
        return;
    }
    const qint64 now = context->nowMicros();
    const SimWorkload *workload = context->cluster->workload(m_request.workloadId);
    if (workload && now > m_sentUpTo) {
        const QList<SimLogEntry> fresh =
            context->cluster->logs(*workload, m_sentUpTo + 1, now, now, m_request.minimumSeverity,
                                   m_request.events, maxEntriesPerPoll);
        m_sentUpTo = fresh.size() == maxEntriesPerPoll ? fresh.last().micros : now;
        if (!sendEntries(podLines(fresh)))
            return;
        if (m_request.kubernetesText && fresh.size() < maxEntriesPerPoll && !workload->isRunningAt(now)) {
            finish();
            return;
        }
    }
    if (m_request.kubernetesText)
        return; // Kubernetes sends nothing while a container is quiet
    if (m_sinceFrame.elapsed() >= m_heartbeatMs)
        writeFrame(QByteArrayLiteral("[HEARTBEAT]"));
}

bool LogStreamWriter::sendEntries(const QList<SimLogEntry> &entries)
{
    for (const SimLogEntry &entry : entries) {
        if (m_request.kubernetesText) {
            if (!writeFrame(kubernetesLines(entry)))
                return false;
            continue;
        }
        const QJsonObject frame{{QStringLiteral("timestamp"), apiTimestamp(entry.micros)},
                                {QStringLiteral("level"), entry.level},
                                {QStringLiteral("message"), entry.message}};
        if (!writeFrame(writeJson(frame)))
            return false;
    }
    return true;
}

bool LogStreamWriter::writeFrame(const QByteArray &payload)
{
    if (m_ended || !connected())
        return false;
    if (m_request.kubernetesText)
        writeChunk(payload);
    else
        writeChunk(QByteArrayLiteral("data: ") + payload + QByteArrayLiteral("\n\n"));
    m_sinceFrame.restart();
    ++m_frames;
    if (m_faults.dropStreamAfterFrames >= 0 && m_frames >= m_faults.dropStreamAfterFrames) {
        // The connection is cut mid-stream, without the terminating chunk.
        qCInfo(lcSandbox) << "fault: cutting a log stream after" << m_frames << "frames";
        m_socket->flush();
        m_socket->abort();
        stop();
        return false;
    }
    if (m_faults.errorFrameAfterFrames >= 0 && m_frames >= m_faults.errorFrameAfterFrames) {
        qCInfo(lcSandbox) << "fault: error frame on a log stream after" << m_frames << "frames";
        m_faults.errorFrameAfterFrames = -1;
        writeFrame(QByteArrayLiteral("{\"error\": \"Loki connection lost\"}"));
        finish();
        return false;
    }
    if (m_faults.silentStreamAfterFrames >= 0 && m_frames >= m_faults.silentStreamAfterFrames) {
        // AIWB's loop swallowed Loki's closed WebSocket: nothing more, not even heartbeats, and
        // the connection stays open.
        qCInfo(lcSandbox) << "fault: log stream goes silent after" << m_frames << "frames";
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

bool LogStreamWriter::connected() const
{
    return isConnected(m_socket);
}

void LogStreamWriter::finish()
{
    if (connected() && !m_ended)
        m_responder->writeBody(QByteArrayLiteral("0\r\n\r\n"));
    stop();
}

void LogStreamWriter::stop()
{
    m_ended = true;
    m_timer.stop();
    deleteLater();
}

} // namespace Workdeck::Sandbox
