// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace Workdeck {

class WorkloadPageProxyModel;

// Page size (25/50/100/500/all), first/previous/next/last, and "x–y of N", for a page proxy.
class PaginationBar : public QWidget
{
    Q_OBJECT
public:
    explicit PaginationBar(WorkloadPageProxyModel *pages, QWidget *parent = nullptr);

    static QList<int> pageSizes() { return {25, 50, 100, 500, 0}; }
    QString rangeText() const;
    // More rows are still to come than the model has (the first page of a list is shown): the
    // count reads "N+".
    void setMoreToCome(bool more);

private:
    void update();

    WorkloadPageProxyModel *m_pages;
    QComboBox *m_pageSize;
    QToolButton *m_first;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_last;
    QLabel *m_range;
    bool m_moreToCome = false;
};

} // namespace Workdeck
