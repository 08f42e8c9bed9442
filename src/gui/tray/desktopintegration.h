// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/project.h"
#include "domain/statuschange.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QAction;
class QMainWindow;
class QMenu;
class QSettings;
class QSystemTrayIcon;
class QToolButton;

namespace Workdeck {

// The one place that talks to the desktop shell: the tray icon (badge, tooltip, menu),
// notifications for status changes, and closing to the tray. Without a tray host the same
// events go to an in-window list with an unread count, and closing the window quits.
class DesktopIntegration : public QObject
{
    Q_OBJECT
public:
    static constexpr int recentLimit = 20;

    DesktopIntegration(QMainWindow *window, QSettings *settings, QObject *parent = nullptr);
    ~DesktopIntegration() override;

    bool hasTray() const { return m_tray != nullptr; }
    // The in-window list of notifications (always there; essential without a tray).
    QToolButton *inboxButton() const { return m_inboxButton; }
    // A menu with the notification settings (which transitions, pause), for the window's menu bar.
    QMenu *notificationsMenu() const { return m_settingsMenu; }

    void handleChanges(const QList<StatusChange> &changes);
    void setCounts(const QHash<QString, QHash<WorkloadStatus, int>> &countsByProject);
    // A problem to show once (the watcher cannot reach the server), not a storm.
    void reportProblem(const QString &message);
    void markSeen(); // the user looked: failures since the last look go back to zero

    // The projects offered in the "Watch" menu, and which of them are watched.
    void setProjects(const QList<Project> &projects, const QSet<QString> &watchedIds);
    QSet<QString> watchedProjectIds() const { return m_watched; }

    QSet<WorkloadStatus> enabledStatuses() const { return m_enabled; }
    void setEnabledStatuses(const QSet<WorkloadStatus> &statuses);
    void pauseUntil(const QDateTime &until); // invalid: resume
    bool isPaused() const;
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    const QList<StatusChange> &recentChanges() const { return m_recent; }
    int unreadCount() const { return m_unread; }
    int failuresSinceSeen() const { return m_failuresSinceSeen; }
    QString toolTip() const;
    QStringList shownNotifications() const { return m_shown; } // titles, newest last

    static QList<WorkloadStatus> notifiableStatuses();
    static QSet<WorkloadStatus> defaultEnabledStatuses();

Q_SIGNALS:
    void openWorkloadRequested(const QString &projectId, const QString &workloadId);
    void quitRequested();
    void watchedProjectsChanged(const QSet<QString> &projectIds);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void notify(const QString &title, const QString &body, const StatusChange *change);
    void createSettingsMenu();
    void rebuildMenus();
    void updateIcon();
    void openWindow();

    QPointer<QMainWindow> m_window;
    QSettings *m_settings;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_trayMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_inboxMenu = nullptr;
    QToolButton *m_inboxButton = nullptr;
    QHash<WorkloadStatus, QAction *> m_statusActions;
    QAction *m_pauseHour = nullptr;
    QAction *m_pauseTomorrow = nullptr;
    QAction *m_resume = nullptr;
    QSet<WorkloadStatus> m_enabled;
    QMenu *m_watchMenu = nullptr;
    QSet<QString> m_watched;
    QDateTime m_pausedUntil;
    QList<StatusChange> m_recent;
    QStringList m_shown;
    QHash<QString, QHash<WorkloadStatus, int>> m_counts;
    StatusChange m_lastNotified;
    int m_unread = 0;
    int m_failuresSinceSeen = 0;
    bool m_quitting = false;
    std::function<QDateTime()> m_clock;
};

} // namespace Workdeck
