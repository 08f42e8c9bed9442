// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "simulatedcluster.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Workdeck::Sandbox {

// What Run:ai adds to the simulated cluster: suspend and resume (stop / run), and its asynchronous
// delete. Shared by the Run:ai routes and the Kubernetes log route.
struct RunAiState
{
    QHash<QString, qint64> suspendedAt;       // workload id -> when Stop was asked
    QHash<QString, qint64> resumedAt;         // workload id -> when Run was asked
    QHash<QString, qint64> deleteRequestedAt; // workload id -> when Delete was asked
};

// One pod of a workload as Run:ai and Kubernetes show it.
struct SimPod
{
    QString id; // uuid
    QString name;
    QString container;
    QString k8sPhase; // Pending, Running, Succeeded, Failed
    QString node;
    double gpus = 0;
    int index = 0;
    int count = 1;
    bool crashed = false; // a failed workload: its previous container has the crash
};

// The same simulated cluster seen through Run:ai: projects with numeric ids, departments, node
// pools, phases, pods; all derived from the seed, so every run sees the same.
class RunAiView
{
public:
    RunAiView(const SimulatedCluster &cluster, const RunAiState &state)
        : m_cluster(cluster)
        , m_state(state)
    {}

    static QString clusterId();
    QString projectId(const QString &namespaceName) const;
    QString namespaceOf(const QString &namespaceName) const
    {
        return QStringLiteral("runai-") + namespaceName;
    }
    QString projectOfNamespace(const QString &kubernetesNamespace) const; // empty if none
    QString departmentId(const QString &namespaceName) const;
    QString departmentName(const QString &namespaceName) const;

    QString type(const SimWorkload &w) const; // Workspace, Training, Distributed, Inference
    QString phase(const SimWorkload &w, qint64 now) const;
    bool isDeleted(const SimWorkload &w, qint64 now) const; // in the deleted=true list
    QList<SimPod> pods(const SimWorkload &w, qint64 now) const;
    QJsonObject workloadJson(const SimWorkload &w, qint64 now, bool detailed) const;
    QJsonObject projectJson(const QString &namespaceName) const;
    QJsonObject podJson(const SimWorkload &w, const SimPod &pod) const;

private:
    const SimulatedCluster &m_cluster;
    const RunAiState &m_state;
};

} // namespace Workdeck::Sandbox
