// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxcontext.h"

#include <QHttpServerRequest>

#include <memory>
#include <optional>

namespace Workdeck::Sandbox {

// One request after the method and token checks, with what a handler needs to answer it. The
// request object itself is not kept: QHttpServer reuses it for the connection's next request.
struct Call
{
    std::shared_ptr<SandboxContext> shared;
    Responder responder;
    QueryItems query;

    SandboxContext &context() const { return *shared; }
};

// The method and bearer checks of the FastAPI services (AIWB and AIRM share them): 405 or 401
// answered here, nullopt then.
std::optional<Call> admitFastApi(const std::shared_ptr<SandboxContext> &context,
                                 const QHttpServerRequest &request, QHttpServerResponder &&responder,
                                 QHttpServerRequest::Methods methods);

// 404 "Namespace '<ns>' not found" unless the namespace exists; false when it has answered.
bool checkNamespace(const Call &call, const QString &ns);
// The workload of a path in that namespace; nullptr when it is missing or elsewhere (the caller
// answers 404: the wording differs by route).
const SimWorkload *findWorkload(const Call &call, const QString &ns, const QString &canonicalId);

// Reference sections 4.7 to 4.10, called after checkNamespace().
void handleLogs(const Call &call, const QString &ns, const QString &rawId);
void handleLogStream(const Call &call, const QString &ns, const QString &rawId);
void handleWorkloadMetric(const Call &call, const QString &ns, const QString &rawId, const QString &metric);
void handleNamespaceMetric(const Call &call, const QString &ns, const QString &metric);

} // namespace Workdeck::Sandbox
