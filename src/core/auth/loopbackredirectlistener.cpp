// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loopbackredirectlistener.h"

#include "logging.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Workdeck {

namespace {

constexpr qint64 maxRequestBytes = 16 * 1024;
constexpr char callbackPath[] = "/callback";

QByteArray httpResponse(int status, const QByteArray &reason, const QByteArray &html)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\nConnection: close"
           "\r\nContent-Length: " +
           QByteArray::number(html.size()) + "\r\n\r\n" + html;
}

} // namespace

LoopbackRedirectListener::LoopbackRedirectListener(QObject *parent)
    : QObject(parent)
    , m_pageTitle(tr("Signed in"))
    , m_pageText(tr("Workdeck has received the sign-in. You can close this tab."))
{}

LoopbackRedirectListener::~LoopbackRedirectListener() = default;

bool LoopbackRedirectListener::listen(QString *error)
{
    close();
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        if (error)
            *error =
                tr("Cannot listen on 127.0.0.1 for the sign-in redirect: %1").arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            // The socket outlives the server (closed as soon as the redirect arrives) until the
            // browser has its page.
            socket->setParent(nullptr);
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(30000, socket, [socket] {
                socket->abort();
                socket->deleteLater();
            });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { handleReadable(socket); });
        }
    });
    return true;
}

void LoopbackRedirectListener::close()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

QUrl LoopbackRedirectListener::redirectUri() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    if (m_server)
        url.setPort(m_server->serverPort());
    url.setPath(QLatin1String(callbackPath));
    return url;
}

void LoopbackRedirectListener::setResponsePage(const QString &title, const QString &text)
{
    m_pageTitle = title;
    m_pageText = text;
}

void LoopbackRedirectListener::handleReadable(QTcpSocket *socket)
{
    if (socket->bytesAvailable() > maxRequestBytes) {
        socket->abort();
        return;
    }
    // Only the request line matters; wait until the headers are complete.
    const QByteArray head = socket->peek(maxRequestBytes);
    if (!head.contains("\r\n\r\n"))
        return;
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    socket->readAll();
    const QList<QByteArray> parts = requestLine.split(' ');
    const QUrl target = parts.size() == 3 ? QUrl::fromEncoded(parts.at(1)) : QUrl();
    if (parts.value(0) != "GET" || target.path() != QLatin1String(callbackPath)) {
        socket->write(httpResponse(404, "Not Found", QByteArrayLiteral("<!doctype html><title>404</title>")));
        socket->disconnectFromHost();
        return;
    }
    const QByteArray html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>" +
                            m_pageTitle.toHtmlEscaped().toUtf8() +
                            "</title></head><body style=\"font-family:"
                            "sans-serif;margin:3em\"><h1>" +
                            m_pageTitle.toHtmlEscaped().toUtf8() + "</h1><p>" +
                            m_pageText.toHtmlEscaped().toUtf8() + "</p></body></html>";
    socket->write(httpResponse(200, "OK", html));
    socket->disconnectFromHost();
    qCDebug(lcAuth) << "sign-in redirect received on the loopback listener";
    Q_EMIT redirectReceived(QUrlQuery(target));
}

} // namespace Workdeck
