// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QComboBox;
class QLabel;
class QMenu;
class QSettings;
class QTimer;
class QToolBar;

namespace Workdeck {

struct ApiError;
struct Project;
class ProjectListModel;
class WorkloadActionService;
class WorkloadDetailsDock;
class WorkloadService;
class WorkloadsPanel;

// The main window: arranges the project picker, the workloads panel, menus, toolbar and status
// bar, and forwards user actions to the services. It owns no I/O and no workload logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // connectionName is shown in the title and keys the remembered project ("Sandbox", a profile name).
    MainWindow(WorkloadService *service, WorkloadActionService *actionService, QSettings *settings,
               const QString &connectionName, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Picks this project once the list has loaded (command line --project).
    void setPreferredProject(const QString &name);
    // The project the window will pick first, as far as known before the list has loaded: the
    // preferred one, else the last one used with this connection (an id; empty if none).
    static QString expectedProject(const QSettings *settings, const QString &connectionName,
                                   const QString &preferred);
    // Brings a workload forward: its project, its row, its details (from a notification).
    void showWorkload(const QString &projectId, const QString &workloadId);
    // The notification list and settings, from the desktop integration.
    void addNotifications(QWidget *inboxButton, QMenu *settingsMenu);

    // The Connection menu (profiles, sign-in); the composition root fills it.
    QMenu *connectionMenu() const { return m_connectionMenu; }
    WorkloadsPanel *workloadsPanel() const { return m_panel; }
    QComboBox *projectPicker() const { return m_projectPicker; }
    QComboBox *refreshIntervalPicker() const { return m_refreshInterval; }
    WorkloadDetailsDock *detailsDock() const { return m_dock; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void handleProjectsLoaded(const QList<Project> &projects);
    void handleProjectPicked(int row);
    void updateStatusText();
    void exportCsv();
    static QString lastProjectKey(const QString &connectionName);

    WorkloadService *m_service;
    QSettings *m_settings;
    QString m_connectionName;
    QString m_preferredProject;
    ProjectListModel *m_projects;
    QComboBox *m_projectPicker;
    QComboBox *m_refreshInterval;
    WorkloadsPanel *m_panel;
    WorkloadDetailsDock *m_dock;
    QLabel *m_statusLabel;
    QAction *m_exportAction = nullptr;
    QTimer *m_tick; // the status text and relative times, while the window shows
    bool m_sizeDockOnShow = false;
    QString m_pendingWorkload;
    QToolBar *m_toolbar = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_connectionMenu = nullptr;
};

} // namespace Workdeck
