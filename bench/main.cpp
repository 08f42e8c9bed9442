// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// workdeck-bench: measures the numbers PRODUCT.md promises and prints figure / target / met.
// Run it from a release build; it never fails the test suite.
#include "logbench.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QList<Workdeck::Bench::Figure> figures = Workdeck::Bench::runLogBenchmarks();
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("figure"), -48)
               .arg(QStringLiteral("value"), 14)
               .arg(QStringLiteral("target"), 12)
               .arg(QStringLiteral("met?"));
    for (const auto &figure : figures) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(figure.name, -48)
                   .arg(QStringLiteral("%1 %2")
                            .arg(figure.value, 0, 'f', figure.value >= 100 ? 0 : 1)
                            .arg(figure.unit),
                        14)
                   .arg(figure.target.isEmpty() ? QStringLiteral("-") : figure.target, 12)
                   .arg(figure.target.isEmpty() ? QStringLiteral("-")
                        : figure.met            ? QStringLiteral("yes")
                                                : QStringLiteral("NO"));
    }
    return 0;
}
