// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A log line's local time, formatted without a zone lookup per line, must read exactly as Qt's own
// conversion, in zones with odd offsets and across their daylight-saving changes.
#include "text/logtimeformat.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include <ctime>

using namespace Workdeck;

class TestLogTimeFormat : public QObject
{
    Q_OBJECT

private:
    QByteArray m_savedZone;

    static void useZone(const QByteArray &zone)
    {
        qputenv("TZ", zone);
        tzset();
    }

    static QString expected(qint64 micros)
    {
        return QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC)
            .toLocalTime()
            .toString(QStringLiteral("MM-dd HH:mm:ss.zzz"));
    }

private Q_SLOTS:
    void initTestCase() { m_savedZone = qgetenv("TZ"); }
    void cleanupTestCase() { useZone(m_savedZone); }

    void readsAsQtsOwnConversion_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("UTC") << QByteArrayLiteral("UTC");
        QTest::newRow("Berlin") << QByteArrayLiteral("Europe/Berlin");
        QTest::newRow("St John's, -3:30") << QByteArrayLiteral("America/St_Johns");
        QTest::newRow("Kathmandu, +5:45") << QByteArrayLiteral("Asia/Kathmandu");
        QTest::newRow("Lord Howe, half-hour DST") << QByteArrayLiteral("Australia/Lord_Howe");
        QTest::newRow("Chatham, +12:45/+13:45") << QByteArrayLiteral("Pacific/Chatham");
        QTest::newRow("POSIX rule") << QByteArrayLiteral("XST-9:30XDT,M3.2.0/2:30,M11.1.0/2:30");
    }

    void readsAsQtsOwnConversion()
    {
        QFETCH(QByteArray, zone);
        useZone(zone);
        LogTimeFormat format;
        // Around every offset change of 2024-2027 (a minute either side, in 7 s steps, as a log's
        // lines pass it), then random times in between.
        QList<qint64> times;
        const qint64 from = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 to = QDateTime(QDate(2028, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        int changes = 0;
        int offset = QDateTime::fromMSecsSinceEpoch(from, Qt::UTC).toLocalTime().offsetFromUtc();
        for (qint64 ms = from; ms < to; ms += 15 * 60 * 1000) {
            const int now = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime().offsetFromUtc();
            if (now != offset) {
                ++changes;
                for (qint64 near = ms - 60000; near <= ms + 60000; near += 7001)
                    times.append(near * 1000 + 123);
            }
            offset = now;
        }
        if (zone != "UTC" && zone != "Asia/Kathmandu")
            QVERIFY2(changes >= 8, "the zone's daylight-saving changes were not found: is tzdata installed?");
        QRandomGenerator random(42);
        for (int i = 0; i < 20000; ++i)
            times.append(random.bounded(from, to) * 1000 + random.bounded(1000));
        for (const qint64 micros : std::as_const(times))
            QCOMPARE(format.format(micros), expected(micros));
        QVERIFY(format.format(0).isEmpty()); // no time sent: nothing shown
    }
};

QTEST_GUILESS_MAIN(TestLogTimeFormat)
#include "tst_logtimeformat.moc"
