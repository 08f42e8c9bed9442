// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "domain/workload.h"

#include <QObject>

namespace Workdeck {

class Backend;

// Carries out user actions on workloads (delete; stop and run where the backend has them) and
// reports each outcome per workload, so a bulk action with partial failures says which failed.
class WorkloadActionService : public QObject
{
    Q_OBJECT
public:
    enum class Action
    {
        Delete,
        Stop,
        Run
    };
    Q_ENUM(Action)

    explicit WorkloadActionService(Backend *backend, QObject *parent = nullptr);

    // Whether the backend has the action at all (menus leave out what it cannot do).
    bool supports(Action action) const;
    // Whether the action can be offered for this workload, and if not, why (translated).
    bool isAvailable(Action action, const Workload &workload, QString *reason = nullptr) const;

    void perform(Action action, const QList<Workload> &workloads);

Q_SIGNALS:
    // Emitted when the request is sent: the row can show Deleting/Stopping/Resuming at once.
    void actionStarted(Workdeck::WorkloadActionService::Action action, const QString &workloadId);
    void actionSucceeded(Workdeck::WorkloadActionService::Action action, const Workdeck::Workload &workload);
    void actionFailed(Workdeck::WorkloadActionService::Action action, const Workdeck::Workload &workload,
                      const Workdeck::ApiError &error);
    // Every request of one perform() call has an answer.
    void batchFinished(Workdeck::WorkloadActionService::Action action, int succeeded, int failed);

private:
    Backend *m_backend;
};

QString workloadActionLabel(WorkloadActionService::Action action);
// The status a row shows while the action is under way.
WorkloadStatus transitionalStatus(WorkloadActionService::Action action);

} // namespace Workdeck
