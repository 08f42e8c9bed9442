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

QDateTime parseDateTime(const QString &input)
{
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
