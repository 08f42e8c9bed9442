// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxfixture.h"

using namespace Qt::StringLiterals;
using namespace Workdeck::Sandbox;
using Workdeck::Test::HttpAnswer;
using Fixture = Workdeck::Test::SandboxFixture;

// The sandbox's workload metrics: the time grid and its offset, nulls outside the running
// period, the shape of every metric, and the range rules (400) and enum (422) errors.
class TestSandboxMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void metricsGrid_data();
    void metricsGrid();
    void metricsNullsAndShapes();
    void metricsErrors_data();
    void metricsErrors();

private:
    Fixture m_sandbox;
};

void TestSandboxMetrics::init()
{
    m_sandbox.resetClock();
}

void TestSandboxMetrics::cleanup()
{
    m_sandbox.stop();
}

void TestSandboxMetrics::metricsGrid_data()
{
    QTest::addColumn<int>("span");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("offset");
    QTest::newRow("1 hour") << 3600 << 60 << 0;
    QTest::newRow("1 day") << 86400 << 300 << 0;
    QTest::newRow("3 days") << 3 * 86400 << 3600 << 0;
    QTest::newRow("offset kept") << 3600 << 60 << 7200;
}

void TestSandboxMetrics::metricsGrid()
{
    QFETCH(int, span);
    QFETCH(int, step);
    QFETCH(int, offset);
    m_sandbox.start();
    const QString id = m_sandbox.showcase(Showcase::Inference);
    const QDateTime end = m_sandbox.now().addMSecs(-m_sandbox.now().time().msec());
    const QDateTime start = end.addSecs(-span);
    const QString startText =
        offset ? start.toOffsetFromUtc(offset).toString(Qt::ISODate).replace(u"+"_s, u"%2B"_s)
               : Fixture::iso(start).replace(QStringLiteral(".000"), QString());
    const HttpAnswer answer =
        m_sandbox.call(Fixture::path(id, QStringLiteral("/metrics/gpu_memory_utilization?start=%1&end=%2")
                                             .arg(startText, Fixture::iso(m_sandbox.now()))));
    QCOMPARE(answer.status, 200);
    const QJsonObject range = answer.json()[u"range"].toObject();
    QCOMPARE(range[u"interval_seconds"].toInt(), step);
    const QJsonArray timestamps = range[u"timestamps"].toArray();
    QCOMPARE(timestamps.size(), span / step + 1);
    const QJsonArray values = answer.data().first()[u"values"].toArray();
    QCOMPARE(values.size(), timestamps.size());
    const qint64 running = m_sandbox.cluster().workload(id)->runningMicros;
    for (int i = 0; i < timestamps.size(); ++i) {
        const QString stamp = timestamps.at(i).toString();
        QVERIFY2(offset ? stamp.endsWith(u"+02:00") : stamp.endsWith(u'Z'), qPrintable(stamp));
        const QDateTime t = QDateTime::fromString(stamp, Qt::ISODate);
        QCOMPARE(t, start.addSecs(qint64(i) * step));
        QCOMPARE(values.at(i)[u"timestamp"].toString(), stamp);
        QCOMPARE(values.at(i)[u"value"].isNull(), Fixture::micros(t) < running); // null before it ran
    }
    QCOMPARE(range[u"start"].toString(), timestamps.first().toString());
    QCOMPARE(answer.data().first()[u"metadata"][u"label"].toString(),
             QStringLiteral("gpu_memory_utilization"));
    QVERIFY(answer.body.contains(".0,\"timestamp\"")); // floats are written as floats
}

void TestSandboxMetrics::metricsNullsAndShapes()
{
    m_sandbox.start();
    const QString hour =
        QStringLiteral("?start=%1&end=%2")
            .arg(Fixture::iso(m_sandbox.now().addSecs(-3600)), Fixture::iso(m_sandbox.now()));
    const auto metric = [&](Showcase which, const QString &name, const QString &range) {
        return m_sandbox.call(
            Fixture::path(m_sandbox.showcase(which), QStringLiteral("/metrics/") + name + range));
    };
    // Not running: no series, so every point is null.
    for (Showcase which :
         {Showcase::PendingWorkspace, Showcase::DeletedWorkload, Showcase::CompleteFineTuning}) {
        for (const QJsonValue &point : metric(which, QStringLiteral("gpu_device_utilization"), hour)
                                           .data()
                                           .first()[u"values"]
                                           .toArray())
            QVERIFY(point[u"value"].isNull());
    }
    // A failed job has values only while it ran.
    const SimWorkload &failed = *m_sandbox.cluster().workload(m_sandbox.showcase(Showcase::FailedFineTuning));
    const QString day = QStringLiteral("?start=%1&end=%2")
                            .arg(Fixture::iso(m_sandbox.now().addDays(-1)), Fixture::iso(m_sandbox.now()));
    int nonNull = 0;
    for (const QJsonValue &point :
         metric(Showcase::FailedFineTuning, QStringLiteral("gpu_device_utilization"), day)
             .data()
             .first()[u"values"]
             .toArray()) {
        const qint64 t = Fixture::micros(QDateTime::fromString(point[u"timestamp"].toString(), Qt::ISODate));
        const bool ran = t >= failed.runningMicros && t < failed.endMicros;
        QCOMPARE(point[u"value"].isNull(), !ran);
        nonNull += ran && point[u"value"].toDouble() == 4.0; // four GPUs
    }
    QVERIFY(nonNull >= 9); // 47 minutes at 5-minute steps
    const HttpAnswer requests = metric(Showcase::Inference, QStringLiteral("requests"), hour);
    QCOMPARE(requests.data().size(), 2);
    QCOMPARE(requests.data().at(0)[u"metadata"][u"label"].toString(), QStringLiteral("running"));
    QCOMPARE(requests.data().at(1)[u"metadata"][u"label"].toString(), QStringLiteral("waiting"));
    QVERIFY(!requests.data().at(0)[u"values"][0][u"value"].isNull());
    // vLLM metrics of a workspace: the series is there, empty.
    const HttpAnswer workspaceTtft =
        metric(Showcase::JupyterWorkspace, QStringLiteral("time_to_first_token_seconds"), hour);
    QCOMPARE(workspaceTtft.data().size(), 1);
    QVERIFY(workspaceTtft.data().first()[u"values"][0][u"value"].isNull());
    for (const QString &name : SimulatedCluster::scalarMetrics()) {
        const QJsonObject scalar = metric(Showcase::Inference, name, hour).json();
        QVERIFY2(scalar[u"data"].isDouble() && scalar[u"data"].toDouble() >= 0, qPrintable(name));
        QCOMPARE(scalar.contains(u"range"), name != u"total_tokens");
    }
    QVERIFY(metric(Showcase::Inference, QStringLiteral("total_requests"), hour).json()[u"data"].toDouble() >
            0);
    QCOMPARE(metric(Showcase::JupyterWorkspace, QStringLiteral("max_requests"), hour).body.left(11),
             QByteArray(R"({"data":0.0)"));
}

void TestSandboxMetrics::metricsErrors_data()
{
    QTest::addColumn<int>("fromSeconds"); // relative to now
    QTest::addColumn<int>("toSeconds");
    QTest::addColumn<QString>("metric");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::newRow("reversed") << -60 << -3600 << u"requests"_s << 400
                              << u"start time must be before end time"_s;
    QTest::newRow("too old") << -31 * 86400 << -30 * 86400 << u"requests"_s << 400
                             << u"start time must be within the last 30 days"_s;
    QTest::newRow("future") << -60 << 180 << u"requests"_s << 400 << u"end time must not be in the future"_s;
    QTest::newRow("9 days") << -9 * 86400 << 0 << u"requests"_s << 400
                            << u"Time range is too large. Please limit the range to 8 days."_s;
    QTest::newRow("9 days scalar") << -9 * 86400 << 0 << u"max_requests"_s << 400
                                   << u"Time range is too large."_s;
    QTest::newRow("unknown metric") << -60 << 0 << u"gpu_temperature"_s << 422 << u"enum"_s;
}

void TestSandboxMetrics::metricsErrors()
{
    QFETCH(int, fromSeconds);
    QFETCH(int, toSeconds);
    QFETCH(QString, metric);
    QFETCH(int, status);
    QFETCH(QString, detail);
    m_sandbox.start();
    const HttpAnswer answer =
        m_sandbox.call(Fixture::path(m_sandbox.showcase(Showcase::Inference),
                                     QStringLiteral("/metrics/%1?start=%2&end=%3")
                                         .arg(metric, Fixture::iso(m_sandbox.now().addSecs(fromSeconds)),
                                              Fixture::iso(m_sandbox.now().addSecs(toSeconds)))));
    QCOMPARE(answer.status, status);
    if (status == 422) {
        QCOMPARE(answer.firstError()[u"type"].toString(), detail);
        QCOMPARE(answer.firstError()[u"loc"].toArray(), (QJsonArray{u"path"_s, u"metric"_s}));
    } else if (detail.startsWith(u"Time range")) {
        QVERIFY(answer.detail().startsWith(detail));
    } else {
        QVERIFY2(answer.detail().startsWith(
                     QStringLiteral("1 validation error for MetricsTimeRange\n  Value error, ") + detail),
                 qPrintable(answer.detail()));
    }
    QCOMPARE(
        m_sandbox
            .call(Fixture::path(m_sandbox.showcase(Showcase::Inference),
                                QStringLiteral("/metrics/requests?start=") + Fixture::iso(m_sandbox.now())))
            .firstError()[u"type"]
            .toString(),
        QStringLiteral("missing"));
}

QTEST_GUILESS_MAIN(TestSandboxMetrics)
#include "tst_sandboxmetrics.moc"
