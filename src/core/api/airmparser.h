// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/metric.h"
#include "domain/project.h"
#include "domain/workload.h"
#include "jsonsupport.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>

// The AMD AI Resource Manager API (reference section 5): snake_case JSON, {"data": [...]} lists,
// projects and clusters by UUID, workloads without a name or namespace, statuses and types of
// its own (DeleteFailed, Terminated; MODEL_DOWNLOAD, CUSTOM).
namespace Workdeck::AirmParser {

// GET /v1/projects/submittable: ProjectWithClusterAndQuota (id is the project UUID).
Result<QList<Project>> parseProjects(const QByteArray &body);

// GET /v1/workloads[?project_id=]: WorkloadResponse items (type and display_name may be null).
Result<QList<Workload>> parseWorkloadList(const QByteArray &body);
Workload workloadFromJson(const QJsonObject &object);
// The same, sharing the strings that repeat across the workloads of one answer.
Workload workloadFromJson(const QJsonObject &object, Json::StringPool &strings);

// GET /v1/workloads/{id}: the workload with its components (Deployments, Pods, Services...).
Result<Workload> parseWorkload(const QByteArray &body);

// GET /v1/projects/{pid}/workloads/metrics: a page of workloads with gpu_count, vram (MB) and
// run_time (s). There is no total_pages: `total` counts all rows.
struct WorkloadUsage
{
    std::optional<double> gpuCount;
    std::optional<double> vramMegabytes;
    std::optional<qint64> runTimeSeconds;
};
struct WorkloadMetricsPage
{
    QHash<QString, WorkloadUsage> usageById;
    int page = 1;
    int pageSize = 10;
    qint64 total = 0;
    int rows = 0; // on this page
};
Result<WorkloadMetricsPage> parseWorkloadMetricsPage(const QByteArray &body);

// GET /v1/clusters: id -> {name, status}.
struct ClusterInfo
{
    QString name;
    QString status; // healthy, unhealthy, verifying
};
Result<QHash<QString, ClusterInfo>> parseClusters(const QByteArray &body);

// GET /v1/workloads/{id}/metrics: the info card.
struct InfoCard
{
    QString clusterName;
    std::optional<double> nodesInUse;
    std::optional<double> gpuDevicesInUse;
    std::optional<double> queueSeconds;
    std::optional<double> runningSeconds;
};
Result<InfoCard> parseInfoCard(const QByteArray &body);

// GET /v1/workloads/{id}/metrics/gpu-devices/{metric}: one series per GPU, labelled
// "<hostname> GPU <gpu_id>".
Result<MetricResult> parseGpuDeviceMetric(const QString &metric, const QByteArray &body);

} // namespace Workdeck::AirmParser
