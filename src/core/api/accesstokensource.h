// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Workdeck {

// Where the bearer token for requests comes from. Sign-in flows implement refresh(); a token
// given on the command line or by the sandbox cannot be refreshed.
class AccessTokenSource
{
public:
    virtual ~AccessTokenSource() = default;

    virtual QString accessToken() const = 0;
    virtual bool canRefresh() const { return false; }
    // Obtain a new access token after the server refused the current one. Calls done(true) once a
    // new token is available, done(false) when the user must sign in again. done is not called if
    // context is destroyed first.
    virtual void refresh(QObject *context, std::function<void(bool ok)> done)
    {
        Q_UNUSED(context)
        done(false);
    }
};

class StaticTokenSource final : public AccessTokenSource
{
public:
    explicit StaticTokenSource(QString token)
        : m_token(std::move(token))
    {}
    QString accessToken() const override { return m_token; }

private:
    QString m_token;
};

} // namespace Workdeck
