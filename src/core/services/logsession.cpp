// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logsession.h"

#include "logtailservice.h"

#include <algorithm>

namespace Workdeck {

namespace {
// AIWB keeps logs in Loki for about 15 days (the stream's default look-back).
constexpr int historyDays = 15;
} // namespace

LogSession::LogSession(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_tail(new LogTailService(backend, this))
{
    connect(m_tail, &LogTailService::entriesArrived, this, &LogSession::newEntries);
}

LogSession::~LogSession() = default;

void LogSession::open(const WorkloadRef &workload, LogLevel minimumLevel, bool events)
{
    close();
    m_workload = workload;
    m_minimumLevel = minimumLevel;
    m_events = events;
    m_olderToken.clear();
    m_end = QDateTime::currentDateTimeUtc().addSecs(60);
    m_hasOlder = false;
    fetchPage(true);
}

void LogSession::close()
{
    ++m_generation; // answers for the previous workload are dropped
    m_tail->stop();
    m_loadingOlder = false;
}

void LogSession::setSource(const QString &pod, const QString &container, bool previousContainer)
{
    m_pod = pod;
    m_container = container;
    m_previousContainer = previousContainer && !pod.isEmpty();
}

void LogSession::loadOlder()
{
    if (!m_hasOlder || m_loadingOlder)
        return;
    fetchPage(false);
}

bool LogSession::followsLive() const
{
    // A previous container has ended: its log is complete.
    return m_backend->has(Backend::Capability::LogStream) && !m_events && !m_previousContainer;
}

void LogSession::fetchPage(bool initial)
{
    LogQuery query;
    query.end = m_end;
    query.start = m_end.addDays(-historyDays);
    query.backward = true;
    query.limit = pageSize;
    query.pageToken = initial ? QString() : m_olderToken;
    query.minimumLevel = m_minimumLevel;
    query.events = m_events;
    query.pod = m_pod;
    query.container = m_container;
    query.previousContainer = m_previousContainer;
    m_loadingOlder = !initial;
    const quint64 generation = m_generation;
    m_backend->fetchLogs(m_workload, query, this, [this, initial, generation](Result<LogPage> page) {
        if (generation != m_generation)
            return;
        m_loadingOlder = false;
        if (!page) {
            Q_EMIT failed(page.error());
            if (initial && followsLive()) {
                LogStreamQuery query;
                query.pod = m_pod;
                query.container = m_container;
                m_tail->start(m_workload, query); // the history failed; the live tail may still work
            }
            return;
        }
        QList<LogEntry> entries = page.value().entries;
        // Pages come newest first and, with several streams, not strictly ordered: sort them.
        std::stable_sort(entries.begin(), entries.end(), [](const LogEntry &a, const LogEntry &b) {
            return isoTimestampToMicros(a.rawTimestamp) < isoTimestampToMicros(b.rawTimestamp);
        });
        m_hasOlder = page.value().hasMore;
        m_olderToken = page.value().pageToken;
        if (initial) {
            Q_EMIT newEntries(entries);
            if (followsLive()) {
                m_tail->seen(entries);
                LogStreamQuery query;
                query.pod = m_pod;
                query.container = m_container;
                query.minimumLevel = m_minimumLevel;
                query.resumeFromTimestamp = entries.isEmpty()
                                                ? QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)
                                                : entries.constLast().rawTimestamp;
                m_tail->start(m_workload, query);
            }
        } else {
            Q_EMIT olderLoaded(entries);
        }
    });
}

} // namespace Workdeck
