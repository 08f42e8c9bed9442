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

#include <optional>

// Pure parsers for Run:ai control-plane bodies (docs/reference/runai-api.md) and Kubernetes pod
// log text. Lenient on fields (missing or null fields give empty values: Run:ai's schema has many
// nullable ones), strict on shape (a list body without its collection is an error).
namespace Workdeck::RunAiParser {

// One page of a paged Run:ai list: the items and the offset of the next page (absent at the end).
template<typename T> struct Page
{
    QList<T> items;
    std::optional<qint64> next;
};

Result<Page<Project>> parseProjects(const QByteArray &body);      // {projects, next}
Result<Page<Workload>> parseWorkloadPage(const QByteArray &body); // {workloads, next}
Result<qint64> parseCount(const QByteArray &body);                // {count}
Result<Workload> parseWorkload(const QByteArray &body);           // WorkloadDetailed
Workload workloadFromJson(const QJsonObject &object);
// The same, sharing the strings that repeat across the workloads of one answer.
Workload workloadFromJson(const QJsonObject &object, Json::StringPool &strings);
Result<Page<WorkloadComponent>> parsePods(const QByteArray &body); // {pods, next}
// Events as log entries (Warning → Warning, Normal → Info), newest first as the API sends them.
Result<Page<LogEntry>> parseEvents(const QByteArray &body);
// History records (phase updates and events) as log entries, in the order sent.
Result<Page<LogEntry>> parseHistory(const QByteArray &body);

// MetricsCompositeResponse: the measurements of one metricType, one series per label set
// (per-GPU series are told apart by their labels). Values are strings ("4.2e10"); null values
// and null value lists are gaps. labelPrefix names the series ("pod-0 · GPU 0").
Result<MetricResult> parseMetrics(const QString &metricType, const QByteArray &body,
                                  const QString &labelPrefix = {});

// POST /api/v1/workloads/batch: {id, succeeded: [uuid], failed: [{id, code, message}]}.
struct BatchResult
{
    QString batchId;
    QStringList succeeded;
    QHash<QString, ApiError> failed; // by workload id (lowercase)
};
Result<BatchResult> parseBatchResult(const QByteArray &body);

// Kubernetes quantities ("200M", "40Gi", "0B", "1.5", "500m") as a plain number (bytes for
// memory, cores for CPU). Empty when unreadable.
std::optional<double> parseQuantity(const QString &text);

// One line of a pod log read with timestamps=true: "2026-03-02T09:20:11.402113578Z message".
// The timestamp keeps its text; the level is guessed from the message (ERROR, WARNING, ...).
LogEntry parseKubernetesLogLine(QStringView line, const QString &source);

} // namespace Workdeck::RunAiParser
