// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <limits>

namespace Workdeck {

// Formats a log line's time as "MM-dd HH:mm:ss.zzz" in local time, as
// QDateTime::toLocalTime().toString() would, without a time zone lookup per line: the offset
// from UTC is looked up once per quarter hour of UTC (since standard time zones, offsets are whole
// quarter hours and change at whole local times, so on quarter-hour boundaries of UTC) and the
// rest is arithmetic. A log view paints tens of lines per frame.
class LogTimeFormat
{
public:
    QString format(qint64 microsSinceEpoch);

private:
    qint64 m_quarter = std::numeric_limits<qint64>::min();
    qint64 m_offsetMs = 0;
};

} // namespace Workdeck
