// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workload.h"
#include "domain/workloadfield.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <functional>

namespace Workdeck {

// The workloads of one project as a table, one column per field the backend provides.
// It never fetches: a service hands it snapshots and merge() applies them row by row (inserts,
// removes, dataChanged), so selection, scroll position and sorting survive a refresh.
class WorkloadTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit WorkloadTableModel(QObject *parent = nullptr);

    void setFields(const QList<WorkloadField> &fields);
    QList<WorkloadField> fields() const { return m_fields; }
    int columnOf(WorkloadField field) const { return int(m_fields.indexOf(field)); }
    WorkloadField fieldAt(int column) const { return m_fields.at(column); }

    // Replaces the content with `workloads`, keeping rows whose id is unchanged.
    void merge(const QList<Workload> &workloads);
    void clear();

    // Shows `status` (Deleting, Stopping, Resuming) for this row until a merge reports that the server
    // has moved the workload on from the status it had, or clearPendingStatus() is called.
    void setPendingStatus(const QString &id, WorkloadStatus status);
    void clearPendingStatus(const QString &id);

    const Workload &workloadAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const { return m_rowById.value(id, -1); }
    QList<Workload> workloads() const { return m_rows; }

    // For relative times; tests inject a fixed clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuildIndex();
    void emitRowsChanged(int first, int last);

    QList<WorkloadField> m_fields;
    QList<Workload> m_rows;
    QHash<QString, int> m_rowById;
    struct Pending
    {
        WorkloadStatus shown;
        WorkloadStatus serverStatus;
        QString serverRawStatus;
    };
    QHash<QString, Pending> m_pending;
    std::function<QDateTime()> m_clock;
};

} // namespace Workdeck
