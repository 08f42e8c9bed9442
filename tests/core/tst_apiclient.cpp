// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/accesstokensource.h"
#include "api/apiclient.h"
#include "backgroundwork.h"

#include <QDir>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#endif

#include <memory>
#include <thread>

using namespace Workdeck;

// Larger than the slices a body is taken in, and not a multiple of them.
constexpr qsizetype largeBodySize = qsizetype(9) * 1024 * 1024 + 123;

namespace {

// A body of `size` bytes that differ from their neighbours, so a slice lost, doubled or moved shows.
QByteArray patternedBody(qsizetype size)
{
    QByteArray body(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        body[i] = char('a' + (i * 7 + i / 4093) % 26);
    return body;
}

// Answers one request with `body` from a thread of its own, so the body is sent while the test's
// thread is busy: Qt's network thread reads it meanwhile and hands it over in large blocks.
class OneAnswerServer
{
public:
    OneAnswerServer(const QByteArray &body, bool announceLength)
    {
        m_thread = std::thread([this, body, announceLength] {
            QTcpServer server;
            m_port = server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
            m_ready.release();
            if (m_port == 0 || !server.waitForNewConnection(10000))
                return;
            std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
            QByteArray request;
            while (!request.contains("\r\n\r\n") && socket->waitForReadyRead(10000))
                request += socket->readAll();
            QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n";
            if (announceLength)
                head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
            socket->write(head + "\r\n" + body);
            while (socket->bytesToWrite() > 0 && socket->waitForBytesWritten(10000)) {
            }
            socket->disconnectFromHost(); // without a length, the end of the body
            if (socket->state() != QAbstractSocket::UnconnectedState)
                socket->waitForDisconnected(10000);
        });
        m_ready.acquire();
    }
    ~OneAnswerServer() { m_thread.join(); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private:
    std::thread m_thread;
    QSemaphore m_ready;
    quint16 m_port = 0;
};

// The body arrives while this thread is busy.
Result<QByteArray> getWhileBusy(ApiClient &client)
{
    std::optional<Result<QByteArray>> result;
    QObject context;
    ApiRequest request;
    request.path = QStringLiteral("/large");
    client.send(request, &context, [&result](Result<QByteArray> body) { result = std::move(body); });
    QCoreApplication::processEvents(); // the request goes out
    QThread::msleep(400);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
    return result ? *result : ApiError::parseError(QStringLiteral("no answer"));
}

// A token source that can be refreshed, as a sign-in flow would be.
class RefreshingTokenSource : public AccessTokenSource
{
public:
    QString token = QStringLiteral("stale");
    bool refreshSucceeds = true;
    int refreshCount = 0;

    QString accessToken() const override { return token; }
    bool canRefresh() const override { return true; }
    void refresh(QObject *, std::function<void(bool)> done) override
    {
        ++refreshCount;
        if (refreshSucceeds)
            token = QStringLiteral("fresh");
        done(refreshSucceeds);
    }
};

} // namespace

// The transport against a real HTTP peer on loopback: what goes over the wire, and how each
// failure turns into an ApiError.
class TestApiClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void encodeQueryEscapesPlus();
    void networkThreadYieldsToTheGuiThread();
    void sendsBearerAndEncodedQuery();
    void pathSegmentsAreEncoded();
    void refusesPlainHttpToRemoteHosts();
    void allowsPlainHttpWhenProfileSaysSo();
    void followsSameOriginRedirect();
    void refusesRedirectToOtherHost();
    void timesOutStalledRequest();
    void capsBodySize();
    void refreshesOnceOn401();
    void givesUpWhenRefreshFails();
    void mapsHttpErrors();
    void connectionRefused();
    void destroyedContextGetsNoCallback_data();
    void destroyedContextGetsNoCallback();
    void takesALargeBodyWhole_data();
    void takesALargeBodyWhole();
    void destroyedClientGetsNoCallbackForABodyOnItsWay();
    void aLargeBodysRoomIsMappedOffThisThread();

private:
    Result<QByteArray> get(ApiClient &client, const ApiRequest &request);

    QHttpServer m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_network;
    QList<std::shared_ptr<QHttpServerResponder>> m_heldResponders;
    QByteArray m_lastAuthorization;
};

void TestApiClient::initTestCase()
{
    m_server.route(QStringLiteral("/echo"), [this](const QHttpServerRequest &request) {
        m_lastAuthorization = request.value("Authorization");
        QJsonObject body{{QStringLiteral("path"), request.url().path(QUrl::FullyEncoded)},
                         {QStringLiteral("query"), request.url().query(QUrl::FullyEncoded)}};
        return QHttpServerResponse(body);
    });
    m_server.route(QStringLiteral("/v1/<arg>/echo"),
                   [this](const QString &, const QHttpServerRequest &request) {
                       QJsonObject body{{QStringLiteral("path"), request.url().path(QUrl::FullyEncoded)}};
                       return QHttpServerResponse(body);
                   });
    m_server.route(QStringLiteral("/redirect-same"), [] {
        QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
        response.setHeader("Location", "/echo");
        return response;
    });
    m_server.route(QStringLiteral("/redirect-away"), [this] {
        QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
        // Same machine, other host name: the token must not follow.
        response.setHeader("Location", QStringLiteral("http://localhost:%1/echo").arg(m_port).toUtf8());
        return response;
    });
    m_server.route(QStringLiteral("/silent"),
                   [this](const QHttpServerRequest &, QHttpServerResponder &&responder) {
                       m_heldResponders.append(std::make_shared<QHttpServerResponder>(std::move(responder)));
                   });
    m_server.route(QStringLiteral("/big"),
                   [] { return QHttpServerResponse(QByteArray(2 * 1024 * 1024, 'x')); });
    m_server.route(QStringLiteral("/needs-fresh-token"), [](const QHttpServerRequest &request) {
        if (request.value("Authorization") == "Bearer fresh")
            return QHttpServerResponse(QJsonObject{{QStringLiteral("ok"), true}});
        QHttpServerResponse response(QJsonObject{{QStringLiteral("detail"), QStringLiteral("Token expired")}},
                                     QHttpServerResponse::StatusCode::Unauthorized);
        response.setHeader("WWW-Authenticate", "Bearer");
        return response;
    });
    m_server.route(QStringLiteral("/status/<arg>"), [](int status) {
        return QHttpServerResponse(
            QJsonObject{{QStringLiteral("detail"), QStringLiteral("status %1").arg(status)}},
            QHttpServerResponse::StatusCode(status));
    });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

void TestApiClient::cleanup()
{
    m_heldResponders.clear();
}

Result<QByteArray> TestApiClient::get(ApiClient &client, const ApiRequest &request)
{
    std::optional<Result<QByteArray>> result;
    QObject context;
    client.send(request, &context, [&result](Result<QByteArray> body) { result = std::move(body); });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
    if (!result)
        return ApiError::parseError(QStringLiteral("no answer"));
    return *result;
}

void TestApiClient::encodeQueryEscapesPlus()
{
    const QString encoded =
        encodeQuery({{QStringLiteral("start"), QStringLiteral("2026-03-02T09:00:00+00:00")},
                     {QStringLiteral("status_filter"), QStringLiteral("Running")},
                     {QStringLiteral("status_filter"), QStringLiteral("Pending")},
                     {QStringLiteral("q"), QStringLiteral("a b&c=d/é")}});
    QCOMPARE(
        encoded,
        QStringLiteral("start=2026-03-02T09%3A00%3A00%2B00%3A00&status_filter=Running&status_filter=Pending"
                       "&q=a%20b%26c%3Dd%2F%C3%A9"));
}

void TestApiClient::sendsBearerAndEncodedQuery()
{
    ApiClient client(&m_network, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)));
    client.setTokenSource(std::make_shared<StaticTokenSource>(QStringLiteral("test-token")));
    ApiRequest request;
    request.path = QStringLiteral("/echo");
    request.query = {{QStringLiteral("start"), QStringLiteral("2026-03-02T09:00:00+00:00")}};
    const auto body = get(client, request);
    QVERIFY2(body, qPrintable(body ? QString() : body.error().toString()));
    const QJsonObject echo = QJsonDocument::fromJson(body.value()).object();
    QCOMPARE(echo.value(u"query").toString(), QStringLiteral("start=2026-03-02T09%3A00%3A00%2B00%3A00"));
    QCOMPARE(m_lastAuthorization, QByteArray("Bearer test-token"));
}

// Qt's HTTP thread reads every reply: once one has arrived it runs below the GUI thread, as the
// worker threads do.
void TestApiClient::networkThreadYieldsToTheGuiThread()
{
#if !defined(Q_OS_LINUX)
    QSKIP("Linux names its threads and gives each its own nice value");
#else
    QNetworkAccessManager network; // a thread of its own, started at the first request
    ApiClient client(&network, QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)));
    client.setTokenSource(std::make_shared<StaticTokenSource>(QStringLiteral("test-token")));
    ApiRequest request;
    request.path = QStringLiteral("/echo");
    const auto body = get(client, request);
    QVERIFY2(body, qPrintable(body ? QString() : body.error().toString()));
    const QDir tasks(QStringLiteral("/proc/self/task"));
    int lowered = 0; // another manager's thread, never answered, may still be at the GUI thread's
    for (const QString &thread : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile name(tasks.filePath(thread + QStringLiteral("/comm")));
        if (name.open(QIODevice::ReadOnly) && name.readAll().trimmed() == "QNetworkAccessM" &&
            getpriority(PRIO_PROCESS, id_t(thread.toUInt())) == backgroundNice)
            ++lowered;
    }
    QVERIFY(lowered >= 1);
#endif
}

void TestApiClient::pathSegmentsAreEncoded()
{
    ApiClient client(&m_network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    ApiRequest request;
    request.path = QStringLiteral("/v1/%1/echo").arg(pathSegment(QStringLiteral("a b?c")));
    const auto body = get(client, request);
    QVERIFY2(body, qPrintable(body ? QString() : body.error().toString()));
    QCOMPARE(QJsonDocument::fromJson(body.value()).object().value(u"path").toString(),
             QStringLiteral("/v1/a%20b%3Fc/echo"));
}

void TestApiClient::refusesPlainHttpToRemoteHosts()
{
    ApiClient client(&m_network, QUrl(QStringLiteral("http://aiwbapi.example.com")));
    client.setTokenSource(std::make_shared<StaticTokenSource>(QStringLiteral("secret")));
    ApiRequest request;
    request.path = QStringLiteral("/v1/namespaces");
    const auto body = get(client, request);
    QVERIFY(!body);
    QCOMPARE(body.error().kind, ApiError::Kind::Insecure);
    QVERIFY(body.error().message.contains(u"aiwbapi.example.com"));
    QVERIFY(!body.error().toString().contains(u"secret"));
}

void TestApiClient::allowsPlainHttpWhenProfileSaysSo()
{
    // "localhost" is loopback too, so this reaches the peer either way; the flag must not break it.
    ApiClient client(&m_network, QUrl(QStringLiteral("http://localhost:%1").arg(m_port)));
    client.setAllowInsecureHttp(true);
    ApiRequest request;
    request.path = QStringLiteral("/echo");
    QVERIFY(get(client, request));
}

void TestApiClient::followsSameOriginRedirect()
{
    ApiClient client(&m_network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    client.setTokenSource(std::make_shared<StaticTokenSource>(QStringLiteral("test-token")));
    m_lastAuthorization.clear();
    ApiRequest request;
    request.path = QStringLiteral("/redirect-same");
    const auto body = get(client, request);
    QVERIFY2(body, qPrintable(body ? QString() : body.error().toString()));
    QCOMPARE(QJsonDocument::fromJson(body.value()).object().value(u"path").toString(),
             QStringLiteral("/echo"));
    QCOMPARE(m_lastAuthorization, QByteArray("Bearer test-token"));
}

void TestApiClient::refusesRedirectToOtherHost()
{
    ApiClient client(&m_network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    client.setTokenSource(std::make_shared<StaticTokenSource>(QStringLiteral("test-token")));
    m_lastAuthorization.clear();
    ApiRequest request;
    request.path = QStringLiteral("/redirect-away");
    const auto body = get(client, request);
    QVERIFY(!body);
    QCOMPARE(body.error().kind, ApiError::Kind::Insecure);
    QVERIFY(body.error().message.contains(u"localhost"));
    QVERIFY(m_lastAuthorization.isEmpty()); // /echo was never reached with the token
}

void TestApiClient::timesOutStalledRequest()
{
    ApiClient client(&m_network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    client.setTimeoutMs(300);
    ApiRequest request;
    request.path = QStringLiteral("/silent");
    const auto body = get(client, request);
    QVERIFY(!body);
    QCOMPARE(body.error().kind, ApiError::Kind::Timeout);
    QVERIFY(body.error().isRetryable());
}

void TestApiClient::capsBodySize()
{
    ApiClient client(&m_network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    client.setMaxResponseBytes(1024 * 1024);
    ApiRequest request;
    request.path = QStringLiteral("/big");
    const auto body = get(client, request);
    QVERIFY(!body);
    QCOMPARE(body.error().kind, ApiError::Kind::TooLarge);
}

void TestApiClient::refreshesOnceOn401()
{
    ApiClient client(&m_network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    auto source = std::make_shared<RefreshingTokenSource>();
    client.setTokenSource(source);
    ApiRequest request;
    request.path = QStringLiteral("/needs-fresh-token");
    const auto body = get(client, request);
    QVERIFY2(body, qPrintable(body ? QString() : body.error().toString()));
    QCOMPARE(source->refreshCount, 1);
}

void TestApiClient::givesUpWhenRefreshFails()
{
    ApiClient client(&m_network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    auto source = std::make_shared<RefreshingTokenSource>();
    source->refreshSucceeds = false;
    client.setTokenSource(source);
    ApiRequest request;
    request.path = QStringLiteral("/needs-fresh-token");
    const auto body = get(client, request);
    QVERIFY(!body);
    QCOMPARE(body.error().kind, ApiError::Kind::Unauthorized);
    QCOMPARE(body.error().message, QStringLiteral("Token expired"));
    QCOMPARE(source->refreshCount, 1);
}

void TestApiClient::mapsHttpErrors()
{
    ApiClient client(&m_network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    const QList<std::pair<int, ApiError::Kind>> cases = {
        {403, ApiError::Kind::Forbidden},  {404, ApiError::Kind::NotFound}, {409, ApiError::Kind::Conflict},
        {422, ApiError::Kind::Validation}, {500, ApiError::Kind::Server},   {503, ApiError::Kind::Server}};
    for (const auto &[status, kind] : cases) {
        ApiRequest request;
        request.path = QStringLiteral("/status/%1").arg(status);
        const auto body = get(client, request);
        QVERIFY(!body);
        QCOMPARE(body.error().kind, kind);
        QCOMPARE(body.error().httpStatus, status);
        QCOMPARE(body.error().message, QStringLiteral("status %1").arg(status));
        QCOMPARE(body.error().method, QStringLiteral("GET"));
    }
}

void TestApiClient::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    ApiClient client(&m_network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)));
    ApiRequest request;
    request.path = QStringLiteral("/v1/namespaces");
    const auto body = get(client, request);
    QVERIFY(!body);
    QCOMPARE(body.error().kind, ApiError::Kind::Network);
    QVERIFY(body.error().toString().contains(QString::number(closedPort)));
}

void TestApiClient::destroyedContextGetsNoCallback_data()
{
    QTest::addColumn<bool>("announcesItsEnd");
    QTest::newRow("a plain object") << false;
    // A QWidget emits destroyed() from its own destructor, half torn down and while QPointers to it
    // are still set; the reply it aborts then must not call back into it.
    QTest::newRow("announcing its end, as a widget does") << true;
}

void TestApiClient::destroyedContextGetsNoCallback()
{
    QFETCH(bool, announcesItsEnd);
    struct WidgetLikeContext : QObject
    {
        ~WidgetLikeContext() override { Q_EMIT destroyed(this); }
    };
    ApiClient client(&m_network, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)));
    bool called = false;
    std::unique_ptr<QObject> context(announcesItsEnd ? new WidgetLikeContext : new QObject);
    ApiRequest request;
    request.path = QStringLiteral("/silent");
    client.send(request, context.get(), [&called](Result<QByteArray>) { called = true; });
    QTest::qWait(50);
    context.reset();
    QTest::qWait(200);
    QVERIFY(!called);
}

void TestApiClient::takesALargeBodyWhole_data()
{
    QTest::addColumn<bool>("announceLength");
    QTest::newRow("with Content-Length") << true;
    QTest::newRow("without: ended by closing the connection") << false;
}

void TestApiClient::takesALargeBodyWhole()
{
    QFETCH(bool, announceLength);
    const QByteArray expected = patternedBody(largeBodySize);
    const OneAnswerServer server(expected, announceLength);
    ApiClient client(&m_network, server.url());
    const auto body = getWhileBusy(client);
    QVERIFY(body);
    QCOMPARE(body.value().size(), expected.size());
    QVERIFY(body.value() == expected);
}

void TestApiClient::destroyedClientGetsNoCallbackForABodyOnItsWay()
{
    const OneAnswerServer server(patternedBody(largeBodySize), true);
    auto client = std::make_unique<ApiClient>(&m_network, server.url());
    bool called = false;
    QObject context;
    ApiRequest request;
    request.path = QStringLiteral("/large");
    client->send(request, &context, [&called](Result<QByteArray>) { called = true; });
    QCoreApplication::processEvents();
    QThread::msleep(400); // the body arrives meanwhile, to be taken once the client is gone
    client.reset();
    QTest::qWait(500);
    QVERIFY(!called);
}

void TestApiClient::aLargeBodysRoomIsMappedOffThisThread()
{
#if defined(Q_OS_LINUX)
    // Copied into fresh memory, the body would make the kernel map each of its pages on this
    // thread as it is taken (a minor fault per page); the room is made ready on a worker instead.
    const auto faultsOfThisThread = [] {
        rusage usage{};
        getrusage(RUSAGE_THREAD, &usage);
        return usage.ru_minflt;
    };
    const QByteArray expected = patternedBody(largeBodySize);
    const OneAnswerServer server(expected, true);
    ApiClient client(&m_network, server.url());
    const long before = faultsOfThisThread();
    const auto body = getWhileBusy(client);
    const long faults = faultsOfThisThread() - before;
    QVERIFY(body);
    QVERIFY(body.value() == expected);
    const long bodyPages = long(largeBodySize / 4096);
    QVERIFY2(faults < bodyPages / 4,
             qPrintable(QStringLiteral("%1 faults for a body of %2 pages").arg(faults).arg(bodyPages)));
#else
    QSKIP("counts page faults per thread, which only Linux reports");
#endif
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
