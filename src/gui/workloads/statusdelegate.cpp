// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusdelegate.h"

#include "modelroles.h"
#include "statusstyle.h"

#include "domain/workloadstatus.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QTextLayout>

#include <cmath>
#include <memory>

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

struct StatusDelegate::Badge
{
    QPixmap shape;    // the tinted rounded background and the status glyph
    QPoint shapeAt;   // from the cell's top left
    QTextLayout text; // the label, elided to the room the badge has
    QPointF textAt;   // from the cell's top left
};

StatusDelegate::StatusDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_badges(limit)
{}

StatusDelegate::~StatusDelegate() = default;

size_t qHash(const StatusDelegate::Key &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.text, key.font, key.cell.width(), key.cell.height(), int(key.status),
                      key.devicePixelRatio, int(key.direction));
}

namespace {

// The badge's tinted rounded background and its glyph, in `badge`.
void paintBadgeShape(QPainter *painter, const QRectF &badge, WorkloadStatus status)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(badge, Qt::IntersectClip); // a glyph wider than a narrow badge ends at its edge
    const QColor color = statusColor(status);
    QColor fill = color;
    fill.setAlpha(38);
    QPainterPath path;
    path.addRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->fillPath(path, fill);
    const QRectF dot(badge.left() + badgePadding - 1,
                     badge.top() + int(badge.height() - 1) / 2 - glyphSize / 2 + 1, glyphSize, glyphSize);
    paintStatusGlyph(painter, dot, status, color);
    painter->restore();
}

// Whether `pixmap` drawn at `at` lands on whole device pixels at its own scale: else it would be
// resampled, and the badge is drawn in place instead.
bool blitsExactly(const QPainter *painter, const QPointF &at, const QPixmap &pixmap)
{
    const QTransform &transform = painter->deviceTransform();
    if (transform.type() > QTransform::TxScale || transform.m11() != pixmap.devicePixelRatio() ||
        transform.m22() != pixmap.devicePixelRatio())
        return false;
    const QPointF device = transform.map(at);
    return device.x() == std::round(device.x()) && device.y() == std::round(device.y());
}

} // namespace

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto status = WorkloadStatus(index.data(StatusRole).toInt());
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const Badge &shown =
        badge({std::move(text), opt.font, opt.rect.size(), status, ratio, painter->layoutDirection()});
    if (shown.shape.isNull())
        return; // no room for it
    const QPoint shapeAt = opt.rect.topLeft() + shown.shapeAt;
    if (blitsExactly(painter, shapeAt, shown.shape))
        painter->drawPixmap(shapeAt, shown.shape);
    else
        paintBadgeShape(painter, QRectF(shapeAt, shown.shape.deviceIndependentSize()), status);
    const QPen pen = painter->pen();
    painter->setPen(opt.state.testFlag(QStyle::State_Selected) ? opt.palette.highlightedText().color()
                                                               : opt.palette.text().color());
    shown.text.draw(painter, opt.rect.topLeft() + shown.textAt);
    painter->setPen(pen);
}

const StatusDelegate::Badge &StatusDelegate::badge(Key key) const
{
    if (const Badge *kept = m_badges.object(key))
        return *kept;

    auto made = std::make_unique<Badge>();
    const QFontMetrics metrics(key.font);
    const QSize full = badgeSize(metrics, key.text);
    const int width = qMin(key.cell.width() - 8, full.width());
    const int height = full.height();
    // Where the badge sits in the cell: 4 px in, centred as QRect::center() would centre it.
    const QRect badgeRect(4, (key.cell.height() - 1) / 2 - height / 2, width, height);
    if (width > 0 && height > 0) {
        made->shapeAt = badgeRect.topLeft();
        made->shape = QPixmap((QSizeF(width, height) * key.devicePixelRatio).toSize());
        made->shape.setDevicePixelRatio(key.devicePixelRatio);
        made->shape.fill(Qt::transparent);
        QPainter painter(&made->shape);
        paintBadgeShape(&painter, QRectF(0, 0, width, height), key.status);

        // The label, laid out as QPainter::drawText() lays out one line, vertically centred (and, as
        // there, at the right of its room in a right-to-left layout).
        const QRect textRect = badgeRect.adjusted(badgePadding + glyphSize + 6, 0, -badgePadding, 0);
        made->text.setText(metrics.elidedText(key.text, Qt::ElideRight, textRect.width()));
        made->text.setFont(key.font);
        QTextOption textOption(Qt::AlignLeft);
        textOption.setTextDirection(key.direction);
        textOption.setFlags(QTextOption::IncludeTrailingSpaces);
        made->text.setTextOption(textOption);
        made->text.setCacheEnabled(true);
        made->text.beginLayout();
        QTextLine line = made->text.createLine();
        QSizeF lineSize;
        if (line.isValid()) {
            line.setLineWidth(0x01000000);
            line.setPosition(QPointF(0, 0));
            lineSize = QSizeF(line.horizontalAdvance(), line.height());
        }
        made->text.endLayout();
        const bool atTheRight = QStyle::visualAlignment(key.direction, Qt::AlignLeft) & Qt::AlignRight;
        made->textAt = QPointF(textRect.left() + (atTheRight ? textRect.width() - lineSize.width() : 0),
                               textRect.top() + (textRect.height() - lineSize.height()) / 2);
    }
    const Badge *kept = made.get();
    m_badges.insert(std::move(key), made.release());
    return *kept;
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
