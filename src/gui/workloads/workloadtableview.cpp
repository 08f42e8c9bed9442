// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadtableview.h"

#include "modelroles.h"
#include "statusdelegate.h"

#include <QHeaderView>

namespace Workdeck {

WorkloadTableView::WorkloadTableView(QWidget *parent)
    : QTableView(parent)
    , m_statusDelegate(new StatusDelegate(this))
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setShowGrid(false);
    setWordWrap(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    setAccessibleName(tr("Workloads"));
}

void WorkloadTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (model)
        connect(model, &QAbstractItemModel::modelReset, this, &WorkloadTableView::applyDefaultLayout);
    applyDefaultLayout();
}

int WorkloadTableView::columnOf(WorkloadField field) const
{
    if (!model())
        return -1;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (model()->headerData(column, Qt::Horizontal, FieldRole).toInt() == int(field))
            return column;
    }
    return -1;
}

void WorkloadTableView::applyDefaultLayout()
{
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < model()->columnCount(); ++column) {
        const auto field = WorkloadField(model()->headerData(column, Qt::Horizontal, FieldRole).toInt());
        setColumnHidden(column, !isWorkloadFieldVisibleByDefault(field) || field == WorkloadField::Actions);
        setItemDelegateForColumn(column, field == WorkloadField::Status ? m_statusDelegate : nullptr);
        header->setSectionResizeMode(column, field == WorkloadField::Name ? QHeaderView::Stretch
                                                                          : QHeaderView::Interactive);
        switch (field) {
        case WorkloadField::Status:
            header->resizeSection(column, 130);
            break;
        case WorkloadField::Type:
        case WorkloadField::Project:
            header->resizeSection(column, 150);
            break;
        case WorkloadField::CreatedBy:
            header->resizeSection(column, 190);
            break;
        default:
            header->resizeSection(column, 110);
            break;
        }
    }
    if (const int created = columnOf(WorkloadField::CreatedAt); created >= 0)
        sortByColumn(created, Qt::DescendingOrder);
}

} // namespace Workdeck
