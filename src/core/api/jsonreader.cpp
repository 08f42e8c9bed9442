// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include "apiclient.h"
#include "jsonsupport.h"

#include <QCoreApplication>

#include <algorithm>

namespace Workdeck::Json {

static_assert(simdjson::SIMDJSON_PADDING <= bodyPaddingBytes,
              "the API client leaves room for the parser to read past a body's end");

namespace {

QString fromUtf8(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// Why simdjson could not read body, in the words Json::parseObject has for it. Both read JSON as
// RFC 8259 has it; should the Qt parser take a body simdjson does not, simdjson's words are given.
ApiError unreadable(const QByteArray &body, simdjson::error_code code)
{
    Result<QJsonObject> qtRead = parseObject(body);
    if (!qtRead)
        return qtRead.error();
    return ApiError::parseError(
        QCoreApplication::translate("Json", "The server sent JSON that could not be read (%1).")
            .arg(QString::fromLatin1(simdjson::error_message(code))));
}

} // namespace

QString Utf8Pool::intern(std::string_view utf8)
{
    if (utf8.empty())
        return {};
    const auto known = m_strings.find(utf8);
    if (known != m_strings.end())
        return known->second;
    return m_strings.emplace(utf8, fromUtf8(utf8)).first->second;
}

namespace {

// A string's text: where it has no escapes, straight from the body, as simdjson saw it between its
// quotes; otherwise unescaped into the parser's buffer. (That buffer, written for every string,
// was 1,300 fresh pages for the list of 10,000 AIWB workloads.) Control characters go to
// get_string(), which refuses them.
std::string_view stringOf(Value value)
{
    std::string_view token = value.raw_json_token(); // a peek: the value is skipped unread
    while (!token.empty() &&
           (token.back() == ' ' || token.back() == '\t' || token.back() == '\n' || token.back() == '\r'))
        token.remove_suffix(1);
    if (token.size() >= 2 && token.front() == '"' && token.back() == '"') {
        const std::string_view text = token.substr(1, token.size() - 2);
        if (std::none_of(text.begin(), text.end(), [](char c) { return c == '\\' || uchar(c) < 0x20; }))
            return text;
    }
    return value.get_string();
}

// A value read that is not of the type wanted must still be one: "nul" is not taken for null.
void checkLiteral(Value value, simdjson::ondemand::json_type type)
{
    switch (type) {
    case simdjson::ondemand::json_type::null:
        if (!bool(value.is_null()))
            throw simdjson::simdjson_error(simdjson::N_ATOM_ERROR);
        break;
    case simdjson::ondemand::json_type::boolean:
        (void)bool(value.get_bool());
        break;
    case simdjson::ondemand::json_type::number:
        (void)double(value.get_double()); // as the Qt reader, refuses 1e400
        break;
    default: // an object or array is skipped by its brackets
        break;
    }
}

// The string a value holds, or a number written out, as Json::string does; nothing otherwise.
template<typename FromUtf8> QString textOf(Value value, FromUtf8 convert)
{
    const auto type = simdjson::ondemand::json_type(value.type());
    if (type == simdjson::ondemand::json_type::string)
        return convert(stringOf(value));
    if (type == simdjson::ondemand::json_type::number)
        return QString::number(double(value.get_double()), 'g', 15);
    checkLiteral(value, type);
    return {};
}

} // namespace

QString text(Value value)
{
    return textOf(value, fromUtf8);
}

QString text(Value value, Utf8Pool &pool)
{
    return textOf(value, [&pool](std::string_view utf8) { return pool.intern(utf8); });
}

QDateTime dateTime(Value value)
{
    const auto type = simdjson::ondemand::json_type(value.type());
    if (type == simdjson::ondemand::json_type::string)
        return parseDateTime(fromUtf8(stringOf(value)));
    checkLiteral(value, type);
    return {};
}

void forEachField(Object object, const std::function<void(std::string_view, Value)> &read)
{
    for (simdjson::ondemand::field field : object) {
        const std::string_view key = field.unescaped_key();
        read(key, field.value());
    }
}

void forEachField(Value value, const std::function<void(std::string_view, Value)> &read)
{
    if (simdjson::ondemand::json_type(value.type()) == simdjson::ondemand::json_type::object)
        forEachField(value.get_object().value(), read);
}

std::optional<ApiError> readObject(const QByteArray &body, const std::function<void(Object)> &read)
{
    // The API client leaves room after a body (bodyPaddingBytes); a body from elsewhere is copied.
    simdjson::padded_string copy;
    simdjson::padded_string_view view;
    // (data_ptr() is not const in Qt 6.4; it is only read here.)
    const qsizetype room = const_cast<QByteArray &>(body).data_ptr().freeSpaceAtEnd();
    // A UTF-8 byte order mark, which the Qt reader passes over, is passed over.
    const qsizetype start = body.startsWith("\xef\xbb\xbf") ? 3 : 0;
    const char *data = body.constData() + start;
    const size_t size = size_t(body.size() - start);
    if (room >= qsizetype(simdjson::SIMDJSON_PADDING)) {
        view = simdjson::padded_string_view(data, size, size + size_t(room));
    } else {
        copy = simdjson::padded_string(data, size);
        view = copy;
    }
    simdjson::ondemand::parser parser;
    try {
        simdjson::ondemand::document document = parser.iterate(view);
        if (simdjson::ondemand::json_type(document.type()) != simdjson::ondemand::json_type::object)
            return unreadable(body, simdjson::INCORRECT_TYPE);
        read(document.get_object());
        const char *after = nullptr; // the end of the document has no location
        if (document.current_location().get(after) == simdjson::SUCCESS)
            return unreadable(body, simdjson::TRAILING_CONTENT);
    } catch (const simdjson::simdjson_error &error) {
        return unreadable(body, error.error());
    }
    return std::nullopt;
}

std::optional<ApiError> readList(const QByteArray &body, std::string_view listKey,
                                 const std::function<void(qsizetype)> &sized,
                                 const std::function<void(Value)> &element, const ApiError &noList)
{
    bool found = false;
    const std::optional<ApiError> error = readObject(body, [&](Object object) {
        forEachField(object, [&](std::string_view key, Value value) {
            if (key != listKey ||
                simdjson::ondemand::json_type(value.type()) != simdjson::ondemand::json_type::array)
                return;
            found = true;
            simdjson::ondemand::array array = value.get_array();
            sized(qsizetype(array.count_elements().value())); // and back to its start
            for (Value item : array)
                element(item);
        });
    });
    if (error)
        return error;
    if (!found)
        return noList;
    return std::nullopt;
}

} // namespace Workdeck::Json
