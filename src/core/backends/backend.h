// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/result.h"
#include "domain/logentry.h"
#include "domain/metric.h"
#include "domain/project.h"
#include "domain/workload.h"
#include "domain/workloadfield.h"

#include <QDateTime>
#include <QFlags>
#include <QObject>
#include <QSet>
#include <QUrl>

namespace Workdeck {

class LogStream;

// Which workload a call is about: the backend's project key and the workload id.
struct WorkloadRef
{
    QString projectId;
    QString workloadId;

    static WorkloadRef of(const Workload &workload) { return {workload.projectId, workload.id}; }
};

// Server-side narrowing of a workload list; empty sets mean "any". Backends that cannot filter on
// the server filter the answer themselves, so the result is the same either way.
struct WorkloadListQuery
{
    QSet<WorkloadType> types;
    QSet<WorkloadStatus> statuses;
};

struct LogQuery
{
    QDateTime start;
    QDateTime end;
    QString pageToken; // opaque, from the previous LogPage
    int limit = 1000;
    bool backward = true; // newest first
    LogLevel minimumLevel = LogLevel::Trace;
    bool events = false; // Kubernetes events instead of container logs
    // Where logs come from Kubernetes pods (Capability::LogSources): one pod (empty: all pods
    // merged), one container of it (empty: the default), the previous (crashed) container.
    QString pod;
    QString container;
    bool previousContainer = false;
};

struct LogStreamQuery
{
    // Resume point: entries at or after this time. Empty: the server's default backfill.
    QString resumeFromTimestamp;
    LogLevel minimumLevel = LogLevel::Trace;
    bool events = false;
    QString pod; // as in LogQuery
    QString container;
};

struct MetricQuery
{
    QString metric;
    QDateTime start;
    QDateTime end;
};

// One chart of the Metrics tab as a backend offers it: which metrics feed it and in what unit; or,
// when the backend has no such data, why not (shown in place of the chart).
struct MetricChart
{
    QString key;   // stable id: "gpu_utilization", "gpu_memory", "cpu_utilization", ...
    QString title; // translated
    QString unit;  // axis unit, translated ("%", "GB", "s")
    QStringList metrics;
    double scale = 1.0;     // multiplies server values into `unit`
    bool perDevice = false; // one series per GPU: add their average
    bool inferenceOnly = false;
    QString unavailableReason; // non-empty: the backend cannot draw this chart
};

// A single number of the Metrics tab (totals and averages over the range).
struct MetricTile
{
    QString key;
    QString title;
    QString unit;
    QString metric;
    double scale = 1.0;
    bool inferenceOnly = false;
};

// One cluster system (AIWB, AIRM, Run:ai) behind one interface. The UI enables features from
// capabilities() and the fields from availableFields(), never from which backend it is.
//
// Every asynchronous call takes a context object: the callback runs on its thread, and is not run
// if the context is destroyed first.
class Backend : public QObject
{
    Q_OBJECT
public:
    enum class Capability
    {
        Projects = 0x1,
        Workloads = 0x2,
        WorkloadDetails = 0x4,
        Delete = 0x8,
        StopRun = 0x10,
        Logs = 0x20,
        LogStream = 0x40,
        Events = 0x80,
        Metrics = 0x100,
        Components = 0x200,
        AsyncDelete = 0x400, // delete returns before the workload is gone (Deleting → Deleted)
        LogSources = 0x800,  // logs per pod and container (LogQuery::pod/container), previous container
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    using QObject::QObject;

    virtual Capabilities capabilities() const = 0;
    virtual QString kindName() const = 0; // "AMD AI Workbench", shown to users
    virtual QUrl serverUrl() const = 0;
    virtual QList<WorkloadField> availableFields() const = 0;
    virtual QStringList metricNames() const = 0;
    virtual QList<MetricChart> metricCharts() const = 0;
    virtual QList<MetricTile> metricTiles() const = 0;
    // The types and statuses this system reports, for filter choices.
    virtual QList<WorkloadType> workloadTypes() const = 0;
    virtual QList<WorkloadStatus> workloadStatuses() const = 0;

    virtual void listProjects(QObject *context, ResultCallback<QList<Project>> done) = 0;
    // The project listProjects() would give for this id (or name), if the backend knows it without
    // asking, and can list its workloads before listProjects() has answered; nothing otherwise.
    virtual std::optional<Project> projectBeforeListing(const QString &idOrName) const
    {
        Q_UNUSED(idOrName)
        return std::nullopt;
    }
    virtual void listWorkloads(const Project &project, const WorkloadListQuery &query, QObject *context,
                               ResultCallback<QList<Workload>> done) = 0;
    // The first `count` workloads of the project's list in the order of creation (newest first
    // with Qt::DescendingOrder), and how many the list has, where the server pages and sorts its
    // list: a small answer, shown while the whole list loads. Calls nothing and returns false
    // where the backend cannot.
    virtual bool listFirstWorkloads(const Project &project, int count, Qt::SortOrder order, QObject *context,
                                    ResultCallback<WorkloadPage> done)
    {
        Q_UNUSED(project)
        Q_UNUSED(count)
        Q_UNUSED(order)
        Q_UNUSED(context)
        Q_UNUSED(done)
        return false;
    }
    virtual void getWorkload(const WorkloadRef &ref, QObject *context, ResultCallback<Workload> done) = 0;
    virtual void deleteWorkload(const WorkloadRef &ref, QObject *context, ResultCallback<Done> done) = 0;
    // Stop (running = false) or run again (true); only with Capability::StopRun.
    virtual void setWorkloadRunning(const WorkloadRef &ref, bool running, QObject *context,
                                    ResultCallback<Done> done) = 0;
    virtual void fetchLogs(const WorkloadRef &ref, const LogQuery &query, QObject *context,
                           ResultCallback<LogPage> done) = 0;
    // Opens the live log stream; the caller owns the returned object.
    virtual LogStream *openLogStream(const WorkloadRef &ref, const LogStreamQuery &query,
                                     QObject *parent) = 0;
    virtual void fetchMetric(const WorkloadRef &ref, const MetricQuery &query, QObject *context,
                             ResultCallback<MetricResult> done) = 0;

    bool has(Capability capability) const { return capabilities().testFlag(capability); }
    // Why the Logs tab has nothing to show when Capability::Logs is absent (translated); empty
    // when the backend has logs.
    virtual QString logsUnavailableReason() const { return {}; }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Backend::Capabilities)

} // namespace Workdeck
