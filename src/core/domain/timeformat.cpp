// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace Workdeck {

QString formatRelativeTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const qint64 seconds = time.secsTo(now);
    if (seconds < 0) {
        return QCoreApplication::translate("Time", "in the future");
    }
    if (seconds < 45)
        return QCoreApplication::translate("Time", "just now");
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return QCoreApplication::translate("Time", "%n min ago", nullptr, int(minutes));
    const qint64 hours = (seconds + 1800) / 3600;
    if (hours < 24)
        return QCoreApplication::translate("Time", "%n h ago", nullptr, int(hours));
    const qint64 days = seconds / 86400;
    if (days < 30)
        return QCoreApplication::translate("Time", "%n day(s) ago", nullptr, int(days));
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

QString formatAbsoluteTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" (") +
           local.timeZoneAbbreviation() + QLatin1Char(')');
}

} // namespace Workdeck
