// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace Workdeck {

namespace {

const QString schemeKey = QStringLiteral("ui/colorScheme");
const QString languageKey = QStringLiteral("ui/language");

// What the application started with: the platform theme's own palette and style.
struct SystemLook
{
    QPalette palette;
    QString styleName;
};

SystemLook &systemLook()
{
    static SystemLook look = [] {
        SystemLook initial;
        initial.palette = QApplication::palette();
        initial.styleName = QApplication::style() ? QApplication::style()->name() : QString();
        return initial;
    }();
    return look;
}

} // namespace

ColorScheme colorSchemeFromSettings(const QSettings &settings)
{
    const QString value = settings.value(schemeKey).toString();
    if (value == u"light")
        return ColorScheme::Light;
    if (value == u"dark")
        return ColorScheme::Dark;
    return ColorScheme::System;
}

void saveColorScheme(QSettings &settings, ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::System:
        settings.remove(schemeKey);
        break;
    case ColorScheme::Light:
        settings.setValue(schemeKey, QStringLiteral("light"));
        break;
    case ColorScheme::Dark:
        settings.setValue(schemeKey, QStringLiteral("dark"));
        break;
    }
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x7f, 0x83, 0x8a);
    const QColor highlight(0x3d, 0x7f, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x24, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x7a, 0xb0, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb8, 0x9c, 0xf0));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    return p;
}

QPalette lightPalette()
{
    QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::WindowText).lightness() > palette.color(QPalette::Window).lightness();
}

void applyColorScheme(ColorScheme scheme)
{
    const SystemLook &system = systemLook();
    switch (scheme) {
    case ColorScheme::System:
        if (!system.styleName.isEmpty())
            QApplication::setStyle(system.styleName);
        QApplication::setPalette(system.palette);
        break;
    case ColorScheme::Light:
        QApplication::setStyle(QStringLiteral("Fusion")); // draws from the palette on every platform
        QApplication::setPalette(lightPalette());
        break;
    case ColorScheme::Dark:
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(darkPalette());
        break;
    }
}

QList<Language> availableLanguages()
{
    // Each in its own language, as language pickers show them.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fi"), QStringLiteral("Suomi")}};
}

QString languageFromSettings(const QSettings &settings)
{
    const QString code = settings.value(languageKey).toString();
    for (const Language &language : availableLanguages()) {
        if (language.code == code)
            return code;
    }
    return {};
}

void saveLanguage(QSettings &settings, const QString &code)
{
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
}

} // namespace Workdeck
