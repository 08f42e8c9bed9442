// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopintegration.h"

#include "domain/timeformat.h"
#include "icons.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMainWindow>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QToolButton>

namespace Workdeck {

namespace {

QString statusKey(WorkloadStatus status)
{
    return QString::number(int(status));
}

} // namespace

QList<WorkloadStatus> DesktopIntegration::notifiableStatuses()
{
    return {WorkloadStatus::Running,  WorkloadStatus::Completed, WorkloadStatus::Failed,
            WorkloadStatus::Degraded, WorkloadStatus::Deleted,   WorkloadStatus::DeleteFailed,
            WorkloadStatus::Stopped};
}

QSet<WorkloadStatus> DesktopIntegration::defaultEnabledStatuses()
{
    return {WorkloadStatus::Failed, WorkloadStatus::Completed, WorkloadStatus::DeleteFailed,
            WorkloadStatus::Degraded};
}

DesktopIntegration::DesktopIntegration(QMainWindow *window, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
    , m_settingsMenu(new QMenu(tr("&Notifications")))
    , m_inboxMenu(new QMenu)
    , m_inboxButton(new QToolButton(window))
    , m_enabled(defaultEnabledStatuses())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    if (m_settings && m_settings->contains(QStringLiteral("notifications/statuses"))) {
        m_enabled.clear();
        for (const QString &key : m_settings->value(QStringLiteral("notifications/statuses")).toStringList())
            m_enabled.insert(WorkloadStatus(key.toInt()));
    }
    m_inboxButton->setIcon(themeIcon(QStringLiteral("bell")));
    m_inboxButton->setPopupMode(QToolButton::InstantPopup);
    m_inboxButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_inboxButton->setMenu(m_inboxMenu);
    m_inboxButton->setAccessibleName(tr("Notifications"));
    connect(m_inboxMenu, &QMenu::aboutToShow, this, [this] {
        m_unread = 0;
        updateIcon();
    });

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_trayMenu = new QMenu;
        m_recentMenu = new QMenu(tr("Recent changes"));
        m_tray->setContextMenu(m_trayMenu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                openWindow();
        });
        // Clicking the notification opens the workload it was about.
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            openWindow();
            if (!m_lastNotified.workloadId.isEmpty())
                Q_EMIT openWorkloadRequested(m_lastNotified.projectId, m_lastNotified.workloadId);
        });
    }
    if (m_window)
        m_window->installEventFilter(this);
    createSettingsMenu();
    if (m_tray) {
        connect(m_trayMenu->addAction(tr("Open Workdeck")), &QAction::triggered, this,
                &DesktopIntegration::openWindow);
        m_trayMenu->addMenu(m_recentMenu);
        m_trayMenu->addMenu(m_settingsMenu);
        m_trayMenu->addSeparator();
        connect(m_trayMenu->addAction(tr("Quit")), &QAction::triggered, this, [this] {
            m_quitting = true;
            Q_EMIT quitRequested();
        });
    }
    rebuildMenus();
    updateIcon();
    if (m_tray)
        m_tray->show(); // after the icon is set
}

DesktopIntegration::~DesktopIntegration()
{
    delete m_trayMenu;
    delete m_recentMenu;
    delete m_settingsMenu;
    delete m_inboxMenu;
}

void DesktopIntegration::setEnabledStatuses(const QSet<WorkloadStatus> &statuses)
{
    m_enabled = statuses;
    if (m_settings) {
        QStringList keys;
        for (WorkloadStatus status : notifiableStatuses()) {
            if (statuses.contains(status))
                keys << statusKey(status);
        }
        m_settings->setValue(QStringLiteral("notifications/statuses"), keys);
    }
    rebuildMenus();
}

void DesktopIntegration::pauseUntil(const QDateTime &until)
{
    m_pausedUntil = until;
    rebuildMenus();
    updateIcon();
}

bool DesktopIntegration::isPaused() const
{
    return m_pausedUntil.isValid() && m_clock() < m_pausedUntil;
}

void DesktopIntegration::handleChanges(const QList<StatusChange> &changes)
{
    for (const StatusChange &change : changes) {
        m_recent.append(change);
        if (change.to == WorkloadStatus::Failed && change.kind != StatusChange::Kind::Removed)
            ++m_failuresSinceSeen;
    }
    if (m_recent.size() > recentLimit)
        m_recent.remove(0, m_recent.size() - recentLimit);
    if (!isPaused()) {
        for (const CoalescedNotification &notification : coalesce(changes, m_enabled))
            notify(notification.title(), notification.body(), &notification.changes.constFirst());
    }
    rebuildMenus();
    updateIcon();
}

void DesktopIntegration::reportProblem(const QString &message)
{
    notify(tr("Workdeck cannot check your workloads"), message, nullptr);
}

void DesktopIntegration::notify(const QString &title, const QString &body, const StatusChange *change)
{
    m_shown.append(title);
    m_lastNotified = change ? *change : StatusChange{};
    ++m_unread;
    // Into the in-window list as well, so nothing depends on the shell showing messages.
    QAction *entry = new QAction(
        QStringLiteral("%1 \u2014 %2").arg(formatAbsoluteTime(m_clock()).left(19), title), m_inboxMenu);
    entry->setToolTip(body);
    if (change) {
        const QString projectId = change->projectId;
        const QString workloadId = change->workloadId;
        connect(entry, &QAction::triggered, this, [this, projectId, workloadId] {
            openWindow();
            Q_EMIT openWorkloadRequested(projectId, workloadId);
        });
    }
    const QList<QAction *> existing = m_inboxMenu->actions();
    m_inboxMenu->insertAction(existing.isEmpty() ? nullptr : existing.constFirst(), entry);
    while (m_inboxMenu->actions().size() > recentLimit)
        delete m_inboxMenu->actions().constLast();
    if (m_tray)
        m_tray->showMessage(title, body, m_tray->icon(), 10000);
}

void DesktopIntegration::setCounts(const QHash<QString, QHash<WorkloadStatus, int>> &countsByProject)
{
    m_counts = countsByProject;
    updateIcon();
}

void DesktopIntegration::markSeen()
{
    if (m_failuresSinceSeen == 0)
        return;
    m_failuresSinceSeen = 0;
    updateIcon();
}

QString DesktopIntegration::toolTip() const
{
    QStringList lines{QStringLiteral("Workdeck")};
    QStringList projects = m_counts.keys();
    projects.sort();
    for (const QString &project : std::as_const(projects)) {
        QStringList parts;
        for (WorkloadStatus status : allWorkloadStatuses()) {
            const int count = m_counts.value(project).value(status);
            if (count > 0 && status != WorkloadStatus::Deleted)
                parts << QStringLiteral("%1 %2").arg(count).arg(workloadStatusLabel(status).toLower());
        }
        lines << QStringLiteral("%1: %2").arg(project, parts.isEmpty() ? tr("no workloads")
                                                                       : parts.join(QStringLiteral(", ")));
    }
    if (m_failuresSinceSeen > 0)
        lines << tr("%n new failure(s)", nullptr, m_failuresSinceSeen);
    if (isPaused())
        lines << tr("Notifications paused until %1").arg(formatAbsoluteTime(m_pausedUntil));
    return lines.join(QLatin1Char('\n'));
}

void DesktopIntegration::updateIcon()
{
    m_inboxButton->setText(m_unread > 0 ? tr("%n new", nullptr, m_unread) : QString());
    m_inboxButton->setToolTip(m_unread > 0 ? tr("%n unread notification(s)", nullptr, m_unread)
                                           : tr("Notifications"));
    if (!m_tray)
        return;
    // The badge: failures since the last look in red, else the number running.
    QPixmap pixmap = QIcon(QStringLiteral(":/icons/workdeck.svg")).pixmap(64, 64);
    int running = 0;
    for (const auto &perStatus : std::as_const(m_counts))
        running += perStatus.value(WorkloadStatus::Running);
    const int number = m_failuresSinceSeen > 0 ? m_failuresSinceSeen : running;
    if (number > 0) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(m_failuresSinceSeen > 0 ? QColor(0xd1, 0x34, 0x38) : QColor(0x2e, 0x9e, 0x44));
        const QRectF badge(30, 30, 34, 34);
        painter.drawEllipse(badge);
        QFont font = painter.font();
        font.setBold(true);
        font.setPixelSize(number > 99 ? 14 : 22);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(badge, Qt::AlignCenter,
                         number > 99 ? QStringLiteral("99+") : QString::number(number));
    }
    m_tray->setIcon(QIcon(pixmap));
    m_tray->setToolTip(toolTip());
}

void DesktopIntegration::createSettingsMenu()
{
    // Built once: an action must not be deleted while it is being triggered.
    for (WorkloadStatus status : notifiableStatuses()) {
        QAction *action =
            m_settingsMenu->addAction(tr("When a workload is %1").arg(workloadStatusLabel(status).toLower()));
        action->setCheckable(true);
        action->setChecked(m_enabled.contains(status));
        connect(action, &QAction::toggled, this, [this, status](bool on) {
            QSet<WorkloadStatus> enabled = m_enabled;
            if (on)
                enabled.insert(status);
            else
                enabled.remove(status);
            setEnabledStatuses(enabled);
        });
        m_statusActions.insert(status, action);
    }
    m_settingsMenu->addSeparator();
    m_watchMenu = m_settingsMenu->addMenu(tr("Watch projects"));
    m_watchMenu->setEnabled(false);
    m_settingsMenu->addSeparator();
    m_pauseHour = m_settingsMenu->addAction(tr("Pause for 1 hour"));
    connect(m_pauseHour, &QAction::triggered, this, [this] { pauseUntil(m_clock().addSecs(3600)); });
    m_pauseTomorrow = m_settingsMenu->addAction(tr("Pause until tomorrow"));
    connect(m_pauseTomorrow, &QAction::triggered, this, [this] {
        const QDateTime local = m_clock().toLocalTime();
        pauseUntil(QDateTime(local.date().addDays(1), QTime(8, 0)).toUTC());
    });
    m_resume = m_settingsMenu->addAction(tr("Resume notifications"));
    connect(m_resume, &QAction::triggered, this, [this] { pauseUntil({}); });
}

void DesktopIntegration::setProjects(const QList<Project> &projects, const QSet<QString> &watchedIds)
{
    m_watched = watchedIds;
    // Rebuilt only here, never from one of its own actions' signals.
    m_watchMenu->clear();
    for (const Project &project : projects) {
        QAction *action = m_watchMenu->addAction(project.name);
        action->setCheckable(true);
        action->setChecked(watchedIds.contains(project.id));
        const QString id = project.id;
        connect(action, &QAction::toggled, this, [this, id](bool on) {
            if (on)
                m_watched.insert(id);
            else
                m_watched.remove(id);
            Q_EMIT watchedProjectsChanged(m_watched);
        });
    }
    m_watchMenu->setEnabled(!projects.isEmpty());
}

void DesktopIntegration::rebuildMenus()
{
    for (auto it = m_statusActions.cbegin(); it != m_statusActions.cend(); ++it) {
        const QSignalBlocker blocker(it.value());
        it.value()->setChecked(m_enabled.contains(it.key()));
    }
    const bool paused = isPaused();
    m_pauseHour->setVisible(!paused);
    m_pauseTomorrow->setVisible(!paused);
    m_resume->setVisible(paused);
    if (!m_tray)
        return;
    m_recentMenu->clear();
    for (auto it = m_recent.crbegin(); it != m_recent.crend(); ++it) {
        const StatusChange change = *it;
        QAction *entry = m_recentMenu->addAction(
            QStringLiteral("%1: %2 \u2192 %3 (%4)")
                .arg(change.workloadName, change.fromText, change.toText, change.projectName));
        connect(entry, &QAction::triggered, this, [this, change] {
            openWindow();
            Q_EMIT openWorkloadRequested(change.projectId, change.workloadId);
        });
    }
    m_recentMenu->setEnabled(!m_recent.isEmpty());
}

void DesktopIntegration::openWindow()
{
    if (!m_window)
        return;
    m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    markSeen();
}

bool DesktopIntegration::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::WindowActivate)
            markSeen();
        if (event->type() == QEvent::Close && m_tray && !m_quitting) {
            // Closing keeps Workdeck in the tray; Quit quits. Say so once.
            event->ignore();
            m_window->hide();
            if (m_settings && !m_settings->value(QStringLiteral("tray/hintShown")).toBool()) {
                m_settings->setValue(QStringLiteral("tray/hintShown"), true);
                m_tray->showMessage(
                    tr("Workdeck is still running"),
                    tr("It keeps watching your workloads and tells you when they change. Quit it from this "
                       "icon's menu."),
                    m_tray->icon(), 10000);
            }
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Workdeck
