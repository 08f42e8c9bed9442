// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workload.h"

#include <QSet>
#include <QString>

namespace Workdeck {

// Which workloads a view shows. A plain value: the filter proxy and the CSV export both call
// matches(). An empty set means "any"; the default hides Deleted workloads, as the web UIs do.
struct WorkloadFilter
{
    QString nameContains; // case-insensitive, on display name, name and id
    QSet<WorkloadType> types;
    QSet<WorkloadStatus> statuses;
    QString createdBy;        // case-insensitive substring
    bool deletedView = false; // true: only Deleted; false: every status but Deleted

    bool matches(const Workload &workload) const;
    bool isDefault() const;

    bool operator==(const WorkloadFilter &) const = default;
};

} // namespace Workdeck
