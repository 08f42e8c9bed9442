// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workload.h"

#include <QList>
#include <QString>
#include <QVariant>

namespace Workdeck {

// The fields a workload table can show, in their default order. A backend says which it provides;
// the table shows those, and the CSV export writes the ones visible by default.
enum class WorkloadField
{
    Name,
    Type,
    Status,
    Project,
    Cluster,
    Department,
    Gpus,
    Vram,
    Cpu,
    Memory,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
    Pods,
    Preemptible,
    NodePools,
    Connections,
    Id,
    Actions,
};

QList<WorkloadField> allWorkloadFields();
QString workloadFieldTitle(WorkloadField field); // translated column title
bool isWorkloadFieldVisibleByDefault(WorkloadField field);
// The fields shown by default among those a backend provides, in table order.
QList<WorkloadField> defaultVisibleFields(const QList<WorkloadField> &available);

// The field as display text. Times are absolute (ISO 8601, UTC) here; the table shows them relative.
QString workloadFieldText(const Workload &workload, WorkloadField field);
// The raw value to sort by: numbers as numbers, times as msecs, missing values as invalid QVariant.
QVariant workloadFieldSortValue(const Workload &workload, WorkloadField field);

QString formatMegabytes(double megabytes);
QString formatBytes(qint64 bytes);
QString formatQuantity(double value);

} // namespace Workdeck
