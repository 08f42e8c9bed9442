// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPalette>
#include <QString>

class QSettings;

namespace Workdeck {

// Light or dark colours: following the system (the platform theme's palette), or chosen.
enum class ColorScheme
{
    System,
    Light,
    Dark
};

ColorScheme colorSchemeFromSettings(const QSettings &settings);
void saveColorScheme(QSettings &settings, ColorScheme scheme);
// Applies the scheme to the running application (live: every window repaints).
void applyColorScheme(ColorScheme scheme);
QPalette darkPalette();
QPalette lightPalette();
// True when the palette in use is dark (text lighter than the window).
bool isDarkPalette(const QPalette &palette);

// The user interface language: "" follows the system; otherwise a language code ("en", "de", "fi").
struct Language
{
    QString code;
    QString nativeName; // "Deutsch"
};
QList<Language> availableLanguages();
QString languageFromSettings(const QSettings &settings);
void saveLanguage(QSettings &settings, const QString &code);

} // namespace Workdeck
