// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadspanel.h"

#include "backends/backend.h"
#include "export/csvwriter.h"
#include "modelroles.h"
#include "paginationbar.h"
#include "services/workloadactionservice.h"
#include "services/workloadservice.h"
#include "widgets/errorbanner.h"
#include "workloadfilterbar.h"
#include "workloadfilterproxymodel.h"
#include "workloadmenuactions.h"
#include "workloadpageproxymodel.h"
#include "workloadtablemodel.h"
#include "workloadtableview.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QVBoxLayout>

namespace Workdeck {

WorkloadsPanel::WorkloadsPanel(WorkloadService *service, WorkloadActionService *actionService,
                               QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_settings(settings)
    , m_model(new WorkloadTableModel(this))
    , m_filter(new WorkloadFilterProxyModel(this))
    , m_pages(new WorkloadPageProxyModel(this))
    , m_filterBar(new WorkloadFilterBar(this))
    , m_banner(new ErrorBanner(this))
    , m_view(new WorkloadTableView(this))
    , m_pager(nullptr)
    , m_emptyState(new QLabel(m_view->viewport()))
    , m_actions(new WorkloadMenuActions(actionService, this))
{
    Backend *backend = service->backend();
    m_model->setFields(backend->availableFields());
    m_filter->setSourceModel(m_model);
    m_pages->setSourceModel(m_filter);
    m_pager = new PaginationBar(m_pages, this);
    if (m_settings)
        m_pages->setPageSize(m_settings->value(QStringLiteral("workloads/pageSize"), 100).toInt());
    m_view->setModel(m_pages);
    if (m_settings)
        m_view->restoreLayout(m_settings->value(settingsKey(QStringLiteral("header"))).toByteArray());
    m_filterBar->setChoices(backend->workloadTypes(), backend->workloadStatuses());
    // A first page of the list (while the whole list loads) is shown only in the order the table
    // shows: by the time of creation.
    const auto tellFirstPageOrder = [this] {
        const QHeaderView *header = m_view->horizontalHeader();
        const int created = m_view->columnOf(WorkloadField::CreatedAt);
        const bool byCreation = created >= 0 && header->sortIndicatorSection() == created;
        m_service->setFirstPageOrder(byCreation ? std::optional(header->sortIndicatorOrder()) : std::nullopt);
    };
    tellFirstPageOrder();
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, tellFirstPageOrder);

    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setForegroundRole(QPalette::PlaceholderText);
    m_emptyState->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->viewport()->installEventFilter(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_pager);

    for (QAction *action :
         {m_actions->details(), m_actions->logs(), m_actions->deleteAction(), m_actions->copyId()})
        m_view->addAction(action);

    connect(m_filterBar, &WorkloadFilterBar::filterChanged, m_filter, &WorkloadFilterProxyModel::setFilter);
    connect(m_filter, &WorkloadFilterProxyModel::filterChanged, this, &WorkloadsPanel::updateEmptyState);
    connect(m_service, &WorkloadService::workloadsLoaded, this, &WorkloadsPanel::handleWorkloadsLoaded);
    connect(m_model, &WorkloadTableModel::mergeFinished, this, &WorkloadsPanel::handleMerged);
    // The page's rows go with the merge that replaces them, and what the user picked among them with
    // them: taken as it is then, it is picked again once the list is shown.
    connect(m_model, &WorkloadTableModel::mergeAboutToBeApplied, this, [this] {
        if (std::exchange(m_replacingFirstPage, false))
            m_pickedOnFirstPage = pickedIds();
    });
    connect(m_filter, &WorkloadFilterProxyModel::placed, this, [this] {
        if (std::exchange(m_mergeBeingPlaced, false))
            handleMerged();
    });
    connect(m_service, &WorkloadService::workloadsFailed, this,
            [this](const Project &, const ApiError &error) { handleFailure(error); });
    connect(m_service, &WorkloadService::projectsFailed, this, &WorkloadsPanel::handleFailure);
    connect(m_service, &WorkloadService::projectChanged, this, [this] {
        m_mergeBeingPlaced = false; // the clear drops what the filter had still to place
        m_showingFirstPage = false;
        m_replacingFirstPage = false;
        m_pickedOnFirstPage.clear();
        m_pager->setMoreToCome(false);
        m_model->clear();
        m_banner->hide();
        m_pages->firstPage();
        updateEmptyState();
    });
    connect(m_service, &WorkloadService::loadingChanged, this, &WorkloadsPanel::updateEmptyState);
    connect(m_banner, &ErrorBanner::retryRequested, m_service, &WorkloadService::refresh);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WorkloadsPanel::updateSelection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &WorkloadsPanel::updateSelection);
    connect(m_pages, &QAbstractItemModel::rowsInserted, this, &WorkloadsPanel::updateEmptyState);
    connect(m_pages, &QAbstractItemModel::rowsRemoved, this, &WorkloadsPanel::updateEmptyState);
    connect(m_pages, &QAbstractItemModel::modelReset, this, &WorkloadsPanel::updateEmptyState);
    connect(m_pages, &QAbstractItemModel::layoutChanged, this, &WorkloadsPanel::updateEmptyState);
    connect(m_view, &QAbstractItemView::activated, m_actions->details(), &QAction::trigger);
    connect(m_view, &WorkloadTableView::actionsMenuRequested, this, &WorkloadsPanel::showMenuFor);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_view->indexAt(position);
        if (index.isValid())
            showMenuFor(index, m_view->viewport()->mapToGlobal(position));
    });

    // What actions are doing shows in the rows at once; failures say which workload and why.
    connect(actionService, &WorkloadActionService::actionStarted, this,
            [this](WorkloadActionService::Action action, const QString &id) {
                m_model->setPendingStatus(id, transitionalStatus(action));
            });
    connect(actionService, &WorkloadActionService::actionFailed, this,
            [this](WorkloadActionService::Action action, const Workload &workload, const ApiError &error) {
                m_model->clearPendingStatus(workload.id);
                const QString message =
                    error.kind == ApiError::Kind::Conflict && action == WorkloadActionService::Action::Delete
                        ? tr("\u201c%1\u201d is already being deleted.").arg(workload.title())
                        : tr("Could not %1 \u201c%2\u201d: %3")
                              .arg(workloadActionLabel(action).toLower().remove(QLatin1Char('&')),
                                   workload.title(), error.toString());
                m_actionFailures.append(message);
                m_banner->showMessage(message, false);
            });
    connect(actionService, &WorkloadActionService::batchFinished, this,
            [this](WorkloadActionService::Action, int succeeded, int failed) {
                // A bulk action with partial failures lists every workload that failed, and why.
                if (failed > 1 || (failed > 0 && succeeded > 0)) {
                    const QString summary =
                        tr("%n of %1 workload(s) failed:", nullptr, failed).arg(succeeded + failed);
                    m_banner->showMessage(
                        summary + QLatin1Char('\n') + m_actionFailures.join(QLatin1Char('\n')), false);
                }
                m_actionFailures.clear();
            });
    connect(actionService, &WorkloadActionService::batchFinished, m_service, &WorkloadService::refresh);

    updateSelection();
    updateEmptyState();
}

WorkloadsPanel::~WorkloadsPanel() = default;

namespace {
const QEvent::Type selectNewestEvent = QEvent::Type(QEvent::registerEventType());
}

// Something is always shown in the details: the newest workload until the user picks one. Picked
// once the rows are painted: the details (their widgets, their requests) took about 30 ms of a
// start before the list was first seen. The table's repaint is a posted event of low priority, as
// this one, and posted before it.
void WorkloadsPanel::selectNewestAfterPaint()
{
    QCoreApplication::postEvent(this, new QEvent(selectNewestEvent), Qt::LowEventPriority);
}

bool WorkloadsPanel::event(QEvent *event)
{
    if (event->type() != selectNewestEvent)
        return QWidget::event(event);
    if (!m_view->selectionModel()->hasSelection() && m_pages->rowCount() > 0 && !m_filter->isPlacing())
        m_view->selectionModel()->setCurrentIndex(m_pages->index(0, 0), QItemSelectionModel::ClearAndSelect |
                                                                            QItemSelectionModel::Rows);
    return true;
}

bool WorkloadsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_emptyState->resize(m_view->viewport()->size());
    return QWidget::eventFilter(watched, event);
}

QString WorkloadsPanel::settingsKey(const QString &name) const
{
    return QStringLiteral("workloads/%1/%2").arg(m_view->layoutKey(), name);
}

void WorkloadsPanel::saveState() const
{
    if (!m_settings)
        return;
    m_settings->setValue(settingsKey(QStringLiteral("header")), m_view->saveLayout());
    m_settings->setValue(QStringLiteral("workloads/pageSize"), m_pages->pageSize());
}

void WorkloadsPanel::handleWorkloadsLoaded(const Project &, const QList<Workload> &workloads)
{
    m_banner->hide();
    // The whole list after its first page replaces the page's rows.
    const bool afterFirstPage = std::exchange(m_showingFirstPage, m_service->isShowingFirstPage());
    m_replacingFirstPage = afterFirstPage;
    m_model->mergeInBackground(workloads, afterFirstPage);
}

void WorkloadsPanel::handleMerged()
{
    // A large list's rows come into view a slice per turn: shown once they all are.
    m_mergeBeingPlaced = m_filter->isPlacing();
    if (m_mergeBeingPlaced)
        return;
    m_pager->setMoreToCome(m_service->isShowingFirstPage());
    if (!m_pickedOnFirstPage.isEmpty())
        pickAgain(std::exchange(m_pickedOnFirstPage, {}));
    if (!m_service->isShowingFirstPage()) // its rows have not all the details
        selectNewestAfterPaint();
    m_filterBar->setKnownCreators(m_model->creators());
    updateEmptyState();
    Q_EMIT workloadsShown();
}

void WorkloadsPanel::handleFailure(const ApiError &error)
{
    // The last good rows stay on screen; the banner says what failed and offers Retry.
    QString text = error.toString();
    if (m_model->rowCount() > 0)
        text += QLatin1Char('\n') + tr("Showing the workloads from the last successful refresh.");
    if (const int seconds = m_service->retryDelaySeconds(); seconds > 0)
        text += QLatin1Char(' ') + tr("Trying again in %n second(s).", nullptr, seconds);
    m_banner->showMessage(text, true);
    updateEmptyState();
}

QStringList WorkloadsPanel::pickedIds() const
{
    QStringList ids;
    const QItemSelectionModel *selection = m_view->selectionModel();
    if (selection->isRowSelected(selection->currentIndex().row(), {}))
        ids << selection->currentIndex().data(WorkloadIdRole).toString();
    for (const QModelIndex &index : selection->selectedRows()) {
        const QString id = index.data(WorkloadIdRole).toString();
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

void WorkloadsPanel::pickAgain(const QStringList &ids)
{
    // The first on its page, and those of the others on the same page with it (the page's rows were
    // the list's first, so they mostly are). One gone from the list takes nothing with it.
    for (const QString &id : ids) {
        if (!m_view->selectionModel()->hasSelection()) {
            selectWorkload(id);
            continue;
        }
        const QModelIndex shown = m_pages->mapFromSource(filteredIndexOf(id));
        if (shown.isValid())
            m_view->selectionModel()->select(shown, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

QList<Workload> WorkloadsPanel::selectedWorkloads() const
{
    QList<Workload> selected;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const int row = m_model->rowOf(index.data(WorkloadIdRole).toString());
        if (row >= 0)
            selected << m_model->workloadAt(row);
    }
    return selected;
}

QModelIndex WorkloadsPanel::filteredIndexOf(const QString &id) const
{
    const int sourceRow = m_model->rowOf(id);
    return sourceRow < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(sourceRow, 0));
}

void WorkloadsPanel::selectWorkload(const QString &id)
{
    m_filter->placeNow(); // a row just loaded may still be on its way into view
    const QModelIndex filtered = filteredIndexOf(id);
    if (!filtered.isValid())
        return;
    if (m_pages->pageSize() > 0)
        m_pages->setPage(filtered.row() / m_pages->pageSize());
    const QModelIndex shown = m_pages->mapFromSource(filtered);
    m_view->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(shown);
}

QList<Workload> WorkloadsPanel::shownWorkloads() const
{
    m_filter->placeNow(); // every row, in its place
    QList<Workload> shown;
    shown.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        shown << m_model->workloadAt(m_filter->mapToSource(m_filter->index(row, 0)).row());
    return shown;
}

QList<WorkloadField> WorkloadsPanel::shownFields() const
{
    return m_view->visibleFields();
}

bool WorkloadsPanel::exportCsv(const QString &path, QString *error) const
{
    const QByteArray csv = Csv::writeWorkloads(shownWorkloads(), shownFields());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void WorkloadsPanel::updateSelection()
{
    m_actions->setSelection(selectedWorkloads());
    Q_EMIT selectionChanged();
}

void WorkloadsPanel::updateEmptyState()
{
    QString text;
    if (m_pages->rowCount() == 0) {
        if (m_service->isLoading() || m_filter->isPlacing() ||
            (m_model->rowCount() == 0 && !m_service->lastUpdated().isValid() &&
             !m_service->project().id.isEmpty() && !m_banner->isVisible()))
            text = tr("Loading workloads\u2026");
        else if (m_service->project().id.isEmpty())
            text = tr("Pick a project to see its workloads.");
        else if (m_model->rowCount() == 0 && !m_banner->isVisible())
            text = tr("No workloads in this project.");
        else if (m_model->rowCount() > 0 && m_filter->filter().isDefault())
            text = tr("No active workloads. Deleted ones are in the Deleted view.");
        else if (m_model->rowCount() > 0)
            text = tr("No workloads match these filters.");
    }
    m_emptyState->setText(text);
    m_emptyState->setVisible(!text.isEmpty());
    m_emptyState->resize(m_view->viewport()->size());
    m_emptyState->raise();
}

void WorkloadsPanel::showMenuFor(const QModelIndex &index, const QPoint &globalPosition)
{
    // Acting on a row that is not selected acts on that row alone.
    if (!m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    QMenu *menu = m_actions->createMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(globalPosition);
}

} // namespace Workdeck
