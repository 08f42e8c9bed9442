// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"
#include "simulatedcluster.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QtTest>

using namespace Workdeck::Sandbox;

// The sandbox as an HTTP peer, checked with a plain QNetworkAccessManager (not the Workdeck
// client): shapes, errors and quirks of the AIWB API, life cycles, faults, and robustness.
class TestSandboxServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthNeedsNoToken();
    void authErrors_data();
    void authErrors();
    void namespacesAndList();
    void filtersAndValidation();
    void plusInQueryIsASpace();
    void notFoundAndWrongMethod();
    void lifeCycleFollowsTheClock();
    void sameSeedSameCluster();
    void clientDisconnectingMidStream();
    void executable();

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QByteArray header(const char *) const;
        QList<QNetworkReply::RawHeaderPair> headers;
        QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    };
    Answer request(SandboxServer &server, const QString &pathAndQuery,
                   const QByteArray &authorization = "use-token", const QByteArray &method = "GET");

    QNetworkAccessManager m_network;
};

QByteArray TestSandboxServer::Answer::header(const char *name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

TestSandboxServer::Answer TestSandboxServer::request(SandboxServer &server, const QString &pathAndQuery,
                                                     const QByteArray &authorization,
                                                     const QByteArray &method)
{
    QNetworkRequest request(QUrl(server.baseUrl().toString() + pathAndQuery, QUrl::TolerantMode));
    if (authorization == "use-token")
        request.setRawHeader("Authorization", "Bearer " + server.token().toUtf8());
    else if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.error = reply->error();
    answer.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return answer;
}

void TestSandboxServer::healthNeedsNoToken()
{
    SandboxServer server({});
    QVERIFY(server.listen());
    QCOMPARE(server.baseUrl().host(), QStringLiteral("127.0.0.1")); // loopback only
    const Answer answer = request(server, QStringLiteral("/v1/health"), {});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(u"status").toString(), QStringLiteral("OK"));
}

void TestSandboxServer::authErrors_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("detail");
    QTest::newRow("missing") << QByteArray() << "Unauthorized";
    QTest::newRow("scheme") << QByteArray("Basic abc")
                            << "Invalid token scheme. Please include Bearer in Authorization header.";
    QTest::newRow("wrong") << QByteArray("Bearer nope")
                           << "Validation of token failed: Signature verification failed.";
}

void TestSandboxServer::authErrors()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, detail);
    SandboxOptions options;
    options.token = QStringLiteral("right");
    SandboxServer server(options);
    QVERIFY(server.listen());
    const Answer answer = request(server, QStringLiteral("/v1/namespaces"),
                                  authorization.isEmpty() ? QByteArray("") : authorization);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.json().value(u"detail").toString(), detail);
    QCOMPARE(answer.header("WWW-Authenticate"), QByteArray("Bearer"));
    QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
}

void TestSandboxServer::namespacesAndList()
{
    SandboxOptions options;
    options.workloadCount = 40;
    SandboxServer server(options);
    QVERIFY(server.listen());
    const Answer namespaces = request(server, QStringLiteral("/v1/namespaces"));
    QCOMPARE(namespaces.status, 200);
    QCOMPARE(namespaces.json().value(u"data").toArray().size(), 3);
    const Answer list = request(server, QStringLiteral("/v1/namespaces/team-nlp/workloads"));
    QCOMPARE(list.status, 200);
    const QJsonArray data = list.json().value(u"data").toArray();
    QVERIFY(data.size() >= 6);
    bool sawDeleted = false;
    for (const QJsonValue &value : data) {
        const QJsonObject w = value.toObject();
        for (const char *key :
             {"id", "created_at", "updated_at", "created_by", "updated_by", "name", "display_name", "type",
              "status", "namespace", "chart_id", "model_id", "dataset_id", "endpoints"})
            QVERIFY2(w.contains(QLatin1String(key)), key);
        QVERIFY(w.value(u"created_at").toString().endsWith(u'Z'));
        QVERIFY(w.value(u"name").toString().size() <= 53 + 10);
        const QString status = w.value(u"status").toString();
        sawDeleted |= status == u"Deleted";
        if (status != u"Pending" && status != u"Running")
            QVERIFY(w.value(u"endpoints").toObject().isEmpty());
    }
    QVERIFY(sawDeleted); // Deleted rows are listed unless filtered
}

void TestSandboxServer::filtersAndValidation()
{
    SandboxServer server({});
    QVERIFY(server.listen());
    const Answer running = request(
        server,
        QStringLiteral("/v1/namespaces/team-nlp/workloads?status_filter=Running&workload_type=WORKSPACE"));
    QCOMPARE(running.status, 200);
    for (const QJsonValue &value : running.json().value(u"data").toArray()) {
        QCOMPARE(value.toObject().value(u"status").toString(), QStringLiteral("Running"));
        QCOMPARE(value.toObject().value(u"type").toString(), QStringLiteral("WORKSPACE"));
    }
    const Answer bad =
        request(server, QStringLiteral("/v1/namespaces/team-nlp/workloads?status_filter=running"));
    QCOMPARE(bad.status, 422);
    const QJsonObject item = bad.json().value(u"detail").toArray().first().toObject();
    QCOMPARE(item.value(u"type").toString(), QStringLiteral("enum"));
    QCOMPARE(item.value(u"loc").toArray(),
             (QJsonArray{QStringLiteral("query"), QStringLiteral("status_filter"), 0}));
    QCOMPARE(item.value(u"input").toString(), QStringLiteral("running"));
    const Answer badId = request(server, QStringLiteral("/v1/namespaces/team-nlp/workloads/xyz"));
    QCOMPARE(badId.status, 422);
    QCOMPARE(badId.json().value(u"detail").toArray().first().toObject().value(u"type").toString(),
             QStringLiteral("uuid_parsing"));
}

void TestSandboxServer::plusInQueryIsASpace()
{
    SandboxServer server({});
    QVERIFY(server.listen());
    const QJsonArray data =
        request(server, QStringLiteral("/v1/namespaces/team-nlp/workloads")).json().value(u"data").toArray();
    const QString id = data.first().toObject().value(u"id").toString();
    const QString path =
        QStringLiteral("/v1/namespaces/team-nlp/workloads/%1/logs?end=2099-01-01T00:00:00Z&start=").arg(id);
    QCOMPARE(request(server, path + QStringLiteral("2026-01-01T00:00:00+00:00")).status,
             422); // '+' became a space
    QCOMPARE(request(server, path + QStringLiteral("2026-01-01T00:00:00%2B00:00")).status, 200);
    QCOMPARE(request(server, path + QStringLiteral("2026-01-01T00:00:00")).status,
             422); // naive is refused here
}

void TestSandboxServer::notFoundAndWrongMethod()
{
    SandboxServer server({});
    QVERIFY(server.listen());
    const Answer missing = request(server, QStringLiteral("/v2/nothing"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(u"detail").toString(), QStringLiteral("Not Found"));
    const Answer ns = request(server, QStringLiteral("/v1/namespaces/ghosts/workloads"));
    QCOMPARE(ns.status, 404);
    QCOMPARE(ns.json().value(u"detail").toString(), QStringLiteral("Namespace 'ghosts' not found"));
    QCOMPARE(request(server, QStringLiteral("/v1/namespaces"), "use-token", "DELETE").status, 405);
}

void TestSandboxServer::lifeCycleFollowsTheClock()
{
    QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    SandboxOptions options;
    options.clock = [&now] { return now; };
    SandboxServer server(options);
    QVERIFY(server.listen());
    const auto statusOf = [&](const QString &displayName) {
        for (const QJsonValue &value : request(server, QStringLiteral("/v1/namespaces/team-nlp/workloads"))
                                           .json()
                                           .value(u"data")
                                           .toArray()) {
            if (value.toObject().value(u"display_name").toString() == displayName)
                return value.toObject().value(u"status").toString();
        }
        return QString();
    };
    QCOMPARE(statusOf(QStringLiteral("Vscode Workspace")), QStringLiteral("Pending"));
    now = now.addSecs(25);
    QCOMPARE(statusOf(QStringLiteral("Vscode Workspace")), QStringLiteral("Running"));
    // A deleted workload stays listed as Deleted, and its logs stay readable.
    const QJsonArray data =
        request(server, QStringLiteral("/v1/namespaces/team-nlp/workloads?status_filter=Running"))
            .json()
            .value(u"data")
            .toArray();
    const QString id = data.first().toObject().value(u"id").toString();
    QCOMPARE(
        request(server, QStringLiteral("/v1/namespaces/team-nlp/workloads/%1").arg(id), "use-token", "DELETE")
            .status,
        204);
    QCOMPARE(
        request(server, QStringLiteral("/v1/namespaces/team-nlp/workloads/%1").arg(id), "use-token", "DELETE")
            .status,
        204);
    QCOMPARE(request(server, QStringLiteral("/v1/namespaces/team-nlp/workloads/%1").arg(id))
                 .json()
                 .value(u"status")
                 .toString(),
             QStringLiteral("Deleted"));
    QVERIFY(server.cluster().workload(id)->deletedMicros > 0);
}

void TestSandboxServer::sameSeedSameCluster()
{
    const QDateTime epoch = QDateTime::currentDateTimeUtc();
    SandboxOptions options;
    options.seed = 99;
    options.epoch = epoch;
    SandboxServer a(options);
    SandboxServer b(options);
    QVERIFY(a.listen() && b.listen());
    QCOMPARE(request(a, QStringLiteral("/v1/namespaces/vision-team/workloads")).body,
             request(b, QStringLiteral("/v1/namespaces/vision-team/workloads")).body);
    options.seed = 100;
    SandboxServer c(options);
    QVERIFY(c.listen());
    QVERIFY(request(a, QStringLiteral("/v1/namespaces/vision-team/workloads")).body !=
            request(c, QStringLiteral("/v1/namespaces/vision-team/workloads")).body);
}

void TestSandboxServer::clientDisconnectingMidStream()
{
    SandboxOptions options;
    options.timeScale = 50;
    options.streamPollIntervalMs = 10;
    SandboxServer server(options);
    QVERIFY(server.listen());
    const QJsonArray data =
        request(server, QStringLiteral("/v1/namespaces/team-nlp/workloads?status_filter=Running"))
            .json()
            .value(u"data")
            .toArray();
    const QString id = data.first().toObject().value(u"id").toString();
    for (int i = 0; i < 5; ++i) {
        QNetworkRequest stream(
            QUrl(server.baseUrl().toString() +
                 QStringLiteral("/v1/namespaces/team-nlp/workloads/%1/logs/stream").arg(id)));
        stream.setRawHeader("Authorization", "Bearer " + server.token().toUtf8());
        QNetworkReply *reply = m_network.get(stream);
        QSignalSpy readyRead(reply, &QNetworkReply::readyRead);
        QVERIFY(readyRead.wait(5000));
        reply->abort(); // the server must keep going, and never write to the dead socket
        reply->deleteLater();
        QTest::qWait(50);
    }
    QCOMPARE(request(server, QStringLiteral("/v1/health"), {}).status, 200);
}

void TestSandboxServer::executable()
{
    QProcess process;
    process.start(
        QStringLiteral(WORKDECK_SANDBOX_EXECUTABLE),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"), QStringLiteral("3")});
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine() && QString::fromUtf8(process.peek(4096)).count(u'\n') >= 2,
                             10000);
    const QString first = QString::fromUtf8(process.readLine()).trimmed();
    const QString second = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(first.startsWith(u"Workdeck sandbox listening on http://127.0.0.1:"), qPrintable(first));
    QVERIFY(second.startsWith(u"Token: "));
    const QUrl url(first.section(u' ', -1));
    QNetworkRequest namespaces(url.resolved(QUrl(QStringLiteral("/v1/namespaces"))));
    namespaces.setRawHeader("Authorization", "Bearer " + second.mid(7).toUtf8());
    QNetworkReply *reply = m_network.get(namespaces);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    // The port is now taken: a second one says so and exits 1.
    QProcess clash;
    clash.start(QStringLiteral(WORKDECK_SANDBOX_EXECUTABLE),
                {QStringLiteral("--port"), QString::number(url.port())});
    QVERIFY(clash.waitForFinished(10000));
    QCOMPARE(clash.exitCode(), 1);
    QVERIFY(clash.readAllStandardError().contains("in use"));
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
