// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadpageproxymodel.h"

namespace Workdeck {

WorkloadPageProxyModel::WorkloadPageProxyModel(QObject *parent)
    : FlatProxyModel(parent)
{}

void WorkloadPageProxyModel::setSourceModel(QAbstractItemModel *model)
{
    FlatProxyModel::setSourceModel(model);
    if (!model)
        return;
    using Self = WorkloadPageProxyModel;
    const auto rowsAboutToChange = [this](const QModelIndex &parent, int first) {
        handleRowsAboutToChange(parent, first);
    };
    const auto layoutAboutToChange = [this] { beginChange(); };
    watch(connect(model, &QAbstractItemModel::dataChanged, this, &Self::handleDataChanged));
    // Inserting or removing a row shifts every row after it: the page is laid out again.
    watch(connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, rowsAboutToChange));
    watch(connect(model, &QAbstractItemModel::rowsInserted, this, &Self::handleRowsChanged));
    watch(connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, rowsAboutToChange));
    watch(connect(model, &QAbstractItemModel::rowsRemoved, this, &Self::handleRowsChanged));
    watch(connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, layoutAboutToChange));
    watch(connect(model, &QAbstractItemModel::rowsMoved, this, &Self::handleRowsChanged));
    watch(connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this, layoutAboutToChange));
    watch(connect(model, &QAbstractItemModel::layoutChanged, this, &Self::handleRowsChanged));
}

void WorkloadPageProxyModel::rebuild()
{
    updatePage();
    Q_EMIT pagingChanged();
}

void WorkloadPageProxyModel::setPageSize(int rows)
{
    rows = qMax(0, rows);
    if (rows == m_pageSize)
        return;
    beginChange();
    // Keep the first visible row on screen.
    const int first = m_pageSize > 0 ? m_page * m_pageSize : 0;
    m_pageSize = rows;
    m_page = rows > 0 ? first / rows : 0;
    endChange();
}

void WorkloadPageProxyModel::setPage(int page)
{
    page = qBound(0, page, pageCount() - 1);
    if (page == m_page)
        return;
    beginChange();
    m_page = page;
    endChange();
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
    return m_count == 0 ? 0 : m_offset + 1;
}

int WorkloadPageProxyModel::lastRowNumber() const
{
    return m_count == 0 ? 0 : m_offset + m_count;
}

void WorkloadPageProxyModel::updatePage()
{
    m_page = qBound(0, m_page, pageCount() - 1);
    const int total = totalRows();
    m_offset = m_pageSize > 0 ? m_page * m_pageSize : 0;
    m_count = m_pageSize > 0 ? qBound(0, total - m_offset, m_pageSize) : total;
}

void WorkloadPageProxyModel::beginChange()
{
    m_pending = Pending::Layout;
    Q_EMIT layoutAboutToBeChanged();
    // Asked after the signal: whoever listens may have made persistent indexes of their own.
    m_persistentFrom = persistentIndexList();
    m_persistentSource.clear();
    m_persistentSource.reserve(m_persistentFrom.size());
    for (const QModelIndex &index : std::as_const(m_persistentFrom))
        m_persistentSource.append(QPersistentModelIndex(mapToSource(index)));
}

void WorkloadPageProxyModel::endChange()
{
    m_pending = Pending::None;
    updatePage();
    QModelIndexList to;
    to.reserve(m_persistentFrom.size());
    for (qsizetype i = 0; i < m_persistentFrom.size(); ++i) {
        const QModelIndex shown = mapFromSource(m_persistentSource.at(i));
        to.append(shown.isValid() ? index(shown.row(), m_persistentFrom.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(m_persistentFrom, to);
    m_persistentFrom.clear();
    m_persistentSource.clear();
    Q_EMIT layoutChanged();
    Q_EMIT pagingChanged();
}

void WorkloadPageProxyModel::handleRowsAboutToChange(const QModelIndex &parent, int first)
{
    if (parent.isValid())
        return;
    // Rows after a full page change only the totals (a refresh appending to the last page of a
    // long list, removing rows far below the page).
    const bool pageFull = m_pageSize > 0 && m_count == m_pageSize;
    if (pageFull && first >= m_offset + m_count) {
        m_pending = Pending::Beyond;
        return;
    }
    beginChange();
}

void WorkloadPageProxyModel::handleRowsChanged()
{
    switch (std::exchange(m_pending, Pending::None)) {
    case Pending::Beyond:
        updatePage();
        Q_EMIT pagingChanged();
        break;
    case Pending::Layout:
        endChange();
        break;
    case Pending::None:
        break;
    }
}

void WorkloadPageProxyModel::handleDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                               const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int first = qMax(topLeft.row(), m_offset);
    const int last = qMin(bottomRight.row(), m_offset + m_count - 1);
    if (first <= last)
        Q_EMIT dataChanged(index(first - m_offset, topLeft.column()),
                           index(last - m_offset, bottomRight.column()), roles);
}

void WorkloadPageProxyModel::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order); // every row, not the page
}

QModelIndex WorkloadPageProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this || proxyIndex.row() >= m_count)
        return {};
    return sourceModel()->index(proxyIndex.row() + m_offset, proxyIndex.column());
}

QModelIndex WorkloadPageProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid())
        return {};
    const int row = sourceIndex.row() - m_offset;
    return row >= 0 && row < m_count ? index(row, sourceIndex.column()) : QModelIndex();
}

} // namespace Workdeck
