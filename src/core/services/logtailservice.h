// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "backends/backend.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Workdeck {

class LogStream;

// Follows a workload's live log and keeps following it: after a closed connection, an error frame
// or a minute without any frame (heartbeats count), it reconnects with exponential back-off,
// resuming from the last timestamp it delivered and dropping the entries it already delivered, so
// listeners get every line once, in order of arrival.
//
// Usage: connect entriesArrived and stateChanged, then start(); seen() primes the de-duplication
// with lines obtained otherwise (a history page). stop() ends it; so does destroying it.
class LogTailService : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Idle,
        Connecting,
        Streaming,
        Reconnecting,
        Ended
    };
    Q_ENUM(State)

    explicit LogTailService(Backend *backend, QObject *parent = nullptr);
    ~LogTailService() override;

    void start(const WorkloadRef &workload, const LogStreamQuery &query = {});
    void stop();
    // Lines already shown (e.g. the newest history page): not delivered again, and the stream
    // resumes after the newest of them.
    void seen(const QList<LogEntry> &entries);

    State state() const { return m_state; }
    QString stateText() const; // "Streaming", "Reconnecting in 4 s: connection closed", ...
    int reconnectCount() const { return m_reconnects; }

    void setSilenceTimeoutMs(int milliseconds) { m_silenceTimeoutMs = milliseconds; }
    void setBackoff(int initialMs, int maximumMs);

Q_SIGNALS:
    void entriesArrived(const QList<Workdeck::LogEntry> &entries);
    void stateChanged(Workdeck::LogTailService::State state, const QString &reason);

private:
    void connectStream();
    // After a reconnect, reads what was logged while disconnected through the paged API: the
    // stream's own backfill is capped (Loki's tail limit) and would leave a gap.
    void fillGapThenConnect(const QString &pageToken, int pages);
    void handleEntries(const QList<LogEntry> &entries);
    void deliver(const QList<LogEntry> &entries); // drops what was delivered before
    void handleEnded(const ApiError &error);
    void scheduleReconnect(const QString &reason);
    void setState(State state, const QString &reason);
    bool remember(const LogEntry &entry); // false if already delivered
    void pruneSeen();

    Backend *m_backend;
    WorkloadRef m_workload;
    LogStreamQuery m_query;
    QPointer<LogStream> m_stream;
    State m_state = State::Idle;
    QString m_reason;
    QTimer m_silenceTimer;
    QTimer m_reconnectTimer;
    QElapsedTimer m_reconnectClock;
    int m_silenceTimeoutMs = 60000;
    int m_initialBackoffMs = 1000;
    int m_maximumBackoffMs = 30000;
    int m_failures = 0;
    int m_reconnects = 0;
    bool m_done = false;
    quint64 m_generation = 0;

    // Delivered entries near the newest one, keyed by time and text: the boundary of a resumed
    // stream repeats them.
    qint64 m_newestMicros = 0;
    QString m_newestRaw;
    QHash<qint64, QSet<QString>> m_seenByMicros;
};

} // namespace Workdeck
