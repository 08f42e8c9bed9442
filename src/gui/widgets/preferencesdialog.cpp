// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"

#include "appearance.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace Workdeck {

PreferencesDialog::PreferencesDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_scheme(new QComboBox(this))
    , m_restartNote(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));

    m_language->addItem(tr("System language"), QString());
    for (const Language &language : availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(languageFromSettings(*settings))));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of menus, labels and messages"));

    m_scheme->addItem(tr("Follow the system"), int(ColorScheme::System));
    m_scheme->addItem(tr("Light"), int(ColorScheme::Light));
    m_scheme->addItem(tr("Dark"), int(ColorScheme::Dark));
    m_scheme->setCurrentIndex(qMax(0, m_scheme->findData(int(colorSchemeFromSettings(*settings)))));
    m_scheme->setAccessibleName(tr("Colours"));
    m_scheme->setAccessibleDescription(tr("Light or dark colours, or those of the system"));

    m_restartNote->setText(tr("A new language takes effect the next time Workdeck starts."));
    m_restartNote->setWordWrap(true);
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);
    const QString startLanguage = languageFromSettings(*settings);
    m_restartNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this, startLanguage] {
        m_restartNote->setVisible(m_language->currentData().toString() != startLanguage);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Colours:"), m_scheme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
}

void PreferencesDialog::accept()
{
    saveLanguage(*m_settings, m_language->currentData().toString());
    const auto scheme = ColorScheme(m_scheme->currentData().toInt());
    saveColorScheme(*m_settings, scheme);
    applyColorScheme(scheme);
    QDialog::accept();
}

} // namespace Workdeck
