// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadactionservice.h"

#include "backends/backend.h"
#include "logging.h"

#include <QCoreApplication>

#include <memory>

namespace Workdeck {

WorkloadActionService::WorkloadActionService(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{}

bool WorkloadActionService::supports(Action action) const
{
    return m_backend->has(action == Action::Delete ? Backend::Capability::Delete
                                                   : Backend::Capability::StopRun);
}

bool WorkloadActionService::isAvailable(Action action, const Workload &workload, QString *reason) const
{
    const auto refuse = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    switch (action) {
    case Action::Delete:
        if (!m_backend->has(Backend::Capability::Delete))
            return refuse(WorkloadActionService::tr("This server does not allow deleting workloads."));
        if (workload.status == WorkloadStatus::Deleted)
            return refuse(WorkloadActionService::tr("Already deleted."));
        if (workload.status == WorkloadStatus::Deleting)
            return refuse(WorkloadActionService::tr("Already being deleted."));
        if (!workload.supportedActions.testFlag(WorkloadAction::Delete))
            return refuse(WorkloadActionService::tr("The server does not allow deleting this workload."));
        return true;
    case Action::Stop:
    case Action::Run: {
        if (!m_backend->has(Backend::Capability::StopRun))
            return refuse(
                WorkloadActionService::tr("This server cannot stop or run workloads; only delete them."));
        const WorkloadAction needed = action == Action::Stop ? WorkloadAction::Stop : WorkloadAction::Run;
        if (!workload.supportedActions.testFlag(needed))
            return refuse(action == Action::Stop
                              ? WorkloadActionService::tr("This workload cannot be stopped.")
                              : WorkloadActionService::tr("This workload cannot be run again."));
        if (action == Action::Stop && !isActive(workload.status))
            return refuse(WorkloadActionService::tr("Only a running or waiting workload can be stopped."));
        if (action == Action::Run && workload.status != WorkloadStatus::Stopped)
            return refuse(WorkloadActionService::tr("Only a stopped workload can be run."));
        return true;
    }
    }
    return false;
}

void WorkloadActionService::perform(Action action, const QList<Workload> &workloads)
{
    struct Tally
    {
        int pending = 0;
        int succeeded = 0;
        int failed = 0;
    };
    auto tally = std::make_shared<Tally>();
    tally->pending = int(workloads.size());
    if (workloads.isEmpty()) {
        Q_EMIT batchFinished(action, 0, 0);
        return;
    }
    for (const Workload &workload : workloads) {
        Q_EMIT actionStarted(action, workload.id);
        auto finish = [this, action, workload, tally](Result<Done> result) {
            if (result) {
                ++tally->succeeded;
                Q_EMIT actionSucceeded(action, workload);
            } else {
                ++tally->failed;
                qCWarning(lcService).noquote()
                    << "action on" << workload.id << "failed:" << result.error().toString();
                Q_EMIT actionFailed(action, workload, result.error());
            }
            if (--tally->pending == 0)
                Q_EMIT batchFinished(action, tally->succeeded, tally->failed);
        };
        switch (action) {
        case Action::Delete:
            m_backend->deleteWorkload(WorkloadRef::of(workload), this, finish);
            break;
        case Action::Stop:
        case Action::Run:
            m_backend->setWorkloadRunning(WorkloadRef::of(workload), action == Action::Run, this, finish);
            break;
        }
    }
}

QString workloadActionLabel(WorkloadActionService::Action action)
{
    switch (action) {
    case WorkloadActionService::Action::Delete:
        return WorkloadActionService::tr("Delete");
    case WorkloadActionService::Action::Stop:
        return WorkloadActionService::tr("Stop");
    case WorkloadActionService::Action::Run:
        return WorkloadActionService::tr("Run");
    }
    return {};
}

WorkloadStatus transitionalStatus(WorkloadActionService::Action action)
{
    switch (action) {
    case WorkloadActionService::Action::Delete:
        return WorkloadStatus::Deleting;
    case WorkloadActionService::Action::Stop:
        return WorkloadStatus::Stopping;
    case WorkloadActionService::Action::Run:
        return WorkloadStatus::Resuming;
    }
    return WorkloadStatus::Unknown;
}

} // namespace Workdeck
