// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/textmatcher.h"
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

    bool matches(const Workload &workload) const; // for one; WorkloadMatcher for many
    bool isDefault() const;

    bool operator==(const WorkloadFilter &) const = default;
};

// A filter made ready for matching many workloads: its search texts are prepared once.
class WorkloadMatcher
{
public:
    explicit WorkloadMatcher(const WorkloadFilter &filter = {});
    bool matches(const Workload &workload) const;

    // The parts of matches(), for a caller that keeps the texts searched elsewhere: the tests of
    // status and type, whether the creator is tested, and the name needle.
    bool matchesState(WorkloadStatus status, WorkloadType type) const;
    bool testsCreatedBy() const { return !m_createdBy.isEmpty(); }
    const TextMatcher &nameMatcher() const { return m_name; }

private:
    WorkloadFilter m_filter;
    TextMatcher m_name;
    TextMatcher m_createdBy;
};

} // namespace Workdeck
