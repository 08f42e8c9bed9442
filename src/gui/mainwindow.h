// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QComboBox;
class QLabel;
class QSettings;

namespace Workdeck {

struct ApiError;
struct Project;
struct Workload;
class ProjectListModel;
class WorkloadFilterProxyModel;
class WorkloadService;
class WorkloadTableModel;
class WorkloadTableView;

// The main window: arranges the project picker, the workloads table and the status bar, and
// forwards user actions to the service. Owns no I/O.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // connectionName is shown in the title and keys the remembered project ("Sandbox", a profile name).
    MainWindow(WorkloadService *service, QSettings *settings, const QString &connectionName,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Picks this project once the list has loaded (command line --project).
    void setPreferredProject(const QString &name);

    WorkloadTableView *tableView() const { return m_table; }
    WorkloadTableModel *workloadModel() const { return m_model; }
    QComboBox *projectPicker() const { return m_projectPicker; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void handleProjectsLoaded(const QList<Project> &projects);
    void handleProjectPicked(int row);
    void handleWorkloadsLoaded(const Project &project, const QList<Workload> &workloads);
    void showError(const ApiError &error);
    void updateStatusText();
    QString lastProjectKey() const;

    WorkloadService *m_service;
    QSettings *m_settings;
    QString m_connectionName;
    QString m_preferredProject;
    ProjectListModel *m_projects;
    WorkloadTableModel *m_model;
    WorkloadFilterProxyModel *m_proxy;
    QComboBox *m_projectPicker;
    WorkloadTableView *m_table;
    QLabel *m_statusLabel;
    QLabel *m_errorLabel;
};

} // namespace Workdeck
