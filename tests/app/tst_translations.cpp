// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTranslator>
#include <QtTest>
#include <QXmlStreamReader>

using namespace Workdeck;

// The translations as the app loads them, and the .ts files they are built from.
class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void eachLanguageLoadsAndTranslates_data();
    void eachLanguageLoadsAndTranslates();
    void englishPluralForms();
    void everyMessageIsTranslatedWithItsPlaceholders_data();
    void everyMessageIsTranslatedWithItsPlaceholders();
    void helpFollowsTheLanguage();

private:
    QList<QTranslator *> m_installed;
};

namespace {

QString translated(const char *context, const char *text, int n = -1)
{
    return QCoreApplication::translate(context, text, nullptr, n);
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(L?\\d+|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found << match.captured();
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

void TestTranslations::cleanup()
{
    for (QTranslator *translator : std::as_const(m_installed))
        QCoreApplication::removeTranslator(translator);
    qDeleteAll(m_installed);
    m_installed.clear();
}

void TestTranslations::eachLanguageLoadsAndTranslates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("preferences");
    QTest::newRow("de") << "de"
                        << "&Datei"
                        << "Einstellungen";
    QTest::newRow("fi") << "fi"
                        << "&Tiedosto"
                        << "Asetukset";
}

void TestTranslations::eachLanguageLoadsAndTranslates()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, preferences);
    auto *translator = new QTranslator;
    QVERIFY(translator->load(QStringLiteral("workdeck_%1").arg(language), QStringLiteral(WORKDECK_QM_DIR)));
    QVERIFY(QCoreApplication::installTranslator(translator));
    m_installed << translator;
    QCOMPARE(translated("Workdeck::MainWindow", "&File"), file);
    QVERIFY2(translated("Workdeck::PreferencesDialog", "Preferences").contains(preferences),
             qPrintable(translated("Workdeck::PreferencesDialog", "Preferences")));
    // Status names and plural forms are translated, with the count in place.
    QVERIFY(translated("WorkloadStatus", "Running") != QStringLiteral("Running"));
    const QString two = translated("Workdeck::MainWindow", "%n workload(s)", 2);
    QVERIFY2(two.contains(u'2') && !two.contains(u"(s)") && !two.contains(u"%n"), qPrintable(two));
}

void TestTranslations::englishPluralForms()
{
    // English is the source; its .qm supplies the plural forms.
    QTranslator *translator = new QTranslator;
    QVERIFY(translator->load(QStringLiteral("workdeck_en"), QStringLiteral(WORKDECK_QM_DIR)));
    QCoreApplication::installTranslator(translator);
    m_installed << translator;
    QCOMPARE(translated("Workdeck::MainWindow", "%n workload(s)", 1), QStringLiteral("1 workload"));
    QCOMPARE(translated("Workdeck::MainWindow", "%n workload(s)", 3), QStringLiteral("3 workloads"));
    QCOMPARE(translated("Workdeck::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslations::everyMessageIsTranslatedWithItsPlaceholders_data()
{
    QTest::addColumn<QString>("file");
    for (const QString &name : QDir(QStringLiteral(WORKDECK_TS_DIR)).entryList({QStringLiteral("*.ts")}))
        QTest::newRow(qPrintable(name)) << QDir(QStringLiteral(WORKDECK_TS_DIR)).filePath(name);
}

void TestTranslations::everyMessageIsTranslatedWithItsPlaceholders()
{
    QFETCH(QString, file);
    QFile ts(file);
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QString source;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
            ++messages;
            continue;
        }
        if (xml.name() != u"translation")
            continue;
        if (xml.attributes().value(QStringLiteral("type")) == u"unfinished")
            problems << QStringLiteral("unfinished: ") + source;
        // A plain translation is the element's text; a plural one holds <numerusform>s.
        QStringList forms;
        QString plain;
        while (!xml.atEnd() && !(xml.isEndElement() && xml.name() == u"translation")) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"numerusform")
                forms << xml.readElementText();
            else if (xml.isCharacters())
                plain += xml.text();
        }
        if (forms.isEmpty())
            forms << plain;
        for (const QString &form : std::as_const(forms)) {
            QStringList expected = placeholders(source);
            QStringList got = placeholders(form);
            if (expected.contains(QStringLiteral("%n"))) { // a singular may spell the count out
                expected.removeAll(QStringLiteral("%n"));
                got.removeAll(QStringLiteral("%n"));
            }
            if (form.trimmed().isEmpty() && !source.trimmed().isEmpty())
                problems << QStringLiteral("empty: ") + source;
            else if (got != expected)
                problems << QStringLiteral("placeholders differ: %1 \u2192 %2").arg(source, form);
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 400);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(u'\n')));
}

void TestTranslations::helpFollowsTheLanguage()
{
    // The preference reaches the command line too: --help in Finnish.
    const QString config = QDir::temp().filePath(QStringLiteral("workdeck-translations-test"));
    QDir(config).removeRecursively();
    QDir().mkpath(config + QStringLiteral("/Workdeck"));
    QFile settings(config + QStringLiteral("/Workdeck/Workdeck.conf"));
    QVERIFY(settings.open(QIODevice::WriteOnly));
    settings.write("[ui]\nlanguage=fi\n");
    settings.close();
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WORKDECK_EXECUTABLE), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(30000));
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    const QString english = QStringLiteral("Show this help and exit.");
    QVERIFY2(!help.isEmpty() && !help.contains(english), qPrintable(help));
    QDir(config).removeRecursively();
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
