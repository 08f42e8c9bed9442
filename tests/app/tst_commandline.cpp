// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "connections/profilestore.h"
#include "sandboxserver.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace Workdeck;

namespace {

// A small RFC 4180 reader, independent of the writer under test.
QList<QStringList> readCsv(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

// The workdeck executable, run as a user would run it from a shell, against the sandbox.
class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parsing_data();
    void parsing();
    void helpAndVersion();
    void exportsCsv();
    void exportsToStandardOutput();
    void unknownProject();
    void wrongToken();
    void missingToken();
    void serverDown();
    void printsLogs();
    void logsOfUnknownWorkload();
    void followsLogs();
    void measuresStartupAndCachesTheList();
    void measuringStartupSaysWhyNothingCame();
    void measuresMemoryWithALongLog();
    void measuresIdleCpuWithTheWindowHidden();
    void exportsCsvFromRunAi();
    void runAiLogsNeedTheKubernetesApi();
    void connectsThroughAProfile();
    void exportsCsvFromAirm();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run runWorkdeck(const QStringList &arguments, const QString &token);
    Run runWindow(const QString &state, const QStringList &arguments);
    QJsonArray rawWorkloads(const QString &ns);

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    QTemporaryDir m_dir;
};

void TestCommandLine::initTestCase()
{
    Sandbox::SandboxOptions options;
    options.seed = 3;
    options.workloadCount = 40;
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(options);
    QString error;
    QVERIFY2(m_sandbox->listen(&error), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

TestCommandLine::Run TestCommandLine::runWorkdeck(const QStringList &arguments, const QString &token)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // headless commands must not need a display
    if (token.isNull())
        environment.remove(QStringLiteral("WORKDECK_TOKEN"));
    else
        environment.insert(QStringLiteral("WORKDECK_TOKEN"), token);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WORKDECK_EXECUTABLE), arguments);
    Run run;
    // The sandbox lives in this process, so the event loop must keep running while we wait.
    [&] { QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 30000); }();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonArray TestCommandLine::rawWorkloads(const QString &ns)
{
    QNetworkAccessManager network;
    QNetworkRequest request(
        m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/v1/namespaces/%1/workloads").arg(ns))));
    request.setRawHeader("Authorization", "Bearer " + m_sandbox->token().toUtf8());
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(10000);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object().value(u"data").toArray();
}

void TestCommandLine::parsing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("errorPart");
    using A = CommandLineOptions::Action;
    QTest::newRow("nothing") << QStringList{} << int(A::ShowWindow) << "";
    QTest::newRow("demo") << QStringList{QStringLiteral("--demo")} << int(A::ShowWindow) << "";
    QTest::newRow("demo=aiwb") << QStringList{QStringLiteral("--demo=aiwb")} << int(A::ShowWindow) << "";
    QTest::newRow("demo=runai") << QStringList{QStringLiteral("--demo=runai")} << int(A::ShowWindow) << "";
    QTest::newRow("demo=airm") << QStringList{QStringLiteral("--demo=airm")} << int(A::ShowWindow) << "";
    QTest::newRow("demo=amd") << QStringList{QStringLiteral("--demo=amd")} << int(A::ShowWindow) << "";
    QTest::newRow("airm export")
        << QStringList{QStringLiteral("--backend"),    QStringLiteral("airm"),
                       QStringLiteral("--server"),     QStringLiteral("https://airmapi.x"),
                       QStringLiteral("--project"),    QStringLiteral("x"),
                       QStringLiteral("--export-csv"), QStringLiteral("o")}
        << int(A::ExportCsv) << "";
    QTest::newRow("aiwb with airm") << QStringList{QStringLiteral("--server"),
                                                   QStringLiteral("https://aiwbapi.x"),
                                                   QStringLiteral("--airm-server"),
                                                   QStringLiteral("https://airmapi.x")}
                                    << int(A::ShowWindow) << "";
    QTest::newRow("airm-server for runai")
        << QStringList{QStringLiteral("--backend"),     QStringLiteral("runai"),
                       QStringLiteral("--server"),      QStringLiteral("https://h"),
                       QStringLiteral("--airm-server"), QStringLiteral("https://a")}
        << int(A::Fail) << "--airm-server";
    QTest::newRow("airm-server bad url")
        << QStringList{QStringLiteral("--server"), QStringLiteral("https://h"),
                       QStringLiteral("--airm-server"), QStringLiteral("ftp://a")}
        << int(A::Fail) << "ftp://a";
    QTest::newRow("runai export")
        << QStringList{QStringLiteral("--backend"),     QStringLiteral("runai"),
                       QStringLiteral("--server"),      QStringLiteral("https://t.run.ai"),
                       QStringLiteral("--kube-server"), QStringLiteral("https://k8s:6443"),
                       QStringLiteral("--project"),     QStringLiteral("x"),
                       QStringLiteral("--export-csv"),  QStringLiteral("o")}
        << int(A::ExportCsv) << "";
    QTest::newRow("kube-server for aiwb")
        << QStringList{QStringLiteral("--server"), QStringLiteral("https://h"),
                       QStringLiteral("--kube-server"), QStringLiteral("https://k")}
        << int(A::Fail) << "--kube-server";
    QTest::newRow("kube-server bad url")
        << QStringList{QStringLiteral("--backend"),     QStringLiteral("runai"),
                       QStringLiteral("--server"),      QStringLiteral("https://h"),
                       QStringLiteral("--kube-server"), QStringLiteral("ftp://k")}
        << int(A::Fail) << "ftp://k";
    QTest::newRow("unknown backend") << QStringList{QStringLiteral("--backend"), QStringLiteral("slurm")}
                                     << int(A::Fail) << "slurm";
    QTest::newRow("demo=bogus") << QStringList{QStringLiteral("--demo=bogus")} << int(A::Fail) << "bogus";
    QTest::newRow("export") << QStringList{QStringLiteral("--server"),
                                           QStringLiteral("https://aiwbapi.example.com"),
                                           QStringLiteral("--project"),
                                           QStringLiteral("x"),
                                           QStringLiteral("--export-csv"),
                                           QStringLiteral("out.csv")}
                            << int(A::ExportCsv) << "";
    QTest::newRow("export without project")
        << QStringList{QStringLiteral("--server"), QStringLiteral("https://h"),
                       QStringLiteral("--export-csv"), QStringLiteral("out.csv")}
        << int(A::Fail) << "--project";
    QTest::newRow("export without server") << QStringList{QStringLiteral("--project"), QStringLiteral("x"),
                                                          QStringLiteral("--export-csv"), QStringLiteral("o")}
                                           << int(A::Fail) << "--server";
    QTest::newRow("bad url") << QStringList{QStringLiteral("--server"), QStringLiteral("ftp://h")}
                             << int(A::Fail) << "ftp://h";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << int(A::Fail)
                                    << "frobnicate";
    QTest::newRow("measure-memory") << QStringList{QStringLiteral("--demo"),
                                                   QStringLiteral("--measure-memory"), QStringLiteral("5000")}
                                    << int(A::ShowWindow) << "";
    QTest::newRow("measure-memory zero")
        << QStringList{QStringLiteral("--measure-memory"), QStringLiteral("0")} << int(A::Fail)
        << "--measure-memory";
    QTest::newRow("measure-memory words")
        << QStringList{QStringLiteral("--measure-memory"), QStringLiteral("lots")} << int(A::Fail)
        << "--measure-memory";
    QTest::newRow("measure-idle") << QStringList{QStringLiteral("--demo"), QStringLiteral("--measure-idle"),
                                                 QStringLiteral("30")}
                                  << int(A::ShowWindow) << "";
    QTest::newRow("measure-idle zero") << QStringList{QStringLiteral("--measure-idle"), QStringLiteral("0")}
                                       << int(A::Fail) << "--measure-idle";
    QTest::newRow("measure-idle and memory")
        << QStringList{QStringLiteral("--measure-idle"), QStringLiteral("30"),
                       QStringLiteral("--measure-memory"), QStringLiteral("100")}
        << int(A::Fail) << "not both";
    QTest::newRow("stray argument") << QStringList{QStringLiteral("stray")} << int(A::Fail) << "stray";
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << int(A::ShowHelp) << "";
    QTest::newRow("version") << QStringList{QStringLiteral("--version")} << int(A::ShowVersion) << "";
}

void TestCommandLine::parsing()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, action);
    QFETCH(QString, errorPart);
    const CommandLineOptions options = parseCommandLine(QStringList{QStringLiteral("workdeck")} + arguments);
    QCOMPARE(int(options.action), action);
    QVERIFY2(options.errorMessage.contains(errorPart), qPrintable(options.errorMessage));
}

void TestCommandLine::helpAndVersion()
{
    const Run help = runWorkdeck({QStringLiteral("--help")}, {});
    QCOMPARE(help.exitCode, 0);
    for (const char *option : {"--demo", "--server", "--project", "--export-csv", "WORKDECK_TOKEN"})
        QVERIFY2(help.out.contains(option), option);
    const Run version = runWorkdeck({QStringLiteral("--version")}, {});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out.trimmed(), QByteArray("workdeck " WORKDECK_VERSION));
}

void TestCommandLine::exportsCsv()
{
    const QString file = m_dir.filePath(QStringLiteral("team-nlp.csv"));
    const Run run =
        runWorkdeck({QStringLiteral("--server"), m_sandbox->baseUrl().toString(), QStringLiteral("--project"),
                     QStringLiteral("team-nlp"), QStringLiteral("--export-csv"), file},
                    m_sandbox->token());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile csvFile(file);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = csvFile.readAll();
    QVERIFY(bytes.endsWith("\r\n"));
    const QList<QStringList> rows = readCsv(bytes);
    QVERIFY(rows.size() > 1);
    const QStringList header = rows.first();
    QCOMPARE(header, (QStringList{QStringLiteral("Name"), QStringLiteral("Type"), QStringLiteral("Status"),
                                  QStringLiteral("Project"), QStringLiteral("GPUs"), QStringLiteral("VRAM"),
                                  QStringLiteral("Created by"), QStringLiteral("Created"),
                                  QStringLiteral("Updated")}));

    // The expected rows, read from the server directly: every workload but the Deleted ones.
    QStringList expectedNames;
    for (const QJsonValue &value : rawWorkloads(QStringLiteral("team-nlp"))) {
        const QJsonObject object = value.toObject();
        if (object.value(u"status").toString() != u"Deleted")
            expectedNames << object.value(u"display_name").toString();
    }
    QStringList names;
    QString previousCreated;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), header.size());
        names << row.at(0);
        QVERIFY(row.at(2) != u"Deleted");
        QCOMPARE(row.at(3), QStringLiteral("team-nlp"));
        QVERIFY(row.at(7).endsWith(u'Z'));
        if (!previousCreated.isEmpty())
            QVERIFY2(row.at(7) <= previousCreated, "rows are newest first");
        previousCreated = row.at(7);
        if (row.at(2) == u"Running")
            QVERIFY2(!row.at(4).isEmpty() || row.at(1) == u"Workspace", "running workloads have GPU figures");
    }
    names.sort();
    expectedNames.sort();
    QCOMPARE(names, expectedNames);
}

void TestCommandLine::exportsToStandardOutput()
{
    const Run run =
        runWorkdeck({QStringLiteral("--server"), m_sandbox->baseUrl().toString(), QStringLiteral("--project"),
                     QStringLiteral("vision-team"), QStringLiteral("--export-csv"), QStringLiteral("-")},
                    m_sandbox->token());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith("Name,Type,Status,Project,"));
    QVERIFY(run.err.isEmpty());
}

void TestCommandLine::unknownProject()
{
    const Run run = runWorkdeck({QStringLiteral("--server"), m_sandbox->baseUrl().toString(),
                                 QStringLiteral("--project"), QStringLiteral("nope"),
                                 QStringLiteral("--export-csv"), m_dir.filePath(QStringLiteral("x.csv"))},
                                m_sandbox->token());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("\xe2\x80\x9cnope\xe2\x80\x9d not found"), run.err.constData());
    QVERIFY(run.err.contains("team-nlp"));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv")))); // nothing half-written
}

void TestCommandLine::wrongToken()
{
    const Run run =
        runWorkdeck({QStringLiteral("--server"), m_sandbox->baseUrl().toString(), QStringLiteral("--project"),
                     QStringLiteral("team-nlp"), QStringLiteral("--export-csv"), QStringLiteral("-")},
                    QStringLiteral("not-the-token"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(m_sandbox->baseUrl().toString().toUtf8() + "/v1/namespaces"),
             run.err.constData());
    QVERIFY(run.err.contains("401"));
    QVERIFY(run.err.contains("Validation of token failed"));
    QVERIFY(!run.err.contains("not-the-token")); // never echo a credential
    QVERIFY(run.out.isEmpty());
}

void TestCommandLine::missingToken()
{
    const Run run =
        runWorkdeck({QStringLiteral("--server"), m_sandbox->baseUrl().toString(), QStringLiteral("--project"),
                     QStringLiteral("team-nlp"), QStringLiteral("--export-csv"), QStringLiteral("-")},
                    QString());
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("WORKDECK_TOKEN"));
}

void TestCommandLine::serverDown()
{
    const Run run = runWorkdeck({QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"),
                                 QStringLiteral("--project"), QStringLiteral("team-nlp"),
                                 QStringLiteral("--export-csv"), QStringLiteral("-")},
                                QStringLiteral("t"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("http://127.0.0.1:1/v1/namespaces"), run.err.constData());
}

void TestCommandLine::printsLogs()
{
    QString failedId;
    for (const QJsonValue &value : rawWorkloads(QStringLiteral("team-nlp"))) {
        if (value.toObject().value(u"status").toString() == u"Failed" &&
            value.toObject().value(u"type").toString() == u"FINE_TUNING")
            failedId = value.toObject().value(u"id").toString();
    }
    QVERIFY(!failedId.isEmpty());
    const Run run =
        runWorkdeck({QStringLiteral("--server"), m_sandbox->baseUrl().toString(), QStringLiteral("--project"),
                     QStringLiteral("team-nlp"), QStringLiteral("--logs"), failedId},
                    m_sandbox->token());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QVERIFY(lines.size() > 100);
    // ISO timestamp, level, message; oldest first; ANSI stripped for a pipe.
    static const QRegularExpression shape(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z (TRACE|DEBUG|INFO|UNKNOWN|WARNING|ERROR|CRITICAL) +\S)"));
    QString previous;
    for (const QByteArray &line : lines) {
        const QString text = QString::fromUtf8(line);
        QVERIFY2(shape.match(text).hasMatch(), line.constData());
        QVERIFY(!text.contains(QChar(0x1b)));
        QVERIFY(text.left(27) >= previous.left(27) || text.left(19) >= previous.left(19));
        previous = text;
    }
    QVERIFY(run.out.contains("OutOfMemoryError"));

    const Run errors =
        runWorkdeck({QStringLiteral("--server"), m_sandbox->baseUrl().toString(), QStringLiteral("--project"),
                     QStringLiteral("team-nlp"), QStringLiteral("--logs"), failedId,
                     QStringLiteral("--level"), QStringLiteral("error")},
                    m_sandbox->token());
    QCOMPARE(errors.exitCode, 0);
    for (const QByteArray &line : errors.out.trimmed().split('\n'))
        QVERIFY2(line.contains(" ERROR ") || line.contains(" CRITICAL "), line.constData());
}

void TestCommandLine::logsOfUnknownWorkload()
{
    const Run run =
        runWorkdeck({QStringLiteral("--server"), m_sandbox->baseUrl().toString(), QStringLiteral("--project"),
                     QStringLiteral("team-nlp"), QStringLiteral("--logs"),
                     QStringLiteral("00000000-0000-4000-8000-000000000000")},
                    m_sandbox->token());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("404") && run.err.contains("not found"), run.err.constData());
}

void TestCommandLine::followsLogs()
{
    QString runningId;
    for (const QJsonValue &value : rawWorkloads(QStringLiteral("team-nlp"))) {
        if (value.toObject().value(u"status").toString() == u"Running" &&
            value.toObject().value(u"type").toString() == u"INFERENCE")
            runningId = value.toObject().value(u"id").toString();
    }
    QVERIFY(!runningId.isEmpty());
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WORKDECK_TOKEN"), m_sandbox->token());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WORKDECK_EXECUTABLE),
                  {QStringLiteral("--server"), m_sandbox->baseUrl().toString(), QStringLiteral("--project"),
                   QStringLiteral("team-nlp"), QStringLiteral("--logs"), runningId,
                   QStringLiteral("--follow")});
    QByteArray out;
    // History first, then new lines keep coming while it follows.
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count('\n') > 5, 15000);
    const qsizetype seen = out.count('\n');
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).count('\n') > seen, 15000);
    QCOMPARE(process.state(), QProcess::Running);
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(QSet<QString>(lines.begin(), lines.end()).size(), lines.size()); // no line twice
}

void TestCommandLine::exportsCsvFromRunAi()
{
    const Run run =
        runWorkdeck({QStringLiteral("--backend"), QStringLiteral("runai"), QStringLiteral("--server"),
                     m_sandbox->baseUrl().toString(), QStringLiteral("--project"), QStringLiteral("team-nlp"),
                     QStringLiteral("--export-csv"), QStringLiteral("-")},
                    m_sandbox->token());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QList<QStringList> rows = readCsv(run.out);
    QVERIFY(rows.size() > 1);
    const QStringList header = rows.first();
    // The Run:ai columns the backend offers and CSV writes by default.
    for (const char *column : {"Name", "Status", "Project", "GPUs", "CPU", "Memory", "Pods", "Preemptible"})
        QVERIFY2(header.contains(QLatin1String(column)), column);
    // The expected names, from the Run:ai API directly: the project's live workloads.
    QNetworkAccessManager network;
    QUrl url = m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/api/v1/workloads")));
    url.setQuery(QStringLiteral("limit=500&filterBy=projectName%3D%3Dteam-nlp"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_sandbox->token().toUtf8());
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    reply->deleteLater();
    QStringList expected;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(reply->readAll()).object().value(u"workloads").toArray())
        expected << value.toObject().value(u"name").toString();
    QVERIFY(!expected.isEmpty());
    const qsizetype pods = header.indexOf(QStringLiteral("Pods"));
    QStringList names;
    for (const QStringList &row : rows.mid(1)) {
        QCOMPARE(row.size(), header.size());
        names << row.at(0);
        QVERIFY2(row.at(pods).contains(u'/'), qPrintable(row.at(pods))); // running/requested
    }
    names.sort();
    expected.sort();
    QCOMPARE(names, expected);
}

void TestCommandLine::runAiLogsNeedTheKubernetesApi()
{
    QString runningId;
    QNetworkAccessManager network;
    QUrl url = m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/api/v1/workloads")));
    url.setQuery(QStringLiteral(
        "limit=500&filterBy=projectName%3D%3Dteam-nlp%2Cphase%3D%3DRunning%2Ctype%3D%3DWorkspace"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_sandbox->token().toUtf8());
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    reply->deleteLater();
    const QJsonArray workloads =
        QJsonDocument::fromJson(reply->readAll()).object().value(u"workloads").toArray();
    QVERIFY(!workloads.isEmpty());
    runningId = workloads.first().toObject().value(u"id").toString();
    const QString podPrefix = workloads.first().toObject().value(u"name").toString();

    const QStringList common = {QStringLiteral("--backend"), QStringLiteral("runai"),
                                QStringLiteral("--server"),  m_sandbox->baseUrl().toString(),
                                QStringLiteral("--project"), QStringLiteral("team-nlp"),
                                QStringLiteral("--logs"),    runningId};
    const Run without = runWorkdeck(common, m_sandbox->token());
    QCOMPARE(without.exitCode, 1);
    QVERIFY2(without.err.contains("Kubernetes"), without.err.constData());

    const Run with =
        runWorkdeck(common + QStringList{QStringLiteral("--kube-server"), m_sandbox->baseUrl().toString()},
                    m_sandbox->token());
    QVERIFY2(with.exitCode == 0, with.err.constData());
    const QList<QByteArray> lines = with.out.trimmed().split('\n');
    QVERIFY(lines.size() > 10);
    for (const QByteArray &line : lines)
        QVERIFY2(line.contains(QByteArray(" [") + podPrefix.toUtf8() + "-0-0] "),
                 line.constData()); // the pod
}

void TestCommandLine::connectsThroughAProfile()
{
    // Profiles as the window saves them (same settings file: the test's XDG_CONFIG_HOME).
    QSettings settings(QStringLiteral("Workdeck"), QStringLiteral("Workdeck"));
    ProfileStore profiles(&settings);
    ConnectionProfile aiwb;
    aiwb.name = QStringLiteral("CI sandbox");
    aiwb.serverUrl = m_sandbox->baseUrl();
    aiwb = profiles.save(aiwb);
    ConnectionProfile runAi;
    runAi.name = QStringLiteral("CI Run:ai");
    runAi.kind = ConnectionProfile::Kind::RunAi;
    runAi.serverUrl = m_sandbox->baseUrl();
    runAi.runAiClientId = QStringLiteral("ci-app");
    runAi = profiles.save(runAi);
    ConnectionProfile broken;
    broken.name = QStringLiteral("Broken");
    broken.serverUrl = QUrl(QStringLiteral("http://aiwb.example.com")); // plain http, not allowed
    profiles.save(broken);
    settings.sync();
    const auto cleanUp = qScopeGuard([&] {
        profiles.remove(aiwb.id);
        profiles.remove(runAi.id);
        profiles.remove(profiles.findByName(QStringLiteral("Broken"))->id);
        qunsetenv("WORKDECK_CLIENT_SECRET");
    });
    const QStringList exportArgs{QStringLiteral("--project"), QStringLiteral("team-nlp"),
                                 QStringLiteral("--export-csv"), QStringLiteral("-")};

    // By name, any case; the token from the environment.
    Run run = runWorkdeck(QStringList{QStringLiteral("--profile"), QStringLiteral("ci SANDBOX")} + exportArgs,
                          m_sandbox->token());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("Name,Type,Status,Project,"));
    QVERIFY(run.out.count('\n') > 1);

    // No token for an AIWB profile on the command line: said, with what to do.
    run = runWorkdeck(QStringList{QStringLiteral("--profile"), QStringLiteral("CI sandbox")} + exportArgs,
                      QString());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("WORKDECK_TOKEN"), run.err.constData());

    // A Run:ai profile with the access key's secret in the environment: the token route, then the API.
    qputenv("WORKDECK_CLIENT_SECRET", m_sandbox->token().toUtf8());
    run = runWorkdeck(QStringList{QStringLiteral("--profile"), QStringLiteral("CI Run:ai")} + exportArgs,
                      QString());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("Name,"));
    QVERIFY(run.out.count('\n') > 1);
    qputenv("WORKDECK_CLIENT_SECRET", "wrong");
    run = runWorkdeck(QStringList{QStringLiteral("--profile"), QStringLiteral("CI Run:ai")} + exportArgs,
                      QString());
    QVERIFY(run.exitCode != 0);
    QVERIFY(!run.err.contains("wrong")); // the secret is never echoed
    qunsetenv("WORKDECK_CLIENT_SECRET");

    // Unknown and unusable profiles.
    run = runWorkdeck(QStringList{QStringLiteral("--profile"), QStringLiteral("nope")} + exportArgs,
                      m_sandbox->token());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("no connection profile called"), run.err.constData());
    run = runWorkdeck(QStringList{QStringLiteral("--profile"), QStringLiteral("Broken")} + exportArgs,
                      m_sandbox->token());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("Plain http"), run.err.constData());
}

void TestCommandLine::exportsCsvFromAirm()
{
    // The same cluster through AIRM alone, and AIWB with AIRM: AIRM adds its own two workloads
    // per project (a model download and a custom job) and the Cluster column has its name.
    const QString server = m_sandbox->baseUrl().toString();
    const QStringList exportArgs{QStringLiteral("--project"), QStringLiteral("team-nlp"),
                                 QStringLiteral("--export-csv"), QStringLiteral("-")};
    const Run aiwb =
        runWorkdeck(QStringList{QStringLiteral("--server"), server} + exportArgs, m_sandbox->token());
    QVERIFY2(aiwb.exitCode == 0, aiwb.err.constData());
    const Run airm = runWorkdeck(
        QStringList{QStringLiteral("--backend"), QStringLiteral("airm"), QStringLiteral("--server"), server} +
            exportArgs,
        m_sandbox->token());
    QVERIFY2(airm.exitCode == 0, airm.err.constData());
    QVERIFY(airm.out.contains("Model download"));
    const Run both = runWorkdeck(
        QStringList{QStringLiteral("--server"), server, QStringLiteral("--airm-server"), server} + exportArgs,
        m_sandbox->token());
    QVERIFY2(both.exitCode == 0, both.err.constData());
    // Every AIWB row once, plus AIRM's two (the export leaves out Deleted rows in each).
    QCOMPARE(both.out.count('\n'), aiwb.out.count('\n') + 2);
    QVERIFY(both.out.contains("nightly-eval-harness"));
    QVERIFY(!aiwb.out.contains("nightly-eval-harness"));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

TestCommandLine::Run TestCommandLine::runWindow(const QString &state, const QStringList &arguments)
{
    // The window, offscreen, with its own settings and cache, against the sandbox.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), state + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), state + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("WORKDECK_TOKEN"), m_sandbox->token());
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(WORKDECK_EXECUTABLE),
                  QStringList{QStringLiteral("--server"), m_sandbox->baseUrl().toString(),
                              QStringLiteral("--project"), QStringLiteral("team-nlp")} +
                      arguments);
    [&] { QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, 60000); }();
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCommandLine::measuresStartupAndCachesTheList()
{
    // It prints the start-up figures once the table is painted with rows, and again once it is
    // painted with the live list; then where the time went, and quits. The list it loaded is
    // cached for the next start, which shows it from there.
    const QString state = m_dir.filePath(QStringLiteral("startup"));
    static const QRegularExpression report(QStringLiteral(
        R"(^startup: first populated table painted (\d+) ms after process start; resident memory (\d+) MB; (\d+) rows on the page\n)"
        R"(startup: live list painted (\d+) ms after process start; resident memory (\d+) MB; (\d+) rows on the page\n)"
        R"(startup milestones \(ms\): (.*)$)"));
    static const QRegularExpression milestone(QStringLiteral(R"(^([a-z ]+) (\d+)$)"));
    for (int run = 0; run < 2; ++run) {
        const Run started = runWindow(state, {QStringLiteral("--measure-startup")});
        QCOMPARE(started.exitCode, 0);
        const QString out = QString::fromUtf8(started.out).trimmed();
        const QRegularExpressionMatch match = report.match(out);
        QVERIFY2(match.hasMatch(), qPrintable(out));
        for (int figure = 1; figure <= 6; ++figure)
            QVERIFY2(match.captured(figure).toInt() > 0, qPrintable(out));
        QVERIFY(match.captured(4).toInt() >= match.captured(1).toInt());
        // In the order reached: from main() to the paint with the live list.
        QStringList names;
        QHash<QString, int> reachedAt;
        int previous = 0;
        for (const QString &part : match.captured(7).split(QStringLiteral(", "))) {
            const QRegularExpressionMatch reached = milestone.match(part);
            QVERIFY2(reached.hasMatch(), qPrintable(part));
            QVERIFY2(reached.captured(2).toInt() >= previous, qPrintable(out));
            previous = reached.captured(2).toInt();
            names << reached.captured(1);
            reachedAt.insert(reached.captured(1), previous);
        }
        QCOMPARE(reachedAt.value(QStringLiteral("painted")), match.captured(1).toInt());
        QCOMPARE(reachedAt.value(QStringLiteral("live list painted")), match.captured(4).toInt());
        QCOMPARE(names.mid(0, 3), (QStringList{QStringLiteral("main"), QStringLiteral("window shown"),
                                               QStringLiteral("projects")}));
        QCOMPARE(names.last(), QStringLiteral("live list painted"));
        // The lists shown before the first paint: on the first start the first page of the live
        // list, or the live list if it came first (both are asked for at once, the project being
        // known); on the second the cached one. The live list may follow before the paint.
        const QStringList before = names.mid(3, names.indexOf(QStringLiteral("painted")) - 3);
        const QStringList live{QStringLiteral("live list")};
        const QStringList shownFirst{run == 0 ? QStringLiteral("first page") : QStringLiteral("cached list")};
        QVERIFY2(before == shownFirst || before == shownFirst + live || (run == 0 && before == live),
                 qPrintable(out));
        QCOMPARE(names.count(QStringLiteral("live list")), 1);
        QVERIFY(names.indexOf(QStringLiteral("live list")) <
                names.indexOf(QStringLiteral("live list painted")));
        // After the first start the list is in the cache (written off the GUI thread, before exit).
        QDirIterator files(state + QStringLiteral("/cache"), {QStringLiteral("*.cache")}, QDir::Files,
                           QDirIterator::Subdirectories);
        QVERIFY2(files.hasNext(), "no workload cache written");
        const QString token = m_sandbox->token();
        files.next();
        QFile cacheFile(files.filePath());
        QVERIFY(cacheFile.open(QIODevice::ReadOnly));
        QVERIFY(!cacheFile.readAll().contains(token.toUtf8())); // no secret in the cache
    }
}

void TestCommandLine::measuringStartupSaysWhyNothingCame()
{
    // A server that cannot be reached: rather than wait for a table that never comes, it says why
    // and fails.
    const Run run = runWindow(m_dir.filePath(QStringLiteral("startup-down")),
                              {QStringLiteral("--server"), QStringLiteral("http://127.0.0.1:1"),
                               QStringLiteral("--measure-startup")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.startsWith("startup: the projects could not be loaded: "), run.out.constData());
    QVERIFY2(run.out.contains("http://127.0.0.1:1/v1/namespaces"), run.out.constData());
}

void TestCommandLine::measuresMemoryWithALongLog()
{
    // After start-up the longest-running workload's log is loaded back page by page, as scrolling up
    // does, until it holds the lines asked for; then the resident memory is printed.
    const QString state = m_dir.filePath(QStringLiteral("memory"));
    const auto measure = [&](int lines) {
        return runWindow(state, {QStringLiteral("--measure-memory"), QString::number(lines)});
    };
    // The sandbox's running workloads hold 2,400 lines from before it started: three pages of 1,000.
    const Run held = measure(2100);
    QCOMPARE(held.exitCode, 0);
    static const QRegularExpression report(
        QStringLiteral(
            R"(^memory: resident memory (\d+) MB with (\d+) log lines held \((.+)\) and (\d+) workloads loaded$)"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = report.match(QString::fromUtf8(held.out));
    QVERIFY2(match.hasMatch(), held.out.constData());
    QVERIFY(match.captured(1).toInt() > 0);
    QVERIFY(match.captured(2).toInt() >= 2100);
    QVERIFY(!match.captured(3).isEmpty());
    QCOMPARE(match.captured(4).toInt(), rawWorkloads(QStringLiteral("team-nlp")).size());

    // No log that long: it says so and fails, rather than printing a figure for a shorter log.
    const Run tooLong = measure(1000000);
    QCOMPARE(tooLong.exitCode, 1);
    QVERIFY2(tooLong.err.contains("--measure-memory: none of the"), tooLong.err.constData());
    QVERIFY(tooLong.err.contains("1000000 lines"));
    QVERIFY(!tooLong.out.contains("memory:"));
}

void TestCommandLine::measuresIdleCpuWithTheWindowHidden()
{
    // After start-up the window is closed as a user does; offscreen there is no tray, so it is hidden
    // as the tray would, and the app goes on running until it has printed the CPU time it used.
    const Run idle = runWindow(m_dir.filePath(QStringLiteral("idle")),
                               {QStringLiteral("--measure-idle"), QStringLiteral("1")});
    QCOMPARE(idle.exitCode, 0);
    static const QRegularExpression report(
        QStringLiteral(
            R"(^idle: (\d+\.\d) ms of CPU in 1 s with the window hidden \(this platform has no system tray\); (\d+) polls? in that time$)"),
        QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = report.match(QString::fromUtf8(idle.out));
    QVERIFY2(match.hasMatch(), idle.out.constData());
    QVERIFY(idle.out.startsWith("startup: "));      // measured after the table was painted
    QVERIFY(match.captured(1).toDouble() < 1000.0); // CPU time within the one second of wall time
}
