// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadpageproxymodel.h"

namespace Workdeck {

WorkloadPageProxyModel::WorkloadPageProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The source is already sorted; this proxy never sorts on its own.
    setDynamicSortFilter(false);
}

void WorkloadPageProxyModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        sourceModel()->disconnect(this);
    QSortFilterProxyModel::setSourceModel(model);
    if (!model)
        return;
    // Inserting or removing a row shifts every row after it, so which rows are on the page must be
    // decided again; QSortFilterProxyModel only re-filters the rows that changed.
    connect(model, &QAbstractItemModel::rowsInserted, this, &WorkloadPageProxyModel::sourceRowsChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &WorkloadPageProxyModel::sourceRowsChanged);
    connect(model, &QAbstractItemModel::rowsMoved, this, &WorkloadPageProxyModel::sourceRowsChanged);
    connect(model, &QAbstractItemModel::layoutChanged, this, &WorkloadPageProxyModel::sourceRowsChanged);
    connect(model, &QAbstractItemModel::modelReset, this, &WorkloadPageProxyModel::sourceRowsChanged);
    clampAndRefilter();
}

void WorkloadPageProxyModel::setPageSize(int rows)
{
    rows = qMax(0, rows);
    if (rows == m_pageSize)
        return;
    // Keep the first visible row on screen.
    const int first = m_pageSize > 0 ? m_page * m_pageSize : 0;
    m_pageSize = rows;
    m_page = rows > 0 ? first / rows : 0;
    clampAndRefilter();
}

void WorkloadPageProxyModel::setPage(int page)
{
    page = qBound(0, page, pageCount() - 1);
    if (page == m_page)
        return;
    m_page = page;
    clampAndRefilter();
}

int WorkloadPageProxyModel::totalRows() const
{
    return sourceModel() ? sourceModel()->rowCount() : 0;
}

int WorkloadPageProxyModel::pageCount() const
{
    if (m_pageSize <= 0)
        return 1;
    return qMax(1, (totalRows() + m_pageSize - 1) / m_pageSize);
}

int WorkloadPageProxyModel::firstRowNumber() const
{
    return rowCount() == 0 ? 0 : (m_pageSize > 0 ? m_page * m_pageSize : 0) + 1;
}

int WorkloadPageProxyModel::lastRowNumber() const
{
    return rowCount() == 0 ? 0 : firstRowNumber() + rowCount() - 1;
}

bool WorkloadPageProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    if (m_pageSize <= 0)
        return true;
    const int first = m_page * m_pageSize;
    return sourceRow >= first && sourceRow < first + m_pageSize;
}

void WorkloadPageProxyModel::sourceRowsChanged()
{
    clampAndRefilter();
}

void WorkloadPageProxyModel::clampAndRefilter()
{
    m_page = qBound(0, m_page, pageCount() - 1);
    invalidateRowsFilter();
    Q_EMIT pagingChanged();
}

} // namespace Workdeck
