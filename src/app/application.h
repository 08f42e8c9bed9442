// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"

#include <QObject>
#include <QTextStream>

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

private:
    bool setUpConnection(QString *error);
    bool setUpProfile(QString *error);
    // The backend --backend (or the profile) asks for, on m_client.
    void createBackend(const std::shared_ptr<AccessTokenSource> &tokens);
    void wireSignIn();
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
    std::shared_ptr<OidcSession> m_session; // the window's sign-in (demo issuer or a profile's)
    SignInStatusWidget *m_signInStatus = nullptr;
};

} // namespace Workdeck
