// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace Workdeck::Sandbox {

// Compact JSON as FastAPI and pydantic write it: keys in the order of the response models (not
// QJsonDocument's alphabetical order), float-typed fields (value, vram, scalar data) with a
// fraction ("61440.0"), non-ASCII text as UTF-8, control characters as \u00XX.
QByteArray writeJson(const QJsonValue &value);

} // namespace Workdeck::Sandbox
