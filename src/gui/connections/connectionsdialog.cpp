// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsdialog.h"

#include "auth/tokenstore.h"
#include "connections/profilestore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Workdeck {

namespace {

QUrl urlFrom(const QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

QString urlText(const QUrl &url)
{
    return url.isEmpty() ? QString() : url.toString();
}

} // namespace

ConnectionsDialog::ConnectionsDialog(ProfileStore *profiles, std::shared_ptr<TokenStore> secrets,
                                     QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(std::move(secrets))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove\u2026"), this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_server(new QLineEdit(this))
    , m_airm(new QLineEdit(this))
    , m_issuer(new QLineEdit(this))
    , m_clientId(new QLineEdit(this))
    , m_runAiClientId(new QLineEdit(this))
    , m_runAiSecret(new QLineEdit(this))
    , m_secretWhere(new QLabel(this))
    , m_kubeApi(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_allowHttp(new QCheckBox(tr("Allow plain &http to remote hosts"), this))
    , m_httpWarning(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("Connections"));
    setObjectName(QStringLiteral("ConnectionsDialog"));

    m_list->setObjectName(QStringLiteral("profiles"));
    m_list->setAccessibleName(tr("Connection profiles"));
    m_add->setObjectName(QStringLiteral("add"));
    m_remove->setObjectName(QStringLiteral("remove"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    leftLayout->addLayout(listButtons);

    const auto named = [](QWidget *widget, const char *objectName, const QString &accessible) {
        widget->setObjectName(QLatin1String(objectName));
        widget->setAccessibleName(accessible);
    };
    named(m_name, "name", tr("Profile name"));
    named(m_kind, "kind", tr("Kind of cluster"));
    named(m_server, "server", tr("Server address"));
    named(m_airm, "airm", tr("AIRM address"));
    named(m_issuer, "issuer", tr("Sign-in issuer"));
    named(m_clientId, "clientId", tr("Sign-in client id"));
    named(m_runAiClientId, "runaiClientId", tr("Access key client id"));
    named(m_runAiSecret, "runaiSecret", tr("Access key secret"));
    named(m_kubeApi, "kubeApi", tr("Kubernetes API address"));
    named(m_caFile, "caFile", tr("CA certificate file"));
    named(m_allowHttp, "allowHttp", tr("Allow plain http to remote hosts"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_status->setObjectName(QStringLiteral("status"));
    m_secretWhere->setObjectName(QStringLiteral("secretWhere"));

    m_kind->addItem(tr("AMD AI Workbench"), QVariant::fromValue(int(ConnectionProfile::Kind::Aiwb)));
    m_kind->addItem(tr("Run:ai"), QVariant::fromValue(int(ConnectionProfile::Kind::RunAi)));
    m_server->setPlaceholderText(QStringLiteral("https://aiwbapi.example.com"));
    m_airm->setPlaceholderText(tr("optional, e.g. https://airmapi.example.com"));
    m_issuer->setPlaceholderText(tr("e.g. https://kc.example.com/realms/airm; empty: paste a token"));
    m_clientId->setPlaceholderText(tr("as registered at the issuer, e.g. workdeck"));
    m_runAiSecret->setEchoMode(QLineEdit::Password);
    m_kubeApi->setPlaceholderText(tr("optional, for pod logs, e.g. https://k8s.example.com:6443"));
    m_caFile->setPlaceholderText(tr("optional; the system's certificates otherwise"));
    m_secretWhere->setWordWrap(true);
    m_secretWhere->setForegroundRole(QPalette::PlaceholderText);
    m_httpWarning->setWordWrap(true);
    m_httpWarning->setText(
        tr("\u26a0 Plain http sends your sign-in and every answer unencrypted: anyone on the network "
           "can read and reuse your token. Only for test clusters on a trusted network."));
    m_httpWarning->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problems->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    auto *browse = new QToolButton(this);
    browse->setText(tr("Browse\u2026"));
    browse->setAccessibleName(tr("Choose a CA certificate file"));
    caRow->addWidget(browse);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("CA Certificates"), m_caFile->text(),
                                         tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Server:"), m_server);
    m_form->addRow(tr("AI&RM:"), m_airm);
    m_form->addRow(tr("Sign-in &issuer:"), m_issuer);
    m_form->addRow(tr("Client i&d:"), m_clientId);
    m_form->addRow(tr("Access key &id:"), m_runAiClientId);
    m_form->addRow(tr("Access key s&ecret:"), m_runAiSecret);
    m_form->addRow(QString(), m_secretWhere);
    m_form->addRow(tr("K&ubernetes API:"), m_kubeApi);
    auto *caLabel = new QLabel(tr("&CA certificates:"), this);
    caLabel->setBuddy(m_caFile);
    m_form->addRow(caLabel, caRow);
    m_form->addRow(QString(), m_allowHttp);
    m_form->addRow(QString(), m_httpWarning);
    rightLayout->addLayout(m_form);
    rightLayout->addWidget(m_problems);
    rightLayout->addStretch();
    rightLayout->addWidget(m_status);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_save = m_buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    m_connect = m_buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connect"));
    m_connect->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(m_buttons);
    resize(820, 520);

    for (QLineEdit *edit : {m_name, m_server, m_airm, m_issuer, m_clientId, m_runAiClientId, m_runAiSecret,
                            m_kubeApi, m_caFile})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionsDialog::markDirty);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateForKind();
        markDirty();
    });
    connect(m_allowHttp, &QCheckBox::toggled, this, &ConnectionsDialog::markDirty);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::handleRowChange);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (confirmLeavingEdits())
            startNewProfile();
    });
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeSelected);
    connect(m_save, &QPushButton::clicked, this, &ConnectionsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (confirmLeavingEdits())
            reject();
    });
    connect(m_connect, &QPushButton::clicked, this, [this] {
        if (m_dirty && !save())
            return;
        if (m_shown.id.isEmpty())
            return;
        const QString id = m_shown.id;
        accept();
        Q_EMIT connectRequested(id);
    });

    const QString current = m_profiles->currentId();
    reloadList(current);
    if (m_list->count() == 0)
        startNewProfile();
}

void ConnectionsDialog::reloadList(const QString &selectId)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int select = -1;
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setData(Qt::UserRole, profile.id);
        item->setToolTip(profile.serverUrl.toDisplayString());
        if (profile.id == m_profiles->currentId())
            item->setText(tr("%1 (current)").arg(profile.name));
        if (profile.id == selectId)
            select = m_list->count() - 1;
    }
    if (select < 0 && m_list->count() > 0 && selectId.isEmpty() && m_shown.id.isEmpty() && !m_dirty)
        select = 0;
    m_list->setCurrentRow(select);
    m_row = select;
    if (select >= 0) {
        if (auto profile = m_profiles->profile(m_list->item(select)->data(Qt::UserRole).toString()))
            showProfile(*profile);
    }
    m_remove->setEnabled(select >= 0);
}

void ConnectionsDialog::selectProfile(const QString &id)
{
    reloadList(id);
}

void ConnectionsDialog::startNewProfile()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clearSelection();
        m_list->setCurrentRow(-1);
    }
    m_row = -1;
    m_remove->setEnabled(false);
    ConnectionProfile fresh;
    fresh.name = tr("New connection");
    showProfile(fresh);
    m_dirty = true; // a new profile is unsaved by definition
    m_save->setEnabled(true);
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionsDialog::showProfile(const ConnectionProfile &profile)
{
    m_loading = true;
    m_shown = profile;
    m_name->setText(profile.name);
    m_kind->setCurrentIndex(m_kind->findData(int(profile.kind)));
    m_server->setText(urlText(profile.serverUrl));
    m_airm->setText(urlText(profile.airmUrl));
    m_issuer->setText(urlText(profile.oidcIssuer));
    m_clientId->setText(profile.oidcClientId);
    m_runAiClientId->setText(profile.runAiClientId);
    m_runAiSecret->clear();
    m_kubeApi->setText(urlText(profile.kubeApiUrl));
    m_caFile->setText(profile.caFile);
    m_allowHttp->setChecked(profile.allowInsecureHttp);
    m_status->clear();
    m_loading = false;
    m_dirty = false;
    m_save->setEnabled(false);
    updateForKind();
    updateValidation();
    // Whether a secret is already stored: asked, not shown.
    m_runAiSecret->setPlaceholderText(QString());
    if (profile.kind == ConnectionProfile::Kind::RunAi && !profile.id.isEmpty() && m_secrets) {
        m_secrets->read(profile.clientSecretKey(), this, [this, id = profile.id](SecretResult stored) {
            if (m_shown.id != id)
                return;
            m_runAiSecret->setPlaceholderText(stored.ok() ? tr("stored; type to replace it")
                                                          : tr("asked for when connecting"));
        });
    }
}

ConnectionProfile ConnectionsDialog::editedProfile() const
{
    ConnectionProfile profile = m_shown;
    profile.name = m_name->text().trimmed();
    profile.kind = ConnectionProfile::Kind(m_kind->currentData().toInt());
    profile.serverUrl = urlFrom(m_server);
    const bool aiwb = profile.kind == ConnectionProfile::Kind::Aiwb;
    profile.airmUrl = aiwb ? urlFrom(m_airm) : QUrl();
    profile.oidcIssuer = aiwb ? urlFrom(m_issuer) : QUrl();
    profile.oidcClientId = aiwb ? m_clientId->text().trimmed() : QString();
    profile.runAiClientId = aiwb ? QString() : m_runAiClientId->text().trimmed();
    profile.kubeApiUrl = aiwb ? QUrl() : urlFrom(m_kubeApi);
    profile.caFile = m_caFile->text().trimmed();
    profile.allowInsecureHttp = m_allowHttp->isChecked();
    return profile;
}

void ConnectionsDialog::updateForKind()
{
    const bool aiwb = ConnectionProfile::Kind(m_kind->currentData().toInt()) == ConnectionProfile::Kind::Aiwb;
    for (QWidget *field : {static_cast<QWidget *>(m_airm), static_cast<QWidget *>(m_issuer),
                           static_cast<QWidget *>(m_clientId)})
        m_form->setRowVisible(field, aiwb);
    for (QWidget *field : {static_cast<QWidget *>(m_runAiClientId), static_cast<QWidget *>(m_secretWhere),
                           static_cast<QWidget *>(m_kubeApi)})
        m_form->setRowVisible(field, !aiwb);
    // Without a store (the first run, before the keychain is asked) the secret is asked at sign-in.
    m_form->setRowVisible(m_runAiSecret, !aiwb && m_secrets);
    m_server->setPlaceholderText(aiwb ? QStringLiteral("https://aiwbapi.example.com")
                                      : QStringLiteral("https://tenant.run.ai"));
    if (!m_secrets)
        m_secretWhere->setText(tr("The access key's secret is asked for when you connect."));
    else
        m_secretWhere->setText(
            m_secrets->isPersistent()
                ? tr("The secret is kept in %1, never in the settings.").arg(m_secrets->description())
                : tr("No keychain is usable: the secret is kept in memory until Workdeck quits."));
}

void ConnectionsDialog::updateValidation()
{
    const ConnectionProfile profile = editedProfile();
    QStringList problems = profile.problems();
    // A new or changed name must stay unique: profiles are chosen by name (--profile).
    if (const auto same = m_profiles->findByName(profile.name); same && same->id != profile.id)
        problems << tr("There is already a profile called \u201c%1\u201d.").arg(profile.name);
    if (!m_server->text().trimmed().isEmpty() && !urlFrom(m_server).isValid())
        problems << tr("The server address is not a valid URL.");
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
    m_httpWarning->setVisible(m_allowHttp->isChecked());
    m_save->setEnabled(m_dirty && problems.isEmpty());
    m_connect->setEnabled(problems.isEmpty() && (!profile.id.isEmpty() || m_dirty));
}

void ConnectionsDialog::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_status->clear();
    updateValidation();
}

bool ConnectionsDialog::save()
{
    updateValidation();
    if (!m_problems->text().isEmpty())
        return false;
    const QString secret = m_runAiSecret->text();
    const ConnectionProfile saved = m_profiles->save(editedProfile());
    m_dirty = false;
    reloadList(saved.id);
    m_status->setText(tr("Saved \u201c%1\u201d.").arg(saved.name));
    if (saved.kind == ConnectionProfile::Kind::RunAi && !secret.isEmpty() && m_secrets) {
        m_secrets->write(
            saved.clientSecretKey(), secret, this, [this, name = saved.name](SecretResult result) {
                m_status->setText(
                    result.ok()
                        ? tr("Saved \u201c%1\u201d; the secret is in %2.").arg(name, m_secrets->description())
                        : tr("Saved \u201c%1\u201d, but the secret could not be stored (%2); you will be "
                             "asked for it when connecting.")
                              .arg(name, result.error));
            });
    }
    return true;
}

void ConnectionsDialog::handleRowChange(int row)
{
    if (row == m_row)
        return;
    if (!confirmLeavingEdits()) {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(m_row);
        return;
    }
    m_row = row;
    m_remove->setEnabled(row >= 0);
    if (row < 0)
        return;
    if (auto profile = m_profiles->profile(m_list->item(row)->data(Qt::UserRole).toString()))
        showProfile(*profile);
}

bool ConnectionsDialog::confirmLeavingEdits()
{
    if (!m_dirty)
        return true;
    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                    tr("The profile \u201c%1\u201d has changes that are not saved.").arg(m_name->text()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChanges"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_dirty = false;
        return true;
    default:
        return false;
    }
}

void ConnectionsDialog::removeSelected()
{
    if (m_shown.id.isEmpty())
        return;
    const ConnectionProfile victim = m_shown;
    QMessageBox box(QMessageBox::Warning, tr("Remove Connection"),
                    tr("Remove the connection \u201c%1\u201d? Its stored sign-in and secrets are deleted "
                       "from %2 too.")
                        .arg(victim.name, m_secrets ? m_secrets->description() : tr("the keychain")),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmRemove"));
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (m_secrets) {
        for (const QString &key : victim.secretKeys()) {
            m_secrets->remove(key, this, [this, key](SecretResult result) {
                if (!result.ok())
                    m_status->setText(tr("A stored secret could not be deleted: %1").arg(result.error));
            });
        }
    }
    m_profiles->remove(victim.id);
    m_dirty = false;
    m_shown = {};
    reloadList({});
    if (m_list->count() == 0)
        startNewProfile();
    m_status->setText(tr("Removed \u201c%1\u201d.").arg(victim.name));
}

} // namespace Workdeck
