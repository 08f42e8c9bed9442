// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadmenuactions.h"

#include "icons.h"
#include "services/workloadactionservice.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMenu>

#include <functional>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace Workdeck {

namespace {

using Action = WorkloadActionService::Action;

void setAvailability(QAction *action, bool enabled, const QString &reason)
{
    action->setEnabled(enabled);
    action->setToolTip(enabled ? action->text().remove(QLatin1Char('&')) : reason);
    action->setStatusTip(action->toolTip());
}

QStringList connectionLabels(const WorkloadConnection &connection)
{
    const QUrl url = connection.url();
    return {connection.name.isEmpty() ? url.host() : connection.name, url.toDisplayString()};
}

} // namespace

WorkloadMenuActions::WorkloadMenuActions(WorkloadActionService *service, QWidget *window)
    : QObject(window)
    , m_service(service)
    , m_window(window)
    , m_details(new QAction(themeIcon(QStringLiteral("details")), tr("Show &details"), this))
    , m_logs(new QAction(themeIcon(QStringLiteral("logs")), tr("View &logs"), this))
    , m_openWorkspace(new QAction(themeIcon(QStringLiteral("open-external")), tr("&Open workspace"), this))
    , m_stop(new QAction(themeIcon(QStringLiteral("stop")), tr("&Stop"), this))
    , m_run(new QAction(themeIcon(QStringLiteral("run")), tr("&Run"), this))
    , m_copyId(new QAction(themeIcon(QStringLiteral("copy")), tr("Copy &ID"), this))
    , m_copyUrl(new QAction(themeIcon(QStringLiteral("copy")), tr("Copy &URL"), this))
    , m_delete(new QAction(themeIcon(QStringLiteral("delete")), tr("&Delete\u2026"), this))
{
    m_details->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_logs->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_delete->setShortcut(QKeySequence::Delete);
    m_copyId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    for (QAction *action : {m_details, m_logs, m_delete, m_copyId})
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    connect(m_details, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1)
            Q_EMIT detailsRequested(m_selection.constFirst());
    });
    connect(m_logs, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1)
            Q_EMIT logsRequested(m_selection.constFirst());
    });
    connect(m_openWorkspace, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1 && m_selection.constFirst().canOpenWorkspace())
            QDesktopServices::openUrl(m_selection.constFirst().workspaceUrl());
    });
    connect(m_copyId, &QAction::triggered, this, [this] {
        QStringList ids;
        for (const Workload &workload : std::as_const(m_selection))
            ids << workload.id;
        QGuiApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    });
    connect(m_copyUrl, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1)
            QGuiApplication::clipboard()->setText(m_selection.constFirst().workspaceUrl().toString());
    });
    connect(m_stop, &QAction::triggered, this, [this] { performOnAvailable(int(Action::Stop)); });
    connect(m_run, &QAction::triggered, this, [this] { performOnAvailable(int(Action::Run)); });
    connect(m_delete, &QAction::triggered, this, &WorkloadMenuActions::confirmDelete);
    update();
}

void WorkloadMenuActions::setSelection(const QList<Workload> &workloads)
{
    m_selection = workloads;
    update();
}

QList<Workload> WorkloadMenuActions::availableFor(int action) const
{
    QList<Workload> available;
    for (const Workload &workload : m_selection) {
        if (m_service->isAvailable(Action(action), workload))
            available << workload;
    }
    return available;
}

void WorkloadMenuActions::update()
{
    const int count = int(m_selection.size());
    const bool single = count == 1;
    const QString pickOne = count == 0 ? tr("Select a workload first.") : tr("Select a single workload.");
    setAvailability(m_details, single, pickOne);
    setAvailability(m_logs, single, pickOne);
    setAvailability(m_copyId, count > 0, tr("Select a workload first."));

    if (!single) {
        setAvailability(m_openWorkspace, false, pickOne);
        setAvailability(m_copyUrl, false, pickOne);
    } else {
        const Workload &workload = m_selection.constFirst();
        const QString onItsWay = tr("The addresses come with the whole list, on its way.");
        QString reason;
        if (workload.type != WorkloadType::Workspace)
            reason = tr("Only workspaces can be opened.");
        else if (workload.status != WorkloadStatus::Running)
            reason =
                tr("The workspace can be opened once it is running (it is %1).").arg(workload.statusText());
        else if (!workload.workspaceUrl().isValid())
            reason = workload.summaryOnly ? onItsWay : tr("The server gives no address for this workspace.");
        setAvailability(m_openWorkspace, reason.isEmpty(), reason);
        setAvailability(m_copyUrl, workload.workspaceUrl().isValid(),
                        workload.summaryOnly ? onItsWay : tr("This workload has no URL."));
    }

    const auto updateBulk = [this, count](QAction *qaction, Action action, const QString &single,
                                          const std::function<QString(int)> &several) {
        const int available = int(availableFor(int(action)).size());
        QString reason;
        if (count == 0)
            reason = tr("Select a workload first.");
        else if (available == 0)
            m_service->isAvailable(action, m_selection.constFirst(), &reason);
        qaction->setText(available > 1 ? several(available) : single);
        setAvailability(qaction, available > 0, reason);
    };
    updateBulk(m_delete, Action::Delete, tr("&Delete\u2026"),
               [](int n) { return tr("&Delete %n Workloads\u2026", nullptr, n); });
    updateBulk(m_stop, Action::Stop, tr("&Stop"), [](int n) { return tr("&Stop %n Workloads", nullptr, n); });
    updateBulk(m_run, Action::Run, tr("&Run"), [](int n) { return tr("&Run %n Workloads", nullptr, n); });
    // Where the backend cannot stop or run at all, the actions are not offered.
    m_stop->setVisible(m_service->supports(Action::Stop));
    m_run->setVisible(m_service->supports(Action::Run));
    m_delete->setVisible(m_service->supports(Action::Delete));
}

QMenu *WorkloadMenuActions::createMenu(QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->setToolTipsVisible(true);
    menu->addAction(m_details);
    menu->addAction(m_logs);
    menu->addSeparator();
    menu->addAction(m_openWorkspace);
    // Connect: one entry per URL the workload offers.
    QMenu *connectMenu = menu->addMenu(themeIcon(QStringLiteral("connect")), tr("&Connect"));
    connectMenu->setToolTipsVisible(true);
    if (m_selection.size() == 1) {
        for (const WorkloadConnection &connection : m_selection.constFirst().connections) {
            const QStringList labels = connectionLabels(connection);
            QAction *open =
                connectMenu->addAction(QStringLiteral("%1 \u2014 %2").arg(labels.at(0), labels.at(1)));
            open->setToolTip(labels.at(1));
            const QUrl url = connection.url();
            connect(open, &QAction::triggered, open, [url] { QDesktopServices::openUrl(url); });
        }
    }
    connectMenu->setEnabled(!connectMenu->isEmpty());
    if (connectMenu->isEmpty())
        connectMenu->menuAction()->setToolTip(m_selection.size() == 1
                                                  ? tr("This workload offers no connections.")
                                                  : tr("Select a single workload."));
    if (m_service->supports(Action::Stop)) {
        menu->addAction(m_stop);
        menu->addAction(m_run);
    }
    menu->addSeparator();
    menu->addAction(m_copyId);
    menu->addAction(m_copyUrl);
    if (m_service->supports(Action::Delete)) {
        menu->addSeparator();
        menu->addAction(m_delete);
    }
    return menu;
}

void WorkloadMenuActions::performOnAvailable(int action)
{
    const QList<Workload> targets = availableFor(action);
    if (!targets.isEmpty())
        m_service->perform(Action(action), targets);
}

void WorkloadMenuActions::confirmDelete()
{
    const QList<Workload> targets = availableFor(int(Action::Delete));
    if (targets.isEmpty() || m_confirmation)
        return;
    auto *box = new QMessageBox(m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Delete workloads"));
    if (targets.size() == 1) {
        box->setText(tr("Delete \u201c%1\u201d?").arg(targets.constFirst().title()));
    } else {
        box->setText(tr("Delete %n workloads?", nullptr, int(targets.size())));
    }
    QStringList names;
    for (qsizetype i = 0; i < targets.size() && i < 10; ++i)
        names << QStringLiteral("\u2022 %1 (%2)").arg(targets.at(i).title(), targets.at(i).statusText());
    if (targets.size() > 10)
        names << tr("\u2026 and %n more", nullptr, int(targets.size() - 10));
    box->setInformativeText(
        names.join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
        tr("Their pods and services are removed from the cluster. This cannot be undone."));
    QPushButton *confirm = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::finished, this, [this, box, confirm, targets] {
        if (box->clickedButton() == confirm)
            m_service->perform(Action::Delete, targets);
    });
    m_confirmation = box;
    box->open();
}

} // namespace Workdeck
