// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Workdeck::Sandbox {

void appendJsonString(QByteArray &out, QStringView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x80) {
            // A run of non-ASCII text as UTF-8 (whose bytes never need escaping); surrogate pairs
            // stay within the run.
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end).unicode() >= 0x80)
                ++end;
            out += text.sliced(i, end - i).toUtf8();
            i = end - 1;
            continue;
        }
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += char(c);
            }
        }
    }
    out += '"';
}

namespace {

// Field order of the AIWB response models. One list serves all of them because no two models
// order a shared pair of keys differently.
const QHash<QString, int> &keyRanks()
{
    static const QHash<QString, int> ranks = [] {
        static const char *const order[] = {"id",
                                            "created_at",
                                            "updated_at",
                                            "created_by",
                                            "updated_by",
                                            "name",
                                            "display_name",
                                            "displayName",
                                            "type",
                                            "loc",
                                            "msg",
                                            "input",
                                            "ctx",
                                            "status",
                                            "resourceType",
                                            "gpuCount",
                                            "vram",
                                            "createdAt",
                                            "createdBy",
                                            "namespace",
                                            "chart_id",
                                            "model_id",
                                            "dataset_id",
                                            "endpoints",
                                            "internal",
                                            "external",
                                            "metadata",
                                            "label",
                                            "values",
                                            "value",
                                            "timestamp",
                                            "level",
                                            "message",
                                            "data",
                                            "pagination",
                                            "has_more",
                                            "page_token",
                                            "total_returned",
                                            "range",
                                            "start",
                                            "end",
                                            "interval_seconds",
                                            "timestamps",
                                            "total",
                                            "statusCounts",
                                            "count",
                                            "page",
                                            "pageSize",
                                            "totalPages",
                                            "available_resources",
                                            "cpu_milli_cores",
                                            "memory_bytes",
                                            "ephemeral_storage_bytes",
                                            "gpu_count",
                                            "total_node_count",
                                            "detail",
                                            "additional_info",
                                            "error"};
        QHash<QString, int> result;
        int rank = 0;
        for (const char *key : order)
            result.insert(QString::fromLatin1(key), rank++);
        return result;
    }();
    return ranks;
}

bool isFloatField(const QString &key)
{
    return key == u"value" || key == u"vram" || key == u"data";
}

void writeNumber(QByteArray &out, double number, bool asFloat)
{
    if (!std::isfinite(number)) {
        out += "null";
        return;
    }
    if (std::floor(number) == number && std::abs(number) < 1e16) {
        out += QByteArray::number(qint64(number));
        if (asFloat)
            out += ".0";
        return;
    }
    out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
}

void write(QByteArray &out, const QJsonValue &value, bool asFloat)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        writeNumber(out, value.toDouble(), asFloat);
        break;
    case QJsonValue::String:
        appendJsonString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i)
                out += ',';
            write(out, array.at(i), false);
        }
        out += ']';
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        const QHash<QString, int> &ranks = keyRanks();
        std::stable_sort(keys.begin(), keys.end(), [&ranks](const QString &a, const QString &b) {
            return ranks.value(a, 1000) < ranks.value(b, 1000);
        });
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i)
                out += ',';
            appendJsonString(out, keys.at(i));
            out += ':';
            write(out, object.value(keys.at(i)), isFloatField(keys.at(i)));
        }
        out += '}';
        break;
    }
    }
}

} // namespace

QByteArray writeJson(const QJsonValue &value)
{
    QByteArray out;
    write(out, value, false);
    return out;
}

} // namespace Workdeck::Sandbox
