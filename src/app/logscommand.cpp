// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logscommand.h"

#include "projectresolver.h"
#include "services/logtailservice.h"
#include "text/ansiparser.h"

#include <QCoreApplication>

namespace Workdeck {

namespace {

constexpr int pageSize = 5000;

} // namespace

LogsCommand::LogsCommand(Backend *backend, Options options, QTextStream *out, QTextStream *errors,
                         QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_options(std::move(options))
    , m_out(out)
    , m_errors(errors)
{}

void LogsCommand::start()
{
    if (!m_backend->has(Backend::Capability::Logs)) {
        const QString reason = m_backend->logsUnavailableReason();
        fail(reason.isEmpty() ? LogsCommand::tr("%1 does not offer workload logs.").arg(m_backend->kindName())
                              : reason);
        return;
    }
    resolveProject(m_backend, m_options.project, this, [this](Result<Project> project) {
        if (!project) {
            fail(project.error().httpStatus == 0 ? project.error().message : project.error().toString());
            return;
        }
        const WorkloadRef ref{project.value().id, m_options.workloadId};
        // The workload's creation time bounds its log, and asking for it says clearly if the id is wrong.
        m_backend->getWorkload(ref, this, [this, ref](Result<Workload> workload) {
            if (!workload) {
                fail(LogsCommand::tr("could not read workload %1: %2")
                         .arg(m_options.workloadId, workload.error().toString()));
                return;
            }
            QDateTime start = workload.value().createdAt.isValid()
                                  ? workload.value().createdAt.addSecs(-60)
                                  : QDateTime::currentDateTimeUtc().addDays(-15);
            loadPage(ref, start, {});
        });
    });
}

void LogsCommand::loadPage(const WorkloadRef &ref, const QDateTime &start, const QString &token)
{
    LogQuery query;
    query.start = start;
    query.end = QDateTime::currentDateTimeUtc().addSecs(60);
    query.backward = false;
    query.limit = pageSize;
    query.pageToken = token;
    query.minimumLevel = m_options.minimumLevel;
    m_backend->fetchLogs(ref, query, this, [this, ref, start](Result<LogPage> page) {
        if (!page) {
            fail(LogsCommand::tr("could not read the log: %1").arg(page.error().toString()));
            return;
        }
        print(page.value().entries);
        m_history += page.value().entries;
        if (page.value().hasMore) {
            loadPage(ref, start, page.value().pageToken);
            return;
        }
        if (m_options.follow)
            follow(ref);
        else
            Q_EMIT finished(0);
    });
}

void LogsCommand::follow(const WorkloadRef &ref)
{
    m_tail = new LogTailService(m_backend, this);
    m_tail->seen(m_history);
    LogStreamQuery query;
    query.minimumLevel = m_options.minimumLevel;
    if (!m_history.isEmpty())
        query.resumeFromTimestamp = m_history.constLast().rawTimestamp;
    else
        query.resumeFromTimestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    m_history.clear();
    connect(m_tail, &LogTailService::entriesArrived, this, &LogsCommand::print);
    connect(m_tail, &LogTailService::stateChanged, this,
            [this](LogTailService::State state, const QString &) {
                // Status goes to standard error so that standard output stays the log alone.
                if (state == LogTailService::State::Reconnecting || state == LogTailService::State::Ended)
                    *m_errors << "workdeck: " << m_tail->stateText() << Qt::endl;
                if (state == LogTailService::State::Ended)
                    Q_EMIT finished(1);
            });
    m_tail->start(ref, query);
}

void LogsCommand::print(const QList<LogEntry> &entries)
{
    for (const LogEntry &entry : entries) {
        const QString message = m_options.keepEscapes ? entry.message : Ansi::strip(entry.message);
        *m_out << formatLogLine(entry.rawTimestamp, entry.level, entry.source, message) << '\n';
    }
    m_out->flush();
}

void LogsCommand::fail(const QString &message)
{
    *m_errors << "workdeck: " << message << Qt::endl;
    Q_EMIT finished(1);
}

} // namespace Workdeck
