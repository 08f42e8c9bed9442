// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadcache.h"

#include "api/jsonsupport.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace Workdeck {

namespace {

constexpr quint32 magic = 0x57444b43; // "WDKC"
constexpr quint32 formatVersion = 2;  // raise with any change to what is written below

// What a load reads from, and one string for each value that repeats across the list (statuses,
// users, clusters, images...), as the JSON parsers keep them: fewer, smaller allocations.
struct Reader
{
    QDataStream &in;
    Json::StringPool strings;

    QString shared()
    {
        QString text;
        in >> text;
        return strings.intern(text);
    }

    QStringList sharedList()
    {
        QStringList list;
        in >> list;
        for (QString &item : list)
            item = strings.intern(item);
        return list;
    }
};

template<typename T> void writeOptional(QDataStream &out, const std::optional<T> &value)
{
    out << value.has_value();
    if (value)
        out << *value;
}

template<typename T> void readOptional(QDataStream &in, std::optional<T> &value)
{
    bool present = false;
    in >> present;
    if (present) {
        T read{};
        in >> read;
        value = read;
    } else {
        value.reset();
    }
}

void write(QDataStream &out, const WorkloadConnection &connection)
{
    out << int(connection.kind) << connection.name << connection.toolType << connection.address;
}

void read(Reader &reader, WorkloadConnection &connection)
{
    QDataStream &in = reader.in;
    int kind = 0;
    in >> kind;
    connection.name = reader.shared();
    connection.toolType = reader.shared();
    in >> connection.address;
    connection.kind = WorkloadConnection::Kind(qBound(0, kind, int(WorkloadConnection::Kind::Tool)));
}

void write(QDataStream &out, const WorkloadComponent &component)
{
    out << component.id << component.name << component.kind << component.status << component.statusMessage
        << component.node << component.image << component.containers << component.createdAt;
    writeOptional(out, component.gpus);
}

void read(Reader &reader, WorkloadComponent &component)
{
    QDataStream &in = reader.in;
    in >> component.id >> component.name;
    component.kind = reader.shared();
    component.status = reader.shared();
    component.statusMessage = reader.shared();
    component.node = reader.shared();
    component.image = reader.shared();
    component.containers = reader.sharedList();
    in >> component.createdAt;
    readOptional(in, component.gpus);
}

void write(QDataStream &out, const Workload &w);
void read(Reader &reader, Workload &w);

template<typename T> void writeList(QDataStream &out, const QList<T> &list)
{
    out << qint64(list.size());
    for (const T &item : list)
        write(out, item);
}

template<typename T> bool readList(Reader &reader, QList<T> &list, qint64 limit)
{
    QDataStream &in = reader.in;
    qint64 size = 0;
    in >> size;
    // Each element takes a byte at least: a damaged count must not reserve room for millions.
    if (size < 0 || size > limit || size > in.device()->bytesAvailable())
        return false;
    list.clear();
    list.reserve(size);
    for (qint64 i = 0; i < size && in.status() == QDataStream::Ok; ++i) {
        T item;
        read(reader, item);
        list.append(std::move(item));
    }
    return in.status() == QDataStream::Ok;
}

void write(QDataStream &out, const Workload &w)
{
    out << w.id << w.name << w.displayName << int(w.type) << w.rawType << int(w.status) << w.rawStatus
        << w.statusMessage << w.projectId << w.projectName << w.namespaceName << w.clusterId << w.clusterName
        << w.departmentName << w.createdBy << w.updatedBy << w.createdAt << w.updatedAt << w.completedAt;
    writeOptional(out, w.gpusRequested);
    writeOptional(out, w.gpusAllocated);
    writeOptional(out, w.vramMegabytes);
    writeOptional(out, w.cpusRequested);
    writeOptional(out, w.cpusAllocated);
    writeOptional(out, w.memoryRequestedBytes);
    writeOptional(out, w.memoryAllocatedBytes);
    writeOptional(out, w.runningPods);
    writeOptional(out, w.requestedPods);
    writeOptional(out, w.preemptible);
    writeOptional(out, w.runTimeSeconds);
    out << w.nodePools << int(w.supportedActions.toInt()) << w.chartId << w.modelId << w.datasetId;
    writeList(out, w.connections);
    writeList(out, w.components);
}

void read(Reader &reader, Workload &w)
{
    QDataStream &in = reader.in;
    int type = 0;
    int status = 0;
    in >> w.id >> w.name;
    w.displayName = reader.shared();
    in >> type;
    w.rawType = reader.shared();
    in >> status;
    w.rawStatus = reader.shared();
    w.statusMessage = reader.shared();
    for (QString *text : {&w.projectId, &w.projectName, &w.namespaceName, &w.clusterId, &w.clusterName,
                          &w.departmentName, &w.createdBy, &w.updatedBy})
        *text = reader.shared();
    in >> w.createdAt >> w.updatedAt >> w.completedAt;
    // Enum values from another build could be out of range: keep them only if known.
    w.type = allWorkloadTypes().contains(WorkloadType(type)) ? WorkloadType(type) : WorkloadType::Unknown;
    w.status = allWorkloadStatuses().contains(WorkloadStatus(status)) ? WorkloadStatus(status)
                                                                      : WorkloadStatus::Unknown;
    readOptional(in, w.gpusRequested);
    readOptional(in, w.gpusAllocated);
    readOptional(in, w.vramMegabytes);
    readOptional(in, w.cpusRequested);
    readOptional(in, w.cpusAllocated);
    readOptional(in, w.memoryRequestedBytes);
    readOptional(in, w.memoryAllocatedBytes);
    readOptional(in, w.runningPods);
    readOptional(in, w.requestedPods);
    readOptional(in, w.preemptible);
    readOptional(in, w.runTimeSeconds);
    int actions = 0;
    w.nodePools = reader.sharedList();
    in >> actions;
    w.chartId = reader.shared();
    w.modelId = reader.shared();
    w.datasetId = reader.shared();
    w.supportedActions = WorkloadActions::fromInt(actions) &
                         (WorkloadAction::Delete | WorkloadAction::Stop | WorkloadAction::Run);
    readList(reader, w.connections, 1000);
    readList(reader, w.components, 100000);
}

} // namespace

WorkloadCache::WorkloadCache(QString directory)
    : m_directory(std::move(directory))
{}

QString WorkloadCache::defaultDirectory(const QString &connectionKey)
{
    const QByteArray key =
        QCryptographicHash::hash(connectionKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/workloads/") +
           QString::fromLatin1(key);
}

bool WorkloadCache::contains(const QString &projectId) const
{
    return QFile::exists(fileFor(projectId));
}

QString WorkloadCache::fileFor(const QString &projectId) const
{
    // Project ids are server data: hash them into a safe file name.
    const QByteArray key =
        QCryptographicHash::hash(projectId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return m_directory + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".cache");
}

std::optional<WorkloadCache::Snapshot> WorkloadCache::load(const QString &projectId) const
{
    QFile file(fileFor(projectId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // The file mapped, not read: a stream on the file itself reads each field through the device
    // (about half the time of a load of 10,000 workloads), and a copy in memory costs a page fault
    // per 4 KB. Files are replaced whole (QSaveFile), never cut short under a reader.
    const qint64 size = file.size();
    uchar *mapped = size > 0 ? file.map(0, size) : nullptr;
    if (!mapped)
        return std::nullopt;
    const QByteArray content = QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), size);
    QDataStream in(content);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 readMagic = 0;
    quint32 readVersion = 0;
    QString readProject;
    Snapshot snapshot;
    in >> readMagic >> readVersion;
    if (readMagic != magic || readVersion != formatVersion)
        return std::nullopt;
    in >> readProject >> snapshot.savedAt;
    Reader reader{in, {}};
    if (readProject != projectId || !readList(reader, snapshot.workloads, 10'000'000)) {
        qCInfo(lcService) << "ignored an unreadable workload cache file" << file.fileName();
        return std::nullopt;
    }
    return snapshot;
}

bool WorkloadCache::save(const QString &projectId, const QList<Workload> &workloads,
                         const QDateTime &savedAt) const
{
    if (!QDir().mkpath(m_directory))
        return false;
    QSaveFile file(fileFor(projectId));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << formatVersion << projectId << savedAt;
    writeList(out, workloads);
    return out.status() == QDataStream::Ok && file.commit();
}

void WorkloadCache::remove(const QString &projectId) const
{
    QFile::remove(fileFor(projectId));
}

} // namespace Workdeck
