// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloadfilterbar.h"

#include "icons.h"

#include <QAction>
#include <QButtonGroup>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Workdeck {

namespace {
constexpr int debounceMs = 250;
} // namespace

WorkloadFilterBar::WorkloadFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_typeButton(new QToolButton(this))
    , m_statusButton(new QToolButton(this))
    , m_typeMenu(new QMenu(this))
    , m_statusMenu(new QMenu(this))
    , m_createdBy(new QLineEdit(this))
    , m_creators(new QStringListModel(this))
    , m_activeView(new QToolButton(this))
    , m_deletedView(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_clear(new QToolButton(this))
{
    m_name->setPlaceholderText(tr("Filter by name (Ctrl+F)"));
    m_name->setClearButtonEnabled(true);
    m_name->addAction(themeIcon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_name->setAccessibleName(tr("Name filter"));
    m_name->setMinimumWidth(180);

    for (QToolButton *button : {m_typeButton, m_statusButton}) {
        button->setPopupMode(QToolButton::InstantPopup);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    }
    m_typeButton->setMenu(m_typeMenu);
    m_typeButton->setAccessibleName(tr("Type filter"));
    m_statusButton->setMenu(m_statusMenu);
    m_statusButton->setAccessibleName(tr("Status filter"));

    m_createdBy->setPlaceholderText(tr("Created by"));
    m_createdBy->setClearButtonEnabled(true);
    m_createdBy->setAccessibleName(tr("Created-by filter"));
    auto *completer = new QCompleter(m_creators, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_createdBy->setCompleter(completer);
    m_createdBy->setMinimumWidth(150);
    m_createdBy->setMaximumWidth(220);

    // The Deleted view is one click away, as in the web UIs.
    auto *views = new QButtonGroup(this);
    m_activeView->setText(tr("Active"));
    m_activeView->setToolTip(tr("Every workload except the deleted ones"));
    m_deletedView->setText(tr("Deleted"));
    m_deletedView->setToolTip(tr("Only deleted workloads"));
    for (QToolButton *button : {m_activeView, m_deletedView}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        views->addButton(button);
    }
    m_activeView->setChecked(true);

    m_clear->setText(tr("Clear filters"));
    m_clear->setIcon(themeIcon(QStringLiteral("close")));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setAutoRaise(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_name, 2);
    row->addWidget(m_typeButton);
    row->addWidget(m_statusButton);
    row->addWidget(m_createdBy, 1);
    row->addSpacing(12);
    row->addWidget(m_activeView);
    row->addWidget(m_deletedView);
    row->addStretch();
    row->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 4);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_summary);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &WorkloadFilterBar::updateFromWidgets);
    connect(m_name, &QLineEdit::textEdited, &m_debounce, qOverload<>(&QTimer::start));
    connect(m_createdBy, &QLineEdit::textEdited, &m_debounce, qOverload<>(&QTimer::start));
    // The clear buttons and completer change the text without textEdited.
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            updateFromWidgets();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            &WorkloadFilterBar::updateFromWidgets);
    connect(m_createdBy, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            updateFromWidgets();
    });
    connect(m_name, &QLineEdit::returnPressed, this, &WorkloadFilterBar::updateFromWidgets);
    connect(views, &QButtonGroup::buttonClicked, this, &WorkloadFilterBar::updateFromWidgets);
    connect(m_clear, &QToolButton::clicked, this, [this] { setFilter({}); });

    rebuildMenus();
    updateSummary();
}

void WorkloadFilterBar::setChoices(const QList<WorkloadType> &types, const QList<WorkloadStatus> &statuses)
{
    m_types = types;
    m_statuses = statuses;
    rebuildMenus();
}

void WorkloadFilterBar::setKnownCreators(const QStringList &creators)
{
    QStringList sorted = creators;
    sorted.removeAll(QString());
    sorted.removeDuplicates();
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    if (sorted != m_creators->stringList())
        m_creators->setStringList(sorted);
}

void WorkloadFilterBar::focusNameFilter()
{
    m_name->setFocus(Qt::ShortcutFocusReason);
    m_name->selectAll();
}

void WorkloadFilterBar::setFilter(const WorkloadFilter &filter)
{
    m_debounce.stop();
    m_filter = filter;
    m_name->setText(filter.nameContains);
    m_createdBy->setText(filter.createdBy);
    (filter.deletedView ? m_deletedView : m_activeView)->setChecked(true);
    rebuildMenus();
    updateSummary();
    emitIfChanged();
}

void WorkloadFilterBar::rebuildMenus()
{
    m_typeMenu->clear();
    for (WorkloadType type : std::as_const(m_types)) {
        QAction *action = m_typeMenu->addAction(workloadTypeLabel(type));
        action->setCheckable(true);
        action->setChecked(m_filter.types.contains(type));
        connect(action, &QAction::toggled, this, [this, type](bool on) {
            if (on)
                m_filter.types.insert(type);
            else
                m_filter.types.remove(type);
            updateSummary();
            emitIfChanged();
        });
    }
    m_statusMenu->clear();
    for (WorkloadStatus status : std::as_const(m_statuses)) {
        QAction *action = m_statusMenu->addAction(workloadStatusLabel(status));
        action->setCheckable(true);
        action->setChecked(m_filter.statuses.contains(status));
        action->setToolTip(workloadStatusDescription(status));
        connect(action, &QAction::toggled, this, [this, status](bool on) {
            if (on)
                m_filter.statuses.insert(status);
            else
                m_filter.statuses.remove(status);
            updateSummary();
            emitIfChanged();
        });
    }
    m_typeMenu->setToolTipsVisible(true);
    m_statusMenu->setToolTipsVisible(true);
}

void WorkloadFilterBar::updateFromWidgets()
{
    m_debounce.stop();
    m_filter.nameContains = m_name->text().trimmed();
    m_filter.createdBy = m_createdBy->text().trimmed();
    m_filter.deletedView = m_deletedView->isChecked();
    updateSummary();
    emitIfChanged();
}

void WorkloadFilterBar::updateSummary()
{
    m_typeButton->setText(m_filter.types.isEmpty() ? tr("Type: any")
                                                   : tr("Type (%n)", nullptr, int(m_filter.types.size())));
    m_statusButton->setText(m_filter.statuses.isEmpty()
                                ? tr("Status: any")
                                : tr("Status (%n)", nullptr, int(m_filter.statuses.size())));
    QStringList parts;
    if (!m_filter.nameContains.isEmpty())
        parts << tr("name contains \u201c%1\u201d").arg(m_filter.nameContains);
    if (!m_filter.types.isEmpty()) {
        QStringList labels;
        for (WorkloadType type : m_types) {
            if (m_filter.types.contains(type))
                labels << workloadTypeLabel(type);
        }
        parts << tr("type is %1").arg(labels.join(tr(" or ")));
    }
    if (!m_filter.statuses.isEmpty()) {
        QStringList labels;
        for (WorkloadStatus status : m_statuses) {
            if (m_filter.statuses.contains(status))
                labels << workloadStatusLabel(status);
        }
        parts << tr("status is %1").arg(labels.join(tr(" or ")));
    }
    if (!m_filter.createdBy.isEmpty())
        parts << tr("created by \u201c%1\u201d").arg(m_filter.createdBy);
    if (m_filter.deletedView)
        parts.prepend(tr("deleted workloads only"));
    m_summary->setText(parts.isEmpty() ? QString()
                                       : tr("Showing: %1").arg(parts.join(QStringLiteral(" \u00b7 "))));
    m_summary->setVisible(!parts.isEmpty());
    m_clear->setEnabled(!m_filter.isDefault());
}

void WorkloadFilterBar::emitIfChanged()
{
    if (m_filter == m_emitted)
        return;
    m_emitted = m_filter;
    Q_EMIT filterChanged(m_filter);
}

} // namespace Workdeck
