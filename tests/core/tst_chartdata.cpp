// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/chartdata.h"

#include <QtTest>

using namespace Workdeck;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, minute), Qt::UTC);
}

MetricSeries series(const QString &label, const QList<std::optional<double>> &values)
{
    MetricSeries s;
    s.label = label;
    for (int i = 0; i < values.size(); ++i)
        s.points.append({at(i), values.at(i)});
    return s;
}

} // namespace

// Chart mapping tested as data: gaps, per-GPU series, the average, scaling and ranges.
class TestChartData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nullsBecomeGaps();
    void averageOverGpus();
    void averageSkipsMissingValues();
    void scalingAndRange();
    void allNull();
    void decimationKeepsShapeAndPeaks();
    void pointsForColumnsOfARange();
};

void TestChartData::nullsBecomeGaps()
{
    const ChartData data =
        buildChartData({series(QStringLiteral("gpu0"), {1, 2, std::nullopt, std::nullopt, 5, 6})}, true);
    QCOMPARE(data.lines.size(), 1); // one series: no average
    const ChartLine &line = data.lines.first();
    QCOMPARE(line.segments.size(), 2);
    QCOMPARE(line.segments.at(0).size(), 2);
    QCOMPARE(line.segments.at(1).size(), 2);
    QCOMPARE(line.segments.at(1).first(), QPointF(double(at(4).toMSecsSinceEpoch()), 5));
    QCOMPARE(line.pointCount(), 4);
}

void TestChartData::averageOverGpus()
{
    const ChartData data = buildChartData(
        {series(QStringLiteral("0"), {10, 20, 30}), series(QStringLiteral("1"), {30, 40, 50})}, true);
    QCOMPARE(data.lines.size(), 3);
    const ChartLine &average = data.lines.last();
    QVERIFY(average.isAverage);
    QCOMPARE(average.label, QStringLiteral("Average"));
    QCOMPARE(average.segments.size(), 1);
    QCOMPARE(average.segments.first(), (QList<QPointF>{{double(at(0).toMSecsSinceEpoch()), 20},
                                                       {double(at(1).toMSecsSinceEpoch()), 30},
                                                       {double(at(2).toMSecsSinceEpoch()), 40}}));
    QVERIFY(!buildChartData({series(QStringLiteral("0"), {1}), series(QStringLiteral("1"), {2})}, false)
                 .lines.last()
                 .isAverage);
}

void TestChartData::averageSkipsMissingValues()
{
    // GPU 1 has no value at minute 1: the average there is GPU 0's value; at minute 2 nobody has
    // a value, so the average has a gap too.
    const ChartData data = buildChartData({series(QStringLiteral("0"), {10, 20, std::nullopt, 40}),
                                           series(QStringLiteral("1"), {30, std::nullopt, std::nullopt, 60})},
                                          true);
    const ChartLine &average = data.lines.last();
    QCOMPARE(average.segments.size(), 2);
    QCOMPARE(average.segments.at(0).at(0).y(), 20.0);
    QCOMPARE(average.segments.at(0).at(1).y(), 20.0);
    QCOMPARE(average.segments.at(1).at(0).y(), 50.0);
}

void TestChartData::scalingAndRange()
{
    const double gib = 1024.0 * 1024 * 1024;
    const ChartData data =
        buildChartData({series(QStringLiteral("mem"), {2 * gib, 4 * gib})}, false, 1 / gib);
    QCOMPARE(data.lines.first().segments.first().at(1).y(), 4.0);
    QCOMPARE(data.minimumY, 0.0); // the axis starts at zero for quantities
    QCOMPARE(data.maximumY, 4.0);
    QCOMPARE(data.startMs, at(0).toMSecsSinceEpoch());
    QCOMPARE(data.endMs, at(1).toMSecsSinceEpoch());
}

void TestChartData::allNull()
{
    const ChartData data = buildChartData({series(QStringLiteral("x"), {std::nullopt, std::nullopt})}, true);
    QVERIFY(data.isEmpty());
    QCOMPARE(data.lines.first().segments.size(), 0);
    QVERIFY(data.maximumY > data.minimumY);
    QVERIFY(buildChartData({}, true).isEmpty());
}

void TestChartData::decimationKeepsShapeAndPeaks()
{
    QList<QPointF> points;
    for (int i = 0; i < 10000; ++i)
        points.append({double(i), 50.0 + (i % 10)});
    points[4321].setY(99.5); // a one-sample spike
    points[7777].setY(-3.0); // and a dip
    const QList<QPointF> thin = decimateMinMax(points, 500);
    QVERIFY(thin.size() <= 2 * 500 + 2);
    QVERIFY(thin.size() >= 500);
    QCOMPARE(thin.constFirst(), points.constFirst());
    QCOMPARE(thin.constLast(), points.constLast());
    QVERIFY(thin.contains(points.at(4321)));
    QVERIFY(thin.contains(points.at(7777)));
    QVERIFY(std::is_sorted(thin.cbegin(), thin.cend(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    for (const QPointF &point : thin)
        QVERIFY(points.contains(point)); // only real samples, none made up
    // Few points, no columns, or no span: unchanged.
    const QList<QPointF> few = points.mid(0, 100);
    QCOMPARE(decimateMinMax(few, 500), few);
    QCOMPARE(decimateMinMax(points, 0), points);
    const QList<QPointF> sameX(5000, QPointF(1, 2));
    QCOMPARE(decimateMinMax(sameX, 10), sameX);
}

void TestChartData::pointsForColumnsOfARange()
{
    QList<QPointF> segment; // x 1000..1999: a tenth of a plot showing 0..10000
    for (int i = 1000; i < 2000; ++i)
        segment.append({double(i), double(i % 7)});
    segment[500].setY(50); // a spike, at x 1500
    // A plot of 1000 columns gives this segment the 100 columns it covers: about 200 points, not 1000.
    const QList<QPointF> thin = pointsForColumns(segment, 0, 10000, 1000);
    QVERIFY2(thin.size() <= 2 * 100 + 2, qPrintable(QString::number(thin.size())));
    QVERIFY(thin.size() >= 100);
    QCOMPARE(thin.constFirst(), segment.constFirst());
    QCOMPARE(thin.constLast(), segment.constLast());
    QVERIFY(thin.contains(segment.at(500)));
    // Zoomed to 1400..1600: every sample there, and one on either side so the line reaches the edges.
    const QList<QPointF> zoomed = pointsForColumns(segment, 1400, 1600, 1000);
    QCOMPARE(zoomed.size(), 203);
    QCOMPARE(zoomed.constFirst().x(), 1399.0);
    QCOMPARE(zoomed.constLast().x(), 1601.0);
    // Ranges that start or end inside the segment keep its own first or last point.
    QCOMPARE(pointsForColumns(segment, 1990, 5000, 1000).constFirst().x(), 1989.0);
    QCOMPARE(pointsForColumns(segment, 1990, 5000, 1000).constLast().x(), 1999.0);
    QCOMPARE(pointsForColumns(segment, 0, 1005, 1000).constFirst().x(), 1000.0);
    QCOMPARE(pointsForColumns(segment, 0, 1005, 1000).constLast().x(), 1006.0);
    // Wholly outside the range: nothing to draw.
    QVERIFY(pointsForColumns(segment, 0, 999, 1000).isEmpty());
    QVERIFY(pointsForColumns(segment, 2000, 3000, 1000).isEmpty());
    // No points, or no range: unchanged.
    QVERIFY(pointsForColumns({}, 0, 10, 100).isEmpty());
    QCOMPARE(pointsForColumns(segment, 5, 5, 100), segment);
}

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
