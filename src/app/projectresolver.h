// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/result.h"
#include "domain/project.h"

class QObject;

namespace Workdeck {

class Backend;

// Finds a project by name or id for the headless commands. When there is none, the error names the
// server and lists the projects the user can use.
void resolveProject(Backend *backend, const QString &nameOrId, QObject *context,
                    ResultCallback<Project> done);

} // namespace Workdeck
