// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionsecurity.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <memory>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace Workdeck {

class AccessTokenSource;

// Room the client leaves after the bytes of a body whose length the server announced, so that a
// parser that reads a little past the end (simdjson, see jsonreader.h) can read it where it is.
inline constexpr qsizetype bodyPaddingBytes = 64;

// Query parameters in order; keys may repeat (status_filter=Running&status_filter=Pending).
using QueryItems = QList<std::pair<QString, QString>>;

// Percent-encodes every key and value, including '+' (as %2B): Starlette reads a bare '+' as a
// space, which breaks timestamps such as "+00:00". QUrlQuery leaves '+' alone, so it is not used.
QString encodeQuery(const QueryItems &items);
// One path segment, percent-encoded so that a '/' or '?' in a name cannot change the route.
QString pathSegment(const QString &segment);

struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // appended to the base URL's path, e.g. "/v1/namespaces"
    QueryItems query;
    QByteArray body;
    QByteArray contentType = "application/json";
};

// JSON-over-HTTP transport for one API base URL, on an injected QNetworkAccessManager.
// Adds the bearer token, refuses plain http to remote hosts and redirects to other hosts, times out
// stalled transfers, caps body size, and turns every failure into an ApiError. On a 401 it asks the
// token source for a new token once and repeats the request.
//
// Usage: client.send(request, context, [](Result<QByteArray> body) { ... }); the callback runs on
// the context's thread and not at all if the context is destroyed first (the request is aborted).
class ApiClient : public QObject
{
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager *network, QUrl baseUrl, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    QUrl urlFor(const QString &path, const QueryItems &query = {}) const;

    void setTokenSource(std::shared_ptr<AccessTokenSource> source);
    std::shared_ptr<AccessTokenSource> tokenSource() const { return m_tokenSource; }
    void setAllowInsecureHttp(bool allow) { m_allowInsecureHttp = allow; }
    // The profile's CAs (added to the system's) and its plain-http permission. Qt caches
    // connections per host and port whatever their TLS configuration, so clients with different
    // CAs must not share a QNetworkAccessManager (one per connection profile).
    void setSecurity(const ConnectionSecurity &security);
    ConnectionSecurity security() const;
    void setTimeoutMs(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeoutMs() const { return m_timeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

    void send(const ApiRequest &request, QObject *context, ResultCallback<QByteArray> done);

    // Opens a long-lived GET whose body the caller reads as it arrives (log streams). No transfer
    // timeout applies; the caller watches for silence. Returns nullptr and sets *refused when the
    // URL is not allowed. The caller owns the reply.
    QNetworkReply *openStream(const ApiRequest &request, ApiError *refused);

    // Maps a finished reply to an error (None for 2xx). Shared with stream readers.
    static ApiError errorForReply(QNetworkReply *reply, const QByteArray &body);

private:
    void sendAttempt(const ApiRequest &request, QPointer<QObject> context, ResultCallback<QByteArray> done,
                     bool mayRefresh);
    QNetworkRequest makeRequest(const QUrl &url) const;
    ApiError checkAllowed(const QUrl &url, const QString &method) const;
    void guardRedirects(QNetworkReply *reply) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    std::shared_ptr<AccessTokenSource> m_tokenSource;
    bool m_allowInsecureHttp = false;
    QList<QSslCertificate> m_extraCaCertificates;
    int m_timeoutMs = 30000;
    qint64 m_maxResponseBytes = qint64(512) * 1024 * 1024;
};

} // namespace Workdeck
