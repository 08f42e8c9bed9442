// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Workdeck {

struct MetricPoint
{
    QDateTime time;
    std::optional<double> value; // empty: no data at this point (drawn as a gap)

    bool operator==(const MetricPoint &) const = default;
};

struct MetricSeries
{
    QString label; // e.g. "running", "gpu_memory_utilization", a GPU id
    QList<MetricPoint> points;

    bool operator==(const MetricSeries &) const = default;
};

// One metric over a time range: timeseries, or a single scalar.
struct MetricResult
{
    QString name;
    QList<MetricSeries> series;
    std::optional<double> scalar;
    QDateTime rangeStart;
    QDateTime rangeEnd;
    int intervalSeconds = 0;

    bool isScalar() const { return series.isEmpty() && scalar.has_value(); }
};

} // namespace Workdeck
