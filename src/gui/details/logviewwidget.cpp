// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logviewwidget.h"

#include "icons.h"
#include "loglinedelegate.h"
#include "loglinemodel.h"
#include "services/logsession.h"
#include "services/logtailservice.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Workdeck {

namespace {

QToolButton *toggleButton(QWidget *parent, const QString &text, const QString &tip, bool checked)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setCheckable(true);
    button->setChecked(checked);
    button->setAutoRaise(true);
    return button;
}

} // namespace

LogViewWidget::LogViewWidget(Backend *backend, QWidget *parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_session(new LogSession(backend, this))
    , m_source(new QComboBox(this))
    , m_model(new LogLineModel(this))
    , m_delegate(new LogLineDelegate(this))
    , m_view(new QTableView(this))
    , m_level(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_regex(toggleButton(this, QStringLiteral(".*"), tr("Regular expression"), false))
    , m_caseSensitive(toggleButton(this, QStringLiteral("Aa"), tr("Match case"), false))
    , m_matchLabel(new QLabel(this))
    , m_follow(toggleButton(this, tr("Follow"), tr("Keep the newest line in view"), true))
    , m_pause(toggleButton(this, tr("Pause"), tr("Stop adding new lines to the view for now"), false))
    , m_wrap(toggleButton(this, tr("Wrap"), tr("Wrap long lines (slower with very long logs)"), false))
    , m_timestamps(toggleButton(this, tr("Time"), tr("Show timestamps"), true))
    , m_jumpToEnd(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_inspector(new QPlainTextEdit(this))
{
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setFont(fixed);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(QFontMetrics(fixed).height() + 6);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setAccessibleName(tr("Log lines"));
    m_model->setCapacity(LogLineModel::defaultCapacity);

    const QList<std::pair<QString, LogLevel>> levels = {
        {tr("All levels"), LogLevel::Trace},      {tr("Debug and above"), LogLevel::Debug},
        {tr("Info and above"), LogLevel::Info},   {tr("Warning and above"), LogLevel::Warning},
        {tr("Error and above"), LogLevel::Error}, {tr("Critical"), LogLevel::Critical}};
    for (const auto &[label, level] : levels)
        m_level->addItem(label, int(level));
    m_level->setAccessibleName(tr("Minimum level"));
    m_level->setToolTip(tr("Show lines at this level or above"));

    m_source->setObjectName(QStringLiteral("logSource"));
    m_source->setAccessibleName(tr("Log source"));
    m_source->setToolTip(tr("Which pod and container the log comes from"));
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(18); // pod names are long: the list shows them in full
    m_source->setVisible(backend->has(Backend::Capability::LogSources));
    connect(m_source, &QComboBox::activated, this, [this] { openSelectedSource(); });

    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themeIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Search the log"));
    auto *previous = new QToolButton(this);
    previous->setIcon(themeIcon(QStringLiteral("previous")));
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    previous->setAutoRaise(true);
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setIcon(themeIcon(QStringLiteral("next")));
    next->setToolTip(tr("Next match (Enter)"));
    next->setAutoRaise(true);
    next->setAccessibleName(tr("Next match"));
    m_matchLabel->setMinimumWidth(
        m_matchLabel->fontMetrics().horizontalAdvance(QStringLiteral("00000 of 00000")));

    auto *download = new QToolButton(this);
    download->setIcon(themeIcon(QStringLiteral("export")));
    download->setToolTip(tr("Save the log to a file"));
    download->setAutoRaise(true);
    download->setAccessibleName(tr("Save the log to a file"));
    auto *copy = new QToolButton(this);
    copy->setIcon(themeIcon(QStringLiteral("copy")));
    copy->setToolTip(tr("Copy the selected lines (Ctrl+C)"));
    copy->setAutoRaise(true);
    copy->setAccessibleName(tr("Copy the selected lines"));
    m_jumpToEnd->setText(tr("Jump to end"));
    m_jumpToEnd->setIcon(themeIcon(QStringLiteral("next")));
    m_jumpToEnd->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_jumpToEnd->setVisible(false);

    // Two rows, so the dock can stay narrow: finding things, then how the lines are shown.
    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(4, 4, 4, 0);
    toolbar->addWidget(m_source);
    toolbar->addWidget(m_level);
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(m_regex);
    toolbar->addWidget(m_caseSensitive);
    toolbar->addWidget(previous);
    toolbar->addWidget(next);
    auto *options = new QHBoxLayout;
    options->setContentsMargins(4, 0, 4, 0);
    options->addWidget(m_matchLabel);
    options->addStretch();
    options->addWidget(m_follow);
    options->addWidget(m_pause);
    options->addWidget(m_wrap);
    options->addWidget(m_timestamps);
    options->addWidget(copy);
    options->addWidget(download);

    m_inspector->setReadOnly(true);
    m_inspector->setFont(fixed);
    m_inspector->setPlaceholderText(tr("Select a line to see it in full; JSON lines are shown formatted."));
    m_inspector->setAccessibleName(tr("Selected line"));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_inspector);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({400, 80});

    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(6, 0, 6, 4);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_jumpToEnd);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(toolbar);
    layout->addLayout(options);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_session, &LogSession::newEntries, this, &LogViewWidget::append);
    connect(m_session, &LogSession::olderLoaded, this, &LogViewWidget::prependOlder);
    connect(m_session, &LogSession::failed, this, [this](const ApiError &error) {
        m_lastError = error.toString();
        updateStatus();
    });
    connect(m_session->tail(), &LogTailService::stateChanged, this, &LogViewWidget::updateStatus);
    m_statusTimer.setParent(this); // children, so a test can see that nothing ticks while hidden
    m_searchDebounce.setParent(this);
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &LogViewWidget::updateStatus);

    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                const int count = last - first + 1;
                if (first == 0 && m_model->rowCount() > count) { // older lines in front: shift the matches
                    for (int &row : m_matches)
                        row += count;
                }
                if (!m_expression.pattern().isEmpty()) {
                    QList<int> found;
                    for (int row = first; row <= last; ++row) {
                        if (m_expression.match(m_model->plainText(row)).hasMatch())
                            found << row;
                    }
                    if (first == 0)
                        m_matches = found + m_matches;
                    else
                        m_matches += found;
                    m_matchLabel->setText(
                        m_matches.isEmpty()
                            ? tr("No matches")
                            : tr("%1 of %2").arg(qMax(0, m_currentMatch) + 1).arg(m_matches.size()));
                }
                if (m_following && first > 0)
                    m_view->scrollToBottom();
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) {
                const int count = last - first + 1;
                QList<int> kept;
                for (int row : std::as_const(m_matches)) {
                    if (row > last)
                        kept << row - count;
                }
                m_currentMatch = qMax(-1, m_currentMatch - int(m_matches.size() - kept.size()));
                m_matches = kept;
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogViewWidget::updateSearch);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, &LogViewWidget::handleScroll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LogViewWidget::updateInspector);

    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setMinimumLevel(LogLevel(m_level->currentData().toInt())); });
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(200);
    connect(&m_searchDebounce, &QTimer::timeout, this, &LogViewWidget::updateSearch);
    connect(m_search, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_regex, &QToolButton::toggled, this, &LogViewWidget::updateSearch);
    connect(m_caseSensitive, &QToolButton::toggled, this, &LogViewWidget::updateSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_searchDebounce.isActive())
            updateSearch();
        if (QApplication::keyboardModifiers().testFlag(Qt::ShiftModifier))
            previousMatch();
        else
            nextMatch();
    });
    connect(next, &QToolButton::clicked, this, &LogViewWidget::nextMatch);
    connect(previous, &QToolButton::clicked, this, &LogViewWidget::previousMatch);
    auto *findNext = new QShortcut(QKeySequence::FindNext, this);
    connect(findNext, &QShortcut::activated, this, &LogViewWidget::nextMatch);
    auto *findPrevious = new QShortcut(QKeySequence::FindPrevious, this);
    connect(findPrevious, &QShortcut::activated, this, &LogViewWidget::previousMatch);

    connect(m_follow, &QToolButton::toggled, this, [this](bool on) {
        m_following = on;
        if (on)
            jumpToEnd();
        updateStatus();
    });
    connect(m_pause, &QToolButton::toggled, this, &LogViewWidget::setPaused);
    connect(m_wrap, &QToolButton::toggled, this, [this](bool on) {
        m_delegate->setWrap(on);
        m_view->setWordWrap(on);
        m_view->verticalHeader()->setSectionResizeMode(on ? QHeaderView::ResizeToContents
                                                          : QHeaderView::Fixed);
        m_view->viewport()->update();
    });
    connect(m_timestamps, &QToolButton::toggled, this, [this](bool on) {
        m_delegate->setShowTimestamps(on);
        m_view->viewport()->update();
    });
    connect(m_jumpToEnd, &QToolButton::clicked, this, &LogViewWidget::jumpToEnd);
    connect(copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(selectedText()); });
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, this,
            [this] { QApplication::clipboard()->setText(selectedText()); });
    connect(download, &QToolButton::clicked, this, &LogViewWidget::download);
    updateStatus();
}

LogViewWidget::~LogViewWidget() = default;

void LogViewWidget::showWorkload(const Workload &workload)
{
    clear();
    m_hasWorkload = true;
    m_workloadRef = WorkloadRef::of(workload);
    if (!m_backend->has(Backend::Capability::Logs)) {
        // Say why instead of an empty view (Run:ai without a Kubernetes API).
        const QString reason = m_backend->logsUnavailableReason();
        m_lastError = reason.isEmpty() ? tr("This server does not offer logs.") : reason;
        updateStatus();
        return;
    }
    if (m_backend->has(Backend::Capability::LogSources)) {
        m_source->clear(); // a new workload starts with all its pods
        fillSources(workload);
        if (workload.components.isEmpty()) {
            // The list row has no pods: ask for the details, then offer them.
            const QString id = workload.id;
            m_backend->getWorkload(m_workloadRef, this, [this, id](Result<Workload> details) {
                if (details && m_hasWorkload && m_workloadRef.workloadId == id)
                    fillSources(details.value());
            });
        }
    }
    m_session->setSource({}, {}, false);
    m_session->open(m_workloadRef);
    m_statusTimer.start();
    updateStatus();
}

void LogViewWidget::fillSources(const Workload &workload)
{
    struct Source
    {
        QString label;
        QString pod;
        QString container;
        bool previous = false;
    };
    QList<Source> sources;
    sources.append({tr("All pods"), {}, {}, false});
    for (const WorkloadComponent &pod : workload.components) {
        if (pod.kind != u"Pod")
            continue;
        sources.append({pod.name, pod.name, {}, false});
        if (pod.containers.size() > 1) {
            for (const QString &container : pod.containers)
                sources.append(
                    {QStringLiteral("%1 / %2").arg(pod.name, container), pod.name, container, false});
        }
        sources.append({tr("%1 (previous container)").arg(pod.name), pod.name, {}, true});
    }
    // Keep the choice when the same source is still there.
    const QVariantList current = m_source->currentData().toList();
    QSignalBlocker blocker(m_source);
    m_source->clear();
    int keep = 0;
    for (const Source &source : std::as_const(sources)) {
        const QVariantList data{source.pod, source.container, source.previous};
        if (data == current)
            keep = m_source->count();
        m_source->addItem(source.label, data);
    }
    m_source->setCurrentIndex(keep);
}

void LogViewWidget::openSelectedSource()
{
    if (!m_hasWorkload)
        return;
    const QVariantList data = m_source->currentData().toList();
    if (data.size() != 3)
        return;
    m_session->close();
    m_heldWhilePaused.clear();
    m_model->clear();
    m_lastError.clear();
    m_following = true;
    m_follow->setChecked(true);
    m_inspector->clear();
    m_session->setSource(data.at(0).toString(), data.at(1).toString(), data.at(2).toBool());
    m_session->open(m_workloadRef);
    m_statusTimer.start();
    updateStatus();
}

void LogViewWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_hasWorkload) {
        updateStatus();
        m_statusTimer.start();
    }
}

void LogViewWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_statusTimer.stop(); // another tab, or the window in the tray: the status line is not seen
}

void LogViewWidget::clear()
{
    m_session->close();
    m_statusTimer.stop();
    m_heldWhilePaused.clear();
    m_model->clear();
    m_lastError.clear();
    m_hasWorkload = false;
    m_following = true;
    m_follow->setChecked(true);
    m_inspector->clear();
    updateStatus();
}

void LogViewWidget::append(const QList<LogEntry> &entries)
{
    if (m_paused) {
        m_heldWhilePaused += entries;
        const qsizetype excess = m_heldWhilePaused.size() - m_model->capacity();
        if (excess > 0)
            m_heldWhilePaused.remove(0, excess);
        return;
    }
    m_model->enqueue(entries);
}

void LogViewWidget::prependOlder(const QList<LogEntry> &entries)
{
    // Keep the lines the user is looking at in place while older ones appear above.
    QScrollBar *bar = m_view->verticalScrollBar();
    const int before = bar->maximum();
    const int value = bar->value();
    m_model->prependOlder(entries);
    m_view->doItemsLayout();
    bar->setValue(value + (bar->maximum() - before));
    updateStatus();
}

void LogViewWidget::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    m_pause->setChecked(paused);
    if (paused)
        m_model->flush(); // what arrived before the click still shows; nothing after it
    if (!paused && !m_heldWhilePaused.isEmpty())
        m_model->enqueue(std::exchange(m_heldWhilePaused, {}));
    updateStatus();
}

void LogViewWidget::handleScroll(int value)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = value >= bar->maximum() - 2;
    if (m_following != atEnd && m_model->rowCount() > 0) {
        // Scrolling up pauses following; scrolling back down to the end resumes it.
        m_following = atEnd;
        const QSignalBlocker blocker(m_follow);
        m_follow->setChecked(atEnd);
    }
    m_jumpToEnd->setVisible(!m_following);
    if (value == bar->minimum() && bar->maximum() > 0 && m_session->hasOlder())
        m_session->loadOlder();
}

void LogViewWidget::jumpToEnd()
{
    m_following = true;
    m_view->scrollToBottom();
    m_jumpToEnd->setVisible(false);
    const QSignalBlocker blocker(m_follow);
    m_follow->setChecked(true);
}

void LogViewWidget::setSearch(const QString &text, bool regex, bool caseSensitive)
{
    m_regex->setChecked(regex);
    m_caseSensitive->setChecked(caseSensitive);
    m_search->setText(text);
    updateSearch();
}

void LogViewWidget::updateSearch()
{
    m_searchDebounce.stop();
    const QString text = m_search->text();
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (!m_caseSensitive->isChecked())
        options |= QRegularExpression::CaseInsensitiveOption;
    m_expression =
        QRegularExpression(m_regex->isChecked() ? text : QRegularExpression::escape(text), options);
    m_currentMatch = -1;
    m_matches.clear();
    if (text.isEmpty()) {
        m_expression = {};
        m_matchLabel->clear();
    } else if (!m_expression.isValid()) {
        m_matchLabel->setText(tr("Invalid expression"));
        m_matchLabel->setToolTip(m_expression.errorString());
        m_expression = {};
    } else {
        m_matches = m_regex->isChecked()
                        ? m_model->findMatches(m_expression)
                        : m_model->findMatches(text, m_caseSensitive->isChecked() ? Qt::CaseSensitive
                                                                                  : Qt::CaseInsensitive);
        m_matchLabel->setText(m_matches.isEmpty() ? tr("No matches")
                                                  : tr("%n match(es)", nullptr, int(m_matches.size())));
        m_matchLabel->setToolTip({});
    }
    m_delegate->setSearch(m_expression);
    m_view->viewport()->update();
}

void LogViewWidget::nextMatch()
{
    if (m_matches.isEmpty())
        return;
    // From the current line onwards, wrapping around.
    const int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    auto it = std::upper_bound(m_matches.begin(), m_matches.end(), from);
    goToMatch(it == m_matches.end() ? 0 : int(it - m_matches.begin()));
}

void LogViewWidget::previousMatch()
{
    if (m_matches.isEmpty())
        return;
    const int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : m_model->rowCount();
    auto it = std::lower_bound(m_matches.begin(), m_matches.end(), from);
    goToMatch(it == m_matches.begin() ? int(m_matches.size()) - 1 : int(it - m_matches.begin()) - 1);
}

void LogViewWidget::goToMatch(int index)
{
    m_currentMatch = index;
    const QModelIndex row = m_model->index(m_matches.at(index));
    m_following = false;
    {
        const QSignalBlocker blocker(m_follow);
        m_follow->setChecked(false);
    }
    m_view->setCurrentIndex(row);
    m_view->scrollTo(row, QAbstractItemView::PositionAtCenter);
    m_jumpToEnd->setVisible(true);
    m_matchLabel->setText(tr("%1 of %2").arg(index + 1).arg(m_matches.size()));
}

void LogViewWidget::updateInspector()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_inspector->clear();
        return;
    }
    const QString text = m_model->plainText(current.row());
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('{')) || trimmed.startsWith(QLatin1Char('['))) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError) {
            m_inspector->setPlainText(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
            return;
        }
    }
    m_inspector->setPlainText(m_model->lineText(current.row()));
}

QString LogViewWidget::statusText() const
{
    return m_status->text();
}

void LogViewWidget::updateStatus()
{
    if (!m_hasWorkload) {
        m_status->setText(tr("Select a workload to see its log."));
        return;
    }
    QStringList parts;
    parts << m_session->tail()->stateText();
    parts << tr("%n line(s)", nullptr, int(m_model->retainedCount()));
    if (m_model->evictedCount() > 0)
        parts << tr("%1 oldest dropped (limit %2)")
                     .arg(QLocale().toString(m_model->evictedCount()),
                          QLocale().toString(m_model->capacity()));
    if (m_paused)
        parts << tr("paused, %n new line(s) held", nullptr, int(m_heldWhilePaused.size()));
    if (m_session->isLoadingOlder())
        parts << tr("loading older lines\u2026");
    if (!m_lastError.isEmpty())
        parts << m_lastError;
    m_status->setText(parts.join(QStringLiteral(" \u00b7 ")));
}

QString LogViewWidget::selectedText() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const QModelIndex &index : rows)
        lines << m_model->lineText(index.row(), m_delegate->showTimestamps());
    return lines.join(QLatin1Char('\n'));
}

bool LogViewWidget::writeTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        file.write(m_model->lineText(row).toUtf8());
        file.write("\n");
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void LogViewWidget::download()
{
    auto *dialog = new QFileDialog(this, tr("Save Log"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("log"));
    dialog->selectFile(m_session->workload().workloadId + QStringLiteral(".log"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (!writeTo(path, &error)) {
            m_lastError = tr("Could not save %1: %2").arg(path, error);
            updateStatus();
        }
    });
    dialog->open();
}

} // namespace Workdeck
