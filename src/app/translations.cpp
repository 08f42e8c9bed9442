// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Workdeck {

QString installTranslations(QCoreApplication *app, const QString &languageCode)
{
    const QLocale locale = languageCode.isEmpty() ? QLocale::system() : QLocale(languageCode);
    auto *own = new QTranslator(app);
    // QTranslator::load(QLocale, ...) tries each of the locale's UI languages in order.
    if (!own->load(locale, QStringLiteral("workdeck"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // English is the source, but its plural forms ("1 workload", "2 workloads") live in workdeck_en.
        (void)own->load(QStringLiteral(":/i18n/workdeck_en.qm"));
    }
    QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    const QString language = own->language();
    return language.isEmpty() ? QStringLiteral("en") : language.section(QLatin1Char('_'), 0, 0);
}

} // namespace Workdeck
