// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"
#include "application.h"
#include "commandline.h"
#include "heaptuning.h"
#include "startuptimeline.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <QSettings>

#include <memory>

int main(int argc, char *argv[])
{
    Workdeck::StartupTimeline::mark("main");
    Workdeck::tuneHeap();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    Workdeck::CommandLineOptions options = Workdeck::parseCommandLine(arguments);

    // Headless commands must run without a display, so they get a QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (options.needsGui())
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Workdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("Workdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WORKDECK_VERSION));
    {
        // The language chosen in Preferences, or the system's; also for headless output.
        const QSettings settings;
        Workdeck::installTranslations(app.get(), Workdeck::languageFromSettings(settings));
        if (options.needsGui()) {
            QGuiApplication::setDesktopFileName(QStringLiteral("io.github.workdeck.Workdeck"));
            QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/workdeck.svg")));
            Workdeck::applyColorScheme(Workdeck::colorSchemeFromSettings(settings));
        }
    }
    options = Workdeck::parseCommandLine(arguments); // again, for the help and messages in that language

    Workdeck::Application application(options);
    return application.run();
}
