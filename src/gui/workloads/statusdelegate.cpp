// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusdelegate.h"

#include "modelroles.h"
#include "statusstyle.h"

#include "domain/workloadstatus.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace Workdeck {

namespace {
constexpr int badgePadding = 8;
constexpr int glyphSize = 10;
} // namespace

void paintStatusGlyph(QPainter *painter, const QRectF &rect, WorkloadStatus status, const QColor &color)
{
    // A shape per kind of status, so the meaning survives without colour.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, qMax(1.4, rect.width() / 6.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    const QRectF r = rect.adjusted(0.5, 0.5, -0.5, -0.5);
    const QPointF c = r.center();
    const qreal w = r.width();
    switch (status) {
    case WorkloadStatus::Running: { // play triangle
        QPolygonF triangle{
            {r.left() + w * 0.15, r.top()}, {r.right(), c.y()}, {r.left() + w * 0.15, r.bottom()}};
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(triangle);
        break;
    }
    case WorkloadStatus::Completed: // check mark
        painter->setPen(pen);
        painter->drawPolyline(QPolygonF{
            {r.left(), c.y()}, {r.left() + w * 0.38, r.bottom() - w * 0.1}, {r.right(), r.top() + w * 0.1}});
        break;
    case WorkloadStatus::Failed:
    case WorkloadStatus::DeleteFailed: // cross
        painter->setPen(pen);
        painter->drawLine(r.topLeft(), r.bottomRight());
        painter->drawLine(r.topRight(), r.bottomLeft());
        break;
    case WorkloadStatus::Degraded: // exclamation in a triangle
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPolygon(QPolygonF{{c.x(), r.top()}, {r.right(), r.bottom()}, {r.left(), r.bottom()}});
        painter->setPen(QPen(Qt::white, pen.widthF() * 0.8, Qt::SolidLine, Qt::RoundCap));
        painter->drawLine(QPointF(c.x(), r.top() + w * 0.35), QPointF(c.x(), r.top() + w * 0.65));
        break;
    case WorkloadStatus::Pending:
    case WorkloadStatus::Creating:
    case WorkloadStatus::Added: // clock
        painter->setPen(pen);
        painter->drawEllipse(r);
        painter->drawPolyline(QPolygonF{{c.x(), r.top() + w * 0.25}, c, {c.x() + w * 0.22, c.y()}});
        break;
    case WorkloadStatus::Stopped: // square
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRect(r.adjusted(w * 0.1, w * 0.1, -w * 0.1, -w * 0.1));
        break;
    case WorkloadStatus::Deleted:
    case WorkloadStatus::Terminated: // hollow circle with a bar
        painter->setPen(pen);
        painter->drawEllipse(r);
        painter->drawLine(QPointF(r.left() + w * 0.3, c.y()), QPointF(r.right() - w * 0.3, c.y()));
        break;
    case WorkloadStatus::Unknown: // question: hollow circle with a dot
        painter->setPen(pen);
        painter->drawEllipse(r);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawEllipse(c, w * 0.12, w * 0.12);
        break;
    default: // in transition: half-filled circle
        painter->setPen(pen);
        painter->drawEllipse(r);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawPie(r, 90 * 16, 180 * 16);
        break;
    }
    painter->restore();
}

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
    const QSize full = badgeSize(metrics, text);
    const int width = qMin(opt.rect.width() - 8, full.width());
    const int height = full.height();
    const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - height / 2, width, height);

    painter->save();
    painter->setFont(opt.font);
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlpha(38);
    QPainterPath path;
    path.addRoundedRect(badge, height / 2.0, height / 2.0);
    painter->fillPath(path, fill);
    const QRect dot(badge.left() + badgePadding - 1, badge.center().y() - glyphSize / 2 + 1, glyphSize,
                    glyphSize);
    paintStatusGlyph(painter, dot, status, color);
    painter->setPen(opt.state.testFlag(QStyle::State_Selected) ? opt.palette.highlightedText().color()
                                                               : opt.palette.text().color());
    const QRect textRect = badge.adjusted(badgePadding + glyphSize + 6, 0, -badgePadding, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize StatusDelegate::badgeSize(const QFontMetrics &metrics, const QString &text)
{
    return {badgePadding * 2 + glyphSize + 10 + metrics.horizontalAdvance(text), metrics.height() + 4};
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + badgePadding * 2 + glyphSize + 14);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    return size;
}

} // namespace Workdeck
