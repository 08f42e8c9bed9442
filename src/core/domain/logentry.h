// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Workdeck {

// Severity as AIWB orders it: trace 0 < debug 10 < info 20 < unknown 21 < warning 30 < error 40 <
// critical 50.
enum class LogLevel
{
    Trace,
    Debug,
    Info,
    Unknown,
    Warning,
    Error,
    Critical
};

LogLevel logLevelFromString(QStringView text); // also maps Loki's "warn" and "fatal"
QString logLevelToApiString(LogLevel level);
int logLevelSeverity(LogLevel level);

// Microseconds since the epoch (UTC) from an ISO 8601 timestamp as the APIs send it
// ("2026-03-02T09:20:11.402113Z", "+00:00" or naive); 0 when unreadable. QDateTime stops at
// milliseconds, and log order and de-duplication need the microseconds.
qint64 isoTimestampToMicros(const QString &timestamp);
QString microsToIsoTimestamp(qint64 micros); // "2026-03-02T09:20:11.402113Z"

struct LogEntry
{
    // The server's timestamp text, kept as sent: it has microseconds, QDateTime only milliseconds,
    // and de-duplication at stream boundaries needs the exact value.
    QString rawTimestamp;
    QDateTime timestamp;
    LogLevel level = LogLevel::Unknown;
    QString message;
    QString source; // pod/container for Kubernetes logs; empty for AIWB

    bool operator==(const LogEntry &) const = default;
};

// One line for a terminal or a file: "2026-03-02T09:20:11.402113Z WARNING  [pod/container] message".
// The message is given as it should appear (escapes stripped or not, as the caller wants).
QString formatLogLine(const QString &timestamp, LogLevel level, const QString &source,
                      const QString &message);

struct LogPage
{
    QList<LogEntry> entries;
    bool hasMore = false;
    QString pageToken; // opaque; fed back as sent
};

} // namespace Workdeck
