// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

class QTextStream;

namespace Workdeck {

class MainWindow;

// --measure-memory LINES: once the table is populated, selects the longest-running workload (the
// running one created first), opens its Logs tab and loads older pages (as scrolling up does) until
// the log holds LINES lines; after the app has settled it prints the resident memory and emits
// measured(). A log that ends sooner is left for the next running workload; when none of the first
// few reaches LINES, or nothing arrives for a minute, failed() says why.
class MemoryProbe : public QObject
{
    Q_OBJECT
public:
    MemoryProbe(MainWindow *window, int lines, QTextStream *out, QObject *parent = nullptr);
    void start();

    static constexpr int stallTimeoutMs = 60000;
    static constexpr int maxTries = 20;
    static constexpr int settleMs = 2000;

Q_SIGNALS:
    void measured();
    void failed(const QString &reason);

private:
    void openNextCandidate();
    void loadMore();
    void report();
    qsizetype linesHeld() const;

    MainWindow *m_window;
    int m_target;
    QTextStream *m_out;
    QStringList m_candidates; // ids of running workloads not tried yet, oldest first
    int m_tries = 0;
    quint64 m_generation = 0; // counts the workloads opened
    QString m_workloadName;
    qsizetype m_mostHeld = 0;
    QTimer m_stall;
    bool m_done = false;
};

} // namespace Workdeck
