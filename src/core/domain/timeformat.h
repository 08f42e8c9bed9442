// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Workdeck {

// "just now", "5 min ago", "3 h ago", "2 days ago", or the date for older times; translated.
QString formatRelativeTime(const QDateTime &time, const QDateTime &now);
// Local time for tooltips: "2026-03-02 10:14:27 (UTC+01:00)".
QString formatAbsoluteTime(const QDateTime &time);

} // namespace Workdeck
