// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// workdeck-bench: measures the numbers PRODUCT.md promises and prints figure / target / met.
// Run it from a release build; it never fails the test suite.
#include "chartbench.h"
#include "heaptuning.h"
#include "logbench.h"
#include "workloadbench.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    Workdeck::tuneHeap(); // as the app does
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    // workdeck-bench [log|workloads|charts]...: the groups to run (all by default).
    QStringList groups = app.arguments().mid(1);
    if (groups.isEmpty())
        groups = {QStringLiteral("workloads"), QStringLiteral("log"), QStringLiteral("charts")};
    QList<Workdeck::Bench::Figure> figures;
    for (const QString &group : std::as_const(groups)) {
        if (group == u"workloads")
            figures += Workdeck::Bench::runWorkloadBenchmarks();
        else if (group == u"log")
            figures += Workdeck::Bench::runLogBenchmarks();
        else if (group == u"charts")
            figures += Workdeck::Bench::runChartBenchmarks();
        else {
            QTextStream(stderr) << "workdeck-bench: unknown group " << group << " (log, workloads, charts)\n";
            return 2;
        }
    }
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
