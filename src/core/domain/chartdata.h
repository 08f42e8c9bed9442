// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metric.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace Workdeck {

// A series ready to draw: x in milliseconds since the epoch, y in the chart's unit, split into
// segments wherever the server had no value, so gaps stay gaps instead of lines to zero.
struct ChartLine
{
    QString label;
    QList<QList<QPointF>> segments;
    bool isAverage = false;

    qsizetype pointCount() const;
    bool operator==(const ChartLine &) const = default;
};

struct ChartData
{
    QList<ChartLine> lines;
    double minimumY = 0;
    double maximumY = 0;
    qint64 startMs = 0;
    qint64 endMs = 0;
    bool isEmpty() const; // no point at all
};

// Turns metric results into chart lines. With addAverage and more than one series (one per GPU),
// an "Average" line is added: at each time the mean of the series that have a value there.
// `scale` converts the server's unit (e.g. bytes → GiB).
ChartData buildChartData(const QList<MetricSeries> &series, bool addAverage, double scale = 1.0);

// At most about 2 × buckets points that draw the same line at that many columns: the first and last
// point, and in each bucket (equal spans of x) its lowest and highest point, in x order. Peaks and
// dips survive (a spike of one sample stays visible); lines with few points come back unchanged.
QList<QPointF> decimateMinMax(const QList<QPointF> &points, int buckets);

// What one segment of a line needs for a plot `columns` pixels wide that shows x from `from` to `to`:
// its points inside that range (and one on either side, so the line runs to the plot's edges),
// decimated to the columns the segment covers, not to the whole plot's. A line split by gaps into
// ten segments thus costs about as many points as an unbroken one. Empty when the segment lies
// wholly outside the range.
QList<QPointF> pointsForColumns(const QList<QPointF> &segment, double from, double to, int columns);

} // namespace Workdeck
