// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "domain/timeformat.h"

#include "backends/backend.h"
#include "details/workloaddetailsdock.h"
#include "icons.h"
#include "projectlistmodel.h"
#include "services/workloadservice.h"
#include "widgets/aboutdialog.h"
#include "widgets/errorbanner.h"
#include "widgets/preferencesdialog.h"
#include "widgets/shortcutsdialog.h"
#include "workloadfilterproxymodel.h"
#include "workloads/workloadfilterbar.h"
#include "workloads/workloadmenuactions.h"
#include "workloads/workloadspanel.h"
#include "workloads/workloadtableview.h"
#include "workloadtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace Workdeck {

MainWindow::MainWindow(WorkloadService *service, WorkloadActionService *actionService, QSettings *settings,
                       const QString &connectionName, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_settings(settings)
    , m_connectionName(connectionName)
    , m_projects(new ProjectListModel(this))
    , m_projectPicker(new QComboBox(this))
    , m_refreshInterval(new QComboBox(this))
    , m_panel(new WorkloadsPanel(service, actionService, settings, this))
    , m_dock(new WorkloadDetailsDock(service->backend(), this))
    , m_statusLabel(new QLabel(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Workdeck \u2014 %1").arg(connectionName));
    setCentralWidget(m_panel);
    addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_statusLabel->setObjectName(QStringLiteral("statusText"));
    statusBar()->addWidget(m_statusLabel, 1);

    // Searchable picker: typing filters the list (a user may belong to dozens of projects).
    m_projectPicker->setModel(m_projects);
    m_projectPicker->setEditable(true);
    m_projectPicker->lineEdit()->setAccessibleName(tr("Project"));
    m_projectPicker->lineEdit()->setAccessibleDescription(tr("Type to search the projects"));
    m_projectPicker->setInsertPolicy(QComboBox::NoInsert);
    m_projectPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_projectPicker->completer()->setFilterMode(Qt::MatchContains);
    m_projectPicker->setMinimumContentsLength(24);
    m_projectPicker->setAccessibleName(tr("Project"));
    m_projectPicker->setPlaceholderText(tr("Loading projects\u2026"));

    for (int seconds : {0, 15, 30, 60, 300})
        m_refreshInterval->addItem(seconds == 0   ? tr("Off")
                                   : seconds < 60 ? tr("Every %1 s").arg(seconds)
                                                  : tr("Every %n min", nullptr, seconds / 60),
                                   seconds);
    m_refreshInterval->setAccessibleName(tr("Automatic refresh"));
    m_refreshInterval->setToolTip(tr("How often the workloads refresh by themselves"));
    const int interval =
        m_settings ? m_settings->value(QStringLiteral("refresh/intervalSeconds"), 15).toInt() : 15;
    m_refreshInterval->setCurrentIndex(qMax(0, m_refreshInterval->findData(interval)));
    m_service->setRefreshInterval(m_refreshInterval->currentData().toInt());
    connect(m_refreshInterval, &QComboBox::currentIndexChanged, this, [this] {
        const int seconds = m_refreshInterval->currentData().toInt();
        m_service->setRefreshInterval(seconds);
        if (m_settings)
            m_settings->setValue(QStringLiteral("refresh/intervalSeconds"), seconds);
    });

    createActions();

    connect(m_service, &WorkloadService::projectsLoaded, this, &MainWindow::handleProjectsLoaded);
    connect(m_panel, &WorkloadsPanel::workloadsShown, this, &MainWindow::updateStatusText);
    connect(m_panel, &WorkloadsPanel::workloadsShown, this, [this] {
        if (!m_pendingWorkload.isEmpty() && !m_service->isShowingFirstPage())
            showWorkload(m_service->project().id, std::exchange(m_pendingWorkload, {}));
    });
    connect(m_service, &WorkloadService::loadingChanged, this, &MainWindow::updateStatusText);
    connect(m_panel->filterProxy(), &WorkloadFilterProxyModel::filterChanged, this,
            &MainWindow::updateStatusText);
    connect(m_panel, &WorkloadsPanel::selectionChanged, this, &MainWindow::updateStatusText);
    connect(m_projectPicker, &QComboBox::activated, this, &MainWindow::handleProjectPicked);

    // The dock follows the selection; Show details and View logs bring their tab forward.
    connect(m_panel, &WorkloadsPanel::selectionChanged, this, [this] {
        const QList<Workload> selected = m_panel->selectedWorkloads();
        if (selected.size() == 1)
            m_dock->setWorkload(selected.constFirst());
    });
    connect(m_service, &WorkloadService::projectChanged, m_dock, &WorkloadDetailsDock::clearWorkload);
    connect(m_panel->actions(), &WorkloadMenuActions::detailsRequested, this,
            [this](const Workload &workload) {
                m_dock->setWorkload(workload);
                m_dock->showTab(WorkloadDetailsDock::DetailsTab);
            });
    connect(m_panel->actions(), &WorkloadMenuActions::logsRequested, this, [this](const Workload &workload) {
        m_dock->setWorkload(workload);
        m_dock->showTab(WorkloadDetailsDock::LogsTab);
    });

    // Keeps "updated 12 s ago" (every 5 s) and the table's relative times (minutes at the finest,
    // so every 30 s) honest; coarse, so an idle window costs next to nothing, and stopped while the
    // window is hidden (in the tray), where nothing shows them.
    m_tick->setTimerType(Qt::VeryCoarseTimer);
    m_tick->setInterval(5000);
    connect(m_tick, &QTimer::timeout, this, [this, ticks = 0]() mutable {
        updateStatusText();
        if (++ticks % 6 == 0)
            m_panel->view()->viewport()->update();
    });

    resize(1240, 760);
    const bool restored =
        m_settings && restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray()) &&
        restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
    m_sizeDockOnShow = !restored;
    updateStatusText();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    WorkloadMenuActions *actions = m_panel->actions();

    auto *refresh = new QAction(themeIcon(QStringLiteral("refresh")), tr("&Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Refresh the workloads (F5)"));
    connect(refresh, &QAction::triggered, m_service, &WorkloadService::refresh);

    auto *exportCsv = m_exportAction =
        new QAction(themeIcon(QStringLiteral("export")), tr("&Export Table as CSV\u2026"), this);
    exportCsv->setObjectName(QStringLiteral("exportCsv"));
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportCsv->setToolTip(tr("Save the table as shown (visible columns, current filters, all pages)"));
    connect(exportCsv, &QAction::triggered, this, &MainWindow::exportCsv);

    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, QCoreApplication::instance(), &QCoreApplication::quit);

    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, m_panel->filterBar(), &WorkloadFilterBar::focusNameFilter);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(exportCsv);
    file->addSeparator();
    file->addAction(quit);

    m_connectionMenu = menuBar()->addMenu(tr("&Connection"));
    m_connectionMenu->setObjectName(QStringLiteral("connectionMenu"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    view->addAction(refresh);
    auto *focusFilter = view->addAction(themeIcon(QStringLiteral("filter")), tr("&Filter Workloads"));
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetShortcut); // the QShortcut above does the work
    connect(focusFilter, &QAction::triggered, m_panel->filterBar(), &WorkloadFilterBar::focusNameFilter);
    view->addAction(m_dock->toggleViewAction());
    m_dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    QMenu *columns = view->addMenu(themeIcon(QStringLiteral("columns")), tr("&Columns"));
    connect(columns, &QMenu::aboutToShow, this, [this, columns] {
        columns->clear();
        QMenu *fresh = m_panel->view()->createColumnMenu(columns);
        const QList<QAction *> entries = fresh->actions();
        for (QAction *entry : entries)
            columns->addAction(entry);
    });

    QMenu *workload = menuBar()->addMenu(tr("&Workload"));
    connect(workload, &QMenu::aboutToShow, this, [this, workload] {
        workload->clear();
        QMenu *fresh = m_panel->actions()->createMenu(workload);
        const QList<QAction *> entries = fresh->actions();
        for (QAction *entry : entries)
            workload->addAction(entry);
    });
    workload->addAction(actions->details()); // so the menu bar shows it before the first opening

    auto *preferences = new QAction(tr("&Preferences\u2026"), this);
    preferences->setShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Comma)); // (QKeySequence::Preferences is empty on X11)
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] {
        auto *dialog = new PreferencesDialog(m_settings, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    file->insertAction(quit, preferences);
    file->insertSeparator(quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *shortcuts = help->addAction(tr("&Keyboard Shortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(shortcuts, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(help->addAction(tr("&About Workdeck")), &QAction::triggered, this, [this] {
        auto *about = new AboutDialog(this);
        about->setAttribute(Qt::WA_DeleteOnClose);
        about->open();
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    m_toolbar = toolbar;
    toolbar->setObjectName(QStringLiteral("MainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *projectLabel = new QLabel(tr("&Project:"), this);
    projectLabel->setBuddy(m_projectPicker);
    projectLabel->setContentsMargins(4, 0, 6, 0);
    toolbar->addWidget(projectLabel);
    toolbar->addWidget(m_projectPicker);
    toolbar->addSeparator();
    toolbar->addAction(refresh);
    toolbar->addWidget(m_refreshInterval);
    toolbar->addSeparator();
    toolbar->addAction(actions->details());
    toolbar->addAction(actions->logs());
    toolbar->addAction(actions->openWorkspace());
    toolbar->addAction(actions->stop());
    toolbar->addAction(actions->run());
    toolbar->addAction(actions->deleteAction());

    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    auto *connection = new QLabel(
        tr("%1 \u00b7 %2").arg(m_connectionName, m_service->backend()->serverUrl().toDisplayString()), this);
    connection->setContentsMargins(12, 0, 8, 0);
    connection->setForegroundRole(QPalette::PlaceholderText);
    connection->setToolTip(
        tr("%1 at %2")
            .arg(m_service->backend()->kindName(), m_service->backend()->serverUrl().toDisplayString()));
    toolbar->addWidget(connection);
}

void MainWindow::setPreferredProject(const QString &name)
{
    m_preferredProject = name;
}

void MainWindow::addNotifications(QWidget *inboxButton, QMenu *settingsMenu)
{
    m_toolbar->addWidget(inboxButton);
    m_viewMenu->addSeparator();
    m_viewMenu->addMenu(settingsMenu);
}

void MainWindow::showWorkload(const QString &projectId, const QString &workloadId)
{
    const int row = m_projects->rowOf(projectId);
    if (row >= 0 && m_projects->projectAt(row).id != m_service->project().id) {
        m_pendingWorkload = workloadId; // selected once its project has loaded
        m_projectPicker->setCurrentIndex(row);
        handleProjectPicked(row);
        return;
    }
    // A deleted workload is only in the Deleted view.
    m_panel->selectWorkload(workloadId);
    if (m_panel->selectedWorkloads().isEmpty()) {
        WorkloadFilter filter;
        filter.deletedView = true;
        m_panel->filterBar()->setFilter(filter);
        m_panel->selectWorkload(workloadId);
    }
    m_dock->showTab(WorkloadDetailsDock::DetailsTab);
}

QString MainWindow::lastProjectKey(const QString &connectionName)
{
    return QStringLiteral("connections/%1/lastProject")
        .arg(QString::fromLatin1(connectionName.toUtf8().toBase64(QByteArray::Base64UrlEncoding)));
}

QString MainWindow::expectedProject(const QSettings *settings, const QString &connectionName,
                                    const QString &preferred)
{
    if (!preferred.isEmpty() || !settings)
        return preferred;
    return settings->value(lastProjectKey(connectionName)).toString();
}

void MainWindow::handleProjectsLoaded(const QList<Project> &projects)
{
    m_projects->setProjects(projects);
    m_projectPicker->setPlaceholderText(projects.isEmpty() ? tr("No projects") : QString());
    if (projects.isEmpty()) {
        m_panel->banner()->showMessage(tr("You are not a member of any project on %1.")
                                           .arg(m_service->backend()->serverUrl().toDisplayString()),
                                       false);
        return;
    }
    const QString wanted = expectedProject(m_settings, m_connectionName, m_preferredProject);
    int row = wanted.isEmpty() ? -1 : m_projects->rowOf(wanted);
    if (row < 0 && !m_preferredProject.isEmpty()) {
        m_panel->banner()->showMessage(
            tr("The project \u201c%1\u201d was not found on this server; showing \u201c%2\u201d instead.")
                .arg(m_preferredProject, m_projects->projectAt(0).name),
            false);
    }
    if (row < 0)
        row = 0;
    m_projectPicker->setCurrentIndex(row);
    handleProjectPicked(row);
}

void MainWindow::handleProjectPicked(int row)
{
    if (row < 0 || row >= m_projects->rowCount())
        return;
    const Project project = m_projects->projectAt(row);
    if (project == m_service->project())
        return;
    if (m_settings)
        m_settings->setValue(lastProjectKey(m_connectionName), project.id);
    m_service->setProject(project);
    updateStatusText();
}

void MainWindow::updateStatusText()
{
    if (m_service->project().id.isEmpty()) {
        m_statusLabel->setText(m_service->isLoading() ? tr("Loading\u2026") : QString());
        return;
    }
    const int shown = m_panel->filterProxy()->rowCount();
    const int total = m_panel->model()->rowCount();
    // The first page of the list, while the whole list loads: not all there is to export.
    const bool firstPage = m_service->isShowingFirstPage();
    m_exportAction->setEnabled(!firstPage);
    QString text = tr("%n workload(s)", nullptr, shown);
    if (firstPage)
        text = tr("first %1 of %n workload(s)", nullptr, m_service->firstPageTotal()).arg(shown);
    else if (shown != total)
        text += QLatin1Char(' ') + tr("of %1").arg(total);
    if (const int selected = int(m_panel->actions()->selection().size()); selected > 1)
        text += QStringLiteral(" \u00b7 ") + tr("%n selected", nullptr, selected);
    if (const QDateTime updated = m_service->lastUpdated();
        updated.isValid() && m_service->isShowingCached()) {
        // Rows from the last run, until the live list is in.
        text += QStringLiteral(" \u00b7 ") +
                tr("cached list from %1").arg(formatRelativeTime(updated, QDateTime::currentDateTimeUtc()));
    } else if (updated.isValid()) {
        const qint64 seconds = updated.secsTo(QDateTime::currentDateTimeUtc());
        text += QStringLiteral(" \u00b7 ") +
                (seconds < 5 ? tr("updated just now") : tr("updated %n s ago", nullptr, int(seconds)));
    }
    if (firstPage)
        text += QStringLiteral(" \u00b7 ") + tr("loading the rest\u2026");
    else if (m_service->isLoading())
        text += QStringLiteral(" \u00b7 ") + tr("refreshing\u2026");
    m_statusLabel->setText(text);
}

void MainWindow::exportCsv()
{
    auto *dialog = new QFileDialog(this, tr("Export Table as CSV"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->selectFile(m_service->project().name + QStringLiteral(".csv"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (m_panel->exportCsv(path, &error))
            statusBar()->showMessage(
                tr("Saved %n workload(s) to %1", nullptr, int(m_panel->shownWorkloads().size())).arg(path),
                8000);
        else
            m_panel->banner()->showMessage(tr("Could not save %1: %2").arg(path, error), false);
    });
    dialog->open();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous()) {
        updateStatusText();
        m_panel->view()->viewport()->update();
        m_tick->start();
    }
    if (m_sizeDockOnShow) {
        // The table gets most of the room at first; the dock what details need.
        m_sizeDockOnShow = false;
        QTimer::singleShot(0, this, [this] { resizeDocks({m_dock}, {width() * 7 / 20}, Qt::Horizontal); });
    }
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    if (!event->spontaneous())
        m_tick->stop();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings) {
        m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
        m_settings->setValue(QStringLiteral("window/state"), saveState());
    }
    m_panel->saveState();
    QMainWindow::closeEvent(event);
}

} // namespace Workdeck
