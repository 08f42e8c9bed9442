// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activetimers.h"
#include "api/accesstokensource.h"
#include "api/apiclient.h"
#include "appearance.h"
#include "backends/aiwbbackend.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "sandboxconnection.h"
#include "services/workloadactionservice.h"
#include "services/workloadservice.h"
#include "widgets/aboutdialog.h"
#include "widgets/errorbanner.h"
#include "widgets/preferencesdialog.h"
#include "widgets/shortcutsdialog.h"
#include "workloadfilterproxymodel.h"
#include "workloadpageproxymodel.h"
#include "workloads/paginationbar.h"
#include "workloads/workloadfilterbar.h"
#include "workloads/workloadmenuactions.h"
#include "workloads/workloadspanel.h"
#include "workloads/workloadtableview.h"
#include "workloadtablemodel.h"

#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include <algorithm>

using namespace Workdeck;

// The workloads window, offscreen, driven as a user would, on the sandbox over loopback.
class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsProjectsAndWorkloads();
    void switchingProjectsKeepsFiltersAndColumns();
    void remembersLastProjectAndColumns();
    void keepsRowsAndOffersRetryWhenServerFails();
    void survivesTheServerGoingAwayAndComingBack();
    void filterBarDrivesTheTable();
    void pagerPagesThroughRows();
    void actionMenuEnablesFromStateAndCapabilities();
    void deleteAsksAndThenShowsDeleting();
    void bulkDeleteNamesEveryWorkload();
    void refreshKeepsSelectionAndScrollPosition();
    void exportsTheTableAsShown();
    void showsTheFirstPageUntilTheListIsIn();
    void keepsWhatWasPickedOnTheFirstPage();
    void aLargeListComesIntoViewWhole();
    void aboutShowsTheVersion();
    void shortcutsDialogListsTheActions();
    void everyControlHasAnAccessibleName();
    void preferencesSwitchColoursAndLanguage();
    void nothingTicksWhileHidden();

private:
    void build(const QString &preferredProject = {});
    void waitForRows();
    int rowOf(const QString &id) const; // row in the view, -1 when not shown
    Workload find(WorkloadType type, WorkloadStatus status) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Test::SandboxConnection> m_connection;
    std::unique_ptr<WorkloadService> m_service;
    std::unique_ptr<WorkloadActionService> m_actions;
    std::unique_ptr<MainWindow> m_window;
    WorkloadsPanel *m_panel = nullptr;
};

void TestMainWindow::init()
{
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("workdeck.ini")), QSettings::IniFormat);
    m_settings->clear();
    Sandbox::SandboxOptions options;
    options.seed = 11;
    options.workloadCount = 150;
    m_connection = std::make_unique<Test::SandboxConnection>(options);
    QVERIFY(m_connection->isListening());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_actions.reset();
    m_service.reset();
    m_connection.reset();
    m_settings.reset();
}

void TestMainWindow::build(const QString &preferredProject)
{
    if (m_window)
        m_window->close(); // saves its state, as on quitting
    m_window.reset();
    m_service = std::make_unique<WorkloadService>(&m_connection->backend());
    m_actions = std::make_unique<WorkloadActionService>(&m_connection->backend());
    m_window = std::make_unique<MainWindow>(m_service.get(), m_actions.get(), m_settings.get(),
                                            QStringLiteral("Sandbox"));
    m_panel = m_window->workloadsPanel();
    if (!preferredProject.isEmpty())
        m_window->setPreferredProject(preferredProject);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_service->loadProjects();
}

void TestMainWindow::waitForRows()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->rowCount() > 0 && !m_service->isLoading(), 10000);
}

int TestMainWindow::rowOf(const QString &id) const
{
    QAbstractItemModel *shown = m_panel->view()->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        if (shown->index(row, 0).data(WorkloadIdRole).toString() == id)
            return row;
    }
    return -1;
}

Workload TestMainWindow::find(WorkloadType type, WorkloadStatus status) const
{
    for (const Workload &workload : m_panel->model()->workloads()) {
        if (workload.type == type && workload.status == status)
            return workload;
    }
    return {};
}

void TestMainWindow::showsProjectsAndWorkloads()
{
    build();
    QTRY_COMPARE(m_window->projectPicker()->count(), 3);
    waitForRows();
    QCOMPARE(m_window->projectPicker()->currentText(), QStringLiteral("research-and-development"));
    QAbstractItemModel *shown = m_panel->view()->model();
    const int status = m_panel->view()->columnOf(WorkloadField::Status);
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(shown->index(row, status).data(StatusRole).toInt() != int(WorkloadStatus::Deleted));
    QVERIFY(m_panel->filterProxy()->rowCount() <
            m_panel->model()->rowCount()); // the showcase has a Deleted one
    QVERIFY(!m_panel->emptyState()->isVisible());
    // Default columns for AIWB; ID and Connections hidden; Actions last.
    const QList<WorkloadField> visible = m_panel->view()->visibleFields();
    QCOMPARE(visible.first(), WorkloadField::Name);
    QCOMPARE(visible.last(), WorkloadField::Actions);
    QVERIFY(!visible.contains(WorkloadField::Id));
    QVERIFY(!m_window->grab().isNull());
}

void TestMainWindow::switchingProjectsKeepsFiltersAndColumns()
{
    build();
    waitForRows();
    WorkloadFilter filter;
    filter.types = {WorkloadType::Workspace};
    m_panel->filterBar()->setFilter(filter);
    m_panel->view()->setFieldVisible(WorkloadField::CreatedBy, false);

    const int row = m_window->projectPicker()->findText(QStringLiteral("vision-team"));
    m_window->projectPicker()->setCurrentIndex(row);
    Q_EMIT m_window->projectPicker()->activated(row);
    QTRY_VERIFY(m_panel->model()->rowCount() > 0 &&
                m_panel->model()->workloadAt(0).projectId == u"vision-team");
    QCOMPARE(m_panel->filterProxy()->filter(), filter);
    QVERIFY(!m_panel->view()->visibleFields().contains(WorkloadField::CreatedBy));
    for (int i = 0; i < m_panel->filterProxy()->rowCount(); ++i) {
        const QModelIndex source = m_panel->filterProxy()->mapToSource(m_panel->filterProxy()->index(i, 0));
        QCOMPARE(m_panel->model()->workloadAt(source.row()).type, WorkloadType::Workspace);
    }
}

void TestMainWindow::remembersLastProjectAndColumns()
{
    build(QStringLiteral("team-nlp"));
    QTRY_COMPARE(m_window->projectPicker()->currentText(), QStringLiteral("team-nlp"));
    waitForRows();
    m_panel->view()->setFieldVisible(WorkloadField::Type, false);
    m_window->refreshIntervalPicker()->setCurrentIndex(m_window->refreshIntervalPicker()->findData(60));
    build(); // a new window on the same settings
    QTRY_COMPARE(m_window->projectPicker()->currentText(), QStringLiteral("team-nlp"));
    QVERIFY(!m_panel->view()->visibleFields().contains(WorkloadField::Type));
    QVERIFY(m_panel->view()->visibleFields().contains(WorkloadField::Status));
    QCOMPARE(m_service->refreshInterval(), 60);
}

void TestMainWindow::keepsRowsAndOffersRetryWhenServerFails()
{
    build();
    waitForRows();
    const int rows = m_panel->model()->rowCount();
    Sandbox::FaultOptions faults;
    faults.errorRate = 1.0;
    m_connection->sandbox().setFaults(faults);
    m_service->refresh();
    QTRY_VERIFY(m_panel->banner()->isVisible());
    QVERIFY2(m_panel->banner()->message().contains(m_connection->sandbox().baseUrl().host()),
             qPrintable(m_panel->banner()->message()));
    QCOMPARE(m_panel->model()->rowCount(), rows); // the last good rows stay
    QVERIFY2(m_panel->banner()->message().contains(u"Trying again in 5 second"),
             qPrintable(m_panel->banner()->message()));
    m_connection->sandbox().setFaults({});
    auto *retry = m_panel->banner()->findChild<QPushButton *>();
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(!m_panel->banner()->isVisible());
}

void TestMainWindow::survivesTheServerGoingAwayAndComingBack()
{
    build();
    waitForRows();
    const int rows = m_panel->model()->rowCount();
    m_connection->stopSandbox(); // killed: connections refused
    m_service->refresh();
    QTRY_VERIFY(m_panel->banner()->isVisible());
    QVERIFY2(m_panel->banner()->message().contains(u"refused", Qt::CaseInsensitive) ||
                 m_panel->banner()->message().contains(u"connect", Qt::CaseInsensitive),
             qPrintable(m_panel->banner()->message()));
    QCOMPARE(m_panel->model()->rowCount(), rows);
    m_connection->restartSandbox(); // the same cluster on the same port
    auto *retry = m_panel->banner()->findChild<QPushButton *>();
    QVERIFY(retry && retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(!m_panel->banner()->isVisible());
    QCOMPARE(m_panel->model()->rowCount(), rows);
}

void TestMainWindow::filterBarDrivesTheTable()
{
    build();
    waitForRows();
    WorkloadFilterBar *bar = m_panel->filterBar();
    const int all = m_panel->filterProxy()->rowCount();

    // Ctrl+F focuses the name filter; typing filters after a short pause.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *name = bar->findChild<QLineEdit *>();
    QTRY_VERIFY(name->hasFocus());
    QTest::keyClicks(name, QStringLiteral("jupyterlab"));
    QCOMPARE(m_panel->filterProxy()->rowCount(), all); // debounced: not yet
    QTRY_VERIFY(m_panel->filterProxy()->rowCount() < all);
    QVERIFY(m_panel->filterProxy()->rowCount() > 0);
    auto labels = bar->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(),
                        [](QLabel *l) { return l->text().contains(u"jupyterlab"); }));

    // Clear filters brings everything back.
    QToolButton *clear = nullptr;
    for (QToolButton *button : bar->findChildren<QToolButton *>()) {
        if (button->text() == u"Clear filters")
            clear = button;
    }
    QVERIFY(clear && clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(m_panel->filterProxy()->rowCount(), all);
    QVERIFY(!clear->isEnabled());

    // The Deleted view shows only deleted workloads; a filter that matches nothing says so.
    for (QToolButton *button : bar->findChildren<QToolButton *>()) {
        if (button->text() == u"Deleted")
            QTest::mouseClick(button, Qt::LeftButton);
    }
    QVERIFY(m_panel->filterProxy()->rowCount() > 0);
    QVERIFY(m_panel->filterProxy()->filter().deletedView);
    WorkloadFilter impossible;
    impossible.nameContains = QStringLiteral("no workload is called this");
    bar->setFilter(impossible);
    QCOMPARE(m_panel->filterProxy()->rowCount(), 0);
    QTRY_VERIFY(m_panel->emptyState()->isVisible());
    QCOMPARE(m_panel->emptyState()->text(), QStringLiteral("No workloads match these filters."));

    // Type multi-select through the menu.
    bar->setFilter({});
    QToolButton *typeButton = nullptr;
    for (QToolButton *button : bar->findChildren<QToolButton *>()) {
        if (button->text().startsWith(u"Type"))
            typeButton = button;
    }
    QVERIFY(typeButton && typeButton->menu());
    for (QAction *action : typeButton->menu()->actions()) {
        if (action->text() == u"Inference" || action->text() == u"Fine-tuning")
            action->setChecked(true);
    }
    QCOMPARE(m_panel->filterProxy()->filter().types,
             (QSet<WorkloadType>{WorkloadType::Inference, WorkloadType::FineTuning}));
    QCOMPARE(typeButton->text(), QStringLiteral("Type (2)"));
}

void TestMainWindow::pagerPagesThroughRows()
{
    build();
    waitForRows();
    auto *size = m_panel->pager()->findChild<QComboBox *>();
    size->setCurrentIndex(size->findData(25));
    WorkloadPageProxyModel *pages = m_panel->pageProxy();
    const int total = m_panel->filterProxy()->rowCount();
    QVERIFY2(total > 25, "the sandbox is large enough for two pages");
    QCOMPARE(m_panel->view()->model()->rowCount(), 25);
    QCOMPARE(m_panel->pager()->rangeText(), QStringLiteral("1\u201325 of %1").arg(total));
    QToolButton *next = nullptr;
    for (QToolButton *button : m_panel->pager()->findChildren<QToolButton *>()) {
        if (button->toolTip() == u"Next page")
            next = button;
    }
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(pages->page(), 1);
    QCOMPARE(m_panel->pager()->rangeText(),
             QStringLiteral("26\u2013%1 of %2").arg(qMin(50, total)).arg(total));
    size->setCurrentIndex(size->findData(0)); // All
    QCOMPARE(m_panel->view()->model()->rowCount(), total);
}

void TestMainWindow::actionMenuEnablesFromStateAndCapabilities()
{
    build();
    waitForRows();
    const Workload workspace = find(WorkloadType::Workspace, WorkloadStatus::Running);
    const Workload job = find(WorkloadType::FineTuning, WorkloadStatus::Completed);
    QVERIFY(!workspace.id.isEmpty() && !job.id.isEmpty());
    WorkloadMenuActions *actions = m_panel->actions();

    m_panel->selectWorkload(workspace.id);
    QCOMPARE(actions->selection().size(), 1);
    QVERIFY(actions->openWorkspace()->isEnabled());
    QVERIFY(actions->details()->isEnabled());
    QVERIFY(actions->deleteAction()->isEnabled());
    QVERIFY(!actions->stop()->isVisible()); // AIWB cannot stop or run

    m_panel->selectWorkload(job.id);
    QVERIFY(!actions->openWorkspace()->isEnabled());
    QCOMPARE(actions->openWorkspace()->toolTip(), QStringLiteral("Only workspaces can be opened."));

    // The three-dot button of a row opens the same menu for that row.
    const int row = rowOf(workspace.id);
    QVERIFY(row >= 0);
    const int actionsColumn = m_panel->view()->columnOf(WorkloadField::Actions);
    const QRect cell = m_panel->view()->visualRect(m_panel->view()->model()->index(row, actionsColumn));
    m_panel->view()->scrollTo(m_panel->view()->model()->index(row, actionsColumn));
    QTest::mouseClick(
        m_panel->view()->viewport(), Qt::LeftButton, {},
        m_panel->view()->visualRect(m_panel->view()->model()->index(row, actionsColumn)).center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_panel->findChild<QMenu *>()) != nullptr && menu->isVisible());
    Q_UNUSED(cell)
    QStringList texts;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            texts << action->text().remove(QLatin1Char('&'));
    }
    QCOMPARE(texts, (QStringList{QStringLiteral("Show details"), QStringLiteral("View logs"),
                                 QStringLiteral("Open workspace"), QStringLiteral("Connect"),
                                 QStringLiteral("Copy ID"), QStringLiteral("Copy URL"),
                                 QStringLiteral("Delete\u2026")}));
    QCOMPARE(actions->selection().constFirst().id, workspace.id);
    menu->close();
}

void TestMainWindow::deleteAsksAndThenShowsDeleting()
{
    build();
    waitForRows();
    const Workload workspace = find(WorkloadType::Workspace, WorkloadStatus::Running);
    m_panel->selectWorkload(workspace.id);
    m_panel->view()->setFocus();
    m_panel->actions()->deleteAction()->trigger();
    QMessageBox *box = m_panel->actions()->pendingConfirmation();
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->text().contains(workspace.title()), qPrintable(box->text()));

    // Cancel deletes nothing.
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!m_panel->actions()->pendingConfirmation());
    QTest::qWait(100);
    QCOMPARE(m_panel->model()->workloadAt(m_panel->model()->rowOf(workspace.id)).status,
             WorkloadStatus::Running);

    m_panel->actions()->deleteAction()->trigger();
    box = m_panel->actions()->pendingConfirmation();
    QVERIFY(box);
    QSignalSpy started(m_actions.get(), &WorkloadActionService::actionStarted);
    QPushButton *confirm = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            confirm = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(confirm);
    confirm->click();
    QTRY_COMPARE(started.count(), 1);
    // At once the row says Deleting; after the server's answer and the refresh, it is Deleted and
    // leaves the default view.
    const WorkloadStatus right = m_panel->model()->workloadAt(m_panel->model()->rowOf(workspace.id)).status;
    QVERIFY(right == WorkloadStatus::Deleting || right == WorkloadStatus::Deleted);
    QTRY_COMPARE(m_panel->model()->workloadAt(m_panel->model()->rowOf(workspace.id)).status,
                 WorkloadStatus::Deleted);
    QCOMPARE(rowOf(workspace.id), -1);
}

void TestMainWindow::bulkDeleteNamesEveryWorkload()
{
    build();
    waitForRows();
    QItemSelectionModel *selection = m_panel->view()->selectionModel();
    QAbstractItemModel *shown = m_panel->view()->model();
    selection->select(shown->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(shown->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<Workload> chosen = m_panel->selectedWorkloads();
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(m_panel->actions()->deleteAction()->text(), QStringLiteral("&Delete 2 Workloads\u2026"));
    m_panel->actions()->deleteAction()->trigger();
    QMessageBox *box = m_panel->actions()->pendingConfirmation();
    QVERIFY(box);
    QCOMPARE(box->text(), QStringLiteral("Delete 2 workloads?"));
    for (const Workload &workload : chosen)
        QVERIFY(box->informativeText().contains(workload.title()));
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            button->click();
    }
    for (const Workload &workload : chosen)
        QTRY_COMPARE(m_panel->model()->workloadAt(m_panel->model()->rowOf(workload.id)).status,
                     WorkloadStatus::Deleted);
}

void TestMainWindow::refreshKeepsSelectionAndScrollPosition()
{
    build();
    waitForRows();
    auto *size = m_panel->pager()->findChild<QComboBox *>();
    size->setCurrentIndex(size->findData(0));
    m_window->resize(900, 400);
    QAbstractItemModel *shown = m_panel->view()->model();
    QVERIFY(shown->rowCount() > 20);
    const QString id = shown->index(shown->rowCount() - 3, 0).data(WorkloadIdRole).toString();
    m_panel->selectWorkload(id);
    QScrollBar *scroll = m_panel->view()->verticalScrollBar();
    QTRY_VERIFY(scroll->value() > 0);
    const int position = scroll->value();
    QSignalSpy loaded(m_service.get(), &WorkloadService::workloadsLoaded);
    m_service->refresh();
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(scroll->value(), position);
    QCOMPARE(m_panel->selectedWorkloads().size(), 1);
    QCOMPARE(m_panel->selectedWorkloads().constFirst().id, id);
}

void TestMainWindow::exportsTheTableAsShown()
{
    build();
    waitForRows();
    WorkloadFilter filter;
    filter.statuses = {WorkloadStatus::Running};
    m_panel->filterBar()->setFilter(filter);
    m_panel->view()->setFieldVisible(WorkloadField::CreatedBy, false);
    const QString path = m_dir.filePath(QStringLiteral("shown.csv"));
    QString error;
    QVERIFY2(m_panel->exportCsv(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first().trimmed(), QByteArray("Name,Type,Status,Project,GPUs,VRAM,Created,Updated"));
    const int rows = int(lines.size()) - 2; // header, and the empty piece after the last CRLF
    QCOMPARE(rows, m_panel->filterProxy()->rowCount());
    for (int i = 1; i <= rows; ++i)
        QVERIFY(lines.at(i).contains(",Running,"));
}

void TestMainWindow::showsTheFirstPageUntilTheListIsIn()
{
    // While the whole list is on its way (a server slow to send it), its first page is shown and
    // said to be the first of so many; nothing is picked for the details yet, and the table cannot
    // be exported. Then the whole list: the newest workload picked, the export back.
    Sandbox::FaultOptions slowList;
    slowList.listLatencyMs = 1500;
    m_connection->sandbox().setFaults(slowList);
    build();
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("statusText"));
    auto *exportAction = m_window->findChild<QAction *>(QStringLiteral("exportCsv"));
    QVERIFY(status && exportAction);
    QTRY_VERIFY_WITH_TIMEOUT(m_service->isShowingFirstPage() && m_panel->filterProxy()->rowCount() > 0 &&
                                 !m_panel->filterProxy()->isPlacing(),
                             5000);
    QTest::qWait(100); // painted
    QVERIFY(m_service->isLoading());
    const QString total = QString::number(m_service->firstPageTotal());
    QVERIFY2(status->text().startsWith(
                 QStringLiteral("first %1 of %2 ").arg(m_panel->filterProxy()->rowCount()).arg(total)),
             qPrintable(status->text()));
    QVERIFY2(status->text().endsWith(QStringLiteral("loading the rest\u2026")), qPrintable(status->text()));
    QVERIFY(!exportAction->isEnabled());
    QVERIFY(!m_panel->view()->selectionModel()->hasSelection());
    const auto *pager = m_panel->findChild<PaginationBar *>();
    QVERIFY(pager);
    QVERIFY2(pager->rangeText().endsWith(u'+'), qPrintable(pager->rangeText())); // more to come

    QTRY_VERIFY_WITH_TIMEOUT(m_service->hasLiveList() && !m_service->isLoading(), 5000);
    QTRY_VERIFY(m_panel->view()->selectionModel()->hasSelection());
    QCOMPARE(m_panel->model()->rowCount(), m_service->firstPageTotal());
    QVERIFY(exportAction->isEnabled());
    QVERIFY2(!status->text().contains(QStringLiteral("first")), qPrintable(status->text()));
    QVERIFY2(!pager->rangeText().endsWith(u'+'), qPrintable(pager->rangeText()));
}

void TestMainWindow::keepsWhatWasPickedOnTheFirstPage()
{
    // Rows picked while the first page is shown stay picked when the whole list replaces the page's
    // rows (not the newest picked instead), and the details show the picked one, now from the list:
    // its addresses said to be on their way until then, not missing.
    // A list long enough to be merged on a worker, which replaces the page's rows all at once.
    Sandbox::SandboxOptions options;
    options.seed = 11;
    options.namespaces = {QStringLiteral("large-team")};
    options.workloadCount = int(WorkloadTableModel::backgroundMergeThreshold) + 500;
    options.faults.listLatencyMs = 1500;
    m_connection = std::make_unique<Test::SandboxConnection>(options);
    QVERIFY(m_connection->isListening());
    build();
    QTRY_VERIFY_WITH_TIMEOUT(m_service->isShowingFirstPage() && m_panel->filterProxy()->rowCount() > 5 &&
                                 !m_panel->filterProxy()->isPlacing(),
                             5000);
    QAbstractItemModel *shown = m_panel->view()->model();
    QItemSelectionModel *selection = m_panel->view()->selectionModel();
    const QString newest = shown->index(0, 0).data(WorkloadIdRole).toString();
    int row = 1; // a workload that has addresses in the list: pending or running
    const auto statusAt = [&](int row) {
        const QString id = shown->index(row, 0).data(WorkloadIdRole).toString();
        return m_panel->model()->workloadAt(m_panel->model()->rowOf(id)).status;
    };
    while (row < shown->rowCount() && statusAt(row) != WorkloadStatus::Running &&
           statusAt(row) != WorkloadStatus::Pending)
        ++row;
    QVERIFY(row < shown->rowCount());
    const QString picked = shown->index(row, 0).data(WorkloadIdRole).toString();
    QVERIFY(!newest.isEmpty() && picked != newest);
    const auto pickedIds = [&] {
        QStringList ids;
        for (const QModelIndex &index : selection->selectedRows())
            ids << index.data(WorkloadIdRole).toString();
        ids.sort();
        return ids;
    };

    // One row, as a click picks it: the details show it.
    selection->setCurrentIndex(shown->index(row, 0),
                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    auto *dock = m_window->findChild<QDockWidget *>();
    QVERIFY(dock);
    const QString title = dock->windowTitle();
    QVERIFY2(title.endsWith(shown->index(row, 0).data(Qt::DisplayRole).toString()), qPrintable(title));
    const auto dockSays = [dock](const QString &text) {
        const QList<QLabel *> labels = dock->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&text](const QLabel *label) { return label->text() == text; });
    };
    const QString onTheirWay = QStringLiteral("The addresses come with the whole list, on its way.");
    QVERIFY(dockSays(onTheirWay));
    QVERIFY(!dockSays(QStringLiteral("The server gives no address for this workload.")));
    QTRY_VERIFY_WITH_TIMEOUT(m_service->hasLiveList() && !m_service->isLoading(), 5000);
    QTRY_VERIFY(!m_panel->filterProxy()->isPlacing());
    QTest::qWait(50); // past the turn in which the newest would be picked
    QCOMPARE(pickedIds(), QStringList{picked});
    QCOMPARE(selection->currentIndex().data(WorkloadIdRole).toString(), picked);
    QCOMPARE(dock->windowTitle(), title);
    QVERIFY(!m_panel->selectedWorkloads().constFirst().summaryOnly);
    QTRY_VERIFY(!dockSays(onTheirWay)); // the list's row: its addresses, or that there are none

    // Two rows, the second added with Ctrl, in a window started anew: both stay picked.
    build();
    shown = m_panel->view()->model();
    selection = m_panel->view()->selectionModel();
    QTRY_VERIFY_WITH_TIMEOUT(m_service->isShowingFirstPage() && m_panel->filterProxy()->rowCount() > 5 &&
                                 !m_panel->filterProxy()->isPlacing(),
                             5000);
    const QString first = shown->index(3, 0).data(WorkloadIdRole).toString();
    const QString second = shown->index(5, 0).data(WorkloadIdRole).toString();
    selection->setCurrentIndex(shown->index(3, 0),
                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection->select(shown->index(5, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QTRY_VERIFY_WITH_TIMEOUT(m_service->hasLiveList() && !m_service->isLoading(), 5000);
    QTRY_VERIFY(!m_panel->filterProxy()->isPlacing());
    QTest::qWait(50);
    QStringList both{first, second};
    both.sort();
    QCOMPARE(pickedIds(), both);
    QCOMPARE(selection->currentIndex().data(WorkloadIdRole).toString(), first);
}

void TestMainWindow::aLargeListComesIntoViewWhole()
{
    // More rows than a placement slice: they come into view over several turns. Until then the
    // table says it is loading; then it is shown whole, with the first row selected, and whoever
    // reads every row meanwhile (an export) gets them all.
    build();
    m_panel->filterProxy()->setPlacementSlice(2); // more than 8 slices: placed in turns
    bool placingWhenMerged = false;
    QString emptyTextWhenMerged;
    qsizetype exportedWhenMerged = -1;
    connect(m_panel->model(), &WorkloadTableModel::mergeFinished, m_panel, [&] {
        if (exportedWhenMerged >= 0)
            return;
        placingWhenMerged = m_panel->filterProxy()->isPlacing();
        emptyTextWhenMerged = m_panel->emptyState()->isVisible() ? m_panel->emptyState()->text() : QString();
        exportedWhenMerged = m_panel->shownWorkloads().size();
    });
    QSignalSpy shown(m_panel, &WorkloadsPanel::workloadsShown);
    int rowsWhenShown = -1;
    connect(m_panel, &WorkloadsPanel::workloadsShown, m_panel, [&] {
        if (rowsWhenShown < 0)
            rowsWhenShown = m_panel->filterProxy()->isPlacing() ? -2 : m_panel->filterProxy()->rowCount();
    });
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() > 0, 10000);
    QVERIFY(placingWhenMerged);
    QCOMPARE(emptyTextWhenMerged, QStringLiteral("Loading workloads\u2026"));
    QVERIFY(rowsWhenShown > 10);
    QCOMPARE(exportedWhenMerged, qsizetype(rowsWhenShown)); // placed at once for the export
    QVERIFY(!m_panel->emptyState()->isVisible());
    QTRY_VERIFY(m_panel->view()->selectionModel()->isRowSelected(0, {})); // once painted
}

void TestMainWindow::aboutShowsTheVersion()
{
    AboutDialog about;
    QCOMPARE(about.versionText(), QStringLiteral("Version " WORKDECK_VERSION)); // as workdeck --version says
    auto *details = about.findChild<QLabel *>(QStringLiteral("details"));
    QVERIFY(details && details->text().contains(QString::fromLatin1(qVersion())));
}

void TestMainWindow::shortcutsDialogListsTheActions()
{
    build();
    QAction *open = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text() == u"&Keyboard Shortcuts")
            open = action;
    }
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Slash));
    open->trigger();
    ShortcutsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ShortcutsDialog *>()) && dialog->isVisible());
    const auto rows = dialog->rows();
    const auto keysOf = [&rows](const QString &what) {
        for (const auto &row : rows) {
            if (row.first == what)
                return row.second;
        }
        return QString();
    };
    // Read from the actions themselves: F5, Ctrl+F, Ctrl+L, Delete, Enter, Ctrl+E, and this dialog's own.
    QCOMPARE(keysOf(QStringLiteral("Refresh")),
             QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText));
    QVERIFY(!keysOf(QStringLiteral("Filter Workloads")).isEmpty());
    QCOMPARE(keysOf(QStringLiteral("View logs")),
             QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText));
    QVERIFY(keysOf(QStringLiteral("Show details")).contains(u"Return"));
    QVERIFY(!keysOf(QStringLiteral("Delete")).isEmpty());
    QVERIFY(!keysOf(QStringLiteral("Keyboard Shortcuts")).isEmpty());
    QVERIFY(!keysOf(QStringLiteral("Next / previous search match in the log")).isEmpty());
    dialog->close();
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    // What a screen reader announces for each control the keyboard can reach: never nothing.
    build();
    waitForRows();
    m_panel->view()->selectRow(0); // the details dock shows a workload too
    QStringList unnamed;
    int checked = 0;
    auto *tabs = m_window->findChild<QTabWidget *>();
    QVERIFY(tabs);
    for (int tab = 0; tab < tabs->count(); ++tab) { // every tab of the details dock in turn
        tabs->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        for (QWidget *widget : m_window->findChildren<QWidget *>()) {
            if (!widget->isVisibleTo(m_window.get()) || widget->focusPolicy() == Qt::NoFocus)
                continue;
            auto *area = qobject_cast<QAbstractScrollArea *>(widget->parentWidget());
            if (area && widget == area->viewport())
                continue; // the view itself is announced
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            ++checked;
            if (accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 \"%2\" in %3 (tab %4)")
                               .arg(QString::fromLatin1(widget->metaObject()->className()),
                                    widget->objectName(),
                                    QString::fromLatin1(widget->parentWidget()->metaObject()->className()))
                               .arg(tab);
        }
    }
    unnamed.removeDuplicates();
    QVERIFY2(checked > 20, qPrintable(QString::number(checked)));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestMainWindow::preferencesSwitchColoursAndLanguage()
{
    build();
    const QPalette original = QApplication::palette();
    PreferencesDialog dialog(m_settings.get(), m_window.get());
    QCOMPARE(dialog.colorSchemeBox()->currentData().toInt(), int(ColorScheme::System));
    QCOMPARE(dialog.languageBox()->currentData().toString(), QString());
    QCOMPARE(dialog.languageBox()->count(), 4); // the system's, English, Deutsch, Suomi
    dialog.colorSchemeBox()->setCurrentIndex(dialog.colorSchemeBox()->findData(int(ColorScheme::Dark)));
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("fi")));
    dialog.accept();
    QVERIFY(isDarkPalette(QApplication::palette()));
    QTRY_VERIFY(isDarkPalette(m_window->palette())); // the open window follows
    QCOMPARE(m_settings->value(QStringLiteral("ui/colorScheme")).toString(), QStringLiteral("dark"));
    QCOMPARE(languageFromSettings(*m_settings), QStringLiteral("fi"));

    // Cancel changes nothing; "Follow the system" restores what the application started with.
    PreferencesDialog again(m_settings.get(), m_window.get());
    QCOMPARE(again.colorSchemeBox()->currentData().toInt(), int(ColorScheme::Dark));
    again.colorSchemeBox()->setCurrentIndex(again.colorSchemeBox()->findData(int(ColorScheme::Light)));
    again.reject();
    QVERIFY(isDarkPalette(QApplication::palette()));
    again.colorSchemeBox()->setCurrentIndex(again.colorSchemeBox()->findData(int(ColorScheme::System)));
    again.languageBox()->setCurrentIndex(0);
    again.accept();
    QCOMPARE(QApplication::palette().color(QPalette::Window), original.color(QPalette::Window));
    QVERIFY(!m_settings->contains(QStringLiteral("ui/colorScheme")));
    QCOMPARE(languageFromSettings(*m_settings), QString());
}

void TestMainWindow::nothingTicksWhileHidden()
{
    // In the tray the window is hidden: its 5 s tick (status text, relative times) stops, and starts
    // again with the text brought up to date once it shows.
    build();
    waitForRows();
    QCOMPARE(Test::activeTimers(m_window.get()), QStringList{QStringLiteral("Workdeck::MainWindow")});
    m_window->hide();
    QCOMPARE(Test::activeTimers(m_window.get()), QStringList());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(Test::activeTimers(m_window.get()), QStringList{QStringLiteral("Workdeck::MainWindow")});
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
