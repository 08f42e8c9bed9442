// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aiwbparser.h"

#include "heaptuning.h"
#include "jsonreader.h"
#include "jsonsupport.h"
#include "logging.h"

#include <QCoreApplication>

namespace Workdeck::AiwbParser {

namespace {

ApiError noDataList()
{
    return ApiError::parseError(QCoreApplication::translate("AiwbParser", "The answer has no “data” list."));
}

Result<QJsonArray> dataArray(const QByteArray &body)
{
    auto object = Json::parseObject(body);
    if (!object)
        return object.error();
    const QJsonValue data = object.value().value(u"data");
    if (!data.isArray())
        return noDataList();
    return data.toArray();
}

} // namespace

Result<QList<Project>> parseNamespaces(const QByteArray &body)
{
    auto data = dataArray(body);
    if (!data)
        return data.error();
    QList<Project> projects;
    for (const QJsonValue &value : data.value()) {
        if (!value.isString() || value.toString().isEmpty())
            continue;
        Project project;
        project.id = value.toString();
        project.name = project.id;
        projects.append(project);
    }
    return projects;
}

namespace {

// The fields that are text as they come; shared: values that repeat across workloads.
struct TextField
{
    std::string_view key;
    QString Workload::*member;
    bool shared;
};
constexpr TextField textFields[] = {
    {"name", &Workload::name, false},
    {"display_name", &Workload::displayName, true},
    {"type", &Workload::rawType, true},
    {"status", &Workload::rawStatus, true},
    {"namespace", &Workload::namespaceName, true},
    {"created_by", &Workload::createdBy, true},
    {"updated_by", &Workload::updatedBy, true},
    {"chart_id", &Workload::chartId, true},
    {"model_id", &Workload::modelId, true},
    {"dataset_id", &Workload::datasetId, true},
};

// What the workloads of one answer share.
struct Shared
{
    Json::Utf8Pool strings;
    const QString external = QCoreApplication::translate("AiwbParser", "External");
    const QString internal = QCoreApplication::translate("AiwbParser", "Cluster-internal");
};

// What follows from the fields as read: the type and status, the project, the actions.
void completeWorkload(Workload &workload)
{
    workload.type = workloadTypeFromString(ApiDialect::Aiwb, workload.rawType);
    workload.status = workloadStatusFromString(ApiDialect::Aiwb, workload.rawStatus);
    workload.projectId = workload.namespaceName;
    workload.projectName = workload.namespaceName;
    // AIWB deletes every workload type; it has no stop or run.
    if (workload.status != WorkloadStatus::Deleted && workload.status != WorkloadStatus::Deleting)
        workload.supportedActions = WorkloadAction::Delete;
}

Workload workloadFrom(Json::Object object, Shared &shared)
{
    Json::Utf8Pool &strings = shared.strings;
    Workload workload;
    QString external;
    QString internal;
    Json::forEachField(object, [&](std::string_view key, Json::Value value) {
        for (const TextField &field : textFields) {
            if (key == field.key) {
                workload.*field.member = field.shared ? Json::text(value, strings) : Json::text(value);
                return;
            }
        }
        if (key == "id")
            workload.id = Json::text(value).toLower();
        else if (key == "created_at")
            workload.createdAt = Json::dateTime(value);
        else if (key == "updated_at")
            workload.updatedAt = Json::dateTime(value);
        else if (key == "endpoints") {
            external.clear();
            internal.clear();
            Json::forEachField(value, [&](std::string_view endpoint, Json::Value url) {
                if (endpoint == "external")
                    external = Json::text(url);
                else if (endpoint == "internal")
                    internal = Json::text(url);
            });
        }
    });
    if (!external.isEmpty()) {
        workload.connections.append({WorkloadConnection::Kind::External, shared.external, {}, external});
    }
    if (!internal.isEmpty()) {
        workload.connections.append({WorkloadConnection::Kind::Internal, shared.internal, {}, internal});
    }
    completeWorkload(workload);
    return workload;
}

} // namespace

// With simdjson (jsonreader.h): the list of 10,000 workloads is 6 MB, 60 MB for 100,000.
Result<QList<Workload>> parseWorkloadList(const QByteArray &body)
{
    QList<Workload> workloads;
    int skipped = 0;
    Shared shared;
    const std::optional<ApiError> error = Json::readList(
        body, "data",
        [&](qsizetype size) {
            workloads.reserve(workloads.size() + size);
            adviseHugePages(workloads.data(), workloads.capacity() * qsizetype(sizeof(Workload)));
        },
        [&](Json::Value value) {
            Workload workload;
            if (simdjson::ondemand::json_type(value.type()) == simdjson::ondemand::json_type::object)
                workload = workloadFrom(value.get_object(), shared);
            if (workload.id.isEmpty()) {
                ++skipped;
                return;
            }
            workloads.append(std::move(workload));
        },
        noDataList());
    if (error)
        return *error;
    if (skipped > 0)
        qCWarning(lcBackend) << "skipped" << skipped << "workload entries without an id";
    return workloads;
}

Result<Workload> parseWorkload(const QByteArray &body)
{
    Workload workload;
    Shared shared;
    const std::optional<ApiError> error =
        Json::readObject(body, [&](Json::Object object) { workload = workloadFrom(object, shared); });
    if (error)
        return *error;
    if (workload.id.isEmpty())
        return ApiError::parseError(
            QCoreApplication::translate("AiwbParser", "The workload in the answer has no id."));
    return workload;
}

LogEntry logEntryFromJson(const QJsonObject &object)
{
    LogEntry entry;
    entry.rawTimestamp = Json::string(object, u"timestamp");
    entry.timestamp = Json::parseDateTime(entry.rawTimestamp);
    entry.level = logLevelFromString(Json::string(object, u"level"));
    entry.message = Json::string(object, u"message");
    return entry;
}

Result<LogPage> parseLogPage(const QByteArray &body)
{
    auto object = Json::parseObject(body);
    if (!object)
        return object.error();
    const QJsonValue data = object.value().value(u"data");
    if (!data.isArray())
        return ApiError::parseError(
            QCoreApplication::translate("AiwbParser", "The answer has no “data” list."));
    LogPage page;
    for (const QJsonValue &value : data.toArray()) {
        if (value.isObject())
            page.entries.append(logEntryFromJson(value.toObject()));
    }
    const QJsonObject pagination = object.value().value(u"pagination").toObject();
    page.hasMore = Json::boolean(pagination, u"has_more").value_or(false);
    page.pageToken = Json::string(pagination, u"page_token");
    if (page.pageToken.isEmpty())
        page.hasMore = false; // without a token there is no way to ask for more
    return page;
}

Result<MetricResult> parseMetric(const QString &metric, const QByteArray &body)
{
    auto object = Json::parseObject(body);
    if (!object)
        return object.error();
    MetricResult result;
    result.name = metric;
    const QJsonObject range = object.value().value(u"range").toObject();
    result.rangeStart = Json::dateTime(range, u"start");
    result.rangeEnd = Json::dateTime(range, u"end");
    result.intervalSeconds = int(Json::integer(range, u"interval_seconds").value_or(0));

    const QJsonValue data = object.value().value(u"data");
    if (data.isArray()) {
        for (const QJsonValue &seriesValue : data.toArray()) {
            const QJsonObject seriesObject = seriesValue.toObject();
            MetricSeries series;
            series.label = Json::string(seriesObject.value(u"metadata").toObject(), u"label");
            for (const QJsonValue &pointValue : seriesObject.value(u"values").toArray()) {
                const QJsonObject point = pointValue.toObject();
                series.points.append(
                    {Json::dateTime(point, u"timestamp"), Json::toNumber(point.value(u"value"))});
            }
            result.series.append(std::move(series));
        }
    } else if (data.isDouble() || data.isNull()) {
        result.scalar = Json::toNumber(data);
    } else {
        return ApiError::parseError(
            QCoreApplication::translate("AiwbParser",
                                        "The metric \u201c%1\u201d has an unreadable “data” field.")
                .arg(metric));
    }
    return result;
}

namespace {

// An answer of the paged table: an object with a "data" list.
Result<QJsonObject> tableAnswer(const QByteArray &body)
{
    auto object = Json::parseObject(body);
    if (object && !object.value().value(u"data").isArray())
        return noDataList();
    return object;
}

} // namespace

Result<NamespaceMetricsPage> parseNamespaceMetrics(const QByteArray &body)
{
    const auto answer = tableAnswer(body);
    if (!answer)
        return answer.error();
    NamespaceMetricsPage page;
    page.page = int(Json::integer(answer.value(), u"page").value_or(1));
    page.totalPages = int(Json::integer(answer.value(), u"totalPages").value_or(1));
    for (const QJsonValue &value : answer.value().value(u"data").toArray()) {
        const QJsonObject item = value.toObject();
        const QString id = Json::string(item, u"id").toLower();
        if (!id.isEmpty())
            page.usageById.insert(id, {Json::number(item, u"gpuCount"), Json::number(item, u"vram")});
    }
    return page;
}

Result<WorkloadPage> parseWorkloadTable(const QByteArray &body, const QString &namespaceName)
{
    const auto answer = tableAnswer(body);
    if (!answer)
        return answer.error();
    const QJsonArray rows = answer.value().value(u"data").toArray();
    WorkloadPage page;
    page.workloads.reserve(rows.size());
    int services = 0;
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        if (Json::string(row, u"resourceType") == u"AIMService") {
            ++services;
            continue;
        }
        Workload workload;
        workload.id = Json::string(row, u"id").toLower();
        if (workload.id.isEmpty())
            continue;
        workload.name = Json::string(row, u"name");
        workload.displayName = Json::string(row, u"displayName");
        workload.rawType = Json::string(row, u"type");
        workload.rawStatus = Json::string(row, u"status");
        workload.createdAt = Json::dateTime(row, u"createdAt");
        workload.createdBy = Json::string(row, u"createdBy");
        workload.gpusAllocated = Json::number(row, u"gpuCount");
        workload.vramMegabytes = Json::number(row, u"vram");
        workload.namespaceName = namespaceName;
        workload.summaryOnly = true;
        completeWorkload(workload);
        page.workloads.append(std::move(workload));
    }
    // The total counts the AIM services too: those of this page are taken off (all of them, when
    // the page is the whole table).
    page.total =
        qMax(int(Json::integer(answer.value(), u"total").value_or(0)) - services, int(page.workloads.size()));
    return page;
}

} // namespace Workdeck::AiwbParser
