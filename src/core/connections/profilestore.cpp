// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace Workdeck {

namespace {
const QString group = QStringLiteral("profiles");
}

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> list;
    m_settings->beginGroup(group);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (auto stored = profile(id))
            list.append(*stored);
    }
    std::sort(list.begin(), list.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return list;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty())
        return std::nullopt;
    m_settings->beginGroup(group + QLatin1Char('/') + id);
    std::optional<ConnectionProfile> result;
    if (m_settings->contains(QStringLiteral("name"))) {
        ConnectionProfile p;
        p.id = id;
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.kind = ConnectionProfile::kindFromName(m_settings->value(QStringLiteral("kind")).toString());
        p.serverUrl = m_settings->value(QStringLiteral("server")).toUrl();
        p.airmUrl = m_settings->value(QStringLiteral("airmServer")).toUrl();
        p.oidcIssuer = m_settings->value(QStringLiteral("oidcIssuer")).toUrl();
        p.oidcClientId = m_settings->value(QStringLiteral("oidcClientId")).toString();
        p.runAiClientId = m_settings->value(QStringLiteral("runAiClientId")).toString();
        p.kubeApiUrl = m_settings->value(QStringLiteral("kubeApiServer")).toUrl();
        p.caFile = m_settings->value(QStringLiteral("caFile")).toString();
        p.allowInsecureHttp = m_settings->value(QStringLiteral("allowInsecureHttp"), false).toBool();
        result = p;
    }
    m_settings->endGroup();
    return result;
}

std::optional<ConnectionProfile> ProfileStore::findByName(const QString &name) const
{
    for (const ConnectionProfile &p : profiles()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

ConnectionProfile ProfileStore::save(ConnectionProfile p)
{
    if (p.id.isEmpty())
        p.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_settings->beginGroup(group + QLatin1Char('/') + p.id);
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("kind"), ConnectionProfile::kindName(p.kind));
    m_settings->setValue(QStringLiteral("server"), p.serverUrl);
    m_settings->setValue(QStringLiteral("airmServer"), p.airmUrl);
    m_settings->setValue(QStringLiteral("oidcIssuer"), p.oidcIssuer);
    m_settings->setValue(QStringLiteral("oidcClientId"), p.oidcClientId);
    m_settings->setValue(QStringLiteral("runAiClientId"), p.runAiClientId);
    m_settings->setValue(QStringLiteral("kubeApiServer"), p.kubeApiUrl);
    m_settings->setValue(QStringLiteral("caFile"), p.caFile);
    m_settings->setValue(QStringLiteral("allowInsecureHttp"), p.allowInsecureHttp);
    m_settings->endGroup();
    m_settings->sync();
    Q_EMIT profilesChanged();
    return p;
}

void ProfileStore::remove(const QString &id)
{
    if (id.isEmpty())
        return;
    m_settings->remove(group + QLatin1Char('/') + id);
    if (currentId() == id)
        setCurrentId({});
    m_settings->sync();
    Q_EMIT profilesChanged();
}

QString ProfileStore::currentId() const
{
    return m_settings->value(QStringLiteral("connections/current")).toString();
}

void ProfileStore::setCurrentId(const QString &id)
{
    if (id == currentId())
        return;
    m_settings->setValue(QStringLiteral("connections/current"), id);
    Q_EMIT currentChanged(id);
}

bool ProfileStore::firstRunDone() const
{
    return m_settings->value(QStringLiteral("connections/firstRunDone"), false).toBool();
}

void ProfileStore::setFirstRunDone(bool done)
{
    m_settings->setValue(QStringLiteral("connections/firstRunDone"), done);
}

} // namespace Workdeck
