// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runaiparser.h"

#include "jsonsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

namespace Workdeck::RunAiParser {

namespace {

ApiError shapeError(const char *what)
{
    return ApiError::parseError(
        QCoreApplication::translate("RunAiParser", "The Run:ai answer has no “%1” list.")
            .arg(QLatin1String(what)));
}

// `next` may be a number, a numeric string, null, or absent (the end).
std::optional<qint64> nextOffset(const QJsonObject &object)
{
    const auto next = Json::integer(object, u"next");
    if (!next || *next < 0)
        return std::nullopt;
    return next;
}

template<typename T, typename Convert>
Result<Page<T>> parsePage(const QByteArray &body, const char *collection, Convert convert)
{
    const Result<QJsonObject> object = Json::parseObject(body);
    if (!object)
        return object.error();
    const QJsonValue list = object.value().value(QLatin1String(collection));
    if (!list.isArray())
        return shapeError(collection);
    Page<T> page;
    const QJsonArray array = list.toArray();
    page.items.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (item.isObject())
            page.items.append(convert(item.toObject()));
    }
    page.next = nextOffset(object.value());
    return page;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString() && !item.toString().isEmpty())
            list.append(item.toString());
    }
    return list;
}

std::optional<qint64> bytesOf(const QJsonValue &value)
{
    std::optional<double> number;
    if (value.isDouble())
        number = value.toDouble();
    else if (value.isString())
        number = parseQuantity(value.toString());
    if (!number)
        return std::nullopt;
    return qint64(std::llround(*number));
}

std::optional<double> quantityOf(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString())
        return parseQuantity(value.toString());
    return std::nullopt;
}

// {gpu: {request, limit}, ...}: the request, else the limit.
QJsonValue requestOf(const QJsonObject &resources, QStringView key)
{
    const QJsonObject pair = resources.value(key).toObject();
    const QJsonValue request = pair.value(u"request");
    return request.isNull() || request.isUndefined() ? pair.value(u"limit") : request;
}

WorkloadConnection connectionFrom(const QJsonObject &object, WorkloadConnection::Kind kind)
{
    WorkloadConnection connection;
    connection.kind = kind;
    connection.name = Json::string(object, u"name");
    connection.toolType = Json::string(object, u"toolType");
    connection.address = Json::string(object, u"url");
    return connection;
}

void addConnection(QList<WorkloadConnection> &list, const WorkloadConnection &connection)
{
    const QUrl url = connection.url();
    if (!url.isValid() || url.isEmpty())
        return;
    for (WorkloadConnection &existing : list) {
        if (existing.url() == url) {
            // A named tool connection says more than a bare URL.
            if (existing.name.isEmpty() || existing.toolType.isEmpty()) {
                if (existing.name.isEmpty())
                    existing.name = connection.name;
                if (existing.toolType.isEmpty())
                    existing.toolType = connection.toolType;
            }
            return;
        }
    }
    list.append(connection);
}

LogLevel levelOfEventType(const QString &type)
{
    if (type.compare(u"Warning", Qt::CaseInsensitive) == 0)
        return LogLevel::Warning;
    if (type.compare(u"Error", Qt::CaseInsensitive) == 0)
        return LogLevel::Error;
    return LogLevel::Info;
}

LogEntry eventEntry(const QJsonObject &event, const QString &fallbackTime)
{
    LogEntry entry;
    entry.rawTimestamp = Json::string(event, u"createdAt");
    if (entry.rawTimestamp.isEmpty())
        entry.rawTimestamp = fallbackTime;
    entry.timestamp = Json::parseDateTime(entry.rawTimestamp);
    entry.level = levelOfEventType(Json::string(event, u"type"));
    const QString reason = Json::string(event, u"reason");
    const QString message = Json::string(event, u"message");
    entry.message = reason.isEmpty() ? message : reason + QStringLiteral(": ") + message;
    const QJsonObject involved = event.value(u"involvedObject").toObject();
    const QString kind = Json::string(involved, u"kind");
    const QString name = Json::string(involved, u"name");
    if (!name.isEmpty())
        entry.source = kind.isEmpty() ? name : kind + QLatin1Char('/') + name;
    return entry;
}

WorkloadComponent podFromJson(const QJsonObject &object)
{
    WorkloadComponent pod;
    pod.id = Json::string(object, u"id");
    pod.name = Json::string(object, u"name");
    pod.kind = QStringLiteral("Pod");
    pod.status = Json::string(object, u"k8sPhase");
    pod.node = Json::string(object, u"nodeName");
    pod.createdAt = Json::dateTime(object, u"createdAt");
    const QJsonObject allocated = object.value(u"allocatedResources").toObject();
    pod.gpus = quantityOf(allocated.value(u"gpu"));
    QStringList images;
    for (const QJsonValue &value : object.value(u"containers").toArray()) {
        const QJsonObject container = value.toObject();
        const QString name = Json::string(container, u"name");
        if (!name.isEmpty())
            pod.containers.append(name);
        const QString image = Json::string(container, u"image");
        if (!image.isEmpty() && !images.contains(image))
            images.append(image);
    }
    pod.image = images.join(QStringLiteral(", "));
    return pod;
}

} // namespace

std::optional<double> parseQuantity(const QString &input)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(Ki|Mi|Gi|Ti|Pi|Ei|[kKMGTPE]|m|B)?\s*$)"));
    const QRegularExpressionMatch match = pattern.match(input);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = match.captured(1).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    const QString suffix = match.captured(2);
    double factor = 1.0;
    if (suffix == u"Ki")
        factor = 1024.0;
    else if (suffix == u"Mi")
        factor = std::pow(1024.0, 2);
    else if (suffix == u"Gi")
        factor = std::pow(1024.0, 3);
    else if (suffix == u"Ti")
        factor = std::pow(1024.0, 4);
    else if (suffix == u"Pi")
        factor = std::pow(1024.0, 5);
    else if (suffix == u"Ei")
        factor = std::pow(1024.0, 6);
    else if (suffix == u"k" || suffix == u"K")
        factor = 1e3;
    else if (suffix == u"M")
        factor = 1e6;
    else if (suffix == u"G")
        factor = 1e9;
    else if (suffix == u"T")
        factor = 1e12;
    else if (suffix == u"P")
        factor = 1e15;
    else if (suffix == u"E")
        factor = 1e18;
    else if (suffix == u"m")
        factor = 1e-3;
    return value * factor;
}

Workload workloadFromJson(const QJsonObject &o)
{
    Json::StringPool shared;
    return workloadFromJson(o, shared);
}

Workload workloadFromJson(const QJsonObject &o, Json::StringPool &shared)
{
    Workload w;
    w.id = Json::string(o, u"id").toLower();
    w.name = Json::string(o, u"name");
    w.rawType = shared.string(o, u"type");
    w.type = workloadTypeFromString(ApiDialect::RunAi, w.rawType);
    w.rawStatus = shared.string(o, u"phase");
    w.status = workloadStatusFromString(ApiDialect::RunAi, w.rawStatus);
    w.statusMessage = Json::string(o, u"phaseMessage");
    QStringList scheduling;
    for (const QJsonValue &value : o.value(u"pendingSchedulingMessages").toArray()) {
        const QJsonObject message = value.toObject();
        QString text = Json::string(message, u"userMessage");
        if (text.isEmpty())
            text = Json::string(message, u"reason");
        const QString pool = Json::string(message, u"nodePool");
        if (!text.isEmpty())
            scheduling.append(pool.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, pool));
    }
    if (!scheduling.isEmpty()) {
        scheduling.removeAll(w.statusMessage);
        if (!w.statusMessage.isEmpty())
            scheduling.prepend(w.statusMessage);
        w.statusMessage = scheduling.join(QStringLiteral("; "));
    }
    w.projectId = shared.string(o, u"projectId");
    w.projectName = shared.string(o, u"projectName");
    w.namespaceName = shared.string(o, u"namespace");
    w.clusterId = shared.string(o, u"clusterId");
    w.departmentName = shared.string(o, u"departmentName");
    w.createdBy = shared.string(o, u"submittedBy");
    w.createdAt = Json::dateTime(o, u"createdAt");
    w.updatedAt = Json::dateTime(o, u"updatedAt");
    w.completedAt = Json::dateTime(o, u"completedAt");

    const QJsonObject requested = o.value(u"workloadRequestedResources").toObject();
    if (Json::string(requested, u"gpuRequestType") != u"memory")
        w.gpusRequested = quantityOf(requestOf(requested, u"gpu"));
    w.cpusRequested = quantityOf(requestOf(requested, u"cpu"));
    w.memoryRequestedBytes = bytesOf(requestOf(requested, u"cpuMemory"));
    const QJsonObject allocated = o.value(u"allocatedResources").toObject();
    w.gpusAllocated = quantityOf(allocated.value(u"gpu"));
    w.cpusAllocated = quantityOf(allocated.value(u"cpu"));
    w.memoryAllocatedBytes = bytesOf(allocated.value(u"cpuMemory"));
    if (const auto vram = bytesOf(allocated.value(u"gpuMemory")); vram && *vram > 0)
        w.vramMegabytes = double(*vram) / (1024.0 * 1024.0);

    if (const auto running = Json::integer(o, u"runningPods"))
        w.runningPods = int(*running);
    const QJsonObject pods = o.value(u"requestedPods").toObject();
    if (const auto number = Json::integer(pods, u"number"))
        w.requestedPods = int(*number);
    else if (const auto completions = Json::integer(pods, u"completions"))
        w.requestedPods = int(*completions);
    w.preemptible = Json::boolean(o, u"preemptible");
    w.runTimeSeconds = Json::integer(o, u"totalRunningTimeSeconds");
    w.nodePools = strings(o.value(u"currentNodePools"));
    if (w.nodePools.isEmpty())
        w.nodePools = strings(o.value(u"requestedNodePools"));

    for (const QString &url : strings(o.value(u"urls"))) {
        WorkloadConnection connection;
        connection.kind = WorkloadConnection::Kind::External;
        connection.address = url;
        addConnection(w.connections, connection);
    }
    for (const QJsonValue &value : o.value(u"externalConnections").toArray())
        addConnection(w.connections, connectionFrom(value.toObject(), WorkloadConnection::Kind::External));
    for (const QJsonValue &environment : o.value(u"environments").toArray()) {
        for (const QJsonValue &value : environment.toObject().value(u"connections").toArray())
            addConnection(w.connections, connectionFrom(value.toObject(), WorkloadConnection::Kind::Tool));
    }

    const QJsonObject actions = o.value(u"actionsSupport").toObject();
    if (Json::boolean(actions, u"delete").value_or(false))
        w.supportedActions |= WorkloadAction::Delete;
    if (Json::boolean(actions, u"suspend").value_or(false)) // suspend implies resume
        w.supportedActions |= WorkloadAction::Stop | WorkloadAction::Run;
    return w;
}

Result<Page<Project>> parseProjects(const QByteArray &body)
{
    return parsePage<Project>(body, "projects", [](const QJsonObject &o) {
        Project project;
        project.id = Json::string(o, u"id");
        project.name = Json::string(o, u"name");
        project.clusterId = Json::string(o, u"clusterId");
        const QJsonObject status = o.value(u"status").toObject();
        project.status = Json::string(status, u"phase");
        project.description = Json::string(o.value(u"parent").toObject(), u"name");
        project.gpuQuota = Json::number(o.value(u"totalResources").toObject(), u"gpuQuota");
        return project;
    });
}

Result<Page<Workload>> parseWorkloadPage(const QByteArray &body)
{
    Json::StringPool shared;
    return parsePage<Workload>(body, "workloads",
                               [&shared](const QJsonObject &o) { return workloadFromJson(o, shared); });
}

Result<qint64> parseCount(const QByteArray &body)
{
    const Result<QJsonObject> object = Json::parseObject(body);
    if (!object)
        return object.error();
    const auto count = Json::integer(object.value(), u"count");
    if (!count || *count < 0)
        return ApiError::parseError(
            QCoreApplication::translate("RunAiParser", "The Run:ai answer has no workload count."));
    return *count;
}

Result<Workload> parseWorkload(const QByteArray &body)
{
    const Result<QJsonObject> object = Json::parseObject(body);
    if (!object)
        return object.error();
    if (Json::string(object.value(), u"id").isEmpty())
        return ApiError::parseError(QCoreApplication::translate(
            "RunAiParser", "The Run:ai answer is not a workload (it has no id)."));
    return workloadFromJson(object.value());
}

Result<Page<WorkloadComponent>> parsePods(const QByteArray &body)
{
    return parsePage<WorkloadComponent>(body, "pods", &podFromJson);
}

Result<Page<LogEntry>> parseEvents(const QByteArray &body)
{
    return parsePage<LogEntry>(body, "events", [](const QJsonObject &o) { return eventEntry(o, {}); });
}

Result<Page<LogEntry>> parseHistory(const QByteArray &body)
{
    return parsePage<LogEntry>(body, "records", [](const QJsonObject &record) {
        const QJsonObject meta = record.value(u"meta").toObject();
        const QJsonObject spec = record.value(u"spec").toObject();
        const QString time = Json::string(meta, u"creationTimestamp");
        if (Json::string(meta, u"type") == u"PhaseUpdate" || spec.contains(u"phaseUpdate")) {
            const QJsonObject update = spec.value(u"phaseUpdate").toObject();
            LogEntry entry;
            entry.rawTimestamp = time;
            entry.timestamp = Json::parseDateTime(time);
            const QString phase = Json::string(update, u"phase");
            const QString message = Json::string(update, u"phaseMessage");
            const WorkloadStatus status = workloadStatusFromString(ApiDialect::RunAi, phase);
            entry.level = status == WorkloadStatus::Failed ? LogLevel::Error : LogLevel::Info;
            entry.message = QCoreApplication::translate("RunAiParser", "Phase: %1").arg(phase);
            if (!message.isEmpty())
                entry.message += QStringLiteral(" (%1)").arg(message);
            return entry;
        }
        return eventEntry(spec.value(u"event").toObject(), time);
    });
}

Result<MetricResult> parseMetrics(const QString &metricType, const QByteArray &body,
                                  const QString &labelPrefix)
{
    const Result<QJsonObject> object = Json::parseObject(body);
    if (!object)
        return object.error();
    const QJsonValue measurements = object.value().value(u"measurements");
    if (!measurements.isArray() && !measurements.isNull())
        return shapeError("measurements");
    MetricResult result;
    result.name = metricType;
    for (const QJsonValue &value : measurements.toArray()) {
        const QJsonObject measurement = value.toObject();
        if (Json::string(measurement, u"type") != metricType)
            continue;
        MetricSeries series;
        const QJsonObject labels = measurement.value(u"labels").toObject(); // null: {}
        QStringList parts;
        if (!labelPrefix.isEmpty())
            parts.append(labelPrefix);
        if (labels.contains(u"gpu"))
            parts.append(
                QCoreApplication::translate("RunAiParser", "GPU %1").arg(Json::string(labels, u"gpu")));
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            if (it.key() != u"gpu" && it.value().isString())
                parts.append(it.key() + QLatin1Char('=') + it.value().toString());
        }
        series.label = parts.isEmpty() ? metricType : parts.join(QStringLiteral(" · "));
        for (const QJsonValue &pointValue : measurement.value(u"values").toArray()) {
            const QJsonObject point = pointValue.toObject();
            MetricPoint metricPoint;
            metricPoint.time = Json::dateTime(point, u"timestamp");
            if (!metricPoint.time.isValid())
                continue;
            metricPoint.value = Json::toNumber(point.value(u"value"));
            series.points.append(metricPoint);
        }
        std::sort(series.points.begin(), series.points.end(),
                  [](const MetricPoint &a, const MetricPoint &b) { return a.time < b.time; });
        if (!series.points.isEmpty()) {
            if (!result.rangeStart.isValid() || series.points.first().time < result.rangeStart)
                result.rangeStart = series.points.first().time;
            if (!result.rangeEnd.isValid() || series.points.last().time > result.rangeEnd)
                result.rangeEnd = series.points.last().time;
            if (series.points.size() > 1)
                result.intervalSeconds = int(series.points.at(0).time.secsTo(series.points.at(1).time));
        }
        result.series.append(series);
    }
    return result;
}

Result<BatchResult> parseBatchResult(const QByteArray &body)
{
    const Result<QJsonObject> object = Json::parseObject(body);
    if (!object)
        return object.error();
    const QJsonObject o = object.value();
    if (!o.value(u"succeeded").isArray() && !o.value(u"failed").isArray())
        return shapeError("succeeded");
    BatchResult result;
    result.batchId = Json::string(o, u"id");
    for (const QString &id : strings(o.value(u"succeeded")))
        result.succeeded.append(id.toLower());
    for (const QJsonValue &value : o.value(u"failed").toArray()) {
        const QJsonObject failure = value.toObject();
        const QString id = Json::string(failure, u"id").toLower();
        if (id.isEmpty())
            continue;
        const int code = int(Json::integer(failure, u"code").value_or(0));
        ApiError error = ApiError::fromHttpStatus(code >= 100 && code <= 599 ? code : 500, QByteArray(), {},
                                                  QStringLiteral("POST"));
        error.message = Json::string(failure, u"message");
        if (error.message.isEmpty())
            error.message =
                QCoreApplication::translate("RunAiParser", "The server refused (code %1).").arg(code);
        result.failed.insert(id, error);
    }
    return result;
}

LogEntry parseKubernetesLogLine(QStringView line, const QString &source)
{
    if (line.endsWith(u'\r'))
        line.chop(1);
    LogEntry entry;
    entry.source = source;
    const qsizetype space = line.indexOf(u' ');
    const QStringView head = space > 0 ? line.left(space) : line;
    const QDateTime time = head.size() >= 20 ? Json::parseDateTime(head.toString()) : QDateTime();
    if (time.isValid()) {
        entry.rawTimestamp = head.toString();
        entry.timestamp = time;
        entry.message = space > 0 ? line.mid(space + 1).toString() : QString();
    } else {
        entry.message = line.toString();
    }
    // Container output has no level field: look for the usual words near the start.
    static const QRegularExpression level(
        QStringLiteral(R"(\b(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|CRITICAL|FATAL|Traceback)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    // Tornado and Jupyter write "[I 2026-… ServerApp]": the letter is the level.
    static const QRegularExpression letter(QStringLiteral(R"(^\[([DIWEC]) )"));
    const QRegularExpressionMatch short_ = letter.match(entry.message);
    const QRegularExpressionMatch match = level.match(QStringView(entry.message).left(64));
    if (short_.hasMatch()) {
        static const QHash<QChar, LogLevel> letters = {{u'D', LogLevel::Debug},
                                                       {u'I', LogLevel::Info},
                                                       {u'W', LogLevel::Warning},
                                                       {u'E', LogLevel::Error},
                                                       {u'C', LogLevel::Critical}};
        entry.level = letters.value(short_.captured(1).at(0), LogLevel::Unknown);
    } else if (match.hasMatch()) {
        const QString word = match.captured(1);
        entry.level =
            word.compare(u"Traceback", Qt::CaseInsensitive) == 0 ? LogLevel::Error : logLevelFromString(word);
    } else {
        entry.level = LogLevel::Unknown;
    }
    return entry;
}

} // namespace Workdeck::RunAiParser
