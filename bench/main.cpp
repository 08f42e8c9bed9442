// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// workdeck-bench: measures the numbers PRODUCT.md promises and prints figure / target / met.
// Run it from a release build; it never fails the test suite.
#include "benchsupport.h"
#include "chartbench.h"
#include "heaptuning.h"
#include "logbench.h"
#include "workloadbench.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>
#include <time.h>

namespace {

// With WORKDECK_BENCH_TRACE_MS=N set, every event the GUI thread handles at the top level that
// takes N ms or longer is printed to stderr: wall time, the thread's CPU time, how often the
// thread waited (a lock) or was preempted, the event type and its receiver. It tells a stall the
// thread worked through from one it waited through.
class BenchApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_traceMs <= 0 || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        ++m_depth;
        const int type = event->type(); // the event may be gone afterwards
        const QByteArray receiverName =
            receiver->metaObject()->className() + QByteArray(" ") + receiver->objectName().toUtf8();
        QElapsedTimer wall;
        wall.start();
        const Workdeck::Bench::ThreadTimes before = Workdeck::Bench::ThreadTimes::now();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 wallNs = wall.nsecsElapsed();
        --m_depth;
        Workdeck::Bench::noteTracedEvent(type, receiverName, double(wallNs) / 1e6);
        if (wallNs >= m_traceMs * 1000000) {
            const Workdeck::Bench::ThreadTimes after = Workdeck::Bench::ThreadTimes::now();
            // The start on CLOCK_MONOTONIC, as `perf record -k CLOCK_MONOTONIC` stamps its samples.
            QTextStream(stderr) << QStringLiteral(
                                       "trace: at %1 s, %2 ms wall, %3 ms cpu, %8 ms run delay, %4 waits, "
                                       "%5 preempted, event %6 to %7\n")
                                       .arg(double(wall.msecsSinceReference()) / 1e3, 0, 'f', 3)
                                       .arg(double(wallNs) / 1e6, 0, 'f', 1)
                                       .arg(after.cpuMs - before.cpuMs, 0, 'f', 1)
                                       .arg(after.waited - before.waited)
                                       .arg(after.preempted - before.preempted)
                                       .arg(type)
                                       .arg(QString::fromUtf8(receiverName))
                                       .arg(after.runDelayMs - before.runDelayMs, 0, 'f', 1);
        }
        return handled;
    }

private:
    const qint64 m_traceMs = Workdeck::Bench::traceMs();
    int m_depth = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    Workdeck::tuneHeap(); // as the app does
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchApplication app(argc, argv);
    QTextStream out(stdout);
    // workdeck-bench [log|workloads|refresh|charts]...: the groups to run (all by default; refresh is
    // the last part of workloads).
    QStringList groups = app.arguments().mid(1);
    if (groups.isEmpty())
        groups = {QStringLiteral("workloads"), QStringLiteral("log"), QStringLiteral("charts")};
    QList<Workdeck::Bench::Figure> figures;
    for (const QString &group : std::as_const(groups)) {
        if (group == u"workloads")
            figures += Workdeck::Bench::runWorkloadBenchmarks();
        else if (group == u"refresh")
            figures += Workdeck::Bench::runRefreshBenchmarks();
        else if (group == u"log")
            figures += Workdeck::Bench::runLogBenchmarks();
        else if (group == u"charts")
            figures += Workdeck::Bench::runChartBenchmarks();
        else {
            QTextStream(stderr) << "workdeck-bench: unknown group " << group
                                << " (log, workloads, refresh, charts)\n";
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
