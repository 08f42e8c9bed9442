// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workloadfilter.h"

#include <QSortFilterProxyModel>

namespace Workdeck {

class WorkloadTableModel;

// Filters a WorkloadTableModel with a WorkloadFilter and sorts on raw values (SortRole).
class WorkloadFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit WorkloadFilterProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setFilter(const WorkloadFilter &filter);
    const WorkloadFilter &filter() const { return m_filter; }

Q_SIGNALS:
    void filterChanged(const Workdeck::WorkloadFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    WorkloadTableModel *m_workloads = nullptr;
    WorkloadFilter m_filter;
};

} // namespace Workdeck
