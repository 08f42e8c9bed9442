// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/backend.h"

#include <QRegularExpression>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QPlainTextEdit;
class QToolButton;

namespace Workdeck {

class LogLineDelegate;
class LogLineModel;
class LogSession;

// The Logs tab: a live, bounded, searchable log of one workload. The list is custom-painted with
// fixed-height rows (a one-column table: its view does no per-row layout, unlike QListView), fed by a
// ring-buffer model that takes at most one update per frame, so any rate of lines leaves the window
// responsive. Follows the end until the user scrolls up.
class LogViewWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LogViewWidget(Backend *backend, QWidget *parent = nullptr);
    ~LogViewWidget() override;

    void showWorkload(const Workload &workload);
    void clear();

    LogLineModel *model() const { return m_model; }
    LogSession *session() const { return m_session; }
    QTableView *view() const { return m_view; }
    bool isFollowing() const { return m_following; }
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    void setSearch(const QString &text, bool regex, bool caseSensitive);
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_currentMatch; }
    void nextMatch();
    void previousMatch();
    void jumpToEnd();
    QString statusText() const;
    bool writeTo(const QString &path, QString *error) const;
    QString selectedText() const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void append(const QList<LogEntry> &entries);
    void prependOlder(const QList<LogEntry> &entries);
    void handleScroll(int value);
    void updateSearch();
    void goToMatch(int index);
    void updateStatus();
    void updateInspector();
    void download();
    // Where logs come from Kubernetes pods: "All pods", each pod, its containers, its previous
    // container. Filled from the workload's pods (Backend::Capability::LogSources).
    void fillSources(const Workload &workload);
    void openSelectedSource();

    Backend *m_backend;
    LogSession *m_session;
    QComboBox *m_source;
    WorkloadRef m_workloadRef;
    LogLineModel *m_model;
    LogLineDelegate *m_delegate;
    QTableView *m_view;
    QComboBox *m_level;
    QLineEdit *m_search;
    QToolButton *m_regex;
    QToolButton *m_caseSensitive;
    QLabel *m_matchLabel;
    QToolButton *m_follow;
    QToolButton *m_pause;
    QToolButton *m_wrap;
    QToolButton *m_timestamps;
    QToolButton *m_jumpToEnd;
    QLabel *m_status;
    QPlainTextEdit *m_inspector;
    QTimer m_statusTimer;
    QTimer m_searchDebounce;
    QList<LogEntry> m_heldWhilePaused;
    QList<int> m_matches;
    QRegularExpression m_expression;
    int m_currentMatch = -1;
    bool m_following = true;
    bool m_paused = false;
    bool m_hasWorkload = false;
    QString m_lastError;
};

} // namespace Workdeck
