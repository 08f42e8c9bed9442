// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/logtimeformat.h"

#include <QRawFont>
#include <QRegularExpression>
#include <QStyledItemDelegate>

namespace Workdeck {

// Paints one log line: time, a level tag, the source, and the message with its ANSI colours and
// the search matches highlighted. In single-line mode every row has the same height, so the view
// can use uniform item sizes and stays fast with a million lines. Text that needs no shaping (as
// nearly every log line: Latin script, no escapes, no search) is drawn as glyphs of the font
// straight away, which repaints a following view several times faster than a text layout.
class LogLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LogLineDelegate(QObject *parent = nullptr);

    void setShowTimestamps(bool show) { m_showTimestamps = show; }
    bool showTimestamps() const { return m_showTimestamps; }
    void setWrap(bool wrap) { m_wrap = wrap; }
    void setSearch(const QRegularExpression &expression) { m_search = expression; }
    // On (the default), text that needs no shaping is drawn as glyphs; off, all text goes through
    // Qt's text layout. Both must paint the same pixels: the tests and the benchmark compare them.
    void setPlainGlyphs(bool on) { m_plainGlyphs = on; }
    qint64 textsDrawnAsGlyphs() const { return m_drawnAsGlyphs; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the message starts, after the time, level and source columns.
    int messageOffset(const QFontMetrics &metrics, const QModelIndex &index) const;

private:
    // What paint() needs of a font, made once per font.
    struct Fonts
    {
        bool ready = false;
        QFont font;
        QFont bold;
        QRawFont rawRegular;
        QRawFont rawBold;
        int ascent = 0;
        int timeWidth = 0;
        int tagWidth = 0;
    };
    const Fonts &fontsFor(const QFont &font) const;
    // Draws `text` from `origin` (on the baseline) up to `right`, as glyphs of `raw` one per
    // character; false (and nothing drawn) when the text needs shaping or a fallback font.
    bool drawPlain(QPainter *painter, const QRawFont &raw, QPointF origin, QStringView text,
                   qreal right) const;
    void drawText(QPainter *painter, const QRawFont &raw, const QFont &font, QPointF origin,
                  const QString &text, qreal right) const;
    void drawLayout(QPainter *painter, const QStyleOptionViewItem &opt, const QString &raw, int x) const;

    mutable Fonts m_fonts;
    mutable LogTimeFormat m_timeFormat;
    mutable QList<quint32> m_glyphs;
    mutable QList<QPointF> m_advances;
    mutable qint64 m_drawnAsGlyphs = 0;
    bool m_plainGlyphs = true;
    bool m_showTimestamps = true;
    bool m_wrap = false;
    QRegularExpression m_search;
};

} // namespace Workdeck
