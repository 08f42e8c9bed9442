// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "backends/backend.h"
#include "domain/chartdata.h"

#include <QObject>

namespace Workdeck {

// Loads the charts and tiles a backend offers for one workload over one time range, and hands
// each out as chart data when all its metrics have arrived. A newer load() makes older answers
// stale; they are dropped.
class MetricsService : public QObject
{
    Q_OBJECT
public:
    explicit MetricsService(Backend *backend, QObject *parent = nullptr);

    QList<MetricChart> charts() const { return m_backend->metricCharts(); }
    QList<MetricTile> tiles() const { return m_backend->metricTiles(); }
    static bool applies(const MetricChart &chart, const Workload &workload);
    static bool applies(const MetricTile &tile, const Workload &workload);

    void load(const Workload &workload, const QDateTime &start, const QDateTime &end);

Q_SIGNALS:
    void chartLoaded(const QString &key, const Workdeck::ChartData &data);
    void chartFailed(const QString &key, const Workdeck::ApiError &error);
    void tileLoaded(const QString &key, std::optional<double> value);
    void tileFailed(const QString &key, const Workdeck::ApiError &error);

private:
    Backend *m_backend;
    quint64 m_generation = 0;
};

} // namespace Workdeck
