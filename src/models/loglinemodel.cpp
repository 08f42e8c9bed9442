// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loglinemodel.h"

#include "heaptuning.h"
#include "text/ansiparser.h"
#include "text/regexmatcher.h"
#include "text/textmatcher.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentMap>
#include <QThread>

#include <memory>

namespace Workdeck {

LogLineModel::LogLineModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs);
    m_flushTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_flushTimer, &QTimer::timeout, this, &LogLineModel::flushStep);
}

void LogLineModel::setCapacity(qsizetype lines)
{
    m_capacity = qMax<qsizetype>(1, lines);
    if (qsizetype(m_lines.size()) > m_capacity)
        evictFront(qsizetype(m_lines.size()) - m_capacity);
}

bool LogLineModel::isVisible(const LogLine &line) const
{
    return logLevelSeverity(line.level) >= logLevelSeverity(m_minimumLevel);
}

namespace {

QString replaceLoneSurrogates(const QString &text)
{
    QString result = text;
    QChar *chars = result.data();
    const qsizetype size = result.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (chars[i].isHighSurrogate() && i + 1 < size && chars[i + 1].isLowSurrogate())
            ++i;
        else if (chars[i].isSurrogate())
            chars[i] = QChar::ReplacementCharacter;
    }
    return result;
}

} // namespace

QString LogLine::message() const
{
    return wide ? QString(reinterpret_cast<const QChar *>(text.constData()), text.size() / 2)
                : QString::fromLatin1(text);
}

QStringView LogLine::view(QString &buffer) const
{
    if (wide)
        return QStringView(reinterpret_cast<const char16_t *>(text.constData()), text.size() / 2);
    buffer = QLatin1StringView(text); // reuses the buffer's capacity
    return buffer;
}

LogLine LogLineModel::makeLine(const LogEntry &entry)
{
    LogLine line;
    line.micros = isoTimestampToMicros(entry.rawTimestamp);
    if (line.micros == 0 && entry.timestamp.isValid())
        line.micros = entry.timestamp.toMSecsSinceEpoch() * 1000;
    if (QtPrivate::isLatin1(QStringView(entry.message))) {
        line.text = entry.message.toLatin1();
    } else {
        // A JSON "\ud800" decodes to a lone surrogate. Kept lines are valid UTF-16 (U+FFFD in its
        // place), so the regular expression search can skip PCRE2's per-line UTF check.
        const QString message =
            entry.message.isValidUtf16() ? entry.message : replaceLoneSurrogates(entry.message);
        line.text = QByteArray(reinterpret_cast<const char *>(message.utf16()), message.size() * 2);
        line.wide = true;
    }
    line.level = entry.level;
    line.hasEscapes = Ansi::mayContainEscapes(entry.message);
    if (!entry.source.isEmpty()) {
        qsizetype index = m_sources.indexOf(entry.source);
        if (index < 0 && m_sources.size() < 0xffff) {
            m_sources.append(entry.source);
            index = m_sources.size() - 1;
        }
        line.source = quint16(qMax<qsizetype>(0, index));
    }
    return line;
}

void LogLineModel::enqueue(const QList<LogEntry> &entries)
{
    if (entries.isEmpty())
        return;
    m_pending.append(entries);
    // More than a whole buffer in one frame: only the newest can survive anyway.
    qsizetype excess = pendingCount() - m_capacity;
    if (excess > 0) {
        const qsizetype fromPrepared = qMin(excess, qsizetype(m_prepared.size()));
        m_prepared.erase(m_prepared.begin(), m_prepared.begin() + fromPrepared);
        excess -= fromPrepared;
        m_pending.remove(0, excess);
    }
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

bool LogLineModel::prepare(qint64 budgetNs)
{
    QElapsedTimer clock;
    clock.start();
    const qsizetype total = m_pending.size();
    m_prepared.reserve(m_prepared.size() + size_t(total));
    qsizetype done = 0;
    while (done < total) {
        m_prepared.push_back(makeLine(m_pending.at(done)));
        ++done;
        if (budgetNs > 0 && done % 64 == 0 && clock.nsecsElapsed() > budgetNs)
            break;
    }
    m_pending.remove(0, done);
    return !m_pending.isEmpty();
}

void LogLineModel::flush()
{
    m_flushTimer.stop();
    m_flushTimer.setInterval(flushIntervalMs);
    prepare(0);
    insertPrepared();
}

void LogLineModel::flushStep()
{
    // A frame's worth of lines at 200,000 a second takes several milliseconds to prepare: in steps
    // of at most this long, each in its own turn of the event loop, then inserted at once.
    constexpr qint64 stepBudgetNs = 2'000'000;
    if (prepare(stepBudgetNs)) {
        m_flushTimer.start(0);
        return;
    }
    m_flushTimer.setInterval(flushIntervalMs);
    insertPrepared();
}

void LogLineModel::insertPrepared()
{
    if (m_prepared.empty())
        return;
    std::vector<LogLine> lines = std::exchange(m_prepared, {});
    const qsizetype incoming = qsizetype(lines.size());
    const qsizetype overflow = qsizetype(m_lines.size()) + incoming - m_capacity;
    if (overflow > 0)
        evictFront(qMin(overflow, qsizetype(m_lines.size())));
    const qsizetype skip = qMax<qsizetype>(0, incoming - m_capacity);
    if (skip > 0) {
        lines.erase(lines.begin(), lines.begin() + skip);
        m_evicted += skip;
    }
    qsizetype visibleCount = 0;
    for (const LogLine &line : lines) {
        if (isVisible(line))
            ++visibleCount;
    }

    const int first = rowCount();
    if (visibleCount > 0)
        beginInsertRows({}, first, first + int(visibleCount) - 1);
    qint64 sequence = m_firstSequence + qint64(m_lines.size());
    const bool filtered = m_minimumLevel != LogLevel::Trace;
    for (LogLine &line : lines) {
        if (filtered && isVisible(line))
            m_visible.push_back(sequence);
        m_lines.push_back(std::move(line));
        ++sequence;
    }
    if (visibleCount > 0)
        endInsertRows();
}

qsizetype LogLineModel::prependOlder(const QList<LogEntry> &entries)
{
    const qsizetype room = m_capacity - qsizetype(m_lines.size());
    const qsizetype keep = qMin(room, entries.size());
    if (keep <= 0)
        return 0;
    // The newest of the older entries are the ones next to what is shown.
    std::vector<LogLine> lines;
    lines.reserve(size_t(keep));
    qsizetype visibleCount = 0;
    for (qsizetype i = entries.size() - keep; i < entries.size(); ++i) {
        lines.push_back(makeLine(entries.at(i)));
        if (isVisible(lines.back()))
            ++visibleCount;
    }
    if (visibleCount > 0)
        beginInsertRows({}, 0, int(visibleCount) - 1);
    const bool filtered = m_minimumLevel != LogLevel::Trace;
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
        --m_firstSequence;
        if (filtered && isVisible(*it))
            m_visible.push_front(m_firstSequence);
        m_lines.push_front(std::move(*it));
    }
    if (visibleCount > 0)
        endInsertRows();
    trimHeapSoon(); // a page of older lines came with its transient JSON
    return keep;
}

void LogLineModel::evictFront(qsizetype count)
{
    if (count <= 0)
        return;
    const qint64 newFirst = m_firstSequence + count;
    int visibleRemoved = int(count);
    if (m_minimumLevel != LogLevel::Trace) {
        visibleRemoved = 0;
        for (qint64 sequence : m_visible) {
            if (sequence >= newFirst)
                break;
            ++visibleRemoved;
        }
    }
    if (visibleRemoved > 0)
        beginRemoveRows({}, 0, visibleRemoved - 1);
    m_lines.erase(m_lines.begin(), m_lines.begin() + count);
    m_firstSequence = newFirst;
    if (m_minimumLevel != LogLevel::Trace)
        m_visible.erase(m_visible.begin(), m_visible.begin() + visibleRemoved);
    if (visibleRemoved > 0)
        endRemoveRows();
    m_evicted += count;
    Q_EMIT linesEvicted(count);
}

void LogLineModel::clear()
{
    m_pending.clear();
    m_prepared.clear();
    m_flushTimer.stop();
    m_flushTimer.setInterval(flushIntervalMs);
    beginResetModel();
    m_lines.clear();
    m_visible.clear();
    m_firstSequence = 0;
    m_evicted = 0;
    endResetModel();
}

void LogLineModel::setMinimumLevel(LogLevel level)
{
    if (level == m_minimumLevel)
        return;
    beginResetModel();
    m_minimumLevel = level;
    m_visible.clear();
    if (level != LogLevel::Trace) {
        qint64 sequence = m_firstSequence;
        for (const LogLine &line : m_lines) {
            if (isVisible(line))
                m_visible.push_back(sequence);
            ++sequence;
        }
    }
    endResetModel();
}

qint64 LogLineModel::lineIndex(int row) const
{
    if (m_minimumLevel == LogLevel::Trace)
        return row;
    return m_visible[size_t(row)] - m_firstSequence;
}

int LogLineModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_minimumLevel == LogLevel::Trace ? m_lines.size() : m_visible.size());
}

QString LogLineModel::plainText(int row) const
{
    const LogLine &line = lineAt(row);
    return line.hasEscapes ? Ansi::strip(line.message()) : line.message();
}

QString LogLineModel::lineText(int row, bool withTimestamp) const
{
    if (!withTimestamp)
        return plainText(row);
    const LogLine &line = lineAt(row);
    return formatLogLine(line.micros ? microsToIsoTimestamp(line.micros) : QString(), line.level,
                         m_sources.value(line.source), plainText(row));
}

template<typename MakeMatcher> QList<int> LogLineModel::scanRows(const MakeMatcher &makeMatcher) const
{
    // Lines are only read here, so the work can be shared among threads: one slice each, the
    // slices' results concatenated in order. Lines with escapes are matched as shown (stripped),
    // through one reused buffer per slice; Latin-1 lines are widened into another.
    const int count = rowCount();
    const int slices = count < 20000 ? 1 : qMax(1, QThread::idealThreadCount());
    QList<std::pair<int, int>> ranges;
    for (int i = 0; i < slices; ++i)
        ranges.append({int(qint64(count) * i / slices), int(qint64(count) * (i + 1) / slices)});
    const auto scan = [this, &makeMatcher](const std::pair<int, int> &range) {
        auto matches = makeMatcher();
        QString widened;
        QString plain;
        QList<int> rows;
        for (int row = range.first; row < range.second; ++row) {
            const LogLine &line = lineAt(row);
            QStringView text = line.view(widened);
            if (line.hasEscapes) {
                Ansi::stripInto(text, plain);
                text = plain;
            }
            if (matches(text))
                rows.append(row);
        }
        return rows;
    };
    if (slices == 1)
        return scan(ranges.first());
    const QList<QList<int>> parts = QtConcurrent::blockingMapped(ranges, scan);
    QList<int> rows;
    for (const QList<int> &part : parts)
        rows += part;
    return rows;
}

QList<int> LogLineModel::findMatches(const QString &needle, Qt::CaseSensitivity sensitivity) const
{
    if (needle.isEmpty())
        return {};
    const TextMatcher matcher(needle, sensitivity);
    return scanRows([&matcher] { return [&matcher](QStringView text) { return matcher.isIn(text); }; });
}

QList<int> LogLineModel::findMatches(const QRegularExpression &expression) const
{
    if (!expression.isValid() || expression.pattern().isEmpty())
        return {};
    // PCRE2 with JIT directly: lines are valid UTF-16 (makeLine() replaces lone surrogates).
    const RegexMatcher matcher(expression);
    if (!matcher.isValid())
        return {};
    return scanRows([&matcher] {
        return [&matcher, scratch = std::make_shared<RegexMatcher::Scratch>(matcher)](QStringView text) {
            return matcher.matches(text, *scratch);
        };
    });
}

QVariant LogLineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() ||
        index.row() >= rowCount()) // views do ask with invalid indexes
        return {};
    const LogLine &line = lineAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PlainTextRole:
        return line.hasEscapes ? Ansi::strip(line.message()) : line.message();
    case MessageRole:
        return line.message();
    case LevelRole:
        return int(line.level);
    case MicrosRole:
        return line.micros;
    case SourceRole:
        return m_sources.value(line.source);
    case Qt::ToolTipRole:
        return line.micros ? microsToIsoTimestamp(line.micros) : QVariant();
    default:
        return {};
    }
}

} // namespace Workdeck
