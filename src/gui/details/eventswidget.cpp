// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventswidget.h"

#include "domain/timeformat.h"
#include "loglinemodel.h"
#include "services/logsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Workdeck {

namespace {

// Shows the event lines as a table: time, kind, message.
class EventColumnsModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 3; }
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= 3)
            return {};
        return createIndex(row, column);
    }
    QModelIndex mapToSource(const QModelIndex &proxy) const override
    {
        return proxy.isValid() ? sourceModel()->index(proxy.row(), 0) : QModelIndex();
    }
    QModelIndex mapFromSource(const QModelIndex &source) const override
    {
        return source.isValid() ? index(source.row(), 0) : QModelIndex();
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const QModelIndex source = mapToSource(index);
        if (role == LogLineModel::MicrosRole || role == LogLineModel::LevelRole ||
            role == LogLineModel::PlainTextRole)
            return source.data(role);
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        switch (index.column()) {
        case 0: {
            const qint64 micros = source.data(LogLineModel::MicrosRole).toLongLong();
            const QDateTime time = QDateTime::fromMSecsSinceEpoch(micros / 1000, Qt::UTC);
            return role == Qt::ToolTipRole ? formatAbsoluteTime(time)
                                           : formatRelativeTime(time, QDateTime::currentDateTimeUtc());
        }
        case 1:
            return logLevelSeverity(LogLevel(source.data(LogLineModel::LevelRole).toInt())) >=
                           logLevelSeverity(LogLevel::Warning)
                       ? EventsWidget::tr("Warning")
                       : EventsWidget::tr("Normal");
        default:
            return source.data(LogLineModel::PlainTextRole);
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case 0:
            return EventsWidget::tr("When");
        case 1:
            return EventsWidget::tr("Kind");
        default:
            return EventsWidget::tr("Event");
        }
    }
};

} // namespace

EventsWidget::EventsWidget(Backend *backend, QWidget *parent)
    : QWidget(parent)
    , m_session(new LogSession(backend, this))
    , m_model(new LogLineModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_available(backend->has(Backend::Capability::Events))
{
    auto *columns = new EventColumnsModel(this);
    columns->setSourceModel(m_model);
    m_proxy->setSourceModel(columns);
    m_proxy->setSortRole(LogLineModel::MicrosRole);
    m_proxy->setFilterRole(LogLineModel::PlainTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(2);
    m_proxy->sort(0, Qt::DescendingOrder); // newest first
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setUniformRowHeights(false);
    m_view->header()->resizeSection(0, 110);
    m_view->header()->resizeSection(1, 80);
    m_view->setAccessibleName(tr("Events"));

    m_filter->setPlaceholderText(tr("Filter events"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter events"));
    m_kind->addItem(tr("All events"), int(LogLevel::Trace));
    m_kind->addItem(tr("Warnings only"), int(LogLevel::Warning));
    m_kind->setAccessibleName(tr("Kind of event"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 4, 4, 0);
    top->addWidget(m_filter, 1);
    top->addWidget(m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setMinimumLevel(LogLevel(m_kind->currentData().toInt())); });
    connect(m_session, &LogSession::newEntries, this, [this](const QList<LogEntry> &entries) {
        m_model->enqueue(entries);
        m_model->flush();
        if (m_session->hasOlder())
            m_session->loadOlder();
        updateStatus();
    });
    connect(m_session, &LogSession::olderLoaded, this, [this](const QList<LogEntry> &entries) {
        m_model->prependOlder(entries);
        if (m_session->hasOlder())
            m_session->loadOlder(); // events are few: load them all
        updateStatus();
    });
    connect(m_session, &LogSession::failed, this, [this](const ApiError &error) {
        m_error = error.toString();
        updateStatus();
    });
    updateStatus();
}

void EventsWidget::showWorkload(const Workload &workload)
{
    clear();
    if (!m_available)
        return;
    m_session->open(WorkloadRef::of(workload), LogLevel::Trace, true);
    updateStatus();
}

void EventsWidget::clear()
{
    m_session->close();
    m_model->clear();
    m_error.clear();
    updateStatus();
}

void EventsWidget::updateStatus()
{
    if (!m_available)
        m_status->setText(tr("This server does not report events."));
    else if (!m_error.isEmpty())
        m_status->setText(m_error);
    else
        m_status->setText(tr("%n event(s)", nullptr, int(m_model->retainedCount())));
}

} // namespace Workdeck
