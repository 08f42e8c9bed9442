// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/logentry.h"
#include "domain/metric.h"
#include "domain/project.h"
#include "domain/workload.h"
#include "jsonsupport.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>

// Pure parsers for AIWB API bodies (docs/reference/amd-ai-workbench-api.md, section 4).
// Lenient on fields (missing or null fields give empty values), strict on shape (a body
// without its "data" is an error).
namespace Workdeck::AiwbParser {

Result<QList<Project>> parseNamespaces(const QByteArray &body);
Result<QList<Workload>> parseWorkloadList(const QByteArray &body);
Result<Workload> parseWorkload(const QByteArray &body);

Result<LogPage> parseLogPage(const QByteArray &body);
LogEntry logEntryFromJson(const QJsonObject &object);

Result<MetricResult> parseMetric(const QString &metric, const QByteArray &body);

// GET /v1/namespaces/{NS}/metrics: the paged table with the GPU count and VRAM per workload.
struct WorkloadGpuUsage
{
    std::optional<double> gpuCount;
    std::optional<double> vramMegabytes;
};
struct NamespaceMetricsPage
{
    QHash<QString, WorkloadGpuUsage> usageById;
    int page = 1;
    int totalPages = 1;
};
Result<NamespaceMetricsPage> parseNamespaceMetrics(const QByteArray &body);
// The same table's rows as workloads of the namespace, with the fields the table has (no
// endpoints, no update time), and its total. AIM services (resourceType "AIMService") are left
// out: they are rows of the table, not workloads of the list.
Result<WorkloadPage> parseWorkloadTable(const QByteArray &body, const QString &namespaceName);

} // namespace Workdeck::AiwbParser
