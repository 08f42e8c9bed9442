// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// RunAiBackend's actions: delete, suspend and resume, gathered into batches (one request per action
// for up to 100 workloads), or each through its typed route where the server has no batch route
// (control planes before 2.19).
#include "runaibackend.h"

#include "api/apiclient.h"
#include "backendsupport.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Workdeck {

namespace {

constexpr int batchMaximum = 100;

QString batchActionName(int action)
{
    switch (action) {
    case 0:
        return QStringLiteral("delete");
    case 1:
        return QStringLiteral("suspend");
    default:
        return QStringLiteral("resume");
    }
}

// The typed route's collection for a workload type (reference section 9); empty: none.
QString typedCollection(const QString &rawType)
{
    const QString type = rawType.toLower();
    if (type == u"workspace")
        return QStringLiteral("workspaces");
    if (type == u"training")
        return QStringLiteral("trainings");
    if (type == u"distributed")
        return QStringLiteral("distributed");
    if (type == u"inference")
        return QStringLiteral("inferences");
    if (type == u"distributedinference" || type == u"distributed-inference")
        return QStringLiteral("distributed-inferences");
    return {};
}

} // namespace

void RunAiBackend::deleteWorkload(const WorkloadRef &ref, QObject *context, ResultCallback<Done> done)
{
    queueAction(BatchAction::Delete, ref, context, std::move(done));
}

void RunAiBackend::setWorkloadRunning(const WorkloadRef &ref, bool running, QObject *context,
                                      ResultCallback<Done> done)
{
    queueAction(running ? BatchAction::Resume : BatchAction::Suspend, ref, context, std::move(done));
}

void RunAiBackend::queueAction(BatchAction action, const WorkloadRef &ref, QObject *context,
                               ResultCallback<Done> done)
{
    m_pending[int(action)].append(PendingAction{ref.workloadId, context, std::move(done)});
    if (!m_flushQueued) {
        m_flushQueued = true;
        QTimer::singleShot(0, this, &RunAiBackend::flushActions);
    }
}

void RunAiBackend::flushActions()
{
    m_flushQueued = false;
    const QHash<int, QList<PendingAction>> pending = std::exchange(m_pending, {});
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        QList<PendingAction> actions = it.value();
        for (qsizetype start = 0; start < actions.size(); start += batchMaximum)
            sendBatch(BatchAction(it.key()), actions.mid(start, batchMaximum));
    }
}

void RunAiBackend::sendBatch(BatchAction action, QList<PendingAction> actions)
{
    QJsonArray ids;
    for (const PendingAction &pending : std::as_const(actions))
        ids.append(pending.workloadId);
    ApiRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/v1/workloads/batch");
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("ids"), ids},
                                             {QStringLiteral("action"), batchActionName(int(action))}})
                       .toJson(QJsonDocument::Compact);
    const QUrl url = m_client->urlFor(request.path);
    m_client->send(request, this, [this, action, actions, url](Result<QByteArray> body) {
        if (!body) {
            const ApiError &error = body.error();
            // A control plane before 2.19 has no batch route: each workload through its typed one.
            if (error.httpStatus == 404 || error.httpStatus == 405) {
                qCInfo(lcBackend) << "no batch route; using the typed action routes";
                for (const PendingAction &pending : actions)
                    sendTyped(action, pending);
                return;
            }
            for (const PendingAction &pending : actions) {
                if (pending.context)
                    pending.done(error);
            }
            return;
        }
        Result<RunAiParser::BatchResult> result = RunAiParser::parseBatchResult(body.value());
        for (const PendingAction &pending : actions) {
            if (!pending.context)
                continue;
            if (!result) {
                ApiError error = result.error();
                error.url = url;
                pending.done(error);
                continue;
            }
            const QString id = pending.workloadId.toLower();
            if (const auto failed = result.value().failed.constFind(id);
                failed != result.value().failed.cend()) {
                ApiError error = failed.value();
                error.url = url;
                pending.done(error);
            } else if (result.value().succeeded.contains(id)) {
                pending.done(Done{});
            } else {
                pending.done(
                    ApiError::parseError(tr("The server's answer does not mention this workload."), url));
            }
        }
    });
}

void RunAiBackend::sendTyped(BatchAction action, const PendingAction &pending)
{
    const QString rawType = m_typeById.value(pending.workloadId.toLower());
    if (!rawType.isEmpty()) {
        sendTypedFor(action, pending, rawType);
        return;
    }
    // The route depends on the type: look the workload up first.
    ApiRequest request;
    request.path = QStringLiteral("/api/v1/workloads/%1").arg(pathSegment(pending.workloadId));
    m_client->send(request, this, [this, action, pending](Result<QByteArray> body) {
        const Result<Workload> workload =
            body ? RunAiParser::parseWorkload(body.value()) : Result<Workload>(body.error());
        if (!workload) {
            if (pending.context)
                pending.done(workload.error());
            return;
        }
        rememberTypes({workload.value()});
        sendTypedFor(action, pending, workload.value().rawType);
    });
}

void RunAiBackend::sendTypedFor(BatchAction action, const PendingAction &pending, const QString &rawType)
{
    const QString collection = typedCollection(rawType);
    const bool stopRun = action != BatchAction::Delete;
    if (collection.isEmpty() || (stopRun && collection.startsWith(u"inference")) ||
        (stopRun && collection == u"distributed-inferences")) {
        ApiError error;
        error.kind = ApiError::Kind::Validation;
        error.message = stopRun ? tr("Run:ai cannot stop or run a workload of type “%1”.").arg(rawType)
                                : tr("Run:ai has no delete route for a workload of type “%1”.").arg(rawType);
        if (pending.context)
            later(pending.context, [pending, error] { pending.done(error); });
        return;
    }
    ApiRequest request;
    request.method = stopRun ? "POST" : "DELETE";
    request.path = QStringLiteral("/api/v1/workloads/%1/%2").arg(collection, pathSegment(pending.workloadId));
    if (stopRun)
        request.path +=
            action == BatchAction::Suspend ? QStringLiteral("/suspend") : QStringLiteral("/resume");
    m_client->send(request, this, [pending](Result<QByteArray> body) {
        if (!pending.context)
            return;
        if (body)
            pending.done(Done{});
        else
            pending.done(body.error());
    });
}

} // namespace Workdeck
