// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusstyle.h"

namespace Workdeck {

QColor statusColor(WorkloadStatus status)
{
    switch (status) {
    case WorkloadStatus::Running:
        return QColor(0x2e, 0x9e, 0x44);
    case WorkloadStatus::Completed:
        return QColor(0x1f, 0x8a, 0x8a);
    case WorkloadStatus::Failed:
    case WorkloadStatus::DeleteFailed:
        return QColor(0xd1, 0x34, 0x38);
    case WorkloadStatus::Degraded:
        return QColor(0xe0, 0x7b, 0x00);
    case WorkloadStatus::Pending:
    case WorkloadStatus::Creating:
    case WorkloadStatus::Added:
        return QColor(0xc9, 0x9a, 0x00);
    case WorkloadStatus::Initializing:
    case WorkloadStatus::Resuming:
    case WorkloadStatus::Updating:
        return QColor(0x2b, 0x6c, 0xd4);
    case WorkloadStatus::Stopping:
    case WorkloadStatus::Deleting:
    case WorkloadStatus::Terminating:
        return QColor(0x8a, 0x6f, 0xb5);
    case WorkloadStatus::Stopped:
    case WorkloadStatus::Deleted:
    case WorkloadStatus::Terminated:
    case WorkloadStatus::Unknown:
        return QColor(0x80, 0x80, 0x80);
    }
    return QColor(0x80, 0x80, 0x80);
}

} // namespace Workdeck
