// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QtTest>

namespace Workdeck::Test {

// One HTTP answer, read in full.
struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const char *name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray data() const { return json().value(u"data").toArray(); }
    QString detail() const { return json().value(u"detail").toString(); }
    // The first item of a FastAPI 422 detail array.
    QJsonObject firstError() const { return json().value(u"detail").toArray().first().toObject(); }
};

// Plain HTTP against the sandbox with a QNetworkAccessManager: no Workdeck client code, so the
// tests see what any client sees. Waits with the event loop running (the server is in-process).
class HttpProbe
{
public:
    static inline const QByteArray useToken = QByteArrayLiteral("<token>");

    HttpProbe(QNetworkAccessManager *network, const QUrl &base, const QString &token)
        : m_network(network)
        , m_base(base)
        , m_token(token)
    {}

    // pathAndQuery is sent as written (StrictMode keeps an unescaped '+' a '+').
    HttpAnswer call(const QString &pathAndQuery, const QByteArray &authorization = useToken,
                    const QByteArray &method = QByteArrayLiteral("GET"), int timeoutMs = 20000) const
    {
        QNetworkRequest request(QUrl(m_base.toString() + pathAndQuery, QUrl::StrictMode));
        if (authorization == useToken)
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        else if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply *reply = m_network->sendCustomRequest(request, method);
        if (!reply->isFinished())
            QSignalSpy(reply, &QNetworkReply::finished).wait(timeoutMs);
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.error = reply->error();
        answer.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return answer;
    }

private:
    QNetworkAccessManager *m_network;
    QUrl m_base;
    QString m_token;
};

// A request read over a bare socket, so that the stream's own framing can be checked: the status
// line and headers, each chunk ("hex(len)\r\n payload \r\n"), the terminating "0\r\n\r\n", or a
// connection cut without it.
class RawStream : public QObject
{
public:
    RawStream(quint16 port, const QString &pathAndQuery, const QByteArray &authorization)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, [this] {
            m_raw += m_socket.readAll();
            parse();
        });
        connect(&m_socket, &QTcpSocket::disconnected, this, [this] { m_disconnected = true; });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_socket.waitForConnected(5000);
        QByteArray request = "GET " + pathAndQuery.toUtf8() +
                             " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
        if (!authorization.isEmpty())
            request += "Authorization: " + authorization + "\r\n";
        m_socket.write(request + "\r\n");
    }

    QByteArray head() const { return m_head; }
    int status() const { return m_head.mid(9, 3).toInt(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const QByteArray &line : m_head.split('\n')) {
            if (line.toLower().startsWith(name.toLower() + ':'))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    }
    // The payloads of the "data: <payload>\n\n" frames received so far.
    QList<QByteArray> frames() const
    {
        QList<QByteArray> result;
        for (const QByteArray &block : m_body.split('\n')) {
            if (block.startsWith("data: "))
                result << block.mid(6);
        }
        return result;
    }
    QList<QJsonObject> entries() const
    {
        QList<QJsonObject> result;
        for (const QByteArray &frame : frames()) {
            if (frame.startsWith("{\"timestamp\""))
                result << QJsonDocument::fromJson(frame).object();
        }
        return result;
    }
    int heartbeats() const { return int(frames().count("[HEARTBEAT]")); }
    QByteArray body() const { return m_body; }
    bool terminated() const { return m_terminated; }
    bool framingValid() const { return m_framingValid; }
    bool disconnected() const
    {
        return m_disconnected || m_socket.state() != QAbstractSocket::ConnectedState;
    }
    void close() { m_socket.abort(); }

private:
    void parse()
    {
        if (m_head.isEmpty()) {
            const qsizetype end = m_raw.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            m_head = m_raw.left(end);
            m_raw.remove(0, end + 4);
        }
        while (!m_terminated) {
            const qsizetype lineEnd = m_raw.indexOf("\r\n");
            if (lineEnd < 0)
                return;
            bool ok = false;
            const qsizetype length = m_raw.left(lineEnd).toLongLong(&ok, 16);
            if (!ok) {
                m_framingValid = false;
                return;
            }
            if (m_raw.size() < lineEnd + 2 + length + 2)
                return;
            if (m_raw.mid(lineEnd + 2 + length, 2) != "\r\n")
                m_framingValid = false;
            m_body += m_raw.mid(lineEnd + 2, length);
            m_raw.remove(0, lineEnd + 2 + length + 2);
            m_terminated = length == 0;
        }
    }

    QTcpSocket m_socket;
    QByteArray m_raw;
    QByteArray m_head;
    QByteArray m_body;
    bool m_terminated = false;
    bool m_framingValid = true;
    bool m_disconnected = false;
};

} // namespace Workdeck::Test
