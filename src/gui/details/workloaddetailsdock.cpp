// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloaddetailsdock.h"

#include "backends/backend.h"
#include "eventswidget.h"
#include "logviewwidget.h"
#include "metricswidget.h"
#include "workloaddetailswidget.h"

#include <QTabWidget>

namespace Workdeck {

WorkloadDetailsDock::WorkloadDetailsDock(Backend *backend, QWidget *parent)
    : QDockWidget(tr("Workload"), parent)
    , m_backend(backend)
    , m_tabs(new QTabWidget(this))
    , m_details(new WorkloadDetailsWidget(this))
    , m_events(new EventsWidget(backend, this))
    , m_logs(new LogViewWidget(backend, this))
    , m_metrics(new MetricsWidget(backend, this))
{
    setObjectName(QStringLiteral("WorkloadDetailsDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                QDockWidget::DockWidgetClosable);
    m_tabs->addTab(m_details, tr("&Details"));
    m_tabs->addTab(m_events, tr("&Events"));
    m_tabs->addTab(m_logs, tr("&Logs"));
    m_tabs->addTab(m_metrics, tr("&Metrics"));
    if (!backend->has(Backend::Capability::Events))
        m_tabs->setTabToolTip(EventsTab, tr("This server does not report events."));
    if (!backend->has(Backend::Capability::Logs))
        m_tabs->setTabToolTip(LogsTab, backend->logsUnavailableReason().isEmpty()
                                           ? tr("This server does not offer logs.")
                                           : backend->logsUnavailableReason());
    m_tabs->setDocumentMode(true);
    setWidget(m_tabs);
    m_tabs->setAccessibleName(tr("Workload details"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &WorkloadDetailsDock::loadCurrentTab);
    // A hidden dock stops streaming: nobody is reading.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            loadCurrentTab();
        } else if (!isFloating()) {
            m_logs->clear();
            m_loaded[LogsTab].clear();
        }
    });
}

void WorkloadDetailsDock::setWorkload(const Workload &workload)
{
    const bool same = m_hasWorkload && workload.id == m_workload.id;
    m_workload = workload;
    m_hasWorkload = true;
    setWindowTitle(tr("Workload \u2014 %1").arg(workload.title()));
    if (same) {
        if (m_workload.components.isEmpty())
            m_workload.components = m_components; // lists do not carry them; the last details did
        m_details->showWorkload(m_workload);      // fresh status; logs and charts keep going
        return;
    }
    m_components.clear();
    for (QString &id : m_loaded)
        id.clear();
    loadCurrentTab();
}

void WorkloadDetailsDock::clearWorkload()
{
    m_hasWorkload = false;
    for (QString &id : m_loaded)
        id.clear();
    setWindowTitle(tr("Workload"));
    m_details->clear();
    m_events->clear();
    m_logs->clear();
    m_metrics->clear();
}

void WorkloadDetailsDock::showTab(Tab tab)
{
    show();
    raise();
    m_tabs->setCurrentIndex(tab);
    loadCurrentTab();
}

WorkloadDetailsDock::Tab WorkloadDetailsDock::currentTab() const
{
    return Tab(m_tabs->currentIndex());
}

void WorkloadDetailsDock::loadComponents()
{
    // Pods and components come with the workload's own record, not with the list.
    if (!m_backend->has(Backend::Capability::Components) ||
        !m_backend->has(Backend::Capability::WorkloadDetails))
        return;
    const QString id = m_workload.id;
    m_backend->getWorkload(WorkloadRef::of(m_workload), this, [this, id](Result<Workload> result) {
        if (!result || !m_hasWorkload || m_workload.id != id)
            return; // the list's fields stay shown; a failure here is not worth a banner
        m_components = result.value().components;
        m_workload.components = m_components;
        m_details->showWorkload(m_workload);
    });
}

void WorkloadDetailsDock::loadCurrentTab()
{
    if (!m_hasWorkload || !isVisible())
        return;
    const int tab = m_tabs->currentIndex();
    if (m_loaded[tab] == m_workload.id)
        return;
    m_loaded[tab] = m_workload.id;
    switch (Tab(tab)) {
    case DetailsTab:
        m_details->showWorkload(m_workload);
        loadComponents();
        break;
    case EventsTab:
        m_events->showWorkload(m_workload);
        break;
    case LogsTab:
        m_logs->showWorkload(m_workload);
        break;
    case MetricsTab:
        m_metrics->showWorkload(m_workload);
        break;
    }
}

} // namespace Workdeck
