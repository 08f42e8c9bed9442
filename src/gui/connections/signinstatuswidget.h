// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Workdeck {

// Who is signed in, for the status bar: "Signed in as x (groups)", "Signing in…", or the
// "Signed out — sign in again" state with a button that asks for a new sign-in.
class SignInStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SignInStatusWidget(QWidget *parent = nullptr);

    void showSignedIn(const QString &who, const QStringList &groups, const QString &secretsWhere);
    void showSigningIn();
    void showSignedOut(const QString &reason);

Q_SIGNALS:
    void signInRequested();

private:
    QLabel *m_label;
    QToolButton *m_signIn;
};

} // namespace Workdeck
