// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QTextStream;

namespace Workdeck {

struct ApiError;
class WorkloadService;
class WorkloadsPanel;

// --measure-startup: waits for the first paint of the workloads table with rows in it (the first
// page of the list, a cached list, or the live list), then for the first paint with the live list
// in the table. At each it prints the time since the process started and the resident memory; then
// the milestones of the start (StartupTimeline), and emits measured(). If the projects or the
// list cannot be loaded, it prints why and emits failed().
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    StartupProbe(WorkloadsPanel *panel, WorkloadService *service, QTextStream *out,
                 QObject *parent = nullptr);

Q_SIGNALS:
    void measured();
    void failed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Stage
    {
        WaitingForRows,
        WaitingForLiveList,
        Done,
    };
    void reportPaint();
    void fail(const char *what, const ApiError &error);
    void printPaint(const char *what, qint64 ageMs);

    WorkloadsPanel *m_panel;
    WorkloadService *m_service;
    QTextStream *m_out;
    Stage m_stage = Stage::WaitingForRows;
    bool m_paintQueued = false;
    bool m_liveListInTable = false;
};

} // namespace Workdeck
