// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

namespace Workdeck::Sandbox {

// Compact JSON as FastAPI and pydantic write it: keys in the order of the response models (not
// QJsonDocument's alphabetical order), float-typed fields (value, vram, scalar data) with a
// fraction ("61440.0"), non-ASCII text as UTF-8, control characters as \u00XX.
QByteArray writeJson(const QJsonValue &value);

// A JSON string as writeJson writes it, appended to `out`: for the long lists that are written
// straight into bytes, where building a QJsonObject per item first would cost most of the answer.
void appendJsonString(QByteArray &out, QStringView text);

} // namespace Workdeck::Sandbox
