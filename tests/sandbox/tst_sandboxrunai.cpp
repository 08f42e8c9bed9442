// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxprobe.h"
#include "sandboxserver.h"

#include <QRegularExpression>
#include <QtTest>

using namespace Workdeck;
using Workdeck::Test::HttpAnswer;
using Workdeck::Test::HttpProbe;

// The sandbox's Run:ai API and Kubernetes pod log route, seen with plain HTTP: paging, casing,
// error shapes and quirks as docs/reference/runai-api.md describes them.
class TestSandboxRunAi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pagingWithNext();
    void countMatchesTheList();
    void errorsAreCodeAndMessage();
    void workloadShape();
    void metricsAreStrings();
    void batchAnswersPerWorkload();
    void tokenEndpoints();
    void podLogRoute();

private:
    HttpAnswer post(const QString &path, const QByteArray &body, const QByteArray &contentType,
                    bool withToken = true);
    QJsonObject firstWorkload(const QString &filter);

    std::unique_ptr<Sandbox::SandboxServer> m_server;
    std::unique_ptr<HttpProbe> m_probe;
    QNetworkAccessManager m_network;
};

void TestSandboxRunAi::init()
{
    Sandbox::SandboxOptions options;
    options.seed = 9;
    options.workloadCount = 130;
    options.token = QStringLiteral("tk");
    m_server = std::make_unique<Sandbox::SandboxServer>(options);
    QVERIFY(m_server->listen());
    m_probe = std::make_unique<HttpProbe>(&m_network, m_server->baseUrl(), m_server->token());
}

void TestSandboxRunAi::cleanup()
{
    m_probe.reset();
    m_server.reset();
}

HttpAnswer TestSandboxRunAi::post(const QString &path, const QByteArray &body, const QByteArray &contentType,
                                  bool withToken)
{
    QNetworkRequest request(QUrl(m_server->baseUrl().toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (withToken)
        request.setRawHeader("Authorization", "Bearer tk");
    QNetworkReply *reply = m_network.post(request, body);
    QSignalSpy(reply, &QNetworkReply::finished).wait(10000);
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

QJsonObject TestSandboxRunAi::firstWorkload(const QString &filter)
{
    const HttpAnswer answer = m_probe->call(QStringLiteral("/api/v1/workloads?limit=500&filterBy=") + filter);
    return answer.json().value(u"workloads").toArray().first().toObject();
}

void TestSandboxRunAi::pagingWithNext()
{
    QSet<QString> ids;
    qint64 offset = 0;
    int pages = 0;
    for (;;) {
        const HttpAnswer page =
            m_probe->call(QStringLiteral("/api/v1/workloads?limit=50&offset=%1").arg(offset));
        QCOMPARE(page.status, 200);
        const QJsonObject body = page.json();
        for (const QJsonValue &w : body.value(u"workloads").toArray())
            ids.insert(w.toObject().value(u"id").toString());
        ++pages;
        if (!body.contains(u"next"))
            break;                                              // the end: no next
        QCOMPARE(body.value(u"next").toInteger(), offset + 50); // next is the next offset
        offset = body.value(u"next").toInteger();
    }
    QVERIFY(pages >= 3);
    const HttpAnswer count = m_probe->call(QStringLiteral("/api/v1/workloads/count"));
    QCOMPARE(qint64(ids.size()), count.json().value(u"count").toInteger());
    // Limits outside 1..500 are refused.
    QCOMPARE(m_probe->call(QStringLiteral("/api/v1/workloads?limit=501")).status, 400);
    QCOMPARE(m_probe->call(QStringLiteral("/api/v1/workloads?limit=0")).status, 400);
    QCOMPARE(m_probe->call(QStringLiteral("/api/v1/workloads?offset=-1")).status, 400);
}

void TestSandboxRunAi::countMatchesTheList()
{
    for (const QString &query :
         {QStringLiteral("deleted=true"), QStringLiteral("filterBy=phase%3D%3DRunning"),
          QStringLiteral("filterBy=projectName%3D%3Dteam-nlp%2Ctype%3D%3DWorkspace")}) {
        const HttpAnswer list = m_probe->call(QStringLiteral("/api/v1/workloads?limit=500&") + query);
        const HttpAnswer count = m_probe->call(QStringLiteral("/api/v1/workloads/count?") + query);
        QCOMPARE(list.status, 200);
        QCOMPARE(count.json().value(u"count").toInteger(), list.json().value(u"workloads").toArray().size());
        QVERIFY2(!list.json().value(u"workloads").toArray().isEmpty(), qPrintable(query));
        // Small pages of the same selection hold the same workloads, in the same order.
        QStringList whole;
        for (const QJsonValue &w : list.json().value(u"workloads").toArray())
            whole << w.toObject().value(u"id").toString();
        QStringList paged;
        for (qint64 offset = 0; offset >= 0 && paged.size() <= whole.size();) {
            const QJsonObject page =
                m_probe->call(QStringLiteral("/api/v1/workloads?limit=7&offset=%1&").arg(offset) + query)
                    .json();
            for (const QJsonValue &w : page.value(u"workloads").toArray())
                paged << w.toObject().value(u"id").toString();
            offset = page.contains(u"next") ? page.value(u"next").toInteger() : -1;
        }
        QCOMPARE(paged, whole);
    }
    const QJsonArray deleted = m_probe->call(QStringLiteral("/api/v1/workloads?deleted=true&limit=500"))
                                   .json()
                                   .value(u"workloads")
                                   .toArray();
    for (const QJsonValue &w : deleted)
        QVERIFY(!w.toObject().value(u"deletedAt").isNull());
}

void TestSandboxRunAi::errorsAreCodeAndMessage()
{
    const HttpAnswer unauthorized = m_probe->call(QStringLiteral("/api/v1/workloads"), QByteArray());
    QCOMPARE(unauthorized.status, 401);
    QCOMPARE(unauthorized.json().value(u"code").toInt(), 401);
    QVERIFY(!unauthorized.json().value(u"message").toString().isEmpty());
    const HttpAnswer missing =
        m_probe->call(QStringLiteral("/api/v1/workloads/00000000-0000-0000-0000-000000000000"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(u"code").toInt(), 404);
    const HttpAnswer badFilter = m_probe->call(QStringLiteral("/api/v1/workloads?filterBy=colour%3D%3Dred"));
    QCOMPARE(badFilter.status, 400);
    QVERIFY(badFilter.json().value(u"message").toString().contains(QStringLiteral("colour")));
    const HttpAnswer method =
        m_probe->call(QStringLiteral("/api/v1/workloads"), HttpProbe::useToken, "DELETE");
    QCOMPARE(method.status, 405);
}

void TestSandboxRunAi::workloadShape()
{
    const QJsonObject w = firstWorkload(QStringLiteral("phase%3D%3DRunning%2Ctype%3D%3DWorkspace"));
    QVERIFY(!w.isEmpty());
    // camelCase, the required fields, nullable ones present as null.
    for (const char *key : {"type",
                            "name",
                            "id",
                            "source",
                            "priority",
                            "priorityClassName",
                            "clusterId",
                            "projectName",
                            "projectId",
                            "departmentName",
                            "departmentId",
                            "namespace",
                            "createdAt",
                            "phase",
                            "conditions",
                            "k8sPhase",
                            "tenantId",
                            "runningPods",
                            "phaseUpdatedAt",
                            "k8sPhaseUpdatedAt",
                            "updatedAt",
                            "deletedAt",
                            "category"})
        QVERIFY2(w.contains(QLatin1String(key)), key);
    QVERIFY(w.value(u"deletedAt").isNull());
    QVERIFY(w.value(u"projectId").isString());
    QVERIFY(w.value(u"namespace").toString().startsWith(QStringLiteral("runai-")));
    QVERIFY(!w.value(u"urls").toArray().isEmpty());
    QCOMPARE(w.value(u"actionsSupport").toObject().value(u"suspend").toBool(), true);
    const QString id = w.value(u"id").toString();
    const HttpAnswer pods = m_probe->call(QStringLiteral("/api/v1/workloads/%1/pods").arg(id));
    QCOMPARE(pods.status, 200);
    QCOMPARE(pods.json().value(u"pods").toArray().size(), w.value(u"runningPods").toInt());
    const QJsonObject inference = firstWorkload(QStringLiteral("type%3D%3DInference"));
    QCOMPARE(inference.value(u"actionsSupport").toObject().value(u"suspend").toBool(), false);
}

void TestSandboxRunAi::metricsAreStrings()
{
    const QJsonObject w = firstWorkload(QStringLiteral("phase%3D%3DRunning"));
    const QString id = w.value(u"id").toString();
    const QString end = m_server->now().toString(Qt::ISODate);
    const QString start = m_server->now().addSecs(-600).toString(Qt::ISODate);
    const HttpAnswer metrics = m_probe->call(
        QStringLiteral("/api/v1/workloads/%1/"
                       "metrics?metricType=GPU_UTILIZATION,CPU_USAGE_CORES&start=%2&end=%3&numberOfSamples=5")
            .arg(id, start, end));
    QCOMPARE(metrics.status, 200);
    const QJsonArray measurements = metrics.json().value(u"measurements").toArray();
    QCOMPARE(measurements.size(), 2);
    for (const QJsonValue &m : measurements) {
        QVERIFY(m.toObject().value(u"labels").isNull());
        const QJsonArray values = m.toObject().value(u"values").toArray();
        QCOMPARE(values.size(), 5);
        QVERIFY(values.last().toObject().value(u"value").isString());
    }
    QCOMPARE(m_probe->call(QStringLiteral("/api/v1/workloads/%1/metrics?metricType=GPU_UTILIZATION").arg(id))
                 .status,
             400); // start and end are required
    QCOMPARE(m_probe
                 ->call(QStringLiteral(
                            "/api/v1/workloads/%1/metrics?metricType=GPU_UTILIZATION_PER_GPU&start=%2&end=%3")
                            .arg(id, start, end))
                 .status,
             400); // per-GPU series only on the pod route
}

void TestSandboxRunAi::batchAnswersPerWorkload()
{
    const QJsonObject workspace = firstWorkload(QStringLiteral("phase%3D%3DRunning%2Ctype%3D%3DWorkspace"));
    const QJsonObject inference = firstWorkload(QStringLiteral("phase%3D%3DRunning%2Ctype%3D%3DInference"));
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{QStringLiteral("action"), QStringLiteral("suspend")},
                        {QStringLiteral("ids"), QJsonArray{workspace.value(u"id"), inference.value(u"id")}}})
            .toJson();
    const HttpAnswer answer = post(QStringLiteral("/api/v1/workloads/batch"), body, "application/json");
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(u"succeeded").toArray(), QJsonArray{workspace.value(u"id")});
    const QJsonObject failure = answer.json().value(u"failed").toArray().first().toObject();
    QCOMPARE(failure.value(u"id"), inference.value(u"id"));
    QCOMPARE(failure.value(u"code").toInt(), 400);
    const HttpAnswer phase =
        m_probe->call(QStringLiteral("/api/v1/workloads/%1").arg(workspace.value(u"id").toString()));
    QVERIFY(phase.json().value(u"phase").toString().startsWith(QStringLiteral("Stop")));
    QCOMPARE(post(QStringLiteral("/api/v1/workloads/batch"), R"({"action":"explode","ids":["x"]})",
                  "application/json")
                 .status,
             400);
    QCOMPARE(post(QStringLiteral("/api/v1/workloads/batch"), body, "application/json", false).status, 401);
}

void TestSandboxRunAi::tokenEndpoints()
{
    const HttpAnswer v1 = post(QStringLiteral("/api/v1/token"),
                               R"({"grantType":"client_credentials","clientID":"app","clientSecret":"tk"})",
                               "application/json", false);
    QCOMPARE(v1.status, 200);
    QCOMPARE(v1.json().value(u"accessToken").toString(), QStringLiteral("tk"));
    QCOMPARE(v1.json().value(u"expiresIn").toInt(), 3600);
    const HttpAnswer v2 =
        post(QStringLiteral("/api/v2/token"), "grant_type=client_credentials&client_id=app&client_secret=tk",
             "application/x-www-form-urlencoded", false);
    QCOMPARE(v2.status, 200);
    QCOMPARE(v2.json().value(u"access_token").toString(), QStringLiteral("tk"));
    QCOMPARE(v2.json().value(u"token_type").toString(), QStringLiteral("Bearer"));
    QCOMPARE(post(QStringLiteral("/api/v1/token"),
                  R"({"grantType":"client_credentials","clientID":"app","clientSecret":"wrong"})",
                  "application/json", false)
                 .status,
             401);
}

void TestSandboxRunAi::podLogRoute()
{
    const QJsonObject w = firstWorkload(QStringLiteral("phase%3D%3DRunning%2Ctype%3D%3DWorkspace"));
    const QString ns = w.value(u"namespace").toString();
    const QJsonObject pod =
        m_probe->call(QStringLiteral("/api/v1/workloads/%1/pods").arg(w.value(u"id").toString()))
            .json()
            .value(u"pods")
            .toArray()
            .first()
            .toObject();
    const QString name = pod.value(u"name").toString();
    const HttpAnswer log = m_probe->call(
        QStringLiteral("/api/v1/namespaces/%1/pods/%2/log?timestamps=true&tailLines=5").arg(ns, name));
    QCOMPARE(log.status, 200);
    const QList<QByteArray> lines = log.body.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    static const QRegularExpression rfc3339nano(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z )"));
    for (const QByteArray &line : lines)
        QVERIFY2(rfc3339nano.match(QString::fromUtf8(line)).hasMatch(), line.constData());
    const HttpAnswer plain =
        m_probe->call(QStringLiteral("/api/v1/namespaces/%1/pods/%2/log?tailLines=1").arg(ns, name));
    QVERIFY(!rfc3339nano.match(QString::fromUtf8(plain.body)).hasMatch()); // no timestamps unless asked
    // Kubernetes Status objects for errors.
    const HttpAnswer missing = m_probe->call(QStringLiteral("/api/v1/namespaces/%1/pods/nope/log").arg(ns));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value(u"kind").toString(), QStringLiteral("Status"));
    QCOMPARE(missing.json().value(u"reason").toString(), QStringLiteral("NotFound"));
    const HttpAnswer previous =
        m_probe->call(QStringLiteral("/api/v1/namespaces/%1/pods/%2/log?previous=true").arg(ns, name));
    QCOMPARE(previous.status, 400);
    QVERIFY(previous.json()
                .value(u"message")
                .toString()
                .contains(QStringLiteral("previous terminated container")));
    QCOMPARE(
        m_probe->call(QStringLiteral("/api/v1/namespaces/%1/pods/%2/log").arg(ns, name), QByteArray()).status,
        401);
    QCOMPARE(
        m_probe->call(QStringLiteral("/api/v1/namespaces/%1/pods/%2/log?sinceTime=yesterday").arg(ns, name))
            .status,
        400);
}

QTEST_GUILESS_MAIN(TestSandboxRunAi)
#include "tst_sandboxrunai.moc"
