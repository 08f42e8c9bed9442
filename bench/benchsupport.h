// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QString>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

namespace Workdeck::Sandbox {
struct SandboxOptions;
}

namespace Workdeck::Bench {

struct Figure
{
    QString name;
    double value = 0;
    QString unit;
    QString target; // empty: reported, no target
    bool met = true;
};

// The calling thread's CPU time and how often it gave up its core: to wait (for a lock, a
// reply) or because it was made to (another thread, or the virtual machine, took the core); and
// how long it was ready to run but waited for a core (Linux's schedstat run delay). A stall that
// is neither CPU time nor run delay is time the thread slept: on a lock, or woken late.
struct ThreadTimes
{
    double cpuMs = 0;
    double runDelayMs = 0;
    long waited = 0;
    long preempted = 0;
    static ThreadTimes now();
};

// WORKDECK_BENCH_TRACE_MS: 0 unless set.
int traceMs();
// While tracing, the GUI thread's top-level events of 0.5 ms or more are noted, so that a stall
// the probe finds is printed with the events that made it.
void noteTracedEvent(int type, const QByteArray &receiver, double ms);

// Measures how late the GUI thread gets to a 1 ms timer: the worst lateness is the longest time
// the thread was busy with something else (a stall).
class StallProbe
{
public:
    StallProbe();
    void start();
    void stop();
    // The worst so far, the current one included: a stall the probe's timer has not yet fired
    // after (the event that ends a measurement can be the longest) counts too.
    qint64 worstMs() const;

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worstMs = 0;
    ThreadTimes m_lastTimes; // while tracing
};

// A sandbox cluster on its own thread, so that serving large bodies never stalls the thread
// being measured (as a real server would not). The thread runs at idle priority: on a 2-core
// machine it would otherwise take CPU time from the threads measured, which a server on another
// machine does not.
class SandboxThread
{
public:
    explicit SandboxThread(const Sandbox::SandboxOptions &options);
    ~SandboxThread();
    QUrl baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }

private:
    QThread m_thread;
    QObject *m_anchor = nullptr; // lives on m_thread; owns the server
    QUrl m_baseUrl;
    QString m_token;
};

// The sandbox cluster as a process of its own (workdeck-sandbox, beside this executable), at idle
// priority, for measuring the GUI thread while it loads lists: a server on another machine shares
// neither the CPU nor the heap with the app. (A sandbox on a thread of this process would share
// the allocator's arenas and their locks with the threads measured, and writing a 100k list is
// millions of allocations.) Null baseUrl() if it did not start.
class SandboxProcess
{
public:
    explicit SandboxProcess(const QStringList &arguments);
    ~SandboxProcess();
    QUrl baseUrl() const { return m_baseUrl; }
    QString token() const { return m_token; }

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_token;
};

// GET url with the bearer token; runs the event loop until the body is in. Empty on failure.
QByteArray fetch(const QUrl &url, const QString &token);

// Runs the event loop until `done` is true.
void spinUntil(const std::function<bool()> &done);

double median(QList<double> values);
// The best (lowest) of `runs` timings of `work`, in milliseconds.
double bestOfMs(int runs, const std::function<void()> &work);

} // namespace Workdeck::Bench
