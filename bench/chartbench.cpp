// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Metrics chart figures: one update of the GPU chart with 8 GPUs × 10,000 points each (plus their
// average), from metric results to a repainted chart. Prints figures; asserts nothing.
#include "chartbench.h"

#include "backends/backend.h"
#include "details/metricswidget.h"
#include "domain/chartdata.h"

#include <QCoreApplication>
#include <QtMath>

namespace Workdeck::Bench {

namespace {

QList<MetricSeries> gpuSeries(int gpus, int points, int shift)
{
    const QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    QList<MetricSeries> series;
    for (int gpu = 0; gpu < gpus; ++gpu) {
        MetricSeries one;
        one.label = QStringLiteral("GPU %1").arg(gpu);
        one.points.reserve(points);
        for (int i = 0; i < points; ++i) {
            MetricPoint point;
            point.time = start.addSecs(qint64(i) * 15);
            if ((i + gpu * 37) % 997 != 0) // a few gaps, as a real series has
                point.value = 50 + 40 * qSin(double(i + shift) / 50.0 + gpu);
            one.points.append(point);
        }
        series.append(one);
    }
    return series;
}

} // namespace

QList<Figure> runChartBenchmarks()
{
    QList<Figure> figures;
    MetricChart chart;
    chart.key = QStringLiteral("gpu_utilization");
    chart.title = QStringLiteral("GPU utilization");
    chart.unit = QStringLiteral("%");
    chart.perDevice = true;
    MetricChartPanel panel(chart);
    panel.resize(900, 320);
    panel.show();
    QCoreApplication::processEvents();

    QList<QList<MetricSeries>> inputs;
    for (int run = 0; run < 6; ++run)
        inputs.append(gpuSeries(8, 10000, run * 3));
    QList<double> prepare;
    QList<double> update;
    for (const QList<MetricSeries> &input : std::as_const(inputs)) {
        QElapsedTimer clock;
        clock.start();
        const ChartData data = buildChartData(input, true);
        prepare.append(double(clock.nsecsElapsed()) / 1e6);
        clock.restart();
        panel.showData(data, QDateTime::fromMSecsSinceEpoch(data.startMs, Qt::UTC),
                       QDateTime::fromMSecsSinceEpoch(data.endMs, Qt::UTC));
        panel.chartView()->repaint();
        update.append(double(clock.nsecsElapsed()) / 1e6);
    }
    figures.append({QStringLiteral("chart data, 8 GPUs x 10k points + average"), median(prepare),
                    QStringLiteral("ms"), QString(), true});
    // The first drawing builds series, axes and legend; the live updates after it only replace points.
    const double firstMs = update.takeFirst();
    figures.append({QStringLiteral("chart first draw, 8 GPUs x 10k points"), firstMs, QStringLiteral("ms"),
                    QString(), true});
    const double updateMs = median(update);
    figures.append({QStringLiteral("chart live update + repaint, 8 GPUs x 10k"), updateMs,
                    QStringLiteral("ms"), QStringLiteral("<= 16"), updateMs <= 16});
    return figures;
}

} // namespace Workdeck::Bench
