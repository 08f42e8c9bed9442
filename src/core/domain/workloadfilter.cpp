// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadfilter.h"

namespace Workdeck {

bool WorkloadFilter::matches(const Workload &workload) const
{
    return WorkloadMatcher(*this).matches(workload);
}

WorkloadMatcher::WorkloadMatcher(const WorkloadFilter &filter)
    : m_filter(filter)
    , m_name(filter.nameContains, Qt::CaseInsensitive)
    , m_createdBy(filter.createdBy, Qt::CaseInsensitive)
{}

bool WorkloadMatcher::matchesState(WorkloadStatus status, WorkloadType type) const
{
    if (m_filter.deletedView != (status == WorkloadStatus::Deleted))
        return false;
    if (!m_filter.types.isEmpty() && !m_filter.types.contains(type))
        return false;
    return m_filter.statuses.isEmpty() || m_filter.statuses.contains(status);
}

bool WorkloadMatcher::matches(const Workload &workload) const
{
    if (!matchesState(workload.status, workload.type))
        return false;
    if (!m_createdBy.isIn(workload.createdBy))
        return false;
    if (!m_name.isIn(workload.displayName) && !m_name.isIn(workload.name) && !m_name.startsIn(workload.id))
        return false;
    return true;
}

bool WorkloadFilter::isDefault() const
{
    return *this == WorkloadFilter{};
}

} // namespace Workdeck
