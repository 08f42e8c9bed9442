// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loglinemodel.h"
#include "text/ansiparser.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

using namespace Workdeck;

namespace {

LogEntry entry(int n, LogLevel level = LogLevel::Info, const QString &message = {})
{
    LogEntry e;
    e.rawTimestamp = microsToIsoTimestamp(qint64(1772442000) * 1000000 + n * 1000 + 7);
    e.level = level;
    e.message = message.isEmpty() ? QStringLiteral("line %1").arg(n) : message;
    return e;
}

QList<LogEntry> entries(int from, int count, LogLevel level = LogLevel::Info)
{
    QList<LogEntry> list;
    for (int i = from; i < from + count; ++i)
        list << entry(i, level);
    return list;
}

QStringList texts(const LogLineModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row).data().toString();
    return out;
}

} // namespace

class TestLogLineModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timestamps();
    void appendsAreBatchedPerFrame();
    void aBurstIsPreparedInStepsInOrder();
    void clearDropsLinesBeingPrepared();
    void capacityCountsLinesBeingPrepared();
    void evictsOldestAtCapacity();
    void batchLargerThanCapacity();
    void levelFilterAtOrAbove();
    void evictionWithLevelFilter();
    void prependsOlderPages();
    void searchPlainAndRegex();
    void ansiIsStrippedForTextAndSearch();
    void regexOptionsAndUnicode();
    void loneSurrogatesAreReplaced();
    void textKeptExactlyLatin1OrNot();
    void searchAcrossThreadSlicesKeepsOrder();
    void lineTextForCopy();
};

void TestLogLineModel::timestamps()
{
    QCOMPARE(isoTimestampToMicros(QStringLiteral("2026-03-02T09:20:11.402113Z")) % 1000000, 402113);
    QCOMPARE(isoTimestampToMicros(QStringLiteral("2026-03-02T09:20:11.402113+00:00")),
             isoTimestampToMicros(QStringLiteral("2026-03-02T09:20:11.402113Z")));
    QCOMPARE(isoTimestampToMicros(QStringLiteral("2026-03-02T09:20:11.4Z")) % 1000000, 400000);
    QCOMPARE(isoTimestampToMicros(QStringLiteral("2026-03-02T09:20:11Z")) % 1000000, 0);
    QCOMPARE(isoTimestampToMicros(QStringLiteral("garbage")), 0);
    const QString raw = QStringLiteral("2026-03-02T09:20:11.000001Z");
    QCOMPARE(microsToIsoTimestamp(isoTimestampToMicros(raw)), raw);
}

void TestLogLineModel::appendsAreBatchedPerFrame()
{
    LogLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 100; ++i)
        model.enqueue(entries(i * 10, 10));
    QCOMPARE(model.rowCount(), 0); // nothing until the frame
    QCOMPARE(model.pendingCount(), 1000);
    QTRY_COMPARE(model.rowCount(), 1000);
    QCOMPARE(inserted.count(), 1); // one insertion for the whole burst
    QCOMPARE(model.index(999).data().toString(), QStringLiteral("line 999"));
}

void TestLogLineModel::aBurstIsPreparedInStepsInOrder()
{
    // A burst takes several event-loop turns to prepare; lines arriving meanwhile go after it.
    LogLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const int burst = 200000;
    model.enqueue(entries(0, burst));
    int late = 0;
    QElapsedTimer waited;
    waited.start();
    while (model.pendingCount() > 0 && waited.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        if (late < 50)
            model.enqueue(entries(burst + late++, 1));
    }
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(model.rowCount(), burst + late);
    QVERIFY(inserted.count() <= 1 + late); // a frame's lines in one insertion
    for (int row : {0, 1, burst / 2, burst - 1, burst, burst + late - 1})
        QCOMPARE(model.index(row).data().toString(), QStringLiteral("line %1").arg(row));
    const QStringList all = texts(model);
    for (int row = 0; row < all.size(); ++row) {
        if (all.at(row) != QStringLiteral("line %1").arg(row))
            QFAIL(qPrintable(QStringLiteral("row %1 is %2").arg(row).arg(all.at(row))));
    }
}

void TestLogLineModel::clearDropsLinesBeingPrepared()
{
    LogLineModel model;
    model.enqueue(entries(0, 100000));
    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents); // preparing, perhaps done
    model.clear();
    QCOMPARE(model.pendingCount(), 0);
    QTest::qWait(100);
    QCOMPARE(model.rowCount(), 0);
    model.enqueue(entries(7, 1));
    model.flush();
    QCOMPARE(texts(model), QStringList{QStringLiteral("line 7")});
}

void TestLogLineModel::capacityCountsLinesBeingPrepared()
{
    // More than the buffer holds arrives while the first part is being prepared: the newest stay.
    LogLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(100000);
    model.enqueue(entries(0, 100000));
    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents); // a first step, or all of it
    model.enqueue(entries(100000, 60000));
    QVERIFY(model.pendingCount() + model.rowCount() <= 160000);
    QTRY_COMPARE(model.pendingCount(), 0);
    QCOMPARE(model.rowCount(), 100000);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("line 60000"));
    QCOMPARE(model.index(99999).data().toString(), QStringLiteral("line 159999"));
}

void TestLogLineModel::evictsOldestAtCapacity()
{
    LogLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(100);
    QSignalSpy evicted(&model, &LogLineModel::linesEvicted);
    model.enqueue(entries(0, 80));
    model.flush();
    model.enqueue(entries(80, 50));
    model.flush();
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.evictedCount(), 30);
    QCOMPARE(evicted.count(), 1);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("line 30"));
    QCOMPARE(model.index(99).data().toString(), QStringLiteral("line 129"));
    model.setCapacity(10); // shrinking drops the oldest too
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("line 120"));
}

void TestLogLineModel::batchLargerThanCapacity()
{
    LogLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(50);
    model.enqueue(entries(0, 20));
    model.flush();
    model.enqueue(entries(20, 500));
    model.flush();
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("line 470"));
    QCOMPARE(model.index(49).data().toString(), QStringLiteral("line 519"));
}

void TestLogLineModel::levelFilterAtOrAbove()
{
    LogLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<LogLevel> levels = {LogLevel::Trace,   LogLevel::Debug, LogLevel::Info,    LogLevel::Unknown,
                                    LogLevel::Warning, LogLevel::Error, LogLevel::Critical};
    QList<LogEntry> list;
    for (int i = 0; i < levels.size(); ++i)
        list << entry(i, levels.at(i), logLevelToApiString(levels.at(i)));
    model.enqueue(list);
    model.flush();
    QCOMPARE(model.rowCount(), 7);
    model.setMinimumLevel(LogLevel::Warning);
    QCOMPARE(texts(model),
             (QStringList{QStringLiteral("warning"), QStringLiteral("error"), QStringLiteral("critical")}));
    model.setMinimumLevel(LogLevel::Info); // unknown counts as above info, as in AIWB
    QCOMPARE(texts(model).size(), 5);
    QVERIFY(texts(model).contains(QStringLiteral("unknown")));
    // New lines respect the filter.
    model.enqueue({entry(10, LogLevel::Debug), entry(11, LogLevel::Error, QStringLiteral("late error"))});
    model.flush();
    QCOMPARE(texts(model).last(), QStringLiteral("late error"));
    QCOMPARE(model.retainedCount(), 9);
    model.setMinimumLevel(LogLevel::Trace);
    QCOMPARE(model.rowCount(), 9);
}

void TestLogLineModel::evictionWithLevelFilter()
{
    LogLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(10);
    model.setMinimumLevel(LogLevel::Error);
    QList<LogEntry> list;
    for (int i = 0; i < 10; ++i)
        list << entry(i, i % 2 ? LogLevel::Error : LogLevel::Info);
    model.enqueue(list);
    model.flush();
    QCOMPARE(model.rowCount(), 5);
    model.enqueue(entries(10, 4, LogLevel::Info)); // evicts lines 0-3: two of them were visible
    model.flush();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("line 5"));
}

void TestLogLineModel::prependsOlderPages()
{
    LogLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(25);
    model.enqueue(entries(100, 10));
    model.flush();
    QCOMPARE(model.prependOlder(entries(90, 10)), 10);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("line 90"));
    QCOMPARE(model.index(10).data().toString(), QStringLiteral("line 100"));
    // Only 5 more fit; the newest of the older page are kept, next to what is shown.
    QCOMPARE(model.prependOlder(entries(80, 10)), 5);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("line 85"));
    QCOMPARE(model.prependOlder(entries(70, 10)), 0);
    model.setMinimumLevel(LogLevel::Error);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.prependOlder({}), 0);
}

void TestLogLineModel::searchPlainAndRegex()
{
    LogLineModel model;
    model.enqueue({entry(0, LogLevel::Info, QStringLiteral("Epoch 1 loss=0.9")),
                   entry(1, LogLevel::Error, QStringLiteral("torch.OutOfMemoryError: CUDA out of memory")),
                   entry(2, LogLevel::Info, QStringLiteral("Epoch 2 loss=0.7")),
                   entry(3, LogLevel::Critical, QStringLiteral("RuntimeError: HIP out of memory"))});
    model.flush();
    QCOMPARE(model.findMatches(QStringLiteral("out of memory"), Qt::CaseInsensitive), (QList<int>{1, 3}));
    QCOMPARE(model.findMatches(QStringLiteral("EPOCH"), Qt::CaseSensitive), QList<int>{});
    QCOMPARE(model.findMatches(QRegularExpression(QStringLiteral("loss=0\\.[0-8]"))), QList<int>{2});
    QCOMPARE(model.findMatches(QRegularExpression(QStringLiteral("(unclosed"))),
             QList<int>{});                 // invalid: no matches
    model.setMinimumLevel(LogLevel::Error); // rows are visible rows
    QCOMPARE(model.findMatches(QStringLiteral("memory"), Qt::CaseInsensitive), (QList<int>{0, 1}));
}

void TestLogLineModel::ansiIsStrippedForTextAndSearch()
{
    LogLineModel model;
    const QString coloured =
        QChar(0x1b) + QStringLiteral("[32mINFO") + QChar(0x1b) + QStringLiteral("[0m server ready");
    model.enqueue({entry(0, LogLevel::Info, coloured)});
    model.flush();
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("INFO server ready"));
    QCOMPARE(model.index(0).data(LogLineModel::MessageRole).toString(), coloured);
    QCOMPARE(model.findMatches(QStringLiteral("INFO server"), Qt::CaseSensitive), QList<int>{0});
    QVERIFY(model.findMatches(QStringLiteral("[32m"), Qt::CaseSensitive).isEmpty());
}

void TestLogLineModel::regexOptionsAndUnicode()
{
    LogLineModel model;
    const QString coloured =
        QChar(0x1b) + QStringLiteral("[31mERROR") + QChar(0x1b) + QStringLiteral("[0m: boom");
    model.enqueue({entry(0, LogLevel::Info, QStringLiteral("Größe überschritten: 12 GiB")),
                   entry(1, LogLevel::Error, coloured),
                   entry(2, LogLevel::Info, QStringLiteral("emoji \U0001F525 line")),
                   entry(3, LogLevel::Info, QStringLiteral("error in lower case"))});
    model.flush();
    QCOMPARE(model.findMatches(QRegularExpression(QStringLiteral("^ERROR: "))),
             QList<int>{1}); // matched as shown
    QCOMPARE(model.findMatches(
                 QRegularExpression(QStringLiteral("error"), QRegularExpression::CaseInsensitiveOption)),
             (QList<int>{1, 3}));
    QCOMPARE(model.findMatches(QRegularExpression(QStringLiteral("error"))), QList<int>{3});
    QCOMPARE(model.findMatches(QRegularExpression(QStringLiteral("größe"))), QList<int>{});
    QCOMPARE(model.findMatches(
                 QRegularExpression(QStringLiteral("grÖße"), QRegularExpression::CaseInsensitiveOption)),
             QList<int>{0});
    QCOMPARE(model.findMatches(QRegularExpression(QStringLiteral("emoji .\\s"))),
             QList<int>{2}); // one code point
    QCOMPARE(model.findMatches(QRegularExpression(QStringLiteral("\\d+ GiB$"))), QList<int>{0});
}

void TestLogLineModel::loneSurrogatesAreReplaced()
{
    LogLineModel model;
    QString broken = QStringLiteral("bad ");
    broken += QChar(0xd800);
    broken += QStringLiteral(" surrogate ");
    broken += QChar(0xdc00);
    model.enqueue({entry(0, LogLevel::Info, broken)});
    model.prependOlder({entry(-1, LogLevel::Info, QString(QChar(0xdbff)))});
    model.flush();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("bad ") + QChar(QChar::ReplacementCharacter) +
                                                   QStringLiteral(" surrogate ") +
                                                   QChar(QChar::ReplacementCharacter));
    QCOMPARE(model.index(0).data().toString(), QString(QChar(QChar::ReplacementCharacter)));
    QCOMPARE(model.findMatches(QRegularExpression(QStringLiteral("bad . surrogate"))), QList<int>{1});
}

void TestLogLineModel::textKeptExactlyLatin1OrNot()
{
    // Latin-1 lines are kept as bytes, others as UTF-16: both come back exactly, are stripped of
    // escapes alike, and are found by text and regular expression, in one slice and in several.
    const QStringList messages = {
        QStringLiteral("plain ascii 0.42"),
        QStringLiteral("Grüße aus Köln, 5 °C"),
        QStringLiteral("loss … 0.4 \u2713 done"),
        QStringLiteral("\U0001F680 launched on gpu-0"),
        QStringLiteral("\x1b[31mERROR\x1b[0m été"),
        QStringLiteral("\x1b[32m\u2713 ok\x1b[0m Köln"),
        QString(),
    };
    for (const int copies : {1, 4000}) {
        LogLineModel model;
        QList<LogEntry> list;
        for (int i = 0; i < copies * int(messages.size()); ++i) {
            LogEntry e = entry(i, LogLevel::Info, messages.at(i % messages.size()));
            e.message = messages.at(i % messages.size()); // the empty one too
            list << e;
        }
        model.enqueue(list);
        model.flush();
        QCOMPARE(model.rowCount(), list.size());
        for (int row = 0; row < int(messages.size()); ++row) {
            const QModelIndex index = model.index(row);
            QCOMPARE(index.data(LogLineModel::MessageRole).toString(), messages.at(row));
            QCOMPARE(index.data(LogLineModel::PlainTextRole).toString(), Ansi::strip(messages.at(row)));
            QCOMPARE(model.plainText(row), Ansi::strip(messages.at(row)));
        }
        const auto every = [&](std::initializer_list<int> rows) {
            QList<int> expected;
            for (int copy = 0; copy < copies; ++copy) {
                for (const int row : rows)
                    expected << copy * int(messages.size()) + row;
            }
            return expected;
        };
        QCOMPARE(model.findMatches(QStringLiteral("KÖLN"), Qt::CaseInsensitive), every({1, 5}));
        QCOMPARE(model.findMatches(QStringLiteral("\u2713 OK"), Qt::CaseInsensitive), every({5}));
        QCOMPARE(model.findMatches(QStringLiteral("error été"), Qt::CaseInsensitive), every({4}));
        QCOMPARE(model.findMatches(QStringLiteral("0.4"), Qt::CaseSensitive), every({0, 2}));
        QCOMPARE(model.findMatches(QRegularExpression(QStringLiteral("^\\S+ launched"))), every({3}));
        QCOMPARE(model.findMatches(QRegularExpression(QStringLiteral("\\d \u00b0C$"))), every({1}));
    }
}

void TestLogLineModel::searchAcrossThreadSlicesKeepsOrder()
{
    // Enough lines for the search to be split among threads; the rows still come back in order.
    LogLineModel model;
    QList<LogEntry> list;
    for (int i = 0; i < 50000; ++i)
        list << entry(i, LogLevel::Info,
                      i % 997 == 0 ? QStringLiteral("needle %1").arg(i) : QStringLiteral("hay %1").arg(i));
    model.enqueue(list);
    model.flush();
    QList<int> expected;
    for (int i = 0; i < 50000; i += 997)
        expected << i;
    QCOMPARE(model.findMatches(QStringLiteral("needle"), Qt::CaseSensitive), expected);
    QCOMPARE(model.findMatches(QRegularExpression(QStringLiteral("^needle \\d+$"))), expected);
}

void TestLogLineModel::lineTextForCopy()
{
    LogLineModel model;
    LogEntry e = entry(0, LogLevel::Warning, QStringLiteral("disk almost full"));
    e.rawTimestamp = QStringLiteral("2026-03-02T09:20:11.402113Z");
    e.source = QStringLiteral("trainer-0/main");
    model.enqueue({e});
    model.flush();
    QCOMPARE(model.lineText(0),
             QStringLiteral("2026-03-02T09:20:11.402113Z WARNING  [trainer-0/main] disk almost full"));
    QCOMPARE(model.lineText(0, false), QStringLiteral("disk almost full"));
    QCOMPARE(model.index(0).data(LogLineModel::SourceRole).toString(), QStringLiteral("trainer-0/main"));
}

QTEST_GUILESS_MAIN(TestLogLineModel)
#include "tst_loglinemodel.moc"
