// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backends/backend.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Workdeck {

class LogLineModel;
class LogSession;

// The Events tab: the workload's Kubernetes events, newest first, filterable by text and by kind
// (all, or warnings and errors only).
class EventsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EventsWidget(Backend *backend, QWidget *parent = nullptr);

    void showWorkload(const Workload &workload);
    void clear();
    QSortFilterProxyModel *shownEvents() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }

private:
    void updateStatus();

    LogSession *m_session;
    LogLineModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QTreeView *m_view;
    QLabel *m_status;
    QString m_error;
    bool m_available;
};

} // namespace Workdeck
