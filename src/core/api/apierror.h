// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Workdeck {

// What went wrong with a request, as a value: which URL, what kind of failure, and what the
// server said in words. Errors are shown to users; they never carry tokens.
struct ApiError
{
    enum class Kind
    {
        None,
        Network, // connection refused, reset, host not found
        Timeout,
        Tls,          // certificate or handshake failure
        Insecure,     // refused: plain http to a remote host, or a redirect to another host
        Unauthorized, // 401
        Forbidden,    // 403
        NotFound,     // 404
        Conflict,     // 409
        Validation,   // 400, 422
        Server,       // 5xx
        Http,         // any other non-2xx
        Parse,        // the body is not what the API documents
        TooLarge,     // the body exceeds the size limit
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // the server's words (FastAPI detail, Run:ai message), or ours
    QString detail;  // extra information (additional_info, Run:ai details, the raw body start)
    QUrl url;        // without query credentials; shown to users
    QString method;

    bool isError() const { return kind != Kind::None; }
    bool isRetryable() const; // a later identical request may succeed (network, timeout, 5xx)

    // One line for a user or a terminal: "GET http://host/v1/x: 404 Not Found: Workload 1 not found".
    QString toString() const;

    static ApiError fromHttpStatus(int status, const QByteArray &body, const QUrl &url,
                                   const QString &method);
    static ApiError parseError(const QString &message, const QUrl &url = {});
    // Reads FastAPI's {"detail": "..."} or {"detail": [{loc, msg}...]} (422), Run:ai's
    // {code, message, details}, and {"error": "..."}. Returns an empty string if none applies.
    static QString messageFromBody(const QByteArray &body, QString *detail = nullptr);
};

QString apiErrorKindName(ApiError::Kind kind);

} // namespace Workdeck
