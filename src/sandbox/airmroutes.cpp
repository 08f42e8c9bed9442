// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "airmroutes.h"

#include "aiwbhandlers.h"
#include "timeformat.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QUuid>

#include <cmath>

namespace Workdeck::Sandbox {

namespace {

using Context = std::shared_ptr<SandboxContext>;
using State = std::shared_ptr<AirmState>;
using Method = QHttpServerRequest::Method;

constexpr qint64 second = 1000000;
constexpr qint64 deletingFor = 3 * second; // simulated time from DELETE to Deleted or DeleteFailed
const QUuid sandboxNamespace(QStringLiteral("{6f1d9b8e-3c52-4c1e-9a57-2b1f0f6e7a11}"));
const QString adminEmail = QStringLiteral("admin@sandbox.local");

QString uuidFor(const QString &what)
{
    return QUuid::createUuidV5(sandboxNamespace, what).toString(QUuid::WithoutBraces);
}

QString clusterId()
{
    return uuidFor(QStringLiteral("cluster/sandbox-cluster"));
}

// A workload only AIRM knows: registered from the cluster, not made through AIWB.
struct AirmOnlyWorkload
{
    QString id;
    QString displayName;
    QString type;
    QString status;
    QString createdBy;
    qint64 createdMicros = 0;
};

QList<AirmOnlyWorkload> airmOnlyWorkloads(const SimulatedCluster &cluster, const QString &ns)
{
    const qint64 epoch = cluster.epochMicros();
    return {{uuidFor(ns + QStringLiteral("/model-download")),
             QStringLiteral("download-llama-3.1-8b-instruct"), QStringLiteral("MODEL_DOWNLOAD"),
             QStringLiteral("Complete"), adminEmail, epoch - 26 * 3600 * second},
            {uuidFor(ns + QStringLiteral("/custom")), QStringLiteral("nightly-eval-harness"),
             QStringLiteral("CUSTOM"), QStringLiteral("Terminated"), QStringLiteral("system"),
             epoch - 8 * 3600 * second}};
}

// Everything AIRM says about one workload, from the simulated one or an AIRM-only one.
struct AirmWorkload
{
    QString id;
    QString ns;
    QString displayName;
    QString type;
    QString status;
    QString createdBy;
    QString updatedBy;
    qint64 createdMicros = 0;
    qint64 updatedMicros = 0;
    const SimWorkload *sim = nullptr; // null for AIRM-only ones
};

class AirmView
{
public:
    AirmView(const SandboxContext &context, const AirmState &state)
        : m_cluster(*context.cluster)
        , m_state(state)
        , m_now(context.nowMicros())
    {}

    qint64 now() const { return m_now; }

    QString status(const QString &id, const QString &plain, const SimWorkload *sim) const
    {
        const auto asked = m_state.deleteRequestedAt.constFind(id);
        if (asked == m_state.deleteRequestedAt.cend())
            return plain;
        if (m_now < *asked + deletingFor)
            return QStringLiteral("Deleting");
        // The failed fine-tuning showcase cannot be cleaned up: its job's finalizer hangs.
        if (sim && m_cluster.showcaseId(sim->namespaceName, Showcase::FailedFineTuning) == id)
            return QStringLiteral("DeleteFailed");
        return QStringLiteral("Deleted");
    }

    QList<AirmWorkload> workloads(const QString &ns) const
    {
        QList<AirmWorkload> list;
        for (const SimWorkload *w : m_cluster.workloads(ns))
            list.append(of(*w));
        for (const AirmOnlyWorkload &only : airmOnlyWorkloads(m_cluster, ns))
            list.append(of(only, ns));
        return list;
    }

    std::optional<AirmWorkload> workload(const QString &id) const
    {
        if (const SimWorkload *w = m_cluster.workload(id))
            return of(*w);
        for (const QString &ns : m_cluster.namespaces()) {
            for (const AirmOnlyWorkload &only : airmOnlyWorkloads(m_cluster, ns)) {
                if (only.id == id)
                    return of(only, ns);
            }
        }
        return std::nullopt;
    }

    AirmWorkload of(const SimWorkload &w) const
    {
        const WorkloadView v = m_cluster.view(w, m_now);
        AirmWorkload a{w.id,
                       w.namespaceName,
                       v.displayName,
                       v.type,
                       status(w.id, v.status, &w),
                       v.createdBy,
                       QStringLiteral("system"),
                       v.createdMicros,
                       v.updatedMicros,
                       &w};
        if (a.status != v.status)
            a.updatedMicros = m_state.deleteRequestedAt.value(w.id);
        return a;
    }

    AirmWorkload of(const AirmOnlyWorkload &only, const QString &ns) const
    {
        return {only.id,
                ns,
                only.displayName,
                only.type,
                status(only.id, only.status, nullptr),
                only.createdBy,
                QStringLiteral("system"),
                only.createdMicros,
                only.createdMicros + 40 * 60 * second,
                nullptr};
    }

    QJsonObject json(const AirmWorkload &a) const
    {
        return QJsonObject{{QStringLiteral("id"), a.id},
                           {QStringLiteral("created_at"), apiTimestamp(a.createdMicros)},
                           {QStringLiteral("updated_at"), apiTimestamp(a.updatedMicros)},
                           {QStringLiteral("created_by"), a.createdBy},
                           {QStringLiteral("updated_by"), a.updatedBy},
                           {QStringLiteral("project_id"), airmProjectId(a.ns)},
                           {QStringLiteral("cluster_id"), clusterId()},
                           {QStringLiteral("status"), a.status},
                           {QStringLiteral("display_name"), a.displayName.isEmpty()
                                                                ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(a.displayName)},
                           {QStringLiteral("type"), a.type}};
    }

    // A running workload's GPUs; 0 when it is not running.
    int gpusNow(const AirmWorkload &a) const
    {
        return a.sim && a.sim->isRunningAt(m_now) && a.status == u"Running" ? a.sim->gpus : 0;
    }

    qint64 runTimeSeconds(const AirmWorkload &a) const
    {
        if (!a.sim || !a.sim->runningMicros || m_now < a.sim->runningMicros)
            return 0;
        qint64 end = m_now;
        if (a.sim->endMicros)
            end = qMin(end, a.sim->endMicros);
        if (a.sim->deletedMicros)
            end = qMin(end, a.sim->deletedMicros);
        return qMax<qint64>(0, (end - a.sim->runningMicros) / second);
    }

    QJsonArray components(const AirmWorkload &a) const
    {
        // The kind-specific resources AIWB's charts make, in AIRM's component statuses.
        const bool job = a.type == u"FINE_TUNING" || a.type == u"MODEL_DOWNLOAD" || a.type == u"CUSTOM";
        QStringList kinds =
            job ? QStringList{QStringLiteral("Job"), QStringLiteral("Pod")}
                : QStringList{QStringLiteral("Deployment"), QStringLiteral("Pod"), QStringLiteral("Service")};
        if (a.type == u"WORKSPACE")
            kinds << QStringLiteral("HTTPRoute");
        QJsonArray list;
        for (const QString &kind : std::as_const(kinds)) {
            QString componentStatus = a.status;
            QJsonValue reason = QJsonValue::Null;
            if (a.status == u"Complete")
                componentStatus = kind == u"Pod" ? QStringLiteral("Succeeded") : QStringLiteral("Complete");
            else if (a.status == u"Failed" && kind == u"Job")
                reason = QStringLiteral("BackoffLimitExceeded: Job has reached the specified backoff limit");
            else if (a.status == u"Pending" && kind == u"Pod")
                reason = QStringLiteral("Waiting for GPU quota in the cluster queue");
            else if (a.status == u"DeleteFailed" && kind == u"Job")
                reason =
                    QStringLiteral("Timed out waiting for the finalizer batch.kubernetes.io/job-tracking");
            else if (a.status == u"Running" && kind == u"Service")
                componentStatus = QStringLiteral("Ready");
            const QString name = kind.toLower() + u'-' + a.id.left(8);
            list.append(QJsonObject{{QStringLiteral("id"), uuidFor(a.id + u'/' + kind)},
                                    {QStringLiteral("created_at"), apiTimestamp(a.createdMicros)},
                                    {QStringLiteral("updated_at"), apiTimestamp(a.updatedMicros)},
                                    {QStringLiteral("created_by"), a.createdBy},
                                    {QStringLiteral("updated_by"), QStringLiteral("system")},
                                    {QStringLiteral("name"), name},
                                    {QStringLiteral("kind"), kind},
                                    {QStringLiteral("api_version"),
                                     kind == u"Job"          ? QStringLiteral("batch/v1")
                                     : kind == u"Deployment" ? QStringLiteral("apps/v1")
                                     : kind == u"HTTPRoute"  ? QStringLiteral("gateway.networking.k8s.io/v1")
                                                             : QStringLiteral("v1")},
                                    {QStringLiteral("status"), componentStatus},
                                    {QStringLiteral("status_reason"), reason}});
        }
        return list;
    }

private:
    const SimulatedCluster &m_cluster;
    const AirmState &m_state;
    qint64 m_now;
};

QJsonObject clusterJson(const SimulatedCluster &cluster)
{
    const QString epoch = apiTimestamp(cluster.epochMicros() - 30LL * 24 * 3600 * second);
    return QJsonObject{
        {QStringLiteral("id"), clusterId()},
        {QStringLiteral("created_at"), epoch},
        {QStringLiteral("updated_at"), epoch},
        {QStringLiteral("created_by"), adminEmail},
        {QStringLiteral("updated_by"), adminEmail},
        {QStringLiteral("workloads_base_url"), QStringLiteral("https://workloads.sandbox.local")},
        {QStringLiteral("kube_api_url"), QStringLiteral("https://k8s.sandbox.local")},
        {QStringLiteral("name"), QStringLiteral("sandbox-cluster")},
        {QStringLiteral("last_heartbeat_at"), apiTimestamp(cluster.nowMicros() - 20 * second)},
        {QStringLiteral("status"), QStringLiteral("healthy")}};
}

QJsonObject projectJson(const SimulatedCluster &cluster, const QString &ns, int index)
{
    const QString created = apiTimestamp(cluster.epochMicros() - 20LL * 24 * 3600 * second);
    const QJsonObject quota{{QStringLiteral("id"), uuidFor(ns + QStringLiteral("/quota"))},
                            {QStringLiteral("created_at"), created},
                            {QStringLiteral("updated_at"), created},
                            {QStringLiteral("created_by"), adminEmail},
                            {QStringLiteral("updated_by"), adminEmail},
                            {QStringLiteral("cpu_milli_cores"), 64000 * (index + 1)},
                            {QStringLiteral("memory_bytes"), double(549755813888LL * (index + 1))},
                            {QStringLiteral("ephemeral_storage_bytes"), double(1099511627776LL)},
                            {QStringLiteral("gpu_count"), 8 * (index + 1)},
                            {QStringLiteral("status"), QStringLiteral("Ready")},
                            {QStringLiteral("status_reason"), QJsonValue::Null}};
    return QJsonObject{{QStringLiteral("id"), airmProjectId(ns)},
                       {QStringLiteral("created_at"), created},
                       {QStringLiteral("updated_at"), created},
                       {QStringLiteral("created_by"), adminEmail},
                       {QStringLiteral("updated_by"), adminEmail},
                       {QStringLiteral("name"), ns},
                       {QStringLiteral("description"), QStringLiteral("Sandbox project %1").arg(ns)},
                       {QStringLiteral("cluster_id"), clusterId()},
                       {QStringLiteral("status"), QStringLiteral("Ready")},
                       {QStringLiteral("status_reason"), QJsonValue::Null},
                       {QStringLiteral("quota"), quota},
                       {QStringLiteral("cluster"), clusterJson(cluster)}};
}

// The namespace of an AIRM project id; empty when there is none (the caller answers).
QString namespaceOfProject(const SimulatedCluster &cluster, const QString &projectId)
{
    for (const QString &ns : cluster.namespaces()) {
        if (airmProjectId(ns) == projectId.toLower())
            return ns;
    }
    return {};
}

bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull();
}

// FastAPI's 422 for a path or query value that is not a UUID.
void uuidError(const Call &call, const QString &where, const QString &name, const QString &input)
{
    ValidationErrors errors;
    errors.add(
        QStringLiteral("uuid_parsing"), QJsonArray{where, name},
        QStringLiteral("Input should be a valid UUID, invalid character: expected an optional prefix of "
                       "`urn:uuid:` followed by [0-9a-fA-F-], found `%1` at 1")
            .arg(input.left(1)),
        input);
    replyValidation(call.context(), call.responder, errors);
}

void listWorkloads(const Call &call, const State &state)
{
    const AirmView view(call.context(), *state);
    QJsonArray data;
    const QString projectId = call.query.value(QStringLiteral("project_id"));
    if (call.query.contains(QStringLiteral("project_id"))) {
        if (!isUuid(projectId)) {
            uuidError(call, QStringLiteral("query"), QStringLiteral("project_id"), projectId);
            return;
        }
        const QString ns = namespaceOfProject(*call.context().cluster, projectId);
        if (ns.isEmpty()) {
            replyDetail(call.context(), call.responder, 403,
                        QStringLiteral("User is not a member of the project"));
            return;
        }
        for (const AirmWorkload &a : view.workloads(ns))
            data.append(view.json(a));
    } else {
        for (const QString &ns : call.context().cluster->namespaces()) {
            for (const AirmWorkload &a : view.workloads(ns))
                data.append(view.json(a));
        }
    }
    reply(call.context(), call.responder, 200, QJsonObject{{QStringLiteral("data"), data}});
}

void projectWorkloadMetrics(const Call &call, const State &state, const QString &projectId)
{
    if (!isUuid(projectId)) {
        uuidError(call, QStringLiteral("path"), QStringLiteral("project_id"), projectId);
        return;
    }
    const QString ns = namespaceOfProject(*call.context().cluster, projectId);
    if (ns.isEmpty()) {
        replyDetail(call.context(), call.responder, 404,
                    QStringLiteral("Project with ID %1 not found.").arg(projectId));
        return;
    }
    bool pageOk = true;
    bool sizeOk = true;
    const qint64 page = call.query.contains(QStringLiteral("page"))
                            ? call.query.value(QStringLiteral("page")).toLongLong(&pageOk)
                            : 1;
    const qint64 pageSize = call.query.contains(QStringLiteral("page_size"))
                                ? call.query.value(QStringLiteral("page_size")).toLongLong(&sizeOk)
                                : 10;
    if (!pageOk || !sizeOk || page < 1 || pageSize < 1) {
        ValidationErrors errors;
        errors.add(
            QStringLiteral("greater_than_equal"),
            QJsonArray{QStringLiteral("query"),
                       !pageOk || page < 1 ? QStringLiteral("page") : QStringLiteral("page_size")},
            QStringLiteral("Input should be greater than or equal to 1"),
            call.query.value(!pageOk || page < 1 ? QStringLiteral("page") : QStringLiteral("page_size")));
        replyValidation(call.context(), call.responder, errors);
        return;
    }
    const AirmView view(call.context(), *state);
    QList<AirmWorkload> rows = view.workloads(ns);
    // The default sort: newest first (sort and filter parameters are not modelled).
    std::stable_sort(rows.begin(), rows.end(), [](const AirmWorkload &a, const AirmWorkload &b) {
        return a.createdMicros > b.createdMicros;
    });
    QJsonArray data;
    for (qint64 i = (page - 1) * pageSize; i < rows.size() && i < page * pageSize; ++i) {
        const AirmWorkload &a = rows.at(i);
        QJsonObject row = view.json(a);
        const int gpus = view.gpusNow(a);
        row.insert(QStringLiteral("gpu_count"), gpus);
        row.insert(QStringLiteral("vram"), gpus * (a.sim ? a.sim->vramPerGpuMb : 0.0));
        row.insert(QStringLiteral("run_time"), view.runTimeSeconds(a));
        data.append(row);
    }
    reply(call.context(), call.responder, 200,
          QJsonObject{{QStringLiteral("page"), page},
                      {QStringLiteral("page_size"), pageSize},
                      {QStringLiteral("total"), rows.size()},
                      {QStringLiteral("data"), data}});
}

std::optional<AirmWorkload> findOr404(const Call &call, const State &state, const QString &id,
                                      const char *wording)
{
    if (!isUuid(id)) {
        uuidError(call, QStringLiteral("path"), QStringLiteral("workload_id"), id);
        return std::nullopt;
    }
    const AirmView view(call.context(), *state);
    auto found = view.workload(id.toLower());
    if (!found)
        replyDetail(call.context(), call.responder, 404,
                    QStringLiteral("Workload with ID %1 %2").arg(id, QLatin1String(wording)));
    return found;
}

void workloadItem(const Call &call, const State &state, Method method, const QString &id)
{
    const auto found = findOr404(call, state, id,
                                 method == Method::Delete ? "not found or access denied" : "not accessible");
    if (!found)
        return;
    if (method == Method::Get) {
        const AirmView view(call.context(), *state);
        QJsonObject body = view.json(*found);
        body.insert(QStringLiteral("components"), view.components(*found));
        reply(call.context(), call.responder, 200, body);
        return;
    }
    if (found->status == u"Deleting") {
        replyDetail(call.context(), call.responder, 409,
                    QStringLiteral("Workload is already marked for deletion"));
        return;
    }
    if (found->status == u"Deleted") {
        replyDetail(call.context(), call.responder, 409,
                    QStringLiteral("Workload %1 has already been deleted").arg(found->id));
        return;
    }
    // Asked now; the cluster agent's answer comes a few simulated seconds later.
    const qint64 now = call.context().nowMicros();
    state->deleteRequestedAt.insert(found->id, now);
    if (found->sim && found->sim->namespaceName.size() &&
        call.context().cluster->showcaseId(found->ns, Showcase::FailedFineTuning) != found->id)
        call.context().cluster->deleteWorkload(found->id, now + deletingFor);
    reply(call.context(), call.responder, 204, QJsonValue());
}

void infoCard(const Call &call, const State &state, const QString &id)
{
    const auto found = findOr404(call, state, id, "not accessible");
    if (!found)
        return;
    const AirmView view(call.context(), *state);
    const int gpus = view.gpusNow(*found);
    qint64 queue = 0;
    if (found->sim) {
        const qint64 until = found->sim->runningMicros && found->sim->runningMicros < view.now()
                                 ? found->sim->runningMicros
                                 : view.now();
        queue = qMax<qint64>(0, (until - found->sim->createdMicros) / second);
    }
    reply(call.context(), call.responder, 200,
          QJsonObject{{QStringLiteral("name"), found->displayName},
                      {QStringLiteral("workload_id"), found->id},
                      {QStringLiteral("created_by"), found->createdBy},
                      {QStringLiteral("cluster_name"), QStringLiteral("sandbox-cluster")},
                      {QStringLiteral("cluster_id"), clusterId()},
                      {QStringLiteral("nodes_in_use"), gpus == 0 ? 0 : (gpus + 7) / 8},
                      {QStringLiteral("gpu_devices_in_use"), gpus},
                      {QStringLiteral("created_at"), apiTimestamp(found->createdMicros)},
                      {QStringLiteral("updated_at"), apiTimestamp(found->updatedMicros)},
                      {QStringLiteral("queue_time"), queue},
                      {QStringLiteral("running_time"), view.runTimeSeconds(*found)}});
}

// A smooth, seeded load in 0..1 for one GPU at one time.
double gpuLoad(const SimWorkload &w, int device, qint64 micros)
{
    const double phase = double((w.seed >> (device % 16)) % 628) / 100.0;
    const double t = double(micros / second) / 600.0;
    return qBound(0.05, 0.62 + 0.3 * std::sin(t + phase) + 0.05 * std::sin(7.3 * t + device), 1.0);
}

void gpuDeviceMetric(const Call &call, const State &state, const QString &id, const QString &metric)
{
    static const QStringList metrics{QStringLiteral("vram-utilization"),
                                     QStringLiteral("junction-temperature"), QStringLiteral("power-usage")};
    if (!metrics.contains(metric)) {
        replyDetail(call.context(), call.responder, 404, QStringLiteral("Not Found"));
        return;
    }
    const auto found = findOr404(call, state, id, "not accessible");
    if (!found)
        return;
    ValidationErrors errors;
    const QDateTime start =
        QDateTime::fromString(call.query.value(QStringLiteral("start")), Qt::ISODateWithMs);
    const QDateTime end = QDateTime::fromString(call.query.value(QStringLiteral("end")), Qt::ISODateWithMs);
    if (!call.query.contains(QStringLiteral("start")))
        errors.missing(QJsonArray{QStringLiteral("query"), QStringLiteral("start")});
    if (!call.query.contains(QStringLiteral("end")))
        errors.missing(QJsonArray{QStringLiteral("query"), QStringLiteral("end")});
    if (!errors.isEmpty()) {
        replyValidation(call.context(), call.responder, errors);
        return;
    }
    const qint64 now = call.context().nowMicros();
    if (!start.isValid() || !end.isValid() || start >= end ||
        start.toMSecsSinceEpoch() * 1000 < now - 8LL * 24 * 3600 * second) {
        replyDetail(call.context(), call.responder, 400,
                    QStringLiteral("start must be before end and within the last 8 days"));
        return;
    }
    const qint64 from = start.toMSecsSinceEpoch() * 1000;
    const qint64 to = qMin(end.toMSecsSinceEpoch() * 1000, now);
    const qint64 span = to - from;
    const qint64 step = span <= 3600 * second        ? 60 * second
                        : span <= 24 * 3600 * second ? 300 * second
                                                     : 3600 * second;
    const QString label = metric == u"vram-utilization"       ? QStringLiteral("vram_utilization_pct")
                          : metric == u"junction-temperature" ? QStringLiteral("junction_temperature_celsius")
                                                              : QStringLiteral("power_watts");
    QJsonArray devices;
    const SimWorkload *w = found->sim;
    const int gpus = w ? w->gpus : 0;
    for (int device = 0; device < gpus; ++device) {
        QJsonArray values;
        for (qint64 t = from - from % step + step; t <= to; t += step) {
            QJsonValue value = QJsonValue::Null;
            if (w->isRunningAt(t)) {
                const double load = gpuLoad(*w, device, t);
                value = metric == u"vram-utilization"       ? std::round(load * 950) / 10
                        : metric == u"junction-temperature" ? std::round((42 + 48 * load) * 10) / 10
                                                            : std::round(140 + 560 * load);
            }
            values.append(QJsonObject{{QStringLiteral("value"), value},
                                      {QStringLiteral("timestamp"), apiTimestamp(t)}});
        }
        devices.append(QJsonObject{
            {QStringLiteral("gpu_uuid"), QStringLiteral("0x%1").arg(QString::number(
                                             (w->seed ^ quint64(device)) & 0xffffffffffffULL, 16))},
            {QStringLiteral("gpu_id"), QString::number(device % 8)},
            {QStringLiteral("hostname"),
             QStringLiteral("gpu-node-%1").arg(int((w->seed % 6) + device / 8) + 1, 2, 10, QLatin1Char('0'))},
            {QStringLiteral("metric"),
             QJsonObject{{QStringLiteral("series_label"), label}, {QStringLiteral("values"), values}}}});
    }
    reply(call.context(), call.responder, 200,
          QJsonObject{{QStringLiteral("gpu_devices"), devices},
                      {QStringLiteral("range"), QJsonObject{{QStringLiteral("start"), apiTimestamp(from)},
                                                            {QStringLiteral("end"), apiTimestamp(to)},
                                                            {QStringLiteral("step"), QJsonValue::Null}}}});
}

template<typename Handler>
void addRoute(QHttpServer &server, const Context &context, const QString &path,
              QHttpServerRequest::Methods methods, Handler handler)
{
    server.route(path,
                 [context, methods, handler](const QHttpServerRequest &request, QHttpServerResponder &&r) {
                     const Method method = request.method();
                     if (const auto call = admitFastApi(context, request, std::move(r), methods))
                         handler(*call, method);
                 });
}

template<typename Handler>
void addRoute1(QHttpServer &server, const Context &context, const QString &path,
               QHttpServerRequest::Methods methods, Handler handler)
{
    server.route(path, [context, methods, handler](const QString &arg, const QHttpServerRequest &request,
                                                   QHttpServerResponder &&r) {
        const Method method = request.method();
        if (const auto call = admitFastApi(context, request, std::move(r), methods))
            handler(*call, method, arg);
    });
}

} // namespace

QString airmProjectId(const QString &namespaceName)
{
    return uuidFor(QStringLiteral("project/") + namespaceName);
}

void registerAirmRoutes(QHttpServer &server, const Context &context, const State &state)
{
    addRoute(server, context, QStringLiteral("/v1/projects/submittable"), Method::Get,
             [](const Call &call, Method) {
                 QJsonArray data;
                 const QStringList namespaces = call.context().cluster->namespaces();
                 for (int i = 0; i < namespaces.size(); ++i)
                     data.append(projectJson(*call.context().cluster, namespaces.at(i), i));
                 reply(call.context(), call.responder, 200, QJsonObject{{QStringLiteral("data"), data}});
             });
    addRoute1(server, context, QStringLiteral("/v1/projects/<arg>/workloads/metrics"), Method::Get,
              [state](const Call &call, Method, const QString &projectId) {
                  projectWorkloadMetrics(call, state, projectId);
              });
    addRoute(server, context, QStringLiteral("/v1/clusters"), Method::Get, [](const Call &call, Method) {
        QJsonObject cluster = clusterJson(*call.context().cluster);
        cluster.insert(QStringLiteral("total_node_count"), 8);
        cluster.insert(QStringLiteral("available_node_count"), 8);
        cluster.insert(QStringLiteral("gpu_info"),
                       QJsonObject{{QStringLiteral("vendor"), QStringLiteral("AMD")},
                                   {QStringLiteral("type"), QStringLiteral("74a1")},
                                   {QStringLiteral("memory_bytes_per_device"), 206158430208.0},
                                   {QStringLiteral("name"), QStringLiteral("Instinct MI300X")}});
        reply(call.context(), call.responder, 200,
              QJsonObject{{QStringLiteral("data"), QJsonArray{cluster}}});
    });
    addRoute(server, context, QStringLiteral("/v1/workloads"), Method::Get,
             [state](const Call &call, Method) { listWorkloads(call, state); });
    addRoute1(server, context, QStringLiteral("/v1/workloads/<arg>"), Method::Get | Method::Delete,
              [state](const Call &call, Method method, const QString &id) {
                  workloadItem(call, state, method, id);
              });
    addRoute1(server, context, QStringLiteral("/v1/workloads/<arg>/metrics"), Method::Get,
              [state](const Call &call, Method, const QString &id) { infoCard(call, state, id); });
    server.route(QStringLiteral("/v1/workloads/<arg>/metrics/gpu-devices/<arg>"),
                 [context, state](const QString &id, const QString &metric, const QHttpServerRequest &request,
                                  QHttpServerResponder &&r) {
                     if (const auto call = admitFastApi(context, request, std::move(r), Method::Get))
                         gpuDeviceMetric(*call, state, id, metric);
                 });
}

} // namespace Workdeck::Sandbox
