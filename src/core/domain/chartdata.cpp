// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartdata.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Workdeck {

qsizetype ChartLine::pointCount() const
{
    qsizetype count = 0;
    for (const QList<QPointF> &segment : segments)
        count += segment.size();
    return count;
}

bool ChartData::isEmpty() const
{
    for (const ChartLine &line : lines) {
        if (line.pointCount() > 0)
            return false;
    }
    return true;
}

namespace {

ChartLine toLine(const QString &label, const QList<MetricPoint> &points, double scale)
{
    ChartLine line;
    line.label = label;
    QList<QPointF> segment;
    for (const MetricPoint &point : points) {
        if (!point.value || !point.time.isValid()) {
            if (!segment.isEmpty())
                line.segments.append(std::exchange(segment, {}));
            continue;
        }
        segment.append(QPointF(double(point.time.toMSecsSinceEpoch()), *point.value * scale));
    }
    if (!segment.isEmpty())
        line.segments.append(segment);
    return line;
}

} // namespace

ChartData buildChartData(const QList<MetricSeries> &series, bool addAverage, double scale)
{
    ChartData data;
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    qint64 start = std::numeric_limits<qint64>::max();
    qint64 end = std::numeric_limits<qint64>::lowest();
    QMap<qint64, std::pair<double, int>> sums; // time → (sum, count) for the average

    for (const MetricSeries &one : series) {
        ChartLine line = toLine(one.label, one.points, scale);
        for (const MetricPoint &point : one.points) {
            if (!point.time.isValid())
                continue;
            const qint64 ms = point.time.toMSecsSinceEpoch();
            start = qMin(start, ms);
            end = qMax(end, ms);
            if (point.value) {
                const double value = *point.value * scale;
                low = qMin(low, value);
                high = qMax(high, value);
                auto &sum = sums[ms];
                sum.first += value;
                ++sum.second;
            }
        }
        data.lines.append(std::move(line));
    }
    if (addAverage && series.size() > 1) {
        MetricSeries average;
        average.label = QCoreApplication::translate("ChartData", "Average");
        for (const MetricSeries &one : series) {
            for (const MetricPoint &point : one.points) {
                if (point.time.isValid() && !sums.contains(point.time.toMSecsSinceEpoch()))
                    sums.insert(point.time.toMSecsSinceEpoch(),
                                {0.0, 0}); // a time with no value anywhere: a gap
            }
        }
        for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
            MetricPoint point;
            point.time = QDateTime::fromMSecsSinceEpoch(it.key(), Qt::UTC);
            if (it.value().second > 0)
                point.value = it.value().first / it.value().second / scale; // toLine scales again
            average.points.append(point);
        }
        ChartLine line = toLine(average.label, average.points, scale);
        line.isAverage = true;
        data.lines.append(std::move(line));
    }
    if (low <= high) {
        data.minimumY = qMin(0.0, low);
        data.maximumY = high > data.minimumY ? high : data.minimumY + 1;
    } else {
        data.maximumY = 1;
    }
    if (start <= end) {
        data.startMs = start;
        data.endMs = end;
    }
    return data;
}

QList<QPointF> decimateMinMax(const QList<QPointF> &points, int buckets)
{
    if (buckets < 1 || points.size() <= qsizetype(buckets) * 2 + 2)
        return points;
    const double first = points.constFirst().x();
    const double span = points.constLast().x() - first;
    if (span <= 0)
        return points;
    QList<QPointF> result;
    result.reserve(qsizetype(buckets) * 2 + 2);
    result.append(points.constFirst());
    qsizetype i = 1;
    const qsizetype last = points.size() - 1;
    for (int bucket = 0; bucket < buckets && i < last; ++bucket) {
        const double end = first + span * double(bucket + 1) / double(buckets);
        qsizetype low = -1;
        qsizetype high = -1;
        for (; i < last && (points.at(i).x() < end || bucket == buckets - 1); ++i) {
            if (low < 0 || points.at(i).y() < points.at(low).y())
                low = i;
            if (high < 0 || points.at(i).y() > points.at(high).y())
                high = i;
        }
        if (low < 0)
            continue; // an empty bucket
        result.append(points.at(qMin(low, high)));
        if (low != high)
            result.append(points.at(qMax(low, high)));
    }
    result.append(points.constLast());
    return result;
}

QList<QPointF> pointsForColumns(const QList<QPointF> &segment, double from, double to, int columns)
{
    if (segment.isEmpty() || !(to > from))
        return segment;
    const auto byX = [](const QPointF &point, double x) { return point.x() < x; };
    auto begin = std::lower_bound(segment.cbegin(), segment.cend(), from, byX);
    auto end = std::upper_bound(segment.cbegin(), segment.cend(), to,
                                [](double x, const QPointF &point) { return x < point.x(); });
    if (begin == segment.cend() && segment.constLast().x() < from)
        return {}; // wholly before the range
    if (end == segment.cbegin() && segment.constFirst().x() > to)
        return {}; // wholly after it
    if (begin != segment.cbegin())
        --begin; // the line comes in from the left edge
    if (end != segment.cend())
        ++end; // and leaves at the right one
    const QList<QPointF> shown = begin == segment.cbegin() && end == segment.cend()
                                     ? segment
                                     : segment.mid(begin - segment.cbegin(), end - begin);
    const double covered = std::min(shown.constLast().x(), to) - std::max(shown.constFirst().x(), from);
    const int buckets = std::max(1, int(std::ceil(double(columns) * std::max(covered, 0.0) / (to - from))));
    return decimateMinMax(shown, buckets);
}

} // namespace Workdeck
