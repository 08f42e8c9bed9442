// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>

namespace Workdeck {

// What a proxy over a flat table has in common: rows without children, the source's columns,
// and a reset whenever the source resets or changes its columns. A subclass says how many rows it
// shows, maps rows, and listens to the source's row signals itself.
class FlatProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    using QAbstractProxyModel::QAbstractProxyModel;

    // Resets around the change; the subclass then connects its row signals with watch().
    void setSourceModel(QAbstractItemModel *model) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    // Columns are the source's, also when no row is shown (QAbstractProxyModel asks row 0).
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    virtual int shownRows() const = 0;
    // The source reset or changed its columns: everything is worked out again (between a
    // beginResetModel() and an endResetModel()).
    virtual void rebuild() = 0;
    // Called before the reset begins: anything half-done is dropped.
    virtual void dropPending() {}
    // A connection to the source, undone when the source changes.
    void watch(const QMetaObject::Connection &connection) { m_connections.append(connection); }

private:
    QList<QMetaObject::Connection> m_connections;
};

} // namespace Workdeck
