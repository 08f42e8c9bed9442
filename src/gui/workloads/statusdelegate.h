// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QFont>
#include <QSize>
#include <QStyledItemDelegate>

#include "domain/workloadstatus.h"

namespace Workdeck {

// Draws the shape that stands for a status (play, check, cross, clock, ...) in `rect`.
void paintStatusGlyph(QPainter *painter, const QRectF &rect, WorkloadStatus status, const QColor &color);

// Paints the Status column as a rounded badge: a tinted background, a coloured dot and the text.
//
// A handful of badges (one per status, column width and font) make up the whole column, so each
// is drawn once: its shape into a pixmap, its text laid out and elided. A repaint blits the shape
// and draws the laid-out text, in the colour of the row's state, without shaping it again.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit StatusDelegate(QObject *parent = nullptr);
    ~StatusDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The badge a status label is drawn in (without the cell's margins).
    static QSize badgeSize(const QFontMetrics &metrics, const QString &text);

    // Badges kept; beyond `limit`, the least recently used are dropped.
    qsizetype keptBadges() const { return m_badges.size(); }
    static constexpr qsizetype limit = 256;

    struct Key
    {
        QString text;
        QFont font;
        QSize cell;
        WorkloadStatus status = WorkloadStatus::Unknown;
        qreal devicePixelRatio = 1;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        bool operator==(const Key &other) const = default;
    };

private:
    struct Badge;
    const Badge &badge(Key key) const;

    mutable QCache<Key, Badge> m_badges;
};

size_t qHash(const StatusDelegate::Key &key, size_t seed = 0) noexcept;

} // namespace Workdeck
