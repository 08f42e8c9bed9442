// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aiwbroutes.h"

#include "logstreamwriter.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace Workdeck::Sandbox {

namespace {

using Context = std::shared_ptr<SandboxContext>;
using Method = QHttpServerRequest::Method;

constexpr qint64 second = 1000000;

const QStringList statusValues = {QStringLiteral("Pending"),  QStringLiteral("Running"),
                                  QStringLiteral("Complete"), QStringLiteral("Failed"),
                                  QStringLiteral("Deleting"), QStringLiteral("Deleted"),
                                  QStringLiteral("Unknown")};
const QStringList typeValues = {QStringLiteral("INFERENCE"), QStringLiteral("FINE_TUNING"),
                                QStringLiteral("WORKSPACE")};
const QStringList levelValues = {
    QStringLiteral("trace"),   QStringLiteral("debug"), QStringLiteral("info"),    QStringLiteral("unknown"),
    QStringLiteral("warning"), QStringLiteral("error"), QStringLiteral("critical")};

QString expectedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted << QLatin1Char('\'') + value + QLatin1Char('\'');
    const QString last = quoted.takeLast();
    return quoted.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

// The bearer-token check of every secured route; false when it has already answered 401.
bool authorize(SandboxContext &context, const QHttpServerRequest &request, const Responder &responder)
{
    const QByteArray header = headerValue(request, QByteArrayLiteral("Authorization"));
    const QList<std::pair<QByteArray, QByteArray>> challenge = {
        {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")}};
    if (header.isEmpty()) {
        reply(context, responder, 401,
              QJsonObject{{QStringLiteral("detail"), QStringLiteral("Unauthorized")}}, challenge);
        return false;
    }
    if (!header.startsWith("Bearer ")) {
        reply(context, responder, 401,
              QJsonObject{
                  {QStringLiteral("detail"),
                   QStringLiteral("Invalid token scheme. Please include Bearer in Authorization header.")}},
              challenge);
        return false;
    }
    const QString token = QString::fromUtf8(header.mid(7)).trimmed();
    QString reason;
    const bool accepted = context.options.tokenValidator ? context.options.tokenValidator(token, &reason)
                                                         : token == context.token;
    if (!accepted) {
        if (reason.isEmpty())
            reason = QStringLiteral("Signature verification failed.");
        reply(context, responder, 401,
              QJsonObject{
                  {QStringLiteral("detail"), QStringLiteral("Validation of token failed: %1").arg(reason)}},
              challenge);
        return false;
    }
    return true;
}

bool checkNamespace(SandboxContext &context, const QString &ns, const Responder &responder)
{
    if (context.cluster->namespaces().contains(ns))
        return true;
    replyDetail(context, responder, 404, QStringLiteral("Namespace '%1' not found").arg(ns));
    return false;
}

bool allowMethods(SandboxContext &context, const QHttpServerRequest &request, const Responder &responder,
                  QHttpServerRequest::Methods allowed)
{
    if (allowed.testFlag(request.method()))
        return true;
    replyDetail(context, responder, 405, QStringLiteral("Method Not Allowed"));
    return false;
}

// Repeatable enum parameters; false when it has answered 422.
bool readEnumList(SandboxContext &context, const QMultiMap<QString, QString> &query, const QString &name,
                  const QStringList &allowed, const Responder &responder, QStringList *values)
{
    QStringList given = query.values(name);
    std::reverse(given.begin(), given.end()); // QMultiMap keeps the newest first
    for (int i = 0; i < given.size(); ++i) {
        if (!allowed.contains(given.at(i))) {
            replyValidation(context, responder, QStringLiteral("enum"),
                            {QStringLiteral("query"), name, QString::number(i)},
                            QStringLiteral("Input should be %1").arg(expectedList(allowed)), given.at(i));
            return false;
        }
    }
    *values = given;
    return true;
}

const SimWorkload *findWorkload(SandboxContext &context, const QString &ns, const QString &id,
                                const Responder &responder)
{
    if (!isUuid(id)) {
        replyValidation(
            context, responder, QStringLiteral("uuid_parsing"),
            {QStringLiteral("path"), QStringLiteral("workload_id")},
            QStringLiteral("Input should be a valid UUID, invalid character: expected an optional prefix of "
                           "`urn:uuid:` followed by [0-9a-fA-F-], found `%1` at 1")
                .arg(id.left(1)),
            id);
        return nullptr;
    }
    const SimWorkload *workload = context.cluster->workload(id.toLower());
    if (!workload || workload->namespaceName != ns) {
        replyDetail(context, responder, 404, QStringLiteral("Workload %1 not found").arg(id));
        return nullptr;
    }
    return workload;
}

// The checks every route makes before its own work; false when one of them has answered.
bool admit(SandboxContext &context, const QHttpServerRequest &request, const Responder &responder,
           QHttpServerRequest::Methods methods, const QString &ns = {})
{
    return allowMethods(context, request, responder, methods) && authorize(context, request, responder) &&
           (ns.isNull() || checkNamespace(context, ns, responder));
}

// admit(), then the workload of the path; nullptr when something has answered.
const SimWorkload *admitWorkload(SandboxContext &context, const QHttpServerRequest &request,
                                 const Responder &responder, QHttpServerRequest::Methods methods,
                                 const QString &ns, const QString &id)
{
    return admit(context, request, responder, methods, ns) ? findWorkload(context, ns, id, responder)
                                                           : nullptr;
}

QJsonObject workloadJson(const SandboxContext &context, const SimWorkload &w, qint64 now)
{
    const QString status = w.statusAt(now);
    QJsonObject endpoints;
    if (status == u"Pending" || status == u"Running") {
        QString suffix = QStringLiteral("/");
        if (w.kind == SimWorkload::Kind::Jupyter)
            suffix = QStringLiteral("/lab");
        else if (w.kind == SimWorkload::Kind::VsCode)
            suffix = QStringLiteral("/?folder=/workload");
        endpoints.insert(
            QStringLiteral("internal"),
            QStringLiteral("http://%1.%2.svc.cluster.local%3").arg(w.name, w.namespaceName, suffix));
        if (w.kind == SimWorkload::Kind::Jupyter || w.kind == SimWorkload::Kind::VsCode)
            endpoints.insert(
                QStringLiteral("external"),
                QStringLiteral("https://workloads.sandbox.example.com/%1/%2/%3%4")
                    .arg(w.namespaceName, SimulatedCluster::sanitizeUser(w.createdBy), w.id, suffix));
    }
    const auto nullable = [](const QString &value) {
        return value.isEmpty() ? QJsonValue() : QJsonValue(value);
    };
    // Status syncs do not bump updated_at in AIWB; a delete does.
    const qint64 updated = w.deletedMicros && now >= w.deletedMicros ? w.deletedMicros : w.createdMicros;
    Q_UNUSED(context)
    return QJsonObject{{QStringLiteral("id"), w.id},
                       {QStringLiteral("created_at"), apiTimestamp(w.createdMicros)},
                       {QStringLiteral("updated_at"), apiTimestamp(updated)},
                       {QStringLiteral("created_by"), w.createdBy},
                       {QStringLiteral("updated_by"), w.createdBy},
                       {QStringLiteral("name"), w.name},
                       {QStringLiteral("display_name"), w.displayName},
                       {QStringLiteral("type"), w.type},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("namespace"), w.namespaceName},
                       {QStringLiteral("chart_id"), nullable(w.chartId)},
                       {QStringLiteral("model_id"), nullable(w.modelId)},
                       {QStringLiteral("dataset_id"), nullable(w.datasetId)},
                       {QStringLiteral("endpoints"), endpoints}};
}

// start/end of the logs and metrics routes; false when it has answered 422.
bool readRange(SandboxContext &context, const QMultiMap<QString, QString> &query, const Responder &responder,
               qint64 *start, qint64 *end)
{
    for (const QString &name : {QStringLiteral("start"), QStringLiteral("end")}) {
        if (!query.contains(name)) {
            replyValidation(context, responder, QStringLiteral("missing"), {QStringLiteral("query"), name},
                            QStringLiteral("Field required"), QJsonValue());
            return false;
        }
        bool naive = false;
        const auto value = parseAwareTimestamp(query.value(name), &naive);
        if (!value) {
            if (naive)
                replyValidation(context, responder, QStringLiteral("timezone_aware"),
                                {QStringLiteral("query"), name},
                                QStringLiteral("Input should have timezone info"), query.value(name));
            else
                replyValidation(context, responder, QStringLiteral("datetime_from_date_parsing"),
                                {QStringLiteral("query"), name},
                                QStringLiteral("Input should be a valid datetime or date, unexpected extra "
                                               "characters at the end of the input"),
                                query.value(name));
            return false;
        }
        *(name == u"start" ? start : end) = *value;
    }
    return true;
}

void handleWorkloadList(SandboxContext &context, const QString &ns, const QHttpServerRequest &request,
                        const Responder &responder)
{
    if (!checkNamespace(context, ns, responder))
        return;
    const auto query = parseQuery(request);
    QStringList types;
    QStringList statuses;
    if (!readEnumList(context, query, QStringLiteral("workload_type"), typeValues, responder, &types) ||
        !readEnumList(context, query, QStringLiteral("status_filter"), statusValues, responder, &statuses))
        return;
    const qint64 now = context.nowMicros();
    QJsonArray data;
    QList<const SimWorkload *> list = context.cluster->workloads(ns);
    // No ORDER BY in AIWB's query: the database returns rows in an order of its own.
    std::stable_sort(list.begin(), list.end(),
                     [](const SimWorkload *a, const SimWorkload *b) { return a->id < b->id; });
    for (const SimWorkload *w : std::as_const(list)) {
        if (!types.isEmpty() && !types.contains(w->type))
            continue;
        if (!statuses.isEmpty() && !statuses.contains(w->statusAt(now)))
            continue;
        data.append(workloadJson(context, *w, now));
    }
    reply(context, responder, 200, QJsonObject{{QStringLiteral("data"), data}});
}

void handleLogs(SandboxContext &context, const SimWorkload &w, const QHttpServerRequest &request,
                const Responder &responder)
{
    const auto query = parseQuery(request);
    qint64 start = 0;
    qint64 end = 0;
    if (!readRange(context, query, responder, &start, &end))
        return;
    int limit = 1000;
    if (query.contains(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 10000) {
            replyValidation(
                context, responder,
                ok ? (limit < 1 ? QStringLiteral("greater_than_equal") : QStringLiteral("less_than_equal"))
                   : QStringLiteral("int_parsing"),
                {QStringLiteral("query"), QStringLiteral("limit")},
                ok ? (limit < 1 ? QStringLiteral("Input should be greater than or equal to 1")
                                : QStringLiteral("Input should be less than or equal to 10000"))
                   : QStringLiteral("Input should be a valid integer, unable to parse string as an integer"),
                query.value(QStringLiteral("limit")));
            return;
        }
    }
    const QString direction = query.value(QStringLiteral("direction"), QStringLiteral("forward"));
    if (direction != u"forward" && direction != u"backward") {
        replyValidation(context, responder, QStringLiteral("enum"),
                        {QStringLiteral("query"), QStringLiteral("direction")},
                        QStringLiteral("Input should be 'forward' or 'backward'"), direction);
        return;
    }
    const QString level = query.value(QStringLiteral("level"));
    if (!level.isEmpty() && !levelValues.contains(level)) {
        replyValidation(context, responder, QStringLiteral("enum"),
                        {QStringLiteral("query"), QStringLiteral("level")},
                        QStringLiteral("Input should be %1").arg(expectedList(levelValues)), level);
        return;
    }
    const QString logType = query.value(QStringLiteral("log_type"), QStringLiteral("workload"));
    if (logType != u"workload" && logType != u"event") {
        replyValidation(context, responder, QStringLiteral("enum"),
                        {QStringLiteral("query"), QStringLiteral("log_type")},
                        QStringLiteral("Input should be 'workload' or 'event'"), logType);
        return;
    }
    const bool backward = direction == u"backward";
    if (query.contains(QStringLiteral("page_token"))) {
        bool naive = false;
        const auto token = parseAwareTimestamp(query.value(QStringLiteral("page_token")), &naive);
        if (!token) {
            replyValidation(context, responder,
                            naive ? QStringLiteral("timezone_aware") : QStringLiteral("datetime_parsing"),
                            {QStringLiteral("query"), QStringLiteral("page_token")},
                            naive ? QStringLiteral("Input should have timezone info")
                                  : QStringLiteral("Input should be a valid datetime"),
                            query.value(QStringLiteral("page_token")));
            return;
        }
        if (backward)
            end = qMin(end, *token);
        else
            start = qMax(start, *token);
    }
    if (start >= end) {
        replyDetail(context, responder, 400,
                    QStringLiteral("Invalid time range: start_date (%1) >= end_date (%2)")
                        .arg(pythonIsoTimestamp(start), pythonIsoTimestamp(end)));
        return;
    }
    const qint64 now = context.nowMicros();
    // Loki's query_range: [start, end), limit + 1 entries to know whether there are more.
    QList<SimLogEntry> entries =
        context.cluster->logs(w, start, end - 1, now, level.isEmpty() ? 0 : SimulatedCluster::severity(level),
                              logType == u"event", limit + 1, backward);
    const bool hasMore = entries.size() > limit;
    if (hasMore)
        entries.resize(limit);
    QJsonArray data;
    for (const SimLogEntry &entry : std::as_const(entries))
        data.append(QJsonObject{{QStringLiteral("timestamp"), apiTimestamp(entry.micros)},
                                {QStringLiteral("level"), entry.level},
                                {QStringLiteral("message"), entry.message}});
    QJsonValue token;
    if (hasMore && !entries.isEmpty())
        token = pythonIsoTimestamp(backward ? entries.last().micros - 1 : entries.last().micros + 1);
    reply(context, responder, 200,
          QJsonObject{{QStringLiteral("data"), data},
                      {QStringLiteral("pagination"),
                       QJsonObject{{QStringLiteral("has_more"), hasMore},
                                   {QStringLiteral("page_token"), token},
                                   {QStringLiteral("total_returned"), int(entries.size())}}}});
}

void handleStream(const Context &context, const SimWorkload &w, const QHttpServerRequest &request,
                  const Responder &responder)
{
    const auto query = parseQuery(request);
    const QString level = query.value(QStringLiteral("level"));
    if (!level.isEmpty() && !levelValues.contains(level)) {
        replyValidation(*context, responder, QStringLiteral("enum"),
                        {QStringLiteral("query"), QStringLiteral("level")},
                        QStringLiteral("Input should be %1").arg(expectedList(levelValues)), level);
        return;
    }
    const QString logType = query.value(QStringLiteral("log_type"), QStringLiteral("workload"));
    if (logType != u"workload" && logType != u"event") {
        replyValidation(*context, responder, QStringLiteral("enum"),
                        {QStringLiteral("query"), QStringLiteral("log_type")},
                        QStringLiteral("Input should be 'workload' or 'event'"), logType);
        return;
    }
    int delay = 1;
    if (query.contains(QStringLiteral("delay"))) {
        bool ok = false;
        delay = query.value(QStringLiteral("delay")).toInt(&ok);
        if (!ok || delay < 1 || delay > 30) {
            replyValidation(*context, responder, QStringLiteral("less_than_equal"),
                            {QStringLiteral("query"), QStringLiteral("delay")},
                            QStringLiteral("Input should be less than or equal to 30"),
                            query.value(QStringLiteral("delay")));
            return;
        }
    }
    LogStreamWriter::Request stream;
    stream.workloadId = w.id;
    stream.minimumSeverity = level.isEmpty() ? 0 : SimulatedCluster::severity(level);
    stream.events = logType == u"event";
    // AIWB honours only a naive start_time (as UTC); anything else means 15 days ago.
    const auto naive = parseNaiveTimestamp(query.value(QStringLiteral("start_time")));
    stream.startMicros = naive ? *naive : context->nowMicros() - 15LL * 24 * 3600 * second;
    if (delay > 5)
        stream.errorMessage = QStringLiteral("delay_for can't be greater than 5");
    const int latency = context->faults.latencyMs;
    if (latency > 0) {
        QPointer<QTcpSocket> socket = responder->socket();
        QTimer::singleShot(latency, socket.data(), [context, responder, stream, socket] {
            if (socket)
                LogStreamWriter::start(context, responder, stream);
        });
        return;
    }
    LogStreamWriter::start(context, responder, stream);
}

void handleMetric(SandboxContext &context, const SimWorkload &w, const QString &metric,
                  const QHttpServerRequest &request, const Responder &responder)
{
    const QStringList series = SimulatedCluster::timeseriesMetrics();
    const QStringList scalars = SimulatedCluster::scalarMetrics();
    if (!series.contains(metric) && !scalars.contains(metric)) {
        replyValidation(context, responder, QStringLiteral("enum"),
                        {QStringLiteral("path"), QStringLiteral("metric")},
                        QStringLiteral("Input should be %1").arg(expectedList(series + scalars)), metric);
        return;
    }
    const auto query = parseQuery(request);
    qint64 start = 0;
    qint64 end = 0;
    if (!readRange(context, query, responder, &start, &end))
        return;
    start -= start % second; // sub-seconds are truncated
    end -= end % second;
    const qint64 now = context.nowMicros();
    QString problem;
    if (start >= end)
        problem = QStringLiteral("start time must be before end time");
    else if (start < now - 30LL * 24 * 3600 * second)
        problem = QStringLiteral("start time must be within the last 30 days");
    else if (end > now + 60 * second)
        problem = QStringLiteral("end time cannot be in the future");
    if (!problem.isEmpty()) {
        replyDetail(
            context, responder, 400,
            QStringLiteral("1 validation error for MetricsTimeRange\n  Value error, %1 [type=value_error, "
                           "input_value={'start': '%2', 'end': '%3'}, input_type=dict]")
                .arg(problem, apiTimestamp(start), apiTimestamp(end)));
        return;
    }
    const qint64 span = end - start;
    // The offset of the start as sent is kept on the grid's timestamps.
    const QString startText = query.value(QStringLiteral("start"));
    QString offset = QStringLiteral("Z");
    if (static const QRegularExpression zone(QStringLiteral("([+-]\\d{2}:?\\d{2})$"));
        zone.match(startText).hasMatch())
        offset = zone.match(startText).captured(1);
    const auto stamp = [&](qint64 micros) {
        if (offset == u"Z")
            return apiTimestamp(micros);
        QString digits = offset.mid(1);
        digits.remove(QLatin1Char(':'));
        const qint64 shift = (digits.left(2).toLongLong() * 60 + digits.mid(2).toLongLong()) * 60 * second *
                             (offset.startsWith(u'-') ? -1 : 1);
        QString text = apiTimestamp(micros + shift);
        text.chop(1);
        return text + offset;
    };
    if (scalars.contains(metric)) {
        // Scalars summarise the range; total_tokens is a lifetime counter with no range.
        double value = 0;
        const double hours = double(span) / double(3600 * second);
        const double seed = double(w.seed % 97) / 97.0;
        const bool inference = w.kind == SimWorkload::Kind::Inference;
        if (metric == u"max_requests")
            value = inference ? 8 + std::round(seed * 4) : 0;
        else if (metric == u"min_requests")
            value = 0;
        else if (metric == u"avg_requests")
            value = inference ? 3.5 + seed : 0;
        else if (metric == u"total_requests")
            value = inference ? std::ceil(hours * (1800 + 900 * seed)) : 0;
        else if (metric == u"kv_cache_usage")
            value = inference ? 0.18 + 0.3 * seed : 0;
        else if (metric == u"total_tokens")
            value = inference ? std::floor(double(now - w.runningMicros) / second * (40 + 20 * seed)) : 0;
        QJsonObject body{{QStringLiteral("data"), value}};
        if (metric != u"total_tokens")
            body.insert(QStringLiteral("range"), QJsonObject{{QStringLiteral("start"), stamp(start)},
                                                             {QStringLiteral("end"), stamp(end)}});
        reply(context, responder, 200, body);
        return;
    }
    if (span > 8LL * 24 * 3600 * second) {
        replyDetail(context, responder, 400,
                    QStringLiteral("Time range is too large. Please limit the range to 8 days."));
        return;
    }
    const qint64 step = span <= 3600 * second        ? 60 * second
                        : span <= 24 * 3600 * second ? 300 * second
                                                     : 3600 * second;
    QJsonArray timestamps;
    for (qint64 t = start; t <= end; t += step)
        timestamps.append(stamp(t));
    const auto seriesOf = [&](const QString &label, const QString &simName) {
        QJsonArray values;
        for (qint64 t = start; t <= end; t += step) {
            const auto value = t <= now ? context.cluster->metric(w, simName, t) : std::nullopt;
            values.append(QJsonObject{{QStringLiteral("value"), value ? QJsonValue(*value) : QJsonValue()},
                                      {QStringLiteral("timestamp"), stamp(t)}});
        }
        return QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("label"), label}}},
                           {QStringLiteral("values"), values}};
    };
    QJsonArray data;
    if (metric == u"requests") {
        data.append(seriesOf(QStringLiteral("running"), QStringLiteral("requests_running")));
        data.append(seriesOf(QStringLiteral("waiting"), QStringLiteral("requests_waiting")));
    } else {
        data.append(seriesOf(metric, metric));
    }
    reply(context, responder, 200,
          QJsonObject{
              {QStringLiteral("data"), data},
              {QStringLiteral("range"), QJsonObject{{QStringLiteral("start"), stamp(start)},
                                                    {QStringLiteral("end"), stamp(end)},
                                                    {QStringLiteral("interval_seconds"), int(step / second)},
                                                    {QStringLiteral("timestamps"), timestamps}}}});
}

void handleNamespaceMetrics(SandboxContext &context, const QString &ns, const QHttpServerRequest &request,
                            const Responder &responder)
{
    if (!checkNamespace(context, ns, responder))
        return;
    const auto query = parseQuery(request);
    QStringList types;
    QStringList statuses;
    if (!readEnumList(context, query, QStringLiteral("workload_type"), typeValues, responder, &types) ||
        !readEnumList(context, query, QStringLiteral("status_filter"), statusValues, responder, &statuses))
        return;
    const int page = qMax(1, query.value(QStringLiteral("page"), QStringLiteral("1")).toInt());
    const int pageSize = query.value(QStringLiteral("pageSize"), QStringLiteral("20")).toInt();
    if (pageSize < 1 || pageSize > 100) {
        replyValidation(context, responder, QStringLiteral("less_than_equal"),
                        {QStringLiteral("query"), QStringLiteral("pageSize")},
                        QStringLiteral("Input should be less than or equal to 100"),
                        query.value(QStringLiteral("pageSize")));
        return;
    }
    const qint64 now = context.nowMicros();
    QList<QJsonObject> rows;
    for (const SimWorkload *w : context.cluster->workloads(ns)) {
        const QString status = w->statusAt(now);
        if (statuses.isEmpty() ? status == u"Deleted" : !statuses.contains(status))
            continue;
        if (!types.isEmpty() && !types.contains(w->type))
            continue;
        const auto vram = context.cluster->metric(*w, QStringLiteral("gpu_memory_utilization"), now);
        rows << QJsonObject{
            {QStringLiteral("id"), w->id},
            {QStringLiteral("name"), w->name},
            {QStringLiteral("displayName"), w->displayName},
            {QStringLiteral("type"), w->type},
            {QStringLiteral("status"), status},
            {QStringLiteral("resourceType"),
             w->kind == SimWorkload::Kind::FineTuning ? QStringLiteral("Job") : QStringLiteral("Deployment")},
            {QStringLiteral("gpuCount"), w->isRunningAt(now) ? QJsonValue(w->gpus) : QJsonValue()},
            {QStringLiteral("vram"), vram ? QJsonValue(*vram) : QJsonValue()},
            {QStringLiteral("createdAt"), apiTimestamp(w->createdMicros)},
            {QStringLiteral("createdBy"), w->createdBy}};
    }
    const QString sortBy = query.value(QStringLiteral("sortBy"));
    static const QHash<QString, QString> keys = {
        {QStringLiteral("created_at"), QStringLiteral("createdAt")},
        {QStringLiteral("display_name"), QStringLiteral("displayName")},
        {QStringLiteral("gpu_count"), QStringLiteral("gpuCount")},
        {QStringLiteral("resource_type"), QStringLiteral("resourceType")},
        {QStringLiteral("created_by"), QStringLiteral("createdBy")}};
    if (!sortBy.isEmpty()) {
        const QString key = keys.value(sortBy, sortBy);
        const bool descending = query.value(QStringLiteral("sortOrder"), QStringLiteral("desc")) != u"asc";
        std::stable_sort(rows.begin(), rows.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            const QJsonValue x = a.value(key);
            const QJsonValue y = b.value(key);
            if (x.isNull() || y.isNull())
                return descending ? (x.isNull() && !y.isNull()) : (!x.isNull() && y.isNull());
            const bool less = x.isDouble() ? x.toDouble() < y.toDouble() : x.toString() < y.toString();
            const bool greater = x.isDouble() ? x.toDouble() > y.toDouble() : x.toString() > y.toString();
            return descending ? greater : less;
        });
    }
    const int total = int(rows.size());
    QJsonArray data;
    for (int i = (page - 1) * pageSize; i < qMin(total, page * pageSize); ++i)
        data.append(rows.at(i));
    reply(context, responder, 200,
          QJsonObject{{QStringLiteral("data"), data},
                      {QStringLiteral("total"), total},
                      {QStringLiteral("page"), page},
                      {QStringLiteral("pageSize"), pageSize},
                      {QStringLiteral("totalPages"), qMax(1, (total + pageSize - 1) / pageSize)}});
}

void handleStats(SandboxContext &context, const QString &ns, const Responder &responder)
{
    if (!checkNamespace(context, ns, responder))
        return;
    const qint64 now = context.nowMicros();
    QMap<QString, int> counts;
    int total = 0;
    for (const SimWorkload *w : context.cluster->workloads(ns)) {
        const QString status = w->statusAt(now);
        if (status == u"Deleted")
            continue;
        ++counts[status];
        ++total;
    }
    QJsonArray statusCounts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        statusCounts.append(
            QJsonObject{{QStringLiteral("status"), it.key()}, {QStringLiteral("count"), it.value()}});
    reply(context, responder, 200,
          QJsonObject{{QStringLiteral("namespace"), ns},
                      {QStringLiteral("total"), total},
                      {QStringLiteral("statusCounts"), statusCounts}});
}

} // namespace

void registerAiwbRoutes(QHttpServer &server, const Context &context)
{
    const auto wrap = [](QHttpServerResponder &&responder) {
        return std::make_shared<QHttpServerResponder>(std::move(responder));
    };

    server.route(QStringLiteral("/v1/health"), [context, wrap](const QHttpServerRequest &request,
                                                               QHttpServerResponder &&r) {
        const Responder responder = wrap(std::move(r));
        if (!allowMethods(*context, request, responder, Method::Get))
            return;
        // Health is not subject to injected faults: it tells whether the server is up at all.
        const FaultOptions faults = std::exchange(context->faults, {});
        reply(*context, responder, 200, QJsonObject{{QStringLiteral("status"), QStringLiteral("OK")}});
        context->faults = faults;
    });
    server.route(QStringLiteral("/v1/namespaces"),
                 [context, wrap](const QHttpServerRequest &request, QHttpServerResponder &&r) {
                     const Responder responder = wrap(std::move(r));
                     if (admit(*context, request, responder, Method::Get))
                         reply(*context, responder, 200,
                               QJsonObject{{QStringLiteral("data"),
                                            QJsonArray::fromStringList(context->cluster->namespaces())}});
                 });
    server.route(QStringLiteral("/v1/cluster/resources"), [context, wrap](const QHttpServerRequest &request,
                                                                          QHttpServerResponder &&r) {
        const Responder responder = wrap(std::move(r));
        if (!admit(*context, request, responder, Method::Get))
            return;
        const QJsonObject resources{{QStringLiteral("cpu_milli_cores"), 254000},
                                    {QStringLiteral("memory_bytes"), double(2163884261376LL)},
                                    {QStringLiteral("ephemeral_storage_bytes"), double(3791104147456LL)},
                                    {QStringLiteral("gpu_count"), 64}};
        reply(*context, responder, 200,
              QJsonObject{
                  {QStringLiteral("data"), QJsonObject{{QStringLiteral("available_resources"), resources},
                                                       {QStringLiteral("total_node_count"), 8}}}});
    });
    server.route(
        QStringLiteral("/v1/namespaces/<arg>/workloads"),
        [context, wrap](const QString &ns, const QHttpServerRequest &request, QHttpServerResponder &&r) {
            const Responder responder = wrap(std::move(r));
            if (admit(*context, request, responder, Method::Get))
                handleWorkloadList(*context, ns, request, responder);
        });
    server.route(
        QStringLiteral("/v1/namespaces/<arg>/metrics"),
        [context, wrap](const QString &ns, const QHttpServerRequest &request, QHttpServerResponder &&r) {
            const Responder responder = wrap(std::move(r));
            if (admit(*context, request, responder, Method::Get))
                handleNamespaceMetrics(*context, ns, request, responder);
        });
    server.route(
        QStringLiteral("/v1/namespaces/<arg>/stats"),
        [context, wrap](const QString &ns, const QHttpServerRequest &request, QHttpServerResponder &&r) {
            const Responder responder = wrap(std::move(r));
            if (admit(*context, request, responder, Method::Get))
                handleStats(*context, ns, responder);
        });
    server.route(QStringLiteral("/v1/namespaces/<arg>/workloads/<arg>"),
                 [context, wrap](const QString &ns, const QString &id, const QHttpServerRequest &request,
                                 QHttpServerResponder &&r) {
                     const Responder responder = wrap(std::move(r));
                     const SimWorkload *w =
                         admitWorkload(*context, request, responder, Method::Get | Method::Delete, ns, id);
                     if (!w)
                         return;
                     const qint64 now = context->nowMicros();
                     if (request.method() == Method::Delete) {
                         context->cluster->deleteWorkload(w->id, now); // synchronous: Deleting, then Deleted
                         reply(*context, responder, 204, QJsonValue());
                         return;
                     }
                     reply(*context, responder, 200, workloadJson(*context, *w, now));
                 });
    server.route(QStringLiteral("/v1/namespaces/<arg>/workloads/<arg>/logs"),
                 [context, wrap](const QString &ns, const QString &id, const QHttpServerRequest &request,
                                 QHttpServerResponder &&r) {
                     const Responder responder = wrap(std::move(r));
                     if (const SimWorkload *w =
                             admitWorkload(*context, request, responder, Method::Get, ns, id))
                         handleLogs(*context, *w, request, responder);
                 });
    server.route(QStringLiteral("/v1/namespaces/<arg>/workloads/<arg>/logs/stream"),
                 [context, wrap](const QString &ns, const QString &id, const QHttpServerRequest &request,
                                 QHttpServerResponder &&r) {
                     const Responder responder = wrap(std::move(r));
                     if (const SimWorkload *w =
                             admitWorkload(*context, request, responder, Method::Get, ns, id))
                         handleStream(context, *w, request, responder);
                 });
    server.route(QStringLiteral("/v1/namespaces/<arg>/workloads/<arg>/metrics/<arg>"),
                 [context, wrap](const QString &ns, const QString &id, const QString &metric,
                                 const QHttpServerRequest &request, QHttpServerResponder &&r) {
                     const Responder responder = wrap(std::move(r));
                     if (const SimWorkload *w =
                             admitWorkload(*context, request, responder, Method::Get, ns, id))
                         handleMetric(*context, *w, metric, request, responder);
                 });
    server.setMissingHandler([context](const QHttpServerRequest &, QHttpServerResponder &&r) {
        const Responder responder = std::make_shared<QHttpServerResponder>(std::move(r));
        replyDetail(*context, responder, 404, QStringLiteral("Not Found"));
    });
}

} // namespace Workdeck::Sandbox
