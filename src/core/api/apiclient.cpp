// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiclient.h"

#include "accesstokensource.h"
#include "backgroundwork.h"
#include "heaptuning.h"
#include "logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>

namespace Workdeck {

namespace {

constexpr char refusedRedirectProperty[] = "workdeckRefusedRedirect";
constexpr char timedOutProperty[] = "workdeckTimedOut";
constexpr char tooLargeProperty[] = "workdeckTooLarge";
constexpr char contextGoneProperty[] = "workdeckContextGone";
constexpr char sslErrorsProperty[] = "workdeckSslErrors";

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

// Room for a body of `size` bytes and bodyPaddingBytes after it, each page of it written once, so that the
// kernel maps the pages here (on a worker thread) and not while the GUI thread copies into them: on a virtual
// machine, mapping the pages of 1 MB took 3-5 ms, and a 50 MB list paid that for each slice.
QByteArray preparedRoom(qsizetype size)
{
    constexpr qsizetype page = 4096; // or a part of one: every page is written either way
    QByteArray room(size + bodyPaddingBytes, Qt::Uninitialized);
    char *data = room.data();
    adviseHugePages(data, room.size());
    for (qsizetype offset = 0; offset < room.size(); offset += page)
        data[offset] = 0;
    room.resize(0); // keeps its capacity
    return room;
}

// The reply's headers have come through Qt's HTTP thread, running by then: from then on it yields
// to the GUI thread (see yieldNetworkThreadsToTheGuiThread).
void yieldNetworkThreadOnHeaders(QNetworkReply *reply)
{
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, &yieldNetworkThreadsToTheGuiThread,
                     Qt::SingleShotConnection);
}

// A reply's body, taken as it arrives straight into room made once from Content-Length, at most
// sliceBytes per event-loop turn. The network thread goes on reading while the GUI thread is busy,
// and Qt hands all it read over as one block: taken in slices, a 50 MB list never holds the GUI
// thread for long, and is never copied or grown in one piece at the end. Room for more than a
// slice is prepared on a worker thread (see preparedRoom); the body waits in the reply meanwhile.
// Calls `complete` once, with the whole body, after the reply finished; lives as long as the reply.
class BodyReader : public QObject
{
public:
    static constexpr qint64 sliceBytes = qint64(1) * 1024 * 1024;

    BodyReader(QNetworkReply *reply, qint64 maxBytes, std::function<void(const QByteArray &)> complete)
        : QObject(reply)
        , m_reply(reply)
        , m_maxBytes(maxBytes)
        , m_complete(std::move(complete))
    {
        connect(reply, &QNetworkReply::readyRead, this, &BodyReader::takeSlice);
        connect(reply, &QNetworkReply::finished, this, [this] {
            m_finished = true;
            takeSlice();
        });
    }

private:
    void takeSlice()
    {
        if (m_sliceQueued || m_completed || m_preparing)
            return;
        if (!m_started) {
            m_started = true;
            const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
            if (announced > sliceBytes && announced <= m_maxBytes) {
                prepareRoom(qsizetype(announced));
                return;
            }
            if (announced > 0 && announced <= m_maxBytes)
                m_body.reserve(qsizetype(announced) + bodyPaddingBytes);
        }
        const qint64 wanted = std::min(m_reply->bytesAvailable(), sliceBytes);
        if (wanted > 0) {
            const qsizetype had = m_body.size();
            m_body.resize(had + qsizetype(wanted));
            m_body.resize(had + qsizetype(std::max<qint64>(m_reply->read(m_body.data() + had, wanted), 0)));
        }
        if (m_reply->bytesAvailable() > 0) {
            m_sliceQueued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_sliceQueued = false;
                    takeSlice();
                },
                Qt::QueuedConnection);
        } else if (m_finished) {
            m_completed = true;
            m_complete(std::exchange(m_body, {}));
        }
    }

    void prepareRoom(qsizetype size)
    {
        m_preparing = true;
        runThen<QByteArray>(
            this, true, [size] { return preparedRoom(size); },
            [this](QByteArray room) {
                m_body = std::move(room);
                m_preparing = false;
                takeSlice();
            });
    }

    QNetworkReply *m_reply;
    qint64 m_maxBytes;
    std::function<void(const QByteArray &)> m_complete;
    QByteArray m_body;
    bool m_started = false;
    bool m_preparing = false;
    bool m_sliceQueued = false;
    bool m_finished = false;
    bool m_completed = false;
};

} // namespace

QString pathSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QString encodeQuery(const QueryItems &items)
{
    QString query;
    for (const auto &[key, value] : items) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=') +
                 QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    return query;
}

ApiClient::ApiClient(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(std::move(baseUrl))
{
    // A trailing slash would double up with the paths the backends append.
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_baseUrl.setPath(path);
}

ApiClient::~ApiClient() = default;

void ApiClient::setTokenSource(std::shared_ptr<AccessTokenSource> source)
{
    m_tokenSource = std::move(source);
}

void ApiClient::setSecurity(const ConnectionSecurity &security)
{
    m_allowInsecureHttp = security.allowInsecureHttp;
    m_extraCaCertificates = security.extraCaCertificates;
}

ConnectionSecurity ApiClient::security() const
{
    ConnectionSecurity security;
    security.allowInsecureHttp = m_allowInsecureHttp;
    security.extraCaCertificates = m_extraCaCertificates;
    return security;
}

QUrl ApiClient::urlFor(const QString &path, const QueryItems &query) const
{
    QUrl url = m_baseUrl;
    // Paths arrive percent-encoded (see pathSegment) and must stay so.
    url.setPath(m_baseUrl.path(QUrl::FullyEncoded) + path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(encodeQuery(query), QUrl::StrictMode);
    return url;
}

QNetworkRequest ApiClient::makeRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("Workdeck/%1").arg(QStringLiteral(WORKDECK_VERSION)));
    request.setRawHeader("Accept", "application/json");
    if (!m_extraCaCertificates.isEmpty() && url.scheme() == u"https") {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
    if (m_tokenSource) {
        const QString token = m_tokenSource->accessToken();
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    }
    return request;
}

ApiError ApiClient::checkAllowed(const QUrl &url, const QString &method) const
{
    ApiError error;
    error.url = url;
    error.method = method;
    if (!url.isValid() || url.host().isEmpty()) {
        error.kind = ApiError::Kind::Network;
        error.message = tr("The server address is not a valid URL.");
    } else if (url.scheme() == u"http") {
        if (!m_allowInsecureHttp && !isLoopbackHost(url.host())) {
            error.kind = ApiError::Kind::Insecure;
            error.message = tr("Plain http to %1 is refused: your token would travel unencrypted. "
                               "Use https, or allow plain http in the connection profile.")
                                .arg(url.host());
        }
    } else if (url.scheme() != u"https") {
        error.kind = ApiError::Kind::Network;
        error.message = tr("Unsupported URL scheme \u201c%1\u201d.").arg(url.scheme());
    }
    return error;
}

void ApiClient::guardRedirects(QNetworkReply *reply) const
{
    const QUrl original = reply->url();
    connect(reply, &QNetworkReply::redirected, reply, [reply, original](const QUrl &target) {
        // The Authorization header must never reach another host.
        if (sameOrigin(original, target)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        qCWarning(lcApi) << "refused redirect from" << original.host() << "to" << target.host();
        reply->setProperty(refusedRedirectProperty, target);
        reply->abort();
    });
    connect(reply, &QNetworkReply::sslErrors, reply, [reply](const QList<QSslError> &errors) {
        // Never ignored: remember them so the error names the host and the reason.
        QStringList reasons;
        for (const QSslError &error : errors)
            reasons.append(error.errorString());
        reply->setProperty(sslErrorsProperty, reasons.join(QStringLiteral("; ")));
    });
}

void ApiClient::send(const ApiRequest &request, QObject *context, ResultCallback<QByteArray> done)
{
    sendAttempt(request, QPointer<QObject>(context), std::move(done), true);
}

void ApiClient::sendAttempt(const ApiRequest &request, QPointer<QObject> context,
                            ResultCallback<QByteArray> done, bool mayRefresh)
{
    const QUrl url = urlFor(request.path, request.query);
    const QString method = QString::fromLatin1(request.method);
    if (ApiError refused = checkAllowed(url, method); refused.isError()) {
        QMetaObject::invokeMethod(
            context ? context.data() : this,
            [context, done, refused] {
                if (context)
                    done(refused);
            },
            Qt::QueuedConnection);
        return;
    }

    QNetworkRequest networkRequest = makeRequest(url);
    if (!request.body.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    QNetworkReply *reply = m_network->sendCustomRequest(networkRequest, request.method, request.body);
    guardRedirects(reply);
    yieldNetworkThreadOnHeaders(reply);

    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    timer->setInterval(m_timeoutMs);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty(timedOutProperty, true);
        reply->abort();
    });
    timer->start();
    const qint64 maxBytes = m_maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, timer, maxBytes](qint64 received, qint64) {
                timer->start(); // the timeout is for a stalled transfer, not a long one
                if (received > maxBytes) {
                    reply->setProperty(tooLargeProperty, received);
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::uploadProgress, timer, [timer] { timer->start(); });
    if (context) {
        // A widget emits destroyed() while it is half torn down and before QPointers to it are
        // cleared: the aborted reply must not call back into it.
        connect(context.data(), &QObject::destroyed, reply, [reply] {
            reply->setProperty(contextGoneProperty, true);
            reply->abort();
        });
    }

    QElapsedTimer elapsed;
    elapsed.start();
    const QPointer<ApiClient> client(this);
    new BodyReader(reply, maxBytes, [=, this](const QByteArray &body) {
        reply->deleteLater();
        if (!context || !client || reply->property(contextGoneProperty).toBool())
            return;
        ApiError error = errorForReply(reply, body);
        qCDebug(lcApi).noquote() << method << url.toString(QUrl::RemoveQuery) << "->"
                                 << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt()
                                 << body.size() << "bytes in" << elapsed.elapsed() << "ms";
        if (error.kind == ApiError::Kind::Unauthorized && mayRefresh && m_tokenSource &&
            m_tokenSource->canRefresh()) {
            qCInfo(lcApi) << "401 from" << url.host() << "- refreshing the access token and retrying once";
            m_tokenSource->refresh(context.data(), [=, this](bool ok) {
                if (ok)
                    sendAttempt(request, context, done, false);
                else
                    done(error);
            });
            return;
        }
        if (error.isError()) {
            error.method = method;
            done(error);
        } else {
            done(body);
        }
    });
}

QNetworkReply *ApiClient::openStream(const ApiRequest &request, ApiError *refused)
{
    const QUrl url = urlFor(request.path, request.query);
    if (ApiError error = checkAllowed(url, QString::fromLatin1(request.method)); error.isError()) {
        if (refused)
            *refused = error;
        return nullptr;
    }
    QNetworkRequest networkRequest = makeRequest(url);
    networkRequest.setRawHeader("Accept", "text/event-stream, text/plain, application/json");
    QNetworkReply *reply = m_network->sendCustomRequest(networkRequest, request.method, request.body);
    guardRedirects(reply);
    yieldNetworkThreadOnHeaders(reply);
    return reply;
}

ApiError ApiClient::errorForReply(QNetworkReply *reply, const QByteArray &body)
{
    ApiError error;
    error.url = reply->url();
    error.method =
        QString::fromLatin1(reply->request().attribute(QNetworkRequest::CustomVerbAttribute).toByteArray());
    if (error.method.isEmpty())
        error.method = QStringLiteral("GET");
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (const QUrl target = reply->property(refusedRedirectProperty).toUrl(); target.isValid()) {
        error.kind = ApiError::Kind::Insecure;
        error.message = tr("The server redirected to another host (%1); the request was refused so that "
                           "your token is not sent there.")
                            .arg(target.host());
        return error;
    }
    if (reply->property(timedOutProperty).toBool()) {
        error.kind = ApiError::Kind::Timeout;
        error.message = tr("The server did not answer in time.");
        return error;
    }
    if (reply->property(tooLargeProperty).isValid()) {
        error.kind = ApiError::Kind::TooLarge;
        error.message =
            tr("The answer is larger than %1 and was not read.")
                .arg(QLocale::c().formattedDataSize(reply->property(tooLargeProperty).toLongLong()));
        return error;
    }
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError)
        return error;
    if (status >= 300) {
        error = ApiError::fromHttpStatus(status, body, reply->url(), error.method);
        return error;
    }

    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ApiError::Kind::Tls;
        error.message = tr("The certificate of %1 is not trusted: %2")
                            .arg(reply->url().host(), reply->property(sslErrorsProperty).toString().isEmpty()
                                                          ? reply->errorString()
                                                          : reply->property(sslErrorsProperty).toString());
        break;
    case QNetworkReply::OperationCanceledError:
        error.kind = ApiError::Kind::Cancelled;
        error.message = tr("The request was cancelled.");
        break;
    case QNetworkReply::TimeoutError:
        error.kind = ApiError::Kind::Timeout;
        error.message = tr("The server did not answer in time.");
        break;
    default:
        error.kind = ApiError::Kind::Network;
        error.message = reply->errorString();
        break;
    }
    return error;
}

} // namespace Workdeck
