// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workloadfield.h"

#include <QTableView>

namespace Workdeck {

class ActionsDelegate;
class StatusDelegate;

// The workloads table: row selection, sorting on raw values, the status badge, the three-dot
// Actions button, and a column chooser on the header. Works on any model whose horizontal headers
// carry FieldRole. Column order, widths and visibility can be saved and restored per field set.
class WorkloadTableView : public QTableView
{
    Q_OBJECT
public:
    explicit WorkloadTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    int columnOf(WorkloadField field) const;
    QList<WorkloadField> fields() const;
    // Visible columns in on-screen order.
    QList<WorkloadField> visibleFields() const;
    void setFieldVisible(WorkloadField field, bool visible);

    // The default columns for the current fields, sorted newest first.
    void applyDefaultLayout();
    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray &state);
    // Identifies the current field set, so a saved layout is only applied to the same columns.
    QString layoutKey() const;

    QMenu *createColumnMenu(QWidget *parent);

Q_SIGNALS:
    void actionsMenuRequested(const QModelIndex &index, const QPoint &globalPosition);
    // The field set changed: the owner restores its saved layout or keeps the default.
    void fieldsChanged();

private:
    void handleModelReset();

    StatusDelegate *m_statusDelegate;
    ActionsDelegate *m_actionsDelegate;
    QList<WorkloadField> m_appliedFields;
};

} // namespace Workdeck
