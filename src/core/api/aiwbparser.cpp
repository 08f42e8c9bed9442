// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aiwbparser.h"

#include "jsonsupport.h"
#include "logging.h"

#include <QCoreApplication>

namespace Workdeck::AiwbParser {

namespace {

Result<QJsonArray> dataArray(const QByteArray &body)
{
    auto object = Json::parseObject(body);
    if (!object)
        return object.error();
    const QJsonValue data = object.value().value(u"data");
    if (!data.isArray())
        return ApiError::parseError(
            QCoreApplication::translate("AiwbParser", "The answer has no “data” list."));
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

Workload workloadFromJson(const QJsonObject &object)
{
    Json::StringPool strings;
    return workloadFromJson(object, strings);
}

Workload workloadFromJson(const QJsonObject &object, Json::StringPool &strings)
{
    Workload workload;
    workload.id = Json::string(object, u"id").toLower();
    workload.name = Json::string(object, u"name");
    workload.displayName = strings.string(object, u"display_name");
    workload.rawType = strings.string(object, u"type");
    workload.type = workloadTypeFromString(ApiDialect::Aiwb, workload.rawType);
    workload.rawStatus = strings.string(object, u"status");
    workload.status = workloadStatusFromString(ApiDialect::Aiwb, workload.rawStatus);
    workload.namespaceName = strings.string(object, u"namespace");
    workload.projectId = workload.namespaceName;
    workload.projectName = workload.namespaceName;
    workload.createdBy = strings.string(object, u"created_by");
    workload.updatedBy = strings.string(object, u"updated_by");
    workload.createdAt = Json::dateTime(object, u"created_at");
    workload.updatedAt = Json::dateTime(object, u"updated_at");
    workload.chartId = strings.string(object, u"chart_id");
    workload.modelId = strings.string(object, u"model_id");
    workload.datasetId = strings.string(object, u"dataset_id");

    const QJsonObject endpoints = object.value(u"endpoints").toObject();
    const QString external = Json::string(endpoints, u"external");
    const QString internal = Json::string(endpoints, u"internal");
    if (!external.isEmpty()) {
        workload.connections.append({WorkloadConnection::Kind::External,
                                     strings.intern(QCoreApplication::translate("AiwbParser", "External")),
                                     {},
                                     QUrl(external, QUrl::StrictMode)});
    }
    if (!internal.isEmpty()) {
        workload.connections.append(
            {WorkloadConnection::Kind::Internal,
             strings.intern(QCoreApplication::translate("AiwbParser", "Cluster-internal")),
             {},
             QUrl(internal, QUrl::StrictMode)});
    }
    // AIWB deletes every workload type; it has no stop or run.
    if (workload.status != WorkloadStatus::Deleted && workload.status != WorkloadStatus::Deleting)
        workload.supportedActions = WorkloadAction::Delete;
    return workload;
}

Result<QList<Workload>> parseWorkloadList(const QByteArray &body)
{
    auto data = dataArray(body);
    if (!data)
        return data.error();
    QList<Workload> workloads;
    workloads.reserve(data.value().size());
    int skipped = 0;
    Json::StringPool strings;
    for (const QJsonValue &value : data.value()) {
        Workload workload = workloadFromJson(value.toObject(), strings);
        if (workload.id.isEmpty()) {
            ++skipped;
            continue;
        }
        workloads.append(std::move(workload));
    }
    if (skipped > 0)
        qCWarning(lcBackend) << "skipped" << skipped << "workload entries without an id";
    return workloads;
}

Result<Workload> parseWorkload(const QByteArray &body)
{
    auto object = Json::parseObject(body);
    if (!object)
        return object.error();
    Workload workload = workloadFromJson(object.value());
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

Result<NamespaceMetricsPage> parseNamespaceMetrics(const QByteArray &body)
{
    auto object = Json::parseObject(body);
    if (!object)
        return object.error();
    const QJsonValue data = object.value().value(u"data");
    if (!data.isArray())
        return ApiError::parseError(
            QCoreApplication::translate("AiwbParser", "The answer has no “data” list."));
    NamespaceMetricsPage page;
    page.page = int(Json::integer(object.value(), u"page").value_or(1));
    page.totalPages = int(Json::integer(object.value(), u"totalPages").value_or(1));
    for (const QJsonValue &value : data.toArray()) {
        const QJsonObject item = value.toObject();
        const QString id = Json::string(item, u"id").toLower();
        if (!id.isEmpty())
            page.usageById.insert(id, {Json::number(item, u"gpuCount"), Json::number(item, u"vram")});
    }
    return page;
}

} // namespace Workdeck::AiwbParser
