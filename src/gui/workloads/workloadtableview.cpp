// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadtableview.h"

#include "actionsdelegate.h"
#include "celltextdelegate.h"
#include "modelroles.h"
#include "statusdelegate.h"

#include <QHeaderView>
#include <QMenu>

namespace Workdeck {

WorkloadTableView::WorkloadTableView(QWidget *parent)
    : QTableView(parent)
    , m_statusDelegate(new StatusDelegate(this))
    , m_actionsDelegate(new ActionsDelegate(this))
{
    // Plain text cells keep their laid-out text: a refresh or a page repaints the whole table.
    setItemDelegate(new CellTextDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setShowGrid(false);
    setWordWrap(false);
    setMouseTracking(true); // hover highlight of the three-dot button
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setContextMenuPolicy(Qt::CustomContextMenu);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setStretchLastSection(false);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu *menu = createColumnMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(horizontalHeader()->mapToGlobal(position));
    });
    connect(m_actionsDelegate, &ActionsDelegate::menuRequested, this,
            &WorkloadTableView::actionsMenuRequested);
    setAccessibleName(tr("Workloads"));
    setAccessibleDescription(
        tr("The workloads of the current project. Enter shows details; the menu key or the "
           "Actions column offers actions."));
}

void WorkloadTableView::setModel(QAbstractItemModel *model)
{
    QTableView::setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &WorkloadTableView::handleModelReset);
        connect(model, &QAbstractItemModel::columnsInserted, this, &WorkloadTableView::handleModelReset);
        connect(model, &QAbstractItemModel::columnsRemoved, this, &WorkloadTableView::handleModelReset);
    }
    handleModelReset();
}

void WorkloadTableView::handleModelReset()
{
    const QList<WorkloadField> current = fields();
    if (current == m_appliedFields)
        return;
    m_appliedFields = current;
    applyDefaultLayout();
    Q_EMIT fieldsChanged();
}

QList<WorkloadField> WorkloadTableView::fields() const
{
    QList<WorkloadField> result;
    if (!model())
        return result;
    for (int column = 0; column < model()->columnCount(); ++column)
        result << WorkloadField(model()->headerData(column, Qt::Horizontal, FieldRole).toInt());
    return result;
}

int WorkloadTableView::columnOf(WorkloadField field) const
{
    return int(fields().indexOf(field));
}

QList<WorkloadField> WorkloadTableView::visibleFields() const
{
    QList<WorkloadField> result;
    const QList<WorkloadField> all = fields();
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && logical < all.size() && !header->isSectionHidden(logical))
            result << all.at(logical);
    }
    return result;
}

void WorkloadTableView::setFieldVisible(WorkloadField field, bool visible)
{
    const int column = columnOf(field);
    if (column >= 0)
        setColumnHidden(column, !visible);
}

void WorkloadTableView::applyDefaultLayout()
{
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    const QList<WorkloadField> all = fields();
    for (int column = 0; column < all.size(); ++column) {
        const WorkloadField field = all.at(column);
        setColumnHidden(column, !isWorkloadFieldVisibleByDefault(field));
        setItemDelegateForColumn(column, field == WorkloadField::Status
                                             ? static_cast<QAbstractItemDelegate *>(m_statusDelegate)
                                         : field == WorkloadField::Actions ? m_actionsDelegate
                                                                           : nullptr);
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        switch (field) {
        case WorkloadField::Name:
            header->resizeSection(column, 300);
            break;
        case WorkloadField::Status: {
            // Wide enough for the longest badge in this language ("Fehlgeschlagen", "Poisto epäonnistui").
            int widest = 130;
            for (int value = int(WorkloadStatus::Unknown); value <= int(WorkloadStatus::Terminated);
                 ++value) {
                const QSize hint =
                    m_statusDelegate->badgeSize(fontMetrics(), workloadStatusLabel(WorkloadStatus(value)));
                widest = qMax(widest, hint.width() + 12);
            }
            header->resizeSection(column, qMin(widest, 240));
            break;
        }
        case WorkloadField::Type:
        case WorkloadField::Project:
            header->resizeSection(column, 140);
            break;
        case WorkloadField::CreatedBy:
            header->resizeSection(column, 190);
            break;
        case WorkloadField::Actions:
            header->resizeSection(column, 64);
            header->setSectionResizeMode(column, QHeaderView::Fixed);
            break;
        default:
            header->resizeSection(column, 105);
            break;
        }
        header->moveSection(header->visualIndex(column), column);
    }
    // Actions stays the last column.
    if (const int actions = all.indexOf(WorkloadField::Actions); actions >= 0)
        header->moveSection(header->visualIndex(actions), header->count() - 1);
    if (const int created = all.indexOf(WorkloadField::CreatedAt); created >= 0)
        sortByColumn(created, Qt::DescendingOrder);
}

QString WorkloadTableView::layoutKey() const
{
    QStringList parts;
    for (WorkloadField field : fields())
        parts << QString::number(int(field));
    return parts.join(QLatin1Char('-'));
}

QByteArray WorkloadTableView::saveLayout() const
{
    return horizontalHeader()->saveState();
}

bool WorkloadTableView::restoreLayout(const QByteArray &state)
{
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        return false;
    // The Actions column has a fixed width whatever was saved.
    if (const int actions = columnOf(WorkloadField::Actions); actions >= 0)
        horizontalHeader()->setSectionResizeMode(actions, QHeaderView::Fixed);
    return true;
}

QMenu *WorkloadTableView::createColumnMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Columns"), parent);
    const QList<WorkloadField> all = fields();
    for (int column = 0; column < all.size(); ++column) {
        QAction *action = menu->addAction(workloadFieldTitle(all.at(column)));
        action->setCheckable(true);
        action->setChecked(!isColumnHidden(column));
        // The name column identifies the row; it cannot be hidden.
        action->setEnabled(all.at(column) != WorkloadField::Name);
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnHidden(column, !on); });
    }
    menu->addSeparator();
    connect(menu->addAction(tr("Reset columns")), &QAction::triggered, this,
            &WorkloadTableView::applyDefaultLayout);
    return menu;
}

} // namespace Workdeck
