// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeformat.h"

#include <QDate>
#include <QDateTime>

namespace Workdeck::Sandbox {

namespace {

constexpr qint64 second = 1000000;

struct Civil
{
    QDate date;
    QTime time;
    int micros = 0; // within the second
};

Civil civil(qint64 micros)
{
    const qint64 seconds = micros >= 0 ? micros / second : (micros - (second - 1)) / second;
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    return {utc.date(), utc.time(), int(micros - seconds * second)};
}

QString offsetText(int offsetSeconds)
{
    const int magnitude = qAbs(offsetSeconds);
    return QStringLiteral("%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(magnitude / 3600, 2, 10, QLatin1Char('0'))
        .arg(magnitude / 60 % 60, 2, 10, QLatin1Char('0'));
}

QString wallClock(qint64 localMicros, char separator)
{
    const Civil c = civil(localMicros);
    QString text = c.date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char(separator) +
                   c.time.toString(QStringLiteral("HH:mm:ss"));
    if (c.micros != 0)
        text += QStringLiteral(".%1").arg(c.micros, 6, 10, QLatin1Char('0'));
    return text;
}

// A small cursor over the text, in the manner of speedate (pydantic's datetime parser).
class Reader
{
public:
    explicit Reader(const QString &text)
        : m_text(text)
    {}
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    bool take(QChar c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    std::optional<int> digits(int count)
    {
        if (m_pos + count > m_text.size())
            return std::nullopt;
        int value = 0;
        for (int i = 0; i < count; ++i) {
            const char16_t c = m_text.at(m_pos + i).unicode();
            if (c < u'0' || c > u'9')
                return std::nullopt;
            value = value * 10 + (c - u'0');
        }
        m_pos += count;
        return value;
    }

private:
    const QString &m_text;
    qsizetype m_pos = 0;
};

ParsedTime failure(const QString &error)
{
    ParsedTime parsed;
    parsed.error = error;
    return parsed;
}

} // namespace

ParsedTime parseDateTime(const QString &text)
{
    // pydantic also reads plain numbers as Unix time, in seconds or (when large) milliseconds, UTC.
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    if (isNumber && !text.isEmpty() && (text.at(0).isDigit() || text.at(0) == u'-')) {
        ParsedTime parsed;
        const double seconds = qAbs(number) > 2e10 ? number / 1000.0 : number;
        parsed.time = SentTime{qint64(seconds * double(second)), 0};
        return parsed;
    }
    if (text.size() < 10)
        return failure(QStringLiteral("input is too short"));
    Reader in(text);
    const auto year = in.digits(4);
    if (!year)
        return failure(QStringLiteral("invalid character in year"));
    if (!in.take(u'-'))
        return failure(QStringLiteral("invalid date separator, expected `-`"));
    const auto month = in.digits(2);
    if (!month)
        return failure(QStringLiteral("invalid character in month"));
    if (!in.take(u'-'))
        return failure(QStringLiteral("invalid date separator, expected `-`"));
    const auto dayOfMonth = in.digits(2);
    if (!dayOfMonth)
        return failure(QStringLiteral("invalid character in day"));
    const QDate date(*year, *month, *dayOfMonth);
    if (!date.isValid())
        return failure(*month < 1 || *month > 12
                           ? QStringLiteral("month value is outside expected range of 1-12")
                           : QStringLiteral("day value is outside expected range"));
    ParsedTime parsed;
    if (in.atEnd()) { // a date alone is midnight, and naive
        parsed.naive = true;
        parsed.time = SentTime{QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() * 1000, 0};
        return parsed;
    }
    const QChar separator = in.peek();
    if (separator != u'T' && separator != u't' && separator != u' ' && separator != u'_')
        return failure(QStringLiteral("unexpected extra characters at the end of the input"));
    in.take(separator);
    const auto hour = in.digits(2);
    if (!hour)
        return failure(QStringLiteral("invalid character in hour"));
    if (!in.take(u':'))
        return failure(QStringLiteral("invalid time separator, expected `:`"));
    const auto minute = in.digits(2);
    if (!minute)
        return failure(QStringLiteral("invalid character in minute"));
    int seconds = 0;
    qint64 fraction = 0;
    if (in.take(u':')) {
        const auto s = in.digits(2);
        if (!s)
            return failure(QStringLiteral("invalid character in second"));
        seconds = *s;
        if (in.take(u'.') || in.take(u',')) {
            int count = 0;
            while (const auto digit = in.digits(1)) {
                if (count < 6)
                    fraction = fraction * 10 + *digit;
                ++count;
            }
            if (count == 0)
                return failure(QStringLiteral("invalid character in second fraction"));
            if (count > 9)
                return failure(QStringLiteral("second fraction value is more than 6 digits long"));
            for (int i = count; i < 6; ++i)
                fraction *= 10;
        }
    }
    if (*hour > 23 || *minute > 59 || seconds > 59)
        return failure(*hour > 23     ? QStringLiteral("hour value is outside expected range of 0-23")
                       : *minute > 59 ? QStringLiteral("minute value is outside expected range of 0-59")
                                      : QStringLiteral("second value is outside expected range of 0-59"));
    const qint64 wall =
        QDateTime(date, QTime(*hour, *minute, seconds), Qt::UTC).toMSecsSinceEpoch() * 1000 + fraction;
    int offset = 0;
    if (in.atEnd()) {
        parsed.naive = true;
    } else if (in.take(u'Z') || in.take(u'z')) {
        offset = 0;
    } else if (in.peek() == u'+' || in.peek() == u'-') {
        const int sign = in.peek() == u'-' ? -1 : 1;
        in.take(in.peek());
        const auto hours = in.digits(2);
        if (!hours)
            return failure(QStringLiteral("invalid timezone sign"));
        in.take(u':');
        const auto minutes = in.atEnd() ? std::optional<int>(0) : in.digits(2);
        if (!minutes)
            return failure(QStringLiteral("invalid timezone minute"));
        offset = sign * (*hours * 3600 + *minutes * 60);
        if (qAbs(offset) >= 24 * 3600)
            return failure(QStringLiteral("timezone offset must be less than 24 hours"));
    } else {
        return failure(QStringLiteral("unexpected extra characters at the end of the input"));
    }
    if (!in.atEnd())
        return failure(QStringLiteral("unexpected extra characters at the end of the input"));
    parsed.time = SentTime{wall - qint64(offset) * second, offset};
    return parsed;
}

QString apiTimestamp(qint64 micros)
{
    return wallClock(micros, 'T') + QLatin1Char('Z');
}

QString pydanticTimestamp(qint64 micros, int offsetSeconds)
{
    if (offsetSeconds == 0)
        return apiTimestamp(micros);
    return wallClock(micros + qint64(offsetSeconds) * second, 'T') + offsetText(offsetSeconds);
}

QString pythonIsoformat(qint64 micros, int offsetSeconds, char separator)
{
    return wallClock(micros + qint64(offsetSeconds) * second, separator) + offsetText(offsetSeconds);
}

QString pythonRepr(qint64 micros, int offsetSeconds)
{
    const Civil c = civil(micros + qint64(offsetSeconds) * second);
    QString text = QStringLiteral("datetime.datetime(%1, %2, %3, %4, %5")
                       .arg(c.date.year())
                       .arg(c.date.month())
                       .arg(c.date.day())
                       .arg(c.time.hour())
                       .arg(c.time.minute());
    // Python leaves out trailing zero fields.
    if (c.time.second() != 0 || c.micros != 0)
        text += QStringLiteral(", %1").arg(c.time.second());
    if (c.micros != 0)
        text += QStringLiteral(", %1").arg(c.micros);
    const QString zone = offsetSeconds == 0 ? QStringLiteral("UTC") : offsetText(offsetSeconds);
    return text + QStringLiteral(", tzinfo=TzInfo(%1))").arg(zone);
}

} // namespace Workdeck::Sandbox
