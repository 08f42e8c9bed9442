// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "sandboxserver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTextStream>

#include <algorithm>

#include <sys/resource.h>
#include <time.h>

namespace Workdeck::Bench {

namespace {
QStringList tracedEvents; // since the probe last fired
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
    return times;
}

int traceMs()
{
    static const int ms = qEnvironmentVariableIntValue("WORKDECK_BENCH_TRACE_MS");
    return ms;
}

void noteTracedEvent(int type, const QByteArray &receiver, double ms)
{
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
    QObject::connect(
        &m_timer, &QTimer::timeout, [this] {
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
                               "probe: %1 ms late at %2 s; %3 ms cpu, %4 waits, %5 preempted; after%6\n")
                               .arg(late)
                               .arg(double(m_clock.msecsSinceReference() + now) / 1e3, 0, 'f', 3)
                               .arg(times.cpuMs - m_lastTimes.cpuMs, 0, 'f', 1)
                               .arg(times.waited - m_lastTimes.waited)
                               .arg(times.preempted - m_lastTimes.preempted)
                               .arg(tracedEvents.join(QString()));
                m_lastTimes = times;
            }
            tracedEvents.clear();
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
    while (!done())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
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
