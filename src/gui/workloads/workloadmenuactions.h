// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workload.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
#include <QMessageBox>
class QWidget;

namespace Workdeck {

class WorkloadActionService;

// The actions a user can take on the selected workloads, shared by the toolbar, the right-click menu
// and the three-dot button: each is enabled from the backend's capabilities and the workloads'
// state, and a disabled one says why in its tooltip. Delete asks first, naming what it deletes.
class WorkloadMenuActions : public QObject
{
    Q_OBJECT
public:
    WorkloadMenuActions(WorkloadActionService *service, QWidget *window);

    void setSelection(const QList<Workload> &workloads);
    const QList<Workload> &selection() const { return m_selection; }

    // A new menu for the current selection (the caller owns it).
    QMenu *createMenu(QWidget *parent) const;

    QAction *details() const { return m_details; }
    QAction *logs() const { return m_logs; }
    QAction *openWorkspace() const { return m_openWorkspace; }
    QAction *stop() const { return m_stop; }
    QAction *run() const { return m_run; }
    QAction *copyId() const { return m_copyId; }
    QAction *copyUrl() const { return m_copyUrl; }
    QAction *deleteAction() const { return m_delete; }
    // The open delete confirmation, if any (tests answer it).
    QMessageBox *pendingConfirmation() const { return m_confirmation; }

Q_SIGNALS:
    void detailsRequested(const Workdeck::Workload &workload);
    void logsRequested(const Workdeck::Workload &workload);

private:
    void update();
    void confirmDelete();
    void performOnAvailable(int action);
    QList<Workload> availableFor(int action) const;

    WorkloadActionService *m_service;
    QWidget *m_window;
    QList<Workload> m_selection;
    QAction *m_details;
    QAction *m_logs;
    QAction *m_openWorkspace;
    QAction *m_stop;
    QAction *m_run;
    QAction *m_copyId;
    QAction *m_copyUrl;
    QAction *m_delete;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace Workdeck
