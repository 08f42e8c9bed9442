// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxfixture.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace Workdeck::Sandbox;
using Workdeck::Test::HttpAnswer;
using Workdeck::Test::RawStream;
using Fixture = Workdeck::Test::SandboxFixture;

// The sandbox's logs: paging both ways over everything, levels and events, FastAPI's validation,
// the unescaped-'+' quirk, and the live stream read on a bare socket (its chunked framing, the
// backfill, new lines as the injected clock moves, heartbeats, each fault, and clients that go).
class TestSandboxLogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void logsPagingCoversEverything_data();
    void logsPagingCoversEverything();
    void logsLevelsAndEvents();
    void logHistoryHoldsTheLinesAsked();
    void logsValidation_data();
    void logsValidation();
    void plusInQueryIsASpace();
    void streamBackfillNewLinesAndHeartbeat();
    void streamStartTimeOnlyNaive();
    void streamFaults_data();
    void streamFaults();
    void streamErrors();
    void clientDisconnectingMidStream();

private:
    Fixture m_sandbox;
};

void TestSandboxLogs::init()
{
    m_sandbox.resetClock();
}

void TestSandboxLogs::cleanup()
{
    m_sandbox.stop();
}

void TestSandboxLogs::logsPagingCoversEverything_data()
{
    QTest::addColumn<bool>("backward");
    QTest::newRow("forward") << false;
    QTest::newRow("backward") << true;
}

void TestSandboxLogs::logsPagingCoversEverything()
{
    QFETCH(bool, backward);
    m_sandbox.start();
    const QString id = m_sandbox.showcase(Showcase::FailedFineTuning);
    const QDateTime from = m_sandbox.now().addDays(-1);
    const QDateTime to = m_sandbox.now().addSecs(60);
    QStringList expected;
    for (const SimLogEntry &entry : m_sandbox.cluster().logEntries(id, from, to))
        expected << QStringLiteral("%1|%2").arg(entry.micros).arg(entry.message);
    QVERIFY(expected.size() > 1000);
    static const QRegularExpression token(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?\+00:00$)"));
    QStringList seen;
    QString pageToken;
    for (int page = 0; page < 100; ++page) {
        QString query = QStringLiteral("/logs?start=%1&end=%2&limit=400&direction=%3")
                            .arg(Fixture::iso(from), Fixture::iso(to),
                                 backward ? QStringLiteral("backward") : QStringLiteral("forward"));
        if (!pageToken.isEmpty())
            query += QStringLiteral("&page_token=") + QString::fromLatin1(QUrl::toPercentEncoding(pageToken));
        const HttpAnswer answer = m_sandbox.call(Fixture::path(id, query));
        QCOMPARE(answer.status, 200);
        const QJsonObject pagination = answer.json()[u"pagination"].toObject();
        QCOMPARE(pagination[u"total_returned"].toInt(), answer.data().size());
        for (const QJsonValue &entry : answer.data()) {
            const QString stamp = entry[u"timestamp"].toString();
            const QDateTime time = QDateTime::fromString(stamp.left(19) + u'Z', Qt::ISODate);
            const qint64 fraction = stamp.contains(u'.') ? stamp.section(u'.', 1).chopped(1).toLongLong() : 0;
            seen << QStringLiteral("%1|%2")
                        .arg(time.toSecsSinceEpoch() * 1000000 + fraction)
                        .arg(entry[u"message"].toString());
        }
        if (!pagination[u"has_more"].toBool()) {
            QVERIFY(pagination[u"page_token"].isNull());
            break;
        }
        pageToken = pagination[u"page_token"].toString();
        QVERIFY2(token.match(pageToken).hasMatch(), qPrintable(pageToken));
    }
    if (backward)
        std::reverse(seen.begin(), seen.end());
    QCOMPARE(seen, expected); // every entry exactly once, in order
    QVERIFY(seen.last().contains(u"HIP out of memory"));
}

void TestSandboxLogs::logsLevelsAndEvents()
{
    m_sandbox.start();
    const QString range = QStringLiteral("?start=%1&end=%2&limit=10000")
                              .arg(Fixture::iso(m_sandbox.now().addDays(-1)), Fixture::iso(m_sandbox.now()));
    const QString id = m_sandbox.showcase(Showcase::FailedFineTuning);
    const HttpAnswer errors =
        m_sandbox.call(Fixture::path(id, QStringLiteral("/logs") + range + QStringLiteral("&level=error")));
    QVERIFY(errors.data().size() >= 11);
    bool critical = false;
    for (const QJsonValue &entry : errors.data()) {
        QVERIFY(SimulatedCluster::severity(entry[u"level"].toString()) >= 40);
        critical |= entry[u"level"].toString() == u"critical" &&
                    entry[u"message"].toString().contains(u"OutOfMemoryError");
    }
    QVERIFY(critical);
    // "unknown" ranks just above info.
    for (const QJsonValue &entry :
         m_sandbox.call(Fixture::path(id, QStringLiteral("/logs") + range + QStringLiteral("&level=unknown")))
             .data())
        QVERIFY(entry[u"level"].toString() != u"info" && entry[u"level"].toString() != u"debug");
    const QString all =
        QString::fromUtf8(m_sandbox.call(Fixture::path(id, QStringLiteral("/logs") + range)).body);
    for (const char *text :
         {"\\u001b[32mINFO\\u001b[0m", "{\\\"level\\\": \\\"info\\\"", "WARNING: ", "\"level\":\"debug\""})
        QVERIFY2(all.contains(QLatin1String(text)), text);
    const HttpAnswer events =
        m_sandbox.call(Fixture::path(m_sandbox.showcase(Showcase::JupyterWorkspace),
                                     QStringLiteral("/logs") + range + QStringLiteral("&log_type=event")));
    QStringList reasons;
    for (const QJsonValue &entry : events.data())
        reasons << entry[u"message"].toString().section(u':', 0, 0);
    QCOMPARE(reasons, (QStringList{u"FailedScheduling"_s, u"Scheduled"_s, u"Pulling"_s, u"Pulled"_s,
                                   u"Created"_s, u"Started"_s}));
}

void TestSandboxLogs::logsValidation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("detail");
    const QString now = Fixture::iso(QDateTime::currentDateTimeUtc());
    const QString before = Fixture::iso(QDateTime::currentDateTimeUtc().addSecs(-3600));
    QTest::newRow("missing start") << u"end="_s + now << 422 << u"missing"_s << u""_s;
    QTest::newRow("naive end") << u"start="_s + before + u"&end=2026-03-02T09:00:00"_s << 422
                               << u"timezone_aware"_s << u""_s;
    QTest::newRow("limit 0") << u"start="_s + before + u"&end="_s + now + u"&limit=0"_s << 422
                             << u"greater_than_equal"_s << u""_s;
    QTest::newRow("limit 10001") << u"start="_s + before + u"&end="_s + now + u"&limit=10001"_s << 422
                                 << u"less_than_equal"_s << u""_s;
    QTest::newRow("limit text") << u"start="_s + before + u"&end="_s + now + u"&limit=many"_s << 422
                                << u"int_parsing"_s << u""_s;
    QTest::newRow("direction") << u"start="_s + before + u"&end="_s + now + u"&direction=up"_s << 422
                               << u"enum"_s << u""_s;
    QTest::newRow("level") << u"start="_s + before + u"&end="_s + now + u"&level=INFO"_s << 422 << u"enum"_s
                           << u""_s;
    QTest::newRow("log type") << u"start="_s + before + u"&end="_s + now + u"&log_type=pod"_s << 422
                              << u"enum"_s << u""_s;
    QTest::newRow("reversed") << u"start=2026-03-02T10:00:00Z&end=2026-03-02T09:00:00%2B01:00"_s << 400
                              << u""_s
                              << u"Invalid time range: start_date (2026-03-02 10:00:00+00:00) >= end_date "_s
                                 "(2026-03-02 09:00:00+01:00)";
    QTest::newRow("token past end")
        << u"start=2026-03-02T09:00:00Z&end=2026-03-02T10:00:00Z"
           "&page_token=2026-03-02T11:00:00.000001%2B00:00"_s
        << 400 << u""_s
        << u"Invalid time range: start_date (2026-03-02 11:00:00.000001+00:00) >= end_date "_s
           "(2026-03-02 10:00:00+00:00)";
}

void TestSandboxLogs::logsValidation()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, detail);
    m_sandbox.start();
    const HttpAnswer answer = m_sandbox.call(
        Fixture::path(m_sandbox.showcase(Showcase::Inference), QStringLiteral("/logs?") + query));
    QCOMPARE(answer.status, status);
    if (status == 422)
        QCOMPARE(answer.firstError()[u"type"].toString(), type);
    else
        QCOMPARE(answer.detail(), detail);
}

void TestSandboxLogs::plusInQueryIsASpace()
{
    m_sandbox.start();
    const QString base =
        Fixture::path(m_sandbox.showcase(Showcase::Inference),
                      QStringLiteral("/logs?end=%1&start=").arg(Fixture::iso(m_sandbox.now())));
    const QString start = m_sandbox.now().addSecs(-60).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    const HttpAnswer unescaped = m_sandbox.call(base + start + QStringLiteral("+00:00"));
    QCOMPARE(unescaped.status, 422); // Starlette made the '+' a space
    QCOMPARE(unescaped.firstError()[u"input"].toString(), start + QStringLiteral(" 00:00"));
    QCOMPARE(m_sandbox.call(base + start + QStringLiteral("%2B00:00")).status, 200);
    QCOMPARE(m_sandbox.call(base + start + QStringLiteral("Z")).status, 200);
}

void TestSandboxLogs::logHistoryHoldsTheLinesAsked()
{
    // A running workload's log reaches back the lines asked for (as far as it has run), so a client
    // can be measured with a long log; by default 2,400.
    const auto linesBeforeNow = [this](qint64 historyLines) {
        SandboxOptions options;
        options.logHistoryLines = historyLines;
        m_sandbox.start(options);
        const QString id = m_sandbox.showcase(Showcase::Inference);
        const qsizetype count =
            m_sandbox.cluster().logEntries(id, m_sandbox.now().addDays(-30), m_sandbox.now()).size();
        m_sandbox.stop();
        return count;
    };
    const qsizetype usual = linesBeforeNow(defaultLogHistoryLines);
    QVERIFY2(usual >= 2400 && usual <= 2402, qPrintable(QString::number(usual)));
    const qsizetype longer = linesBeforeNow(20000);
    QVERIFY2(longer >= 20000 && longer <= 20002, qPrintable(QString::number(longer)));
    QVERIFY(linesBeforeNow(0) <= 1); // the line written at "now" itself, at most
}

void TestSandboxLogs::streamBackfillNewLinesAndHeartbeat()
{
    SandboxOptions options;
    options.heartbeatIntervalMs = 200;
    options.streamPollIntervalMs = 20;
    options.tailBackfillLimit = 5;
    m_sandbox.start(options);
    const QString id = m_sandbox.showcase(Showcase::Inference);
    const SimWorkload &w = *m_sandbox.cluster().workload(id);
    const auto expected = [&](const QDateTime &from, const QDateTime &to, qsizetype limit) {
        QList<SimLogEntry> entries = m_sandbox.cluster().logs(w, Fixture::micros(from), Fixture::micros(to),
                                                              Fixture::micros(to), 0, false, limit, true);
        std::reverse(entries.begin(), entries.end());
        QStringList out;
        for (const SimLogEntry &entry : entries)
            out << entry.message;
        return out;
    };
    const auto messages = [](const QList<QJsonObject> &entries) {
        QStringList out;
        for (const QJsonObject &entry : entries)
            out << entry[u"message"].toString();
        return out;
    };
    const auto stream = m_sandbox.openStream(id, QStringLiteral("?start_time=") +
                                                     Fixture::naive(m_sandbox.now().addSecs(-10)));
    QTRY_COMPARE(stream->entries().size(), 5); // the backfill: the newest, at most the tail limit
    QCOMPARE(stream->status(), 200);
    QCOMPARE(stream->header("Content-Type"), QByteArray("text/plain; charset=utf-8"));
    QCOMPARE(stream->header("Cache-Control"), QByteArray("no-cache"));
    QCOMPARE(stream->header("Transfer-Encoding"), QByteArray("chunked"));
    QCOMPARE(messages(stream->entries()), expected(m_sandbox.now().addSecs(-10), m_sandbox.now(), 5));
    const QDateTime before = m_sandbox.now();
    m_sandbox.advance(3000); // new lines appear
    const QStringList fresh = expected(before.addMSecs(1), m_sandbox.now(), -1);
    QVERIFY(fresh.size() >= 4);
    QTRY_COMPARE(stream->entries().size(), 5 + fresh.size());
    QCOMPARE(messages(stream->entries()).mid(5), fresh);
    QTRY_VERIFY(stream->heartbeats() >= 2); // nothing new: [HEARTBEAT] after each silence
    QVERIFY(stream->framingValid());
    QVERIFY(!stream->terminated() && !stream->disconnected()); // never ends by itself
    QVERIFY(stream->body().contains("data: [HEARTBEAT]\n\n"));
}

void TestSandboxLogs::streamStartTimeOnlyNaive()
{
    SandboxOptions options;
    options.tailBackfillLimit = 50;
    m_sandbox.start(options);
    const QString id = m_sandbox.showcase(Showcase::Inference);
    // An aware start_time is ignored (now - 15 days): the backfill is the whole tail limit.
    const auto aware =
        m_sandbox.openStream(id, QStringLiteral("?start_time=") + Fixture::iso(m_sandbox.now().addSecs(-1)));
    QTRY_COMPARE(aware->entries().size(), 50);
    const auto naiveStart = m_sandbox.openStream(id, QStringLiteral("?start_time=") +
                                                         Fixture::naive(m_sandbox.now().addSecs(-2)));
    const qsizetype lastTwoSeconds =
        m_sandbox.server()
            .cluster()
            .logEntries(id, m_sandbox.now().addSecs(-2), m_sandbox.now().addMSecs(1))
            .size();
    QVERIFY(lastTwoSeconds > 0 && lastTwoSeconds < 10);
    QTRY_COMPARE(naiveStart->entries().size(), lastTwoSeconds);
}

void TestSandboxLogs::streamFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("drop") << u"drop"_s;
    QTest::newRow("error frame") << u"error"_s;
    QTest::newRow("silent") << u"silent"_s;
}

void TestSandboxLogs::streamFaults()
{
    QFETCH(QString, fault);
    SandboxOptions options;
    options.heartbeatIntervalMs = 60;
    options.streamPollIntervalMs = 10;
    m_sandbox.start(options);
    FaultOptions faults;
    (fault == u"drop"    ? faults.dropStreamAfterFrames
     : fault == u"error" ? faults.errorFrameAfterFrames
                         : faults.silentStreamAfterFrames) = 3;
    m_sandbox.server().setFaults(faults); // for streams opened from now on
    const auto stream = m_sandbox.openStream(m_sandbox.showcase(Showcase::Inference));
    if (fault == u"drop") {
        QTRY_VERIFY(stream->disconnected());
        QCOMPARE(stream->frames().size(), 3);
        QVERIFY(!stream->terminated()); // cut, not ended
    } else if (fault == u"error") {
        QTRY_VERIFY(stream->terminated());
        QCOMPARE(stream->frames().size(), 4);
        QCOMPARE(stream->frames().last(), QByteArray(R"({"error": "Loki connection lost"})"));
    } else {
        QTRY_COMPARE(stream->frames().size(), 3);
        QTest::qWait(5 * options.heartbeatIntervalMs);
        QCOMPARE(stream->frames().size(), 3); // not even heartbeats
        QVERIFY(!stream->terminated() && !stream->disconnected());
    }
    QVERIFY(stream->framingValid());
    m_sandbox.server().setFaults({});
    const auto healthy = m_sandbox.openStream(m_sandbox.showcase(Showcase::Inference));
    QTRY_VERIFY(healthy->entries().size() >= 10);
}

void TestSandboxLogs::streamErrors()
{
    m_sandbox.start();
    const QString id = m_sandbox.showcase(Showcase::Inference);
    const auto tooSlow = m_sandbox.openStream(id, QStringLiteral("?delay=6")); // accepted, but Loki refuses
    QTRY_VERIFY(tooSlow->terminated());
    QCOMPARE(tooSlow->status(), 200);
    QCOMPARE(tooSlow->frames(), (QList<QByteArray>{"{\"error\": \"delay_for can't be greater than 5\"}"}));
    const auto outOfRange = m_sandbox.openStream(id, QStringLiteral("?delay=31"));
    QTRY_VERIFY(!outOfRange->head().isEmpty());
    QCOMPARE(outOfRange->status(), 422);
    const QString missing = QStringLiteral("00000000-0000-4000-8000-000000000000");
    const HttpAnswer notFound = m_sandbox.call(Fixture::path(missing, QStringLiteral("/logs/stream")));
    QCOMPARE(notFound.status, 404);
    QCOMPARE(notFound.detail(), QStringLiteral("Workload with ID %1 not found").arg(missing));
    QCOMPARE(m_sandbox.call(Fixture::path(id, QStringLiteral("/logs/stream")), {}).status, 401);
    QCOMPARE(m_sandbox.call(Fixture::path(id, QStringLiteral("/logs/stream?level=loud")))
                 .firstError()[u"loc"]
                 .toArray(),
             (QJsonArray{u"query"_s, u"level"_s}));
}

void TestSandboxLogs::clientDisconnectingMidStream()
{
    SandboxOptions options;
    options.timeScale = 50;
    options.streamPollIntervalMs = 5;
    options.clock = [] { return QDateTime::currentDateTimeUtc(); };
    m_sandbox.start(options);
    const QString id = m_sandbox.showcase(Showcase::Inference);
    for (int i = 0; i < 5; ++i) {
        QNetworkRequest stream(QUrl(m_sandbox.server().baseUrl().toString() +
                                    Fixture::path(id, QStringLiteral("/logs/stream"))));
        stream.setRawHeader("Authorization", "Bearer " + m_sandbox.server().token().toUtf8());
        QNetworkReply *reply = m_sandbox.network().get(stream);
        QVERIFY(QSignalSpy(reply, &QNetworkReply::readyRead).wait(5000));
        reply->abort(); // the server must stop writing, not write to the dead socket
        reply->deleteLater();
        QTest::qWait(30);
    }
    // Gone while an answer waits out its latency, and while streams are open at shutdown.
    FaultOptions faults;
    faults.latencyMs = 100;
    m_sandbox.server().setFaults(faults);
    auto waiting = m_sandbox.openStream(id);
    auto list = std::make_unique<RawStream>(m_sandbox.server().port(), QStringLiteral("/v1/namespaces"),
                                            "Bearer " + m_sandbox.server().token().toUtf8());
    QTest::qWait(20);
    waiting->close();
    list->close();
    QTest::qWait(150);
    m_sandbox.server().setFaults({});
    QCOMPARE(m_sandbox.call(QStringLiteral("/v1/health"), {}).status, 200);
    const auto open = m_sandbox.openStream(id);
    QTRY_VERIFY(!open->entries().isEmpty());
    m_sandbox.stop(); // streams open at shutdown
    QTRY_VERIFY(open->disconnected());
}

QTEST_GUILESS_MAIN(TestSandboxLogs)
#include "tst_sandboxlogs.moc"
