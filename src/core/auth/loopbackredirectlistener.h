// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace Workdeck {

// The redirect target of a browser sign-in (RFC 8252 loopback redirect): listens on 127.0.0.1
// only, on a port the system picks, for one GET of its callback path; answers the browser with a
// short page and reports the query (code, state, or error). Other paths get 404.
class LoopbackRedirectListener : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackRedirectListener(QObject *parent = nullptr);
    ~LoopbackRedirectListener() override;

    bool listen(QString *error);
    void close();
    QUrl redirectUri() const; // http://127.0.0.1:PORT/callback

    // The page the browser shows once the redirect has arrived; set before it arrives.
    void setResponsePage(const QString &title, const QString &text);

Q_SIGNALS:
    void redirectReceived(const QUrlQuery &query);

private:
    void handleReadable(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QString m_pageTitle;
    QString m_pageText;
};

} // namespace Workdeck
