// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signindialog.h"

#include "auth/oidcsession.h"
#include "auth/runaitokensource.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Workdeck {

namespace {

QWidget *page(QWidget *parent, const char *objectName)
{
    auto *widget = new QWidget(parent);
    widget->setObjectName(QLatin1String(objectName));
    return widget;
}

QLabel *wrappedText(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QPushButton *actionButton(const QString &text, const char *objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(objectName));
    return button;
}

} // namespace

void SignInDialog::setUpCommon(const QString &connectionName)
{
    setWindowTitle(tr("Sign In to %1").arg(connectionName));
    setObjectName(QStringLiteral("SignInDialog"));
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("methods"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setWordWrap(true);
    m_progress->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_session && m_session->state() == OidcSession::State::SigningIn)
            m_session->cancelSignIn();
        reject();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

SignInDialog::SignInDialog(OidcSession *session, const QString &connectionName, OpenBrowser openBrowser,
                           QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_openBrowser(std::move(openBrowser))
{
    setUpCommon(connectionName);
    const bool hasIssuer = !session->options().issuer.isEmpty();
    m_heading->setText(
        hasIssuer ? tr("Sign in to %1 with your account at %2.")
                        .arg(connectionName, session->options().issuer.host())
                  : tr("%1 has no sign-in issuer configured: paste an access token.").arg(connectionName));

    // In the browser (the normal way).
    QWidget *browserPage = page(m_tabs, "browserPage");
    auto *browserLayout = new QVBoxLayout(browserPage);
    QLabel *browserText = wrappedText(tr("Workdeck opens your web browser at the sign-in page. Sign in "
                                         "there; Workdeck continues by itself when you are done."),
                                      browserPage);
    QPushButton *openButton = actionButton(tr("Open &Browser"), "openBrowser", browserPage);
    m_authorizationUrl = new QLineEdit(browserPage);
    m_authorizationUrl->setObjectName(QStringLiteral("authorizationUrl"));
    m_authorizationUrl->setAccessibleName(tr("Sign-in address"));
    m_authorizationUrl->setReadOnly(true);
    m_authorizationUrl->hide();
    browserLayout->addWidget(browserText);
    browserLayout->addWidget(openButton, 0, Qt::AlignLeft);
    browserLayout->addWidget(m_authorizationUrl);
    browserLayout->addStretch();
    connect(openButton, &QPushButton::clicked, this, [this] {
        // Nothing is disabled meanwhile: another method (or a new attempt) replaces this one.
        showError({});
        m_progress->setText(tr("Waiting for the sign-in in your browser\u2026"));
        m_progress->show();
        m_session->signInWithBrowser([this](const QUrl &url) {
            m_authorizationUrl->setText(url.toString(QUrl::FullyEncoded));
            m_authorizationUrl->show();
            if (!m_openBrowser || !m_openBrowser(url))
                m_progress->setText(tr("No web browser could be opened. Copy the address above into a "
                                       "browser on this computer; Workdeck waits for it."));
        });
    });

    // User name and password (resource-owner password grant; development realms allow it).
    QWidget *passwordPage = page(m_tabs, "passwordPage");
    auto *passwordForm = new QFormLayout(passwordPage);
    auto *username = new QLineEdit(passwordPage);
    username->setObjectName(QStringLiteral("username"));
    auto *password = new QLineEdit(passwordPage);
    password->setObjectName(QStringLiteral("password"));
    password->setEchoMode(QLineEdit::Password);
    QPushButton *passwordButton = actionButton(tr("Sign &In"), "passwordSignIn", passwordPage);
    passwordForm->addRow(tr("&User name:"), username);
    passwordForm->addRow(tr("&Password:"), password);
    passwordForm->addRow(QString(), passwordButton);
    auto *passwordNote =
        new QLabel(tr("Only where the provider allows it (development realms)."), passwordPage);
    passwordNote->setForegroundRole(QPalette::PlaceholderText);
    passwordForm->addRow(QString(), passwordNote);
    connect(passwordButton, &QPushButton::clicked, this, [this, username, password] {
        if (username->text().trimmed().isEmpty() || password->text().isEmpty()) {
            showError(tr("Enter your user name and password."));
            return;
        }
        setBusy(true, tr("Signing in\u2026"));
        m_session->signInWithPassword(username->text().trimmed(), password->text());
        password->clear();
    });

    // A pasted access token (cannot be refreshed).
    QWidget *tokenPage = page(m_tabs, "tokenPage");
    auto *tokenLayout = new QVBoxLayout(tokenPage);
    QLabel *tokenText =
        wrappedText(tr("Paste an access token (a JWT). It cannot be renewed: sign in again when "
                       "it expires."),
                    tokenPage);
    auto *token = new QPlainTextEdit(tokenPage);
    token->setObjectName(QStringLiteral("token"));
    token->setAccessibleName(tr("Access token"));
    token->setTabChangesFocus(true);
    QPushButton *tokenButton = actionButton(tr("&Use Token"), "useToken", tokenPage);
    tokenLayout->addWidget(tokenText);
    tokenLayout->addWidget(token);
    tokenLayout->addWidget(tokenButton, 0, Qt::AlignLeft);
    connect(tokenButton, &QPushButton::clicked, this, [this, token] {
        QString text = token->toPlainText().simplified().remove(u' ');
        if (text.startsWith(u"Bearer", Qt::CaseInsensitive))
            text = text.mid(6);
        if (text.isEmpty() || text.contains(u'\n')) {
            showError(tr("Paste the access token first."));
            return;
        }
        token->clear();
        m_session->useAccessToken(text);
    });

    m_tabs->addTab(browserPage, tr("Browser"));
    m_tabs->addTab(passwordPage, tr("User Name and Password"));
    m_tabs->addTab(tokenPage, tr("Access Token"));
    m_tabs->setTabEnabled(0, hasIssuer);
    m_tabs->setTabEnabled(1, hasIssuer);
    m_tabs->setCurrentIndex(hasIssuer ? 0 : 2);
    m_actions = {openButton, passwordButton, tokenButton};
    openButton->setDefault(hasIssuer);

    connect(session, &OidcSession::stateChanged, this, [this](OidcSession::State state) {
        if (state == OidcSession::State::SignedIn)
            accept();
        else if (state != OidcSession::State::SigningIn)
            setBusy(false);
    });
    connect(session, &OidcSession::signInFailed, this, [this](const QString &message) {
        setBusy(false);
        showError(message);
    });
    if (session->state() == OidcSession::State::SessionExpired && !session->lastError().isEmpty())
        showError(tr("Your session ended: %1").arg(session->lastError()));
}

SignInDialog::SignInDialog(RunAiTokenSource *source, const QString &connectionName,
                           const QString &secretsWhere, QWidget *parent)
    : QDialog(parent)
    , m_runAi(source)
{
    setUpCommon(connectionName);
    m_heading->setText(tr("Sign in to %1 with an access key (an application's client id and secret, made "
                          "in Run:ai under Access \u2192 Applications or your user's access keys).")
                           .arg(connectionName));
    QWidget *keyPage = page(m_tabs, "accessKeyPage");
    auto *form = new QFormLayout(keyPage);
    auto *clientId = new QLineEdit(source->clientId(), keyPage);
    clientId->setObjectName(QStringLiteral("runaiClientId"));
    auto *secret = new QLineEdit(keyPage);
    secret->setObjectName(QStringLiteral("runaiSecret"));
    secret->setEchoMode(QLineEdit::Password);
    auto *remember = new QCheckBox(keyPage);
    remember->setObjectName(QStringLiteral("remember"));
    if (secretsWhere.isEmpty()) {
        remember->setText(tr("No keychain is usable: the secret is kept until Workdeck quits"));
        remember->setEnabled(false);
    } else {
        remember->setText(tr("&Remember the secret in %1").arg(secretsWhere));
        remember->setChecked(true);
    }
    QPushButton *signIn = actionButton(tr("Sign &In"), "accessKeySignIn", keyPage);
    signIn->setDefault(true);
    form->addRow(tr("Client &id:"), clientId);
    form->addRow(tr("Client &secret:"), secret);
    form->addRow(QString(), remember);
    form->addRow(QString(), signIn);
    m_tabs->addTab(keyPage, tr("Access Key"));
    m_tabs->tabBar()->hide();
    m_actions = {signIn};
    (clientId->text().isEmpty() ? clientId : secret)->setFocus();
    if (source->state() == RunAiTokenSource::State::SessionExpired && !source->lastError().isEmpty())
        showError(source->lastError());

    connect(signIn, &QPushButton::clicked, this, [this, clientId, secret, remember] {
        const QString id = clientId->text().trimmed();
        const QString key = secret->text();
        if (id.isEmpty() || key.isEmpty()) {
            showError(tr("Enter the client id and the secret."));
            return;
        }
        setBusy(true, tr("Signing in\u2026"));
        m_runAi->setCredentials(id, key);
        m_runAi->signIn([this, id, key, remember = remember->isEnabled() && remember->isChecked()](bool ok) {
            setBusy(false);
            if (!ok) {
                showError(m_runAi->lastError().isEmpty() ? tr("The access key was refused.")
                                                         : m_runAi->lastError());
                return;
            }
            Q_EMIT accessKeyAccepted(id, key, remember);
            accept();
        });
    });
}

void SignInDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SignInDialog::setBusy(bool busy, const QString &what)
{
    if (busy)
        showError({});
    for (QPushButton *button : std::as_const(m_actions))
        button->setEnabled(!busy);
    m_progress->setText(what);
    m_progress->setVisible(busy && !what.isEmpty());
}

} // namespace Workdeck
