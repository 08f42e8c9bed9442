// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QFont>
#include <QSize>
#include <QStyledItemDelegate>

class QTextLayout;

namespace Workdeck {

// Paints plain text cells exactly as Qt's own styles do (the same elision, alignment, position and
// colour), but keeps the laid-out text of the cells it painted last. The style shapes each cell's
// text three times on every paint; a repaint of an unchanged table shapes none.
//
// A cell is left to the style whenever it would not come out the same: text that wraps or takes
// more than one line, an icon or a check box, an editor open, a style sheet, or a style that draws
// item text its own way.
class CellTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CellTextDelegate(QObject *parent = nullptr);
    ~CellTextDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Laid-out texts kept; beyond `limit`, the least recently used are dropped.
    qsizetype keptTexts() const { return m_layouts.size(); }
    static constexpr qsizetype limit = 2000;

    struct Key
    {
        QString text;
        QFont font;
        QSize size;
        int alignment = 0;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        Qt::TextElideMode elideMode = Qt::ElideRight;
        bool operator==(const Key &other) const = default;
    };

private:
    struct Laid;
    // The text as the style would lay it out in `textRect`; null when the style must draw it.
    const Laid *laidOut(const QStyleOptionViewItem &option, const QRect &textRect) const;

    mutable QCache<Key, Laid> m_layouts;
};

size_t qHash(const CellTextDelegate::Key &key, size_t seed = 0) noexcept;

} // namespace Workdeck
