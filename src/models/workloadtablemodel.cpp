// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadtablemodel.h"

#include "domain/timeformat.h"
#include "modelroles.h"

#include <QSet>

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

void WorkloadTableModel::merge(const QList<Workload> &snapshot)
{
    QList<Workload> incoming = snapshot;
    if (!m_pending.isEmpty()) {
        for (Workload &workload : incoming) {
            const auto pending = m_pending.constFind(workload.id);
            if (pending == m_pending.cend())
                continue;
            if (workload.status == pending->serverStatus) {
                workload.status = pending->shown; // the server has not acted yet
                workload.rawStatus.clear();
            } else {
                m_pending.erase(pending);
            }
        }
    }
    QHash<QString, qsizetype> incomingById;
    incomingById.reserve(incoming.size());
    for (qsizetype i = 0; i < incoming.size(); ++i)
        incomingById.insert(incoming.at(i).id, i);

    // Remove rows that are gone, from the bottom up, one contiguous range at a time.
    int row = int(m_rows.size()) - 1;
    bool removed = false;
    while (row >= 0) {
        if (incomingById.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !incomingById.contains(m_rows.at(row).id))
            --row;
        const int first = row + 1;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        removed = true;
    }
    if (removed) {
        rebuildIndex();
        for (auto it = m_pending.begin(); it != m_pending.end();) {
            it = incomingById.contains(it.key()) ? std::next(it) : m_pending.erase(it);
        }
    }

    // Update rows that changed, signalling contiguous runs.
    int runStart = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const Workload &next = incoming.at(incomingById.value(m_rows.at(i).id));
        if (m_rows.at(i) == next) {
            if (runStart >= 0) {
                emitRowsChanged(runStart, i - 1);
                runStart = -1;
            }
            continue;
        }
        m_rows[i] = next;
        if (runStart < 0)
            runStart = i;
    }
    if (runStart >= 0)
        emitRowsChanged(runStart, int(m_rows.size()) - 1);

    // Append the new ones in the order they came.
    QList<qsizetype> added;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        if (!m_rowById.contains(incoming.at(i).id))
            added.append(i);
    }
    // Duplicate ids in one answer would break the id → row map; the last one wins.
    QSet<QString> seen;
    QList<qsizetype> unique;
    for (auto it = added.crbegin(); it != added.crend(); ++it) {
        if (!seen.contains(incoming.at(*it).id)) {
            seen.insert(incoming.at(*it).id);
            unique.prepend(*it);
        }
    }
    if (!unique.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(unique.size()) - 1);
        for (qsizetype index : unique) {
            m_rowById.insert(incoming.at(index).id, int(m_rows.size()));
            m_rows.append(incoming.at(index));
        }
        endInsertRows();
    }
}

void WorkloadTableModel::clear()
{
    m_pending.clear();
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
    const int row = rowOf(id);
    if (row >= 0) {
        m_rows[row].status = pending->serverStatus;
        m_rows[row].rawStatus = pending->serverRawStatus;
        emitRowsChanged(row, row);
    }
    m_pending.erase(pending);
}

void WorkloadTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
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
