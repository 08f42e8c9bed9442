// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include <QDialog>
#include <QObject>
#include <QPointer>
#include <QTextStream>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace Workdeck {

namespace Sandbox {
class SandboxServer;
}
class AccessTokenSource;
class ApiClient;
class OidcSession;
class ProfileStore;
class RunAiTokenSource;
class TokenStore;
struct ConnectionProfile;
struct ConnectionSecurity;
class SignInStatusWidget;
class DesktopIntegration;
class StatusWatcher;
class Backend;
class MainWindow;
class WorkloadActionService;
class WorkloadService;

// The composition root: builds the network access manager, the sandbox (for --demo), the API
// client and backend, the services and the window, and connects them. Nothing else constructs
// infrastructure.
class Application : public QObject
{
    Q_OBJECT
public:
    explicit Application(CommandLineOptions options, QObject *parent = nullptr);
    ~Application() override;

    // Runs the requested action in the already constructed Q(Core)Application; returns the exit code.
    int run();

    // The window's start without the event loop (run() calls it; tests drive it): the connection
    // the command line names, else the current profile, else the first-run question. False when
    // the user quit instead of choosing, or the connection could not be set up (error says why).
    bool startWindow(QString *error);
    MainWindow *window() const { return m_window.get(); }
    ProfileStore *profiles() const { return m_profiles; }
    // Closes the window's connection and opens this profile's (empty id: the sandbox) in a new
    // window; the current one stays when the profile cannot be used (said in a message).
    void switchConnection(const QString &profileId);

private:
    bool setUpConnection(QString *error);
    bool setUpProfile(QString *error);
    bool openProfile(const ConnectionProfile &profile, QString *error);
    bool openSandbox(QString *error);
    // The backend --backend (or the profile) asks for, on m_client.
    void createBackend(const QString &kind, const std::shared_ptr<AccessTokenSource> &tokens,
                       const QUrl &secondServer);
    // Whether this profile can be connected to, and its TLS settings; error says why not.
    static bool checkProfile(const ConnectionProfile &profile, ConnectionSecurity *security, QString *error);
    void wireSignIn();
    void showSignInDialog();
    void signOut();
    void openWindow();
    void closeWindow();
    void closeConnection();
    void fillConnectionMenu();
    void manageConnections(bool newProfile = false);
    // Runs then once the store for secrets is chosen (the keychain probe runs once, when needed).
    void withTokenStore(std::function<void()> then);
    int runWindow();
    void wireDesktop();
    int runCsvExport();
    int runLogs();

    CommandLineOptions m_options;
    QTextStream m_errors;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    ApiClient *m_client = nullptr;
    Backend *m_backend = nullptr;
    WorkloadService *m_service = nullptr;
    WorkloadActionService *m_actions = nullptr;
    StatusWatcher *m_watcher = nullptr;
    DesktopIntegration *m_desktop = nullptr;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_connectionName;
    std::shared_ptr<OidcSession> m_session;          // the window's sign-in (demo issuer or a profile's)
    std::shared_ptr<RunAiTokenSource> m_runAiTokens; // a Run:ai profile's access key
    SignInStatusWidget *m_signInStatus = nullptr;
    ProfileStore *m_profiles = nullptr;
    QString m_profileId; // the window's profile; empty for the sandbox or --server
    std::shared_ptr<TokenStore> m_tokenStore;
    bool m_choosingTokenStore = false;
    QList<std::function<void()>> m_waitingForTokenStore;
    QPointer<QDialog> m_signInDialog;
};

} // namespace Workdeck
