// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "backends/backend.h"

#include <QObject>

namespace Workdeck {

class LogTailService;

// The log of one workload as a viewer needs it: the newest page first, then the live tail from
// where that page ended (no line twice), and older pages on request, newest-first paging with the
// server's opaque page token. Knows nothing about views; hands out entries oldest first.
class LogSession : public QObject
{
    Q_OBJECT
public:
    explicit LogSession(Backend *backend, QObject *parent = nullptr);
    ~LogSession() override;

    void open(const WorkloadRef &workload, LogLevel minimumLevel = LogLevel::Trace, bool events = false);
    void close();
    // Where the log comes from (Backend::Capability::LogSources): one pod (empty: all pods merged),
    // one of its containers (empty: the default), or its previous (crashed) container, which has
    // no live tail. Takes effect at the next open().
    void setSource(const QString &pod, const QString &container, bool previousContainer);
    // Fetches the page before the oldest line so far; olderLoaded follows (empty at the start).
    void loadOlder();
    bool hasOlder() const { return m_hasOlder; }
    bool isLoadingOlder() const { return m_loadingOlder; }
    LogTailService *tail() const { return m_tail; }
    WorkloadRef workload() const { return m_workload; }

    static constexpr int pageSize = 1000;

Q_SIGNALS:
    void newEntries(const QList<Workdeck::LogEntry> &entries);  // append at the end
    void olderLoaded(const QList<Workdeck::LogEntry> &entries); // put in front
    void failed(const Workdeck::ApiError &error);

private:
    void fetchPage(bool initial);
    bool followsLive() const;

    Backend *m_backend;
    LogTailService *m_tail;
    WorkloadRef m_workload;
    LogLevel m_minimumLevel = LogLevel::Trace;
    bool m_events = false;
    QString m_pod;
    QString m_container;
    bool m_previousContainer = false;
    QString m_olderToken;
    QDateTime m_end;
    bool m_hasOlder = false;
    bool m_loadingOlder = false;
    quint64 m_generation = 0;
};

} // namespace Workdeck
