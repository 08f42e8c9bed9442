// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsservice.h"

#include <memory>

namespace Workdeck {

MetricsService::MetricsService(Backend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{}

bool MetricsService::applies(const MetricChart &chart, const Workload &workload)
{
    return !chart.inferenceOnly || workload.type == WorkloadType::Inference;
}

bool MetricsService::applies(const MetricTile &tile, const Workload &workload)
{
    return !tile.inferenceOnly || workload.type == WorkloadType::Inference;
}

void MetricsService::load(const Workload &workload, const QDateTime &start, const QDateTime &end)
{
    const quint64 generation = ++m_generation;
    const WorkloadRef ref = WorkloadRef::of(workload);
    for (const MetricChart &chart : m_backend->metricCharts()) {
        if (!chart.unavailableReason.isEmpty() || chart.metrics.isEmpty() || !applies(chart, workload))
            continue;
        struct Pending
        {
            qsizetype remaining = 0;
            QList<QList<MetricSeries>> parts;
            bool failed = false;
        };
        auto pending = std::make_shared<Pending>();
        pending->remaining = chart.metrics.size();
        pending->parts.resize(chart.metrics.size());
        for (qsizetype i = 0; i < chart.metrics.size(); ++i) {
            m_backend->fetchMetric(ref, {chart.metrics.at(i), start, end}, this,
                                   [this, generation, chart, pending, i](Result<MetricResult> result) {
                                       if (generation != m_generation || pending->failed)
                                           return;
                                       if (!result) {
                                           pending->failed = true;
                                           Q_EMIT chartFailed(chart.key, result.error());
                                           return;
                                       }
                                       QList<MetricSeries> series = result.value().series;
                                       // Several metrics in one chart: name each line after its metric.
                                       if (chart.metrics.size() > 1 && series.size() == 1)
                                           series.first().label = chart.metrics.at(i);
                                       pending->parts[i] = series;
                                       if (--pending->remaining > 0)
                                           return;
                                       QList<MetricSeries> all;
                                       for (const QList<MetricSeries> &part : std::as_const(pending->parts))
                                           all += part;
                                       Q_EMIT chartLoaded(chart.key,
                                                          buildChartData(all, chart.perDevice, chart.scale));
                                   });
        }
    }
    for (const MetricTile &tile : m_backend->metricTiles()) {
        if (!applies(tile, workload))
            continue;
        m_backend->fetchMetric(ref, {tile.metric, start, end}, this,
                               [this, generation, tile](Result<MetricResult> result) {
                                   if (generation != m_generation)
                                       return;
                                   if (!result) {
                                       Q_EMIT tileFailed(tile.key, result.error());
                                       return;
                                   }
                                   std::optional<double> value = result.value().scalar;
                                   if (value)
                                       *value *= tile.scale;
                                   Q_EMIT tileLoaded(tile.key, value);
                               });
    }
}

} // namespace Workdeck
