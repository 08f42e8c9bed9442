// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workload.h"

#include <QDockWidget>

class QTabWidget;

namespace Workdeck {

class Backend;
class EventsWidget;
class LogViewWidget;
class MetricsWidget;
class WorkloadDetailsWidget;

// The dock that follows the selected workload: Details, Events, Logs and Metrics. A tab loads
// only when it is shown, so selecting rows does not open log streams for each of them.
class WorkloadDetailsDock : public QDockWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        DetailsTab,
        EventsTab,
        LogsTab,
        MetricsTab
    };

    explicit WorkloadDetailsDock(Backend *backend, QWidget *parent = nullptr);

    // A new workload reloads the shown tab; the same one (after a refresh) updates its details.
    void setWorkload(const Workload &workload);
    void clearWorkload();
    void showTab(Tab tab);
    Tab currentTab() const;

    WorkloadDetailsWidget *details() const { return m_details; }
    EventsWidget *events() const { return m_events; }
    LogViewWidget *logs() const { return m_logs; }
    MetricsWidget *metrics() const { return m_metrics; }

private:
    void loadCurrentTab();
    void loadComponents();

    Backend *m_backend;
    QTabWidget *m_tabs;
    WorkloadDetailsWidget *m_details;
    EventsWidget *m_events;
    LogViewWidget *m_logs;
    MetricsWidget *m_metrics;
    Workload m_workload;
    QList<WorkloadComponent> m_components; // of m_workload, from its details
    bool m_hasWorkload = false;
    QString m_loaded[4]; // the workload id each tab shows
};

} // namespace Workdeck
