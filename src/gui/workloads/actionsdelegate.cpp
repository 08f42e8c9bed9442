// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionsdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QMouseEvent>
#include <QPainter>

namespace Workdeck {

QRect ActionsDelegate::buttonRect(const QRect &cell)
{
    const int side = qMin(cell.height() - 4, 24);
    return QRect(cell.center().x() - side / 2, cell.center().y() - side / 2, side, side);
}

void ActionsDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, option.widget);
    const QRect button = buttonRect(option.rect);
    if (opt.state.testFlag(QStyle::State_MouseOver)) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        QColor hover = opt.palette.text().color();
        hover.setAlpha(30);
        painter->setBrush(hover);
        painter->drawRoundedRect(button, 4, 4);
        painter->restore();
    }
    m_more.paint(painter, button.adjusted(3, 3, -3, -3));
}

QSize ActionsDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    return QSize(36, option.fontMetrics.height() + 10);
}

bool ActionsDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton &&
            buttonRect(option.rect).contains(mouse->position().toPoint())) {
            const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
            const QPoint anchor = view ? view->viewport()->mapToGlobal(buttonRect(option.rect).bottomLeft())
                                       : mouse->globalPosition().toPoint();
            Q_EMIT menuRequested(index, anchor);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace Workdeck
