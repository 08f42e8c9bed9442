// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Kubernetes API's pod log (GET /api/v1/namespaces/{ns}/pods/{pod}/log) for the Run:ai pods.
#include "logstreamwriter.h"
#include "runairoutes.h"
#include "timeformat.h"

#include <QHttpServer>
#include <QHttpServerRequest>

namespace Workdeck::Sandbox {

namespace {

constexpr qint64 second = 1000000;

// A Kubernetes Status object, as the API server answers errors.
QJsonObject status(int code, const QString &reason, const QString &message)
{
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("Status")},
                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("metadata"), QJsonObject{}},
                       {QStringLiteral("status"), QStringLiteral("Failure")},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("code"), code}};
}

void handlePodLog(const std::shared_ptr<SandboxContext> &shared, const std::shared_ptr<RunAiState> &state,
                  const Responder &responder, const QueryItems &query, const QString &ns,
                  const QString &podName)
{
    SandboxContext &context = *shared;
    const auto fail = [&](int code, const QString &reason, const QString &message) {
        reply(context, responder, code, status(code, reason, message));
    };
    const RunAiView view(*context.cluster, *state);
    const QString project = view.projectOfNamespace(ns);
    const qint64 now = context.nowMicros();
    const SimWorkload *workload = nullptr;
    SimPod pod;
    if (!project.isEmpty()) {
        for (const SimWorkload *w : context.cluster->workloads(project)) {
            for (const SimPod &candidate : view.pods(*w, now)) {
                if (candidate.name == podName) {
                    workload = w;
                    pod = candidate;
                }
            }
        }
    }
    if (!workload) {
        fail(404, QStringLiteral("NotFound"), QStringLiteral("pods \"%1\" not found").arg(podName));
        return;
    }
    const QString container = query.value(QStringLiteral("container"));
    if (!container.isEmpty() && container != pod.container) {
        fail(400, QStringLiteral("BadRequest"),
             QStringLiteral("container %1 is not valid for pod %2").arg(container, podName));
        return;
    }
    const bool previous = query.value(QStringLiteral("previous")) == u"true";
    if (previous && !pod.crashed) {
        fail(400, QStringLiteral("BadRequest"),
             QStringLiteral("previous terminated container \"%1\" in pod \"%2\" not found")
                 .arg(pod.container, podName));
        return;
    }
    if (pod.k8sPhase == u"Pending") {
        fail(400, QStringLiteral("BadRequest"),
             QStringLiteral("container \"%1\" in pod \"%2\" is waiting to start: ContainerCreating")
                 .arg(pod.container, podName));
        return;
    }
    qint64 start = 0;
    if (query.contains(QStringLiteral("sinceTime"))) {
        const ParsedTime since = parseDateTime(query.value(QStringLiteral("sinceTime")));
        if (!since.time) {
            fail(400, QStringLiteral("BadRequest"),
                 QStringLiteral("parsing time \"%1\" as RFC3339: cannot parse")
                     .arg(query.value(QStringLiteral("sinceTime"))));
            return;
        }
        start = since.time->micros - since.time->micros % second; // whole seconds, as the kubelet reads it
    } else if (query.contains(QStringLiteral("sinceSeconds"))) {
        start = now - query.value(QStringLiteral("sinceSeconds")).toLongLong() * second;
    }
    bool ok = true;
    const qint64 tailLines = query.contains(QStringLiteral("tailLines"))
                                 ? query.value(QStringLiteral("tailLines")).toLongLong(&ok)
                                 : -1;
    if (!ok) {
        fail(400, QStringLiteral("BadRequest"), QStringLiteral("tailLines must be an integer"));
        return;
    }
    const bool timestamps = query.value(QStringLiteral("timestamps")) == u"true";
    // The crashed run is the previous container; the restarted one has written nothing yet.
    const bool restartedAfterCrash = pod.crashed && !previous;

    if (query.value(QStringLiteral("follow")) == u"true" && !restartedAfterCrash) {
        LogStreamWriter::Request request;
        request.workloadId = workload->id;
        request.startMicros = start;
        request.kubernetesText = true;
        request.podIndex = pod.index;
        request.podCount = pod.count;
        request.tailLines = tailLines;
        LogStreamWriter::start(shared, responder, request);
        return;
    }
    QByteArray body;
    if (restartedAfterCrash && workload->endMicros && workload->endMicros <= now) {
        SimLogEntry restart;
        restart.micros = workload->endMicros + 2 * second;
        restart.level = QStringLiteral("warning");
        restart.message = QStringLiteral("WARNING container restarted after the previous one was OOMKilled "
                                         "(exit code 137); see the previous container's log");
        if (restart.micros >= start)
            body = LogStreamWriter::kubernetesLines(restart);
    } else if (!restartedAfterCrash) {
        QList<SimLogEntry> lines = context.cluster->logs(*workload, start, now, now, 0, false);
        lines.removeIf(
            [&pod](const SimLogEntry &e) { return !LogStreamWriter::isPodLine(e, pod.index, pod.count); });
        if (tailLines >= 0 && lines.size() > tailLines)
            lines = lines.mid(lines.size() - tailLines);
        for (const SimLogEntry &line : std::as_const(lines)) {
            QByteArray text = LogStreamWriter::kubernetesLines(line);
            if (!timestamps) {
                // Without timestamps: drop "<stamp> " from each line.
                QByteArray plain;
                for (const QByteArray &part : text.split('\n')) {
                    if (!part.isEmpty())
                        plain += part.mid(part.indexOf(' ') + 1) + '\n';
                }
                text = plain;
            }
            body += text;
        }
    }
    sendComplete(responder, 200, body,
                 {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain")}});
}

} // namespace

void registerKubernetesLogRoutes(QHttpServer &server, const std::shared_ptr<SandboxContext> &context,
                                 const std::shared_ptr<RunAiState> &state)
{
    server.route(
        QStringLiteral("/api/v1/namespaces/<arg>/pods/<arg>/log"),
        [context, state](const QString &ns, const QString &pod, const QHttpServerRequest &request,
                         QHttpServerResponder &&r) {
            auto responder = std::make_shared<QHttpServerResponder>(std::move(r));
            if (request.method() != QHttpServerRequest::Method::Get) {
                reply(*context, responder, 405,
                      status(
                          405, QStringLiteral("MethodNotAllowed"),
                          QStringLiteral("the server does not allow this method on the requested resource")));
                return;
            }
            if (!authorizeBearer(*context, request, responder,
                                 status(401, QStringLiteral("Unauthorized"), QStringLiteral("Unauthorized"))))
                return;
            handlePodLog(context, state, responder, QueryItems::fromRequest(request), ns, pod);
        });
}

} // namespace Workdeck::Sandbox
