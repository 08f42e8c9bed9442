// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "application.h"
#include "startupprobe.h"
#include "workloads/workloadspanel.h"
#include "workloads/workloadtableview.h"

#include "api/accesstokensource.h"
#include "api/apiclient.h"
#include "auth/keychaintokenstore.h"
#include "auth/oidcsession.h"
#include "auth/runaitokensource.h"
#include "backends/aiwbbackend.h"
#include "backends/runaibackend.h"
#include "connections/profilestore.h"
#include "connections/signinstatuswidget.h"
#include "csvexportcommand.h"
#include "logscommand.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "services/statuswatcher.h"
#include "services/workloadactionservice.h"
#include "services/workloadcache.h"
#include "tray/desktopintegration.h"

#include "services/workloadservice.h"
#include <QToolButton>

#include <QApplication>
#include <QDesktopServices>
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
    case CommandLineOptions::Action::ExportCsv:
    case CommandLineOptions::Action::ShowLogs:
    case CommandLineOptions::Action::ShowWindow:
        break;
    }

    QString error;
    if (!setUpConnection(&error)) {
        m_errors << "workdeck: " << error << Qt::endl;
        return 1;
    }
    switch (m_options.action) {
    case CommandLineOptions::Action::ExportCsv:
        return runCsvExport();
    case CommandLineOptions::Action::ShowLogs:
        return runLogs();
    default:
        return runWindow();
    }
}

bool Application::setUpConnection(QString *error)
{
    if (!m_options.profile.isEmpty())
        return setUpProfile(error);
    QUrl server = m_options.server;
    QString token;
    // No server given: the window opens on the sandbox (connection profiles are for later).
    if (m_options.demo || server.isEmpty()) {
        Sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.workloadCount = m_options.demoWorkloads;
        sandboxOptions.seed = m_options.demoSeed;
        sandboxOptions.timeScale = m_options.demoSpeed;
        // The window signs in to the sandbox's own OpenID Connect issuer: the real sign-in path.
        sandboxOptions.oidc.enabled = m_options.needsGui();
        m_sandbox = std::make_unique<Sandbox::SandboxServer>(sandboxOptions);
        QString listenError;
        if (!m_sandbox->listen(&listenError)) {
            *error = tr("could not start the sandbox cluster: %1").arg(listenError);
            return false;
        }
        server = m_sandbox->baseUrl();
        token = m_sandbox->token();
        m_connectionName = tr("Sandbox");
    } else {
        token = qEnvironmentVariable("WORKDECK_TOKEN");
        const QString clientId = qEnvironmentVariable("WORKDECK_CLIENT_ID");
        const QString clientSecret = qEnvironmentVariable("WORKDECK_CLIENT_SECRET");
        if (token.isEmpty() && !clientId.isEmpty() && !clientSecret.isEmpty()) {
            // A Run:ai access key: exchanged for a token on the first request (the 401 path) and
            // again before it expires.
            m_client = new ApiClient(m_network, server, this);
            auto tokens = std::make_shared<RunAiTokenSource>(m_network, server, clientId, clientSecret,
                                                             m_client->security());
            m_client->setTokenSource(tokens);
            createBackend(tokens);
            m_connectionName = server.host();
            return true;
        }
        if (token.isEmpty()) {
            *error =
                tr("no access token: set the environment variable WORKDECK_TOKEN to a bearer token for %1.")
                    .arg(server.toDisplayString());
            return false;
        }
        m_connectionName = server.host();
    }

    m_client = new ApiClient(m_network, server, this);
    if (m_sandbox && !m_sandbox->issuerUrl().isEmpty()) {
        OidcSession::Options sessionOptions;
        sessionOptions.issuer = m_sandbox->issuerUrl();
        sessionOptions.clientId = QStringLiteral("workdeck");
        sessionOptions.secretKeyPrefix = QStringLiteral("sandbox");
        // Demo tokens are worthless after this run: memory is the right place for them.
        m_session =
            std::make_shared<OidcSession>(m_network, std::make_shared<MemoryTokenStore>(), sessionOptions);
        m_client->setTokenSource(m_session);
        createBackend(m_session);
    } else {
        auto tokenSource = std::make_shared<StaticTokenSource>(token);
        m_client->setTokenSource(tokenSource);
        createBackend(tokenSource);
    }
    return true;
}

void Application::createBackend(const std::shared_ptr<AccessTokenSource> &tokens)
{
    if (m_options.backend != u"runai") {
        m_backend = new AiwbBackend(m_client, this);
        return;
    }
    // Pod logs come from the cluster's Kubernetes API (the sandbox serves it too), with the same token.
    const QUrl kubeServer = m_sandbox ? m_sandbox->baseUrl() : m_options.kubeServer;
    ApiClient *kubeClient = nullptr;
    if (!kubeServer.isEmpty()) {
        kubeClient = new ApiClient(m_network, kubeServer, this);
        kubeClient->setSecurity(m_client->security());
        kubeClient->setTokenSource(tokens);
    }
    m_backend = new RunAiBackend(m_client, kubeClient, this);
}

bool Application::setUpProfile(QString *error)
{
    QSettings settings;
    ProfileStore profiles(&settings);
    const auto profile = profiles.findByName(m_options.profile);
    if (!profile) {
        *error = tr("there is no connection profile called \u201c%1\u201d.").arg(m_options.profile);
        return false;
    }
    if (const QStringList problems = profile->problems(); !problems.isEmpty()) {
        *error = tr("the profile \u201c%1\u201d cannot be used: %2").arg(profile->name, problems.join(u' '));
        return false;
    }
    ConnectionSecurity security;
    security.allowInsecureHttp = profile->allowInsecureHttp;
    if (!profile->caFile.isEmpty() &&
        !ConnectionSecurity::loadCaFile(profile->caFile, &security.extraCaCertificates, error))
        return false;
    m_connectionName = profile->name;
    m_client = new ApiClient(m_network, profile->serverUrl, this);
    m_client->setSecurity(security);
    const QString token = qEnvironmentVariable("WORKDECK_TOKEN");
    const QString secret = qEnvironmentVariable("WORKDECK_CLIENT_SECRET");
    if (!token.isEmpty()) {
        m_client->setTokenSource(std::make_shared<StaticTokenSource>(token));
    } else if (profile->kind == ConnectionProfile::Kind::RunAi && !secret.isEmpty()) {
        const QString clientId = qEnvironmentVariable("WORKDECK_CLIENT_ID", profile->runAiClientId);
        m_client->setTokenSource(
            std::make_shared<RunAiTokenSource>(m_network, profile->serverUrl, clientId, secret, security));
    } else if (profile->kind == ConnectionProfile::Kind::Aiwb && !profile->oidcIssuer.isEmpty() &&
               m_options.needsGui()) {
        OidcSession::Options sessionOptions;
        sessionOptions.issuer = profile->oidcIssuer;
        sessionOptions.clientId = profile->oidcClientId;
        sessionOptions.scopes << QStringLiteral("offline_access");
        sessionOptions.secretKeyPrefix = profile->secretKeyPrefix();
        sessionOptions.security = security;
        // The keychain is chosen when the window starts (its probe is asynchronous).
        m_session = std::make_shared<OidcSession>(m_network, nullptr, sessionOptions);
        m_client->setTokenSource(m_session);
    } else {
        *error = profile->kind == ConnectionProfile::Kind::RunAi
                     ? tr("no access key: set WORKDECK_CLIENT_SECRET (and WORKDECK_CLIENT_ID) for %1.")
                           .arg(profile->name)
                     : tr("no access token: set WORKDECK_TOKEN, or open the window to sign in to %1.")
                           .arg(profile->name);
        return false;
    }
    profiles.setCurrentId(profile->id);
    if (profile->kind == ConnectionProfile::Kind::RunAi)
        m_backend = new RunAiBackend(m_client, nullptr, this); // (profiles have no Kubernetes URL yet)
    else
        m_backend = new AiwbBackend(m_client, this);
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
                if (!m_service->isShowingCached()) // last run's list is no news
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

void Application::wireSignIn()
{
    m_signInStatus = new SignInStatusWidget(m_window.get());
    m_window->statusBar()->addPermanentWidget(m_signInStatus);
    const bool demo = m_sandbox != nullptr;
    const auto signIn = [this, demo] {
        m_session->signInWithBrowser([this, demo](const QUrl &url) {
            if (QDesktopServices::openUrl(url))
                return;
            // No browser here (a bare X server, a container): the sandbox's demo user instead.
            if (demo) {
                m_session->cancelSignIn();
                m_session->signInWithPassword(QStringLiteral("devuser@sandbox.local"),
                                              QStringLiteral("sandbox"));
            } else {
                m_signInStatus->showSignedOut(tr("Could not open a web browser for the sign-in."));
            }
        });
    };
    auto loaded = std::make_shared<bool>(false);
    connect(m_session.get(), &OidcSession::stateChanged, this, [this, loaded](OidcSession::State state) {
        switch (state) {
        case OidcSession::State::SignedIn: {
            const SignedInUser user = m_session->user();
            m_signInStatus->showSignedIn(user.email.isEmpty() ? user.name : user.email, user.groups,
                                         m_sandbox ? tr("memory (sandbox)") : QString());
            if (!*loaded) {
                *loaded = true;
                m_service->loadProjects();
            }
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
    connect(m_signInStatus, &SignInStatusWidget::signInRequested, this, signIn);
    if (demo) {
        signIn();
        return;
    }
    // A profile: secrets in the keychain if it works, in memory (and said so) otherwise.
    chooseTokenStore(
        QStringLiteral("Workdeck"), this, [this](std::shared_ptr<TokenStore> store, const QString &reason) {
            m_session->setTokenStore(std::move(store));
            if (!reason.isEmpty())
                m_window->statusBar()->showMessage(
                    tr("No usable keychain (%1): your sign-in is kept in memory until Workdeck quits.")
                        .arg(reason));
            m_session->restore();
        });
    connect(m_session.get(), &OidcSession::stateChanged, this,
            [signIn, this, once = std::make_shared<bool>(false)](OidcSession::State state) {
                // Nothing stored: ask for a browser sign-in once, at start.
                if (state == OidcSession::State::SignedOut && !*once && m_session->lastError().isEmpty()) {
                    *once = true;
                    signIn();
                }
            });
}

int Application::runWindow()
{
    m_settings = std::make_unique<QSettings>();
    m_service = new WorkloadService(m_backend, this);
    // The last lists of this connection's projects, shown at once on the next start.
    // (The sandbox's port changes at every start; its cluster is known by seed and size.)
    const QString cacheKey =
        m_sandbox ? QStringLiteral("sandbox\n%1\n%2").arg(m_options.demoSeed).arg(m_options.demoWorkloads)
                  : m_connectionName + QLatin1Char('\n') + m_client->baseUrl().toString();
    m_service->setCache(std::make_shared<WorkloadCache>(WorkloadCache::defaultDirectory(cacheKey)));
    m_actions = new WorkloadActionService(m_backend, this);
    m_window = std::make_unique<MainWindow>(m_service, m_actions, m_settings.get(), m_connectionName);
    if (!m_options.project.isEmpty())
        m_window->setPreferredProject(m_options.project);
    wireDesktop();
    if (m_options.measureStartup) {
        auto *out = new QTextStream(stdout);
        auto *probe = new StartupProbe(m_window->workloadsPanel()->view(), out, this);
        connect(probe, &StartupProbe::measured, this, [out] {
            delete out;
            QCoreApplication::quit();
        });
    }
    m_window->show();
    if (m_session)
        wireSignIn(); // loads the projects once signed in
    else
        m_service->loadProjects();

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
