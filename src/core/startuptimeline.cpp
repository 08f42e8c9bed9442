// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startuptimeline.h"

#include <QFile>

#include <cstring>

#if defined(Q_OS_LINUX)
#include <ctime>
#include <unistd.h>
#endif

namespace Workdeck::StartupTimeline {

namespace {

#if defined(Q_OS_LINUX)
double secondsSinceBoot()
{
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// Field 22 of /proc/self/stat: the start time in clock ticks since boot. The command name (field 2)
// may hold spaces, so count from its closing parenthesis. Negative where unknown.
double processStartSeconds()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    return fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
}
#endif

QList<Milestone> &reached()
{
    static QList<Milestone> list;
    return list;
}

} // namespace

qint64 processAgeMs()
{
#if defined(Q_OS_LINUX)
    static const double start = processStartSeconds();
    if (start < 0)
        return -1;
    return qint64((secondsSinceBoot() - start) * 1000.0);
#else
    return -1;
#endif
}

qint64 mark(const char *name)
{
    QList<Milestone> &list = reached();
    for (const Milestone &milestone : std::as_const(list)) {
        if (std::strcmp(milestone.name, name) == 0)
            return milestone.ageMs;
    }
    list.append({name, processAgeMs()});
    return list.constLast().ageMs;
}

QList<Milestone> milestones()
{
    return reached();
}

} // namespace Workdeck::StartupTimeline
