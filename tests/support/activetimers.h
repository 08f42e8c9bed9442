// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

namespace Workdeck::Test {

// The running timers under root, each named by the class of the object that owns it, so a failing
// check says what still ticks.
inline QStringList activeTimers(const QObject *root)
{
    QStringList owners;
    const QList<QTimer *> timers = root->findChildren<QTimer *>();
    for (const QTimer *timer : timers) {
        if (timer->isActive())
            owners << QString::fromLatin1(timer->parent()->metaObject()->className());
    }
    return owners;
}

} // namespace Workdeck::Test
