// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/aiwbparser.h"
#include "api/apiclient.h"
#include "api/jsonreader.h"
#include "api/jsonsupport.h"
#include "testdata.h"

#include <QtTest>

using namespace Workdeck;

// The simdjson reader the workload lists go through (api/jsonreader.h): it must take what
// QJsonDocument takes, refuse what it refuses (with its words), and never make a list out of part
// of one.
class TestJsonReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noPartOfAListIsAList_data();
    void noPartOfAListIsAList();
    void refusesWhatQtRefuses_data();
    void refusesWhatQtRefuses();
    void takesWhatQtTakes_data();
    void takesWhatQtTakes();
    void fieldsAreReadLeniently();
    void stringsAreUnescapedAndShared();
    void refusesRawControlCharacters();
};

namespace {

enum class Room
{
    None,    // a body as QByteArray(data, size) makes it: copied before reading
    Padding, // as the API client receives one: read where it is
};

// body with the room after it that `room` says. With padding, the room holds characters that
// would change the document if they were read as part of it.
QByteArray withRoom(const QByteArray &body, Room room)
{
    if (room == Room::None)
        return QByteArray(body.constData(), body.size());
    QByteArray padded;
    padded.reserve(body.size() + bodyPaddingBytes);
    padded.append(body);
    padded.append(QByteArray(bodyPaddingBytes - 1, '}'));
    padded.resize(body.size()); // keeps the capacity and what is in it
    return padded;
}

void addRooms(const char *name, const QByteArray &body)
{
    QTest::addRow("%s, copied", name) << body << int(Room::None);
    QTest::addRow("%s, in place", name) << body << int(Room::Padding);
}

} // namespace

// Every proper prefix of a list (a body cut short on the way) is an error, never a shorter list.
void TestJsonReader::noPartOfAListIsAList_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("room");
    addRooms("test data", Test::readTestData(QStringLiteral("aiwb/workloads.json")).trimmed());
    addRooms("compact", QByteArrayLiteral(R"({"data":[{"id":"a","endpoints":{"external":"https://x"}},)"
                                          R"({"id":"b","n":[1,{"k":null}],"t":true}],"total":2})"));
}

void TestJsonReader::noPartOfAListIsAList()
{
    QFETCH(QByteArray, body);
    QFETCH(int, room);
    const auto whole = AiwbParser::parseWorkloadList(withRoom(body, Room(room)));
    QVERIFY(whole);
    QVERIFY(!whole.value().isEmpty());
    for (qsizetype size = 0; size < body.size(); ++size) {
        const QByteArray part = withRoom(body.left(size), Room(room));
        const auto list = AiwbParser::parseWorkloadList(part);
        QVERIFY2(!list, qPrintable(QStringLiteral("%1 of %2 bytes read as a list of %3")
                                       .arg(size)
                                       .arg(body.size())
                                       .arg(list ? list.value().size() : 0)));
        QCOMPARE(list.error().kind, ApiError::Kind::Parse);
        QVERIFY(!list.error().message.isEmpty());
        QVERIFY(!AiwbParser::parseWorkload(part));
    }
}

void TestJsonReader::refusesWhatQtRefuses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("room");
    addRooms("empty", QByteArray());
    addRooms("blank", QByteArrayLiteral(" \n"));
    addRooms("html", QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>"));
    addRooms("trailing object", QByteArrayLiteral(R"({"data":[]}{})"));
    addRooms("trailing word", QByteArrayLiteral(R"({"data":[]} x)"));
    addRooms("trailing comma", QByteArrayLiteral(R"({"data":[{"id":"a"},]})"));
    addRooms("single quotes", QByteArrayLiteral(R"({'data':[]})"));
    addRooms("bare word", QByteArrayLiteral(R"({"data":[{"id":nope}]})"));
    addRooms("unclosed string", QByteArrayLiteral(R"({"data":[{"id":"a}]})"));
    addRooms("bare word in a field read", QByteArrayLiteral(R"({"data":[{"id":"a","name":nul}]})"));
    addRooms("bad literal in a field read", QByteArrayLiteral(R"({"data":[{"id":"a","name":trueish}]})"));
    addRooms("number out of range", QByteArrayLiteral(R"({"data":[{"id":"a","name":1e400}]})"));
    addRooms("malformed number", QByteArrayLiteral(R"({"data":[{"id":"a","name":-}]})"));
    addRooms("invalid UTF-8", QByteArrayLiteral("{\"data\":[{\"id\":\"\xff\xfe\"}]}"));
    addRooms("array", QByteArrayLiteral("[1,2,3]"));
    addRooms("string", QByteArrayLiteral(R"("data")"));
    addRooms("missing colon", QByteArrayLiteral(R"({"data" []})"));
}

// A body the Qt reader refuses is refused, with the Qt reader's message (it says where).
void TestJsonReader::refusesWhatQtRefuses()
{
    QFETCH(QByteArray, body);
    QFETCH(int, room);
    const Result<QJsonObject> qtRead = Json::parseObject(body);
    QVERIFY(!qtRead);
    const auto list = AiwbParser::parseWorkloadList(withRoom(body, Room(room)));
    QVERIFY(!list);
    QCOMPARE(list.error().kind, ApiError::Kind::Parse);
    QCOMPARE(list.error().message, qtRead.error().message);
}

void TestJsonReader::takesWhatQtTakes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("room");
    QTest::addColumn<QStringList>("ids"); // or, with no "data" list, empty
    QTest::addColumn<bool>("hasList");
    const auto add = [](const char *name, const QByteArray &body, const QStringList &ids,
                        bool hasList = true) {
        QTest::addRow("%s, copied", name) << body << int(Room::None) << ids << hasList;
        QTest::addRow("%s, in place", name) << body << int(Room::Padding) << ids << hasList;
    };
    add("empty list", R"({"data":[]})", {});
    add("byte order mark", "\xef\xbb\xbf{\"data\":[{\"id\":\"a\"}]}", {QStringLiteral("a")});

    add("white space around", " \r\n\t{ \"data\" : [ { \"id\" : \"A\" } ] } \n\t", {QStringLiteral("a")});
    add("other fields first and after",
        R"({"total":2,"x":{"data":[{"id":"no"}]},"data":[{"id":"a"},{"id":"b"}],"y":[[],{}]})",
        {QStringLiteral("a"), QStringLiteral("b")});
    add("elements that are not workloads",
        R"({"data":[7,"x",null,[{"id":"no"}],{"name":"no id"},{"id":"c"}]})", {QStringLiteral("c")});
    add("deep unknown values", R"({"data":[{"deep":[[[[[[[[[[{"a":[{"b":{}}]}]]]]]]]]]],"id":"d"}]})",
        {QStringLiteral("d")});
    add("no data", R"({"items":[]})", {}, false);
    add("data not a list", R"({"data":{"id":"x"}})", {}, false);
    add("data null", R"({"data":null})", {}, false);
}

// A body the Qt reader takes is taken, with the same workloads, or the "no list" error.
void TestJsonReader::takesWhatQtTakes()
{
    QFETCH(QByteArray, body);
    QFETCH(int, room);
    QFETCH(QStringList, ids);
    QFETCH(bool, hasList);
    QVERIFY(Json::parseObject(body));
    const auto list = AiwbParser::parseWorkloadList(withRoom(body, Room(room)));
    if (!hasList) {
        QVERIFY(!list);
        QCOMPARE(list.error().message, QStringLiteral("The answer has no “data” list."));
        return;
    }
    QVERIFY2(list, qPrintable(list ? QString() : list.error().message));
    QStringList read;
    for (const Workload &workload : list.value())
        read << workload.id;
    QCOMPARE(read, ids);
}

// As with QJsonObject and Json::string: a field of another type is empty (a number is written
// out), a null is empty, and a key that comes twice counts with its last value.
void TestJsonReader::fieldsAreReadLeniently()
{
    const auto list = AiwbParser::parseWorkloadList(R"({"data":[
        {"id": 12345, "name": {"first": "x"}, "status": ["Running"], "type": null,
         "created_at": 1772442867, "updated_at": "not a time", "created_by": true,
         "endpoints": "https://not-an-object.example.com"},
        {"id": "dup", "name": "first", "name": "second", "status": "Pending", "status": "Running",
         "created_at": "2026-03-02T09:14:27.518302+01:00",
         "endpoints": {"external": "https://a.example.com", "external": "https://b.example.com"},
         "endpoints": {"internal": "http://c.svc"}},
        {"id": "num", "display_name": 1.5e3, "chart_id": -0.25, "model_id": 12345678901234567890}]})");
    QVERIFY(list);
    QCOMPARE(list.value().size(), 3);
    const Workload &odd = list.value().at(0);
    QCOMPARE(odd.id, QStringLiteral("12345"));
    QVERIFY(odd.name.isEmpty());
    QVERIFY(odd.rawStatus.isEmpty());
    QCOMPARE(odd.status, WorkloadStatus::Unknown);
    QVERIFY(odd.rawType.isEmpty());
    QVERIFY(!odd.createdAt.isValid());
    QVERIFY(!odd.updatedAt.isValid());
    QVERIFY(odd.createdBy.isEmpty());
    QVERIFY(odd.connections.isEmpty());

    const Workload &twice = list.value().at(1);
    QCOMPARE(twice.name, QStringLiteral("second"));
    QCOMPARE(twice.status, WorkloadStatus::Running);
    QCOMPARE(twice.createdAt, QDateTime(QDate(2026, 3, 2), QTime(8, 14, 27, 518), Qt::UTC));
    QCOMPARE(twice.connections.size(), 1);
    QCOMPARE(twice.connections.at(0).kind, WorkloadConnection::Kind::Internal);
    QCOMPARE(twice.connections.at(0).address, QStringLiteral("http://c.svc"));

    const Workload &numbers = list.value().at(2);
    QCOMPARE(numbers.displayName, QStringLiteral("1500"));
    QCOMPARE(numbers.chartId, QStringLiteral("-0.25"));
    QCOMPARE(numbers.modelId, QStringLiteral("1.23456789012346e+19"));
}

void TestJsonReader::stringsAreUnescapedAndShared()
{
    const auto list = AiwbParser::parseWorkloadList(
        "{\"data\":[{\"id\":\"e1\",\"name\":\"na\\u00efve \\\"q\\\" \\\\ \\/ \\ud83d\\ude80\\n\","
        "\"created_by\":\"j\\u00f6rg@example.com\",\"namespace\":\"t\u00e9am\"},"
        "{\"id\":\"e2\",\"name\":\"\xc3\xa9t\xc3\xa9\",\"created_by\":\"j\xc3\xb6rg@example.com\","
        "\"namespace\":\"t\\u00e9am\"}]}");
    QVERIFY(list);
    QCOMPARE(list.value().size(), 2);
    const Workload &a = list.value().at(0);
    const Workload &b = list.value().at(1);
    QCOMPARE(a.name, QStringLiteral("naïve \"q\" \\ / 🚀\n"));
    QCOMPARE(b.name, QStringLiteral("été"));
    QCOMPARE(a.createdBy, QStringLiteral("jörg@example.com"));
    QCOMPARE(a.createdBy, b.createdBy);
    QCOMPARE(a.namespaceName, QStringLiteral("téam"));
    // Equal once unescaped: one string, shared.
    QCOMPARE(a.createdBy.constData(), b.createdBy.constData());
    QCOMPARE(a.namespaceName.constData(), b.namespaceName.constData());
}

// RFC 8259 has control characters in strings escaped; the Qt reader takes them raw, simdjson does
// not. No server here writes them raw (Python's json and Go's encoding/json escape them).
void TestJsonReader::refusesRawControlCharacters()
{
    const QByteArray body("{\"data\":[{\"id\":\"a\",\"name\":\"x\x01y\"}]}");
    QVERIFY(Json::parseObject(body));
    const auto list = AiwbParser::parseWorkloadList(body);
    QVERIFY(!list);
    QCOMPARE(list.error().kind, ApiError::Kind::Parse);
    QVERIFY2(list.error().message.startsWith(QStringLiteral("The server sent JSON that could not be read (")),
             qPrintable(list.error().message));
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
