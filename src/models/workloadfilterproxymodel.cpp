// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadfilterproxymodel.h"

#include "modelroles.h"
#include "workloadtablemodel.h"

namespace Workdeck {

WorkloadFilterProxyModel::WorkloadFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void WorkloadFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_workloads = qobject_cast<WorkloadTableModel *>(model);
    Q_ASSERT_X(m_workloads || !model, "WorkloadFilterProxyModel", "the source must be a WorkloadTableModel");
    QSortFilterProxyModel::setSourceModel(model);
}

void WorkloadFilterProxyModel::setFilter(const WorkloadFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // One rebuild (a layout change) rather than QSortFilterProxyModel's row-by-row removals and
    // insertions, which for scattered rows of a large table cost a signal per range (100,000 rows:
    // hundreds of ms per keystroke). Selection and current row follow through persistent indexes.
    invalidate();
    Q_EMIT filterChanged(m_filter);
}

bool WorkloadFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_workloads || sourceParent.isValid())
        return false;
    return m_filter.matches(m_workloads->workloadAt(sourceRow));
}

bool WorkloadFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(SortRole);
    const QVariant b = right.data(SortRole);
    // Missing values sort last in ascending order.
    if (!a.isValid() || !b.isValid())
        return a.isValid() && !b.isValid();
    if (a.userType() == QMetaType::QString && b.userType() == QMetaType::QString)
        return a.toString().localeAwareCompare(b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace Workdeck
