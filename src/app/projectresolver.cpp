// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectresolver.h"

#include "backends/backend.h"

#include <QCoreApplication>

namespace Workdeck {

void resolveProject(Backend *backend, const QString &nameOrId, QObject *context, ResultCallback<Project> done)
{
    backend->listProjects(context, [backend, nameOrId, done](Result<QList<Project>> projects) {
        if (!projects) {
            done(projects.error());
            return;
        }
        QStringList names;
        for (const Project &project : projects.value()) {
            if (project.name == nameOrId || project.id == nameOrId) {
                done(project);
                return;
            }
            names.append(project.name);
        }
        names.sort();
        ApiError error;
        error.kind = ApiError::Kind::NotFound;
        error.message =
            QCoreApplication::translate("ProjectResolver",
                                        "project \u201c%1\u201d not found on %2; projects you can use: %3")
                .arg(nameOrId, backend->serverUrl().toDisplayString(),
                     names.isEmpty() ? QCoreApplication::translate("ProjectResolver", "none")
                                     : names.join(QStringLiteral(", ")));
        done(error);
    });
}

} // namespace Workdeck
