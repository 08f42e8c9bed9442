// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "paginationbar.h"

#include "icons.h"
#include "workloadpageproxymodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <utility>

namespace Workdeck {

PaginationBar::PaginationBar(WorkloadPageProxyModel *pages, QWidget *parent)
    : QWidget(parent)
    , m_pages(pages)
    , m_pageSize(new QComboBox(this))
    , m_first(new QToolButton(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_last(new QToolButton(this))
    , m_range(new QLabel(this))
{
    for (int size : pageSizes())
        m_pageSize->addItem(size > 0 ? QString::number(size) : tr("All"), size);
    m_pageSize->setAccessibleName(tr("Rows per page"));
    m_pageSize->setToolTip(tr("Rows per page"));

    const auto setUp = [](QToolButton *button, const QString &icon, const QString &text) {
        button->setIcon(themeIcon(icon));
        button->setToolTip(text);
        button->setAccessibleName(text);
        button->setAutoRaise(true);
    };
    setUp(m_first, QStringLiteral("first"), tr("First page"));
    setUp(m_previous, QStringLiteral("previous"), tr("Previous page"));
    setUp(m_next, QStringLiteral("next"), tr("Next page"));
    setUp(m_last, QStringLiteral("last"), tr("Last page"));
    m_range->setMinimumWidth(
        m_range->fontMetrics().horizontalAdvance(QStringLiteral("00000\u201300000 of 000000")));
    m_range->setAlignment(Qt::AlignCenter);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addStretch();
    layout->addWidget(new QLabel(tr("Rows per page:"), this));
    layout->addWidget(m_pageSize);
    layout->addSpacing(12);
    layout->addWidget(m_first);
    layout->addWidget(m_previous);
    layout->addWidget(m_range);
    layout->addWidget(m_next);
    layout->addWidget(m_last);

    connect(m_first, &QToolButton::clicked, m_pages, &WorkloadPageProxyModel::firstPage);
    connect(m_previous, &QToolButton::clicked, m_pages, &WorkloadPageProxyModel::previousPage);
    connect(m_next, &QToolButton::clicked, m_pages, &WorkloadPageProxyModel::nextPage);
    connect(m_last, &QToolButton::clicked, m_pages, &WorkloadPageProxyModel::lastPage);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_pages->setPageSize(m_pageSize->itemData(index).toInt()); });
    connect(m_pages, &WorkloadPageProxyModel::pagingChanged, this, &PaginationBar::update);
    update();
}

QString PaginationBar::rangeText() const
{
    return (m_moreToCome ? tr("%1\u2013%2 of %3+") : tr("%1\u2013%2 of %3"))
        .arg(m_pages->firstRowNumber())
        .arg(m_pages->lastRowNumber())
        .arg(m_pages->totalRows());
}

void PaginationBar::setMoreToCome(bool more)
{
    if (std::exchange(m_moreToCome, more) != more)
        update();
}

void PaginationBar::update()
{
    const int index = m_pageSize->findData(m_pages->pageSize());
    if (index >= 0 && index != m_pageSize->currentIndex()) {
        const QSignalBlocker blocker(m_pageSize);
        m_pageSize->setCurrentIndex(index);
    }
    m_range->setText(rangeText());
    const bool hasPrevious = m_pages->page() > 0;
    const bool hasNext = m_pages->page() < m_pages->pageCount() - 1;
    m_first->setEnabled(hasPrevious);
    m_previous->setEnabled(hasPrevious);
    m_next->setEnabled(hasNext);
    m_last->setEnabled(hasNext);
}

} // namespace Workdeck
