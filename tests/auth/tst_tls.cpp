// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// TLS against a real HTTPS server on loopback (QSslServer) whose self-signed certificate the
// openssl CLI makes at test time: refused by default, accepted with that CA configured.

#include "api/apiclient.h"
#include "api/connectionsecurity.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Workdeck;

class TestTls : public QObject
{
    Q_OBJECT

    Result<QByteArray> get(ApiClient &client, const QString &path)
    {
        std::optional<Result<QByteArray>> result;
        client.send({"GET", path}, this, [&result](Result<QByteArray> r) { result = std::move(r); });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 15000))
            return ApiError::parseError(QStringLiteral("no answer"));
        return *result;
    }

    QTemporaryDir m_dir;
    QString m_certFile;
    QSslServer m_server;
    int m_served = 0;
    QNetworkAccessManager m_network;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        QVERIFY2(!openssl.isEmpty(), "the openssl CLI is not installed (scripts/deps.sh installs it)");
        m_certFile = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString keyFile = m_dir.filePath(QStringLiteral("key.pem"));
        QProcess process;
        process.start(openssl,
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                       keyFile, QStringLiteral("-out"), m_certFile, QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

        QFile certificate(m_certFile), key(keyFile);
        QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(&certificate, QSsl::Pem));
        configuration.setPrivateKey(QSslKey(&key, QSsl::Rsa, QSsl::Pem));
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
                connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
                connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    ++m_served;
                    socket->write(
                        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 15\r\n"
                        "Connection: close\r\n\r\n{\"status\":\"OK\"}");
                    socket->disconnectFromHost();
                });
            }
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
    }

    void selfSignedIsRefusedByDefault()
    {
        ApiClient client(&m_network, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())));
        const auto result = get(client, QStringLiteral("/v1/health"));
        QVERIFY(!result.isOk());
        QCOMPARE(result.error().kind, ApiError::Kind::Tls);
        // The message names the host and the reason.
        QVERIFY2(result.error().message.contains(u"127.0.0.1"), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(u"self signed", Qt::CaseInsensitive) ||
                     result.error().message.contains(u"self-signed", Qt::CaseInsensitive),
                 qPrintable(result.error().message));
        QCOMPARE(m_served, 0); // the request never reached the server
    }

    void acceptedWithTheCaConfigured()
    {
        ConnectionSecurity security;
        QString error;
        QVERIFY2(ConnectionSecurity::loadCaFile(m_certFile, &security.extraCaCertificates, &error),
                 qPrintable(error));
        QCOMPARE(security.extraCaCertificates.size(), 1);
        // Its own network access manager: Qt keys cached connections by host and port, not by
        // TLS configuration, so the composition root gives each connection profile its own.
        QNetworkAccessManager network;
        ApiClient client(&network, QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())));
        client.setSecurity(security);
        const int before = m_served;
        const auto result = get(client, QStringLiteral("/v1/health"));
        QVERIFY2(result.isOk(), result.isOk() ? "" : qPrintable(result.error().toString()));
        QCOMPARE(result.value(), QByteArray("{\"status\":\"OK\"}"));
        QCOMPARE(m_served, before + 1);

        // The CA is per client: another client (another profile) still refuses the server.
        QNetworkAccessManager otherNetwork;
        ApiClient other(&otherNetwork,
                        QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())));
        const auto refused = get(other, QStringLiteral("/v1/health"));
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error().kind, ApiError::Kind::Tls);
    }

    void unreadableOrEmptyCaFile()
    {
        QList<QSslCertificate> certificates;
        QString error;
        QVERIFY(!ConnectionSecurity::loadCaFile(m_dir.filePath(QStringLiteral("missing.pem")), &certificates,
                                                &error));
        QVERIFY(error.contains(u"missing.pem"));
        QFile junk(m_dir.filePath(QStringLiteral("junk.pem")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a certificate\n");
        junk.close();
        QVERIFY(!ConnectionSecurity::loadCaFile(junk.fileName(), &certificates, &error));
        QVERIFY(error.contains(u"no certificate"));
        QVERIFY(certificates.isEmpty());
    }

    void plainHttpToRemoteHostRefused()
    {
        ApiClient client(&m_network, QUrl(QStringLiteral("http://cluster.example.invalid")));
        const auto refused = get(client, QStringLiteral("/v1/namespaces"));
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error().kind, ApiError::Kind::Insecure);
        QVERIFY(refused.error().message.contains(u"cluster.example.invalid"));

        // Allowed explicitly by the profile: the request is attempted (and fails only on DNS).
        ConnectionSecurity security;
        security.allowInsecureHttp = true;
        client.setSecurity(security);
        const auto attempted = get(client, QStringLiteral("/v1/namespaces"));
        QVERIFY(!attempted.isOk());
        QVERIFY(attempted.error().kind != ApiError::Kind::Insecure);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
