// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QList>
#include <QObject>

#include <optional>

class QSettings;

namespace Workdeck {

// Connection profiles in QSettings (group "profiles/<id>") and which one is current. No secrets
// are ever written here.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    QList<ConnectionProfile> profiles() const; // sorted by name
    std::optional<ConnectionProfile> profile(const QString &id) const;
    std::optional<ConnectionProfile> findByName(const QString &name) const; // case-insensitive
    // Stores the profile (a new id is made if it has none) and returns it as stored.
    ConnectionProfile save(ConnectionProfile profile);
    void remove(const QString &id);

    QString currentId() const;
    void setCurrentId(const QString &id);
    // The first-run question (cluster or sandbox) has been answered.
    bool firstRunDone() const;
    void setFirstRunDone(bool done);

Q_SIGNALS:
    void profilesChanged();
    void currentChanged(const QString &id);

private:
    QSettings *m_settings;
};

} // namespace Workdeck
