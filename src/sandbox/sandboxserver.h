// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oidcissuer.h"
#include "simulatedcluster.h"

#include <QDateTime>
#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace Workdeck::Sandbox {

// Faults the sandbox injects into its answers, so that clients can be tested against the
// failures a real cluster produces. All rates are fractions in [0, 1]; the choices are drawn
// from a generator seeded with the sandbox seed, so a run is repeatable.
struct FaultOptions
{
    int latencyMs = 0;                // added before every answer (streams: before the headers)
    int listLatencyMs = 0;            // added before AIWB's answers with a namespace's whole list
    double errorRate = 0.0;           // fraction of /v1 requests (not /v1/health) answered 500, 502 or 503
    double malformedRate = 0.0;       // fraction of JSON bodies cut in half (invalid JSON, status 200)
    int dropStreamAfterFrames = -1;   // a log stream's connection is cut after N frames (-1: never)
    int errorFrameAfterFrames = -1;   // a log stream sends data: {"error": ...} after N frames, then ends
    int silentStreamAfterFrames = -1; // a log stream goes silent (no frames, no heartbeats) after N frames
};

struct SandboxOptions
{
    quint16 port = 0;       // 0: a free port chosen by the system
    int workloadCount = 48; // across all namespaces, including the fixed showcase workloads
    quint64 seed = 1;
    QString token;                   // the bearer token accepted; empty: a random one is made
    QStringList namespaces;          // empty: research-and-development, vision-team, team-nlp
    double timeScale = 1.0;          // simulated seconds per real second for life cycles and log growth
    int heartbeatIntervalMs = 30000; // [HEARTBEAT] after this much silence on a log stream
    int streamPollIntervalMs = 200;  // how often an open stream looks for new log lines
    int tailBackfillLimit = 100;     // entries a new stream sends from before "now" (Loki's tail limit)
    qint64 logHistoryLines = defaultLogHistoryLines; // a running workload's log from before the start
    // Decides whether a bearer token is accepted; empty: compare with `token`.
    // On refusal, *reason becomes the text after "Validation of token failed: " (the reason
    // "Token expired" gives AIWB's own {"detail":"Token expired"} instead).
    std::function<bool(const QString &token, QString *reason)> tokenValidator;
    std::function<QDateTime()> clock; // empty: QDateTime::currentDateTimeUtc
    // The simulation's time zero. Two sandboxes with the same seed and epoch serve the same cluster
    // (a restarted server resumes the same logs). Empty: the time the server is made.
    QDateTime epoch;
    FaultOptions faults;
    // Run:ai: false answers /api/v1/workloads/batch with 404, as a control plane before 2.19 does.
    bool runaiBatchRoute = true;
    // Run:ai: false answers /api/v2/token with 404 (control planes with only the v1 JSON route).
    bool runaiTokenV2 = true;
    // A tiny OpenID Connect issuer at <baseUrl>/realms/sandbox whose tokens the API accepts too.
    OidcIssuerOptions oidc;
};

// The sandbox cluster: simulated workloads served over HTTP on 127.0.0.1, speaking the AIWB API
// as documented in docs/reference/amd-ai-workbench-api.md. Usage: construct, listen(), point a
// client at baseUrl() with "Authorization: Bearer <token()>". Lives on the thread that made it.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Binds 127.0.0.1 only. Returns false and sets *errorMessage when the port is taken.
    bool listen(QString *errorMessage = nullptr);

    QUrl baseUrl() const; // http://127.0.0.1:PORT
    quint16 port() const;
    QString token() const;
    QUrl issuerUrl() const; // http://127.0.0.1:PORT/realms/sandbox, or empty without SandboxOptions::oidc
    QDateTime epoch() const;
    QDateTime now() const; // the simulation's clock: SandboxOptions::clock, or the system's

    FaultOptions faults() const;
    void setFaults(const FaultOptions &faults);

    SimulatedCluster &cluster();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Workdeck::Sandbox
