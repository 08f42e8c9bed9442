// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logentry.h"

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
