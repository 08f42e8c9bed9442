// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workload.h"

namespace Workdeck {

QString Workload::statusText() const
{
    if (status == WorkloadStatus::Unknown && !rawStatus.isEmpty())
        return rawStatus;
    return workloadStatusLabel(status);
}

QString Workload::typeText() const
{
    if (type == WorkloadType::Unknown && !rawType.isEmpty())
        return rawType;
    return workloadTypeLabel(type);
}

QString Workload::title() const
{
    return displayName.isEmpty() ? name : displayName;
}

QUrl Workload::workspaceUrl() const
{
    for (const WorkloadConnection &connection : connections) {
        if (connection.kind == WorkloadConnection::Kind::Internal)
            continue;
        if (const QUrl url = connection.url(); url.isValid())
            return url;
    }
    return {};
}

bool Workload::canOpenWorkspace() const
{
    return type == WorkloadType::Workspace && status == WorkloadStatus::Running && workspaceUrl().isValid();
}

} // namespace Workdeck
