// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tray/desktopintegration.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Workdeck;

namespace {

StatusChange change(const QString &id, WorkloadStatus from, WorkloadStatus to,
                    const QString &project = QStringLiteral("team-nlp"))
{
    StatusChange c;
    c.kind = StatusChange::Kind::Changed;
    c.workloadId = id;
    c.workloadName = QStringLiteral("job-") + id;
    c.projectId = c.projectName = project;
    c.from = from;
    c.to = to;
    c.fromText = workloadStatusLabel(from);
    c.toText = workloadStatusLabel(to);
    return c;
}

} // namespace

// Offscreen there is no tray host: everything must work through the in-window list.
class TestDesktopIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noTrayFallsBackToTheInbox();
    void settingsDecideAndPersist();
    void pauseSuppresses();
    void inboxOpensTheWorkload();
    void countsAndFailuresInTheTooltip();
    void closingWithoutTrayCloses();
    void choosingWatchedProjects();
};

void TestDesktopIntegration::noTrayFallsBackToTheInbox()
{
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
    QMainWindow window;
    DesktopIntegration desktop(&window, nullptr);
    QVERIFY(!desktop.hasTray());
    QList<StatusChange> burst;
    for (int i = 0; i < 5; ++i)
        burst << change(QString::number(i), WorkloadStatus::Running, WorkloadStatus::Failed);
    burst << change(QStringLiteral("r"), WorkloadStatus::Pending, WorkloadStatus::Running); // off by default
    desktop.handleChanges(burst);
    QCOMPARE(desktop.shownNotifications(), QStringList{QStringLiteral("5 workloads failed in team-nlp")});
    QCOMPARE(desktop.unreadCount(), 1);
    QCOMPARE(desktop.inboxButton()->text(), QStringLiteral("1 new"));
    QCOMPARE(desktop.failuresSinceSeen(), 5);
    QCOMPARE(desktop.recentChanges().size(), 6);
    Q_EMIT desktop.inboxButton()->menu()->aboutToShow(); // opening the list reads it
    QCOMPARE(desktop.unreadCount(), 0);
    QCOMPARE(desktop.inboxButton()->menu()->actions().size(), 1);

    // The recent list keeps the last 20.
    QList<StatusChange> many;
    for (int i = 0; i < 30; ++i)
        many << change(QStringLiteral("m%1").arg(i), WorkloadStatus::Pending, WorkloadStatus::Running);
    desktop.handleChanges(many);
    QCOMPARE(desktop.recentChanges().size(), DesktopIntegration::recentLimit);
    QCOMPARE(desktop.recentChanges().constLast().workloadId, QStringLiteral("m29"));
}

void TestDesktopIntegration::settingsDecideAndPersist()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    QMainWindow window;
    {
        DesktopIntegration desktop(&window, &settings);
        QCOMPARE(desktop.enabledStatuses(), DesktopIntegration::defaultEnabledStatuses());
        // Through the menu, as a user would.
        for (QAction *action : desktop.notificationsMenu()->actions()) {
            if (action->text() == u"When a workload is running")
                action->setChecked(true);
            if (action->text() == u"When a workload is failed")
                action->setChecked(false);
        }
        desktop.handleChanges({change(QStringLiteral("a"), WorkloadStatus::Pending, WorkloadStatus::Running),
                               change(QStringLiteral("b"), WorkloadStatus::Running, WorkloadStatus::Failed)});
        QCOMPARE(desktop.shownNotifications(), QStringList{QStringLiteral("job-a is running in team-nlp")});
    }
    DesktopIntegration again(&window, &settings);
    QVERIFY(again.enabledStatuses().contains(WorkloadStatus::Running));
    QVERIFY(!again.enabledStatuses().contains(WorkloadStatus::Failed));
}

void TestDesktopIntegration::pauseSuppresses()
{
    QMainWindow window;
    DesktopIntegration desktop(&window, nullptr);
    QDateTime now(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC);
    desktop.setClock([&now] { return now; });
    desktop.pauseUntil(now.addSecs(3600));
    QVERIFY(desktop.isPaused());
    desktop.handleChanges({change(QStringLiteral("a"), WorkloadStatus::Running, WorkloadStatus::Failed)});
    QVERIFY(desktop.shownNotifications().isEmpty());
    QCOMPARE(desktop.recentChanges().size(), 1); // still recorded, only not announced
    QVERIFY(desktop.toolTip().contains(u"paused"));
    now = now.addSecs(3601);
    QVERIFY(!desktop.isPaused());
    desktop.handleChanges({change(QStringLiteral("b"), WorkloadStatus::Running, WorkloadStatus::Failed)});
    QCOMPARE(desktop.shownNotifications().size(), 1);
    // "Until tomorrow" from the menu, then Resume.
    for (QAction *action : desktop.notificationsMenu()->actions()) {
        if (action->text() == u"Pause until tomorrow" && action->isVisible())
            action->trigger();
    }
    QVERIFY(desktop.isPaused());
    for (QAction *action : desktop.notificationsMenu()->actions()) {
        if (action->text() == u"Resume notifications" && action->isVisible())
            action->trigger();
    }
    QVERIFY(!desktop.isPaused());
}

void TestDesktopIntegration::inboxOpensTheWorkload()
{
    QMainWindow window;
    DesktopIntegration desktop(&window, nullptr);
    QSignalSpy open(&desktop, &DesktopIntegration::openWorkloadRequested);
    desktop.handleChanges({change(QStringLiteral("x"), WorkloadStatus::Running, WorkloadStatus::Failed,
                                  QStringLiteral("vision-team"))});
    desktop.inboxButton()->menu()->actions().constFirst()->trigger();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), QStringLiteral("vision-team"));
    QCOMPARE(open.at(0).at(1).toString(), QStringLiteral("x"));
    QCOMPARE(desktop.failuresSinceSeen(), 0); // the window came forward: seen
}

void TestDesktopIntegration::countsAndFailuresInTheTooltip()
{
    QMainWindow window;
    DesktopIntegration desktop(&window, nullptr);
    desktop.setCounts(
        {{QStringLiteral("team-nlp"), {{WorkloadStatus::Running, 3}, {WorkloadStatus::Failed, 1}}}});
    desktop.handleChanges({change(QStringLiteral("a"), WorkloadStatus::Running, WorkloadStatus::Failed)});
    const QString tip = desktop.toolTip();
    QVERIFY2(tip.contains(u"team-nlp: 3 running, 1 failed"), qPrintable(tip));
    QVERIFY(tip.contains(u"1 new failure"));
    desktop.markSeen();
    QVERIFY(!desktop.toolTip().contains(u"new failure"));
    desktop.reportProblem(QStringLiteral("GET https://x/v1/namespaces: Network"));
    QCOMPARE(desktop.shownNotifications().constLast(),
             QStringLiteral("Workdeck cannot check your workloads"));
}

void TestDesktopIntegration::closingWithoutTrayCloses()
{
    QMainWindow window;
    DesktopIntegration desktop(&window, nullptr);
    window.show();
    QVERIFY(window.close()); // no tray to keep it in: closing closes
}

void TestDesktopIntegration::choosingWatchedProjects()
{
    QMainWindow window;
    DesktopIntegration desktop(&window, nullptr);
    Project a;
    a.id = a.name = QStringLiteral("team-nlp");
    Project b;
    b.id = b.name = QStringLiteral("vision-team");
    desktop.setProjects({a, b}, {a.id, b.id});
    QSignalSpy changed(&desktop, &DesktopIntegration::watchedProjectsChanged);
    QMenu *watch = nullptr;
    for (QAction *action : desktop.notificationsMenu()->actions()) {
        if (action->menu() && action->text() == u"Watch projects")
            watch = action->menu();
    }
    QVERIFY(watch && watch->isEnabled());
    QCOMPARE(watch->actions().size(), 2);
    watch->actions().at(1)->setChecked(false);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QSet<QString>>(), QSet<QString>{a.id});
    QCOMPARE(desktop.watchedProjectIds(), QSet<QString>{a.id});
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
