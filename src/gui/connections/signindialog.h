// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace Workdeck {

class OidcSession;
class RunAiTokenSource;

// Signing in to a connection.
// AMD AI Workbench (an OidcSession): in the system browser (authorization code with PKCE; the
// address is shown too, for copying into a browser elsewhere), with a user name and password
// (development realms), or by pasting an access token. Run:ai (a RunAiTokenSource): an access
// key, client id and secret. The dialog closes itself once signed in; failures are shown in it
// and the user can try again. Cancel stops a sign-in under way.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    using OpenBrowser = std::function<bool(const QUrl &)>;

    SignInDialog(OidcSession *session, const QString &connectionName, OpenBrowser openBrowser,
                 QWidget *parent = nullptr);
    // secretsWhere: where a remembered secret goes ("the system keychain"), empty when nowhere.
    SignInDialog(RunAiTokenSource *source, const QString &connectionName, const QString &secretsWhere,
                 QWidget *parent = nullptr);

    QTabWidget *methods() const { return m_tabs; }

Q_SIGNALS:
    // Run:ai: the access key worked; remember: the user wants the secret kept.
    void accessKeyAccepted(const QString &clientId, const QString &secret, bool remember);

private:
    void setUpCommon(const QString &connectionName);
    void showError(const QString &message);
    void setBusy(bool busy, const QString &what = {});

    OidcSession *m_session = nullptr;
    RunAiTokenSource *m_runAi = nullptr;
    OpenBrowser m_openBrowser;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_progress = nullptr;
    QLineEdit *m_authorizationUrl = nullptr;
    QList<QPushButton *> m_actions;
};

} // namespace Workdeck
