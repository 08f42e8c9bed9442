// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/backend.h"

#include <QObject>
#include <QTextStream>

namespace Workdeck {

class LogTailService;

// Headless --logs: prints a workload's log, one line per entry (ISO timestamp, level, message),
// oldest first; with follow, keeps printing new lines through the same reconnecting tail as the
// log view, until interrupted. Emits finished(exitCode) when it stops by itself.
class LogsCommand : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString project;
        QString workloadId;
        bool follow = false;
        LogLevel minimumLevel = LogLevel::Trace;
        bool keepEscapes = false; // colours for a terminal
    };

    LogsCommand(Backend *backend, Options options, QTextStream *out, QTextStream *errors,
                QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void loadPage(const WorkloadRef &ref, const QDateTime &start, const QString &token);
    void print(const QList<LogEntry> &entries);
    void follow(const WorkloadRef &ref);
    void fail(const QString &message);

    Backend *m_backend;
    Options m_options;
    QTextStream *m_out;
    QTextStream *m_errors;
    QList<LogEntry> m_history;
    LogTailService *m_tail = nullptr;
};

} // namespace Workdeck
