// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logtimeformat.h"

#include <QDate>
#include <QDateTime>

namespace Workdeck {

namespace {

constexpr qint64 msPerDay = qint64(86400) * 1000;
constexpr qint64 msPerQuarterHour = qint64(15) * 60 * 1000;
constexpr qint64 unixEpochJulianDay = 2440588;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

void putDigits(QChar *&out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = QChar(u'0' + value % 10);
        value /= 10;
    }
    out += digits;
}

} // namespace

QString LogTimeFormat::format(qint64 microsSinceEpoch)
{
    if (microsSinceEpoch == 0)
        return {};
    const qint64 ms = floorDiv(microsSinceEpoch, 1000);
    const qint64 quarter = floorDiv(ms, msPerQuarterHour);
    if (quarter != m_quarter) {
        m_quarter = quarter;
        m_offsetMs = qint64(QDateTime::fromMSecsSinceEpoch(quarter * msPerQuarterHour, Qt::UTC)
                                .toLocalTime()
                                .offsetFromUtc()) *
                     1000;
    }
    const qint64 local = ms + m_offsetMs;
    const QDate date = QDate::fromJulianDay(unixEpochJulianDay + floorDiv(local, msPerDay));
    const int ofDay = int(local - floorDiv(local, msPerDay) * msPerDay);
    QString text(18, Qt::Uninitialized);
    QChar *out = text.data();
    putDigits(out, date.month(), 2);
    *out++ = u'-';
    putDigits(out, date.day(), 2);
    *out++ = u' ';
    putDigits(out, ofDay / 3600000, 2);
    *out++ = u':';
    putDigits(out, ofDay / 60000 % 60, 2);
    *out++ = u':';
    putDigits(out, ofDay / 1000 % 60, 2);
    *out++ = u'.';
    putDigits(out, ofDay % 1000, 3);
    return text;
}

} // namespace Workdeck
