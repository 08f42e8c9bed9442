// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logentry.h"

#include "api/jsonsupport.h"

namespace Workdeck {

LogLevel logLevelFromString(QStringView text)
{
    const QString lower = text.trimmed().toString().toLower();
    if (lower == u"trace")
        return LogLevel::Trace;
    if (lower == u"debug")
        return LogLevel::Debug;
    if (lower == u"info")
        return LogLevel::Info;
    if (lower == u"warning" || lower == u"warn")
        return LogLevel::Warning;
    if (lower == u"error")
        return LogLevel::Error;
    if (lower == u"critical" || lower == u"fatal")
        return LogLevel::Critical;
    return LogLevel::Unknown;
}

QString logLevelToApiString(LogLevel level)
{
    switch (level) {
    case LogLevel::Trace:
        return QStringLiteral("trace");
    case LogLevel::Debug:
        return QStringLiteral("debug");
    case LogLevel::Info:
        return QStringLiteral("info");
    case LogLevel::Unknown:
        return QStringLiteral("unknown");
    case LogLevel::Warning:
        return QStringLiteral("warning");
    case LogLevel::Error:
        return QStringLiteral("error");
    case LogLevel::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

qint64 isoTimestampToMicros(const QString &timestamp)
{
    const QDateTime time = Json::parseDateTime(timestamp);
    if (!time.isValid())
        return 0;
    // parseDateTime keeps milliseconds; add the next three digits of the fraction.
    int extra = 0;
    if (const qsizetype dot = timestamp.indexOf(QLatin1Char('.')); dot > 0) {
        int digits = 0;
        for (qsizetype i = dot + 1; i < timestamp.size() && timestamp.at(i).isDigit() && digits < 6;
             ++i, ++digits) {
            if (digits >= 3)
                extra = extra * 10 + timestamp.at(i).digitValue();
        }
        for (; digits > 3 && digits < 6; ++digits)
            extra *= 10;
    }
    return time.toMSecsSinceEpoch() * 1000 + extra;
}

QString microsToIsoTimestamp(qint64 micros)
{
    const qint64 millis = micros >= 0 ? micros / 1000 : (micros - 999) / 1000;
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC);
    return time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) +
           QStringLiteral("%1Z").arg(int(micros - millis * 1000), 3, 10, QLatin1Char('0'));
}

QString formatLogLine(const QString &timestamp, LogLevel level, const QString &source, const QString &message)
{
    QString line = (timestamp.isEmpty() ? QStringLiteral("-") : timestamp) + QLatin1Char(' ') +
                   logLevelToApiString(level).toUpper().leftJustified(8) + QLatin1Char(' ');
    if (!source.isEmpty())
        line += QLatin1Char('[') + source + QStringLiteral("] ");
    return line + message;
}

int logLevelSeverity(LogLevel level)
{
    switch (level) {
    case LogLevel::Trace:
        return 0;
    case LogLevel::Debug:
        return 10;
    case LogLevel::Info:
        return 20;
    case LogLevel::Unknown:
        return 21;
    case LogLevel::Warning:
        return 30;
    case LogLevel::Error:
        return 40;
    case LogLevel::Critical:
        return 50;
    }
    return 21;
}

} // namespace Workdeck
