// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Workload and namespace metrics (reference sections 4.9 and 4.10).
#include "aiwbhandlers.h"
#include "aiwbparameters.h"

#include <cmath>

namespace Workdeck::Sandbox {

namespace {

constexpr qint64 second = 1000000;
constexpr qint64 hour = 3600 * second;
constexpr qint64 day = 24 * hour;

struct MetricRange
{
    SentTime start;
    SentTime end;
};

// MetricsTimeRange: start and end are a sub-dependency, so FastAPI checks them first; when they
// parse, the model's validator runs at once and its ValueError becomes a 400 with pydantic's text.
// Empty when it has answered (or recorded 422 items in `errors`).
std::optional<MetricRange> readRange(const Call &call, ValidationErrors &errors, bool *answered)
{
    const auto start = readAwareTime(call.query, QStringLiteral("start"), true, errors);
    const auto end = readAwareTime(call.query, QStringLiteral("end"), true, errors);
    if (!start || !end)
        return std::nullopt;
    MetricRange range{*start, *end};
    // Prometheus works in seconds: the wall-clock fraction is dropped.
    range.start.micros -= ((range.start.micros % second) + second) % second;
    range.end.micros -= ((range.end.micros % second) + second) % second;
    const qint64 now = call.context().nowMicros();
    QString problem;
    if (range.start.micros >= range.end.micros)
        problem = QStringLiteral("start time must be before end time");
    else if (range.start.micros < now - 30 * day)
        problem = QStringLiteral("start time must be within the last 30 days");
    else if (range.end.micros > now + 60 * second)
        problem = QStringLiteral("end time must not be in the future");
    if (problem.isEmpty())
        return range;
    const QString input = QStringLiteral("{'start': %1, 'end': %2}")
                              .arg(pythonRepr(start->micros, start->offsetSeconds),
                                   pythonRepr(end->micros, end->offsetSeconds));
    // pydantic shortens a long input to its first 25 and last 24 characters.
    const QString shown =
        input.size() > 50 ? input.left(25) + QStringLiteral("...") + input.right(24) : input;
    replyDetail(
        call.context(), call.responder, 400,
        QStringLiteral("1 validation error for MetricsTimeRange\n  Value error, %1 [type=value_error, "
                       "input_value=%2, input_type=dict]\n    For further information visit "
                       "https://errors.pydantic.dev/2.12/v/value_error")
            .arg(problem, shown));
    *answered = true;
    return std::nullopt;
}

// get_step_for_range_query: 0 when the range is too long (the caller answers 400).
qint64 stepFor(const MetricRange &range)
{
    const qint64 span = range.end.micros - range.start.micros;
    return span <= hour ? 60 * second : span <= day ? 300 * second : span <= 8 * day ? hour : 0;
}

void replyTooLong(const Call &call)
{
    replyDetail(call.context(), call.responder, 400,
                QStringLiteral("Time range is too large. Please limit the range to 8 days."));
}

QJsonObject rangeJson(const MetricRange &range)
{
    return QJsonObject{
        {QStringLiteral("start"), pydanticTimestamp(range.start.micros, range.start.offsetSeconds)},
        {QStringLiteral("end"), pydanticTimestamp(range.end.micros, range.end.offsetSeconds)}};
}

// MetricsTimeseries: every series padded to the grid start + i * step, i = 0 .. floor(span / step),
// in the offset of the start that was sent.
void replyTimeseries(const Call &call, const MetricRange &range, qint64 step, const QStringList &labels,
                     const std::function<std::optional<double>(int series, qint64 micros)> &valueAt)
{
    const qint64 now = call.context().nowMicros();
    const qint64 points = (range.end.micros - range.start.micros) / step + 1;
    QJsonArray timestamps;
    for (qint64 i = 0; i < points; ++i)
        timestamps.append(pydanticTimestamp(range.start.micros + i * step, range.start.offsetSeconds));
    QJsonArray data;
    for (int s = 0; s < labels.size(); ++s) {
        QJsonArray values;
        for (qint64 i = 0; i < points; ++i) {
            const qint64 t = range.start.micros + i * step;
            const auto value = t <= now ? valueAt(s, t) : std::nullopt;
            values.append(QJsonObject{
                {QStringLiteral("value"), value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("timestamp"), timestamps.at(i)}});
        }
        data.append(
            QJsonObject{{QStringLiteral("metadata"), QJsonObject{{QStringLiteral("label"), labels.at(s)}}},
                        {QStringLiteral("values"), values}});
    }
    QJsonObject rangeObject = rangeJson(range);
    rangeObject.insert(QStringLiteral("interval_seconds"), int(step / second));
    rangeObject.insert(QStringLiteral("timestamps"), timestamps);
    reply(call.context(), call.responder, 200,
          QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("range"), rangeObject}});
}

} // namespace

void handleWorkloadMetric(const Call &call, const QString &ns, const QString &rawId, const QString &metric)
{
    SandboxContext &context = call.context();
    ValidationErrors errors;
    bool answered = false;
    const auto range = readRange(call, errors, &answered);
    if (answered)
        return;
    const QString id = readUuid(rawId, QStringLiteral("workload_id"), errors);
    const QStringList timeseries = SimulatedCluster::timeseriesMetrics();
    const QStringList scalars = SimulatedCluster::scalarMetrics();
    readPathEnum(metric, QStringLiteral("metric"), timeseries + scalars, errors);
    if (!errors.isEmpty()) {
        replyValidation(context, call.responder, errors);
        return;
    }
    const SimWorkload *w = findWorkload(call, ns, id);
    if (!w) {
        replyDetail(context, call.responder, 404, QStringLiteral("Workload %1 not found").arg(id));
        return;
    }
    // The step is worked out for every metric, so the 8-day limit applies to scalars too.
    const qint64 step = stepFor(*range);
    if (!step) {
        replyTooLong(call);
        return;
    }
    const SimulatedCluster &cluster = *context.cluster;
    if (scalars.contains(metric)) {
        const double value = std::max(0.0, cluster.scalarMetric(*w, metric, range->start.micros,
                                                                range->end.micros, context.nowMicros()));
        QJsonObject body{{QStringLiteral("data"), value}};
        if (metric != u"total_tokens") // a lifetime counter has no range
            body.insert(QStringLiteral("range"), rangeJson(*range));
        reply(context, call.responder, 200, body);
        return;
    }
    if (metric == u"requests") {
        replyTimeseries(call, *range, step, {QStringLiteral("running"), QStringLiteral("waiting")},
                        [&](int series, qint64 t) {
                            return cluster.metric(*w,
                                                  series == 0 ? QStringLiteral("requests_running")
                                                              : QStringLiteral("requests_waiting"),
                                                  t);
                        });
        return;
    }
    replyTimeseries(call, *range, step, {metric},
                    [&](int, qint64 t) { return cluster.metric(*w, metric, t); });
}

void handleNamespaceMetric(const Call &call, const QString &ns, const QString &metric)
{
    SandboxContext &context = call.context();
    ValidationErrors errors;
    bool answered = false;
    const auto range = readRange(call, errors, &answered);
    if (answered)
        return;
    readPathEnum(metric, QStringLiteral("metric"),
                 {QStringLiteral("gpu_device_utilization"), QStringLiteral("gpu_memory_utilization")},
                 errors);
    if (!errors.isEmpty()) {
        replyValidation(context, call.responder, errors);
        return;
    }
    const qint64 step = stepFor(*range);
    if (!step) {
        replyTooLong(call);
        return;
    }
    // count() and sum() over the namespace: no series (null) while nothing runs there.
    QList<const SimWorkload *> candidates;
    for (const SimWorkload *w : context.cluster->workloads(ns)) {
        if (!w->runningMicros || w->runningMicros > range->end.micros)
            continue;
        qint64 stop = w->endMicros ? w->endMicros : std::numeric_limits<qint64>::max();
        if (w->deletedMicros)
            stop = qMin(stop, w->deletedMicros);
        if (stop > range->start.micros)
            candidates << w;
    }
    const SimulatedCluster &cluster = *context.cluster;
    replyTimeseries(call, *range, step, {metric}, [&](int, qint64 t) -> std::optional<double> {
        std::optional<double> total;
        for (const SimWorkload *w : std::as_const(candidates)) {
            if (const auto value = cluster.metric(*w, metric, t))
                total = total.value_or(0) + *value;
        }
        return total;
    });
}

} // namespace Workdeck::Sandbox
