// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Workdeck {

// Shows one page of its (already filtered and sorted) source: rows [page × size, (page + 1) × size).
// A page size of 0 means "all". When the source changes, the rows are re-mapped incrementally so
// that selection and persistent indexes survive, and the page is kept unless it no longer exists.
class WorkloadPageProxyModel : public QSortFilterProxyModel
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

Q_SIGNALS:
    // Page, page count, total or page size changed: the pager should redraw.
    void pagingChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void sourceRowsChanged();
    void clampAndRefilter();

    int m_pageSize = 100;
    int m_page = 0;
};

} // namespace Workdeck
