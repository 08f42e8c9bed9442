// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workloadfilter.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QStringListModel;
class QToolButton;

namespace Workdeck {

// The filter bar above the workloads table: name (debounced), type and status (multi-select),
// created by, the Active/Deleted view switch, a line saying which filters are on, and Clear.
// It edits a WorkloadFilter value and emits it; it knows nothing of models.
class WorkloadFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit WorkloadFilterBar(QWidget *parent = nullptr);

    void setChoices(const QList<WorkloadType> &types, const QList<WorkloadStatus> &statuses);
    void setKnownCreators(const QStringList &creators);
    void setFilter(const WorkloadFilter &filter);
    const WorkloadFilter &filter() const { return m_filter; }
    void focusNameFilter();

Q_SIGNALS:
    void filterChanged(const Workdeck::WorkloadFilter &filter);

private:
    void rebuildMenus();
    void updateFromWidgets();
    void updateSummary();
    void emitIfChanged();

    WorkloadFilter m_filter;
    WorkloadFilter m_emitted;
    QList<WorkloadType> m_types;
    QList<WorkloadStatus> m_statuses;
    QLineEdit *m_name;
    QToolButton *m_typeButton;
    QToolButton *m_statusButton;
    QMenu *m_typeMenu;
    QMenu *m_statusMenu;
    QLineEdit *m_createdBy;
    QStringListModel *m_creators;
    QToolButton *m_activeView;
    QToolButton *m_deletedView;
    QLabel *m_summary;
    QToolButton *m_clear;
    QTimer m_debounce;
};

} // namespace Workdeck
