// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <simdjson.h>

#include <functional>
#include <optional>
#include <string_view>
#include <unordered_map>

// Reading large answers (the workload lists) with simdjson's On-Demand parser, straight into our
// types: no QJsonDocument in between. A 6 MB list of 10,000 AIWB workloads took about 235 ms in a
// fresh process through QJsonDocument (136 ms for the document alone); see the README's
// Performance section for what it takes now. As lenient as jsonsupport.h on fields (a missing,
// null or wrongly typed field is an empty value), and as strict on the document: a body that is
// not JSON, is cut short, or has something after its end is an error, with the message
// Json::parseObject gives for it. Unlike QJsonDocument, values a reader does not look at are
// skipped by their brackets, not checked, and control characters in strings must be escaped (as
// RFC 8259 has it; QJsonDocument takes them raw).
//
// Readers iterate an object's fields once, in the order they come, and pick what they need by
// key: a key that comes twice counts with its last value, as in a QJsonObject (but see readList).
namespace Workdeck::Json {

using Value = simdjson::ondemand::value;
using Object = simdjson::ondemand::object;

// Equal strings of one answer as one shared QString (see StringPool), looked up by their UTF-8
// bytes so that a repeated value is not converted again. Lives no longer than the parse whose
// strings it holds: it keeps views of the body and of the parser's buffer.
class Utf8Pool
{
public:
    QString intern(std::string_view utf8);

private:
    std::unordered_map<std::string_view, QString> m_strings;
};

// A string, or a number written as Json::string writes it; empty for anything else.
QString text(Value value);
QString text(Value value, Utf8Pool &pool);
// A string read as Json::parseDateTime reads it; invalid for anything else.
QDateTime dateTime(Value value);
// Calls read(key, value) for each field of value if it is an object; nothing otherwise.
void forEachField(Value value, const std::function<void(std::string_view, Value)> &read);
void forEachField(Object object, const std::function<void(std::string_view, Value)> &read);

// Reads body, which must be one JSON object: tells sized how many elements its array listKey has,
// then hands each to element (of any type: the reader decides what to skip). An error if body is
// not JSON or not an object (the messages of Json::parseObject), or if the array is absent
// (noList). Should the key come twice, each of its arrays is read.
std::optional<ApiError> readList(const QByteArray &body, std::string_view listKey,
                                 const std::function<void(qsizetype)> &sized,
                                 const std::function<void(Value)> &element, const ApiError &noList);
// Reads body, which must be one JSON object, handing it to read, which must read every field.
std::optional<ApiError> readObject(const QByteArray &body, const std::function<void(Object)> &read);

} // namespace Workdeck::Json
