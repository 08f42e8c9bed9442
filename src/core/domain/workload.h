// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workloadstatus.h"
#include "workloadtype.h"

#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Workdeck {

// A URL through which a user reaches a workload (a workspace UI, an inference endpoint, a tool).
struct WorkloadConnection
{
    enum class Kind
    {
        External,
        Internal,
        Tool
    };
    Kind kind = Kind::External;
    QString name;     // "External", "Jupyter", ...
    QString toolType; // Run:ai toolType, e.g. "jupyter-notebook"; empty when unknown
    // The URL as the server wrote it. Read into a QUrl only when used: a QUrl keeps each part in
    // a string of its own, about 500 bytes a URL, and 10,000 AIWB workloads bring 12,000 URLs.
    QString address;

    // The address read strictly: invalid if it is not a URL as written (a browser is not asked to
    // guess).
    QUrl url() const { return QUrl(address, QUrl::StrictMode); }

    bool operator==(const WorkloadConnection &) const = default;
};

// One part of a workload as the cluster runs it: an AIRM component (Deployment, Job, Service, ...)
// or a Run:ai pod. Shown in the Details tab; pods also pick the log source.
struct WorkloadComponent
{
    QString id;
    QString name;
    QString kind; // "Pod", "Deployment", "Job", ...; as the server writes it
    QString status;
    QString statusMessage;
    QString node;
    QString image;
    std::optional<double> gpus;
    QStringList containers; // container names, for the log source picker (pods only)
    QDateTime createdAt;

    bool operator==(const WorkloadComponent &) const = default;
};

enum class WorkloadAction
{
    Delete = 0x1,
    Stop = 0x2, // Run:ai suspend
    Run = 0x4,  // Run:ai resume
};
Q_DECLARE_FLAGS(WorkloadActions, WorkloadAction)
Q_DECLARE_OPERATORS_FOR_FLAGS(WorkloadActions)

// What AIWB, AIRM or Run:ai report about one workload, as one value type.
// Optional fields are empty when the backend does not report them.
struct Workload
{
    QString id; // lowercase UUID
    QString name;
    QString displayName;
    WorkloadType type = WorkloadType::Unknown;
    QString rawType;
    WorkloadStatus status = WorkloadStatus::Unknown;
    QString rawStatus;
    QString statusMessage; // Run:ai phaseMessage, AIRM status reason, scheduling message

    QString projectId;   // the backend's project key (AIWB: the namespace name)
    QString projectName; // project or namespace name as users know it
    QString namespaceName;
    QString clusterId;
    QString clusterName;
    QString departmentName;

    QString createdBy;
    QString updatedBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime completedAt;

    std::optional<double> gpusRequested;
    std::optional<double> gpusAllocated;
    std::optional<double> vramMegabytes;
    std::optional<double> cpusRequested;
    std::optional<double> cpusAllocated;
    std::optional<qint64> memoryRequestedBytes;
    std::optional<qint64> memoryAllocatedBytes;
    std::optional<int> runningPods;
    std::optional<int> requestedPods;
    std::optional<bool> preemptible;
    std::optional<qint64> runTimeSeconds;
    QStringList nodePools;

    QList<WorkloadConnection> connections;
    WorkloadActions supportedActions;
    QList<WorkloadComponent> components; // filled by getWorkload() where Capability::Components

    QString chartId;
    QString modelId;
    QString datasetId;

    // A row of the first page of a list, from the server's paged table: it lacks what only the whole
    // list or the workload's own answer carries (the addresses, the chart, the model).
    bool summaryOnly = false;

    // The text to show for the status: the label, or the raw string when the status is unknown.
    QString statusText() const;
    QString typeText() const;
    // displayName, falling back to name.
    QString title() const;
    // The URL "Open workspace" opens: the first external connection; empty if there is none.
    QUrl workspaceUrl() const;
    bool canOpenWorkspace() const;

    bool operator==(const Workload &) const = default;
};

// The first workloads of a project's list in one order, as a server that pages its list gives
// them, and how many the whole list has.
struct WorkloadPage
{
    QList<Workload> workloads;
    int total = 0;
};

} // namespace Workdeck
