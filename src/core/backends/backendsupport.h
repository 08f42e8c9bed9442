// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/result.h"
#include "backgroundwork.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

namespace Workdeck {

// Bodies above this size are parsed on a worker thread so the GUI thread never stalls on JSON.
inline constexpr qsizetype backgroundParseThreshold = 256 * 1024;

template<typename T> using Parser = std::function<Result<T>(const QByteArray &)>;

// Runs call on context's thread from its event loop (an answer that must not come synchronously).
inline void later(QObject *context, std::function<void()> call)
{
    QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

// Lists this long are worked on (enriched, merged) on a worker thread, not the GUI thread.
inline constexpr qsizetype backgroundListThreshold = 5000;

// Runs parser(body) and hands the result to done on context's thread; large bodies are parsed
// in the thread pool. done is not called if context is destroyed first.
template<typename T>
void parseThen(QByteArray body, Parser<T> parser, QObject *context, const QUrl &url, ResultCallback<T> done)
{
    // A parse error names the URL whose answer could not be read.
    auto finish = [url, done = std::move(done)](Result<T> result) {
        if (!result && result.error().url.isEmpty()) {
            ApiError error = result.error();
            error.url = url;
            done(error);
            return;
        }
        done(std::move(result));
    };
    const bool large = body.size() >= backgroundParseThreshold;
    runThen<Result<T>>(
        context, large, [parser, body = std::move(body)] { return parser(body); }, std::move(finish));
}

// The usual shape of a backend call: send, then parse the body (or pass the error on).
template<typename T>
ResultCallback<QByteArray> parsingCallback(Parser<T> parser, QObject *context, const QUrl &url,
                                           ResultCallback<T> done)
{
    return
        [parser, url, guard = QPointer<QObject>(context), done = std::move(done)](Result<QByteArray> body) {
            if (!guard)
                return;
            if (!body) {
                done(body.error());
                return;
            }
            parseThen<T>(std::move(body).value(), parser, guard.data(), url, done);
        };
}

} // namespace Workdeck
