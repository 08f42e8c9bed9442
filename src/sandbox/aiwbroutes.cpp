// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aiwbroutes.h"

#include "aiwbhandlers.h"
#include "aiwbparameters.h"
#include "jsonwriter.h"
#include "logstreamwriter.h"

#include <QHttpServer>
#include <QHttpServerRequest>

#include <algorithm>
#include <functional>
#include <vector>

namespace Workdeck::Sandbox {

namespace {

using Context = std::shared_ptr<SandboxContext>;
using Method = QHttpServerRequest::Method;
using Methods = QHttpServerRequest::Methods;

QByteArray allowHeader(Methods methods)
{
    QList<QByteArray> names;
    if (methods.testFlag(Method::Get))
        names << QByteArrayLiteral("GET");
    if (methods.testFlag(Method::Delete))
        names << QByteArrayLiteral("DELETE");
    return names.join(", ");
}

// AIWB's bearer check (common/auth/security.py): the header is split on whitespace into exactly
// a scheme and a token, and Python's unpacking errors become the validation message.
bool authorize(SandboxContext &context, const QHttpServerRequest &request, const Responder &responder)
{
    const QByteArray header = headerValue(request, QByteArrayLiteral("Authorization"));
    if (header.isEmpty()) {
        replyDetail(context, responder, 401, QStringLiteral("Unauthorized"),
                    {{QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")}});
        return false;
    }
    const QByteArray simplified = header.simplified();
    const QList<QByteArray> parts = simplified.split(' ');
    const qsizetype count = simplified.isEmpty() ? 0 : parts.size();
    QString failure;
    if (count < 2) {
        failure = QStringLiteral("not enough values to unpack (expected 2, got %1)").arg(count);
    } else if (count > 2) {
        failure = QStringLiteral("too many values to unpack (expected 2, got %1)").arg(count);
    } else if (parts.at(0).toLower() != "bearer") {
        replyDetail(context, responder, 401,
                    QStringLiteral("Invalid token scheme. Please include Bearer in Authorization header."));
        return false;
    } else {
        const QString token = QString::fromUtf8(parts.at(1));
        QString reason;
        const bool accepted = context.options.tokenValidator ? context.options.tokenValidator(token, &reason)
                                                             : token == context.token;
        if (accepted)
            return true;
        if (reason == u"Token expired") { // AIWB's own words for an expired JWT
            replyDetail(context, responder, 401, reason);
            return false;
        }
        failure = reason.isEmpty() ? QStringLiteral("Signature verification failed.") : reason;
    }
    replyDetail(context, responder, 401, QStringLiteral("Validation of token failed: %1").arg(failure));
    return false;
}

// Routing comes first (405 before any dependency runs), then the token.
std::optional<Call> admit(const Context &context, const QHttpServerRequest &request,
                          QHttpServerResponder &&responder, Methods methods, bool needsToken = true)
{
    Call call{context, std::make_shared<QHttpServerResponder>(std::move(responder)),
              QueryItems::fromRequest(request)};
    if (!methods.testFlag(request.method())) {
        replyDetail(*context, call.responder, 405, QStringLiteral("Method Not Allowed"),
                    {{QByteArrayLiteral("Allow"), allowHeader(methods)}});
        return std::nullopt;
    }
    if (needsToken && !authorize(*context, request, call.responder))
        return std::nullopt;
    return call;
}

void appendNullable(QByteArray &out, const QString &value)
{
    if (value.isEmpty())
        out += "null";
    else
        appendJsonString(out, value);
}

// AIWB's WorkloadResponse, written straight into bytes (a list of 100,000 of them is the
// sandbox's largest answer): the same bytes as writeJson gives, keys in the model's order.
void appendWorkload(QByteArray &out, const WorkloadView &v)
{
    out += "{\"id\":";
    appendJsonString(out, v.id);
    out += ",\"created_at\":";
    appendJsonString(out, v.createdAt);
    out += ",\"updated_at\":";
    appendJsonString(out, v.updatedAt);
    out += ",\"created_by\":";
    appendNullable(out, v.createdBy);
    out += ",\"updated_by\":";
    appendNullable(out, v.updatedBy);
    out += ",\"name\":";
    appendJsonString(out, v.name);
    out += ",\"display_name\":";
    appendJsonString(out, v.displayName);
    out += ",\"type\":";
    appendJsonString(out, v.type);
    out += ",\"status\":";
    appendJsonString(out, v.status);
    out += ",\"namespace\":";
    appendJsonString(out, v.namespaceName);
    out += ",\"chart_id\":";
    appendNullable(out, v.chartId);
    out += ",\"model_id\":";
    appendNullable(out, v.modelId);
    out += ",\"dataset_id\":";
    appendNullable(out, v.datasetId);
    out += ",\"endpoints\":{";
    if (!v.internalEndpoint.isEmpty()) {
        out += "\"internal\":";
        appendJsonString(out, v.internalEndpoint);
    }
    if (!v.externalEndpoint.isEmpty()) {
        out += v.internalEndpoint.isEmpty() ? "\"external\":" : ",\"external\":";
        appendJsonString(out, v.externalEndpoint);
    }
    out += "}}";
}

// {"data": [...]} of the workloads `wanted` accepts, as they are at `now`.
void replyWorkloads(const Call &call, const QString &ns, qint64 now,
                    const std::function<bool(const SimWorkload &)> &wanted)
{
    SandboxContext &context = call.context();
    QByteArray out = "{\"data\":[";
    bool first = true;
    for (const SimWorkload *w : context.cluster->workloads(ns)) {
        if (!wanted(*w))
            continue;
        if (!first)
            out += ',';
        first = false;
        appendWorkload(out, context.cluster->view(*w, now));
    }
    out += "]}";
    afterDelay(call.responder, context.faults.listLatencyMs,
               [shared = call.shared, responder = call.responder, out = std::move(out)] {
                   replyJson(*shared, responder, 200, out);
               });
}

void listWorkloads(const Call &call, const QString &ns)
{
    ValidationErrors errors;
    const QStringList types =
        readEnumList(call.query, QStringLiteral("workload_type"), workloadTypes(), errors);
    const QStringList statuses =
        readEnumList(call.query, QStringLiteral("status_filter"), workloadStatuses(), errors);
    if (!errors.isEmpty()) {
        replyValidation(call.context(), call.responder, errors);
        return;
    }
    const qint64 now = call.context().nowMicros();
    replyWorkloads(call, ns, now, [&](const SimWorkload &w) {
        return (types.isEmpty() || types.contains(w.type)) &&
               (statuses.isEmpty() || statuses.contains(w.statusAt(now)));
    });
}

// GET and DELETE of one workload (reference 4.3, 4.4).
void workloadItem(const Call &call, Method method, const QString &ns, const QString &rawId)
{
    ValidationErrors errors;
    const QString id = readUuid(rawId, QStringLiteral("workload_id"), errors);
    if (!errors.isEmpty()) {
        replyValidation(call.context(), call.responder, errors);
        return;
    }
    SandboxContext &context = call.context();
    const SimWorkload *w = findWorkload(call, ns, id);
    if (!w) {
        replyDetail(context, call.responder, 404, QStringLiteral("Workload %1 not found").arg(id));
        return;
    }
    const qint64 now = context.nowMicros();
    if (method == Method::Delete) {
        // Synchronous in AIWB: Deleting, the Kubernetes resources go, Deleted, and only then 204.
        context.cluster->deleteWorkload(w->id, now);
        qCInfo(lcSandbox) << "deleted workload" << w->id << "in" << ns;
        reply(context, call.responder, 204, QJsonValue());
        return;
    }
    QByteArray out;
    appendWorkload(out, context.cluster->view(*w, now));
    replyJson(context, call.responder, 200, std::move(out));
}

// The running inference servers one can chat with.
void chattable(const Call &call, const QString &ns)
{
    const qint64 now = call.context().nowMicros();
    replyWorkloads(call, ns, now,
                   [now](const SimWorkload &w) { return w.type == u"INFERENCE" && w.isRunningAt(now); });
}

void namespaceStats(const Call &call, const QString &ns)
{
    SandboxContext &context = call.context();
    const qint64 now = context.nowMicros();
    QMap<QString, int> counts; // sorted by status; only non-zero counts appear
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
    reply(context, call.responder, 200,
          QJsonObject{{QStringLiteral("namespace"), ns},
                      {QStringLiteral("total"), total},
                      {QStringLiteral("statusCounts"), statusCounts}});
}

struct TableRow
{
    const SimWorkload *workload = nullptr;
    QString status;
    std::optional<double> gpus;
    std::optional<double> vram;
};

QString resourceType(const SimWorkload *w)
{
    return w->type == u"FINE_TUNING" ? QStringLiteral("Job") : QStringLiteral("Deployment");
}

// AIWB's sort_list: key (0, value), or (1, "") for None, and the whole list reversed for desc, so
// nulls come last ascending and first descending. An unknown field sorts nothing.
void sortTable(QList<TableRow> &rows, const QString &sortBy, bool descending)
{
    const auto key = [&sortBy](const TableRow &row) -> std::optional<QVariant> {
        const SimWorkload *w = row.workload;
        if (sortBy == u"created_at")
            return QVariant(w->createdMicros);
        if (sortBy == u"gpu_count")
            return row.gpus ? std::optional<QVariant>(*row.gpus) : std::nullopt;
        if (sortBy == u"vram")
            return row.vram ? std::optional<QVariant>(*row.vram) : std::nullopt;
        const QString text = sortBy == u"name"            ? w->name
                             : sortBy == u"display_name"  ? w->displayName
                             : sortBy == u"status"        ? row.status
                             : sortBy == u"type"          ? w->type
                             : sortBy == u"resource_type" ? resourceType(w)
                             : sortBy == u"created_by"    ? w->createdBy
                             : sortBy == u"id"            ? w->id
                                                          : QString();
        return text.isNull() ? std::nullopt : std::optional<QVariant>(text);
    };
    const auto less = [](const std::optional<QVariant> &a, const std::optional<QVariant> &b) {
        if (!a || !b)
            return a.has_value() && !b.has_value();
        return QVariant::compare(*a, *b) == QPartialOrdering::Less;
    };
    // Each row's key worked out once, as Python's sort(key=...) does.
    std::vector<std::pair<std::optional<QVariant>, qsizetype>> keyed;
    keyed.reserve(size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i)
        keyed.emplace_back(key(rows.at(i)), i);
    std::stable_sort(keyed.begin(), keyed.end(), [&](const auto &x, const auto &y) {
        return descending ? less(y.first, x.first) : less(x.first, y.first);
    });
    QList<TableRow> sorted;
    sorted.reserve(rows.size());
    for (const auto &entry : keyed)
        sorted.append(rows.at(entry.second));
    rows = std::move(sorted);
}

// The dashboard table (reference 4.6): paged and sorted in memory, camelCase keys.
void namespaceTable(const Call &call, const QString &ns)
{
    ValidationErrors errors;
    const auto page = readInt(call.query, QStringLiteral("page"), 1, 1, std::nullopt, errors);
    const auto pageSize = readInt(call.query, QStringLiteral("pageSize"), 20, 1, 100, errors);
    const QStringList types =
        readEnumList(call.query, QStringLiteral("workload_type"), workloadTypes(), errors);
    const QStringList statuses =
        readEnumList(call.query, QStringLiteral("status_filter"), workloadStatuses(), errors);
    const QString sortOrder =
        readEnum(call.query, QStringLiteral("sortOrder"), {QStringLiteral("asc"), QStringLiteral("desc")},
                 QStringLiteral("desc"), errors);
    if (!errors.isEmpty()) {
        replyValidation(call.context(), call.responder, errors);
        return;
    }
    SandboxContext &context = call.context();
    const qint64 now = context.nowMicros();
    const auto workloads = context.cluster->workloads(ns);
    QList<TableRow> rows;
    rows.reserve(workloads.size());
    for (const SimWorkload *w : workloads) {
        const QString status = w->statusAt(now);
        if (statuses.isEmpty() ? status == u"Deleted" : !statuses.contains(status))
            continue;
        if (!types.isEmpty() && !types.contains(w->type))
            continue;
        rows.append({w, status, std::nullopt, std::nullopt});
    }
    // The figures are simulated per workload: only those a sort or the page needs are worked out.
    const auto addFigures = [&context, now](TableRow &row) {
        row.gpus = context.cluster->metric(*row.workload, QStringLiteral("gpu_device_utilization"), now);
        row.vram = context.cluster->metric(*row.workload, QStringLiteral("gpu_memory_utilization"), now);
    };
    const QString sortBy = call.query.value(QStringLiteral("sortBy"));
    if (sortBy == u"gpu_count" || sortBy == u"vram")
        std::for_each(rows.begin(), rows.end(), addFigures);
    if (!sortBy.isEmpty())
        sortTable(rows, sortBy, sortOrder == u"desc");
    const qsizetype total = rows.size();
    QJsonArray data;
    const qsizetype first = qsizetype(*page - 1) * *pageSize;
    for (qsizetype i = first; i < qMin(total, first + *pageSize); ++i) {
        TableRow &row = rows[i];
        if (sortBy != u"gpu_count" && sortBy != u"vram")
            addFigures(row);
        const SimWorkload *w = row.workload;
        data.append(QJsonObject{
            {QStringLiteral("id"), w->id},
            {QStringLiteral("name"), w->name},
            {QStringLiteral("displayName"), w->displayName},
            {QStringLiteral("type"), w->type},
            {QStringLiteral("status"), row.status},
            {QStringLiteral("resourceType"), resourceType(w)},
            {QStringLiteral("gpuCount"), row.gpus ? QJsonValue(*row.gpus) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("vram"), row.vram ? QJsonValue(*row.vram) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("createdAt"), apiTimestamp(w->createdMicros)},
            {QStringLiteral("createdBy"), w->createdBy}});
    }
    reply(context, call.responder, 200,
          QJsonObject{
              {QStringLiteral("data"), data},
              {QStringLiteral("total"), int(total)},
              {QStringLiteral("page"), *page},
              {QStringLiteral("pageSize"), *pageSize},
              {QStringLiteral("totalPages"), total == 0 ? 1 : int((total + *pageSize - 1) / *pageSize)}});
}

void clusterResources(const Call &call)
{
    // Eight MI300X nodes, all Ready.
    const QJsonObject resources{{QStringLiteral("cpu_milli_cores"), 8 * 254000},
                                {QStringLiteral("memory_bytes"), double(8 * 2163884261376LL)},
                                {QStringLiteral("ephemeral_storage_bytes"), double(8 * 3791104147456LL)},
                                {QStringLiteral("gpu_count"), 64}};
    reply(call.context(), call.responder, 200,
          QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("available_resources"), resources},
                                                           {QStringLiteral("total_node_count"), 8}}}});
}

// Registers a route whose handler gets the admitted call and the path arguments.
template<typename Handler>
void addRoute(QHttpServer &server, const Context &context, const QString &path, Methods methods,
              Handler handler)
{
    server.route(path,
                 [context, methods, handler](const QHttpServerRequest &request, QHttpServerResponder &&r) {
                     const Method method = request.method();
                     if (const auto call = admit(context, request, std::move(r), methods))
                         handler(*call, method);
                 });
}

template<typename Handler>
void addNamespaceRoute(QHttpServer &server, const Context &context, const QString &path, Methods methods,
                       Handler handler)
{
    server.route(path, [context, methods, handler](const QString &ns, const QHttpServerRequest &request,
                                                   QHttpServerResponder &&r) {
        const Method method = request.method();
        if (const auto call = admit(context, request, std::move(r), methods);
            call && checkNamespace(*call, ns))
            handler(*call, method, ns);
    });
}

template<typename Handler>
void addNamespaceRoute2(QHttpServer &server, const Context &context, const QString &path, Methods methods,
                        Handler handler)
{
    server.route(path,
                 [context, methods, handler](const QString &ns, const QString &arg,
                                             const QHttpServerRequest &request, QHttpServerResponder &&r) {
                     const Method method = request.method();
                     if (const auto call = admit(context, request, std::move(r), methods);
                         call && checkNamespace(*call, ns))
                         handler(*call, method, ns, arg);
                 });
}

} // namespace

bool checkNamespace(const Call &call, const QString &ns)
{
    if (call.context().cluster->namespaces().contains(ns))
        return true;
    replyDetail(call.context(), call.responder, 404, QStringLiteral("Namespace '%1' not found").arg(ns));
    return false;
}

const SimWorkload *findWorkload(const Call &call, const QString &ns, const QString &canonicalId)
{
    const SimWorkload *w = call.context().cluster->workload(canonicalId);
    return w && w->namespaceName == ns ? w : nullptr;
}

std::optional<Call> admitFastApi(const Context &context, const QHttpServerRequest &request,
                                 QHttpServerResponder &&responder, Methods methods)
{
    return admit(context, request, std::move(responder), methods);
}

void registerAiwbRoutes(QHttpServer &server, const Context &context)
{
    server.route(
        QStringLiteral("/v1/health"), [context](const QHttpServerRequest &request, QHttpServerResponder &&r) {
            if (const auto call = admit(context, request, std::move(r), Method::Get, false))
                reply(*context, call->responder, 200,
                      QJsonObject{{QStringLiteral("status"), QStringLiteral("OK")}}, {}, Faults::Latency);
        });
    addRoute(server, context, QStringLiteral("/v1/namespaces"), Method::Get, [](const Call &call, Method) {
        reply(call.context(), call.responder, 200,
              QJsonObject{{QStringLiteral("data"),
                           QJsonArray::fromStringList(call.context().cluster->namespaces())}});
    });
    addRoute(server, context, QStringLiteral("/v1/cluster/resources"), Method::Get,
             [](const Call &call, Method) { clusterResources(call); });
    addNamespaceRoute(server, context, QStringLiteral("/v1/namespaces/<arg>/workloads"), Method::Get,
                      [](const Call &call, Method, const QString &ns) { listWorkloads(call, ns); });
    addNamespaceRoute(server, context, QStringLiteral("/v1/namespaces/<arg>/metrics"), Method::Get,
                      [](const Call &call, Method, const QString &ns) { namespaceTable(call, ns); });
    addNamespaceRoute(server, context, QStringLiteral("/v1/namespaces/<arg>/stats"), Method::Get,
                      [](const Call &call, Method, const QString &ns) { namespaceStats(call, ns); });
    addNamespaceRoute2(server, context, QStringLiteral("/v1/namespaces/<arg>/metrics/<arg>"), Method::Get,
                       [](const Call &call, Method, const QString &ns, const QString &metric) {
                           handleNamespaceMetric(call, ns, metric);
                       });
    // Before workloads/<arg>, as in AIWB's router, or "chattable" would be taken for a workload id.
    addNamespaceRoute(server, context, QStringLiteral("/v1/namespaces/<arg>/workloads/chattable"),
                      Method::Get, [](const Call &call, Method, const QString &ns) { chattable(call, ns); });
    addNamespaceRoute2(server, context, QStringLiteral("/v1/namespaces/<arg>/workloads/<arg>"),
                       Method::Get | Method::Delete,
                       [](const Call &call, Method method, const QString &ns, const QString &id) {
                           workloadItem(call, method, ns, id);
                       });
    addNamespaceRoute2(
        server, context, QStringLiteral("/v1/namespaces/<arg>/workloads/<arg>/logs"), Method::Get,
        [](const Call &call, Method, const QString &ns, const QString &id) { handleLogs(call, ns, id); });
    addNamespaceRoute2(server, context, QStringLiteral("/v1/namespaces/<arg>/workloads/<arg>/logs/stream"),
                       Method::Get, [](const Call &call, Method, const QString &ns, const QString &id) {
                           handleLogStream(call, ns, id);
                       });
    server.route(QStringLiteral("/v1/namespaces/<arg>/workloads/<arg>/metrics/<arg>"),
                 [context](const QString &ns, const QString &id, const QString &metric,
                           const QHttpServerRequest &request, QHttpServerResponder &&r) {
                     if (const auto call = admit(context, request, std::move(r), Method::Get);
                         call && checkNamespace(*call, ns))
                         handleWorkloadMetric(*call, ns, id, metric);
                 });
    server.setMissingHandler([context](const QHttpServerRequest &, QHttpServerResponder &&r) {
        replyDetail(*context, std::make_shared<QHttpServerResponder>(std::move(r)), 404,
                    QStringLiteral("Not Found"));
    });
}

} // namespace Workdeck::Sandbox
