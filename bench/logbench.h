// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Workdeck::Bench {

struct Figure
{
    QString name;
    double value = 0;
    QString unit;
    QString target; // empty: reported, no target
    bool met = true;
};

QList<Figure> runLogBenchmarks();

} // namespace Workdeck::Bench
