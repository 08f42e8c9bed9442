// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "runaiview.h"
#include "sandboxcontext.h"

#include <memory>

class QHttpServer;
class QHttpServerRequest;

namespace Workdeck::Sandbox {

// Registers the Run:ai control-plane API (docs/reference/runai-api.md) over the same simulated
// cluster: /api/v1/token and /api/v2/token, org-unit projects, workloads (offset/limit paging with
// `next`, `/count`, deleted=true, filterBy), one workload, its pods, events, history, metrics
// (string values, per-GPU series on the pod route), and Stop / Run / Delete through the batch
// route and the typed routes; errors as {code, message}.
void registerRunAiRoutes(QHttpServer &server, const std::shared_ptr<SandboxContext> &context,
                         const std::shared_ptr<RunAiState> &state);

// Registers the Kubernetes pod log route, /api/v1/namespaces/{ns}/pods/{pod}/log, for the Run:ai
// pods (namespace runai-<project>): follow, timestamps, container, previous, sinceTime,
// sinceSeconds, tailLines; errors as Kubernetes Status objects.
void registerKubernetesLogRoutes(QHttpServer &server, const std::shared_ptr<SandboxContext> &context,
                                 const std::shared_ptr<RunAiState> &state);

// The bearer check both use: the sandbox token (or the token validator). Answers 401 itself.
bool authorizeBearer(SandboxContext &context, const QHttpServerRequest &request, const Responder &responder,
                     const QJsonObject &refusal);

} // namespace Workdeck::Sandbox
