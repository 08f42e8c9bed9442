// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAbstractItemView;
class QTextStream;

namespace Workdeck {

// --measure-startup: waits for the first paint of the workloads table with rows in it, then prints
// the time since the process started and the resident memory, then the milestones of the start
// (StartupTimeline), and emits measured().
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    StartupProbe(QAbstractItemView *view, QTextStream *out, QObject *parent = nullptr);

Q_SIGNALS:
    void measured();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report();

    QAbstractItemView *m_view;
    QTextStream *m_out;
    bool m_done = false;
};

} // namespace Workdeck
