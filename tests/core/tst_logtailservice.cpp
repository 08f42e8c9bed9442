// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/accesstokensource.h"
#include "api/apiclient.h"
#include "backends/aiwbbackend.h"
#include "sandboxconnection.h"
#include "services/logtailservice.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace Workdeck;

// The reconnecting tail against the sandbox with faults injected: whatever happens to the
// connection, the delivered lines equal the server's log with no gap and no duplicate.
class TestLogTailService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void followsWithoutFaults();
    void recoversFromDroppedConnections();
    void recoversFromErrorFrames();
    void recoversFromSilence();
    void survivesServerRestart();
    void endsOnPermanentErrors();
    void seenLinesAreNotRepeated();

private:
    Workload runningInference()
    {
        return m_connection->find(WorkloadType::Inference, WorkloadStatus::Running);
    }
    QList<LogEntry> serverLog(const Workload &workload); // all entries, oldest first, via paging
    static QStringList keys(const QList<LogEntry> &entries);
    void expectContiguous(const QList<LogEntry> &delivered, const Workload &workload);

    std::unique_ptr<Test::SandboxConnection> m_connection;
    AiwbBackend *m_backend = nullptr;
};

void TestLogTailService::init()
{
    Sandbox::SandboxOptions options;
    options.seed = 5;
    options.workloadCount = 18;
    options.token = QStringLiteral("tail-token");
    options.timeScale = 40; // many lines per second
    options.heartbeatIntervalMs = 200;
    options.streamPollIntervalMs = 20;
    options.tailBackfillLimit = 10000;
    m_connection = std::make_unique<Test::SandboxConnection>(options);
    QVERIFY(m_connection->isListening());
    m_backend = &m_connection->backend();
}

void TestLogTailService::cleanup()
{
    m_backend = nullptr;
    m_connection.reset();
}

QList<LogEntry> TestLogTailService::serverLog(const Workload &workload)
{
    QList<LogEntry> all;
    QString token;
    const QDateTime end = QDateTime::currentDateTimeUtc().addSecs(120);
    for (int page = 0; page < 1000; ++page) {
        LogQuery query;
        query.start = end.addDays(-20);
        query.end = end;
        query.backward = false;
        query.limit = 10000;
        query.pageToken = token;
        std::optional<Result<LogPage>> result;
        QObject context;
        m_backend->fetchLogs(WorkloadRef::of(workload), query, &context,
                             [&](Result<LogPage> r) { result = std::move(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        if (!result || !*result)
            break;
        all += result->value().entries;
        if (!result->value().hasMore)
            break;
        token = result->value().pageToken;
    }
    return all;
}

QStringList TestLogTailService::keys(const QList<LogEntry> &entries)
{
    QStringList out;
    for (const LogEntry &entry : entries)
        out << entry.rawTimestamp + QLatin1Char('|') + entry.message;
    return out;
}

void TestLogTailService::expectContiguous(const QList<LogEntry> &delivered, const Workload &workload)
{
    const QStringList got = keys(delivered);
    QVERIFY(!got.isEmpty());
    QCOMPARE(QSet<QString>(got.begin(), got.end()).size(), got.size()); // no duplicates
    const QStringList all = keys(serverLog(workload));
    const qsizetype first = all.indexOf(got.first());
    QVERIFY2(first >= 0, qPrintable(got.first()));
    // The delivered lines are exactly a contiguous stretch of the server's log: nothing lost.
    const QStringList expected = all.mid(first, got.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        if (got.at(i) != expected.value(i)) {
            qWarning().noquote() << "first difference at" << i << "of" << got.size();
            for (qsizetype j = qMax<qsizetype>(0, i - 3); j < qMin(got.size(), i + 3); ++j)
                qWarning().noquote() << " got" << got.at(j).left(40) << " expected"
                                     << expected.value(j).left(40);
            break;
        }
    }
    QCOMPARE(got, expected);
}

void TestLogTailService::followsWithoutFaults()
{
    const Workload workload = runningInference();
    QVERIFY(!workload.id.isEmpty());
    LogTailService tail(m_backend);
    QList<LogEntry> delivered;
    connect(&tail, &LogTailService::entriesArrived, this, [&](const QList<LogEntry> &e) { delivered += e; });
    tail.start(WorkloadRef::of(workload));
    QTRY_VERIFY_WITH_TIMEOUT(delivered.size() > 150, 15000);
    QCOMPARE(tail.state(), LogTailService::State::Streaming);
    QCOMPARE(tail.stateText(), QStringLiteral("Streaming"));
    QCOMPARE(tail.reconnectCount(), 0);
    tail.stop();
    expectContiguous(delivered, workload);
}

void TestLogTailService::recoversFromDroppedConnections()
{
    Sandbox::FaultOptions faults;
    faults.dropStreamAfterFrames = 25;
    m_connection->sandbox().setFaults(faults);
    const Workload workload = runningInference();
    LogTailService tail(m_backend);
    tail.setBackoff(50, 400);
    QList<LogEntry> delivered;
    QSignalSpy states(&tail, &LogTailService::stateChanged);
    connect(&tail, &LogTailService::entriesArrived, this, [&](const QList<LogEntry> &e) { delivered += e; });
    tail.start(WorkloadRef::of(workload));
    QTRY_VERIFY_WITH_TIMEOUT(tail.reconnectCount() >= 4 && delivered.size() > 120, 20000);
    tail.stop();
    bool sawReconnecting = false;
    for (const auto &arguments : states)
        sawReconnecting |=
            arguments.at(0).value<LogTailService::State>() == LogTailService::State::Reconnecting;
    QVERIFY(sawReconnecting);
    expectContiguous(delivered, workload);
}

void TestLogTailService::recoversFromErrorFrames()
{
    Sandbox::FaultOptions faults;
    faults.errorFrameAfterFrames = 30;
    m_connection->sandbox().setFaults(faults);
    const Workload workload = runningInference();
    LogTailService tail(m_backend);
    tail.setBackoff(50, 400);
    QList<LogEntry> delivered;
    QString lastReason;
    connect(&tail, &LogTailService::entriesArrived, this, [&](const QList<LogEntry> &e) { delivered += e; });
    connect(&tail, &LogTailService::stateChanged, this,
            [&](LogTailService::State state, const QString &reason) {
                if (state == LogTailService::State::Reconnecting)
                    lastReason = reason;
            });
    tail.start(WorkloadRef::of(workload));
    QTRY_VERIFY_WITH_TIMEOUT(tail.reconnectCount() >= 3 && delivered.size() > 100, 20000);
    tail.stop();
    QVERIFY2(lastReason.startsWith(u"the server reported:"), qPrintable(lastReason));
    expectContiguous(delivered, workload);
}

void TestLogTailService::recoversFromSilence()
{
    Sandbox::FaultOptions faults;
    faults.silentStreamAfterFrames = 20;
    m_connection->sandbox().setFaults(faults);
    const Workload workload = runningInference();
    LogTailService tail(m_backend);
    tail.setSilenceTimeoutMs(600); // 60 s in production; the rule is the same
    tail.setBackoff(50, 200);
    QList<LogEntry> delivered;
    connect(&tail, &LogTailService::entriesArrived, this, [&](const QList<LogEntry> &e) { delivered += e; });
    tail.start(WorkloadRef::of(workload));
    QTRY_VERIFY_WITH_TIMEOUT(tail.reconnectCount() >= 2, 20000);
    tail.stop();
    expectContiguous(delivered, workload);
}

void TestLogTailService::survivesServerRestart()
{
    const Workload workload = runningInference();
    LogTailService tail(m_backend);
    tail.setBackoff(100, 300);
    QList<LogEntry> delivered;
    connect(&tail, &LogTailService::entriesArrived, this, [&](const QList<LogEntry> &e) { delivered += e; });
    tail.start(WorkloadRef::of(workload));
    QTRY_VERIFY_WITH_TIMEOUT(delivered.size() > 30, 15000);

    // The server goes away and comes back on the same port with the same (seeded) cluster.
    m_connection->stopSandbox();
    QTRY_COMPARE_WITH_TIMEOUT(tail.state(), LogTailService::State::Reconnecting, 10000);
    QTest::qWait(400); // a few failed attempts while it is down
    m_connection->restartSandbox();
    const qsizetype before = delivered.size();
    QTRY_VERIFY_WITH_TIMEOUT(
        delivered.size() > before + 50 && tail.state() == LogTailService::State::Streaming, 20000);
    tail.stop();
    expectContiguous(delivered, workload);
}

void TestLogTailService::endsOnPermanentErrors()
{
    LogTailService tail(m_backend);
    QSignalSpy states(&tail, &LogTailService::stateChanged);
    tail.start(
        {QStringLiteral("research-and-development"), QStringLiteral("00000000-0000-4000-8000-000000000000")});
    QTRY_COMPARE_WITH_TIMEOUT(tail.state(), LogTailService::State::Ended, 10000);
    QVERIFY2(tail.stateText().contains(u"404"), qPrintable(tail.stateText()));
    QCOMPARE(tail.reconnectCount(), 0);
}

void TestLogTailService::seenLinesAreNotRepeated()
{
    const Workload workload = runningInference();
    const QList<LogEntry> history = serverLog(workload);
    QVERIFY(history.size() > 10);
    LogTailService tail(m_backend);
    tail.seen(history);
    QList<LogEntry> delivered;
    connect(&tail, &LogTailService::entriesArrived, this, [&](const QList<LogEntry> &e) { delivered += e; });
    LogStreamQuery query;
    query.resumeFromTimestamp = history.last().rawTimestamp;
    tail.start(WorkloadRef::of(workload), query);
    QTRY_VERIFY_WITH_TIMEOUT(delivered.size() > 20, 15000);
    tail.stop();
    // History followed by the stream is the server's log with nothing twice and nothing missing.
    expectContiguous(history + delivered, workload);
}

QTEST_GUILESS_MAIN(TestLogTailService)
#include "tst_logtailservice.moc"
