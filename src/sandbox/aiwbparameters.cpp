// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aiwbparameters.h"

namespace Workdeck::Sandbox {

namespace {

QJsonArray queryLocation(const QString &name)
{
    return QJsonArray{QStringLiteral("query"), name};
}

void dateTimeError(ValidationErrors &errors, const QJsonArray &location, const ParsedTime &parsed,
                   const QString &input)
{
    errors.add(QStringLiteral("datetime_from_date_parsing"), location,
               QStringLiteral("Input should be a valid datetime or date, %1").arg(parsed.error), input,
               QJsonObject{{QStringLiteral("error"), parsed.error}});
}

// The uuid crate's words for why a text is not a UUID (pydantic passes them on).
QString uuidProblem(const QString &text)
{
    QList<int> groupLengths{0};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'-') {
            groupLengths.append(0);
            continue;
        }
        const bool hex = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hex)
            return QStringLiteral("invalid character: expected an optional prefix of `urn:uuid:` followed by "
                                  "[0-9a-fA-F-], found `%1` at %2")
                .arg(c)
                .arg(i + 1);
        ++groupLengths.last();
    }
    if (groupLengths.size() == 1)
        return text.size() == 32
                   ? QString()
                   : QStringLiteral("invalid length: expected length 32 for simple format, found %1")
                         .arg(text.size());
    if (groupLengths.size() != 5)
        return QStringLiteral("invalid group count: expected 5, found %1").arg(groupLengths.size());
    static const int expected[] = {8, 4, 4, 4, 12};
    for (int g = 0; g < 5; ++g) {
        if (groupLengths.at(g) != expected[g])
            return QStringLiteral("invalid group length in group %1: expected %2, found %3")
                .arg(g)
                .arg(expected[g])
                .arg(groupLengths.at(g));
    }
    return {};
}

} // namespace

std::optional<SentTime> readAwareTime(const QueryItems &query, const QString &name, bool required,
                                      ValidationErrors &errors)
{
    if (!query.contains(name)) {
        if (required)
            errors.missing(queryLocation(name));
        return std::nullopt;
    }
    const QString text = query.value(name);
    const ParsedTime parsed = parseDateTime(text);
    if (!parsed.time) {
        dateTimeError(errors, queryLocation(name), parsed, text);
        return std::nullopt;
    }
    if (parsed.naive) {
        errors.add(QStringLiteral("timezone_aware"), queryLocation(name),
                   QStringLiteral("Input should have timezone info"), text);
        return std::nullopt;
    }
    return parsed.time;
}

std::optional<ParsedTime> readAnyTime(const QueryItems &query, const QString &name, ValidationErrors &errors)
{
    if (!query.contains(name))
        return std::nullopt;
    const QString text = query.value(name);
    const ParsedTime parsed = parseDateTime(text);
    if (!parsed.time) {
        dateTimeError(errors, queryLocation(name), parsed, text);
        return std::nullopt;
    }
    return parsed;
}

std::optional<int> readInt(const QueryItems &query, const QString &name, int defaultValue,
                           std::optional<int> minimum, std::optional<int> maximum, ValidationErrors &errors)
{
    if (!query.contains(name))
        return defaultValue;
    const QString text = query.value(name);
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok) {
        errors.add(QStringLiteral("int_parsing"), queryLocation(name),
                   QStringLiteral("Input should be a valid integer, unable to parse string as an integer"),
                   text);
        return std::nullopt;
    }
    if (minimum && value < *minimum) {
        errors.add(QStringLiteral("greater_than_equal"), queryLocation(name),
                   QStringLiteral("Input should be greater than or equal to %1").arg(*minimum), text,
                   QJsonObject{{QStringLiteral("ge"), *minimum}});
        return std::nullopt;
    }
    if (maximum && value > *maximum) {
        errors.add(QStringLiteral("less_than_equal"), queryLocation(name),
                   QStringLiteral("Input should be less than or equal to %1").arg(*maximum), text,
                   QJsonObject{{QStringLiteral("le"), *maximum}});
        return std::nullopt;
    }
    return value;
}

QString readEnum(const QueryItems &query, const QString &name, const QStringList &allowed,
                 const QString &defaultValue, ValidationErrors &errors)
{
    if (!query.contains(name))
        return defaultValue;
    const QString value = query.value(name);
    if (allowed.contains(value))
        return value;
    errors.enumValue(queryLocation(name), allowed, value);
    return {};
}

QStringList readEnumList(const QueryItems &query, const QString &name, const QStringList &allowed,
                         ValidationErrors &errors)
{
    const QStringList values = query.values(name);
    for (int i = 0; i < values.size(); ++i) {
        if (!allowed.contains(values.at(i)))
            errors.enumValue(QJsonArray{QStringLiteral("query"), name, i}, allowed, values.at(i));
    }
    return values;
}

QString readUuid(const QString &text, const QString &name, ValidationErrors &errors)
{
    const QString problem = uuidProblem(text);
    if (!problem.isEmpty()) {
        errors.add(QStringLiteral("uuid_parsing"), QJsonArray{QStringLiteral("path"), name},
                   QStringLiteral("Input should be a valid UUID, %1").arg(problem), text,
                   QJsonObject{{QStringLiteral("error"), problem}});
        return {};
    }
    QString hex = text.toLower();
    hex.remove(QLatin1Char('-'));
    return hex.left(8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) +
           QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20);
}

bool readPathEnum(const QString &text, const QString &name, const QStringList &allowed,
                  ValidationErrors &errors)
{
    if (allowed.contains(text))
        return true;
    errors.enumValue(QJsonArray{QStringLiteral("path"), name}, allowed, text);
    return false;
}

QStringList workloadStatuses()
{
    return {QStringLiteral("Pending"), QStringLiteral("Running"),  QStringLiteral("Complete"),
            QStringLiteral("Failed"),  QStringLiteral("Deleting"), QStringLiteral("Deleted"),
            QStringLiteral("Unknown")};
}

QStringList workloadTypes()
{
    return {QStringLiteral("INFERENCE"), QStringLiteral("FINE_TUNING"), QStringLiteral("WORKSPACE")};
}

QStringList logLevels()
{
    return {QStringLiteral("trace"),   QStringLiteral("debug"),   QStringLiteral("info"),
            QStringLiteral("unknown"), QStringLiteral("warning"), QStringLiteral("error"),
            QStringLiteral("critical")};
}

} // namespace Workdeck::Sandbox
