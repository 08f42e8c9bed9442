// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logtailservice.h"

#include "backends/logstream.h"
#include "logging.h"

#include <QCoreApplication>

namespace Workdeck {

namespace {

// How far back from the newest delivered line duplicates are looked for: streams from several
// pods may interleave slightly out of order.
constexpr qint64 seenWindowMicros = 30 * 1000000LL;

} // namespace

LogTailService::LogTailService(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    m_silenceTimer.setSingleShot(true);
    m_silenceTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_silenceTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcSse) << "no frame for" << m_silenceTimeoutMs << "ms; reconnecting";
        if (m_stream) {
            m_stream->disconnect(this);
            m_stream->deleteLater();
        }
        scheduleReconnect(tr("the server went silent"));
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        ++m_reconnects;
        if (m_backend->has(Backend::Capability::Logs) && m_newestMicros != 0)
            fillGapThenConnect({}, 0);
        else
            connectStream();
    });
}

LogTailService::~LogTailService()
{
    if (m_stream)
        m_stream->disconnect(this);
}

void LogTailService::setBackoff(int initialMs, int maximumMs)
{
    m_initialBackoffMs = qMax(1, initialMs);
    m_maximumBackoffMs = qMax(m_initialBackoffMs, maximumMs);
}

void LogTailService::start(const WorkloadRef &workload, const LogStreamQuery &query)
{
    stop();
    m_workload = workload;
    m_query = query;
    m_failures = 0;
    m_reconnects = 0;
    m_done = false;
    if (!query.resumeFromTimestamp.isEmpty() && m_newestRaw.isEmpty())
        m_newestRaw = query.resumeFromTimestamp;
    connectStream();
}

void LogTailService::stop()
{
    ++m_generation;
    m_reconnectTimer.stop();
    m_silenceTimer.stop();
    if (m_stream) {
        m_stream->disconnect(this);
        m_stream->deleteLater();
    }
    if (m_state != State::Idle && m_state != State::Ended)
        setState(State::Ended, tr("stopped"));
}

void LogTailService::seen(const QList<LogEntry> &entries)
{
    for (const LogEntry &entry : entries)
        remember(entry);
    pruneSeen();
}

void LogTailService::fillGapThenConnect(const QString &pageToken, int pages)
{
    LogQuery query;
    query.start = QDateTime::fromMSecsSinceEpoch(m_newestMicros / 1000, Qt::UTC);
    query.end = QDateTime::currentDateTimeUtc().addSecs(60);
    query.backward = false;
    query.limit = 5000;
    query.pageToken = pageToken;
    query.minimumLevel = m_query.minimumLevel;
    query.events = m_query.events;
    query.pod = m_query.pod;
    query.container = m_query.container;
    const quint64 generation = m_generation;
    m_backend->fetchLogs(m_workload, query, this, [this, generation, pages](Result<LogPage> page) {
        if (generation != m_generation)
            return;
        if (!page) {
            // The server is still unreachable: back off and try again.
            if (page.error().isRetryable() || page.error().kind == ApiError::Kind::Network) {
                scheduleReconnect(page.error().message);
                return;
            }
            connectStream(); // the paged API refused; the stream's backfill is the best there is
            return;
        }
        // Only what comes after the resume point: older lines belong before the stretch already shown.
        QList<LogEntry> entries = page.value().entries;
        const qint64 resumePoint = m_newestMicros;
        entries.removeIf([resumePoint](const LogEntry &entry) {
            return isoTimestampToMicros(entry.rawTimestamp) < resumePoint;
        });
        deliver(entries);
        if (page.value().hasMore && pages < 50)
            fillGapThenConnect(page.value().pageToken, pages + 1);
        else
            connectStream();
    });
}

void LogTailService::connectStream()
{
    LogStreamQuery query = m_query;
    if (!m_newestRaw.isEmpty())
        query.resumeFromTimestamp = m_newestRaw;
    if (m_reconnects == 0)
        setState(State::Connecting, {});
    LogStream *stream = m_backend->openLogStream(m_workload, query, this);
    m_stream = stream;
    connect(stream, &LogStream::entriesReceived, this, &LogTailService::handleEntries);
    connect(stream, &LogStream::heartbeatReceived, this, [this] {
        m_silenceTimer.start(m_silenceTimeoutMs);
        if (m_state != State::Streaming)
            setState(State::Streaming, {});
    });
    connect(stream, &LogStream::errorFrameReceived, this,
            [this](const QString &message) { m_reason = message; });
    connect(stream, &LogStream::doneReceived, this, [this] { m_done = true; });
    connect(stream, &LogStream::ended, this, &LogTailService::handleEnded);
    m_silenceTimer.start(m_silenceTimeoutMs);
}

void LogTailService::handleEntries(const QList<LogEntry> &entries)
{
    m_silenceTimer.start(m_silenceTimeoutMs);
    m_failures = 0; // the connection works: the next drop starts the back-off afresh
    if (m_state != State::Streaming)
        setState(State::Streaming, {});
    deliver(entries);
}

void LogTailService::deliver(const QList<LogEntry> &entries)
{
    QList<LogEntry> fresh;
    fresh.reserve(entries.size());
    for (const LogEntry &entry : entries) {
        if (remember(entry))
            fresh.append(entry);
    }
    pruneSeen();
    if (!fresh.isEmpty())
        Q_EMIT entriesArrived(fresh);
}

bool LogTailService::remember(const LogEntry &entry)
{
    const qint64 micros = isoTimestampToMicros(entry.rawTimestamp);
    if (micros != 0 && m_newestMicros != 0 && micros < m_newestMicros - seenWindowMicros)
        return true; // far older than anything delivered: cannot be a repeat of the boundary
    QSet<QString> &texts = m_seenByMicros[micros];
    // Merged pod logs: the same line from two pods is two lines.
    const QString key = entry.source.isEmpty() ? entry.message : entry.source + QChar(0x1f) + entry.message;
    if (texts.contains(key))
        return false;
    texts.insert(key);
    if (micros > m_newestMicros) {
        m_newestMicros = micros;
        m_newestRaw = entry.rawTimestamp;
    }
    return true;
}

void LogTailService::pruneSeen()
{
    if (m_seenByMicros.size() < 4096)
        return;
    for (auto it = m_seenByMicros.begin(); it != m_seenByMicros.end();) {
        it = it.key() < m_newestMicros - seenWindowMicros ? m_seenByMicros.erase(it) : std::next(it);
    }
}

void LogTailService::handleEnded(const ApiError &error)
{
    m_silenceTimer.stop();
    if (m_stream)
        m_stream->deleteLater();
    if (m_done) {
        setState(State::Ended, tr("the log has ended"));
        return;
    }
    if (error.kind == ApiError::Kind::Cancelled)
        return; // we closed it
    const bool permanent =
        error.kind == ApiError::Kind::NotFound || error.kind == ApiError::Kind::Forbidden ||
        error.kind == ApiError::Kind::Unauthorized || error.kind == ApiError::Kind::Validation ||
        error.kind == ApiError::Kind::Insecure || error.kind == ApiError::Kind::Tls;
    if (permanent) {
        setState(State::Ended, error.toString());
        return;
    }
    QString reason = !m_reason.isEmpty() ? tr("the server reported: %1").arg(m_reason)
                     : error.isError()   ? error.message
                                         : tr("the server closed the connection");
    m_reason.clear();
    scheduleReconnect(reason);
}

void LogTailService::scheduleReconnect(const QString &reason)
{
    ++m_failures;
    const int delay =
        int(qMin<qint64>(m_maximumBackoffMs, qint64(m_initialBackoffMs) << qMin(m_failures - 1, 20)));
    m_reconnectTimer.start(delay);
    m_reconnectClock.start();
    setState(State::Reconnecting, reason);
}

void LogTailService::setState(State state, const QString &reason)
{
    m_state = state;
    m_reason = state == State::Reconnecting || state == State::Ended ? reason : QString();
    Q_EMIT stateChanged(state, reason);
}

QString LogTailService::stateText() const
{
    switch (m_state) {
    case State::Idle:
        return tr("Not streaming");
    case State::Connecting:
        return tr("Connecting\u2026");
    case State::Streaming:
        return tr("Streaming");
    case State::Reconnecting: {
        if (!m_reconnectTimer.isActive())
            return tr("Reconnecting\u2026");
        const int seconds = int((m_reconnectTimer.remainingTime() + 999) / 1000);
        return tr("Reconnecting in %n s: %1", nullptr, seconds).arg(m_reason);
    }
    case State::Ended:
        return tr("Ended: %1").arg(m_reason);
    }
    return {};
}

} // namespace Workdeck
