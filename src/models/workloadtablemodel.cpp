// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadtablemodel.h"

#include "backends/backendsupport.h"
#include "domain/timeformat.h"
#include "heaptuning.h"
#include "modelroles.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace Workdeck {

WorkloadTableModel::WorkloadTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void WorkloadTableModel::setFields(const QList<WorkloadField> &fields)
{
    if (fields == m_fields)
        return;
    beginResetModel();
    m_fields = fields;
    endResetModel();
}

WorkloadTableModel::MergePlan WorkloadTableModel::planMerge(const QList<Workload> &shown, bool rowsShared,
                                                            QHash<QString, Pending> pending,
                                                            QList<Workload> incoming, quint64 generation,
                                                            bool replaceRows)
{
    MergePlan plan;
    plan.generation = generation;
    // A pending status stays shown while the server still reports the status it had.
    if (!pending.isEmpty()) {
        for (qsizetype i = 0; i < incoming.size(); ++i) {
            const auto it = pending.constFind(incoming.at(i).id);
            if (it == pending.cend())
                continue;
            if (incoming.at(i).status == it->serverStatus) {
                Workload &workload = incoming[i]; // the server has not acted yet
                workload.status = it->shown;
                workload.rawStatus.clear();
            } else {
                pending.erase(it);
            }
        }
    }
    QHash<QString, qsizetype> incomingById;
    incomingById.reserve(incoming.size());
    for (qsizetype i = 0; i < incoming.size(); ++i)
        incomingById.insert(incoming.at(i).id, i); // with duplicate ids, the last one wins
    for (auto it = pending.begin(); it != pending.end();)
        it = incomingById.contains(it.key()) ? std::next(it) : pending.erase(it);
    plan.pending = std::move(pending);

    // The rows kept where they are: none when all are replaced.
    static const QList<Workload> noRows;
    const QList<Workload> &current = replaceRows ? noRows : shown;
    if (replaceRows && !shown.isEmpty())
        plan.removed.append({0, int(shown.size()) - 1});

    // Rows that are gone, as ranges from the bottom up.
    for (int row = int(current.size()) - 1; row >= 0;) {
        if (incomingById.contains(current.at(row).id)) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !incomingById.contains(current.at(row).id))
            --row;
        plan.removed.append({row + 1, last});
    }
    if (rowsShared && !plan.removed.isEmpty())
        plan.ownRows = QList<Workload>(shown.cbegin(), shown.cend());

    // The kept rows in their order, and which of them changed.
    plan.index.reserve(incoming.size());
    QList<qsizetype> keptFrom;
    keptFrom.reserve(incoming.size());
    bool inIncomingOrder = true;
    for (const Workload &row : current) {
        const auto found = incomingById.constFind(row.id);
        if (found == incomingById.cend())
            continue;
        const int kept = int(keptFrom.size());
        if (!(row == incoming.at(*found)))
            plan.changedRows.append(kept);
        inIncomingOrder = inIncomingOrder && *found == kept;
        plan.index.insert(row.id, kept);
        keptFrom.append(*found);
    }
    // The new ones in the order they came (each id once: its last occurrence).
    int next = int(keptFrom.size());
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const QString &id = incoming.at(i).id;
        if (!plan.index.contains(id) && incomingById.value(id) == i) {
            plan.appended.append(i);
            plan.index.insert(id, next++);
        }
    }
    // The rows as the list given has them, shared with it where they are all of it in its order.
    if (inIncomingOrder && plan.appended.isEmpty() && keptFrom.size() == incoming.size()) {
        plan.kept = incoming;
    } else if (keptFrom.isEmpty() && plan.appended.size() == incoming.size()) {
        plan.adoptIncoming = true;
    } else {
        plan.kept.reserve(keptFrom.size());
        for (qsizetype from : std::as_const(keptFrom))
            plan.kept.append(incoming.at(from));
    }

    QSet<QString> creators;
    for (const Workload &workload : std::as_const(incoming)) {
        if (!workload.createdBy.isEmpty())
            creators.insert(workload.createdBy);
    }
    plan.creators = QStringList(creators.cbegin(), creators.cend());
    plan.incoming = std::move(incoming);
    return plan;
}

bool WorkloadTableModel::applyMerge(MergePlan &plan)
{
    if (plan.generation != m_generation)
        return false;
    ++m_generation;
    Q_EMIT mergeAboutToBeApplied();
    if (!plan.removed.isEmpty() && !m_rows.isDetached() && plan.ownRows.size() == m_rows.size())
        releaseLater(std::exchange(m_rows, std::move(plan.ownRows))); // equal rows, an array of its own
    for (const auto &[first, last] : std::as_const(plan.removed)) {
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    // The old index, pending and creators go with the plan (freed on a worker for large lists).
    std::swap(m_rowById, plan.index); // rowOf() ignores the rows still to be inserted
    std::swap(m_pending, plan.pending);
    std::swap(m_creators, plan.creators);
    // The kept rows as they are now: equal to the ones shown where nothing changed, so this is one
    // swap, and the rows replaced are freed on a worker (they hold hundreds of thousands of strings:
    // freeing them here took most of the time).
    Q_ASSERT(plan.kept.size() == m_rows.size());
    releaseLater(std::exchange(m_rows, std::move(plan.kept)));
    // One signal for the rows the changes span, not one per row (a refresh of 100,000 rows
    // changes thousands: a signal each kept the GUI thread busy for tens of ms); the exact rows
    // follow with mergeApplied().
    const QList<int> &changedRows = plan.changedRows;
    if (!changedRows.isEmpty() && !m_fields.isEmpty())
        Q_EMIT dataChanged(index(changedRows.first(), 0),
                           index(changedRows.last(), int(m_fields.size()) - 1));
    if (!plan.appended.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(plan.appended.size()) - 1);
        if (plan.adoptIncoming) {
            m_rows = plan.incoming;
        } else {
            m_rows.reserve(m_rows.size() + plan.appended.size());
            for (qsizetype from : std::as_const(plan.appended))
                m_rows.append(plan.incoming.at(from));
        }
        endInsertRows();
    }
    Q_EMIT mergeApplied(changedRows);
    return true;
}

void WorkloadTableModel::merge(const QList<Workload> &snapshot)
{
    ++m_mergeTicket; // a background merge still under way is older than this
    MergePlan plan = planMerge(m_rows, !m_rows.isDetached(), m_pending, snapshot, m_generation);
    applyMerge(plan);
    Q_EMIT mergeFinished();
}

void WorkloadTableModel::mergeInBackground(const QList<Workload> &snapshot, bool replaceRows)
{
    if (snapshot.size() < backgroundMergeThreshold && m_rows.size() < backgroundMergeThreshold) {
        merge(snapshot);
        return;
    }
    const quint64 ticket = ++m_mergeTicket;
    // The worker gives its share of the rows back as soon as it has read them, so the GUI
    // thread's changes do not copy the whole list (it would if the worker still held it).
    struct Input
    {
        bool rowsShared;
        QList<Workload> rows;
        QHash<QString, Pending> pending;
        QList<Workload> incoming;
        quint64 generation;
    };
    const bool rowsShared = !m_rows.isDetached(); // asked before the worker's copy shares it too
    auto input = std::make_shared<Input>(Input{rowsShared, m_rows, m_pending, snapshot, m_generation});
    runThen<MergePlan>(
        this, true,
        [input, replaceRows] {
            const QList<Workload> rows = std::exchange(input->rows, {});
            return planMerge(rows, input->rowsShared, std::exchange(input->pending, {}),
                             std::exchange(input->incoming, {}), input->generation, replaceRows);
        },
        [this, ticket, snapshot, replaceRows](MergePlan plan) {
            if (ticket != m_mergeTicket) { // a newer list is on its way
                releaseLater(std::move(plan));
                return;
            }
            if (!applyMerge(plan)) {
                // The rows changed meanwhile (a pending status, a clear): work it out again.
                mergeInBackground(snapshot, replaceRows);
                return;
            }
            // The lists and index the plan still holds are freed on a worker too, then the heap trimmed.
            releaseLater(std::move(plan));
            trimHeapSoon();
            Q_EMIT mergeFinished();
        });
}

void WorkloadTableModel::clear()
{
    ++m_generation;
    ++m_mergeTicket; // a background merge of the previous content is dropped
    m_pending.clear();
    m_creators.clear();
    if (m_rows.isEmpty())
        return;
    // Removing rows (not a reset) keeps the views' column layout.
    beginRemoveRows({}, 0, int(m_rows.size()) - 1);
    m_rows.clear();
    m_rowById.clear();
    endRemoveRows();
}

void WorkloadTableModel::setPendingStatus(const QString &id, WorkloadStatus status)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    ++m_generation;
    Workload &workload = m_rows[row];
    if (!m_pending.contains(id))
        m_pending.insert(id, {status, workload.status, workload.rawStatus});
    else
        m_pending[id].shown = status;
    workload.status = status;
    workload.rawStatus.clear();
    emitRowsChanged(row, row);
}

void WorkloadTableModel::clearPendingStatus(const QString &id)
{
    const auto pending = m_pending.constFind(id);
    if (pending == m_pending.cend())
        return;
    ++m_generation;
    const int row = rowOf(id);
    if (row >= 0) {
        m_rows[row].status = pending->serverStatus;
        m_rows[row].rawStatus = pending->serverRawStatus;
        emitRowsChanged(row, row);
    }
    m_pending.erase(pending);
}

void WorkloadTableModel::emitRowsChanged(int first, int last)
{
    if (m_fields.isEmpty())
        return;
    Q_EMIT dataChanged(index(first, 0), index(last, int(m_fields.size()) - 1));
}

int WorkloadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkloadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

QVariant WorkloadTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return {};
    const Workload &workload = m_rows.at(index.row());
    const WorkloadField field = m_fields.at(index.column());
    const bool isTime = field == WorkloadField::CreatedAt || field == WorkloadField::UpdatedAt;
    switch (role) {
    case Qt::DisplayRole:
        if (isTime) {
            const QDateTime time =
                field == WorkloadField::CreatedAt
                    ? workload.createdAt
                    : (workload.completedAt.isValid() ? workload.completedAt : workload.updatedAt);
            return formatRelativeTime(time, m_clock());
        }
        return workloadFieldText(workload, field);
    case Qt::ToolTipRole:
        if (isTime) {
            const QDateTime time =
                field == WorkloadField::CreatedAt
                    ? workload.createdAt
                    : (workload.completedAt.isValid() ? workload.completedAt : workload.updatedAt);
            return formatAbsoluteTime(time);
        }
        if (field == WorkloadField::Status)
            return workloadStatusDescription(workload.status);
        if (field == WorkloadField::Name)
            return workload.name.isEmpty() ? workload.id : workload.name;
        return {};
    case SortRole:
        return workloadFieldSortValue(workload, field);
    case WorkloadIdRole:
        return workload.id;
    case StatusRole:
        return int(workload.status);
    case FieldRole:
        return int(field);
    case ProjectIdRole:
        return workload.projectId;
    default:
        return {};
    }
}

QVariant WorkloadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_fields.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return workloadFieldTitle(m_fields.at(section));
    if (role == FieldRole)
        return int(m_fields.at(section));
    return {};
}

} // namespace Workdeck
