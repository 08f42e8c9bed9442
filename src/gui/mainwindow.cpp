// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "backends/backend.h"
#include "projectlistmodel.h"
#include "services/workloadservice.h"
#include "workloadfilterproxymodel.h"
#include "workloads/workloadtableview.h"
#include "workloadtablemodel.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace Workdeck {

MainWindow::MainWindow(WorkloadService *service, QSettings *settings, const QString &connectionName,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_settings(settings)
    , m_connectionName(connectionName)
    , m_projects(new ProjectListModel(this))
    , m_model(new WorkloadTableModel(this))
    , m_proxy(new WorkloadFilterProxyModel(this))
    , m_projectPicker(new QComboBox(this))
    , m_table(new WorkloadTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
{
    setWindowTitle(tr("Workdeck \u2014 %1").arg(connectionName));
    setObjectName(QStringLiteral("MainWindow"));

    m_model->setFields(service->backend()->availableFields());
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);

    // Searchable picker: typing filters the list (a user may belong to dozens of projects).
    m_projectPicker->setModel(m_projects);
    m_projectPicker->setEditable(true);
    m_projectPicker->setInsertPolicy(QComboBox::NoInsert);
    m_projectPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_projectPicker->completer()->setFilterMode(Qt::MatchContains);
    m_projectPicker->setMinimumContentsLength(24);
    m_projectPicker->setAccessibleName(tr("Project"));
    m_projectPicker->setPlaceholderText(tr("Loading projects\u2026"));

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("MainToolBar"));
    toolbar->setMovable(false);
    auto *projectLabel = new QLabel(tr("&Project:"), this);
    projectLabel->setBuddy(m_projectPicker);
    projectLabel->setContentsMargins(4, 0, 6, 0);
    toolbar->addWidget(projectLabel);
    toolbar->addWidget(m_projectPicker);
    toolbar->addSeparator();
    auto *refresh = toolbar->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Refresh the workloads (F5)"));
    connect(refresh, &QAction::triggered, m_service, &WorkloadService::refresh);

    auto *connection = new QLabel(
        tr("%1 \u00b7 %2").arg(connectionName, service->backend()->serverUrl().toDisplayString()), this);
    connection->setContentsMargins(12, 0, 8, 0);
    connection->setEnabled(false);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    toolbar->addWidget(connection);

    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);
    m_errorLabel->setContentsMargins(10, 6, 10, 6);
    m_errorLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fde7e9; color: #8a1c22; border-bottom: 1px solid #f1b9bd; }"));
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_table);
    setCentralWidget(central);
    statusBar()->addWidget(m_statusLabel, 1);

    connect(m_service, &WorkloadService::projectsLoaded, this, &MainWindow::handleProjectsLoaded);
    connect(m_service, &WorkloadService::projectsFailed, this, &MainWindow::showError);
    connect(m_service, &WorkloadService::workloadsLoaded, this, &MainWindow::handleWorkloadsLoaded);
    connect(m_service, &WorkloadService::workloadsFailed, this,
            [this](const Project &, const ApiError &error) { showError(error); });
    connect(m_service, &WorkloadService::loadingChanged, this, &MainWindow::updateStatusText);
    connect(m_projectPicker, &QComboBox::activated, this, &MainWindow::handleProjectPicked);

    // Keeps "updated 12 s ago" and the relative times honest.
    auto *tick = new QTimer(this);
    tick->setTimerType(Qt::VeryCoarseTimer);
    connect(tick, &QTimer::timeout, this, [this] {
        updateStatusText();
        m_table->viewport()->update();
    });
    tick->start(10000);

    resize(1180, 720);
    if (m_settings)
        restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray());
    updateStatusText();
}

MainWindow::~MainWindow() = default;

void MainWindow::setPreferredProject(const QString &name)
{
    m_preferredProject = name;
}

QString MainWindow::lastProjectKey() const
{
    return QStringLiteral("connections/%1/lastProject")
        .arg(QString::fromLatin1(m_connectionName.toUtf8().toBase64(QByteArray::Base64UrlEncoding)));
}

void MainWindow::handleProjectsLoaded(const QList<Project> &projects)
{
    m_projects->setProjects(projects);
    m_projectPicker->setPlaceholderText(projects.isEmpty() ? tr("No projects") : QString());
    if (projects.isEmpty()) {
        m_statusLabel->setText(tr("You are not a member of any project on this server."));
        return;
    }
    QString wanted = m_preferredProject;
    if (wanted.isEmpty() && m_settings)
        wanted = m_settings->value(lastProjectKey()).toString();
    int row = wanted.isEmpty() ? -1 : m_projects->rowOf(wanted);
    if (row < 0 && !m_preferredProject.isEmpty()) {
        m_errorLabel->setText(
            tr("The project \u201c%1\u201d was not found on this server; showing \u201c%2\u201d instead.")
                .arg(m_preferredProject, m_projects->projectAt(0).name));
        m_errorLabel->setVisible(true);
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
    m_model->clear();
    if (m_settings)
        m_settings->setValue(lastProjectKey(), project.id);
    m_service->setProject(project);
    updateStatusText();
}

void MainWindow::handleWorkloadsLoaded(const Project &project, const QList<Workload> &workloads)
{
    Q_UNUSED(project)
    m_errorLabel->setVisible(false);
    m_model->merge(workloads);
    updateStatusText();
}

void MainWindow::showError(const ApiError &error)
{
    // The last good rows stay; the banner says what went wrong and where.
    m_errorLabel->setText(error.toString());
    m_errorLabel->setVisible(true);
    updateStatusText();
}

void MainWindow::updateStatusText()
{
    if (m_service->isLoading() && m_model->rowCount() == 0) {
        m_statusLabel->setText(tr("Loading workloads\u2026"));
        return;
    }
    if (m_service->project().id.isEmpty()) {
        m_statusLabel->setText(tr("Pick a project."));
        return;
    }
    const int shown = m_proxy->rowCount();
    QString text = tr("%n workload(s)", nullptr, shown);
    if (const int hidden = m_model->rowCount() - shown; hidden > 0)
        text += tr(" (%n hidden by filters)", nullptr, hidden);
    if (const QDateTime updated = m_service->lastUpdated(); updated.isValid()) {
        const qint64 seconds = updated.secsTo(QDateTime::currentDateTimeUtc());
        text += QStringLiteral(" \u00b7 ") +
                (seconds < 5 ? tr("updated just now") : tr("updated %n s ago", nullptr, int(seconds)));
    }
    if (m_service->isLoading())
        text += QStringLiteral(" \u00b7 ") + tr("refreshing\u2026");
    m_statusLabel->setText(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_settings)
        m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace Workdeck
