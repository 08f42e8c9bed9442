// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qt>

namespace Workdeck {

enum ModelRole
{
    SortRole = Qt::UserRole + 1, // raw value to sort by (numbers, msecs), never display text
    WorkloadIdRole,
    StatusRole, // int(WorkloadStatus)
    FieldRole,  // int(WorkloadField) of the column
    ProjectIdRole,
};

} // namespace Workdeck
