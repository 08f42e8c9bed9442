// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusdelegate.h"

#include "modelroles.h"
#include "statusstyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Workdeck {

namespace {
constexpr int badgePadding = 8;
constexpr int dotSize = 8;
} // namespace

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto status = WorkloadStatus(index.data(StatusRole).toInt());
    const QColor color = statusColor(status);
    const QFontMetrics metrics(opt.font);
    const int width =
        qMin(opt.rect.width() - 8, badgePadding * 2 + dotSize + 6 + metrics.horizontalAdvance(text));
    const int height = metrics.height() + 4;
    const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - height / 2, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlpha(38);
    QPainterPath path;
    path.addRoundedRect(badge, height / 2.0, height / 2.0);
    painter->fillPath(path, fill);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    const QRect dot(badge.left() + badgePadding, badge.center().y() - dotSize / 2 + 1, dotSize, dotSize);
    painter->drawEllipse(dot);
    painter->setPen(opt.state.testFlag(QStyle::State_Selected) ? opt.palette.highlightedText().color()
                                                               : opt.palette.text().color());
    const QRect textRect = badge.adjusted(badgePadding + dotSize + 6, 0, -badgePadding, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + badgePadding * 2 + dotSize + 14);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace Workdeck
