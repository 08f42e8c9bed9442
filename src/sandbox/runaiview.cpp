// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "runaiview.h"

#include "timeformat.h"

#include <QJsonArray>

#include <algorithm>

namespace Workdeck::Sandbox {

namespace {

constexpr qint64 second = 1000000;
// How long the transitional phases last, in simulated seconds.
constexpr qint64 stoppingFor = 3 * second;
constexpr qint64 resumingFor = 2 * second;
constexpr qint64 initializingFor = 3 * second;
constexpr qint64 deletingFor = 3 * second;
constexpr qint64 creatingFor = 20 * second;

const char *const departments[] = {"research", "engineering", "ml-platform"};
const char *const nodePools[] = {"default", "mi300x", "a100-80gb"};

QJsonValue nullable(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue timeOrNull(qint64 micros)
{
    return micros > 0 ? QJsonValue(apiTimestamp(micros)) : QJsonValue(QJsonValue::Null);
}

QString quantityGi(double gibibytes)
{
    return QStringLiteral("%1Gi").arg(qint64(gibibytes));
}

QString podNameBase(const SimWorkload &w)
{
    return w.name.toLower();
}

} // namespace

QString RunAiView::clusterId()
{
    return QStringLiteral("71f69d83-ba66-4822-adf5-55ce55efd210");
}

QString RunAiView::projectId(const QString &namespaceName) const
{
    const qsizetype index = m_cluster.namespaces().indexOf(namespaceName);
    return index < 0 ? QString() : QString::number(4 + 3 * index); // "4", "7", "10", ...
}

QString RunAiView::projectOfNamespace(const QString &kubernetesNamespace) const
{
    if (!kubernetesNamespace.startsWith(u"runai-"))
        return {};
    const QString name = kubernetesNamespace.mid(6);
    return m_cluster.namespaces().contains(name) ? name : QString();
}

QString RunAiView::departmentId(const QString &namespaceName) const
{
    const qsizetype index = qMax<qsizetype>(0, m_cluster.namespaces().indexOf(namespaceName));
    return QString::number(1 + index % 2);
}

QString RunAiView::departmentName(const QString &namespaceName) const
{
    const qsizetype index = qMax<qsizetype>(0, m_cluster.namespaces().indexOf(namespaceName));
    return QString::fromLatin1(departments[index % 2]);
}

QString RunAiView::type(const SimWorkload &w) const
{
    switch (w.kind) {
    case SimWorkload::Kind::Jupyter:
    case SimWorkload::Kind::VsCode:
        return QStringLiteral("Workspace");
    case SimWorkload::Kind::Inference:
        return QStringLiteral("Inference");
    case SimWorkload::Kind::FineTuning:
        return w.gpus >= 4 ? QStringLiteral("Distributed") : QStringLiteral("Training");
    }
    return QStringLiteral("Training");
}

bool RunAiView::isDeleted(const SimWorkload &w, qint64 now) const
{
    return w.deletedMicros && now >= w.deletedMicros;
}

QString RunAiView::phase(const SimWorkload &w, qint64 now) const
{
    if (const auto deleting = m_state.deleteRequestedAt.constFind(w.id);
        deleting != m_state.deleteRequestedAt.cend() && now < deleting.value() + deletingFor)
        return QStringLiteral("Deleting");
    const QString base = w.statusAt(now);
    const qint64 suspended = m_state.suspendedAt.value(w.id, 0);
    const qint64 resumed = m_state.resumedAt.value(w.id, 0);
    if (suspended && suspended > resumed)
        return now < suspended + stoppingFor ? QStringLiteral("Stopping") : QStringLiteral("Stopped");
    if (resumed && base != u"Complete" && base != u"Failed") {
        if (now < resumed + resumingFor)
            return QStringLiteral("Resuming");
        if (now < resumed + resumingFor + initializingFor)
            return QStringLiteral("Initializing");
    }
    if (base == u"Complete")
        return QStringLiteral("Completed");
    if (base == u"Failed")
        return QStringLiteral("Failed");
    if (base == u"Deleted")
        return QStringLiteral("Deleted"); // only in the deleted=true list, which shows the last phase
    if (base == u"Pending")
        return now < w.createdMicros + creatingFor ? QStringLiteral("Creating") : QStringLiteral("Pending");
    // Running: a few inference servers lost a replica.
    if (w.kind == SimWorkload::Kind::Inference && w.gpus > 1 && w.seed % 5 == 0)
        return QStringLiteral("Degraded");
    if (w.runningMicros && now < w.runningMicros + 10 * second)
        return QStringLiteral("Initializing");
    return QStringLiteral("Running");
}

QList<SimPod> RunAiView::pods(const SimWorkload &w, qint64 now) const
{
    const QString phase = this->phase(w, now);
    if (phase == u"Stopped" || phase == u"Creating" || isDeleted(w, now))
        return {};
    const int count = type(w) == u"Distributed" ? 2 : (type(w) == u"Inference" && w.gpus >= 4 ? 2 : 1);
    QList<SimPod> list;
    for (int k = 0; k < count; ++k) {
        SimPod pod;
        pod.index = k;
        pod.count = count;
        QString id = w.id;
        id.chop(2);
        pod.id = id + QStringLiteral("%1").arg(0xa0 + k, 2, 16, QLatin1Char('0'));
        pod.name = QStringLiteral("%1-0-%2").arg(podNameBase(w)).arg(k);
        pod.container = podNameBase(w);
        pod.node = QStringLiteral("gpu-node-%1").arg(int((w.seed + quint64(k)) % 8), 2, 10, QLatin1Char('0'));
        pod.gpus = double(w.gpus) / count;
        if (phase == u"Pending" || phase == u"Resuming")
            pod.k8sPhase = QStringLiteral("Pending");
        else if (phase == u"Completed")
            pod.k8sPhase = QStringLiteral("Succeeded");
        else if (phase == u"Failed")
            pod.k8sPhase = QStringLiteral("Failed");
        else
            pod.k8sPhase = QStringLiteral("Running");
        pod.crashed = phase == u"Failed";
        list.append(pod);
    }
    return list;
}

QJsonObject RunAiView::podJson(const SimWorkload &w, const SimPod &pod) const
{
    const bool started = pod.k8sPhase != u"Pending";
    return QJsonObject{
        {QStringLiteral("id"), pod.id},
        {QStringLiteral("name"), pod.name},
        {QStringLiteral("workloadId"), w.id},
        {QStringLiteral("clusterId"), clusterId()},
        {QStringLiteral("projectId"), projectId(w.namespaceName)},
        {QStringLiteral("priorityClassName"),
         w.kind == SimWorkload::Kind::FineTuning ? QStringLiteral("train") : QStringLiteral("build")},
        {QStringLiteral("nodeName"), started ? QJsonValue(pod.node) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("currentNodePool"), QString::fromLatin1(nodePools[w.seed % 3])},
        {QStringLiteral("requestedNodePools"), QJsonArray{QString::fromLatin1(nodePools[w.seed % 3])}},
        {QStringLiteral("k8sPhase"), pod.k8sPhase},
        {QStringLiteral("ip"), started ? QJsonValue(QStringLiteral("10.244.%1.%2")
                                                        .arg(int(w.seed % 8))
                                                        .arg(int(10 + (w.seed >> 8) % 200 + pod.index)))
                                       : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("createdAt"), apiTimestamp(w.createdMicros + 5 * second)},
        {QStringLiteral("completedAt"), (pod.k8sPhase == u"Succeeded" || pod.k8sPhase == u"Failed")
                                            ? timeOrNull(w.endMicros)
                                            : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("containers"),
         QJsonArray{QJsonObject{
             {QStringLiteral("name"), pod.container},
             {QStringLiteral("image"), QStringLiteral("rocm/%1:latest").arg(w.chartName)},
             {QStringLiteral("startedAt"), started ? timeOrNull(w.runningMicros) : QJsonValue()}}}},
        {QStringLiteral("allocatedResources"),
         QJsonObject{
             {QStringLiteral("gpu"), started ? pod.gpus : 0.0},
             {QStringLiteral("gpuMemory"), quantityGi(started ? pod.gpus * w.vramPerGpuMb / 1024.0 : 0)},
             {QStringLiteral("cpu"), started ? 4.0 * pod.gpus : 0.0},
             {QStringLiteral("cpuMemory"), started ? quantityGi(16 * pod.gpus) : QStringLiteral("0B")}}},
        {QStringLiteral("tenantId"), 1001},
        {QStringLiteral("k8sPhaseUpdatedAt"), apiTimestamp(qMax(w.createdMicros, w.runningMicros))},
        {QStringLiteral("updatedAt"), apiTimestamp(qMax(w.createdMicros, w.runningMicros))},
        {QStringLiteral("deletedAt"), QJsonValue(QJsonValue::Null)}};
}

QJsonObject RunAiView::workloadJson(const SimWorkload &w, qint64 now, bool detailed) const
{
    const QString phase = this->phase(w, now);
    const QString type = this->type(w);
    const QList<SimPod> pods = this->pods(w, now);
    int running = 0;
    for (const SimPod &pod : pods)
        running += pod.k8sPhase == u"Running" ? 1 : 0;
    const bool holds = phase == u"Running" || phase == u"Degraded" || phase == u"Initializing" ||
                       phase == u"Stopping" || phase == u"Deleting";
    const QString pool = QString::fromLatin1(nodePools[w.seed % 3]);
    const bool deleted = isDeleted(w, now);
    const qint64 suspended = m_state.suspendedAt.value(w.id, 0);
    const qint64 phaseSince = std::max({w.createdMicros, w.runningMicros <= now ? w.runningMicros : 0,
                                        w.endMicros && w.endMicros <= now ? w.endMicros : 0, suspended,
                                        m_state.resumedAt.value(w.id, 0)});
    const bool workspace = type == u"Workspace";
    const bool inference = type == u"Inference";
    QJsonArray urls;
    QJsonArray environments;
    QJsonArray external;
    if ((workspace || inference) && (phase == u"Running" || phase == u"Degraded")) {
        const QString url =
            QStringLiteral("https://runai.sandbox.example/%1/%2").arg(w.namespaceName, podNameBase(w));
        urls.append(url);
        if (workspace) {
            const bool jupyter = w.kind == SimWorkload::Kind::Jupyter;
            environments.append(QJsonObject{
                {QStringLiteral("id"),
                 QStringLiteral("0b8c7d0e-2a9f-4b11-9a55-7c3d2e1f0a9%1").arg(jupyter ? 1 : 2)},
                {QStringLiteral("name"), jupyter ? QStringLiteral("jupyter-lab") : QStringLiteral("vscode")},
                {QStringLiteral("connections"),
                 QJsonArray{
                     QJsonObject{{QStringLiteral("name"),
                                  jupyter ? QStringLiteral("Jupyter") : QStringLiteral("VS Code")},
                                 {QStringLiteral("toolType"),
                                  jupyter ? QStringLiteral("jupyter-notebook") : QStringLiteral("vscode")},
                                 {QStringLiteral("connectionType"), QStringLiteral("ExternalUrl")},
                                 {QStringLiteral("url"), url},
                                 {QStringLiteral("authorizationType"), QStringLiteral("authenticatedUsers")},
                                 {QStringLiteral("containerPort"), jupyter ? 8888 : 8080}}}}});
        } else {
            external.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("OpenAI API")},
                                        {QStringLiteral("toolType"), QStringLiteral("openai-api")},
                                        {QStringLiteral("connectionType"), QStringLiteral("ExternalUrl")},
                                        {QStringLiteral("url"), url + QStringLiteral("/v1")},
                                        {QStringLiteral("authorizationType"), QStringLiteral("public")}});
        }
    }
    const double gpuRequest = double(w.gpus);
    QJsonObject o{
        {QStringLiteral("tenantId"), 1001},
        {QStringLiteral("id"), w.id},
        {QStringLiteral("name"), podNameBase(w)},
        {QStringLiteral("type"), type},
        {QStringLiteral("category"), workspace   ? QStringLiteral("Build")
                                     : inference ? QStringLiteral("Deploy")
                                                 : QStringLiteral("Train")},
        {QStringLiteral("source"), QStringLiteral("Control-plane")},
        {QStringLiteral("sourceApi"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("clusterId"), clusterId()},
        {QStringLiteral("namespace"), namespaceOf(w.namespaceName)},
        {QStringLiteral("projectId"), projectId(w.namespaceName)},
        {QStringLiteral("projectName"), w.namespaceName},
        {QStringLiteral("departmentId"), departmentId(w.namespaceName)},
        {QStringLiteral("departmentName"), departmentName(w.namespaceName)},
        {QStringLiteral("submittedBy"), nullable(w.createdBy)},
        {QStringLiteral("priority"), workspace   ? 100
                                     : inference ? 125
                                                 : 50},
        {QStringLiteral("priorityClassName"), workspace   ? QStringLiteral("build")
                                              : inference ? QStringLiteral("inference")
                                                          : QStringLiteral("train")},
        // Trainings may use over-quota resources; a few were submitted non-preemptible.
        {QStringLiteral("preemptible"),
         w.kind == SimWorkload::Kind::FineTuning
             ? QJsonValue(w.seed % 4 != 0)
             : (w.seed % 7 == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(false))},
        {QStringLiteral("createdAt"), apiTimestamp(w.createdMicros)},
        {QStringLiteral("updatedAt"), apiTimestamp(phaseSince)},
        {QStringLiteral("deletedAt"), deleted ? timeOrNull(w.deletedMicros) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("completedAt"), (phase == u"Completed" || phase == u"Failed")
                                            ? timeOrNull(w.endMicros)
                                            : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("phase"), phase},
        {QStringLiteral("phaseMessage"),
         phase == u"Pending"  ? QStringLiteral("Not enough resources in the requested nodepool")
         : phase == u"Failed" ? QStringLiteral("Container exited with code 1 (OOMKilled)")
                              : QString()},
        {QStringLiteral("phaseReason"), QJsonValue(QJsonValue::Null)},
        {QStringLiteral("phaseUpdatedAt"), apiTimestamp(phaseSince)},
        {QStringLiteral("k8sPhase"), pods.isEmpty() ? QStringLiteral("Pending") : pods.first().k8sPhase},
        {QStringLiteral("k8sPhaseUpdatedAt"), apiTimestamp(phaseSince)},
        {QStringLiteral("conditions"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("Ready")},
                                {QStringLiteral("status"),
                                 phase == u"Running" ? QStringLiteral("True") : QStringLiteral("False")},
                                {QStringLiteral("lastTransitionTime"), apiTimestamp(phaseSince)}}}},
        {QStringLiteral("runningPods"), running},
        {QStringLiteral("requestedPods"), QJsonObject{{QStringLiteral("number"), qMax(1, int(pods.size()))}}},
        {QStringLiteral("requestedNodePools"), QJsonArray{pool}},
        {QStringLiteral("currentNodePools"), holds ? QJsonArray{pool} : QJsonArray{}},
        {QStringLiteral("workloadRequestedResources"),
         QJsonObject{{QStringLiteral("gpuRequestType"), QStringLiteral("portion")},
                     {QStringLiteral("gpu"), QJsonObject{{QStringLiteral("request"), gpuRequest}}},
                     {QStringLiteral("cpu"), QJsonObject{{QStringLiteral("request"), 4.0 * gpuRequest}}},
                     {QStringLiteral("cpuMemory"),
                      QJsonObject{{QStringLiteral("request"), QStringLiteral("%1G").arg(16 * w.gpus)}}}}},
        {QStringLiteral("allocatedResources"),
         QJsonObject{{QStringLiteral("gpu"), holds ? gpuRequest : 0.0},
                     {QStringLiteral("gpuMemory"),
                      holds ? quantityGi(w.gpus * w.vramPerGpuMb / 1024.0) : QStringLiteral("0B")},
                     {QStringLiteral("cpu"), holds ? 4.0 * gpuRequest : 0.0},
                     {QStringLiteral("cpuMemory"),
                      holds ? QStringLiteral("%1G").arg(16 * w.gpus) : QStringLiteral("0B")}}},
        {QStringLiteral("idleAllocatedGpus"), 0},
        {QStringLiteral("totalPendingTimeSeconds"),
         w.runningMicros ? QJsonValue(qint64((w.runningMicros - w.createdMicros) / second))
                         : QJsonValue(qint64((now - w.createdMicros) / second))},
        {QStringLiteral("totalRunningTimeSeconds"),
         w.runningMicros && now > w.runningMicros
             ? QJsonValue(qint64(((w.endMicros && w.endMicros < now ? w.endMicros : now) - w.runningMicros) /
                                 second))
             : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("images"), QJsonArray{QStringLiteral("rocm/%1:latest").arg(w.chartName)}},
        {QStringLiteral("urls"), urls},
        {QStringLiteral("externalConnections"), external},
        {QStringLiteral("environments"), environments},
        {QStringLiteral("datasources"), QJsonArray{}},
        {QStringLiteral("distributedFramework"),
         type == u"Distributed" ? QJsonValue(QStringLiteral("Pytorch")) : QJsonValue(QJsonValue::Null)},
        // Stop and Run are native-only and inference has no suspend route.
        {QStringLiteral("actionsSupport"),
         QJsonObject{{QStringLiteral("delete"), !deleted && phase != u"Deleting"},
                     {QStringLiteral("suspend"), !inference && !deleted}}},
    };
    if (detailed) {
        o.insert(QStringLiteral("pendingSchedulingMessages"),
                 phase == u"Pending"
                     ? QJsonValue(QJsonArray{QJsonObject{
                           {QStringLiteral("nodePool"), pool},
                           {QStringLiteral("phaseReason"), QStringLiteral("NonPreemptibleOverQuota")},
                           {QStringLiteral("reason"), QStringLiteral("Non-preemptible over quota")},
                           {QStringLiteral("orgType"), QStringLiteral("PROJECT")},
                           {QStringLiteral("userMessage"),
                            QStringLiteral("You have reached the limit of non-preemptible resources")}}})
                     : QJsonValue(QJsonValue::Null));
    }
    return o;
}

QJsonObject RunAiView::projectJson(const QString &ns) const
{
    const qsizetype index = m_cluster.namespaces().indexOf(ns);
    return QJsonObject{
        {QStringLiteral("id"), projectId(ns)},
        {QStringLiteral("name"), ns},
        {QStringLiteral("clusterId"), clusterId()},
        {QStringLiteral("parentId"), departmentId(ns)},
        {QStringLiteral("parent"),
         QJsonObject{{QStringLiteral("id"), departmentId(ns)}, {QStringLiteral("name"), departmentName(ns)}}},
        {QStringLiteral("requestedNamespace"), namespaceOf(ns)},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("namespace"), namespaceOf(ns)},
                     {QStringLiteral("phase"), QStringLiteral("Ready")},
                     {QStringLiteral("phaseMessage"), QStringLiteral("Project is ready")}}},
        {QStringLiteral("totalResources"), QJsonObject{{QStringLiteral("gpuQuota"), 8 * (1 + index % 3)},
                                                       {QStringLiteral("cpuQuota"), 0},
                                                       {QStringLiteral("memoryQuota"), 0}}},
        {QStringLiteral("createdAt"), apiTimestamp(m_cluster.epochMicros() - 90LL * 24 * 3600 * second)},
        {QStringLiteral("createdBy"), QStringLiteral("admin@example.com")}};
}

} // namespace Workdeck::Sandbox
