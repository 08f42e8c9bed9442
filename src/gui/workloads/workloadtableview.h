// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workloadfield.h"

#include <QTableView>

namespace Workdeck {

class StatusDelegate;

// The workloads table: row selection, sorting on raw values, the status badge, and the columns
// visible by default for the fields the backend provides. Works on a model with FieldRole headers.
class WorkloadTableView : public QTableView
{
    Q_OBJECT
public:
    explicit WorkloadTableView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Shows the default columns for the current model's fields and sorts newest first.
    void applyDefaultLayout();
    int columnOf(WorkloadField field) const;

private:
    StatusDelegate *m_statusDelegate;
};

} // namespace Workdeck
