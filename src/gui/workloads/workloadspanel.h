// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "domain/workload.h"
#include "domain/workloadfield.h"

#include <QWidget>

class QLabel;
class QSettings;

namespace Workdeck {

class ErrorBanner;
class PaginationBar;
class WorkloadMenuActions;
class WorkloadActionService;
class WorkloadFilterBar;
class WorkloadFilterProxyModel;
class WorkloadPageProxyModel;
class WorkloadService;
class WorkloadTableModel;
class WorkloadTableView;
struct Project;

// The workloads of the current project: filter bar, error banner, table, pager and the empty and
// loading states, over the model → filter/sort proxy → page proxy stack. Feeds service snapshots
// into the model by merging, and shows what actions on rows are doing.
class WorkloadsPanel : public QWidget
{
    Q_OBJECT
public:
    WorkloadsPanel(WorkloadService *service, WorkloadActionService *actionService, QSettings *settings,
                   QWidget *parent = nullptr);
    ~WorkloadsPanel() override;

    WorkloadTableModel *model() const { return m_model; }
    WorkloadFilterProxyModel *filterProxy() const { return m_filter; }
    WorkloadPageProxyModel *pageProxy() const { return m_pages; }
    WorkloadTableView *view() const { return m_view; }
    WorkloadFilterBar *filterBar() const { return m_filterBar; }
    PaginationBar *pager() const { return m_pager; }
    ErrorBanner *banner() const { return m_banner; }
    WorkloadMenuActions *actions() const { return m_actions; }
    QLabel *emptyState() const { return m_emptyState; }

    QList<Workload> selectedWorkloads() const;
    void selectWorkload(const QString &id);
    // What the table shows, for export: all filtered rows of all pages in view order, and the visible
    // columns in their on-screen order.
    QList<Workload> shownWorkloads() const;
    QList<WorkloadField> shownFields() const;
    bool exportCsv(const QString &path, QString *error) const;

    void saveState() const;

Q_SIGNALS:
    // A loaded list is in the table now (large lists are merged on a worker thread first).
    void workloadsShown();
    void selectionChanged();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void handleWorkloadsLoaded(const Project &project, const QList<Workload> &workloads);
    void handleMerged();
    void selectNewestAfterPaint();
    QStringList pickedIds() const; // the current row's first
    void pickAgain(const QStringList &ids);
    QModelIndex filteredIndexOf(const QString &id) const; // invalid when gone or filtered out
    void handleFailure(const ApiError &error);
    void updateSelection();
    void updateEmptyState();
    void showMenuFor(const QModelIndex &index, const QPoint &globalPosition);
    QString settingsKey(const QString &name) const;

    WorkloadService *m_service;
    QSettings *m_settings;
    WorkloadTableModel *m_model;
    WorkloadFilterProxyModel *m_filter;
    WorkloadPageProxyModel *m_pages;
    WorkloadFilterBar *m_filterBar;
    ErrorBanner *m_banner;
    QStringList m_actionFailures; // one line per workload of the current bulk action
    WorkloadTableView *m_view;
    PaginationBar *m_pager;
    QLabel *m_emptyState;
    WorkloadMenuActions *m_actions;
    bool m_mergeBeingPlaced = false;   // a merge finished; the filter still places its rows
    bool m_showingFirstPage = false;   // the model holds the first page of a list
    bool m_replacingFirstPage = false; // the merge under way replaces the first page's rows
    QStringList m_pickedOnFirstPage;   // picked among its rows: picked again among the list's
};

} // namespace Workdeck
