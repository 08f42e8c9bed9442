// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxcontext.h"

#include <memory>

class QHttpServer;

namespace Workdeck::Sandbox {

// What AIRM adds to the simulated cluster: its asynchronous delete, and the workloads only AIRM
// knows (a model download and an auto-discovered custom job per project).
struct AirmState
{
    QHash<QString, qint64> deleteRequestedAt; // workload id -> when DELETE was asked
};

// The AMD AI Resource Manager API (reference section 5) over the same simulated cluster, on the
// same server as AIWB (its paths do not collide): projects by UUID with cluster and quota,
// workloads without name or namespace, the paged metrics table, details with components,
// asynchronous delete (204, Deleting for a few simulated seconds, then Deleted, or Delete failed
// for the failed fine-tuning showcase; 409 on repeat), the info card and per-GPU timeseries.
void registerAirmRoutes(QHttpServer &server, const std::shared_ptr<SandboxContext> &context,
                        const std::shared_ptr<AirmState> &state);

// The AIRM project id (a UUID) of a sandbox namespace.
QString airmProjectId(const QString &namespaceName);

} // namespace Workdeck::Sandbox
