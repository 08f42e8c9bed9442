// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxcontext.h"

#include <memory>

class QHttpServer;

namespace Workdeck::Sandbox {

// Registers the AIWB API (reference section 4) on the server: health, namespaces, workloads
// list/get/delete, paged logs, the log stream, metrics, namespace metrics and stats, cluster
// resources, with FastAPI's error bodies and the bearer-token check.
void registerAiwbRoutes(QHttpServer &server, const std::shared_ptr<SandboxContext> &context);

} // namespace Workdeck::Sandbox
