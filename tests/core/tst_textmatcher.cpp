// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/workloadfilter.h"
#include "text/textmatcher.h"

#include <QtTest>

#include <random>

using namespace Workdeck;

// TextMatcher must answer exactly as QString::contains()/startsWith() do; it is only faster.
class TestTextMatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answersAsQtDoes_data();
    void answersAsQtDoes();
    void randomTextsAnswerAsQtDoes();
    void workloadMatcherIsTheFilter();
};

void TestTextMatcher::answersAsQtDoes_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("llama") << QStringLiteral("finetune-llama-3-8b");
    QTest::newRow("case") << QStringLiteral("LLaMa") << QStringLiteral("Finetune-LLAMA");
    QTest::newRow("absent") << QStringLiteral("mistral") << QStringLiteral("finetune-llama");
    QTest::newRow("at the end") << QStringLiteral("8B") << QStringLiteral("llama-8b");
    QTest::newRow("longer than the text") << QStringLiteral("llama-70b") << QStringLiteral("llama");
    QTest::newRow("empty needle") << QString() << QStringLiteral("anything");
    QTest::newRow("empty text") << QStringLiteral("a") << QString();
    QTest::newRow("partial prefix then match") << QStringLiteral("aab") << QStringLiteral("aaab");
    // Outside ASCII, Unicode case folding decides: the Kelvin sign folds to "k", "ß" stays.
    QTest::newRow("kelvin sign") << QStringLiteral("k") << QStringLiteral("\u212A-run");
    QTest::newRow("kelvin sign in the needle") << QStringLiteral("\u212A") << QStringLiteral("job-k");
    QTest::newRow("umlauts") << QStringLiteral("\u00dcBUNG") << QStringLiteral("\u00fcbung-1");
    QTest::newRow("long s") << QStringLiteral("s") << QStringLiteral("\u017F");
    QTest::newRow("digits and signs") << QStringLiteral("-3.1") << QStringLiteral("llama-3.1-8b");
    QTest::newRow("brackets around letters") << QStringLiteral("[") << QStringLiteral("Z[a");
}

void TestTextMatcher::answersAsQtDoes()
{
    QFETCH(QString, needle);
    QFETCH(QString, text);
    for (const Qt::CaseSensitivity sensitivity : {Qt::CaseInsensitive, Qt::CaseSensitive}) {
        const TextMatcher matcher(needle, sensitivity);
        QCOMPARE(matcher.isIn(text), text.contains(needle, sensitivity));
        QCOMPARE(matcher.startsIn(text), text.startsWith(needle, sensitivity));
    }
}

void TestTextMatcher::randomTextsAnswerAsQtDoes()
{
    // Small alphabets make matches, near misses and case differences common.
    const QString alphabet = QStringLiteral("aAbB-_[@`{zZ\u212A\u00e4\u00c4k");
    std::mt19937 random(5);
    const auto randomText = [&](int maxLength) {
        QString text;
        const int length = int(random() % quint32(maxLength + 1));
        for (int i = 0; i < length; ++i)
            text += alphabet.at(qsizetype(random() % quint32(alphabet.size())));
        return text;
    };
    for (int round = 0; round < 20000; ++round) {
        const QString needle = randomText(3);
        const QString text = randomText(12);
        const TextMatcher matcher(needle, Qt::CaseInsensitive);
        if (matcher.isIn(text) != text.contains(needle, Qt::CaseInsensitive) ||
            matcher.startsIn(text) != text.startsWith(needle, Qt::CaseInsensitive))
            QFAIL(qPrintable(QStringLiteral("\"%1\" in \"%2\"").arg(needle, text)));
    }
}

void TestTextMatcher::workloadMatcherIsTheFilter()
{
    Workload workload;
    workload.id = QStringLiteral("4f1c2d3e-0000-4000-8000-000000000001");
    workload.name = QStringLiteral("wb-finetune-7");
    workload.displayName = QStringLiteral("Llama 3 fine-tune");
    workload.createdBy = QStringLiteral("Jane.Doe@example.com");
    workload.status = WorkloadStatus::Running;
    workload.type = WorkloadType::FineTuning;
    WorkloadFilter filter;
    QVERIFY(WorkloadMatcher(filter).matches(workload));
    filter.nameContains = QStringLiteral("LLAMA");
    QVERIFY(WorkloadMatcher(filter).matches(workload));
    filter.nameContains = QStringLiteral("WB-FINE");
    QVERIFY(WorkloadMatcher(filter).matches(workload));
    filter.nameContains = QStringLiteral("4F1C2D"); // an id from its start
    QVERIFY(WorkloadMatcher(filter).matches(workload));
    filter.nameContains = QStringLiteral("000001"); // not from the middle
    QVERIFY(!WorkloadMatcher(filter).matches(workload));
    filter.nameContains.clear();
    filter.createdBy = QStringLiteral("jane");
    QVERIFY(WorkloadMatcher(filter).matches(workload));
    filter.createdBy = QStringLiteral("raj");
    QVERIFY(!WorkloadMatcher(filter).matches(workload));
    QCOMPARE(filter.matches(workload), WorkloadMatcher(filter).matches(workload));
}

QTEST_GUILESS_MAIN(TestTextMatcher)
#include "tst_textmatcher.moc"
