// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "measurements.h"

#include "api/accesstokensource.h"
#include "api/apiclient.h"
#include "auth/keychaintokenstore.h"
#include "auth/oidcsession.h"
#include "auth/runaitokensource.h"
#include "backends/airmbackend.h"
#include "backends/aiwbbackend.h"
#include "backends/amdbackend.h"
#include "backends/runaibackend.h"
#include "connections/connectionsdialog.h"
#include "connections/firstrundialog.h"
#include "connections/profilestore.h"
#include "connections/signindialog.h"
#include "connections/signinstatuswidget.h"
#include "csvexportcommand.h"
#include "logscommand.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "services/statuswatcher.h"
#include "services/workloadactionservice.h"
#include "services/workloadcache.h"
#include "startuptimeline.h"
#include "tray/desktopintegration.h"

#include "services/workloadservice.h"
#include <QToolButton>

#include <QActionGroup>
#include <QApplication>
#include <QDesktopServices>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace Workdeck {

Application::Application(CommandLineOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_errors(stderr)
    , m_network(new QNetworkAccessManager(this))
{}

Application::~Application()
{
    // The window refers to the service and backend; it goes first.
    m_window.reset();
}

int Application::run()
{
    switch (m_options.action) {
    case CommandLineOptions::Action::ShowHelp:
        QTextStream(stdout) << m_options.helpText;
        return 0;
    case CommandLineOptions::Action::ShowVersion:
        QTextStream(stdout) << "workdeck " << QStringLiteral(WORKDECK_VERSION) << Qt::endl;
        return 0;
    case CommandLineOptions::Action::Fail:
        m_errors << "workdeck: " << m_options.errorMessage << Qt::endl
                 << tr("Try \u201cworkdeck --help\u201d.") << Qt::endl;
        return 2;
    case CommandLineOptions::Action::ShowWindow:
        return runWindow();
    case CommandLineOptions::Action::ExportCsv:
    case CommandLineOptions::Action::ShowLogs:
        break;
    }

    QString error;
    if (!setUpConnection(&error)) {
        m_errors << "workdeck: " << error << Qt::endl;
        return 1;
    }
    return m_options.action == CommandLineOptions::Action::ExportCsv ? runCsvExport() : runLogs();
}

bool Application::setUpConnection(QString *error)
{
    if (!m_options.profile.isEmpty())
        return setUpProfile(error);
    if (m_options.demo || m_options.server.isEmpty())
        return openSandbox(error);
    const QUrl server = m_options.server;
    const bool runAi = m_options.backend == u"runai";
    m_connectionName = server.host();
    const QString token = qEnvironmentVariable("WORKDECK_TOKEN");
    const QString clientId = qEnvironmentVariable("WORKDECK_CLIENT_ID");
    const QString clientSecret = qEnvironmentVariable("WORKDECK_CLIENT_SECRET");
    m_client = new ApiClient(m_network, server, this);
    if (token.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty()) {
        // A Run:ai access key: exchanged for a token on the first request (the 401 path) and
        // again before it expires.
        auto tokens = std::make_shared<RunAiTokenSource>(m_network, server, clientId, clientSecret,
                                                         m_client->security());
        m_client->setTokenSource(tokens);
        createBackend(m_options.backend, tokens, runAi ? m_options.kubeServer : m_options.airmServer);
        return true;
    }
    if (token.isEmpty()) {
        delete std::exchange(m_client, nullptr);
        *error = tr("no access token: set the environment variable WORKDECK_TOKEN to a bearer token for %1.")
                     .arg(server.toDisplayString());
        return false;
    }
    auto tokenSource = std::make_shared<StaticTokenSource>(token);
    m_client->setTokenSource(tokenSource);
    createBackend(m_options.backend, tokenSource, runAi ? m_options.kubeServer : m_options.airmServer);
    return true;
}

bool Application::openSandbox(QString *error)
{
    Sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.workloadCount = m_options.demoWorkloads;
    sandboxOptions.seed = m_options.demoSeed;
    sandboxOptions.timeScale = m_options.demoSpeed;
    // The window signs in to the sandbox's own OpenID Connect issuer: the real sign-in path.
    sandboxOptions.oidc.enabled = m_options.needsGui();
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(sandboxOptions);
    QString listenError;
    if (!m_sandbox->listen(&listenError)) {
        m_sandbox.reset();
        *error = tr("could not start the sandbox cluster: %1").arg(listenError);
        return false;
    }
    m_connectionName = tr("Sandbox");
    m_profileId.clear();
    m_client = new ApiClient(m_network, m_sandbox->baseUrl(), this);
    // The sandbox serves every API on one port: Run:ai's Kubernetes logs and AIWB's AIRM too.
    const QString kind = m_options.backend == u"amd" ? QStringLiteral("aiwb") : m_options.backend;
    const QUrl second = kind == u"runai" || m_options.backend == u"amd" ? m_sandbox->baseUrl() : QUrl();
    if (!m_sandbox->issuerUrl().isEmpty()) {
        OidcSession::Options sessionOptions;
        sessionOptions.issuer = m_sandbox->issuerUrl();
        sessionOptions.clientId = QStringLiteral("workdeck");
        sessionOptions.secretKeyPrefix = QStringLiteral("sandbox");
        // Demo tokens are worthless after this run: memory is the right place for them.
        m_session =
            std::make_shared<OidcSession>(m_network, std::make_shared<MemoryTokenStore>(), sessionOptions);
        m_client->setTokenSource(m_session);
        createBackend(kind, m_session, second);
    } else {
        auto tokenSource = std::make_shared<StaticTokenSource>(m_sandbox->token());
        m_client->setTokenSource(tokenSource);
        createBackend(kind, tokenSource, second);
    }
    return true;
}

void Application::createBackend(const QString &kind, const std::shared_ptr<AccessTokenSource> &tokens,
                                const QUrl &secondServer)
{
    // A second API next to the first, with the same token and TLS settings: Run:ai's Kubernetes
    // API (pod logs), or AIWB's AIRM companion.
    ApiClient *second = nullptr;
    if (!secondServer.isEmpty()) {
        second = new ApiClient(m_network, secondServer, m_client);
        second->setSecurity(m_client->security());
        second->setTokenSource(tokens);
    }
    if (kind == u"runai") {
        m_backend = new RunAiBackend(m_client, second, this);
    } else if (kind == u"airm") {
        m_backend = new AirmBackend(m_client, this);
    } else if (second) {
        auto *aiwb = new AiwbBackend(m_client);
        auto *airm = new AirmBackend(second);
        m_backend = new AmdBackend(aiwb, airm, this);
        aiwb->setParent(m_backend); // deleted with it
        airm->setParent(m_backend);
    } else {
        m_backend = new AiwbBackend(m_client, this);
    }
}

bool Application::checkProfile(const ConnectionProfile &profile, ConnectionSecurity *security, QString *error)
{
    if (const QStringList problems = profile.problems(); !problems.isEmpty()) {
        *error = tr("the profile \u201c%1\u201d cannot be used: %2").arg(profile.name, problems.join(u' '));
        return false;
    }
    security->allowInsecureHttp = profile.allowInsecureHttp;
    return profile.caFile.isEmpty() ||
           ConnectionSecurity::loadCaFile(profile.caFile, &security->extraCaCertificates, error);
}

bool Application::setUpProfile(QString *error)
{
    std::unique_ptr<QSettings> ownSettings;
    std::unique_ptr<ProfileStore> ownProfiles;
    ProfileStore *profiles = m_profiles;
    if (!profiles) { // the command-line actions have no window settings
        ownSettings = std::make_unique<QSettings>();
        ownProfiles = std::make_unique<ProfileStore>(ownSettings.get());
        profiles = ownProfiles.get();
    }
    const auto profile = profiles->findByName(m_options.profile);
    if (!profile) {
        *error = tr("there is no connection profile called \u201c%1\u201d.").arg(m_options.profile);
        return false;
    }
    if (!openProfile(*profile, error))
        return false;
    if (m_options.needsGui())
        profiles->setCurrentId(profile->id);
    return true;
}

bool Application::openProfile(const ConnectionProfile &profile, QString *error)
{
    ConnectionSecurity security;
    if (!checkProfile(profile, &security, error))
        return false;
    const bool runAi = profile.kind == ConnectionProfile::Kind::RunAi;
    const QString token = qEnvironmentVariable("WORKDECK_TOKEN");
    const QString secret = qEnvironmentVariable("WORKDECK_CLIENT_SECRET");
    std::shared_ptr<AccessTokenSource> tokens;
    if (!token.isEmpty()) {
        tokens = std::make_shared<StaticTokenSource>(token);
    } else if (runAi && (!secret.isEmpty() || m_options.needsGui())) {
        // Without a secret in the environment the window reads it from the keychain, or asks.
        const QString clientId = qEnvironmentVariable("WORKDECK_CLIENT_ID", profile.runAiClientId);
        m_runAiTokens =
            std::make_shared<RunAiTokenSource>(m_network, profile.serverUrl, clientId, secret, security);
        tokens = m_runAiTokens;
    } else if (!runAi && m_options.needsGui()) {
        // With an issuer: browser, password or pasted token; without one: a pasted token only.
        OidcSession::Options sessionOptions;
        sessionOptions.issuer = profile.oidcIssuer;
        sessionOptions.clientId = profile.oidcClientId;
        sessionOptions.scopes << QStringLiteral("offline_access");
        sessionOptions.secretKeyPrefix = profile.secretKeyPrefix();
        sessionOptions.security = security;
        // The store is chosen when the window starts (the keychain probe is asynchronous).
        m_session = std::make_shared<OidcSession>(m_network, nullptr, sessionOptions);
        tokens = m_session;
    } else {
        *error = runAi ? tr("no access key: set WORKDECK_CLIENT_SECRET (and WORKDECK_CLIENT_ID) for %1.")
                             .arg(profile.name)
                       : tr("no access token: set WORKDECK_TOKEN, or open the window to sign in to %1.")
                             .arg(profile.name);
        return false;
    }
    m_connectionName = profile.name;
    m_profileId = profile.id;
    m_client = new ApiClient(m_network, profile.serverUrl, this);
    m_client->setSecurity(security);
    m_client->setTokenSource(tokens);
    createBackend(runAi ? QStringLiteral("runai") : QStringLiteral("aiwb"), tokens,
                  runAi ? profile.kubeApiUrl : profile.airmUrl);
    return true;
}

int Application::runCsvExport()
{
    auto *command = new CsvExportCommand(m_backend, m_options.project, m_options.exportFile, &m_errors, this);
    connect(
        command, &CsvExportCommand::finished, QCoreApplication::instance(),
        [](int exitCode) { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
    command->start();
    return QCoreApplication::exec();
}

int Application::runLogs()
{
    LogsCommand::Options options;
    options.project = m_options.project;
    options.workloadId = m_options.logsWorkload;
    options.follow = m_options.follow;
    options.minimumLevel = m_options.level.isEmpty() ? LogLevel::Trace : logLevelFromString(m_options.level);
#if defined(Q_OS_UNIX)
    options.keepEscapes = isatty(fileno(stdout)); // colours for a terminal, plain text for pipes and files
#endif
    auto *out = new QTextStream(stdout);
    auto *command = new LogsCommand(m_backend, options, out, &m_errors, this);
    connect(
        command, &LogsCommand::finished, QCoreApplication::instance(),
        [out](int exitCode) {
            out->flush();
            QCoreApplication::exit(exitCode);
        },
        Qt::QueuedConnection);
    command->start();
    const int code = QCoreApplication::exec();
    delete out;
    return code;
}

void Application::wireDesktop()
{
    // The tray and notifications: a watcher polls every project of the connection in the
    // background and the desktop integration tells the user what changed.
    m_watcher = new StatusWatcher(m_backend, this);
    m_desktop = new DesktopIntegration(m_window.get(), m_settings.get(), this);
    m_window->addNotifications(m_desktop->inboxButton(), m_desktop->notificationsMenu());
    // Which projects are watched is remembered per connection; by default all of them.
    const QString watchedKey =
        QStringLiteral("connections/%1/watchedProjects")
            .arg(QString::fromLatin1(m_connectionName.toUtf8().toBase64(QByteArray::Base64UrlEncoding)));
    const auto watch = [this](const QList<Project> &all, const QSet<QString> &ids) {
        QList<Project> watched;
        for (const Project &project : all) {
            if (ids.contains(project.id))
                watched << project;
        }
        m_watcher->setProjects(watched);
        m_watcher->setInterval(qMax(15, m_service->refreshInterval()));
        m_watcher->start();
    };
    connect(m_service, &WorkloadService::projectsLoaded, m_watcher,
            [this, watchedKey, watch](const QList<Project> &projects) {
                QSet<QString> ids;
                if (m_settings->contains(watchedKey)) {
                    const QStringList saved = m_settings->value(watchedKey).toStringList();
                    ids = QSet<QString>(saved.begin(), saved.end());
                } else {
                    for (const Project &project : projects)
                        ids.insert(project.id);
                }
                m_desktop->setProjects(projects, ids);
                watch(projects, ids);
            });
    connect(m_desktop, &DesktopIntegration::watchedProjectsChanged, this,
            [this, watchedKey, watch](const QSet<QString> &ids) {
                m_settings->setValue(watchedKey, QStringList(ids.begin(), ids.end()));
                watch(m_service->projects(), ids);
            });
    // The window's own refreshes of its project feed the watcher, which then need not fetch it too.
    connect(m_service, &WorkloadService::projectChanged, m_watcher,
            [this](const Project &project) { m_watcher->setForegroundProject(project.id); });
    connect(m_service, &WorkloadService::workloadsLoaded, m_watcher,
            [this](const Project &project, const QList<Workload> &workloads) {
                // Last run's list is no news; the first page is not the whole list.
                if (m_service->hasLiveList())
                    m_watcher->offerSnapshot(project, workloads);
            });
    connect(m_watcher, &StatusWatcher::changesDetected, m_desktop, &DesktopIntegration::handleChanges);
    connect(m_watcher, &StatusWatcher::snapshotUpdated, m_desktop,
            [this] { m_desktop->setCounts(m_watcher->countsByProject()); });
    connect(m_watcher, &StatusWatcher::pollFailed, m_desktop,
            [this](const Project &, const ApiError &error) { m_desktop->reportProblem(error.toString()); });
    connect(m_desktop, &DesktopIntegration::openWorkloadRequested, m_window.get(), &MainWindow::showWorkload);
    connect(m_desktop, &DesktopIntegration::quitRequested, this, [this] {
        m_window->close(); // saves the window's state; the tray lets it close now
        QCoreApplication::quit();
    });
}

void Application::withTokenStore(std::function<void()> then)
{
    if (m_tokenStore) {
        then();
        return;
    }
    m_waitingForTokenStore.append(std::move(then));
    if (m_choosingTokenStore)
        return;
    m_choosingTokenStore = true;
    // Secrets in the keychain if it works, in memory (and said so) otherwise.
    chooseTokenStore(QStringLiteral("Workdeck"), this,
                     [this](std::shared_ptr<TokenStore> store, const QString &reason) {
                         m_tokenStore = std::move(store);
                         m_choosingTokenStore = false;
                         if (!reason.isEmpty() && m_window)
                             m_window->statusBar()->showMessage(
                                 tr("No usable keychain (%1): your sign-in is kept in memory until Workdeck "
                                    "quits.")
                                     .arg(reason));
                         const auto waiting = std::exchange(m_waitingForTokenStore, {});
                         for (const auto &call : waiting)
                             call();
                     });
}

void Application::wireSignIn()
{
    m_signInStatus = new SignInStatusWidget(m_window.get());
    m_window->statusBar()->addPermanentWidget(m_signInStatus);
    connect(m_signInStatus, &SignInStatusWidget::signInRequested, this, &Application::showSignInDialog);
    // The first sign-in of this window loads its projects.
    const auto signedIn = [this, loaded = std::make_shared<bool>(false)](
                              const QString &who, const QStringList &groups, const QString &where) {
        m_signInStatus->showSignedIn(who, groups, where);
        if (!*loaded) {
            *loaded = true;
            m_service->loadProjects();
        }
    };
    const auto secretsWhere = [this] {
        return m_sandbox ? tr("memory (sandbox)") : m_tokenStore ? m_tokenStore->description() : QString();
    };

    if (m_runAiTokens) {
        connect(m_runAiTokens.get(), &RunAiTokenSource::stateChanged, this,
                [this, signedIn, secretsWhere](RunAiTokenSource::State state) {
                    if (state == RunAiTokenSource::State::SignedIn)
                        signedIn(m_runAiTokens->clientId(), {}, secretsWhere());
                    else if (state == RunAiTokenSource::State::SigningIn)
                        m_signInStatus->showSigningIn();
                    else
                        m_signInStatus->showSignedOut(m_runAiTokens->lastError());
                });
        if (m_runAiTokens->hasCredentials()) { // from the environment
            m_runAiTokens->signIn();
            return;
        }
        // The secret from the keychain, else the sign-in dialog asks for it.
        withTokenStore([this, source = m_runAiTokens.get()] {
            const auto profile = m_profiles->profile(m_profileId);
            if (m_runAiTokens.get() != source || !profile)
                return; // switched meanwhile
            m_tokenStore->read(profile->clientSecretKey(), source, [this, source](SecretResult stored) {
                if (stored.ok() && !stored.secret.isEmpty()) {
                    source->setCredentials(source->clientId(), stored.secret);
                    source->signIn();
                } else {
                    m_signInStatus->showSignedOut(tr("Enter the access key to sign in."));
                    showSignInDialog();
                }
            });
        });
        return;
    }

    connect(m_session.get(), &OidcSession::stateChanged, this,
            [this, signedIn, secretsWhere](OidcSession::State state) {
                switch (state) {
                case OidcSession::State::SignedIn: {
                    const SignedInUser user = m_session->user();
                    signedIn(user.email.isEmpty() ? user.name : user.email, user.groups, secretsWhere());
                    break;
                }
                case OidcSession::State::SigningIn:
                    m_signInStatus->showSigningIn();
                    break;
                case OidcSession::State::SignedOut:
                case OidcSession::State::SessionExpired:
                    m_signInStatus->showSignedOut(m_session->lastError());
                    break;
                }
            });
    connect(m_session.get(), &OidcSession::signInFailed, m_signInStatus, &SignInStatusWidget::showSignedOut);
    if (m_sandbox) {
        // The demo signs in by itself: in the browser if there is one, else as the demo user.
        m_session->signInWithBrowser([this](const QUrl &url) {
            if (QDesktopServices::openUrl(url))
                return;
            m_session->cancelSignIn();
            m_session->signInWithPassword(QStringLiteral("devuser@sandbox.local"), QStringLiteral("sandbox"));
        });
        return;
    }
    // A profile: a stored session resumes; with nothing stored the sign-in dialog asks, once.
    connect(m_session.get(), &OidcSession::stateChanged, this,
            [this, once = std::make_shared<bool>(false)](OidcSession::State state) {
                if (state == OidcSession::State::SignedOut && !*once && m_session->lastError().isEmpty()) {
                    *once = true;
                    showSignInDialog();
                }
            });
    withTokenStore([this, session = m_session.get()] {
        if (m_session.get() != session)
            return;
        m_session->setTokenStore(m_tokenStore);
        m_session->restore();
    });
}

void Application::showSignInDialog()
{
    if (m_signInDialog) {
        m_signInDialog->raise();
        m_signInDialog->activateWindow();
        return;
    }
    SignInDialog *dialog = nullptr;
    if (m_session) {
        dialog = new SignInDialog(
            m_session.get(), m_connectionName, [](const QUrl &url) { return QDesktopServices::openUrl(url); },
            m_window.get());
    } else if (m_runAiTokens) {
        const QString where =
            m_tokenStore && m_tokenStore->isPersistent() ? m_tokenStore->description() : QString();
        dialog = new SignInDialog(m_runAiTokens.get(), m_connectionName, where, m_window.get());
        connect(dialog, &SignInDialog::accessKeyAccepted, this,
                [this](const QString &clientId, const QString &secret, bool remember) {
                    auto profile = m_profiles->profile(m_profileId);
                    if (!profile)
                        return;
                    if (profile->runAiClientId != clientId) {
                        profile->runAiClientId = clientId;
                        m_profiles->save(*profile);
                    }
                    if (remember && m_tokenStore) {
                        m_tokenStore->write(
                            profile->clientSecretKey(), secret, this, [this](SecretResult result) {
                                if (!result.ok() && m_window)
                                    m_window->statusBar()->showMessage(
                                        tr("The secret could not be stored: %1").arg(result.error));
                            });
                    }
                });
    } else {
        return; // a fixed token from the environment: nothing to sign in with
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signInDialog = dialog;
    dialog->open();
}

void Application::signOut()
{
    if (m_session)
        m_session->signOut(); // deletes the stored tokens, revokes the refresh token
    if (m_runAiTokens) {
        if (const auto profile = m_profiles->profile(m_profileId); profile && m_tokenStore)
            m_tokenStore->remove(profile->clientSecretKey(), this, [](SecretResult) {});
        m_runAiTokens->signOut();
    }
    // A profile's window starts again, empty, and asks for a sign-in; the sandbox's says signed out.
    if (!m_profileId.isEmpty())
        switchConnection(m_profileId);
}

void Application::manageConnections(bool newProfile)
{
    withTokenStore([this, newProfile] {
        auto *dialog = new ConnectionsDialog(m_profiles, m_tokenStore, m_window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (newProfile)
            dialog->startNewProfile();
        else if (!m_profileId.isEmpty())
            dialog->selectProfile(m_profileId);
        connect(dialog, &ConnectionsDialog::connectRequested, this, &Application::switchConnection);
        dialog->open();
    });
}

void Application::fillConnectionMenu()
{
    QMenu *menu = m_window->connectionMenu();
    const auto rebuild = [this, menu] {
        menu->clear();
        delete menu->findChild<QActionGroup *>();
        connect(menu->addAction(tr("&Manage Connections\u2026")), &QAction::triggered, this,
                [this] { manageConnections(); });
        connect(menu->addAction(tr("&New Connection\u2026")), &QAction::triggered, this,
                [this] { manageConnections(true); });
        menu->addSection(tr("Connect To"));
        auto *group = new QActionGroup(menu);
        const auto entry = [&](const QString &text, const QString &id, bool current, const QString &tip) {
            QAction *action = menu->addAction(text);
            action->setCheckable(true);
            action->setChecked(current);
            action->setToolTip(tip);
            action->setActionGroup(group);
            connect(action, &QAction::triggered, this, [this, id, current] {
                if (!current)
                    switchConnection(id);
            });
        };
        for (const ConnectionProfile &profile : m_profiles->profiles())
            entry(profile.name, profile.id, profile.id == m_profileId && !m_sandbox,
                  profile.serverUrl.toDisplayString());
        entry(tr("Sandbox (on this computer)"), QString(), m_sandbox != nullptr,
              tr("A simulated cluster with sample workloads"));
        menu->addSeparator();
        QAction *signIn = menu->addAction(tr("Sign &In\u2026"));
        signIn->setEnabled(m_session || m_runAiTokens);
        connect(signIn, &QAction::triggered, this, &Application::showSignInDialog);
        QAction *signOutAction = menu->addAction(tr("Sign &Out"));
        signOutAction->setEnabled(
            (m_session && m_session->state() == OidcSession::State::SignedIn) ||
            (m_runAiTokens && m_runAiTokens->state() == RunAiTokenSource::State::SignedIn));
        connect(signOutAction, &QAction::triggered, this, &Application::signOut);
    };
    rebuild();
    connect(menu, &QMenu::aboutToShow, this, rebuild);
}

void Application::switchConnection(const QString &profileId)
{
    // Checked first: a profile that cannot be used leaves the window as it is.
    if (!profileId.isEmpty()) {
        const auto profile = m_profiles->profile(profileId);
        ConnectionSecurity security;
        QString error;
        if (!profile)
            return;
        if (!checkProfile(*profile, &security, &error)) {
            QMessageBox::warning(m_window.get(), tr("Cannot Connect"), error);
            return;
        }
    }
    // Later, not inside a signal of the window or dialog about to go.
    QTimer::singleShot(0, this, [this, profileId] {
        closeWindow();
        closeConnection();
        QString error;
        const auto profile = m_profiles->profile(profileId);
        if (profile ? !openProfile(*profile, &error) : !openSandbox(&error)) {
            QMessageBox::warning(nullptr, tr("Cannot Connect"), error);
            if (!m_sandbox && !openSandbox(&error)) {
                m_errors << "workdeck: " << error << Qt::endl;
                QCoreApplication::exit(1);
                return;
            }
        }
        m_profiles->setCurrentId(m_profileId);
        openWindow();
    });
}

void Application::closeWindow()
{
    if (!m_window)
        return;
    // Closing the last window must not end Workdeck here: a new one follows.
    const bool quitOnClose = QGuiApplication::quitOnLastWindowClosed();
    QGuiApplication::setQuitOnLastWindowClosed(false);
    delete std::exchange(m_desktop, nullptr); // its tray icon, and its hold on the window's close
    m_window->close();                        // saves the window's state
    m_window.reset();
    m_signInStatus = nullptr;
    QGuiApplication::setQuitOnLastWindowClosed(quitOnClose);
    // Answers still on their way land in these until they go.
    std::exchange(m_watcher, nullptr)->deleteLater();
    std::exchange(m_actions, nullptr)->deleteLater();
    std::exchange(m_service, nullptr)->deleteLater();
}

void Application::closeConnection()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->cancelSignIn();
        m_session.reset();
    }
    if (m_runAiTokens) {
        m_runAiTokens->disconnect(this);
        m_runAiTokens.reset();
    }
    if (m_backend)
        std::exchange(m_backend, nullptr)->deleteLater();
    if (m_client)
        std::exchange(m_client, nullptr)->deleteLater(); // with the Kubernetes client, its child
    m_sandbox.reset();
    m_profileId.clear();
    m_connectionName.clear();
}

bool Application::startWindow(QString *error)
{
    m_settings = std::make_unique<QSettings>();
    m_profiles = new ProfileStore(m_settings.get(), this);
    if (!m_options.profile.isEmpty() || m_options.demo || !m_options.server.isEmpty()) {
        if (!setUpConnection(error))
            return false;
    } else if (const auto current = m_profiles->profile(m_profiles->currentId())) {
        // The last connection again; if it can no longer be used, say so and start on the sandbox.
        QString problem;
        if (!openProfile(*current, &problem)) {
            QMessageBox::warning(nullptr, tr("Cannot Connect"), problem);
            if (!openSandbox(error))
                return false;
        }
    } else if (!m_profiles->firstRunDone()) {
        for (;;) {
            FirstRunDialog welcome;
            if (welcome.exec() != QDialog::Accepted)
                return false; // quit, no error
            if (welcome.choice() == FirstRunDialog::Choice::Sandbox) {
                m_profiles->setFirstRunDone(true);
                if (!openSandbox(error))
                    return false;
                break;
            }
            // The keychain is not asked yet: a Run:ai secret is asked for when connecting.
            ConnectionsDialog connections(m_profiles, nullptr);
            connections.startNewProfile();
            QString chosen;
            connect(&connections, &ConnectionsDialog::connectRequested, this,
                    [&chosen](const QString &id) { chosen = id; });
            if (connections.exec() != QDialog::Accepted || chosen.isEmpty())
                continue; // back to the question
            const auto profile = m_profiles->profile(chosen);
            QString problem;
            if (profile && openProfile(*profile, &problem)) {
                m_profiles->setFirstRunDone(true);
                m_profiles->setCurrentId(chosen);
                break;
            }
            QMessageBox::warning(nullptr, tr("Cannot Connect"), problem);
        }
    } else if (!openSandbox(error)) {
        return false;
    }
    openWindow();
    return true;
}

void Application::openWindow()
{
    m_service = new WorkloadService(m_backend, this);
    // The last lists of this connection's projects, shown at once on the next start.
    // (The sandbox's port changes at every start; its cluster is known by seed and size.)
    const QString cacheKey =
        m_sandbox ? QStringLiteral("sandbox\n%1\n%2").arg(m_options.demoSeed).arg(m_options.demoWorkloads)
                  : m_connectionName + QLatin1Char('\n') + m_client->baseUrl().toString();
    m_service->setCache(std::make_shared<WorkloadCache>(WorkloadCache::defaultDirectory(cacheKey)));
    // Read while the window is built and the projects load. (--project may give a name: an AIWB
    // project's id is its name; elsewhere the read finds nothing and the list is read once chosen.)
    const QString expected =
        MainWindow::expectedProject(m_settings.get(), m_connectionName, m_options.project);
    m_service->prefetchCached(expected);
    // Without sign-in, the projects are asked for now, and then the list, where that can be done
    // before the projects load: a server that answers in turn answers the small question first.
    // (The answers come once the window, built meanwhile, listens.)
    if (!m_session && !m_runAiTokens) {
        m_service->loadProjects();
        m_service->prefetchLive(expected);
    }
    m_actions = new WorkloadActionService(m_backend, this);
    m_window = std::make_unique<MainWindow>(m_service, m_actions, m_settings.get(), m_connectionName);
    if (!m_options.project.isEmpty())
        m_window->setPreferredProject(m_options.project);
    wireDesktop();
    fillConnectionMenu();
    m_window->show();
    StartupTimeline::mark("window shown");
    if (m_session || m_runAiTokens)
        wireSignIn(); // loads the projects once signed in
}

int Application::runWindow()
{
    QString error;
    if (!startWindow(&error)) {
        if (error.isEmpty())
            return 0; // the user quit at the first-run question
        m_errors << "workdeck: " << error << Qt::endl;
        return 1;
    }
    if (wantsMeasurement(m_options))
        startMeasurements(m_options, m_window.get(), m_service, m_watcher, m_errors, this);
    if (m_options.quitAfterMs >= 0) {
        QTimer::singleShot(m_options.quitAfterMs, this, [this] {
            if (!m_options.screenshotFile.isEmpty()) {
                if (!m_window->grab().save(m_options.screenshotFile))
                    m_errors << "workdeck: could not save " << m_options.screenshotFile << Qt::endl;
            }
            m_window->close();
            QCoreApplication::quit();
        });
    }
    return QApplication::exec();
}

} // namespace Workdeck
