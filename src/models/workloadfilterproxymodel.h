// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workloadfield.h"
#include "domain/workloadfilter.h"
#include "flatproxymodel.h"

#include <QCollator>
#include <QCollatorSortKey>

#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace Workdeck {

class WorkloadTableModel;

// Filters a WorkloadTableModel with a WorkloadFilter and sorts it on raw values (numbers, times;
// text in the user's collation, digits as numbers). Values a workload lacks sort last either way.
//
// Written for 100,000 rows (QSortFilterProxyModel re-sorts and re-maps per changed row): it keeps
// every source row in sort order, derives the shown rows in one pass, and takes a merge's changed
// rows together, re-placing only those that moved — one layout change per merge, not one per row.
class WorkloadFilterProxyModel : public FlatProxyModel
{
    Q_OBJECT
public:
    explicit WorkloadFilterProxyModel(QObject *parent = nullptr);

    // The source must be a WorkloadTableModel.
    void setSourceModel(QAbstractItemModel *model) override;
    void setFilter(const WorkloadFilter &filter);
    const WorkloadFilter &filter() const { return m_filter; }

    // column -1: the source's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    // How text columns are compared.
    static QCollator textCollator();
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // After a merge, changed rows are placed (hidden, shown, moved) this many per event-loop turn.
    // A merge adding more than 8 slices of rows places them in turns too, shown after the last.
    void setPlacementSlice(int rows);
    bool isPlacing() const; // a merge's changed or added rows are still being placed
    void placeNow();        // places the rest at once, for whoever reads every row (an export)

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

Q_SIGNALS:
    void filterChanged(const Workdeck::WorkloadFilter &filter);
    void placed(); // the rows a merge changed or added are all in place now

protected:
    int shownRows() const override { return int(m_shown.size()); }
    void rebuild() override;
    void dropPending() override;

private:
    struct SortKey
    {
        bool valid = false;
        double number = 0;
        std::optional<QCollatorSortKey> text;
    };

    // What the filter tests, per source row: the id, the display name and the name ASCII-folded,
    // back to back in one buffer, with the status and type. A keystroke over 100,000 rows then
    // reads memory in order, not three scattered strings and a 700-byte value per row (cache
    // misses were its cost, not comparing).
    struct SearchRow
    {
        quint32 offset = 0;
        quint32 length = 0; // id '\n' display name '\n' name
        quint32 idLength = 0;
        WorkloadStatus status = WorkloadStatus::Unknown;
        WorkloadType type = WorkloadType::Unknown;
        bool plain = false; // all ASCII: searched here; otherwise the workload itself is asked
    };
    SearchRow makeSearchRow(int sourceRow); // appends its text to m_searchText
    void rebuildSearch();
    void updateSearch(int sourceRow);
    // Whether the row's search text is what makeSearchRow would write for the workload now.
    bool sameSearchText(const SearchRow &search, const Workload &workload) const;
    void forgetSearch(int first, int last); // rows leaving
    void compactSearch();
    void prepareNeedle(); // m_needle and m_fastSearch from m_matcher

    // Source-row bookkeeping, all indexed by source row.
    bool accepts(int sourceRow) const;
    void testRows(const std::vector<int> &sourceRows); // m_accepted for these rows
    SortKey keyOf(int sourceRow) const;
    bool before(int a, int b) const; // sort order of two source rows (ties: source order)
    void computeKeys();
    void sortAll();
    void rebuildShown();

    std::vector<int> rowsToShow() const; // m_order filtered by m_accepted
    void setShown(std::vector<int> shown);
    // A layout change in two halves: rows may move, hide, show, arrive or leave in between.
    // `remap` tells where a source row from before is afterwards (-1: gone); persistent indexes
    // (selection, current row) follow their rows.
    void beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint = NoLayoutChangeHint);
    void endLayoutChange(const std::function<int(int)> &remap = {},
                         QAbstractItemModel::LayoutChangeHint hint = NoLayoutChangeHint);

    void handleDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void handleRowsAboutToBeInserted();
    void handleRowsInserted(const QModelIndex &parent, int first, int last);
    void handleRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void handleRowsRemoved(const QModelIndex &parent, int first, int last);
    void handleLayoutAboutToBeChanged();
    void handleLayoutChanged();
    // The rows whose data changed since the last call (at most `limit` of them now): hidden, shown
    // or moved as they now are once all are done.
    void placeChangedRows(size_t limit = std::numeric_limits<size_t>::max());
    void placeChangedRowsInTurns();
    void placeMovedRows(); // after the last slice: the moved rows into the order, then one layout change

    WorkloadTableModel *m_workloads = nullptr;
    WorkloadFilter m_filter;
    WorkloadMatcher m_matcher;
    int m_sortColumn = -1;
    WorkloadField m_sortField = WorkloadField::Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QCollator m_collator;

    std::vector<int> m_order;         // every source row, in sort order
    std::vector<char> m_accepted;     // source row -> passes the filter
    bool m_sorted = false;            // sorting on a column the source has
    std::vector<SortKey> m_keys;      // source row -> its sort key (when sorted)
    std::vector<int> m_shown;         // proxy row -> source row
    std::vector<int> m_proxyRowOf;    // source row -> proxy row, or -1
    std::vector<int> m_changedRows;   // source rows changed (~row: new), still to be placed
    std::vector<int> m_movedRows;     // those placed that are new or got a new key, sorted: moved last
    bool m_visibilityChanged = false; // and whether any of them was hidden or shown
    int m_placementSlice = 2000;
    static constexpr int largeInsertSlices = 8; // a merge adding more slices than this places them in turns
    bool m_placementScheduled = false;
    std::vector<SearchRow> m_search; // source row -> what the filter tests
    std::string m_searchText;        // their texts, and what rows since changed or removed left
    size_t m_searchGarbage = 0;      // bytes of the latter
    std::string m_needle;            // the name filter folded, for m_search
    bool m_fastSearch = true;        // the filter can be answered from m_search (else: workloads)
    bool m_inMerge = false;
    // Between a source's "about to" signal and its "done" one.
    enum class Pending
    {
        None,
        Removal,     // rows leaving as one range (beginRemoveRows emitted)
        Layout,      // a layout change is open
        SourceLayout // the source changes its layout; m_sourcePersistent holds where rows were
    } m_pending = Pending::None;
    QModelIndexList m_persistentFrom;
    QList<QPersistentModelIndex> m_sourcePersistent;
    QList<std::pair<int, int>> m_persistentSource; // (source row, column) of m_persistentFrom
};

} // namespace Workdeck
