// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonsupport.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace Workdeck::Json {

Result<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ApiError::parseError(QCoreApplication::translate("Json",
                                                                "The server sent invalid JSON (%1 at byte "
                                                                "%2 of %3).")
                                        .arg(error.errorString())
                                        .arg(error.offset)
                                        .arg(body.size()));
    }
    if (!document.isObject())
        return ApiError::parseError(
            QCoreApplication::translate("Json", "The server sent JSON that is not an object."));
    return document.object();
}

QString StringPool::intern(const QString &text)
{
    if (text.isEmpty())
        return {};
    const auto known = m_strings.constFind(text);
    if (known != m_strings.constEnd())
        return *known;
    m_strings.insert(text);
    return text;
}

QString string(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

std::optional<double> toNumber(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return std::isfinite(number) ? std::optional<double>(number) : std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(number))
            return number;
    }
    return std::nullopt;
}

std::optional<double> number(const QJsonObject &object, QStringView key)
{
    return toNumber(object.value(key));
}

std::optional<qint64> integer(const QJsonObject &object, QStringView key)
{
    const auto value = number(object, key);
    if (!value)
        return std::nullopt;
    return qint64(std::llround(*value));
}

std::optional<bool> boolean(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isBool())
        return value.toBool();
    return std::nullopt;
}

namespace {

// The form every server here writes, "2026-03-02T09:20:11.402113Z" (a fraction of any length, "Z"
// or an offset such as "+02:00", "+0200" or "+02"), read without building strings: two per
// workload, 200,000 in a list of 100,000. Anything else is left to the general reader.
std::optional<QDateTime> parseCommonDateTime(QStringView text)
{
    const auto digits = [&text](qsizetype at, qsizetype count) -> int {
        int value = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            const char16_t c = text.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    if (text.size() < 19 || text.at(4) != u'-' || text.at(7) != u'-' ||
        (text.at(10) != u'T' && text.at(10) != u' ') || text.at(13) != u':' || text.at(16) != u':')
        return std::nullopt;
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    const int hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return std::nullopt;
    qsizetype at = 19;
    int millisecond = 0;
    if (at < text.size() && text.at(at) == u'.') {
        const qsizetype start = ++at;
        while (at < text.size() && text.at(at) >= u'0' && text.at(at) <= u'9')
            ++at;
        if (at == start)
            return std::nullopt;
        for (qsizetype i = start; i < start + 3; ++i) // milliseconds: the first three digits
            millisecond = millisecond * 10 + (i < at ? text.at(i).unicode() - u'0' : 0);
    }
    int offsetMinutes = 0;
    const qsizetype rest = text.size() - at;
    if (rest == 1 && (text.at(at) == u'Z' || text.at(at) == u'z')) {
        // UTC
    } else if (rest == 3 || rest == 5 || (rest == 6 && text.at(at + 3) == u':')) {
        const QChar sign = text.at(at);
        const int hours = digits(at + 1, 2);
        const int minutes = rest == 3 ? 0 : digits(at + (rest == 6 ? 4 : 3), 2);
        if ((sign != u'+' && sign != u'-') || hours < 0 || minutes < 0 || hours > 23 || minutes > 59)
            return std::nullopt;
        offsetMinutes = (sign == u'-' ? -1 : 1) * (hours * 60 + minutes);
    } else if (rest != 0) { // naive: the APIs mean UTC
        return std::nullopt;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millisecond);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    static const qint64 epochDay = QDate(1970, 1, 1).toJulianDay();
    const qint64 msecs = (date.toJulianDay() - epochDay) * 86400000 + time.msecsSinceStartOfDay() -
                         qint64(offsetMinutes) * 60000;
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

} // namespace

QDateTime parseDateTime(const QString &input)
{
    if (const std::optional<QDateTime> common = parseCommonDateTime(QStringView(input).trimmed()))
        return *common;
    QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    if (text.size() > 10 && text.at(10) == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    // Split off the zone designator so the fraction can be normalised to milliseconds.
    QString zone;
    if (text.endsWith(QLatin1Char('Z')) || text.endsWith(QLatin1Char('z'))) {
        zone = QStringLiteral("Z");
        text.chop(1);
    } else if (text.size() > 19) {
        const qsizetype sign = qMax(text.lastIndexOf(QLatin1Char('+')), text.lastIndexOf(QLatin1Char('-')));
        if (sign > 18) {
            zone = text.mid(sign);
            text.truncate(sign);
        }
    }
    if (const qsizetype dot = text.indexOf(QLatin1Char('.')); dot > 0) {
        QString fraction = text.mid(dot + 1);
        fraction = fraction.left(3).leftJustified(3, QLatin1Char('0'));
        text = text.left(dot + 1) + fraction;
    }
    if (zone.isEmpty())
        zone = QStringLiteral("Z"); // naive: the APIs mean UTC
    const QDateTime result = QDateTime::fromString(text + zone, Qt::ISODateWithMs);
    if (!result.isValid())
        return {};
    return result.toUTC();
}

QDateTime dateTime(const QJsonObject &object, QStringView key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? parseDateTime(value.toString()) : QDateTime();
}

} // namespace Workdeck::Json
