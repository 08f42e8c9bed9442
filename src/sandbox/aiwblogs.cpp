// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Paged logs and the live log stream (reference sections 4.7 and 4.8).
#include "aiwbhandlers.h"
#include "aiwbparameters.h"
#include "logstreamwriter.h"

namespace Workdeck::Sandbox {

namespace {

constexpr qint64 second = 1000000;
// AIWB's LOKI_DEFAULT_TIME_RANGE_DAYS: where a stream starts when start_time is not honoured.
constexpr qint64 defaultStreamHistory = 15LL * 24 * 3600 * second;

const QStringList directions = {QStringLiteral("forward"), QStringLiteral("backward")};
const QStringList logTypes = {QStringLiteral("workload"), QStringLiteral("event")};

QJsonObject entryJson(const SimLogEntry &entry)
{
    return QJsonObject{{QStringLiteral("timestamp"), apiTimestamp(entry.micros)},
                       {QStringLiteral("level"), entry.level},
                       {QStringLiteral("message"), entry.message}};
}

} // namespace

void handleLogs(const Call &call, const QString &ns, const QString &rawId)
{
    SandboxContext &context = call.context();
    const QueryItems &query = call.query;
    ValidationErrors errors;
    // LogsQueryRequest is a sub-dependency: FastAPI checks its fields before the path parameters.
    const auto start = readAwareTime(query, QStringLiteral("start"), true, errors);
    const auto end = readAwareTime(query, QStringLiteral("end"), true, errors);
    const auto token = readAwareTime(query, QStringLiteral("page_token"), false, errors);
    const auto limit = readInt(query, QStringLiteral("limit"), 1000, 1, 10000, errors);
    const QString direction =
        readEnum(query, QStringLiteral("direction"), directions, QStringLiteral("forward"), errors);
    const QString level = readEnum(query, QStringLiteral("level"), logLevels(), QString(), errors);
    const QString logType =
        readEnum(query, QStringLiteral("log_type"), logTypes, QStringLiteral("workload"), errors);
    const QString id = readUuid(rawId, QStringLiteral("workload_id"), errors);
    if (!errors.isEmpty()) {
        replyValidation(context, call.responder, errors);
        return;
    }
    const SimWorkload *w = findWorkload(call, ns, id);
    if (!w) {
        replyDetail(context, call.responder, 404, QStringLiteral("Workload %1 not found").arg(id));
        return;
    }
    const bool backward = direction == u"backward";
    SentTime from = *start;
    SentTime to = *end;
    // Python's max(page_token, start) and min(page_token, end): the token unless strictly beaten.
    if (token && !backward && !(from.micros > token->micros))
        from = *token;
    if (token && backward && !(to.micros < token->micros))
        to = *token;
    if (from.micros >= to.micros) {
        replyDetail(context, call.responder, 400,
                    QStringLiteral("Invalid time range: start_date (%1) >= end_date (%2)")
                        .arg(pythonIsoformat(from.micros, from.offsetSeconds, ' '),
                             pythonIsoformat(to.micros, to.offsetSeconds, ' ')));
        return;
    }
    // Loki's query_range: [start, end), limit + 1 entries to learn whether there are more.
    QList<SimLogEntry> entries = context.cluster->logs(
        *w, from.micros, to.micros - 1, context.nowMicros(),
        level.isEmpty() ? 0 : SimulatedCluster::severity(level), logType == u"event", *limit + 1, backward);
    const bool hasMore = entries.size() > *limit;
    if (hasMore)
        entries.resize(*limit);
    QJsonArray data;
    for (const SimLogEntry &entry : std::as_const(entries))
        data.append(entryJson(entry));
    // The next page starts 1 µs past the boundary entry, in Python's isoformat ("+00:00").
    const QJsonValue nextToken =
        hasMore ? QJsonValue(pythonIsoformat(entries.last().micros + (backward ? -1 : 1), 0))
                : QJsonValue(QJsonValue::Null);
    reply(context, call.responder, 200,
          QJsonObject{{QStringLiteral("data"), data},
                      {QStringLiteral("pagination"),
                       QJsonObject{{QStringLiteral("has_more"), hasMore},
                                   {QStringLiteral("page_token"), nextToken},
                                   {QStringLiteral("total_returned"), int(entries.size())}}}});
}

void handleLogStream(const Call &call, const QString &ns, const QString &rawId)
{
    SandboxContext &context = call.context();
    const QueryItems &query = call.query;
    ValidationErrors errors;
    const QString id = readUuid(rawId, QStringLiteral("workload_id"), errors);
    const auto startTime = readAnyTime(query, QStringLiteral("start_time"), errors);
    const QString level = readEnum(query, QStringLiteral("level"), logLevels(), QString(), errors);
    const QString logType =
        readEnum(query, QStringLiteral("log_type"), logTypes, QStringLiteral("workload"), errors);
    const auto delay = readInt(query, QStringLiteral("delay"), 1, 1, 30, errors);
    if (!errors.isEmpty()) {
        replyValidation(context, call.responder, errors);
        return;
    }
    const SimWorkload *w = findWorkload(call, ns, id);
    if (!w) {
        replyDetail(context, call.responder, 404, QStringLiteral("Workload with ID %1 not found").arg(id));
        return;
    }
    if (const int injected = drawErrorStatus(context)) {
        reply(context, call.responder, injected, errorBody(injected), {}, Faults::Latency);
        return;
    }
    LogStreamWriter::Request stream;
    stream.workloadId = w->id;
    stream.minimumSeverity = level.isEmpty() ? 0 : SimulatedCluster::severity(level);
    stream.events = logType == u"event";
    // AIWB's bug, reproduced: only a naive start_time is honoured (as UTC); an aware one, or none,
    // means 15 days ago.
    stream.startMicros =
        startTime && startTime->naive ? startTime->time->micros : context.nowMicros() - defaultStreamHistory;
    if (*delay > 5) // Loki refuses the tail query; the stream has already said 200
        stream.errorMessage = QStringLiteral("delay_for can't be greater than 5");
    afterDelay(call.responder, context.faults.latencyMs,
               [shared = call.shared, responder = call.responder, stream] {
                   LogStreamWriter::start(shared, responder, stream);
               });
}

} // namespace Workdeck::Sandbox
