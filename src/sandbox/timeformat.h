// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Workdeck::Sandbox {

// Times are microseconds since the Unix epoch (UTC) throughout the sandbox: QDateTime keeps only
// milliseconds, and the AIWB API writes microseconds.

// A datetime as the client wrote it: pydantic keeps the UTC offset it was sent with, and the API
// echoes it (metric grids, error texts).
struct SentTime
{
    qint64 micros = 0;
    int offsetSeconds = 0;
};

// pydantic's (speedate's) reading of a query value: an aware time, a naive one, or why neither.
struct ParsedTime
{
    std::optional<SentTime> time; // set when valid; for a naive value, offsetSeconds is 0
    bool naive = false;
    QString error; // speedate's words, when invalid
};
ParsedTime parseDateTime(const QString &text);

// "2026-03-02T09:14:27.518302Z": UTC, fraction only when non-zero (AIWB response bodies).
QString apiTimestamp(qint64 micros);
// pydantic's serialisation of an aware datetime: "Z" for a zero offset, "+01:00" otherwise.
QString pydanticTimestamp(qint64 micros, int offsetSeconds);
// Python isoformat(): "2026-03-02T09:20:09.998550+00:00" (AIWB page tokens); separator ' ' gives str().
QString pythonIsoformat(qint64 micros, int offsetSeconds, char separator = 'T');
// Python repr of a pydantic datetime: "datetime.datetime(2026, 3, 2, 9, 0, tzinfo=TzInfo(UTC))".
QString pythonRepr(qint64 micros, int offsetSeconds);

} // namespace Workdeck::Sandbox
