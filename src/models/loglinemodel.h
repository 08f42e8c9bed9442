// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/logentry.h"

#include <QAbstractListModel>
#include <QRegularExpression>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <functional>

namespace Workdeck {

// One retained log line, kept small: a line costs about 40 bytes plus its text. The text is kept
// as Latin-1 bytes when every character fits (most log lines: half the memory of UTF-16), else as
// its UTF-16 code units, which a search reads in place.
struct LogLine
{
    qint64 micros = 0;  // since the epoch, UTC; 0 when the server sent no readable time
    QByteArray text;    // the message as received, ANSI sequences included; see `wide`
    quint16 source = 0; // index into LogLineModel::sources(); 0 = none
    LogLevel level = LogLevel::Unknown;
    bool hasEscapes = false;
    bool wide = false; // text holds UTF-16 code units, not Latin-1

    QString message() const;
    // The message as UTF-16: in place when wide, else widened into `buffer` (its capacity reused).
    QStringView view(QString &buffer) const;
};

// The lines of a log as a bounded ring buffer (default 1,000,000 lines; the oldest go first).
// Appends are queued and reach views at most once per frame as one insertion, so any arrival
// rate leaves the GUI responsive. A minimum level hides lower lines without dropping them.
// Older pages can be put in front while there is room.
class LogLineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        LevelRole = Qt::UserRole + 100, // int(LogLevel)
        MicrosRole,                     // qint64
        MessageRole,                    // raw text, with escapes
        PlainTextRole,                  // without escapes
        SourceRole,
    };

    static constexpr qsizetype defaultCapacity = 1'000'000;
    static constexpr int flushIntervalMs = 16;

    explicit LogLineModel(QObject *parent = nullptr);

    void setCapacity(qsizetype lines);
    qsizetype capacity() const { return m_capacity; }

    // Queues entries (oldest first); they are applied within one frame. flush() applies them now.
    // Queued entries are prepared a few milliseconds at a time, so that a burst of lines leaves room
    // for input and painting between the steps; views see each frame's lines as one insertion.
    void enqueue(const QList<LogEntry> &entries);
    void flush();
    qsizetype pendingCount() const { return qsizetype(m_pending.size() + m_prepared.size()); }
    // Older entries (oldest first) go in front, as far as the capacity allows. Returns how many were kept.
    qsizetype prependOlder(const QList<LogEntry> &entries);
    void clear();

    void setMinimumLevel(LogLevel level);
    LogLevel minimumLevel() const { return m_minimumLevel; }

    qsizetype retainedCount() const { return qsizetype(m_lines.size()); }
    qsizetype evictedCount() const { return m_evicted; }
    const LogLine &lineAt(int row) const { return m_lines[size_t(lineIndex(row))]; }
    QString sourceName(quint16 index) const { return m_sources.value(index); }
    QString plainText(int row) const;
    // "2026-03-02T09:20:11.402113Z  ERROR  message" (or the message alone), for copy and download.
    QString lineText(int row, bool withTimestamp = true) const;

    // Visible rows whose plain text contains the needle (or matches the expression), in order.
    QList<int> findMatches(const QString &needle, Qt::CaseSensitivity sensitivity) const;
    QList<int> findMatches(const QRegularExpression &expression) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Lines were dropped from the front because the buffer is full.
    void linesEvicted(qsizetype count);

private:
    // makeMatcher() gives each scanning thread its own callable bool(QStringView).
    template<typename MakeMatcher> QList<int> scanRows(const MakeMatcher &makeMatcher) const;
    qint64 lineIndex(int row) const;
    bool isVisible(const LogLine &line) const;
    LogLine makeLine(const LogEntry &entry);
    // Prepares queued entries, all of them or until the time is up (then true: more are left).
    bool prepare(qint64 budgetNs);
    void flushStep();
    void insertPrepared();
    void evictFront(qsizetype count);

    std::deque<LogLine> m_lines;
    // Absolute sequence numbers of visible lines, only while a level filter is on.
    std::deque<qint64> m_visible;
    qint64 m_firstSequence = 0; // sequence number of m_lines.front()
    qsizetype m_capacity = defaultCapacity;
    qsizetype m_evicted = 0;
    LogLevel m_minimumLevel = LogLevel::Trace;
    QStringList m_sources{QString()};
    QList<LogEntry> m_pending;
    std::vector<LogLine> m_prepared; // the oldest queued lines, ready to insert
    QTimer m_flushTimer;
};

} // namespace Workdeck
