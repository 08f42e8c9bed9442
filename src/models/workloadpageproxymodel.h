// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "flatproxymodel.h"

#include <QPersistentModelIndex>

namespace Workdeck {

// Shows one page of its (already filtered and sorted) flat source: rows [page × size, (page + 1) ×
// size). A page size of 0 means "all". Sorting is passed on to the source, so a click on a column
// header sorts every row, not the page. When the source changes, the page is laid out again (one
// layout change of at most a page of rows, whatever the source did); selection and persistent
// indexes follow their rows, and the page is kept unless it no longer exists.
class WorkloadPageProxyModel : public FlatProxyModel
{
    Q_OBJECT
public:
    explicit WorkloadPageProxyModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;

    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);         // 0: all rows on one page
    int page() const { return m_page; } // 0-based
    void setPage(int page);
    int pageCount() const;
    int totalRows() const;
    // 1-based numbers of the first and last row shown; 0 and 0 when there are none.
    int firstRowNumber() const;
    int lastRowNumber() const;

    void firstPage() { setPage(0); }
    void previousPage() { setPage(m_page - 1); }
    void nextPage() { setPage(m_page + 1); }
    void lastPage() { setPage(pageCount() - 1); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

Q_SIGNALS:
    // Page, page count, total or page size changed: the pager should redraw.
    void pagingChanged();

protected:
    int shownRows() const override { return m_count; }
    void rebuild() override;
    void dropPending() override { m_pending = Pending::None; }

private:
    void updatePage(); // the page clamped to those that exist, and its rows
    void beginChange();
    void endChange();
    void handleRowsAboutToChange(const QModelIndex &parent, int first);
    void handleRowsChanged();
    void handleDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    int m_pageSize = 100;
    int m_page = 0;
    int m_offset = 0; // source row of the page's first row
    int m_count = 0;  // rows on the page
    enum class Pending
    {
        None,
        Beyond, // rows change after the page: only the totals do
        Layout,
    } m_pending = Pending::None;
    QModelIndexList m_persistentFrom;
    QList<QPersistentModelIndex> m_persistentSource;
};

} // namespace Workdeck
