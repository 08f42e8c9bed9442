// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Workdeck {

// A project (AIRM, Run:ai) or namespace (AIWB) that workloads belong to.
struct Project
{
    QString id;   // the key the backend's routes take (AIWB: the namespace name)
    QString name; // what users call it
    QString description;
    QString clusterId;
    QString clusterName;
    QString status;
    std::optional<double> gpuQuota;

    bool operator==(const Project &) const = default;
};

} // namespace Workdeck
