// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include "domain/workloadstatus.h"

namespace Workdeck {

// Draws the shape that stands for a status (play, check, cross, clock, ...) in `rect`.
void paintStatusGlyph(QPainter *painter, const QRectF &rect, WorkloadStatus status, const QColor &color);

// Paints the Status column as a rounded badge: a tinted background, a coloured dot and the text.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The badge a status label is drawn in (without the cell's margins).
    static QSize badgeSize(const QFontMetrics &metrics, const QString &text);
};

} // namespace Workdeck
