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
    // The same, with the comparing done on a worker thread: the GUI thread only applies the
    // differences (a refresh of 100,000 rows must not stall it). Large lists only; small ones
    // merge at once. mergeFinished() follows, also for small ones. A newer call supersedes an
    // older one still under way; a change in between (a pending status) has it worked out again.
    // replaceRows: the rows shown are few and of another kind (the first page of this list), so
    // all of them go and the list is taken whole, instead of copying the many new rows after the
    // few kept (at start-up, 10,000 rows after 100 took the GUI thread 35 ms, most of it in the
    // fresh memory's page faults). The selection and scroll position are not kept then.
    void mergeInBackground(const QList<Workload> &workloads, bool replaceRows = false);
    static constexpr qsizetype backgroundMergeThreshold = 5000;
    void clear();
    // The distinct non-empty "created by" of the rows, as of the last merge.
    QStringList creators() const { return m_creators; }

    // Shows `status` (Deleting, Stopping, Resuming) for this row until a merge reports that the server
    // has moved the workload on from the status it had, or clearPendingStatus() is called.
    void setPendingStatus(const QString &id, WorkloadStatus status);
    void clearPendingStatus(const QString &id);

    const Workload &workloadAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const
    {
        const int row = m_rowById.value(id, -1);
        return row < m_rows.size() ? row : -1; // (while a merge inserts, the index is ahead)
    }
    QList<Workload> workloads() const { return m_rows; }

    // For relative times; tests inject a fixed clock.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void mergeFinished();
    // Around the signals of one merge being applied: removals, one dataChanged() spanning the
    // changed rows, insertions. changedRows: exactly the rows (as numbered now) whose data
    // changed, in order, so that a proxy takes them together and not one by one.
    void mergeAboutToBeApplied();
    void mergeApplied(const QList<int> &changedRows);

private:
    struct Pending
    {
        WorkloadStatus shown;
        WorkloadStatus serverStatus;
        QString serverRawStatus;
    };
    // A merge worked out from a copy of the rows (implicitly shared, so taking it is cheap): the
    // GUI thread then only swaps the new rows in and says what changed.
    struct MergePlan
    {
        quint64 generation = 0;
        QList<Workload> incoming;           // after the pending statuses were laid over
        QList<std::pair<int, int>> removed; // ranges of the current rows, bottom up
        // The rows kept, in their order, each as incoming has it: the unchanged ones too, so the
        // model shares its strings with the list it was given rather than keeping equal copies.
        // Where the order is incoming's own, incoming itself (the array shared too).
        QList<Workload> kept;
        bool adoptIncoming = false;      // nothing kept, all new in incoming's order: take incoming
        QList<Workload> ownRows;         // a copy of the rows to remove from, where they were shared
        QList<int> changedRows;          // rows of kept whose data changed
        QList<qsizetype> appended;       // new rows, in the order they came
        QHash<QString, int> index;       // id -> row, for every row afterwards
        QHash<QString, Pending> pending; // what is still pending afterwards
        QStringList creators;
    };
    // shown: the rows as they are; rowsShared: their array is shared with a list given earlier
    // (adopted whole), so removing rows from it in place would copy it all on the GUI thread.
    // replaceRows: as for mergeInBackground().
    static MergePlan planMerge(const QList<Workload> &shown, bool rowsShared, QHash<QString, Pending> pending,
                               QList<Workload> incoming, quint64 generation, bool replaceRows = false);
    // False when the rows changed since the plan was made (nothing is applied then).
    bool applyMerge(MergePlan &plan);
    void emitRowsChanged(int first, int last);

    QList<WorkloadField> m_fields;
    QList<Workload> m_rows;
    QHash<QString, int> m_rowById;
    QHash<QString, Pending> m_pending;
    QStringList m_creators;
    quint64 m_generation = 0;  // bumped by every change of m_rows
    quint64 m_mergeTicket = 0; // the newest background merge asked for
    std::function<QDateTime()> m_clock;
};

} // namespace Workdeck
