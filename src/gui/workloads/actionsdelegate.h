// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icons.h"

#include <QStyledItemDelegate>

namespace Workdeck {

// Paints the three-dot button of the Actions column and reports clicks on it.
class ActionsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    static QRect buttonRect(const QRect &cell);

Q_SIGNALS:
    // The button in this row was clicked; `anchor` is where to open the menu (global).
    void menuRequested(const QModelIndex &index, const QPoint &anchor);

private:
    // One icon for every row: a new QIcon per row renders the SVG again each time it is painted.
    const QIcon m_more = themeIcon(QStringLiteral("more"));
};

} // namespace Workdeck
