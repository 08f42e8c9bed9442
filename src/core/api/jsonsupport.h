// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <optional>

// Lenient readers for JSON from servers: a missing or null field, or one of the wrong type, gives
// an empty value instead of a failure; only a body that is not JSON at all is an error.
namespace Workdeck::Json {

Result<QJsonObject> parseObject(const QByteArray &body);

QString string(const QJsonObject &object, QStringView key);
std::optional<double> number(const QJsonObject &object, QStringView key); // also numeric strings
std::optional<qint64> integer(const QJsonObject &object, QStringView key);
std::optional<bool> boolean(const QJsonObject &object, QStringView key);
// ISO 8601 with Z, an offset, or none (taken as UTC); with 'T' or a space between date and time;
// fractions of any length. Invalid QDateTime when absent or unreadable.
QDateTime dateTime(const QJsonObject &object, QStringView key);
QDateTime parseDateTime(const QString &text);
// Accepts a number or a numeric string ("4.2e10"), as Run:ai sends metric values.
std::optional<double> toNumber(const QJsonValue &value);

// Equal strings read from one answer, shared instead of allocated once per element: statuses,
// types, users, namespaces and the ids of charts and models repeat across thousands of workloads
// (10,000 AIWB workloads hold about 5 MB less, and their parse leaves fewer holes in the heap).
class StringPool
{
public:
    QString intern(const QString &text);
    QString string(const QJsonObject &object, QStringView key) { return intern(Json::string(object, key)); }

private:
    QSet<QString> m_strings;
};

} // namespace Workdeck::Json
