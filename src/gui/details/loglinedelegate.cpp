// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loglinedelegate.h"

#include "domain/logentry.h"
#include "loglinemodel.h"
#include "text/ansiparser.h"

#include <QApplication>
#include <QFontInfo>
#include <QGlyphRun>
#include <QPainter>
#include <QTextLayout>

namespace Workdeck {

namespace {

constexpr int padding = 6;

// The 16 ANSI colours, readable on light and dark backgrounds alike.
const QColor ansiPalette[16] = {
    QColor(0x4d, 0x4d, 0x4d), QColor(0xc9, 0x1b, 0x00), QColor(0x00, 0xa2, 0x3a), QColor(0xb8, 0x8a, 0x00),
    QColor(0x1f, 0x5f, 0xd6), QColor(0xb0, 0x2b, 0xb0), QColor(0x00, 0x96, 0xa6), QColor(0x8a, 0x8a, 0x8a),
    QColor(0x68, 0x68, 0x68), QColor(0xe7, 0x4c, 0x3c), QColor(0x2e, 0xcc, 0x71), QColor(0xd4, 0xa0, 0x17),
    QColor(0x4a, 0x90, 0xe2), QColor(0xd0, 0x5c, 0xe3), QColor(0x1a, 0xbc, 0xc8), QColor(0xa0, 0xa0, 0xa0)};

QColor ansiColor(int index, bool isRgb, quint32 rgb)
{
    if (isRgb)
        return QColor(QRgb(rgb));
    if (index < 0)
        return {};
    if (index < 16)
        return ansiPalette[index];
    if (index < 232) { // 6x6x6 cube
        const int i = index - 16;
        const auto level = [](int v) { return v == 0 ? 0 : 55 + v * 40; };
        return QColor(level(i / 36), level((i / 6) % 6), level(i % 6));
    }
    const int grey = 8 + (index - 232) * 10;
    return QColor(grey, grey, grey);
}

QColor levelColor(LogLevel level)
{
    switch (level) {
    case LogLevel::Trace:
    case LogLevel::Debug:
        return QColor(0x88, 0x88, 0x88);
    case LogLevel::Info:
        return QColor(0x2b, 0x6c, 0xd4);
    case LogLevel::Unknown:
        return QColor(0x99, 0x99, 0x99);
    case LogLevel::Warning:
        return QColor(0xc9, 0x8a, 0x00);
    case LogLevel::Error:
        return QColor(0xd1, 0x34, 0x38);
    case LogLevel::Critical:
        return QColor(0xa0, 0x10, 0x60);
    }
    return {};
}

QString levelTag(LogLevel level)
{
    switch (level) {
    case LogLevel::Trace:
        return QStringLiteral("TRACE");
    case LogLevel::Debug:
        return QStringLiteral("DEBUG");
    case LogLevel::Info:
        return QStringLiteral("INFO");
    case LogLevel::Unknown:
        return QStringLiteral("\u2014");
    case LogLevel::Warning:
        return QStringLiteral("WARN");
    case LogLevel::Error:
        return QStringLiteral("ERROR");
    case LogLevel::Critical:
        return QStringLiteral("CRIT");
    }
    return {};
}

// Characters drawn one glyph each, left to right, with no shaping: printable Latin-1 (less the soft
// hyphen, which a layout hides) and Latin Extended-A and -B. Tabs, controls, combining marks and
// other scripts go to the text layout.
bool isPlainCharacter(char16_t c)
{
    return (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x250 && c != 0xad);
}

} // namespace

LogLineDelegate::LogLineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

int LogLineDelegate::messageOffset(const QFontMetrics &metrics, const QModelIndex &index) const
{
    int x = padding;
    if (m_showTimestamps)
        x += metrics.horizontalAdvance(QStringLiteral("00-00 00:00:00.000")) + padding * 2;
    x += metrics.horizontalAdvance(QStringLiteral("ERROR")) + padding * 2;
    const QString source = index.data(LogLineModel::SourceRole).toString();
    if (!source.isEmpty())
        x += metrics.horizontalAdvance(source) + padding * 2;
    return x;
}

const LogLineDelegate::Fonts &LogLineDelegate::fontsFor(const QFont &font) const
{
    if (m_fonts.ready && m_fonts.font == font)
        return m_fonts;
    m_fonts.ready = true;
    m_fonts.font = font;
    m_fonts.bold = font;
    m_fonts.bold.setBold(true);
    // Glyphs one after another are what a layout makes of plain text only without kerning, as in
    // the fixed-pitch font the log view uses.
    const bool fixedPitch = QFontInfo(font).fixedPitch();
    m_fonts.rawRegular = fixedPitch ? QRawFont::fromFont(font) : QRawFont();
    m_fonts.rawBold = fixedPitch ? QRawFont::fromFont(m_fonts.bold) : QRawFont();
    const QFontMetrics metrics(font);
    m_fonts.ascent = metrics.ascent();
    m_fonts.timeWidth = metrics.horizontalAdvance(QStringLiteral("00-00 00:00:00.000"));
    m_fonts.tagWidth = metrics.horizontalAdvance(QStringLiteral("ERROR"));
    return m_fonts;
}

bool LogLineDelegate::drawPlain(QPainter *painter, const QRawFont &raw, QPointF origin, QStringView text,
                                qreal right) const
{
    if (!m_plainGlyphs || !raw.isValid())
        return false;
    if (text.isEmpty())
        return true;
    // Past the right edge nothing shows; a long line is looked at only as far as it could reach.
    const int count = int(std::min<qsizetype>(text.size(), 4000));
    for (int i = 0; i < count; ++i) {
        if (!isPlainCharacter(text[i].unicode()))
            return false;
    }
    m_glyphs.resize(count);
    int glyphCount = count;
    if (!raw.glyphIndexesForChars(text.data(), count, m_glyphs.data(), &glyphCount) || glyphCount != count)
        return false;
    m_advances.resize(count);
    if (!raw.advancesForGlyphIndexes(m_glyphs.constData(), m_advances.data(), count))
        return false;
    int shown = 0;
    qreal x = origin.x();
    for (; shown < count && x < right; ++shown) {
        if (m_glyphs[shown] == 0) // not in this font: a layout finds a fallback font
            return false;
        const qreal advance = m_advances[shown].x();
        m_advances[shown] = QPointF(x - origin.x(), 0); // from here on, where each glyph goes
        x += advance;
    }
    QGlyphRun run;
    run.setRawFont(raw);
    run.setGlyphIndexes(m_glyphs.first(shown));
    run.setPositions(m_advances.first(shown));
    painter->drawGlyphRun(origin, run);
    ++m_drawnAsGlyphs;
    return true;
}

void LogLineDelegate::drawText(QPainter *painter, const QRawFont &raw, const QFont &font, QPointF origin,
                               const QString &text, qreal right) const
{
    if (drawPlain(painter, raw, origin, text, right))
        return;
    painter->setFont(font);
    painter->drawText(origin, text);
}

void LogLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, option.widget);

    const Fonts &fonts = fontsFor(opt.font);
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QColor text = selected ? opt.palette.highlightedText().color() : opt.palette.text().color();
    QColor dim = text;
    dim.setAlphaF(0.55);
    const auto level = LogLevel(index.data(LogLineModel::LevelRole).toInt());
    const QRect rect = opt.rect;
    const qreal right = rect.right() + 1;
    const int baseline = rect.top() + padding / 2 + fonts.ascent;

    painter->save();
    painter->setFont(opt.font);
    int x = rect.left() + padding;
    if (m_showTimestamps) {
        painter->setPen(dim);
        drawText(painter, fonts.rawRegular, fonts.font, QPointF(x, baseline),
                 m_timeFormat.format(index.data(LogLineModel::MicrosRole).toLongLong()), right);
        x += fonts.timeWidth + padding * 2;
    }
    painter->setPen(selected ? text : levelColor(level));
    const bool bold = level >= LogLevel::Warning;
    drawText(painter, bold ? fonts.rawBold : fonts.rawRegular, bold ? fonts.bold : fonts.font,
             QPointF(x, baseline), levelTag(level), right);
    x += fonts.tagWidth + padding * 2;
    const QString source = index.data(LogLineModel::SourceRole).toString();
    if (!source.isEmpty()) {
        painter->setPen(dim);
        drawText(painter, fonts.rawRegular, fonts.font, QPointF(x, baseline), source, right);
        x += QFontMetrics(opt.font).horizontalAdvance(source) + padding * 2;
    }

    const QString raw = index.data(LogLineModel::MessageRole).toString();
    painter->setPen(text);
    painter->setClipRect(rect);
    const bool searching = m_search.isValid() && !m_search.pattern().isEmpty();
    if (m_wrap || searching || Ansi::mayContainEscapes(raw) ||
        !drawPlain(painter, fonts.rawRegular, QPointF(x, baseline), raw, right))
        drawLayout(painter, opt, raw, x);
    painter->restore();
}

// The message: ANSI spans become formats, search matches a highlight, laid out in one go.
void LogLineDelegate::drawLayout(QPainter *painter, const QStyleOptionViewItem &opt, const QString &raw,
                                 int x) const
{
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QRect rect = opt.rect;
    QString plain;
    QList<QTextLayout::FormatRange> formats;
    for (const AnsiSpan &span : Ansi::parse(raw)) {
        QTextCharFormat format;
        const QColor foreground = ansiColor(span.foreground, span.foregroundIsRgb, span.foregroundRgb);
        if (foreground.isValid() && !selected)
            format.setForeground(foreground);
        const QColor background = ansiColor(span.background, span.backgroundIsRgb, span.backgroundRgb);
        if (background.isValid() && !selected)
            format.setBackground(background);
        if (span.bold)
            format.setFontWeight(QFont::Bold);
        if (span.italic)
            format.setFontItalic(true);
        if (span.underline)
            format.setFontUnderline(true);
        if (format.propertyCount() > 0)
            formats.append({int(plain.size()), int(span.text.size()), format});
        plain += span.text;
    }
    if (m_search.isValid() && !m_search.pattern().isEmpty()) {
        QTextCharFormat highlight;
        highlight.setBackground(QColor(0xff, 0xd5, 0x4f));
        highlight.setForeground(Qt::black);
        auto it = m_search.globalMatch(plain);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() == 0)
                break;
            formats.append({int(match.capturedStart()), int(match.capturedLength()), highlight});
        }
    }
    QTextLayout layout(m_wrap ? plain : plain.left(4000), opt.font);
    QTextOption textOption;
    textOption.setWrapMode(m_wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.setFormats(formats);
    layout.beginLayout();
    qreal y = 0;
    const int width = qMax(40, rect.right() - x - padding);
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(m_wrap ? width : 1e6);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    layout.draw(painter, QPointF(x, rect.top() + padding / 2));
}

QSize LogLineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const int lineHeight = metrics.height() + padding;
    if (!m_wrap)
        return QSize(metrics.horizontalAdvance(index.data(LogLineModel::PlainTextRole).toString().left(500)) +
                         400,
                     lineHeight);
    const int available = qMax(80, option.rect.width() - messageOffset(metrics, index) - padding);
    const QRect bounds = metrics.boundingRect(QRect(0, 0, available, 100000), Qt::TextWrapAnywhere,
                                              index.data(LogLineModel::PlainTextRole).toString());
    return QSize(available, qMax(lineHeight, bounds.height() + padding));
}

} // namespace Workdeck
