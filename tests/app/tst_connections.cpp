// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Connections as a user meets them, through the composition root: the first-run question, a new
// profile entered in the Connections dialog, the sign-in dialog (password, pasted token, Run:ai
// access key) against the sandbox's OpenID Connect issuer and Run:ai routes over loopback HTTP,
// switching connections from the Connection menu, sign-out, and that no secret reaches the
// settings file or the log. Runs twice: without any keychain (secrets in memory, said so) and
// against a real Secret Service (gnome-keyring), where the Run:ai secret must survive a restart.

#include "application.h"
#include "auth/keychaintokenstore.h"
#include "auth/oidcsession.h"
#include "auth/tokenstore.h"
#include "commandline.h"
#include "connections/connectionsdialog.h"
#include "connections/firstrundialog.h"
#include "connections/profilestore.h"
#include "connections/signindialog.h"
#include "logcapture.h"
#include "mainwindow.h"
#include "sandboxserver.h"
#include "workloads/workloadspanel.h"
#include "workloadtablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Workdeck;

namespace {

template<typename T> T *openWindowOf(const QString &objectName = {})
{
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *widget : windows) {
        if (auto *typed = qobject_cast<T *>(widget);
            typed && typed->isVisible() && (objectName.isEmpty() || typed->objectName() == objectName))
            return typed;
    }
    return nullptr;
}

// The pending whenShown() watches of the running test function (ended between functions).
std::unique_ptr<QObject> g_watches;

// Runs action on the dialog of type T once it is shown (for dialogs run with exec()).
template<typename T> void whenShown(std::function<void(T *)> action)
{
    auto *timer = new QTimer(g_watches.get());
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, action] {
        if (T *dialog = openWindowOf<T>()) {
            timer->stop();
            timer->deleteLater();
            action(dialog);
        }
    });
    timer->start();
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QString settingsFileText()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QAction *menuEntry(MainWindow *window, const QString &text)
{
    QMenu *menu = window->connectionMenu();
    Q_EMIT menu->aboutToShow(); // the entries are made as it opens
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

int projectCount(Application &app)
{
    return app.window() ? app.window()->projectPicker()->count() : 0;
}

} // namespace

class TestConnections : public QObject
{
    Q_OBJECT

    std::unique_ptr<Sandbox::SandboxServer> m_cluster; // with its OpenID Connect issuer
    bool m_keychain = qEnvironmentVariable("WORKDECK_KEYCHAIN") == u"available";

    static CommandLineOptions options(QStringList arguments = {})
    {
        arguments.prepend(QStringLiteral("workdeck"));
        return parseCommandLine(arguments);
    }

    ConnectionProfile saveProfile(ConnectionProfile profile)
    {
        QSettings settings;
        ProfileStore store(&settings);
        return store.save(std::move(profile));
    }

    ConnectionProfile aiwbProfile(const QString &name) const
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.serverUrl = m_cluster->baseUrl();
        profile.oidcIssuer = m_cluster->issuerUrl();
        profile.oidcClientId = QStringLiteral("workdeck");
        return profile;
    }

    // Signs in with the sandbox's demo user in the open sign-in dialog.
    static void signInWithPassword(SignInDialog *dialog)
    {
        dialog->methods()->setCurrentWidget(child<QWidget>(dialog, "passwordPage"));
        child<QLineEdit>(dialog, "username")->setText(QStringLiteral("devuser@sandbox.local"));
        child<QLineEdit>(dialog, "password")->setText(QStringLiteral("sandbox"));
        child<QPushButton>(dialog, "passwordSignIn")->click();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Workdeck"));
        QCoreApplication::setApplicationName(QStringLiteral("WorkdeckConnectionsTest"));
        Sandbox::SandboxOptions sandboxOptions;
        sandboxOptions.workloadCount = 12;
        sandboxOptions.oidc.enabled = true;
        m_cluster = std::make_unique<Sandbox::SandboxServer>(sandboxOptions);
        QVERIFY(m_cluster->listen());
    }

    void init()
    {
        g_watches = std::make_unique<QObject>();
        QSettings().clear();
        QSettings().sync();
    }

    void cleanup()
    {
        g_watches.reset();
        // Dialogs a failed test left open would block the next one.
        const QList<QWidget *> windows = QApplication::topLevelWidgets();
        for (QWidget *widget : windows) {
            if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
                dialog->reject();
        }
    }

    void firstRunQuit()
    {
        Application app(options());
        whenShown<FirstRunDialog>([](FirstRunDialog *dialog) { dialog->reject(); });
        QString error;
        QVERIFY(!app.startWindow(&error));
        QVERIFY2(error.isEmpty(), qPrintable(error)); // quitting is no error
        QVERIFY(!app.window());
        QVERIFY(!ProfileStore(new QSettings(&app)).firstRunDone()); // asked again next time
    }

    void firstRunSandbox()
    {
        {
            Application app(options());
            whenShown<FirstRunDialog>(
                [](FirstRunDialog *dialog) { child<QCommandLinkButton>(dialog, "sandbox")->click(); });
            QString error;
            QVERIFY2(app.startWindow(&error), qPrintable(error));
            QVERIFY(app.window());
            QVERIFY(app.profiles()->firstRunDone());
            QTRY_VERIFY_WITH_TIMEOUT(projectCount(app) > 0, 15000); // the demo signs in by itself
            QAction *sandbox = menuEntry(app.window(), QStringLiteral("Sandbox (on this computer)"));
            QVERIFY(sandbox && sandbox->isChecked());
        }
        // Not asked twice.
        Application again(options());
        bool asked = false;
        whenShown<FirstRunDialog>([&asked](FirstRunDialog *dialog) {
            asked = true;
            dialog->reject();
        });
        QString error;
        QVERIFY(again.startWindow(&error));
        QTest::qWait(100);
        QVERIFY(!asked);
    }

    void firstRunConnectsToACluster()
    {
        Test::LogCapture log;
        Application app(options());
        bool sawProblems = false;
        whenShown<FirstRunDialog>([this, &sawProblems](FirstRunDialog *dialog) {
            whenShown<ConnectionsDialog>([this, &sawProblems](ConnectionsDialog *connections) {
                // Bad input first: no server yet, then a remote plain-http one.
                child<QLineEdit>(connections, "name")->setText(QStringLiteral("Lab cluster"));
                auto *connect = child<QPushButton>(connections, "connect");
                auto *problems = child<QLabel>(connections, "problems");
                const bool noServer =
                    !connect->isEnabled() && problems->text().contains(QStringLiteral("server"));
                child<QLineEdit>(connections, "server")->setText(QStringLiteral("http://aiwb.example.com"));
                const bool plainHttp =
                    !connect->isEnabled() && problems->text().contains(QStringLiteral("http"));
                sawProblems = noServer && plainHttp;
                child<QLineEdit>(connections, "server")->setText(m_cluster->baseUrl().toString());
                child<QLineEdit>(connections, "issuer")->setText(m_cluster->issuerUrl().toString());
                child<QLineEdit>(connections, "clientId")->setText(QStringLiteral("workdeck"));
                connect->click();
            });
            child<QCommandLinkButton>(dialog, "cluster")->click();
        });
        QString error;
        QVERIFY2(app.startWindow(&error), qPrintable(error));
        QVERIFY(sawProblems);
        const auto profile = app.profiles()->findByName(QStringLiteral("Lab cluster"));
        QVERIFY(profile);
        QCOMPARE(app.profiles()->currentId(), profile->id);
        QVERIFY(app.profiles()->firstRunDone());

        // Nothing stored yet: the sign-in dialog asks (after the keychain is chosen).
        SignInDialog *signIn = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((signIn = openWindowOf<SignInDialog>()) != nullptr, 25000);
        QVERIFY(child<QWidget>(signIn, "browserPage")->isEnabled());
        // A wrong password is said in the dialog, which stays open.
        signIn->methods()->setCurrentWidget(child<QWidget>(signIn, "passwordPage"));
        child<QLineEdit>(signIn, "username")->setText(QStringLiteral("devuser@sandbox.local"));
        child<QLineEdit>(signIn, "password")->setText(QStringLiteral("wrong"));
        child<QPushButton>(signIn, "passwordSignIn")->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(signIn, "error")->isVisible(), 10000);
        QVERIFY(signIn->isVisible());
        signInWithPassword(signIn);
        QTRY_VERIFY_WITH_TIMEOUT(projectCount(app) > 0, 15000);
        QTRY_VERIFY(!openWindowOf<SignInDialog>());

        // No secret in the settings or the log: no JWT, no refresh token, no Authorization header.
        const QString settings = settingsFileText();
        QVERIFY(settings.contains(QStringLiteral("Lab cluster")));
        QVERIFY(!settings.contains(QStringLiteral("eyJ")));
        QVERIFY(!settings.contains(QStringLiteral("token"), Qt::CaseInsensitive));
        QVERIFY(!log.text().contains(QStringLiteral("eyJ")));
        QVERIFY(!log.text().contains(QStringLiteral("Bearer "), Qt::CaseInsensitive));
    }

    void switchesFromTheMenu()
    {
        // A second cluster without an issuer: its profile signs in with a pasted token.
        Sandbox::SandboxOptions otherOptions;
        otherOptions.workloadCount = 5;
        otherOptions.namespaces = {QStringLiteral("other-team")};
        Sandbox::SandboxServer other(otherOptions);
        QVERIFY(other.listen());
        ConnectionProfile pasted;
        pasted.name = QStringLiteral("Other cluster");
        pasted.serverUrl = other.baseUrl();
        pasted = saveProfile(pasted);

        Application app(options({QStringLiteral("--demo")}));
        QString error;
        QVERIFY2(app.startWindow(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(projectCount(app) > 0, 15000);
        const QPointer<MainWindow> sandboxWindow = app.window();

        QAction *entry = menuEntry(app.window(), QStringLiteral("Other cluster"));
        QVERIFY(entry && !entry->isChecked());
        entry->trigger();
        QTRY_VERIFY(sandboxWindow.isNull() && app.window()); // a new window (addresses may be reused)
        SignInDialog *signIn = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((signIn = openWindowOf<SignInDialog>()) != nullptr, 25000);
        // No issuer: only a pasted token is possible.
        QVERIFY(!signIn->methods()->isTabEnabled(0));
        QVERIFY(!signIn->methods()->isTabEnabled(1));
        QCOMPARE(signIn->methods()->currentWidget()->objectName(), QStringLiteral("tokenPage"));
        child<QPushButton>(signIn, "useToken")->click(); // empty: said, not sent
        QVERIFY(child<QLabel>(signIn, "error")->isVisible());
        child<QPlainTextEdit>(signIn, "token")->setPlainText(QStringLiteral("Bearer ") + other.token());
        child<QPushButton>(signIn, "useToken")->click();
        QTRY_COMPARE_WITH_TIMEOUT(projectCount(app), 1, 15000);
        QCOMPARE(app.window()->projectPicker()->itemText(0), QStringLiteral("other-team"));
        QCOMPARE(app.profiles()->currentId(), pasted.id);
        QVERIFY(menuEntry(app.window(), QStringLiteral("Other cluster"))->isChecked());
        QVERIFY(!settingsFileText().contains(other.token()));

        // And back to the sandbox.
        const QPointer<MainWindow> otherWindow = app.window();
        menuEntry(app.window(), QStringLiteral("Sandbox (on this computer)"))->trigger();
        QTRY_VERIFY(otherWindow.isNull() && app.window());
        QTRY_VERIFY_WITH_TIMEOUT(projectCount(app) == 3, 15000);
        QVERIFY(app.profiles()->currentId().isEmpty());
    }

    void profileWithAirmShowsBoth()
    {
        // An AMD profile with the AIRM address too (here the same sandbox): one window on both.
        ConnectionProfile both = aiwbProfile(QStringLiteral("Lab with AIRM"));
        both.airmUrl = m_cluster->baseUrl();
        saveProfile(both);
        Application app(options({QStringLiteral("--profile"), QStringLiteral("Lab with AIRM")}));
        QString error;
        QVERIFY2(app.startWindow(&error), qPrintable(error));
        SignInDialog *signIn = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((signIn = openWindowOf<SignInDialog>()) != nullptr, 25000);
        signInWithPassword(signIn);
        QTRY_VERIFY_WITH_TIMEOUT(projectCount(app) > 0, 15000);
        WorkloadTableModel *model = app.window()->workloadsPanel()->model();
        QVERIFY(model->columnOf(WorkloadField::Cluster) >= 0); // AIRM's column
        // AIRM's own workloads are in the table, next to AIWB's (which have their endpoints).
        const auto hasRow = [model](const QString &title) {
            for (const Workload &workload : model->workloads()) {
                if (workload.title() == title)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasRow(QStringLiteral("nightly-eval-harness")), 15000);
        bool clusterNamed = false;
        for (const Workload &workload : model->workloads())
            clusterNamed = clusterNamed || workload.clusterName == u"sandbox-cluster";
        QVERIFY(clusterNamed);
    }

    void unusableProfileKeepsTheWindow()
    {
        ConnectionProfile broken = aiwbProfile(QStringLiteral("Broken"));
        broken.caFile = QStringLiteral("/nonexistent/ca.pem");
        saveProfile(broken);
        Application app(options({QStringLiteral("--demo")}));
        QString error;
        QVERIFY(app.startWindow(&error));
        const QPointer<MainWindow> window = app.window();
        QString said;
        whenShown<QMessageBox>([&said](QMessageBox *box) {
            said = box->text();
            box->accept();
        });
        menuEntry(app.window(), QStringLiteral("Broken"))->trigger();
        QTRY_VERIFY(!said.isEmpty());
        QVERIFY2(said.contains(QStringLiteral("/nonexistent/ca.pem")), qPrintable(said));
        QTest::qWait(50);
        QVERIFY(!window.isNull());
        QCOMPARE(app.window(), window.data());
        QVERIFY(app.profiles()->currentId().isEmpty());
    }

    void runAiAccessKeyIsAskedAndKept()
    {
        ConnectionProfile runAi;
        runAi.name = QStringLiteral("Run:ai tenant");
        runAi.kind = ConnectionProfile::Kind::RunAi;
        runAi.serverUrl = m_cluster->baseUrl();
        runAi.runAiClientId = QStringLiteral("ci-app");
        runAi.kubeApiUrl = m_cluster->baseUrl();
        runAi = saveProfile(runAi);
        {
            Application app(options({QStringLiteral("--profile"), QStringLiteral("run:ai TENANT")}));
            QString error;
            QVERIFY2(app.startWindow(&error), qPrintable(error));
            SignInDialog *signIn = nullptr;
            QTRY_VERIFY_WITH_TIMEOUT((signIn = openWindowOf<SignInDialog>()) != nullptr, 25000);
            QCOMPARE(child<QLineEdit>(signIn, "runaiClientId")->text(), QStringLiteral("ci-app"));
            // Where the secret goes is said; without a keychain it cannot be remembered.
            auto *remember = child<QCheckBox>(signIn, "remember");
            QCOMPARE(remember->isEnabled(), m_keychain);
            child<QLineEdit>(signIn, "runaiSecret")->setText(QStringLiteral("not-the-secret"));
            child<QPushButton>(signIn, "accessKeySignIn")->click();
            QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(signIn, "error")->isVisible(), 10000);
            child<QLineEdit>(signIn, "runaiSecret")->setText(m_cluster->token());
            child<QPushButton>(signIn, "accessKeySignIn")->click();
            QTRY_VERIFY_WITH_TIMEOUT(projectCount(app) > 0, 15000);
            QVERIFY(!settingsFileText().contains(m_cluster->token()));
            if (m_keychain) {
                KeychainTokenStore keychain(QStringLiteral("Workdeck"));
                std::optional<SecretResult> stored;
                keychain.read(runAi.clientSecretKey(), this, [&stored](SecretResult r) { stored = r; });
                QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
                QVERIFY2(stored->ok(), qPrintable(stored->error));
                QCOMPARE(stored->secret, m_cluster->token());
            }
        }
        if (!m_keychain)
            return;
        // With the keychain: the next start signs in by itself, and Sign Out forgets the secret.
        Application app(options({QStringLiteral("--profile"), QStringLiteral("Run:ai tenant")}));
        QString error;
        QVERIFY2(app.startWindow(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(projectCount(app) > 0, 25000);
        QVERIFY(!openWindowOf<SignInDialog>());
        const QPointer<MainWindow> window = app.window();
        QAction *signOut = menuEntry(app.window(), QStringLiteral("Sign &Out"));
        QVERIFY(signOut && signOut->isEnabled());
        signOut->trigger();
        QTRY_VERIFY(window.isNull() && app.window());
        QTRY_VERIFY_WITH_TIMEOUT(openWindowOf<SignInDialog>() != nullptr, 25000);
        KeychainTokenStore keychain(QStringLiteral("Workdeck"));
        std::optional<SecretResult> stored;
        keychain.read(runAi.clientSecretKey(), this, [&stored](SecretResult r) { stored = r; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 10000);
        QCOMPARE(stored->status, SecretResult::Status::NotFound);
    }

    void signInDialogInTheBrowser()
    {
        // The dialog's browser path with the test as the browser; first with no browser at all:
        // the address is shown to copy, and the sign-in still completes from it.
        QNetworkAccessManager network;
        OidcSession::Options sessionOptions;
        sessionOptions.issuer = m_cluster->issuerUrl();
        sessionOptions.clientId = QStringLiteral("workdeck");
        sessionOptions.secretKeyPrefix = QStringLiteral("dialog-test");
        OidcSession session(&network, std::make_shared<MemoryTokenStore>(), sessionOptions);
        QUrl asked;
        SignInDialog dialog(&session, QStringLiteral("Lab"), [&asked](const QUrl &url) {
            asked = url;
            return false; // no browser here
        });
        dialog.show();
        QCOMPARE(dialog.methods()->currentWidget()->objectName(), QStringLiteral("browserPage"));
        child<QPushButton>(&dialog, "openBrowser")->click();
        QTRY_VERIFY_WITH_TIMEOUT(asked.isValid(), 10000);
        auto *address = child<QLineEdit>(&dialog, "authorizationUrl");
        QVERIFY(address->isVisible());
        QCOMPARE(QUrl(address->text()), asked);
        QVERIFY(asked.query().contains(QStringLiteral("code_challenge_method=S256")));
        QVERIFY(child<QLabel>(&dialog, "progress")->text().contains(QStringLiteral("Copy the address")));

        // The user pastes the shown address into a browser: the provider redirects to Workdeck.
        QNetworkAccessManager browser;
        QNetworkRequest request(QUrl(address->text()));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply *page = browser.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(page->isFinished(), 10000);
        QCOMPARE(page->url().path(), QStringLiteral("/callback"));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), OidcSession::State::SignedIn, 10000);
        QTRY_VERIFY(!dialog.isVisible()); // closed by itself
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        delete page;
    }

    void connectionsDialogEditsAndRemoves()
    {
        QSettings settings;
        ProfileStore profiles(&settings);
        const ConnectionProfile existing = profiles.save(aiwbProfile(QStringLiteral("Existing")));
        auto secrets = std::make_shared<MemoryTokenStore>(QStringLiteral("test"));
        ConnectionsDialog dialog(&profiles, secrets);
        dialog.show();
        auto *list = child<QListWidget>(&dialog, "profiles");
        QCOMPARE(list->count(), 1);
        QCOMPARE(dialog.editedProfile().id, existing.id);

        // A new Run:ai profile: its own fields, a duplicate name refused, the secret to the store.
        child<QPushButton>(&dialog, "add")->click();
        auto *kind = child<QComboBox>(&dialog, "kind");
        kind->setCurrentIndex(kind->findData(int(ConnectionProfile::Kind::RunAi)));
        QVERIFY(child<QLineEdit>(&dialog, "runaiSecret")->isVisibleTo(&dialog));
        QVERIFY(!child<QLineEdit>(&dialog, "issuer")->isVisibleTo(&dialog));
        child<QLineEdit>(&dialog, "name")->setText(QStringLiteral("existing"));
        child<QLineEdit>(&dialog, "server")->setText(QStringLiteral("https://tenant.run.ai"));
        child<QLineEdit>(&dialog, "runaiClientId")->setText(QStringLiteral("ci-app"));
        auto *problems = child<QLabel>(&dialog, "problems");
        QVERIFY2(problems->text().contains(QStringLiteral("already")), qPrintable(problems->text()));
        QVERIFY(!dialog.save());
        child<QLineEdit>(&dialog, "name")->setText(QStringLiteral("Tenant"));
        child<QLineEdit>(&dialog, "runaiSecret")->setText(QStringLiteral("s3cret-value"));
        // Plain http to a remote host: refused until allowed, and then warned about.
        child<QLineEdit>(&dialog, "server")->setText(QStringLiteral("http://tenant.example.com"));
        QVERIFY(!dialog.save());
        child<QCheckBox>(&dialog, "allowHttp")->setChecked(true);
        QVERIFY(problems->text().isEmpty());
        QVERIFY(dialog.findChildren<QLabel *>().size() > 0);
        QVERIFY(dialog.save());
        const auto tenant = profiles.findByName(QStringLiteral("Tenant"));
        QVERIFY(tenant);
        QCOMPARE(tenant->kind, ConnectionProfile::Kind::RunAi);
        QVERIFY(tenant->allowInsecureHttp);
        QTRY_VERIFY(secrets->contains(tenant->clientSecretKey()));
        settings.sync();
        QVERIFY(!settingsFileText().contains(QStringLiteral("s3cret-value")));
        QVERIFY(child<QLineEdit>(&dialog, "runaiSecret")->text().isEmpty());

        // Unsaved edits are not lost silently when another profile is picked.
        child<QLineEdit>(&dialog, "name")->setText(QStringLiteral("Tenant renamed"));
        whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        list->setCurrentRow(
            list->row(list->findItems(QStringLiteral("Existing"), Qt::MatchStartsWith).value(0)));
        QCOMPARE(dialog.editedProfile().name, QStringLiteral("Tenant renamed"));
        whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Discard)->click(); });
        list->setCurrentRow(
            list->row(list->findItems(QStringLiteral("Existing"), Qt::MatchStartsWith).value(0)));
        QCOMPARE(dialog.editedProfile().name, QStringLiteral("Existing"));
        QVERIFY(profiles.findByName(QStringLiteral("Tenant")));

        // Removing asks, then deletes the profile and its secrets.
        list->setCurrentRow(
            list->row(list->findItems(QStringLiteral("Tenant"), Qt::MatchStartsWith).value(0)));
        whenShown<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
        child<QPushButton>(&dialog, "remove")->click();
        QVERIFY(profiles.findByName(QStringLiteral("Tenant")));
        whenShown<QMessageBox>([](QMessageBox *box) {
            const QList<QAbstractButton *> buttons = box->buttons();
            for (QAbstractButton *button : buttons) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        child<QPushButton>(&dialog, "remove")->click();
        QVERIFY(!profiles.findByName(QStringLiteral("Tenant")));
        QTRY_VERIFY(!secrets->contains(tenant->clientSecretKey()));
        QCOMPARE(list->count(), 1);
    }
};

QTEST_MAIN(TestConnections)
#include "tst_connections.moc"
