// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/ansiparser.h"

#include <QtTest>

using namespace Workdeck;

namespace {
QString esc(const char *sequence)
{
    return QChar(0x1b) + QString::fromLatin1(sequence);
}
} // namespace

class TestAnsiParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainText();
    void basicColours();
    void brightAnd256AndRgb();
    void resetAndAttributes();
    void strip_data();
    void strip();
    void neverShowsGarbage();
};

void TestAnsiParser::plainText()
{
    const QList<AnsiSpan> spans = Ansi::parse(QStringLiteral("Epoch 3: loss=0.412"));
    QCOMPARE(spans.size(), 1);
    QCOMPARE(spans.at(0).text, QStringLiteral("Epoch 3: loss=0.412"));
    QCOMPARE(spans.at(0).foreground, -1);
    QVERIFY(Ansi::parse(QString()).isEmpty());
}

void TestAnsiParser::basicColours()
{
    const QList<AnsiSpan> spans =
        Ansi::parse(esc("[32mINFO") + esc("[0m ready ") + esc("[1;31mERROR") + esc("[m"));
    QCOMPARE(spans.size(), 3);
    QCOMPARE(spans.at(0).text, QStringLiteral("INFO"));
    QCOMPARE(spans.at(0).foreground, 2);
    QCOMPARE(spans.at(1).text, QStringLiteral(" ready "));
    QCOMPARE(spans.at(1).foreground, -1);
    QCOMPARE(spans.at(2).text, QStringLiteral("ERROR"));
    QCOMPARE(spans.at(2).foreground, 1);
    QVERIFY(spans.at(2).bold);
}

void TestAnsiParser::brightAnd256AndRgb()
{
    const QList<AnsiSpan> spans = Ansi::parse(esc("[93mwarn") + esc("[38;5;208morange") +
                                              esc("[48;2;10;20;30mrgb") + esc("[39;49mplain"));
    QCOMPARE(spans.size(), 4);
    QCOMPARE(spans.at(0).foreground, 11);
    QCOMPARE(spans.at(1).foreground, 208);
    QVERIFY(spans.at(2).backgroundIsRgb);
    QCOMPARE(spans.at(2).backgroundRgb, quint32(0x0a141e));
    QCOMPARE(spans.at(2).foreground, 208);
    QCOMPARE(spans.at(3).foreground, -1);
    QVERIFY(!spans.at(3).backgroundIsRgb);
}

void TestAnsiParser::resetAndAttributes()
{
    const QList<AnsiSpan> spans = Ansi::parse(esc("[1;3;4mall") + esc("[22;23;24mnone"));
    QCOMPARE(spans.size(), 2);
    QVERIFY(spans.at(0).bold && spans.at(0).italic && spans.at(0).underline);
    QVERIFY(!spans.at(1).bold && !spans.at(1).italic && !spans.at(1).underline);
    // A style change with no text in between does not make empty spans.
    QCOMPARE(Ansi::parse(esc("[31m") + esc("[32m") + QStringLiteral("x")).size(), 1);
}

void TestAnsiParser::strip_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("hello") << QStringLiteral("hello");
    QTest::newRow("sgr") << esc("[32mINFO") + esc("[0m ok") << QStringLiteral("INFO ok");
    QTest::newRow("cursor move") << esc("[2K") + esc("[1G") + QStringLiteral("progress 50%")
                                 << QStringLiteral("progress 50%");
    QTest::newRow("osc title bel") << esc("]0;title") + QChar(0x07) + QStringLiteral("after")
                                   << QStringLiteral("after");
    QTest::newRow("osc title st") << esc("]2;title") + esc("\\") + QStringLiteral("after")
                                  << QStringLiteral("after");
    QTest::newRow("carriage return") << QStringLiteral("10%\r20%\r30%") << QStringLiteral("10%20%30%");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a    b");
    QTest::newRow("unterminated") << QStringLiteral("ok ") + esc("[31") << QStringLiteral("ok ");
    QTest::newRow("stray esc at end") << QStringLiteral("ok") + QChar(0x1b) << QStringLiteral("ok");
    QTest::newRow("two-char escape") << esc("(B") + QStringLiteral("text") << QStringLiteral("text");
    QTest::newRow("8-bit csi") << QChar(0x9b) + QStringLiteral("31mred") << QStringLiteral("red");
    QTest::newRow("unicode kept") << QStringLiteral("caf\u00e9 \U0001F680 \ufffd")
                                  << QStringLiteral("caf\u00e9 \U0001F680 \ufffd");
}

void TestAnsiParser::strip()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Ansi::strip(input), expected);
}

void TestAnsiParser::neverShowsGarbage()
{
    // Whatever the input, no escape or control character survives into the text.
    QString noisy;
    for (int i = 0; i < 2000; ++i)
        noisy += QChar(char16_t((i * 7919) % 0x80));
    for (const AnsiSpan &span : Ansi::parse(noisy)) {
        for (QChar c : span.text)
            QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f, qPrintable(QString::number(c.unicode())));
    }
}

QTEST_GUILESS_MAIN(TestAnsiParser)
#include "tst_ansiparser.moc"
