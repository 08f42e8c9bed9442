// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/accesstokensource.h"
#include "api/apiclient.h"
#include "backends/aiwbbackend.h"
#include "sandboxserver.h"

#include <QNetworkAccessManager>
#include <QtTest>

#include <functional>
#include <memory>
#include <optional>

namespace Workdeck::Test {

// A sandbox cluster on loopback and the real client stack (network, API client, AIWB backend)
// pointed at it, as the integration tests use them.
class SandboxConnection
{
public:
    explicit SandboxConnection(const Sandbox::SandboxOptions &options = {})
        : m_options(options)
    {
        startSandbox();
        m_client = std::make_unique<ApiClient>(&m_network, m_sandbox->baseUrl());
        m_client->setTokenSource(std::make_shared<StaticTokenSource>(m_sandbox->token()));
        m_backend = std::make_unique<AiwbBackend>(m_client.get());
    }

    bool isListening() const { return m_sandbox && m_sandbox->port() != 0; }
    Sandbox::SandboxServer &sandbox() { return *m_sandbox; }
    QNetworkAccessManager &network() { return m_network; }
    ApiClient &client() { return *m_client; }
    AiwbBackend &backend() { return *m_backend; }

    // Takes the server down; restartSandbox() brings the same cluster back on the same port.
    void stopSandbox() { m_sandbox.reset(); }
    void restartSandbox()
    {
        m_options.port = m_port;
        m_options.epoch = m_epoch;
        m_options.token = m_token;
        startSandbox();
    }

    // Runs an asynchronous call and waits for its result (the event loop keeps running).
    template<typename T>
    Result<T> wait(const std::function<void(QObject *, ResultCallback<T>)> &call, int timeoutMs = 15000)
    {
        std::optional<Result<T>> result;
        QObject context;
        call(&context, [&result](Result<T> value) { result = std::move(value); });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, timeoutMs);
        if (!result)
            return ApiError::parseError(QStringLiteral("no answer in time"));
        return std::move(*result);
    }

    Result<QList<Workload>> workloads(const QString &ns, const WorkloadListQuery &query = {},
                                      int timeoutMs = 15000)
    {
        Project project;
        project.id = project.name = ns;
        return wait<QList<Workload>>(
            [&](QObject *context, ResultCallback<QList<Workload>> done) {
                m_backend->listWorkloads(project, query, context, std::move(done));
            },
            timeoutMs);
    }

    // The first workload of this type and status (the sandbox's showcase has one of each kind).
    Workload find(WorkloadType type, WorkloadStatus status,
                  const QString &ns = QStringLiteral("research-and-development"))
    {
        const auto list = workloads(ns);
        if (list) {
            for (const Workload &workload : list.value()) {
                if (workload.type == type && workload.status == status)
                    return workload;
            }
        }
        return {};
    }

private:
    void startSandbox()
    {
        m_sandbox = std::make_unique<Sandbox::SandboxServer>(m_options);
        QString error;
        if (!m_sandbox->listen(&error))
            qWarning().noquote() << "sandbox:" << error;
        m_port = m_sandbox->port();
        m_epoch = m_sandbox->epoch();
        m_token = m_sandbox->token();
    }

    Sandbox::SandboxOptions m_options;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AiwbBackend> m_backend;
    quint16 m_port = 0;
    QDateTime m_epoch;
    QString m_token;
};

} // namespace Workdeck::Test
