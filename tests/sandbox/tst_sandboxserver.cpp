// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"
#include "sandboxfixture.h"

#include <QNetworkInterface>
#include <QRegularExpression>
#include <QTcpSocket>

using namespace Qt::StringLiterals;
using namespace Workdeck::Sandbox;
using Workdeck::Test::HttpAnswer;
using Workdeck::Test::HttpProbe;
using Fixture = Workdeck::Test::SandboxFixture;

// The sandbox's AIWB API as an HTTP peer, checked with a plain QNetworkAccessManager (not the
// Workdeck client): auth, namespaces, the workload list with its filters and showcase, get and
// delete, the namespace table and stats, unknown paths, life cycles on an injected clock,
// determinism, faults, and a cluster of 10,000 workloads.
class TestSandboxServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void healthNeedsNoToken();
    void bindsToLoopbackOnly();
    void authErrors_data();
    void authErrors();
    void namespaces();
    void listShapeAndShowcase();
    void listFilters_data();
    void listFilters();
    void listValidation_data();
    void listValidation();
    void getDeleteAndNotFound();
    void namespaceTableStatsAndResources();
    void unknownPathAndMethod();
    void lifeCycleFollowsTheClock_data();
    void lifeCycleFollowsTheClock();
    void sameSeedSameCluster();
    void faults();
    void tenThousandWorkloads();
    void jsonStrings();

private:
    Fixture m_sandbox;
};

void TestSandboxServer::init()
{
    m_sandbox.resetClock();
}

void TestSandboxServer::cleanup()
{
    m_sandbox.stop();
}

void TestSandboxServer::bindsToLoopbackOnly()
{
    // Bound to 127.0.0.1 itself, not to a wildcard: 127.0.0.2 (also this machine) and every
    // address of the machine's network interfaces are refused.
    const quint16 port = m_sandbox.start().port();
    const auto reachable = [port](const QHostAddress &address) {
        QTcpSocket socket;
        socket.connectToHost(address, port);
        return socket.waitForConnected(2000);
    };
    QVERIFY(reachable(QHostAddress(QStringLiteral("127.0.0.1"))));
    QVERIFY(!reachable(QHostAddress(QStringLiteral("127.0.0.2"))));
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback())
            QVERIFY2(!reachable(address), qPrintable(address.toString()));
    }
}

void TestSandboxServer::healthNeedsNoToken()
{
    m_sandbox.start();
    QCOMPARE(m_sandbox.server().baseUrl().host(), QStringLiteral("127.0.0.1")); // loopback only
    const HttpAnswer answer = m_sandbox.call(QStringLiteral("/v1/health"), {});
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.body, QByteArray(R"({"status":"OK"})"));
    QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
}

void TestSandboxServer::authErrors_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<bool>("challenge");
    QTest::newRow("missing") << QByteArray() << u"Unauthorized"_s << true;
    QTest::newRow("scheme") << QByteArray("Basic abc")
                            << u"Invalid token scheme. Please include Bearer in Authorization header."_s
                            << false;
    QTest::newRow("wrong token") << QByteArray("Bearer nope")
                                 << u"Validation of token failed: Signature verification failed."_s << false;
    QTest::newRow("no token")
        << QByteArray("Bearer")
        << u"Validation of token failed: not enough values to unpack (expected 2, got 1)"_s << false;
    QTest::newRow("validator") << QByteArray("Bearer revoked")
                               << u"Validation of token failed: Token is not active"_s << false;
    QTest::newRow("expired") << QByteArray("Bearer old") << u"Token expired"_s << false;
}

void TestSandboxServer::authErrors()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, detail);
    QFETCH(bool, challenge);
    SandboxOptions options;
    options.tokenValidator = [](const QString &token, QString *reason) {
        *reason = token == u"old" ? QStringLiteral("Token expired") : QStringLiteral("Token is not active");
        return token == u"right";
    };
    m_sandbox.start(options);
    if (QTest::currentDataTag() == QByteArray("wrong token"))
        m_sandbox.start(); // no validator: the token is compared
    const HttpAnswer answer = m_sandbox.call(QStringLiteral("/v1/namespaces"), authorization);
    QCOMPARE(answer.status, 401);
    QCOMPARE(answer.detail(), detail);
    QCOMPARE(answer.header("WWW-Authenticate"), challenge ? QByteArray("Bearer") : QByteArray());
    QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
    if (QTest::currentDataTag() == QByteArray("validator"))
        QCOMPARE(m_sandbox.call(QStringLiteral("/v1/namespaces"), "Bearer right").status, 200);
}

void TestSandboxServer::namespaces()
{
    m_sandbox.start();
    QCOMPARE(m_sandbox.call(QStringLiteral("/v1/namespaces")).body,
             QByteArray(R"({"data":["research-and-development","vision-team","team-nlp"]})"));
    SandboxOptions options;
    options.namespaces = {QStringLiteral("alpha"), QStringLiteral("beta")};
    m_sandbox.start(options);
    QCOMPARE(m_sandbox.call(QStringLiteral("/v1/namespaces")).data(),
             (QJsonArray{QStringLiteral("alpha"), QStringLiteral("beta")}));
    QVERIFY(!m_sandbox.server()
                 .cluster()
                 .showcaseId(QStringLiteral("beta"), Showcase::DeletedWorkload)
                 .isEmpty());
}

void TestSandboxServer::listShapeAndShowcase()
{
    m_sandbox.start();
    const HttpAnswer list = m_sandbox.call(QStringLiteral("/v1/namespaces/%1/workloads").arg(Fixture::ns()));
    QCOMPARE(list.status, 200);
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    static const QRegularExpression stamp(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{6})?Z$)"));
    static const QRegularExpression name(QStringLiteral(R"(^wb-[a-z-]+-\d{10}-[0-9a-f]{4}$)"));
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : list.data()) {
        const QJsonObject w = value.toObject();
        QCOMPARE(w.keys().size(), 14);
        for (const char *key :
             {"id", "created_at", "updated_at", "created_by", "updated_by", "name", "display_name", "type",
              "status", "namespace", "chart_id", "model_id", "dataset_id", "endpoints"})
            QVERIFY2(w.contains(QLatin1String(key)), key);
        QVERIFY2(uuid.match(w[u"id"].toString()).hasMatch(), qPrintable(w[u"id"].toString()));
        QVERIFY2(stamp.match(w[u"created_at"].toString()).hasMatch(),
                 qPrintable(w[u"created_at"].toString()));
        QVERIFY(name.match(w[u"name"].toString()).hasMatch() && w[u"name"].toString().size() <= 53);
        QCOMPARE(w[u"namespace"].toString(), Fixture::ns());
        const QString status = w[u"status"].toString();
        QCOMPARE(w[u"endpoints"].toObject().isEmpty(), status != u"Pending" && status != u"Running");
        byId.insert(w[u"id"].toString(), w);
    }
    QCOMPARE(byId.size(), m_sandbox.cluster().workloadViews(Fixture::ns()).size());
    // Written straight into bytes, the list is what the general writer makes of it: the model's
    // key order, compact, as FastAPI sends it.
    QCOMPARE(writeJson(list.json()), list.body);
    // The showcase: one of each, always there.
    const auto is = [&](Showcase which, const char *type, const char *status) {
        const QJsonObject w = byId.value(m_sandbox.showcase(which));
        return w[u"type"].toString() == QLatin1String(type) &&
               w[u"status"].toString() == QLatin1String(status);
    };
    QVERIFY(is(Showcase::JupyterWorkspace, "WORKSPACE", "Running"));
    const QJsonObject jupyter = byId.value(m_sandbox.showcase(Showcase::JupyterWorkspace));
    QCOMPARE(jupyter[u"display_name"].toString(), QStringLiteral("Jupyterlab Workspace"));
    QVERIFY(jupyter[u"name"].toString().startsWith(u"wb-dev-workspace-jupyterlab-"));
    const QJsonObject endpoints = jupyter[u"endpoints"].toObject();
    QCOMPARE(
        endpoints[u"internal"].toString(),
        QStringLiteral("http://%1.%2.svc.cluster.local/lab").arg(jupyter[u"name"].toString(), Fixture::ns()));
    QCOMPARE(endpoints[u"external"].toString(),
             QStringLiteral("https://workloads.sandbox.example.com/%1/%2/%3/lab")
                 .arg(Fixture::ns(),
                      jupyter[u"created_by"].toString().replace(u'@', u'-').replace(u'.', u'-'),
                      jupyter[u"id"].toString()));
    QVERIFY(is(Showcase::Inference, "INFERENCE", "Running"));
    QVERIFY(
        byId.value(m_sandbox.showcase(Showcase::Inference))[u"display_name"].toString().endsWith(u"-vllm"));
    QVERIFY(is(Showcase::FailedFineTuning, "FINE_TUNING", "Failed"));
    QVERIFY(is(Showcase::CompleteFineTuning, "FINE_TUNING", "Complete"));
    QVERIFY(is(Showcase::PendingWorkspace, "WORKSPACE", "Pending"));
    QCOMPARE(byId.value(m_sandbox.showcase(Showcase::PendingWorkspace))[u"display_name"].toString(),
             QStringLiteral("Vscode Workspace"));
    QVERIFY(is(Showcase::DeletedWorkload, "INFERENCE", "Deleted")); // listed unless filtered out
}

void TestSandboxServer::listFilters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QStringList>("statuses");
    QTest::newRow("status") << u"status_filter=Running"_s << QStringList() << QStringList{u"Running"_s};
    QTest::newRow("type") << u"workload_type=WORKSPACE"_s << QStringList{u"WORKSPACE"_s} << QStringList();
    QTest::newRow("repeated")
        << u"status_filter=Running&status_filter=Pending&workload_type=INFERENCE&workload_type=WORKSPACE"_s
        << QStringList{u"INFERENCE"_s, u"WORKSPACE"_s} << QStringList{u"Running"_s, u"Pending"_s};
    QTest::newRow("deleted") << u"status_filter=Deleted"_s << QStringList() << QStringList{u"Deleted"_s};
}

void TestSandboxServer::listFilters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, types);
    QFETCH(QStringList, statuses);
    SandboxOptions options;
    options.workloadCount = 90;
    m_sandbox.start(options);
    int expected = 0;
    for (const WorkloadView &view : m_sandbox.cluster().workloadViews(Fixture::ns()))
        expected += (types.isEmpty() || types.contains(view.type)) &&
                    (statuses.isEmpty() || statuses.contains(view.status));
    const HttpAnswer answer =
        m_sandbox.call(QStringLiteral("/v1/namespaces/%1/workloads?%2").arg(Fixture::ns(), query));
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.data().size(), expected);
    QVERIFY(expected > 0);
    for (const QJsonValue &w : answer.data()) {
        QVERIFY(types.isEmpty() || types.contains(w[u"type"].toString()));
        QVERIFY(statuses.isEmpty() || statuses.contains(w[u"status"].toString()));
    }
}

void TestSandboxServer::listValidation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QJsonArray>("location");
    QTest::addColumn<QString>("input");
    QTest::newRow("status case") << u"status_filter=running"_s
                                 << QJsonArray{u"query"_s, u"status_filter"_s, 0} << u"running"_s;
    QTest::newRow("second value") << u"status_filter=Running&status_filter=Gone"_s
                                  << QJsonArray{u"query"_s, u"status_filter"_s, 1} << u"Gone"_s;
    QTest::newRow("type") << u"workload_type=workspace"_s << QJsonArray{u"query"_s, u"workload_type"_s, 0}
                          << u"workspace"_s;
}

void TestSandboxServer::listValidation()
{
    QFETCH(QString, query);
    QFETCH(QJsonArray, location);
    QFETCH(QString, input);
    m_sandbox.start();
    const HttpAnswer answer =
        m_sandbox.call(QStringLiteral("/v1/namespaces/%1/workloads?%2").arg(Fixture::ns(), query));
    QCOMPARE(answer.status, 422);
    QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject item = answer.firstError();
    QCOMPARE(item[u"type"].toString(), QStringLiteral("enum"));
    QCOMPARE(item[u"loc"].toArray(), location);
    QCOMPARE(item[u"input"].toString(), input);
    const QString expected =
        location.at(1).toString() == u"status_filter"
            ? QStringLiteral("'Pending', 'Running', 'Complete', 'Failed', 'Deleting', 'Deleted' or 'Unknown'")
            : QStringLiteral("'INFERENCE', 'FINE_TUNING' or 'WORKSPACE'");
    QCOMPARE(item[u"msg"].toString(), QStringLiteral("Input should be ") + expected);
    QCOMPARE(item[u"ctx"][u"expected"].toString(), expected);
}

void TestSandboxServer::getDeleteAndNotFound()
{
    m_sandbox.start();
    const QString id = m_sandbox.showcase(Showcase::Inference);
    const HttpAnswer one = m_sandbox.call(Fixture::path(id));
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json()[u"id"].toString(), id);
    QCOMPARE(writeJson(one.json()), one.body);
    QCOMPARE(m_sandbox.call(Fixture::path(id.toUpper())).status, 200); // pydantic reads any UUID form
    const QString missing = QStringLiteral("00000000-0000-4000-8000-000000000000");
    QCOMPARE(m_sandbox.call(Fixture::path(missing)).detail(),
             QStringLiteral("Workload %1 not found").arg(missing));
    const QString elsewhere = m_sandbox.cluster().showcaseId(QStringLiteral("team-nlp"), Showcase::Inference);
    QCOMPARE(m_sandbox.call(Fixture::path(elsewhere)).status, 404);
    const HttpAnswer bad = m_sandbox.call(Fixture::path(QStringLiteral("xyz")));
    QCOMPARE(bad.status, 422);
    QCOMPARE(bad.firstError()[u"type"].toString(), QStringLiteral("uuid_parsing"));
    QCOMPARE(bad.firstError()[u"loc"].toArray(), (QJsonArray{u"path"_s, u"workload_id"_s}));

    for (int i = 0; i < 2; ++i) { // synchronous, and idempotent
        const HttpAnswer deleted = m_sandbox.call(Fixture::path(id), HttpProbe::useToken, "DELETE");
        QCOMPARE(deleted.status, 204);
        QVERIFY(deleted.body.isEmpty());
    }
    const QJsonObject after = m_sandbox.call(Fixture::path(id)).json();
    QCOMPARE(after[u"status"].toString(), QStringLiteral("Deleted"));
    QVERIFY(after[u"endpoints"].toObject().isEmpty());
    QCOMPARE(m_sandbox.cluster().workloadView(id)->status, QStringLiteral("Deleted"));
    // Logs and events stay readable.
    const QString range =
        QStringLiteral("?start=%1&end=%2")
            .arg(Fixture::iso(m_sandbox.now().addDays(-2)), Fixture::iso(m_sandbox.now().addSecs(60)));
    QVERIFY(!m_sandbox.call(Fixture::path(id, QStringLiteral("/logs") + range)).data().isEmpty());
    QVERIFY(
        m_sandbox.call(Fixture::path(id, QStringLiteral("/logs") + range + QStringLiteral("&log_type=event")))
            .body.contains("Killing"));
    QCOMPARE(m_sandbox.call(Fixture::path(missing), HttpProbe::useToken, "DELETE").status, 404);
    QVERIFY(!m_sandbox.cluster().deleteWorkload(missing));
}

void TestSandboxServer::namespaceTableStatsAndResources()
{
    SandboxOptions options;
    options.workloadCount = 60;
    m_sandbox.start(options);
    int active = 0;
    QMap<QString, int> counts;
    for (const WorkloadView &view : m_sandbox.cluster().workloadViews(Fixture::ns())) {
        if (view.status != u"Deleted") {
            ++active;
            ++counts[view.status];
        }
    }
    const QString table = QStringLiteral("/v1/namespaces/%1/metrics").arg(Fixture::ns());
    const QJsonObject page =
        m_sandbox.call(table + QStringLiteral("?page=2&pageSize=3&sortBy=created_at&sortOrder=asc")).json();
    QCOMPARE(page[u"total"].toInt(), active); // Deleted left out without a status filter
    QCOMPARE(page[u"page"].toInt(), 2);
    QCOMPARE(page[u"pageSize"].toInt(), 3);
    QCOMPARE(page[u"totalPages"].toInt(), (active + 2) / 3);
    const QJsonArray rows = page[u"data"].toArray();
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows.at(0)[u"createdAt"].toString() <= rows.at(1)[u"createdAt"].toString());
    for (const char *key : {"id", "name", "displayName", "type", "status", "resourceType", "gpuCount", "vram",
                            "createdAt", "createdBy"})
        QVERIFY2(rows.at(0).toObject().contains(QLatin1String(key)), key);
    const QJsonArray gpuFirst =
        m_sandbox.call(table + QStringLiteral("?sortBy=gpu_count&pageSize=100")).json()[u"data"].toArray();
    QVERIFY(gpuFirst.first()[u"gpuCount"].isNull()); // desc puts nulls first
    QVERIFY(!gpuFirst.last()[u"gpuCount"].isNull());
    QCOMPARE(m_sandbox.call(table + QStringLiteral("?status_filter=Deleted")).json()[u"total"].toInt(),
             m_sandbox.cluster().workloadViews(Fixture::ns()).size() - active);
    QCOMPARE(m_sandbox.call(table + QStringLiteral("?pageSize=101")).status, 422);

    QJsonArray statusCounts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        statusCounts.append(
            QJsonObject{{QStringLiteral("status"), it.key()}, {QStringLiteral("count"), it.value()}});
    QCOMPARE(m_sandbox.call(QStringLiteral("/v1/namespaces/%1/stats").arg(Fixture::ns())).json(),
             (QJsonObject{{QStringLiteral("namespace"), Fixture::ns()},
                          {QStringLiteral("total"), active},
                          {QStringLiteral("statusCounts"), statusCounts}}));
    const QJsonObject resources =
        m_sandbox.call(QStringLiteral("/v1/cluster/resources")).json()[u"data"].toObject();
    QCOMPARE(resources[u"available_resources"][u"gpu_count"].toInt(), 64);
    QVERIFY(resources[u"total_node_count"].toInt() > 0);
    int gpus = 0;
    for (const QJsonValue &row :
         m_sandbox.call(table + QStringLiteral("?pageSize=100")).json()[u"data"].toArray())
        gpus += row[u"gpuCount"].toInt();
    const HttpAnswer series = m_sandbox.call(
        QStringLiteral("/v1/namespaces/%1/metrics/gpu_device_utilization?start=%2&end=%3")
            .arg(Fixture::ns(), Fixture::iso(m_sandbox.now().addSecs(-600)), Fixture::iso(m_sandbox.now())));
    QCOMPARE(series.data().first()[u"values"].toArray().last()[u"value"].toInt(), gpus);
}

void TestSandboxServer::unknownPathAndMethod()
{
    m_sandbox.start();
    for (const QString &unknown :
         {QStringLiteral("/v2/nothing"), QStringLiteral("/v1/namespaces/x/workloads/y/z")}) {
        const HttpAnswer answer = m_sandbox.call(unknown);
        QCOMPARE(answer.status, 404);
        QCOMPARE(answer.body, QByteArray(R"({"detail":"Not Found"})"));
        QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
    }
    const HttpAnswer wrong = m_sandbox.call(QStringLiteral("/v1/namespaces"), HttpProbe::useToken, "DELETE");
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.detail(), QStringLiteral("Method Not Allowed"));
    QCOMPARE(
        m_sandbox.call(Fixture::path(m_sandbox.showcase(Showcase::Inference)), HttpProbe::useToken, "POST")
            .status,
        405);
    QCOMPARE(m_sandbox.call(QStringLiteral("/v1/namespaces/ghosts/workloads")).detail(),
             QStringLiteral("Namespace 'ghosts' not found"));
}

void TestSandboxServer::lifeCycleFollowsTheClock_data()
{
    QTest::addColumn<double>("timeScale");
    QTest::newRow("real time") << 1.0;
    QTest::newRow("ten times faster") << 10.0;
}

void TestSandboxServer::lifeCycleFollowsTheClock()
{
    QFETCH(double, timeScale);
    SandboxOptions options;
    options.timeScale = timeScale;
    m_sandbox.start(options);
    const QString id = m_sandbox.showcase(Showcase::PendingWorkspace);
    const auto status = [&] { return m_sandbox.call(Fixture::path(id)).json()[u"status"].toString(); };
    QCOMPARE(status(), QStringLiteral("Pending"));
    const QDateTime zero = m_sandbox.now();
    m_sandbox.setNow(zero.addMSecs(qint64(19000 / timeScale)));
    QCOMPARE(status(), QStringLiteral("Pending"));
    m_sandbox.setNow(zero.addMSecs(qint64(21000 / timeScale)));
    QCOMPARE(status(), QStringLiteral("Running"));
    QCOMPARE(m_sandbox.cluster().workloadView(id)->status, QStringLiteral("Running"));
    // Its container has started writing: code-server's first lines.
    const QList<SimLogEntry> lines = m_sandbox.cluster().logEntries(id, zero, m_sandbox.now().addSecs(1));
    QVERIFY(!lines.isEmpty());
    QVERIFY(lines.first().message.contains(u"code-server"));
    QVERIFY(m_sandbox.cluster().deleteWorkload(id));
    QCOMPARE(status(), QStringLiteral("Deleted"));
}

void TestSandboxServer::sameSeedSameCluster()
{
    SandboxOptions options;
    options.seed = 99;
    options.epoch = m_sandbox.now();
    options.clock = [this] { return m_sandbox.now(); };
    SandboxServer a(options);
    SandboxServer b(options);
    options.seed = 100;
    SandboxServer c(options);
    QVERIFY(a.listen() && b.listen() && c.listen());
    const auto body = [&](SandboxServer &server, const QString &pathAndQuery) {
        return HttpProbe(&m_sandbox.network(), server.baseUrl(), server.token()).call(pathAndQuery).body;
    };
    const QString list = QStringLiteral("/v1/namespaces/vision-team/workloads");
    QCOMPARE(body(a, list), body(b, list));
    QVERIFY(body(a, list) != body(c, list));
    const QString id = a.cluster().showcaseId(QStringLiteral("vision-team"), Showcase::Inference);
    const QString logs =
        QStringLiteral("/v1/namespaces/vision-team/workloads/%1/logs?start=%2&end=%3")
            .arg(id, Fixture::iso(m_sandbox.now().addSecs(-600)), Fixture::iso(m_sandbox.now()));
    QCOMPARE(body(a, logs), body(b, logs));
    QVERIFY(body(a, logs).size() > 1000);
}

void TestSandboxServer::faults()
{
    SandboxOptions options;
    options.faults.errorRate = 1.0;
    m_sandbox.start(options);
    QCOMPARE(m_sandbox.call(QStringLiteral("/v1/health"), {}).status, 200); // health is spared
    for (int i = 0; i < 6; ++i) {
        const HttpAnswer answer = m_sandbox.call(QStringLiteral("/v1/namespaces"));
        QVERIFY(answer.status == 500 || answer.status == 502 || answer.status == 503);
        QVERIFY(!answer.detail().isEmpty());
        if (answer.status == 500)
            QCOMPARE(answer.detail(),
                     QStringLiteral("An unexpected error occurred. Please try again later."));
    }
    FaultOptions faults;
    faults.malformedRate = 1.0;
    m_sandbox.server().setFaults(faults);
    const HttpAnswer cut = m_sandbox.call(QStringLiteral("/v1/namespaces"));
    QCOMPARE(cut.status, 200);
    QJsonParseError error;
    QJsonDocument::fromJson(cut.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);

    faults = {};
    faults.latencyMs = 300;
    m_sandbox.server().setFaults(faults);
    QNetworkRequest request(QUrl(m_sandbox.server().baseUrl().toString() + QStringLiteral("/v1/namespaces")));
    request.setRawHeader("Authorization", "Bearer " + m_sandbox.server().token().toUtf8());
    QNetworkReply *slow = m_sandbox.network().get(request);
    QTest::qWait(100);
    QVERIFY(!slow->isFinished()); // a timer can only fire late
    QTRY_VERIFY(slow->isFinished());
    QCOMPARE(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete slow;

    // The same seed draws the same faults.
    faults = {};
    faults.errorRate = 0.5;
    QList<int> first;
    for (int run = 0; run < 2; ++run) {
        SandboxOptions seeded;
        seeded.faults = faults;
        m_sandbox.start(seeded);
        QList<int> statuses;
        for (int i = 0; i < 12; ++i)
            statuses << m_sandbox.call(QStringLiteral("/v1/namespaces")).status;
        if (run == 0)
            first = statuses;
        else
            QCOMPARE(statuses, first);
        QVERIFY(statuses.contains(200) && statuses.size() > statuses.count(200));
    }
}

void TestSandboxServer::tenThousandWorkloads()
{
    SandboxOptions options;
    options.workloadCount = 10000;
    m_sandbox.start(options);
    qsizetype total = 0;
    for (const QString &ns : m_sandbox.cluster().namespaces()) {
        const HttpAnswer list = m_sandbox.call(QStringLiteral("/v1/namespaces/%1/workloads").arg(ns));
        QCOMPARE(list.status, 200);
        total += list.data().size();
    }
    QCOMPARE(total, 10000);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
void TestSandboxServer::jsonStrings()
{
    // Escapes as Python's json.dumps(ensure_ascii=False): quotes, backslashes and control characters;
    // everything else, surrogate pairs included, as UTF-8.
    const QString text = QStringLiteral("a\"b\\c\n\r\t\b\f") + QChar(1) + QChar(0x1f) +
                         QStringLiteral(" K\u00e4se \u20ac ") + QString::fromUcs4(U"\U0001F600") +
                         QStringLiteral(" end");
    QByteArray out = "x";
    appendJsonString(out, text);
    QCOMPARE(out, QByteArray("x\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f K\xc3\xa4se \xe2\x82\xac "
                             "\xf0\x9f\x98\x80 end\""));
    QCOMPARE(writeJson(QJsonArray{text}), QByteArray("[") + out.mid(1) + ']');
    QCOMPARE(QJsonDocument::fromJson(writeJson(QJsonArray{text})).array().at(0).toString(), text);
    out.clear();
    appendJsonString(out, QString());
    QCOMPARE(out, QByteArray("\"\""));
}

#include "tst_sandboxserver.moc"
