// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandboxcontext.h"
#include "timeformat.h"

#include <optional>

namespace Workdeck::Sandbox {

// Reading request parameters as FastAPI and pydantic read them, recording each invalid one in
// `errors` the way FastAPI reports it (type, loc, msg, input, ctx).

// An AwareDatetime query parameter; empty when absent (and not required) or invalid.
std::optional<SentTime> readAwareTime(const QueryItems &query, const QString &name, bool required,
                                      ValidationErrors &errors);
// A plain datetime query parameter (aware or naive); empty when absent or invalid.
std::optional<ParsedTime> readAnyTime(const QueryItems &query, const QString &name, ValidationErrors &errors);
// An int query parameter with optional bounds (ge/le); the default when absent.
std::optional<int> readInt(const QueryItems &query, const QString &name, int defaultValue,
                           std::optional<int> minimum, std::optional<int> maximum, ValidationErrors &errors);
// A single enum query parameter: `defaultValue` when absent, empty when invalid.
QString readEnum(const QueryItems &query, const QString &name, const QStringList &allowed,
                 const QString &defaultValue, ValidationErrors &errors);
// A repeatable enum query parameter (the loc carries the index of a bad value).
QStringList readEnumList(const QueryItems &query, const QString &name, const QStringList &allowed,
                         ValidationErrors &errors);
// A UUID path parameter in canonical form (lowercase, hyphenated); empty when invalid.
QString readUuid(const QString &text, const QString &name, ValidationErrors &errors);
// An enum path parameter; false when invalid.
bool readPathEnum(const QString &text, const QString &name, const QStringList &allowed,
                  ValidationErrors &errors);

// The enums of the AIWB API (reference section 6).
QStringList workloadStatuses();
QStringList workloadTypes();
QStringList logLevels();

} // namespace Workdeck::Sandbox
