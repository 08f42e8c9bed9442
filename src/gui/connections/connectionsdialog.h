// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionprofile.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Workdeck {

class ProfileStore;
class TokenStore;

// File → Connection → Manage Connections: the connection profiles, created, edited, removed and
// connected to. What is wrong with a profile is said next to the form and it cannot be saved
// until fixed. A Run:ai access key's secret goes to the TokenStore (the keychain), never to the
// settings; removing a profile deletes its secrets too.
class ConnectionsDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionsDialog(ProfileStore *profiles, std::shared_ptr<TokenStore> secrets, QWidget *parent = nullptr);

    void selectProfile(const QString &id);
    // A fresh form for a new profile (the first run's "connect to a cluster").
    void startNewProfile();
    // The profile shown in the form, as the form has it now (not yet saved).
    ConnectionProfile editedProfile() const;
    bool hasUnsavedChanges() const { return m_dirty; }
    // Saves the form; false (and the reasons shown) when the profile cannot be used.
    bool save();

Q_SIGNALS:
    // The user asked to connect to this saved profile; the dialog has closed.
    void connectRequested(const QString &profileId);

private:
    void reloadList(const QString &selectId);
    void showProfile(const ConnectionProfile &profile);
    void handleRowChange(int row);
    bool confirmLeavingEdits();
    void removeSelected();
    void updateForKind();
    void updateValidation();
    void markDirty();

    ProfileStore *m_profiles;
    std::shared_ptr<TokenStore> m_secrets;
    ConnectionProfile m_shown; // as loaded (id empty for a new one)
    bool m_dirty = false;
    bool m_loading = false;
    int m_row = -1;

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_server;
    QLineEdit *m_airm;
    QLineEdit *m_issuer;
    QLineEdit *m_clientId;
    QLineEdit *m_runAiClientId;
    QLineEdit *m_runAiSecret;
    QLabel *m_secretWhere;
    QLineEdit *m_kubeApi;
    QLineEdit *m_caFile;
    QCheckBox *m_allowHttp;
    QLabel *m_httpWarning;
    QLabel *m_problems;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_save;
    QPushButton *m_connect;
};

} // namespace Workdeck
