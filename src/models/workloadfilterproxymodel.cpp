// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadfilterproxymodel.h"

#include "workloadtablemodel.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QTimer>

#include <algorithm>
#include <numeric>
#include <string_view>

namespace Workdeck {

WorkloadFilterProxyModel::WorkloadFilterProxyModel(QObject *parent)
    : FlatProxyModel(parent)
    , m_collator(textCollator())
{}

QCollator WorkloadFilterProxyModel::textCollator()
{
    // The user's collation; without one (the C locale compares code points: "Zed" before
    // "alpha"), English's. Digits as numbers: "job-9" before "job-10".
    QCollator collator(QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale());
    collator.setNumericMode(true);
    return collator;
}

void WorkloadFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_workloads = qobject_cast<WorkloadTableModel *>(model);
    Q_ASSERT_X(m_workloads || !model, "WorkloadFilterProxyModel", "the source must be a WorkloadTableModel");
    FlatProxyModel::setSourceModel(model);
    if (!m_workloads)
        return;
    using Self = WorkloadFilterProxyModel;
    watch(connect(model, &QAbstractItemModel::dataChanged, this, &Self::handleDataChanged));
    watch(
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &Self::handleRowsAboutToBeInserted));
    watch(connect(model, &QAbstractItemModel::rowsInserted, this, &Self::handleRowsInserted));
    watch(connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &Self::handleRowsAboutToBeRemoved));
    watch(connect(model, &QAbstractItemModel::rowsRemoved, this, &Self::handleRowsRemoved));
    watch(connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                  &Self::handleLayoutAboutToBeChanged));
    watch(connect(model, &QAbstractItemModel::layoutChanged, this, &Self::handleLayoutChanged));
    watch(connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this, &Self::handleLayoutAboutToBeChanged));
    watch(connect(model, &QAbstractItemModel::rowsMoved, this, &Self::handleLayoutChanged));
    // A merge's changed rows are placed together once it is applied.
    watch(
        connect(m_workloads, &WorkloadTableModel::mergeAboutToBeApplied, this, [this] { m_inMerge = true; }));
    watch(
        connect(m_workloads, &WorkloadTableModel::mergeApplied, this, [this](const QList<int> &changedRows) {
            m_inMerge = false;
            m_changedRows.insert(m_changedRows.end(), changedRows.cbegin(), changedRows.cend());
            placeChangedRowsInTurns();
        }));
}

// ---- bookkeeping ----------------------------------------------------------------------------

namespace {

char foldedAscii(char16_t ascii)
{
    return char(ascii >= u'A' && ascii <= u'Z' ? ascii + (u'a' - u'A') : ascii);
}

} // namespace

bool WorkloadFilterProxyModel::accepts(int sourceRow) const
{
    const SearchRow &search = m_search[size_t(sourceRow)];
    if (!m_fastSearch || !search.plain)
        return m_matcher.matches(m_workloads->workloadAt(sourceRow));
    if (!m_matcher.matchesState(search.status, search.type))
        return false;
    if (m_needle.empty())
        return true;
    // As WorkloadMatcher: in the display name or the name, or at the start of the id. The needle
    // holds no '\n', so no match spans two of them.
    const std::string_view text(m_searchText.data() + search.offset, search.length);
    return text.substr(0, search.idLength).starts_with(m_needle) ||
           text.substr(search.idLength).find(m_needle) != std::string_view::npos;
}

WorkloadFilterProxyModel::SearchRow WorkloadFilterProxyModel::makeSearchRow(int sourceRow)
{
    const Workload &workload = m_workloads->workloadAt(sourceRow);
    SearchRow search;
    search.status = workload.status;
    search.type = workload.type;
    search.offset = quint32(m_searchText.size());
    const auto put = [this](const QString &text) {
        const size_t at = m_searchText.size();
        m_searchText.resize(at + size_t(text.size()));
        char *out = m_searchText.data() + at;
        for (const QChar c : text) {
            if (c.unicode() >= 0x80)
                return false;
            *out++ = foldedAscii(c.unicode());
        }
        return true;
    };
    search.plain = put(workload.id);
    search.idLength = quint32(m_searchText.size()) - search.offset;
    m_searchText.push_back('\n');
    search.plain = search.plain && put(workload.displayName);
    m_searchText.push_back('\n');
    search.plain = search.plain && put(workload.name);
    if (search.plain) {
        search.length = quint32(m_searchText.size()) - search.offset;
    } else {
        m_searchText.resize(search.offset);
        search.idLength = 0;
    }
    return search;
}

void WorkloadFilterProxyModel::rebuildSearch()
{
    m_search.clear();
    m_searchText.clear();
    m_searchGarbage = 0;
    const int rows = m_workloads ? m_workloads->rowCount() : 0;
    m_search.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row)
        m_search.push_back(makeSearchRow(row));
}

bool WorkloadFilterProxyModel::sameSearchText(const SearchRow &search, const Workload &workload) const
{
    if (!search.plain || search.idLength != quint32(workload.id.size()) ||
        search.length != quint32(workload.id.size() + workload.displayName.size() + workload.name.size() + 2))
        return false;
    const char *text = m_searchText.data() + search.offset;
    const auto same = [&text](const QString &part) {
        for (const QChar c : part) {
            if (c.unicode() >= 0x80 || *text++ != foldedAscii(c.unicode()))
                return false;
        }
        ++text; // the '\n' after it
        return true;
    };
    return same(workload.id) && same(workload.displayName) && same(workload.name);
}

void WorkloadFilterProxyModel::updateSearch(int sourceRow)
{
    SearchRow &search = m_search[size_t(sourceRow)];
    const Workload &workload = m_workloads->workloadAt(sourceRow);
    if (sameSearchText(search, workload)) {
        // A refresh mostly changes statuses: the texts stay where they are.
        search.status = workload.status;
        search.type = workload.type;
        return;
    }
    m_searchGarbage += search.length;
    search = makeSearchRow(sourceRow);
    compactSearch();
}

void WorkloadFilterProxyModel::forgetSearch(int first, int last)
{
    for (int row = first; row <= last; ++row)
        m_searchGarbage += m_search[size_t(row)].length;
    m_search.erase(m_search.begin() + first, m_search.begin() + last + 1);
    compactSearch();
}

void WorkloadFilterProxyModel::compactSearch()
{
    // Once the text of rows since changed or gone outweighs what is in use: copied together again.
    if (m_searchGarbage < (size_t(1) << 20) || m_searchGarbage < m_searchText.size() / 2)
        return;
    std::string text;
    text.reserve(m_searchText.size() - m_searchGarbage);
    for (SearchRow &search : m_search) {
        const size_t offset = text.size();
        text.append(m_searchText, search.offset, search.length);
        search.offset = quint32(offset);
    }
    m_searchText = std::move(text);
    m_searchGarbage = 0;
}

void WorkloadFilterProxyModel::prepareNeedle()
{
    const TextMatcher &name = m_matcher.nameMatcher();
    const QString &folded = name.foldedAscii();
    const bool printable =
        std::all_of(folded.cbegin(), folded.cend(), [](QChar c) { return c.unicode() >= 0x20; });
    m_fastSearch = !m_matcher.testsCreatedBy() && (name.isEmpty() || (!folded.isEmpty() && printable));
    m_needle = m_fastSearch ? folded.toStdString() : std::string();
}

WorkloadFilterProxyModel::SortKey WorkloadFilterProxyModel::keyOf(int sourceRow) const
{
    const QVariant value = workloadFieldSortValue(m_workloads->workloadAt(sourceRow), m_sortField);
    SortKey key;
    if (value.userType() == QMetaType::QString) {
        const QString text = value.toString();
        key.valid = !text.isEmpty(); // an empty text is a missing value
        if (key.valid)
            key.text = m_collator.sortKey(text);
    } else if (value.isValid()) {
        key.valid = true;
        key.number = value.toDouble();
    }
    return key;
}

bool WorkloadFilterProxyModel::before(int a, int b) const
{
    if (!m_sorted)
        return a < b;
    const SortKey &x = m_keys[size_t(a)];
    const SortKey &y = m_keys[size_t(b)];
    if (x.valid != y.valid)
        return x.valid; // missing values last, in either order
    if (x.valid) {
        int order = 0;
        if (x.text.has_value() != y.text.has_value())
            order = x.text ? 1 : -1;
        else if (x.text)
            order = x.text->compare(*y.text);
        else
            order = x.number < y.number ? -1 : (x.number > y.number ? 1 : 0);
        if (order != 0)
            return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
    }
    return a < b; // stable: equal values keep the source's order
}

void WorkloadFilterProxyModel::computeKeys()
{
    m_keys.clear();
    const int rows = m_workloads ? m_workloads->rowCount() : 0;
    m_sorted = m_sortColumn >= 0 && m_workloads && m_sortColumn < m_workloads->columnCount();
    if (!m_sorted)
        return;
    m_sortField = m_workloads->fieldAt(m_sortColumn);
    m_keys.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row)
        m_keys.push_back(keyOf(row));
}

void WorkloadFilterProxyModel::sortAll()
{
    m_order.resize(m_accepted.size());
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sorted)
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) { return before(a, b); });
}

std::vector<int> WorkloadFilterProxyModel::rowsToShow() const
{
    std::vector<int> shown;
    shown.reserve(m_shown.size() + 64);
    for (const int row : m_order) {
        if (m_accepted[size_t(row)])
            shown.push_back(row);
    }
    return shown;
}

void WorkloadFilterProxyModel::setShown(std::vector<int> shown)
{
    m_shown = std::move(shown);
    m_proxyRowOf.assign(m_accepted.size(), -1);
    for (size_t proxyRow = 0; proxyRow < m_shown.size(); ++proxyRow)
        m_proxyRowOf[size_t(m_shown[proxyRow])] = int(proxyRow);
}

void WorkloadFilterProxyModel::rebuildShown()
{
    setShown(rowsToShow());
}

void WorkloadFilterProxyModel::testRows(const std::vector<int> &rows)
{
    // Matching is read-only on values nobody changes meanwhile, and each row's answer has its own
    // byte: large tables are shared out among the cores (the cost is memory latency, not compute).
    constexpr size_t chunk = 8192;
    if (rows.size() < 2 * chunk) {
        for (const int row : rows)
            m_accepted[size_t(row)] = accepts(row);
        return;
    }
    std::vector<std::pair<size_t, size_t>> chunks;
    for (size_t first = 0; first < rows.size(); first += chunk)
        chunks.emplace_back(first, std::min(rows.size(), first + chunk));
    QtConcurrent::blockingMap(chunks, [this, &rows](const std::pair<size_t, size_t> &range) {
        for (size_t i = range.first; i < range.second; ++i)
            m_accepted[size_t(rows[i])] = accepts(rows[i]);
    });
}

void WorkloadFilterProxyModel::dropPending()
{
    m_pending = Pending::None;
}

void WorkloadFilterProxyModel::rebuild()
{
    m_changedRows.clear();
    m_movedRows.clear();
    m_visibilityChanged = false;
    m_inMerge = false;
    const int rows = m_workloads ? m_workloads->rowCount() : 0;
    rebuildSearch();
    m_accepted.assign(size_t(rows), 0);
    std::vector<int> all(static_cast<size_t>(rows));
    std::iota(all.begin(), all.end(), 0);
    testRows(all);
    computeKeys();
    sortAll();
    rebuildShown();
}

void WorkloadFilterProxyModel::beginLayoutChange(QAbstractItemModel::LayoutChangeHint hint)
{
    Q_EMIT layoutAboutToBeChanged({}, hint);
    // Asked after the signal: whoever listens may have made persistent indexes of their own.
    m_persistentFrom = persistentIndexList();
    m_persistentSource.clear();
    m_persistentSource.reserve(m_persistentFrom.size());
    for (const QModelIndex &index : std::as_const(m_persistentFrom)) {
        const bool known = index.row() >= 0 && size_t(index.row()) < m_shown.size();
        m_persistentSource.append({known ? m_shown[size_t(index.row())] : -1, index.column()});
    }
}

void WorkloadFilterProxyModel::endLayoutChange(const std::function<int(int)> &remap,
                                               QAbstractItemModel::LayoutChangeHint hint)
{
    QModelIndexList to;
    to.reserve(m_persistentFrom.size());
    for (const auto &[sourceRow, column] : std::as_const(m_persistentSource)) {
        const int row = sourceRow >= 0 && remap ? remap(sourceRow) : sourceRow;
        const int proxyRow = row >= 0 && size_t(row) < m_proxyRowOf.size() ? m_proxyRowOf[size_t(row)] : -1;
        to.append(proxyRow >= 0 ? index(proxyRow, column) : QModelIndex());
    }
    changePersistentIndexList(m_persistentFrom, to);
    m_persistentFrom.clear();
    m_persistentSource.clear();
    Q_EMIT layoutChanged({}, hint);
}

// ---- what users change ------------------------------------------------------------------------

void WorkloadFilterProxyModel::setFilter(const WorkloadFilter &filter)
{
    if (filter == m_filter)
        return;
    placeChangedRows();
    // Typing on in the search box only narrows: only the rows shown now can still match.
    WorkloadFilter widened = filter;
    widened.nameContains = m_filter.nameContains;
    const bool narrowing =
        widened == m_filter && filter.nameContains.startsWith(m_filter.nameContains, Qt::CaseInsensitive);
    m_filter = filter;
    m_matcher = WorkloadMatcher(filter);
    prepareNeedle();
    if (m_workloads) {
        if (narrowing) {
            testRows(m_shown);
        } else {
            std::vector<int> all(m_accepted.size());
            std::iota(all.begin(), all.end(), 0);
            testRows(all);
        }
        std::vector<int> shown = rowsToShow();
        if (shown != m_shown) {
            // One layout change, not QSortFilterProxyModel's removal and insertion per range
            // (100,000 scattered rows: a signal each).
            beginLayoutChange();
            setShown(std::move(shown));
            endLayoutChange();
        }
    }
    Q_EMIT filterChanged(m_filter);
}

void WorkloadFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    placeChangedRows();
    beginLayoutChange(VerticalSortHint);
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    computeKeys();
    sortAll();
    rebuildShown();
    endLayoutChange({}, VerticalSortHint);
}

// ---- what the source changes ------------------------------------------------------------------

void WorkloadFilterProxyModel::handleDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                                 const QList<int> &roles)
{
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int last = std::min(bottomRight.row(), int(m_proxyRowOf.size()) - 1);
    if (m_inMerge) {
        // A merge's one signal for all its changes: likewise one here, for the shown rows it
        // spans. Which rows changed, and so may have to be hidden, shown or moved, comes with
        // mergeApplied().
        int first = -1;
        int end = -1;
        for (int row = topLeft.row(); row <= last; ++row) {
            const int proxyRow = m_proxyRowOf[size_t(row)];
            if (proxyRow < 0)
                continue;
            first = first < 0 ? proxyRow : std::min(first, proxyRow);
            end = std::max(end, proxyRow);
        }
        if (first >= 0)
            Q_EMIT dataChanged(index(first, topLeft.column()), index(end, bottomRight.column()), roles);
        return;
    }
    // One row or a few (a pending status): the rows shown change in place, then are placed.
    int runFirst = -1;
    int runLast = -1;
    const auto flush = [&] {
        if (runFirst >= 0)
            Q_EMIT dataChanged(index(runFirst, topLeft.column()), index(runLast, bottomRight.column()),
                               roles);
        runFirst = -1;
    };
    for (int row = topLeft.row(); row <= last; ++row) {
        m_changedRows.push_back(row);
        const int proxyRow = m_proxyRowOf[size_t(row)];
        if (proxyRow < 0)
            continue;
        if (runFirst >= 0 && proxyRow != runLast + 1)
            flush();
        if (runFirst < 0)
            runFirst = proxyRow;
        runLast = proxyRow;
    }
    flush();
    placeChangedRows();
}

void WorkloadFilterProxyModel::setPlacementSlice(int rows)
{
    m_placementSlice = std::max(1, rows);
}

bool WorkloadFilterProxyModel::isPlacing() const
{
    return !m_changedRows.empty();
}

void WorkloadFilterProxyModel::placeNow()
{
    placeChangedRows();
}

void WorkloadFilterProxyModel::placeChangedRowsInTurns()
{
    // A refresh of 100,000 rows changes thousands; reading each one's workload takes the GUI thread
    // several ms per 10,000 (cache misses): a slice per event-loop turn keeps the window responsive.
    // Until all are placed, rows show their new values where they were.
    placeChangedRows(size_t(m_placementSlice));
    if (m_changedRows.empty() || m_placementScheduled)
        return;
    m_placementScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_placementScheduled = false;
        placeChangedRowsInTurns();
    });
}

void WorkloadFilterProxyModel::placeChangedRows(size_t limit)
{
    if (!m_workloads)
        return;
    // The rows of this slice: their search texts, whether they pass, and their sort keys. Those to
    // move (new, or with a new key) are sorted here and merged into the ones from earlier slices,
    // so the last turn only merges them into the rest.
    const size_t take = std::min(limit, m_changedRows.size());
    std::vector<int> moved;
    for (size_t i = m_changedRows.size() - take; i < m_changedRows.size(); ++i) {
        const bool isNew = m_changedRows[i] < 0;
        const int row = isNew ? ~m_changedRows[i] : m_changedRows[i];
        if (size_t(row) >= m_accepted.size())
            continue;
        updateSearch(row);
        const bool accepted = accepts(row);
        if (accepted != bool(m_accepted[size_t(row)])) {
            m_accepted[size_t(row)] = accepted;
            m_visibilityChanged = true;
        }
        if (m_sorted) {
            SortKey key = keyOf(row);
            SortKey &old = m_keys[size_t(row)];
            const bool same = key.valid == old.valid && key.number == old.number &&
                              key.text.has_value() == old.text.has_value() &&
                              (!key.text || key.text->compare(*old.text) == 0);
            if (!same)
                old = std::move(key);
            if (!same || isNew)
                moved.push_back(row);
        } else if (isNew) {
            moved.push_back(row);
        }
    }
    m_changedRows.resize(m_changedRows.size() - take);
    const auto sooner = [this](int a, int b) { return before(a, b); };
    if (!moved.empty()) {
        std::sort(moved.begin(), moved.end(), sooner);
        const auto middle = m_movedRows.insert(m_movedRows.end(), moved.cbegin(), moved.cend());
        std::inplace_merge(m_movedRows.begin(), middle, m_movedRows.end(), sooner);
    }
    if (!m_changedRows.empty())
        return; // the rest in later turns; m_order still holds the moved rows where they were
    if (take > 0) {
        placeMovedRows();
        Q_EMIT placed();
    }
}

void WorkloadFilterProxyModel::placeMovedRows()
{
    const auto sooner = [this](int a, int b) { return before(a, b); };
    std::vector<int> moved = std::exchange(m_movedRows, {});
    const bool visibilityChanged = std::exchange(m_visibilityChanged, false);
    if (!moved.empty()) {
        // Take the moved rows out and merge them back into the rest (still in order).
        std::vector<char> isMoved(m_accepted.size(), 0);
        // A row changed by two merges before it was placed is in the list twice, and may have been
        // sorted in by the key it had before the second: then they are sorted again.
        std::erase_if(moved, [&isMoved](int row) { return std::exchange(isMoved[size_t(row)], 1) != 0; });
        if (!std::is_sorted(moved.cbegin(), moved.cend(), sooner))
            std::sort(moved.begin(), moved.end(), sooner);
        std::erase_if(m_order, [&isMoved](int row) { return isMoved[size_t(row)] != 0; });
        std::vector<int> order;
        order.reserve(m_accepted.size());
        std::merge(m_order.cbegin(), m_order.cend(), moved.cbegin(), moved.cend(), std::back_inserter(order),
                   sooner);
        m_order = std::move(order);
    }
    if (!visibilityChanged && moved.empty())
        return;
    std::vector<int> shown = rowsToShow();
    if (shown == m_shown)
        return;
    beginLayoutChange();
    setShown(std::move(shown));
    endLayoutChange();
}

void WorkloadFilterProxyModel::handleRowsAboutToBeInserted()
{
    placeChangedRows(); // while the rows they name are still where they were
}

void WorkloadFilterProxyModel::handleRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (int &row : m_order) {
        if (row >= first)
            row += count;
    }
    m_accepted.insert(m_accepted.begin() + first, size_t(count), 0);
    m_search.insert(m_search.begin() + first, size_t(count), SearchRow{});
    if (m_inMerge && count > largeInsertSlices * m_placementSlice) {
        // Many rows in one merge (a project's first load of 100,000: reading them took the GUI
        // thread 50-80 ms): placed a slice per turn with the merge's changed rows, and shown
        // together after the last. Until then they wait, hidden, at the end of the order. Fewer
        // (10,000 at start-up: about 7 ms) are placed at once, so they show in the first paint.
        if (m_sorted)
            m_keys.insert(m_keys.begin() + first, size_t(count), SortKey{});
        // Room for their search texts, made once: growing 10 MB of it in a slice took several ms. A
        // generous guess per row (ids are 36, names mostly under 60): room never written to takes
        // address space, not memory.
        m_searchText.reserve(m_searchText.size() + size_t(count) * 192);
        for (int row = first; row <= last; ++row) {
            m_order.push_back(row);
            m_changedRows.push_back(~row); // new: to be moved into place whatever its key
        }
        setShown(rowsToShow()); // the same rows; only their source numbers moved on
        return;
    }
    for (int row = first; row <= last; ++row)
        m_search[size_t(row)] = makeSearchRow(row);
    std::vector<int> added(static_cast<size_t>(count));
    std::iota(added.begin(), added.end(), first);
    testRows(added);
    if (m_sorted) {
        m_keys.insert(m_keys.begin() + first, size_t(count), SortKey{});
        for (int row = first; row <= last; ++row)
            m_keys[size_t(row)] = keyOf(row);
        std::sort(added.begin(), added.end(), [this](int a, int b) { return before(a, b); });
    }
    std::vector<int> order;
    order.reserve(m_accepted.size());
    std::merge(m_order.cbegin(), m_order.cend(), added.cbegin(), added.cend(), std::back_inserter(order),
               [this](int a, int b) { return before(a, b); });
    m_order = std::move(order);

    // The new shown rows: one insertion when they arrive together (appended, or into an empty
    // view), otherwise one layout change.
    std::vector<int> shown = rowsToShow();
    int firstNew = -1;
    int lastNew = -1;
    int newCount = 0;
    for (size_t proxyRow = 0; proxyRow < shown.size(); ++proxyRow) {
        if (shown[proxyRow] < first || shown[proxyRow] > last)
            continue;
        if (firstNew < 0)
            firstNew = int(proxyRow);
        lastNew = int(proxyRow);
        ++newCount;
    }
    if (newCount == 0) {
        setShown(std::move(shown)); // the same rows; only their source numbers moved on
    } else if (lastNew - firstNew + 1 == newCount) {
        beginInsertRows({}, firstNew, lastNew);
        setShown(std::move(shown));
        endInsertRows();
    } else {
        beginLayoutChange(); // reads the persistent indexes against the rows before the insertion
        setShown(std::move(shown));
        endLayoutChange([first, count](int row) { return row >= first ? row + count : row; });
    }
}

void WorkloadFilterProxyModel::handleRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    m_pending = Pending::None;
    if (parent.isValid())
        return;
    placeChangedRows();
    int firstGone = -1;
    int lastGone = -1;
    int goneCount = 0;
    for (int row = first; row <= last && size_t(row) < m_proxyRowOf.size(); ++row) {
        const int proxyRow = m_proxyRowOf[size_t(row)];
        if (proxyRow < 0)
            continue;
        firstGone = firstGone < 0 ? proxyRow : std::min(firstGone, proxyRow);
        lastGone = std::max(lastGone, proxyRow);
        ++goneCount;
    }
    if (goneCount == 0)
        return;
    if (lastGone - firstGone + 1 == goneCount) {
        beginRemoveRows({}, firstGone, lastGone);
        m_pending = Pending::Removal;
    } else {
        beginLayoutChange();
        m_pending = Pending::Layout;
    }
}

void WorkloadFilterProxyModel::handleRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    std::erase_if(m_order, [first, last](int row) { return row >= first && row <= last; });
    for (int &row : m_order) {
        if (row > last)
            row -= count;
    }
    m_accepted.erase(m_accepted.begin() + first, m_accepted.begin() + last + 1);
    forgetSearch(first, last);
    if (m_sorted)
        m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
    const Pending pending = std::exchange(m_pending, Pending::None);
    if (pending == Pending::Layout) {
        // The persistent indexes were read against the rows before the removal.
        rebuildShown();
        endLayoutChange(
            [first, last, count](int row) { return row < first ? row : (row > last ? row - count : -1); });
        return;
    }
    rebuildShown();
    if (pending == Pending::Removal)
        endRemoveRows();
}

void WorkloadFilterProxyModel::handleLayoutAboutToBeChanged()
{
    placeChangedRows();
    Q_EMIT layoutAboutToBeChanged();
    m_persistentFrom = persistentIndexList();
    m_sourcePersistent.clear();
    for (const QModelIndex &index : std::as_const(m_persistentFrom))
        m_sourcePersistent.append(QPersistentModelIndex(mapToSource(index)));
    m_pending = Pending::SourceLayout;
}

void WorkloadFilterProxyModel::handleLayoutChanged()
{
    if (std::exchange(m_pending, Pending::None) != Pending::SourceLayout)
        return;
    rebuild();
    QModelIndexList to;
    to.reserve(m_persistentFrom.size());
    for (qsizetype i = 0; i < m_persistentFrom.size(); ++i) {
        const QModelIndex source = m_sourcePersistent.at(i);
        const QModelIndex proxy = mapFromSource(source);
        to.append(proxy.isValid() ? index(proxy.row(), m_persistentFrom.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(m_persistentFrom, to);
    m_persistentFrom.clear();
    m_sourcePersistent.clear();
    Q_EMIT layoutChanged();
}

// ---- the item model -------------------------------------------------------------------------

QModelIndex WorkloadFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this || proxyIndex.row() < 0 ||
        size_t(proxyIndex.row()) >= m_shown.size())
        return {};
    return sourceModel()->index(m_shown[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex WorkloadFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid() ||
        size_t(sourceIndex.row()) >= m_proxyRowOf.size())
        return {};
    const int proxyRow = m_proxyRowOf[size_t(sourceIndex.row())];
    return proxyRow < 0 ? QModelIndex() : index(proxyRow, sourceIndex.column());
}

} // namespace Workdeck
