// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxcontext.h"

#include <memory>

class QHttpServer;

namespace Workdeck::Sandbox {

// Registers the AIWB API (reference section 4) on the server: health, namespaces, workloads
// list/get/delete, paged logs, the log stream, workload and namespace metrics, the namespace
// table and stats, cluster resources; with FastAPI's error bodies, the bearer-token check, 404
// for unknown paths and 405 for methods a path does not take.
void registerAiwbRoutes(QHttpServer &server, const std::shared_ptr<SandboxContext> &context);

} // namespace Workdeck::Sandbox
