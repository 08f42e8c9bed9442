// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workload.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Workdeck {

// The last workload list of each project of one connection, on disk, so that the window shows
// them at once on the next start (marked as cached) while the live list loads. One file per
// project under `directory`, written atomically; a file of another format version, or damaged,
// is ignored (and replaced at the next save). Holds no secrets: what the table shows.
// Thread-safe: load() and save() touch only their file; run them off the GUI thread.
class WorkloadCache
{
public:
    struct Snapshot
    {
        QDateTime savedAt;
        QList<Workload> workloads;
    };

    explicit WorkloadCache(QString directory);

    // The cache directory for a connection under the user's cache location.
    static QString defaultDirectory(const QString &connectionKey);

    QString directory() const { return m_directory; }
    std::optional<Snapshot> load(const QString &projectId) const;
    // Whether a list of the project was saved (a look at the directory; load() may still refuse it).
    bool contains(const QString &projectId) const;
    bool save(const QString &projectId, const QList<Workload> &workloads, const QDateTime &savedAt) const;
    void remove(const QString &projectId) const;

private:
    QString fileFor(const QString &projectId) const;

    QString m_directory;
};

} // namespace Workdeck
