// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flatproxymodel.h"

namespace Workdeck {

void FlatProxyModel::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        const auto reset = [this] {
            dropPending();
            beginResetModel();
        };
        const auto resetDone = [this] {
            rebuild();
            endResetModel();
        };
        m_connections = {
            connect(model, &QAbstractItemModel::modelAboutToBeReset, this, reset),
            connect(model, &QAbstractItemModel::modelReset, this, resetDone),
            // The workloads model changes its columns only with a reset; other sources the same way.
            connect(model, &QAbstractItemModel::columnsAboutToBeInserted, this, reset),
            connect(model, &QAbstractItemModel::columnsInserted, this, resetDone),
            connect(model, &QAbstractItemModel::columnsAboutToBeRemoved, this, reset),
            connect(model, &QAbstractItemModel::columnsRemoved, this, resetDone),
            connect(model, &QAbstractItemModel::columnsAboutToBeMoved, this, reset),
            connect(model, &QAbstractItemModel::columnsMoved, this, resetDone),
            connect(model, &QAbstractItemModel::headerDataChanged, this,
                    &QAbstractItemModel::headerDataChanged),
        };
    }
    rebuild();
    endResetModel();
}

QModelIndex FlatProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= shownRows() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex FlatProxyModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex FlatProxyModel::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int FlatProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : shownRows();
}

int FlatProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool FlatProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && shownRows() > 0;
}

QVariant FlatProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && sourceModel())
        return sourceModel()->headerData(section, orientation, role);
    return QAbstractProxyModel::headerData(section, orientation, role);
}

} // namespace Workdeck
