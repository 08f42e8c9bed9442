// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Log view figures (the log tab's model, delegate and view setup): ingest rate into model + view, GUI-thread
// stalls at 200,000 lines/s, memory overhead per retained line, and search over 1,000,000 lines. Prints
// figures; asserts nothing.
#include "logbench.h"

#include "details/loglinedelegate.h"
#include "loglinemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFontDatabase>
#include <QHeaderView>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>

#include <malloc.h>

namespace Workdeck::Bench {

namespace {

QList<LogEntry> makeEntries(qsizetype count, qsizetype offset)
{
    static const QString messages[] = {
        QStringLiteral(
            "INFO 03-02 09:20:11 [metrics.py:351] Avg prompt throughput: 164.2 tokens/s, Running: 3 reqs"),
        QStringLiteral("{'loss': 0.4123, 'grad_norm': 1.220, 'learning_rate': 2e-05, 'epoch': 1.37}"),
        QStringLiteral(
            "\u001b[32mINFO\u001b[0m:     10.42.1.7:51234 - \"POST /v1/chat/completions HTTP/1.1\" 200 OK"),
        QStringLiteral(
            "WARNING: torch.utils.checkpoint: the use_reentrant parameter should be passed explicitly"),
        QStringLiteral("torch.OutOfMemoryError: HIP out of memory. Tried to allocate 2.50 GiB")};
    static const LogLevel levels[] = {LogLevel::Info, LogLevel::Info, LogLevel::Info, LogLevel::Warning,
                                      LogLevel::Error};
    QList<LogEntry> entries;
    entries.reserve(count);
    const qint64 base = qint64(1772442000) * 1000000;
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype n = offset + i;
        LogEntry entry;
        entry.rawTimestamp = microsToIsoTimestamp(base + n * 5);
        entry.level = levels[n % 5];
        entry.message = messages[n % 5] + QString::number(n); // distinct text, as real lines are
        entries.append(std::move(entry));
    }
    return entries;
}

} // namespace

QList<Figure> runLogBenchmarks()
{
    QList<Figure> figures;

    // Ingest: lines arriving at 200,000 per second, handed over every 5 ms, into a model shown by a
    // following view; a 1 ms timer measures how late the GUI thread gets to it.
    {
        LogLineModel model;
        QTableView view;
        LogLineDelegate delegate;
        view.setItemDelegate(&delegate);
        const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont); // as the log tab
        view.setFont(fixed);
        view.setShowGrid(false);
        view.horizontalHeader()->hide();
        view.verticalHeader()->hide();
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(QFontMetrics(fixed).height() + 6);
        view.horizontalHeader()->setStretchLastSection(true);
        view.setModel(&model);
        view.resize(1000, 700);
        view.show();
        // The figure is for the burst: the window's first showing (fonts, style) is not part of it.
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &view,
                         [&view] { view.scrollToBottom(); });
        const qsizetype total = 1'000'000;
        const qsizetype offeredPerSecond = 200000; // handed over every 5 ms
        const QList<LogEntry> prepared = makeEntries(total, 0);
        qsizetype sent = 0;
        StallProbe probe;
        QElapsedTimer clock;
        QTimer producer;
        producer.setTimerType(Qt::PreciseTimer);
        producer.setInterval(5);
        QObject::connect(&producer, &QTimer::timeout, [&] {
            if (sent >= total) {
                producer.stop();
                return;
            }
            // Keep to 200,000 lines per second of wall time, whatever the timer's lateness.
            const qsizetype due = qsizetype(double(clock.nsecsElapsed()) / 1e9 * double(offeredPerSecond));
            const qsizetype count = std::min(std::max(due - sent, qsizetype(0)), total - sent);
            model.enqueue(prepared.mid(sent, count));
            sent += count;
        });
        clock.start();
        probe.start();
        producer.start();
        while (sent < total || model.pendingCount() > 0)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const double seconds = double(clock.elapsed()) / 1000.0;
        const qint64 worstStallMs = probe.worstMs();
        probe.stop();
        figures.append({QStringLiteral("log ingest, offered 200k lines/s"), double(total) / seconds,
                        QStringLiteral("lines/s"), QStringLiteral(">= 200000"),
                        double(total) / seconds >= 190000});
        figures.append({QStringLiteral("log ingest, worst GUI stall"), double(worstStallMs),
                        QStringLiteral("ms"), QStringLiteral("<= 16"), worstStallMs <= 16});

        // As fast as it goes: one big enqueue per frame.
        LogLineModel fast;
        QTableView fastView;
        fastView.setModel(&fast);
        QElapsedTimer fastClock;
        fastClock.start();
        for (qsizetype i = 0; i < total; i += 20000) {
            fast.enqueue(prepared.mid(i, 20000));
            fast.flush();
            fastView.scrollToBottom();
        }
        const double fastSeconds = double(fastClock.nsecsElapsed()) / 1e9;
        figures.append({QStringLiteral("log ingest, unthrottled"), double(total) / fastSeconds,
                        QStringLiteral("lines/s"), QString(), true});
    }

    // Memory: heap in use for 1,000,000 retained lines, less their text (as kept: a byte a character
    // for Latin-1 lines, two for others), with the model owning its strings as it does in the app.
    {
        const qint64 before = qint64(mallinfo2().uordblks);
        auto *model = new LogLineModel;
        qint64 textBytes = 0;
        for (qsizetype i = 0; i < 1'000'000; i += 50000) {
            const QList<LogEntry> entries = makeEntries(50000, 5'000'000 + i);
            for (const LogEntry &entry : entries)
                textBytes += entry.message.size() * (QtPrivate::isLatin1(QStringView(entry.message)) ? 1 : 2);
            model->enqueue(entries);
            model->flush();
        }
        const qint64 after = qint64(mallinfo2().uordblks);
        const double overhead = double(after - before - textBytes) / double(model->retainedCount());
        figures.append({QStringLiteral("log model, overhead per retained line"), overhead,
                        QStringLiteral("B"), QStringLiteral("<= 200"), overhead <= 200});

        // Search: plain text and a regular expression over 1,000,000 lines.
        QElapsedTimer searchClock;
        searchClock.start();
        const QList<int> plain = model->findMatches(QStringLiteral("out of memory"), Qt::CaseInsensitive);
        const double plainMs = double(searchClock.nsecsElapsed()) / 1e6;
        figures.append({QStringLiteral("log search, 1M lines, text"), plainMs, QStringLiteral("ms"),
                        QStringLiteral("<= 200"), plainMs <= 200 && plain.size() == 200000});
        searchClock.restart();
        const QList<int> regex = model->findMatches(QRegularExpression(QStringLiteral("loss': 0\\.4\\d+")));
        const double regexMs = double(searchClock.nsecsElapsed()) / 1e6;
        figures.append({QStringLiteral("log search, 1M lines, regex"), regexMs, QStringLiteral("ms"),
                        QStringLiteral("<= 200"), regexMs <= 200 && regex.size() == 200000});
        delete model;
    }
    return figures;
}

} // namespace Workdeck::Bench
