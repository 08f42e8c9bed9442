// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxprobe.h"

#include <QProcess>
#include <QTcpServer>

using Workdeck::Test::HttpAnswer;
using Workdeck::Test::HttpProbe;

// workdeck-sandbox run as a user runs it: two lines on stdout, a server on 127.0.0.1, a clear
// error for a taken port, a clean exit on SIGTERM.
class TestSandboxExecutable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void servesAndQuits();
    void takenPortExitsWithOne();
    void versionAndBadOptions();

private:
    QNetworkAccessManager m_network;
};

void TestSandboxExecutable::servesAndQuits()
{
    QProcess process;
    process.start(QStringLiteral(WORKDECK_SANDBOX_EXECUTABLE),
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                   QStringLiteral("3"), QStringLiteral("--workloads"), QStringLiteral("30"),
                   QStringLiteral("--namespaces"), QStringLiteral("alpha,beta")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.peek(4096).count('\n') >= 2, 15000);
    const QString first = QString::fromUtf8(process.readLine()).trimmed();
    const QString second = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(first.startsWith(u"Workdeck sandbox listening on http://127.0.0.1:"), qPrintable(first));
    QVERIFY2(second.startsWith(u"Token: ") && second.size() > 20, qPrintable(second));
    const QUrl url(first.section(u' ', -1));
    QVERIFY(url.port() > 0);
    const HttpProbe probe(&m_network, url, second.mid(7));
    const HttpAnswer namespaces = probe.call(QStringLiteral("/v1/namespaces"));
    QCOMPARE(namespaces.status, 200);
    QCOMPARE(namespaces.body, QByteArray(R"({"data":["alpha","beta"]})"));
    QCOMPARE(probe.call(QStringLiteral("/v1/namespaces"), "Bearer wrong").status, 401);
    QCOMPARE(probe.call(QStringLiteral("/v1/namespaces/alpha/workloads")).data().size() +
                 probe.call(QStringLiteral("/v1/namespaces/beta/workloads")).data().size(),
             30);

    process.terminate(); // SIGTERM: a clean shutdown
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSandboxExecutable::takenPortExitsWithOne()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    QProcess clash;
    clash.start(QStringLiteral(WORKDECK_SANDBOX_EXECUTABLE),
                {QStringLiteral("--port"), QString::number(taken.serverPort())});
    QVERIFY(clash.waitForFinished(10000));
    QCOMPARE(clash.exitCode(), 1);
    const QByteArray error = clash.readAllStandardError();
    QVERIFY2(error.contains("127.0.0.1:" + QByteArray::number(taken.serverPort())) &&
                 error.contains("in use"),
             error.constData());
    QVERIFY(clash.readAllStandardOutput().isEmpty());
}

void TestSandboxExecutable::versionAndBadOptions()
{
    QProcess version;
    version.start(QStringLiteral(WORKDECK_SANDBOX_EXECUTABLE), {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(10000));
    QCOMPARE(version.exitCode(), 0);
    QCOMPARE(version.readAllStandardOutput().trimmed(), QByteArray("workdeck-sandbox " WORKDECK_VERSION));
    QProcess bad;
    bad.start(QStringLiteral(WORKDECK_SANDBOX_EXECUTABLE),
              {QStringLiteral("--error-rate"), QStringLiteral("2")});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("--error-rate"));
}

QTEST_GUILESS_MAIN(TestSandboxExecutable)
#include "tst_sandboxexecutable.moc"
