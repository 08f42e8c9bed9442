// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace Workdeck {

// Installs Workdeck's translation (embedded under :/i18n) and Qt's own (standard dialogs) for
// `languageCode` ("de", "fi", "en"), or for the system's languages when it is empty. Returns the
// language in use ("en" when nothing better matched).
QString installTranslations(QCoreApplication *app, const QString &languageCode);

} // namespace Workdeck
