// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "sandboxserver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cstdio>

#include <sched.h>
#include <sys/resource.h>
#include <time.h>

namespace Workdeck::Bench {

namespace {
QStringList tracedEvents; // since the probe last fired
int tracedCount = 0;      // all of them, the short ones too
double tracedMs = 0;
} // namespace

ThreadTimes ThreadTimes::now()
{
    ThreadTimes times;
    timespec cpu{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
    times.cpuMs = double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6;
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    times.waited = usage.ru_nvcsw;
    times.preempted = usage.ru_nivcsw;
    // "on-CPU ns, run-queue wait ns, time slices"; absent without CONFIG_SCHEDSTATS.
    if (FILE *file = std::fopen("/proc/thread-self/schedstat", "r")) {
        unsigned long long onCpuNs = 0;
        unsigned long long runDelayNs = 0;
        if (std::fscanf(file, "%llu %llu", &onCpuNs, &runDelayNs) == 2)
            times.runDelayMs = double(runDelayNs) / 1e6;
        std::fclose(file);
    }
    return times;
}

int traceMs()
{
    static const int ms = qEnvironmentVariableIntValue("WORKDECK_BENCH_TRACE_MS");
    return ms;
}

void noteTracedEvent(int type, const QByteArray &receiver, double ms)
{
    ++tracedCount;
    tracedMs += ms;
    if (ms >= 0.5)
        tracedEvents << QStringLiteral(" [%1 ms: event %2 to %3]")
                            .arg(ms, 0, 'f', 1)
                            .arg(type)
                            .arg(QString::fromUtf8(receiver));
}

StallProbe::StallProbe()
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        const qint64 now = m_clock.elapsed();
        const qint64 late = now - m_last - 1;
        m_worstMs = std::max(m_worstMs, late);
        // With WORKDECK_BENCH_TRACE_MS=N, a stall of N ms or more is printed with the time it ended
        // (CLOCK_MONOTONIC, as the event trace) and the events handled in it.
        if (traceMs() > 0) {
            const ThreadTimes times = ThreadTimes::now();
            if (late >= traceMs())
                QTextStream(stderr)
                    << QStringLiteral(
                           "probe: %1 ms late at %2 s; %3 ms cpu, %9 ms run delay, %4 waits, %5 preempted; "
                           "%7 events in %8 ms; after%6\n")
                           .arg(late)
                           .arg(double(m_clock.msecsSinceReference() + now) / 1e3, 0, 'f', 3)
                           .arg(times.cpuMs - m_lastTimes.cpuMs, 0, 'f', 1)
                           .arg(times.waited - m_lastTimes.waited)
                           .arg(times.preempted - m_lastTimes.preempted)
                           .arg(tracedEvents.join(QString()))
                           .arg(tracedCount)
                           .arg(tracedMs, 0, 'f', 1)
                           .arg(times.runDelayMs - m_lastTimes.runDelayMs, 0, 'f', 1);
            m_lastTimes = times;
        }
        tracedEvents.clear();
        tracedCount = 0;
        tracedMs = 0;
        m_last = now;
    });
}

void StallProbe::start()
{
    m_worstMs = 0;
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

qint64 StallProbe::worstMs() const
{
    return m_timer.isActive() ? std::max(m_worstMs, m_clock.elapsed() - m_last - 1) : m_worstMs;
}

void StallProbe::stop()
{
    m_timer.stop();
}

SandboxThread::SandboxThread(const Sandbox::SandboxOptions &options)
{
    m_thread.start(QThread::IdlePriority); // Linux: SCHED_IDLE, it runs when nothing else would
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_anchor,
        [this, &options] {
            auto *server = new Sandbox::SandboxServer(options, m_anchor);
            if (server->listen()) {
                m_baseUrl = server->baseUrl();
                m_token = server->token();
            }
        },
        Qt::BlockingQueuedConnection);
}

SandboxThread::~SandboxThread()
{
    QObject *anchor = m_anchor;
    QMetaObject::invokeMethod(
        anchor, [anchor] { delete anchor; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

SandboxProcess::SandboxProcess(const QStringList &arguments)
{
    m_token = QUuid::createUuid().toString(QUuid::WithoutBraces);
#if defined(Q_OS_LINUX)
    m_process.setChildProcessModifier([] {
        const sched_param idle{};
        sched_setscheduler(0, SCHED_IDLE, &idle); // it and its threads run when nothing else would
    });
#endif
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(
        QCoreApplication::applicationDirPath() + QStringLiteral("/workdeck-sandbox"),
        QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--token"), m_token} +
            arguments);
    // "Workdeck sandbox listening on http://127.0.0.1:PORT", once the cluster is made.
    QElapsedTimer waited;
    waited.start();
    QByteArray out;
    while (m_process.waitForReadyRead(int(std::max<qint64>(0, 120000 - waited.elapsed())))) {
        out += m_process.readAllStandardOutput();
        const qsizetype at = out.indexOf("listening on ");
        const qsizetype end = out.indexOf('\n', at);
        if (at >= 0 && end > at) {
            m_baseUrl = QUrl(QString::fromUtf8(out.mid(at + 13, end - at - 13)).trimmed());
            break;
        }
    }
}

SandboxProcess::~SandboxProcess()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished();
}

QByteArray fetch(const QUrl &url, const QString &token)
{
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return body;
}

void spinUntil(const std::function<bool()> &done)
{
    // An event loop that sleeps until there is something to do, as the app's does. Not
    // processEvents(flags, maxTime) in a loop: that one leaves out WaitForMoreEvents, so the GUI
    // thread spun, keeping a core (on a virtual machine, a virtual CPU) the parsing and freeing
    // threads need, and never waited as the app's thread waits: figures of a loop the app has not.
    if (done())
        return;
    QEventLoop loop;
    QTimer check; // the condition may be a time, or set by work that posts no event here
    check.setInterval(2);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start();
    loop.exec();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double bestOfMs(int runs, const std::function<void()> &work)
{
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        best = std::min(best, double(clock.nsecsElapsed()) / 1e6);
    }
    return best;
}

} // namespace Workdeck::Bench
