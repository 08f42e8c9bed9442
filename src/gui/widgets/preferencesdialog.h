// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSettings;

namespace Workdeck {

// Edit → Preferences: the interface language (the system's, or one chosen; applied at the next
// start) and light or dark colours (the system's, or one chosen; applied at once).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QSettings *settings, QWidget *parent = nullptr);

    QComboBox *languageBox() const { return m_language; }
    QComboBox *colorSchemeBox() const { return m_scheme; }

    void accept() override;

private:
    QSettings *m_settings;
    QComboBox *m_language;
    QComboBox *m_scheme;
    QLabel *m_restartNote;
};

} // namespace Workdeck
