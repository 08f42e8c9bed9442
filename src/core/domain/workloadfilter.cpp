// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadfilter.h"

namespace Workdeck {

bool WorkloadFilter::matches(const Workload &workload) const
{
    if (deletedView != (workload.status == WorkloadStatus::Deleted))
        return false;
    if (!types.isEmpty() && !types.contains(workload.type))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(workload.status))
        return false;
    if (!createdBy.isEmpty() && !workload.createdBy.contains(createdBy, Qt::CaseInsensitive))
        return false;
    if (!nameContains.isEmpty() && !workload.displayName.contains(nameContains, Qt::CaseInsensitive) &&
        !workload.name.contains(nameContains, Qt::CaseInsensitive) &&
        !workload.id.startsWith(nameContains, Qt::CaseInsensitive))
        return false;
    return true;
}

bool WorkloadFilter::isDefault() const
{
    return *this == WorkloadFilter{};
}

} // namespace Workdeck
