// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "celltextdelegate.h"

#include <QApplication>
#include <QGlyphRun>
#include <QPainter>
#include <QRawFont>
#include <QStyle>
#include <QTextLayout>

#include <algorithm>

namespace Workdeck {

namespace {

// Styles that draw an item's text with QCommonStyle's code. Others (Windows Vista's colours, style
// sheets, proxies and styles from elsewhere) may draw it their own way, so they draw it themselves.
bool drawsItemTextAsCommonStyle(const QStyle *style)
{
    static const char *const names[] = {"QFusionStyle", "QWindowsStyle", "QMacStyle", "QCommonStyle"};
    const char *className = style->metaObject()->className();
    return std::any_of(std::begin(names), std::end(names),
                       [className](const char *name) { return qstrcmp(className, name) == 0; });
}

// What the style needs to lay the text out in a cell of its own: no icon, no check box, one line.
bool isPlainTextCell(const QStyleOptionViewItem &option)
{
    constexpr auto others = QStyleOptionViewItem::WrapText | QStyleOptionViewItem::HasCheckIndicator |
                            QStyleOptionViewItem::HasDecoration;
    return (option.features & others) == 0 && option.showDecorationSelected &&
           (option.decorationPosition == QStyleOptionViewItem::Left ||
            option.decorationPosition == QStyleOptionViewItem::Right) &&
           !option.state.testFlag(QStyle::State_Editing) && !option.text.isEmpty() &&
           !option.text.contains(QChar(0x9c)); // elidedText() would treat it as a length variant
}

// Lines of `layout` `lineWidth` wide, one under another, as the style lays out item text.
void layOutLines(QTextLayout &layout, int lineWidth)
{
    qreal height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(lineWidth);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
}

// Where the glyphs of `layout` put ink, from its position (a pixel more each side for antialiasing);
// null when that is not known: its font adds lines (underline, overline, strike-out) that the
// glyphs do not show, or a run has no font to measure its glyphs with.
QRectF inkOf(const QTextLayout &layout)
{
    const QFont &font = layout.font();
    if (font.underline() || font.overline() || font.strikeOut())
        return {};
    QRectF ink;
    const QList<QGlyphRun> runs = layout.glyphRuns();
    for (const QGlyphRun &run : runs) {
        const QRawFont rawFont = run.rawFont();
        if (!rawFont.isValid())
            return {};
        const QList<quint32> glyphs = run.glyphIndexes();
        const QList<QPointF> positions = run.positions();
        for (qsizetype i = 0; i < qMin(glyphs.size(), positions.size()); ++i)
            ink |= rawFont.boundingRect(glyphs.at(i)).translated(positions.at(i));
    }
    return ink.isNull() ? ink : ink.adjusted(-1, -1, 1, 1);
}

} // namespace

struct CellTextDelegate::Laid
{
    QTextLayout layout;
    QPointF offset; // of the layout from the text rectangle's top left
    QRectF ink;     // where it draws, from the text rectangle's top left; null: not known
};

CellTextDelegate::CellTextDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
    , m_layouts(limit)
{}

CellTextDelegate::~CellTextDelegate() = default;

size_t qHash(const CellTextDelegate::Key &key, size_t seed) noexcept
{
    return qHashMulti(seed, key.text, key.font, key.size.width(), key.size.height(), key.alignment,
                      int(key.direction), int(key.elideMode));
}

void CellTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const Laid *laid = nullptr;
    QRect textRect;
    if (drawsItemTextAsCommonStyle(style) && isPlainTextCell(opt)) {
        // The style's text rectangle: the whole cell (nothing else is in it), less its margins.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        textRect = opt.rect.adjusted(margin, 0, -margin, 0);
        laid = laidOut(opt, textRect);
    }
    if (!laid) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    // The background, selection and focus frame, as the style draws them around the text.
    QStyleOptionViewItem frame = opt;
    frame.text.clear();
    frame.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &frame, painter, widget);

    QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !opt.state.testFlag(QStyle::State_Active))
        group = QPalette::Inactive;
    const QPen pen = painter->pen();
    // As the style, clipped to the cell; but text well inside it needs no clip (nor the painter's
    // state saved for one, an allocation per cell).
    const bool clipped =
        laid->ink.isNull() || !QRectF(opt.rect).contains(laid->ink.translated(textRect.topLeft()));
    if (clipped) {
        painter->save();
        painter->setClipRect(opt.rect, painter->hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
    }
    painter->setPen(opt.palette.color(
        group, opt.state.testFlag(QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    laid->layout.draw(painter, textRect.topLeft() + laid->offset);
    if (clipped)
        painter->restore();
    else
        painter->setPen(pen);
}

const CellTextDelegate::Laid *CellTextDelegate::laidOut(const QStyleOptionViewItem &option,
                                                        const QRect &textRect) const
{
    Key key{option.text,      option.font,         textRect.size(), int(option.displayAlignment),
            option.direction, option.textElideMode};
    if (const Laid *kept = m_layouts.object(key))
        return kept->layout.lineCount() == 1 ? kept : nullptr;

    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(option.direction);
    textOption.setAlignment(QStyle::visualAlignment(option.direction, option.displayAlignment));

    // Measured as the style measures it, to elide it where the style would and find its top.
    QTextLayout measured(option.text, option.font);
    measured.setTextOption(textOption);
    layOutLines(measured, textRect.width());
    auto laid = std::make_unique<Laid>();
    QString shown;
    if (measured.lineCount() == 1) {
        const QRect aligned = QStyle::alignedRect(Qt::LayoutDirectionAuto, option.displayAlignment,
                                                  measured.boundingRect().size().toSize(), textRect);
        laid->offset = QPointF(0, aligned.top() - textRect.top());
        const QTextLine line = measured.lineAt(0);
        if (line.height() + aligned.top() <= textRect.top()) // above the cell: nothing shows
            laid->offset.ry() += line.height();
        else if (line.naturalTextWidth() > textRect.width())
            shown = QFontMetrics(option.font).elidedText(option.text, option.textElideMode, textRect.width());
        else
            shown = option.text;
        laid->layout.setText(shown);
        laid->layout.setFont(option.font);
        laid->layout.setTextOption(textOption);
        laid->layout.setCacheEnabled(true); // keeps its shaped glyphs: drawn without shaping again
        layOutLines(laid->layout, textRect.width());
        if (const QRectF ink = inkOf(laid->layout); !ink.isNull())
            laid->ink = ink.translated(laid->offset);
    }
    // Several lines (a line separator in the text) are kept too, so that they are not measured
    // again, but are left to the style.
    const Laid *kept = laid.get();
    m_layouts.insert(std::move(key), laid.release());
    return kept->layout.lineCount() == 1 ? kept : nullptr;
}

} // namespace Workdeck
