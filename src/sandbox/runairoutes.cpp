// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runairoutes.h"

#include "timeformat.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

#include <cmath>
#include <limits>

namespace Workdeck::Sandbox {

namespace {

using Context = std::shared_ptr<SandboxContext>;
using State = std::shared_ptr<RunAiState>;
using Method = QHttpServerRequest::Method;

constexpr qint64 second = 1000000;

QJsonObject runAiError(int code, const QString &message)
{
    return QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

void replyError(SandboxContext &context, const Responder &responder, int code, const QString &message)
{
    reply(context, responder, code, runAiError(code, message));
}

struct RunAiCall
{
    Context shared;
    State state;
    Responder responder;
    QueryItems query;
    QByteArray body;
    Method method;

    SandboxContext &context() const { return *shared; }
    RunAiView view() const { return RunAiView(*shared->cluster, *state); }
    qint64 now() const { return shared->nowMicros(); }
    void error(int code, const QString &message) const { replyError(*shared, responder, code, message); }
    void ok(const QJsonValue &body, int status = 200) const { reply(*shared, responder, status, body); }
};

std::optional<RunAiCall> admit(const Context &context, const State &state, const QHttpServerRequest &request,
                               QHttpServerResponder &&responder, QHttpServerRequest::Methods methods,
                               bool needsToken = true)
{
    RunAiCall call{context,
                   state,
                   std::make_shared<QHttpServerResponder>(std::move(responder)),
                   QueryItems::fromRequest(request),
                   request.body(),
                   request.method()};
    if (!methods.testFlag(request.method())) {
        call.error(405, QStringLiteral("Method Not Allowed"));
        return std::nullopt;
    }
    if (needsToken &&
        !authorizeBearer(*context, request, call.responder, runAiError(401, QStringLiteral("Unauthorized"))))
        return std::nullopt;
    return call;
}

// offset >= 0 and limit in 1..500 (default 50); false when it has answered 400.
bool readPaging(const RunAiCall &call, qint64 *offset, qint64 *limit)
{
    bool ok = true;
    *offset = call.query.contains(QStringLiteral("offset"))
                  ? call.query.value(QStringLiteral("offset")).toLongLong(&ok)
                  : 0;
    if (!ok || *offset < 0) {
        call.error(400, QStringLiteral("Bad request - offset must be a non-negative integer"));
        return false;
    }
    *limit = call.query.contains(QStringLiteral("limit"))
                 ? call.query.value(QStringLiteral("limit")).toLongLong(&ok)
                 : 50;
    if (!ok || *limit < 1 || *limit > 500) {
        call.error(400, QStringLiteral("Bad request - limit must be between 1 and 500"));
        return false;
    }
    return true;
}

// A page as Run:ai sends it: {"next": offset, "<collection>": [...]}, next absent at the end.
QJsonObject pageObject(const QString &collection, const QJsonArray &slice, qint64 offset, qint64 limit,
                       qint64 total)
{
    QJsonObject object{{collection, slice}};
    if (offset + limit < total)
        object.insert(QStringLiteral("next"), offset + limit);
    return object;
}

QJsonObject page(const QString &collection, const QJsonArray &items, qint64 offset, qint64 limit)
{
    QJsonArray slice;
    for (qint64 i = offset; i < items.size() && i < offset + limit; ++i)
        slice.append(items.at(i));
    return pageObject(collection, slice, offset, limit, items.size());
}

// filterBy: comma-separated "<field><op><value>" conditions, ANDed. nullopt when it has answered 400.
struct Condition
{
    QString field;
    QString op;
    QString value;
};

std::optional<QList<Condition>> readFilter(const RunAiCall &call, const QStringList &fields)
{
    QList<Condition> conditions;
    static const QStringList ops = {QStringLiteral("=="), QStringLiteral("!="), QStringLiteral("<="),
                                    QStringLiteral(">="), QStringLiteral("=@"), QStringLiteral("!@"),
                                    QStringLiteral("=^"), QStringLiteral("=$")};
    for (const QString &raw : call.query.values(QStringLiteral("filterBy"))) {
        for (const QString &text : raw.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            Condition condition;
            qsizetype at = -1;
            for (const QString &op : ops) {
                const qsizetype found = text.indexOf(op);
                if (found > 0 && (at < 0 || found < at)) {
                    at = found;
                    condition.op = op;
                }
            }
            if (at < 0) {
                call.error(400, QStringLiteral("Bad request - invalid filterBy \"%1\"").arg(text));
                return std::nullopt;
            }
            condition.field = text.left(at);
            condition.value = text.mid(at + 2);
            if (!fields.contains(condition.field)) {
                call.error(
                    400,
                    QStringLiteral("Bad request - unsupported filterBy field \"%1\"").arg(condition.field));
                return std::nullopt;
            }
            conditions.append(condition);
        }
    }
    return conditions;
}

bool matches(const QJsonObject &object, const QList<Condition> &conditions)
{
    for (const Condition &c : conditions) {
        const QJsonValue value = object.value(c.field);
        const QString text = value.isDouble() ? QString::number(value.toDouble()) : value.toString();
        bool ok = true;
        if (c.op == u"==")
            ok = text.compare(c.value, Qt::CaseInsensitive) == 0;
        else if (c.op == u"!=")
            ok = text.compare(c.value, Qt::CaseInsensitive) != 0;
        else if (c.op == u"=@")
            ok = text.contains(c.value, Qt::CaseInsensitive);
        else if (c.op == u"!@")
            ok = !text.contains(c.value, Qt::CaseInsensitive);
        else if (c.op == u"=^")
            ok = text.startsWith(c.value, Qt::CaseInsensitive);
        else if (c.op == u"=$")
            ok = text.endsWith(c.value, Qt::CaseInsensitive);
        else if (c.op == u"<=")
            ok = text <= c.value;
        else if (c.op == u">=")
            ok = text >= c.value;
        if (!ok)
            return false;
    }
    return true;
}

const QStringList workloadFilterFields = {
    QStringLiteral("type"),           QStringLiteral("name"),        QStringLiteral("clusterId"),
    QStringLiteral("projectId"),      QStringLiteral("projectName"), QStringLiteral("departmentId"),
    QStringLiteral("departmentName"), QStringLiteral("createdAt"),   QStringLiteral("deletedAt"),
    QStringLiteral("submittedBy"),    QStringLiteral("phase"),       QStringLiteral("completedAt"),
    QStringLiteral("nodepool"),       QStringLiteral("category"),    QStringLiteral("priority")};

// The workloads a list or count shows (live ones, or with deleted=true the deleted ones): how many
// in all, and the JSON of those in [offset, offset + limit). Without a filter or search only the
// window's workloads are turned into JSON, so paging through 100,000 workloads costs one page each,
// not the whole list each.
struct WorkloadSelection
{
    qint64 total = 0;
    QJsonArray window;
};

std::optional<WorkloadSelection> selectWorkloads(const RunAiCall &call, qint64 offset = 0,
                                                 qint64 limit = std::numeric_limits<qint64>::max())
{
    const auto conditions = readFilter(call, workloadFilterFields);
    if (!conditions)
        return std::nullopt;
    const QString deletedText = call.query.value(QStringLiteral("deleted"));
    if (!deletedText.isEmpty() && deletedText != u"true" && deletedText != u"false") {
        call.error(400, QStringLiteral("Bad request - deleted must be a boolean"));
        return std::nullopt;
    }
    const bool deleted = deletedText == u"true";
    const QString search = call.query.value(QStringLiteral("search"));
    const bool filtered = !conditions->isEmpty() || !search.isEmpty();
    const RunAiView view = call.view();
    const qint64 now = call.now();
    WorkloadSelection selection;
    for (const QString &ns : call.context().cluster->namespaces()) {
        for (const SimWorkload *w : call.context().cluster->workloads(ns)) {
            if (view.isDeleted(*w, now) != deleted)
                continue;
            const bool inWindow = selection.total >= offset && selection.total - offset < limit;
            if (!filtered && !inWindow) {
                ++selection.total;
                continue;
            }
            const QJsonObject json = view.workloadJson(*w, now, false);
            if (!matches(json, *conditions))
                continue;
            if (!search.isEmpty() &&
                !json.value(QStringLiteral("name")).toString().contains(search, Qt::CaseInsensitive))
                continue;
            if (inWindow)
                selection.window.append(json);
            ++selection.total;
        }
    }
    return selection;
}

const SimWorkload *findWorkload(const RunAiCall &call, const QString &rawId, bool includeDeleted = false)
{
    // Any well-formed UUID is a valid id (the nil one too); only malformed ones are a 400.
    static const QRegularExpression uuidPattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    const QUuid uuid(rawId);
    if (!uuidPattern.match(rawId).hasMatch()) {
        call.error(400, QStringLiteral("Bad request - workloadId must be a UUID"));
        return nullptr;
    }
    const SimWorkload *w = call.context().cluster->workload(uuid.toString(QUuid::WithoutBraces));
    if (!w || (!includeDeleted && call.view().isDeleted(*w, call.now()))) {
        call.error(404, QStringLiteral("Workload %1 not found").arg(rawId));
        return nullptr;
    }
    return w;
}

// ---- metrics ----

const QStringList workloadMetricTypes = {
    QStringLiteral("GPU_UTILIZATION"),          QStringLiteral("GPU_MEMORY_USAGE_BYTES"),
    QStringLiteral("GPU_MEMORY_REQUEST_BYTES"), QStringLiteral("CPU_USAGE_CORES"),
    QStringLiteral("CPU_REQUEST_CORES"),        QStringLiteral("CPU_LIMIT_CORES"),
    QStringLiteral("CPU_MEMORY_USAGE_BYTES"),   QStringLiteral("CPU_MEMORY_REQUEST_BYTES"),
    QStringLiteral("CPU_MEMORY_LIMIT_BYTES"),   QStringLiteral("POD_COUNT"),
    QStringLiteral("RUNNING_POD_COUNT"),        QStringLiteral("GPU_ALLOCATION")};
const QStringList perGpuMetricTypes = {QStringLiteral("GPU_UTILIZATION_PER_GPU"),
                                       QStringLiteral("GPU_MEMORY_USAGE_BYTES_PER_GPU")};

// One metric of a running workload at one time; empty when it does not run then.
std::optional<double> metricValue(const SimulatedCluster &cluster, const SimWorkload &w, const QString &type,
                                  qint64 micros, int gpu, int gpusInScope)
{
    if (!w.isRunningAt(micros))
        return std::nullopt;
    const double memoryMb = cluster.metric(w, QStringLiteral("gpu_memory_utilization"), micros).value_or(0);
    const double memoryShare = w.gpus > 0 ? memoryMb / (double(w.gpus) * w.vramPerGpuMb) : 0; // 0..1
    const double t = double(micros) / double(second);
    const double wobble = 0.5 + 0.5 * std::sin(t / 45.0 + double(w.seed % 97) + gpu);
    const double utilization =
        std::clamp(100.0 * (0.75 * memoryShare + 0.25 * wobble) - 3.0 * gpu, 0.0, 100.0);
    if (type == u"GPU_UTILIZATION" || type == u"GPU_UTILIZATION_PER_GPU")
        return std::round(utilization * 10) / 10;
    if (type == u"GPU_MEMORY_USAGE_BYTES" || type == u"GPU_MEMORY_USAGE_BYTES_PER_GPU")
        return std::round(memoryMb / w.gpus * gpusInScope * (1.0 - 0.02 * gpu)) * 1048576.0;
    if (type == u"GPU_MEMORY_REQUEST_BYTES")
        return w.gpus * w.vramPerGpuMb * 1048576.0;
    if (type == u"CPU_USAGE_CORES")
        return std::round((1.0 + 3.0 * w.gpus * (0.3 + 0.6 * wobble)) * 100) / 100;
    if (type == u"CPU_REQUEST_CORES" || type == u"CPU_LIMIT_CORES")
        return 4.0 * w.gpus;
    if (type == u"CPU_MEMORY_USAGE_BYTES")
        return std::round((4.0 + 10.0 * w.gpus * memoryShare) * 1024) * 1048576.0;
    if (type == u"CPU_MEMORY_REQUEST_BYTES" || type == u"CPU_MEMORY_LIMIT_BYTES")
        return 16.0 * w.gpus * 1e9;
    if (type == u"GPU_ALLOCATION")
        return double(w.gpus);
    return std::nullopt;
}

void handleMetrics(const RunAiCall &call, const SimWorkload &w, const SimPod *pod)
{
    const QStringList allowed = pod ? workloadMetricTypes + perGpuMetricTypes : workloadMetricTypes;
    const QStringList types =
        call.query.value(QStringLiteral("metricType")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (types.isEmpty()) {
        call.error(400, QStringLiteral("Bad request - metricType is required"));
        return;
    }
    for (const QString &type : types) {
        if (!allowed.contains(type)) {
            call.error(400, QStringLiteral("Bad request - unsupported metricType \"%1\"").arg(type));
            return;
        }
    }
    const ParsedTime start = parseDateTime(call.query.value(QStringLiteral("start")));
    const ParsedTime end = parseDateTime(call.query.value(QStringLiteral("end")));
    if (!start.time || !end.time) {
        call.error(400, QStringLiteral("Bad request - start and end must be ISO-8601 date-times"));
        return;
    }
    if (end.time->micros <= start.time->micros) {
        call.error(400, QStringLiteral("Bad request - end must be after start"));
        return;
    }
    bool ok = true;
    const int samples = call.query.contains(QStringLiteral("numberOfSamples"))
                            ? call.query.value(QStringLiteral("numberOfSamples")).toInt(&ok)
                            : 20;
    if (!ok || samples < 0 || samples > 1000) {
        call.error(400, QStringLiteral("Bad request - numberOfSamples must be between 0 and 1000"));
        return;
    }
    const qint64 from = start.time->micros;
    const qint64 to = qMin(end.time->micros, call.now());
    const int count = qMax(1, samples);
    const auto &cluster = *call.context().cluster;
    const int podGpus = pod ? qMax(1, int(std::ceil(pod->gpus))) : w.gpus;
    const int gpuOffset = pod ? pod->index * podGpus : 0;
    const QList<SimPod> pods = call.view().pods(w, call.now());
    QJsonArray measurements;
    for (const QString &type : types) {
        const bool perGpu = type.endsWith(u"_PER_GPU");
        const int series = perGpu ? podGpus : 1;
        for (int g = 0; g < series; ++g) {
            QJsonArray values;
            for (int i = 0; i < count && to > from; ++i) {
                const qint64 at = from + (to - from) * i / qMax(1, count - 1);
                std::optional<double> value;
                if (type == u"POD_COUNT")
                    value = w.isRunningAt(at) ? std::optional<double>(double(qMax<qsizetype>(1, pods.size())))
                                              : std::optional<double>(0);
                else if (type == u"RUNNING_POD_COUNT")
                    value = w.isRunningAt(at) ? double(pods.size()) : 0.0;
                else
                    value = metricValue(cluster, w, type, at, gpuOffset + g,
                                        perGpu ? 1 : (pod ? podGpus : w.gpus));
                // Values are strings; a gap is a null value.
                values.append(
                    QJsonObject{{QStringLiteral("value"), value ? QJsonValue(QString::number(*value, 'g', 12))
                                                                : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("timestamp"), apiTimestamp(at - at % second)}});
            }
            measurements.append(QJsonObject{
                {QStringLiteral("type"), type},
                {QStringLiteral("labels"),
                 perGpu ? QJsonValue(QJsonObject{{QStringLiteral("gpu"), QString::number(gpuOffset + g)}})
                        : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("values"),
                 values.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(values)}});
        }
    }
    call.ok(QJsonObject{{QStringLiteral("measurements"), measurements}});
}

// ---- actions ----

// One action on one workload; empty on success, else {code, message}.
std::optional<std::pair<int, QString>> act(const RunAiCall &call, const QString &action, const QString &rawId,
                                           const QString &typedCollection = {})
{
    const QUuid uuid(rawId);
    SimulatedCluster &cluster = *call.context().cluster;
    const SimWorkload *w = uuid.isNull() ? nullptr : cluster.workload(uuid.toString(QUuid::WithoutBraces));
    const RunAiView view = call.view();
    const qint64 now = call.now();
    if (!w || view.isDeleted(*w, now))
        return std::pair{404, QStringLiteral("Workload %1 not found").arg(rawId)};
    const QString type = view.type(*w);
    if (!typedCollection.isEmpty()) {
        static const QHash<QString, QString> collections = {
            {QStringLiteral("Workspace"), QStringLiteral("workspaces")},
            {QStringLiteral("Training"), QStringLiteral("trainings")},
            {QStringLiteral("Distributed"), QStringLiteral("distributed")},
            {QStringLiteral("Inference"), QStringLiteral("inferences")}};
        if (collections.value(type) != typedCollection)
            return std::pair{404, QStringLiteral("Workload %1 not found").arg(rawId)};
    }
    const QString phase = view.phase(*w, now);
    RunAiState &state = *call.state;
    if (action == u"delete") {
        if (phase == u"Deleting")
            return std::pair{409, QStringLiteral("Workload %1 is already being deleted").arg(w->name)};
        state.deleteRequestedAt.insert(w->id, now);
        cluster.deleteWorkload(w->id, now + 3 * second); // gone after Deleting
        return std::nullopt;
    }
    if (type == u"Inference")
        return std::pair{
            400,
            QStringLiteral("Workload %1: %2 is not supported for inference workloads").arg(w->name, action)};
    if (action == u"suspend") {
        if (phase == u"Stopped" || phase == u"Stopping")
            return std::pair{409, QStringLiteral("Workload %1 is already stopped").arg(w->name)};
        if (phase == u"Completed" || phase == u"Failed" || phase == u"Deleting")
            return std::pair{409,
                             QStringLiteral("Workload %1 cannot be stopped in phase %2").arg(w->name, phase)};
        state.suspendedAt.insert(w->id, now);
        return std::nullopt;
    }
    if (phase != u"Stopped")
        return std::pair{409, QStringLiteral("Workload %1 is not stopped (phase %2)").arg(w->name, phase)};
    state.resumedAt.insert(w->id, now);
    return std::nullopt;
}

void handleBatch(const RunAiCall &call)
{
    if (!call.context().options.runaiBatchRoute) {
        call.error(404, QStringLiteral("Not Found"));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(call.body, &parseError);
    const QJsonObject body = document.object();
    const QString action = body.value(QStringLiteral("action")).toString();
    const QJsonArray ids = body.value(QStringLiteral("ids")).toArray();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        call.error(400, QStringLiteral("Bad request - the body is not JSON"));
        return;
    }
    if (action != u"delete" && action != u"suspend" && action != u"resume") {
        call.error(400, QStringLiteral("Bad request - action must be one of delete, suspend, resume"));
        return;
    }
    if (ids.isEmpty() || ids.size() > 100) {
        call.error(400, QStringLiteral("Bad request - ids must hold 1 to 100 workload ids"));
        return;
    }
    QJsonArray succeeded;
    QJsonArray failed;
    for (const QJsonValue &value : ids) {
        const QString id = value.toString();
        if (const auto failure = act(call, action, id))
            failed.append(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("code"), failure->first},
                                      {QStringLiteral("message"), failure->second}});
        else
            succeeded.append(id);
    }
    call.ok(QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                        {QStringLiteral("succeeded"), succeeded},
                        {QStringLiteral("failed"), failed}});
}

void handleTyped(const RunAiCall &call, const QString &collection, const QString &id, const QString &action)
{
    if (const auto failure = act(call, action, id, collection)) {
        call.error(failure->first, failure->second);
        return;
    }
    call.ok(runAiError(202, QStringLiteral("Request has been accepted.")), 202);
}

// ---- token ----

void handleToken(const RunAiCall &call, bool v2)
{
    if (v2 && !call.context().options.runaiTokenV2) {
        call.error(404, QStringLiteral("Not Found"));
        return;
    }
    QString secret;
    if (v2) {
        const QUrlQuery form(QString::fromUtf8(call.body));
        if (form.queryItemValue(QStringLiteral("grant_type")) != u"client_credentials") {
            call.ok(QJsonObject{{QStringLiteral("error"), QStringLiteral("unsupported_grant_type")}}, 400);
            return;
        }
        secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
    } else {
        const QJsonObject body = QJsonDocument::fromJson(call.body).object();
        if (body.value(QStringLiteral("grantType")).toString() != u"client_credentials") {
            call.error(400, QStringLiteral("Bad request - unsupported grantType"));
            return;
        }
        secret = body.value(QStringLiteral("clientSecret")).toString();
    }
    // The sandbox's access key: any client id, the sandbox token as the secret.
    if (secret != call.context().token) {
        if (v2)
            call.ok(QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_client")}}, 401);
        else
            call.error(401, QStringLiteral("Invalid client credentials"));
        return;
    }
    if (v2)
        call.ok(QJsonObject{{QStringLiteral("access_token"), call.context().token},
                            {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                            {QStringLiteral("expires_in"), 3600}});
    else
        call.ok(QJsonObject{{QStringLiteral("accessToken"), call.context().token},
                            {QStringLiteral("idToken"), QString()},
                            {QStringLiteral("refreshToken"), QString()},
                            {QStringLiteral("expiresIn"), 3600}});
}

// ---- registration ----

template<typename Handler>
void addRoute(QHttpServer &server, const Context &context, const State &state, const QString &path,
              QHttpServerRequest::Methods methods, Handler handler)
{
    server.route(path, [context, state, methods, handler](const QHttpServerRequest &request,
                                                          QHttpServerResponder &&r) {
        if (const auto call = admit(context, state, request, std::move(r), methods))
            handler(*call);
    });
}

template<typename Handler>
void addRoute1(QHttpServer &server, const Context &context, const State &state, const QString &path,
               QHttpServerRequest::Methods methods, Handler handler)
{
    server.route(path, [context, state, methods, handler](
                           const QString &arg, const QHttpServerRequest &request, QHttpServerResponder &&r) {
        if (const auto call = admit(context, state, request, std::move(r), methods))
            handler(*call, arg);
    });
}

} // namespace

bool authorizeBearer(SandboxContext &context, const QHttpServerRequest &request, const Responder &responder,
                     const QJsonObject &refusal)
{
    const QByteArray header = headerValue(request, QByteArrayLiteral("Authorization")).simplified();
    const QList<QByteArray> parts = header.split(' ');
    if (parts.size() == 2 && parts.at(0).toLower() == "bearer") {
        const QString token = QString::fromUtf8(parts.at(1));
        QString reason;
        if (context.options.tokenValidator ? context.options.tokenValidator(token, &reason)
                                           : token == context.token)
            return true;
    }
    reply(context, responder, 401, refusal,
          {{QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")}});
    return false;
}

void registerRunAiRoutes(QHttpServer &server, const Context &context, const State &state)
{
    server.route(QStringLiteral("/api/v1/token"),
                 [context, state](const QHttpServerRequest &request, QHttpServerResponder &&r) {
                     if (const auto call = admit(context, state, request, std::move(r), Method::Post, false))
                         handleToken(*call, false);
                 });
    server.route(QStringLiteral("/api/v2/token"),
                 [context, state](const QHttpServerRequest &request, QHttpServerResponder &&r) {
                     if (const auto call = admit(context, state, request, std::move(r), Method::Post, false))
                         handleToken(*call, true);
                 });
    addRoute(server, context, state, QStringLiteral("/api/v1/org-unit/projects"), Method::Get,
             [](const RunAiCall &call) {
                 qint64 offset = 0;
                 qint64 limit = 0;
                 if (!readPaging(call, &offset, &limit))
                     return;
                 QJsonArray projects;
                 const RunAiView view = call.view();
                 for (const QString &ns : call.context().cluster->namespaces())
                     projects.append(view.projectJson(ns));
                 call.ok(page(QStringLiteral("projects"), projects, offset, limit));
             });
    addRoute(server, context, state, QStringLiteral("/api/v1/org-unit/projects/count"), Method::Get,
             [](const RunAiCall &call) {
                 call.ok(QJsonObject{{QStringLiteral("count"), call.context().cluster->namespaces().size()}});
             });
    // Before workloads/<arg>, or "count" and "batch" would be taken for workload ids.
    addRoute(server, context, state, QStringLiteral("/api/v1/workloads/count"), Method::Get,
             [](const RunAiCall &call) {
                 if (const auto selection = selectWorkloads(call, 0, 0))
                     call.ok(QJsonObject{{QStringLiteral("count"), selection->total}});
             });
    addRoute(server, context, state, QStringLiteral("/api/v1/workloads/batch"), Method::Post,
             [](const RunAiCall &call) { handleBatch(call); });
    addRoute(server, context, state, QStringLiteral("/api/v1/workloads"), Method::Get,
             [](const RunAiCall &call) {
                 qint64 offset = 0;
                 qint64 limit = 0;
                 if (!readPaging(call, &offset, &limit))
                     return;
                 if (const auto selection = selectWorkloads(call, offset, limit))
                     call.ok(pageObject(QStringLiteral("workloads"), selection->window, offset, limit,
                                        selection->total));
             });
    for (const QString &collection : {QStringLiteral("workspaces"), QStringLiteral("trainings"),
                                      QStringLiteral("distributed"), QStringLiteral("inferences")}) {
        addRoute1(server, context, state, QStringLiteral("/api/v1/workloads/%1/<arg>").arg(collection),
                  Method::Delete, [collection](const RunAiCall &call, const QString &id) {
                      handleTyped(call, collection, id, QStringLiteral("delete"));
                  });
        if (collection == u"inferences")
            continue; // no suspend or resume for inference
        for (const QString &action : {QStringLiteral("suspend"), QStringLiteral("resume")}) {
            addRoute1(server, context, state,
                      QStringLiteral("/api/v1/workloads/%1/<arg>/%2").arg(collection, action), Method::Post,
                      [collection, action](const RunAiCall &call, const QString &id) {
                          handleTyped(call, collection, id, action);
                      });
        }
    }
    addRoute1(server, context, state, QStringLiteral("/api/v1/workloads/<arg>/pods"), Method::Get,
              [](const RunAiCall &call, const QString &id) {
                  const SimWorkload *w = findWorkload(call, id);
                  qint64 offset = 0;
                  qint64 limit = 0;
                  if (!w || !readPaging(call, &offset, &limit))
                      return;
                  const RunAiView view = call.view();
                  QJsonArray pods;
                  for (const SimPod &pod : view.pods(*w, call.now()))
                      pods.append(view.podJson(*w, pod));
                  call.ok(page(QStringLiteral("pods"), pods, offset, limit));
              });
    addRoute1(server, context, state, QStringLiteral("/api/v1/workloads/<arg>/metrics"), Method::Get,
              [](const RunAiCall &call, const QString &id) {
                  if (const SimWorkload *w = findWorkload(call, id))
                      handleMetrics(call, *w, nullptr);
              });
    server.route(QStringLiteral("/api/v1/workloads/<arg>/pods/<arg>/metrics"),
                 [context, state](const QString &id, const QString &podId, const QHttpServerRequest &request,
                                  QHttpServerResponder &&r) {
                     const auto call = admit(context, state, request, std::move(r), Method::Get);
                     if (!call)
                         return;
                     const SimWorkload *w = findWorkload(*call, id);
                     if (!w)
                         return;
                     for (const SimPod &pod : call->view().pods(*w, call->now())) {
                         if (pod.id == podId.toLower()) {
                             handleMetrics(*call, *w, &pod);
                             return;
                         }
                     }
                     call->error(404, QStringLiteral("Pod %1 not found").arg(podId));
                 });
    const auto events = [](const SimWorkload &w, const RunAiCall &call) {
        // Kubernetes events of the simulation, newest first (sortOrder desc by default).
        QList<SimLogEntry> list = call.context().cluster->logs(w, 0, call.now(), call.now(), 0, true);
        const RunAiView view = call.view();
        const QList<SimPod> pods = view.pods(w, call.now());
        const QString podName =
            pods.isEmpty() ? w.name.toLower() + QStringLiteral("-0-0") : pods.first().name;
        QJsonArray items;
        for (const SimLogEntry &entry : list) {
            const int colon = int(entry.message.indexOf(QLatin1Char(':')));
            const bool hasReason =
                colon > 0 && colon < 40 && !entry.message.left(colon).contains(QLatin1Char(' '));
            items.append(QJsonObject{
                {QStringLiteral("id"), QUuid::createUuidV5(QUuid(w.id), QString::number(entry.micros))
                                           .toString(QUuid::WithoutBraces)},
                {QStringLiteral("createdAt"), apiTimestamp(entry.micros)},
                {QStringLiteral("type"), entry.level == u"warning" || entry.level == u"error"
                                             ? QStringLiteral("Warning")
                                             : QStringLiteral("Normal")},
                {QStringLiteral("reason"), hasReason ? entry.message.left(colon) : QStringLiteral("Event")},
                {QStringLiteral("source"), QStringLiteral("kubelet")},
                {QStringLiteral("message"),
                 hasReason ? entry.message.mid(colon + 1).trimmed() : entry.message},
                {QStringLiteral("clusterId"), RunAiView::clusterId()},
                {QStringLiteral("involvedObject"),
                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("Pod")},
                             {QStringLiteral("name"), podName},
                             {QStringLiteral("namespace"), view.namespaceOf(w.namespaceName)}}}});
        }
        return items;
    };
    addRoute1(server, context, state, QStringLiteral("/api/v1/workloads/<arg>/events"), Method::Get,
              [events](const RunAiCall &call, const QString &id) {
                  const SimWorkload *w = findWorkload(call, id, true);
                  qint64 offset = 0;
                  qint64 limit = 0;
                  if (!w || !readPaging(call, &offset, &limit))
                      return;
                  QJsonArray items = events(*w, call);
                  if (call.query.value(QStringLiteral("sortOrder")) != u"asc") {
                      QJsonArray reversed;
                      for (qsizetype i = items.size() - 1; i >= 0; --i)
                          reversed.append(items.at(i));
                      items = reversed;
                  }
                  call.ok(page(QStringLiteral("events"), items, offset, limit));
              });
    addRoute1(server, context, state, QStringLiteral("/api/v1/workloads/<arg>/history"), Method::Get,
              [events](const RunAiCall &call, const QString &id) {
                  const SimWorkload *w = findWorkload(call, id, true);
                  qint64 offset = 0;
                  qint64 limit = 0;
                  if (!w || !readPaging(call, &offset, &limit))
                      return;
                  // Phase updates at the life-cycle's moments, and the events; oldest first.
                  QList<std::pair<qint64, QJsonObject>> records;
                  const auto phaseUpdate = [&](qint64 at, const QString &phase, const QString &message = {}) {
                      if (at <= 0 || at > call.now())
                          return;
                      records.append(
                          {at, QJsonObject{
                                   {QStringLiteral("meta"),
                                    QJsonObject{{QStringLiteral("creationTimestamp"), apiTimestamp(at)},
                                                {QStringLiteral("type"), QStringLiteral("PhaseUpdate")}}},
                                   {QStringLiteral("spec"),
                                    QJsonObject{{QStringLiteral("phaseUpdate"),
                                                 QJsonObject{{QStringLiteral("phase"), phase},
                                                             {QStringLiteral("phaseMessage"), message}}}}}}});
                  };
                  phaseUpdate(w->createdMicros, QStringLiteral("Creating"));
                  phaseUpdate(w->createdMicros + 20 * second, QStringLiteral("Pending"));
                  if (w->runningMicros) {
                      phaseUpdate(w->runningMicros, QStringLiteral("Initializing"));
                      phaseUpdate(w->runningMicros + 10 * second, QStringLiteral("Running"));
                  }
                  if (w->endMicros)
                      phaseUpdate(w->endMicros,
                                  w->endStatus == u"Complete" ? QStringLiteral("Completed")
                                                              : QStringLiteral("Failed"),
                                  w->endStatus == u"Failed"
                                      ? QStringLiteral("Container exited with code 1 (OOMKilled)")
                                      : QString());
                  const RunAiState &st = *call.state;
                  if (st.suspendedAt.contains(w->id)) {
                      phaseUpdate(st.suspendedAt.value(w->id), QStringLiteral("Stopping"));
                      phaseUpdate(st.suspendedAt.value(w->id) + 3 * second, QStringLiteral("Stopped"));
                  }
                  if (st.resumedAt.contains(w->id))
                      phaseUpdate(st.resumedAt.value(w->id), QStringLiteral("Resuming"));
                  if (st.deleteRequestedAt.contains(w->id))
                      phaseUpdate(st.deleteRequestedAt.value(w->id), QStringLiteral("Deleting"));
                  for (const QJsonValue &event : events(*w, call)) {
                      const QJsonObject e = event.toObject();
                      const ParsedTime at = parseDateTime(e.value(QStringLiteral("createdAt")).toString());
                      records.append(
                          {at.time ? at.time->micros : 0,
                           QJsonObject{{QStringLiteral("meta"),
                                        QJsonObject{{QStringLiteral("creationTimestamp"),
                                                     e.value(QStringLiteral("createdAt"))},
                                                    {QStringLiteral("type"), QStringLiteral("Event")}}},
                                       {QStringLiteral("spec"), QJsonObject{{QStringLiteral("event"), e}}}}});
                  }
                  std::stable_sort(records.begin(), records.end(),
                                   [](const auto &a, const auto &b) { return a.first < b.first; });
                  QJsonArray items;
                  for (const auto &record : std::as_const(records))
                      items.append(record.second);
                  call.ok(page(QStringLiteral("records"), items, offset, limit));
              });
    addRoute1(server, context, state, QStringLiteral("/api/v1/workloads/<arg>"), Method::Get,
              [](const RunAiCall &call, const QString &id) {
                  if (const SimWorkload *w = findWorkload(call, id))
                      call.ok(call.view().workloadJson(*w, call.now(), true));
              });
}

} // namespace Workdeck::Sandbox
