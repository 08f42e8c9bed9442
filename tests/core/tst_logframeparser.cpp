// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/logframeparser.h"
#include "testdata.h"

#include <QtTest>

using namespace Workdeck;

namespace {

// A readable fingerprint of a frame list, so failures show what differed.
QStringList describe(const QList<LogFrame> &frames)
{
    QStringList out;
    for (const LogFrame &frame : frames) {
        switch (frame.kind) {
        case LogFrame::Kind::Entry:
            out << QStringLiteral("entry|%1|%2|%3")
                       .arg(frame.entry.rawTimestamp, logLevelToApiString(frame.entry.level),
                            frame.entry.message);
            break;
        case LogFrame::Kind::Heartbeat:
            out << QStringLiteral("heartbeat");
            break;
        case LogFrame::Kind::Error:
            out << QStringLiteral("error|") + frame.text;
            break;
        case LogFrame::Kind::Done:
            out << QStringLiteral("done");
            break;
        case LogFrame::Kind::Unreadable:
            out << QStringLiteral("unreadable|") + frame.text;
            break;
        }
    }
    return out;
}

QStringList expectedStreamFrames()
{
    return {
        QStringLiteral("entry|2026-03-02T09:20:11.402113Z|info|first line"), QStringLiteral("heartbeat"),
        QStringLiteral("entry|2026-03-02T09:20:12.000001Z|error|Traceback (most recent call last):\n  File "
                       "\"train.py\", line 1"),
        QStringLiteral("entry|2026-03-02T09:20:13Z|warning|\x1b[33mwarn\x1b[0m caf\u00e9 \ufffd bad byte"),
        QStringLiteral("error|Loki connection lost")};
}

} // namespace

class TestLogFrameParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wholeStream();
    void everyChunkBoundary();
    void byteByByte();
    void threeWaySplits();
    void finishDeliversUnterminatedEvent();
    void payloadKinds_data();
    void payloadKinds();
    void multiLineDataAndIgnoredFields();
    void resetDropsPartialInput();
    void invalidUtf8AndEscapesAreKeptReadable();
};

void TestLogFrameParser::wholeStream()
{
    LogFrameParser parser;
    QList<LogFrame> frames = parser.feed(Test::readTestData(QStringLiteral("stream_frames.txt")));
    frames += parser.finish();
    QCOMPARE(describe(frames), expectedStreamFrames());
}

void TestLogFrameParser::everyChunkBoundary()
{
    const QByteArray stream = Test::readTestData(QStringLiteral("stream_frames.txt"));
    for (qsizetype split = 0; split <= stream.size(); ++split) {
        LogFrameParser parser;
        QList<LogFrame> frames = parser.feed(QByteArrayView(stream).first(split));
        frames += parser.feed(QByteArrayView(stream).sliced(split));
        frames += parser.finish();
        QVERIFY2(describe(frames) == expectedStreamFrames(),
                 qPrintable(QStringLiteral("split at %1").arg(split)));
    }
}

void TestLogFrameParser::byteByByte()
{
    const QByteArray stream = Test::readTestData(QStringLiteral("stream_frames.txt"));
    LogFrameParser parser;
    QList<LogFrame> frames;
    for (qsizetype i = 0; i < stream.size(); ++i)
        frames += parser.feed(QByteArrayView(stream).sliced(i, 1));
    frames += parser.finish();
    QCOMPARE(describe(frames), expectedStreamFrames());
}

void TestLogFrameParser::threeWaySplits()
{
    // Every pair of cut points over a CRLF-heavy stream.
    const QByteArray stream = "data: [HEARTBEAT]\r\n\r\ndata: {\"error\": \"x\"}\r\n\r\ndata: [DONE]\r\n\r\n";
    const QStringList expected = {QStringLiteral("heartbeat"), QStringLiteral("error|x"),
                                  QStringLiteral("done")};
    for (qsizetype a = 0; a <= stream.size(); ++a) {
        for (qsizetype b = a; b <= stream.size(); ++b) {
            LogFrameParser parser;
            QList<LogFrame> frames = parser.feed(QByteArrayView(stream).first(a));
            frames += parser.feed(QByteArrayView(stream).sliced(a, b - a));
            frames += parser.feed(QByteArrayView(stream).sliced(b));
            frames += parser.finish();
            QVERIFY2(describe(frames) == expected, qPrintable(QStringLiteral("cuts %1,%2").arg(a).arg(b)));
        }
    }
}

void TestLogFrameParser::finishDeliversUnterminatedEvent()
{
    LogFrameParser parser;
    QVERIFY(
        parser.feed("data: {\"timestamp\":\"2026-03-02T09:20:11Z\",\"level\":\"info\",\"message\":\"last\"}")
            .isEmpty());
    const QList<LogFrame> frames = parser.finish();
    QCOMPARE(describe(frames), QStringList{QStringLiteral("entry|2026-03-02T09:20:11Z|info|last")});
    QVERIFY(parser.finish().isEmpty());
}

void TestLogFrameParser::payloadKinds_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("expected");
    QTest::newRow("heartbeat") << QByteArray("[HEARTBEAT]") << "heartbeat";
    QTest::newRow("done") << QByteArray("[DONE]") << "done";
    QTest::newRow("error") << QByteArray(R"({"error": "delay_for can't be greater than 5"})")
                           << "error|delay_for can't be greater than 5";
    QTest::newRow("error object") << QByteArray(R"({"error": {"code": 1}})")
                                  << R"(error|{"error":{"code":1}})";
    QTest::newRow("fatal level") << QByteArray(R"({"timestamp":"t","level":"fatal","message":"m"})")
                                 << "entry|t|critical|m";
    QTest::newRow("odd level") << QByteArray(R"({"timestamp":"t","level":"notice","message":"m"})")
                               << "entry|t|unknown|m";
    QTest::newRow("missing fields") << QByteArray(R"({})") << "entry||unknown|";
    QTest::newRow("not json") << QByteArray("plain text line") << "unreadable|plain text line";
    QTest::newRow("json array") << QByteArray("[1]") << "unreadable|[1]";
}

void TestLogFrameParser::payloadKinds()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, expected);
    QCOMPARE(describe({LogFrameParser::interpretPayload(payload)}), QStringList{expected});
}

void TestLogFrameParser::multiLineDataAndIgnoredFields()
{
    LogFrameParser parser;
    QList<LogFrame> frames = parser.feed(": keep-alive comment\n"
                                         "id: 7\nevent: log\nretry: 1000\n"
                                         "data: {\"timestamp\":\"t\",\n"
                                         "data:\"level\":\"debug\",\"message\":\"joined\"}\n\n"
                                         "\n\n"
                                         "data:[HEARTBEAT]\n\n");
    frames += parser.finish();
    QCOMPARE(describe(frames),
             (QStringList{QStringLiteral("entry|t|debug|joined"), QStringLiteral("heartbeat")}));
}

void TestLogFrameParser::resetDropsPartialInput()
{
    LogFrameParser parser;
    parser.feed("data: {\"timestamp\":\"t\",\"lev");
    parser.reset();
    QList<LogFrame> frames = parser.feed("data: [HEARTBEAT]\n\n");
    frames += parser.finish();
    QCOMPARE(describe(frames), QStringList{QStringLiteral("heartbeat")});
}

void TestLogFrameParser::invalidUtf8AndEscapesAreKeptReadable()
{
    // A container that writes Latin-1, cut UTF-8 and colour codes: every line still arrives, the
    // broken bytes as U+FFFD, the escapes as received (the view renders or strips them).
    QByteArray stream =
        "data: {\"timestamp\":\"2026-03-02T09:20:11Z\",\"level\":\"info\",\"message\":\"Gr\xf6\xdfe \xe2\x82 "
        "ok\"}\n\n";
    stream += "data: "
              "{\"timestamp\":\"2026-03-02T09:20:12Z\",\"level\":\"error\",\"message\":\"\\u001b["
              "31mERROR\\u001b[0m \\ud800 lone\"}\n\n";
    stream += "data: \xff\xfe not json\n\n";
    LogFrameParser parser;
    QList<LogFrame> frames;
    for (char byte : std::as_const(stream))
        frames += parser.feed(QByteArrayView(&byte, 1));
    frames += parser.finish();
    QCOMPARE(frames.size(), 3);
    QCOMPARE(frames.at(0).kind, LogFrame::Kind::Entry);
    QVERIFY(frames.at(0).entry.message.startsWith(u"Gr"));
    QVERIFY(frames.at(0).entry.message.contains(QChar(QChar::ReplacementCharacter)));
    QVERIFY(frames.at(0).entry.message.endsWith(u" ok"));
    QCOMPARE(frames.at(1).kind, LogFrame::Kind::Entry);
    QCOMPARE(frames.at(1).entry.level, LogLevel::Error);
    QVERIFY(frames.at(1).entry.message.startsWith(QChar(0x1b) + QStringLiteral("[31mERROR")));
    QCOMPARE(frames.at(2).kind, LogFrame::Kind::Unreadable);
    QVERIFY(frames.at(2).text.endsWith(u" not json"));
}

QTEST_GUILESS_MAIN(TestLogFrameParser)
#include "tst_logframeparser.moc"
