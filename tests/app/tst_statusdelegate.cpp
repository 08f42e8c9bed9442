// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Status column's badge is drawn once per status, width and font, and blitted after. Each case
// paints a cell with the delegate and, beside it, the badge drawn directly onto the cell (the tinted
// rounded background, the glyph and the elided label), and compares them.
#include "workloads/statusdelegate.h"

#include "modelroles.h"
#include "workloads/statusstyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStandardItemModel>
#include <QTest>

using namespace Workdeck;

namespace {

// The badge as the delegate drew it on every paint before it kept them: the reference.
void paintBadgeDirectly(QPainter *painter, const QStyleOptionViewItem &option, WorkloadStatus status,
                        const QString &text)
{
    const QColor color = statusColor(status);
    const QFontMetrics metrics(option.font);
    const QSize full = StatusDelegate::badgeSize(metrics, text);
    const int width = qMin(option.rect.width() - 8, full.width());
    if (width <= 0)
        return;
    const QRect badge(option.rect.left() + 4, option.rect.center().y() - full.height() / 2, width,
                      full.height());
    painter->save();
    painter->setClipRect(badge); // a glyph wider than a narrow badge is cut at its edge
    painter->setFont(option.font);
    painter->setRenderHint(QPainter::Antialiasing);
    QColor fill = color;
    fill.setAlpha(38);
    QPainterPath path;
    path.addRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->fillPath(path, fill);
    paintStatusGlyph(painter, QRect(badge.left() + 7, badge.center().y() - 4, 10, 10), status, color);
    painter->setPen(option.state.testFlag(QStyle::State_Selected) ? option.palette.highlightedText().color()
                                                                  : option.palette.text().color());
    const QRect textRect = badge.adjusted(8 + 10 + 6, 0, -8, 0);
    painter->setClipping(false);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

struct Cell
{
    QStandardItemModel model{1, 1};
    QStyleOptionViewItem option;

    Cell(WorkloadStatus status, const QString &text, int width, bool selected)
    {
        model.setData(model.index(0, 0), text);
        model.setData(model.index(0, 0), int(status), StatusRole);
        option.rect = QRect(3, 5, width, QFontMetrics(QApplication::font()).height() + 12);
        option.font = QApplication::font();
        option.fontMetrics = QFontMetrics(option.font);
        option.palette = QApplication::palette();
        option.state = QStyle::State_Enabled | QStyle::State_Active;
        if (selected)
            option.state |= QStyle::State_Selected;
    }
    QModelIndex index() const { return model.index(0, 0); }
};

QImage canvas(const QSize &size, qreal ratio)
{
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    return image;
}

QImage paintedByDelegate(const StatusDelegate &delegate, const Cell &cell, qreal ratio,
                         Qt::LayoutDirection direction = Qt::LeftToRight)
{
    QImage image = canvas(cell.option.rect.size() + QSize(10, 10), ratio);
    QPainter painter(&image);
    painter.setLayoutDirection(direction);
    delegate.paint(&painter, cell.option, cell.index());
    return image;
}

QImage paintedDirectly(const Cell &cell, qreal ratio, Qt::LayoutDirection direction = Qt::LeftToRight)
{
    QImage image = canvas(cell.option.rect.size() + QSize(10, 10), ratio);
    QPainter painter(&image);
    painter.setLayoutDirection(direction);
    // The cell's background and selection as the delegate has the style draw them, without a text.
    QStyleOptionViewItem frame = cell.option;
    frame.features |= QStyleOptionViewItem::HasDisplay;
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &frame, &painter, nullptr);
    paintBadgeDirectly(&painter, cell.option, WorkloadStatus(cell.index().data(StatusRole).toInt()),
                       cell.index().data().toString());
    return image;
}

// How many pixels differ by more than `threshold` in some channel.
int pixelsApart(const QImage &a, const QImage &b, int threshold)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            if (std::abs(qRed(p) - qRed(q)) > threshold || std::abs(qGreen(p) - qGreen(q)) > threshold ||
                std::abs(qBlue(p) - qBlue(q)) > threshold)
                ++count;
        }
    return count;
}

// A badge blitted from its pixmap may round a blended edge a step or two differently from one
// drawn in place, no more.
constexpr int roundingSteps = 2;

bool withinRounding(const QImage &a, const QImage &b)
{
    return a.size() == b.size() && pixelsApart(a, b, roundingSteps) == 0;
}

} // namespace

class tst_StatusDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paintsTheBadgeAsDrawnInPlace_data();
    void paintsTheBadgeAsDrawnInPlace();
    void aRepaintDrawsFromWhatItKept();
    void aChangedStatusGetsItsOwnBadge();
    void selectionChangesOnlyTheLabelsColour();
    void keepsAtMostItsLimit();
};

void tst_StatusDelegate::paintsTheBadgeAsDrawnInPlace_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<qreal>("ratio");
    QTest::addColumn<Qt::LayoutDirection>("direction");

    const auto add = [](const char *name, WorkloadStatus status, const QString &text, int width,
                        bool selected, qreal ratio, Qt::LayoutDirection direction = Qt::LeftToRight) {
        QTest::newRow(name) << int(status) << text << width << selected << ratio << direction;
    };
    add("running", WorkloadStatus::Running, QStringLiteral("Running"), 140, false, 1);
    add("failed, selected", WorkloadStatus::Failed, QStringLiteral("Failed"), 140, true, 1);
    add("pending", WorkloadStatus::Pending, QStringLiteral("Pending"), 140, false, 1);
    add("completed", WorkloadStatus::Completed, QStringLiteral("Completed"), 140, false, 1);
    add("degraded", WorkloadStatus::Degraded, QStringLiteral("Degraded"), 140, true, 1);
    add("stopped", WorkloadStatus::Stopped, QStringLiteral("Stopped"), 140, false, 1);
    add("deleted", WorkloadStatus::Deleted, QStringLiteral("Deleted"), 140, false, 1);
    add("unknown", WorkloadStatus::Unknown, QStringLiteral("Unknown"), 140, false, 1);
    add("elided in a narrow column", WorkloadStatus::Running, QStringLiteral("Delete failed"), 70, false, 1);
    add("narrower than its glyph", WorkloadStatus::Failed, QStringLiteral("Failed"), 20, false, 1);
    add("no room at all", WorkloadStatus::Failed, QStringLiteral("Failed"), 6, false, 1);
    add("a translated label", WorkloadStatus::Running, QStringLiteral("Käynnissä"), 140, false, 1);
    add("high-dpi screen", WorkloadStatus::Running, QStringLiteral("Running"), 140, false, 2);
    add("fractional scaling", WorkloadStatus::Pending, QStringLiteral("Pending"), 140, true, 1.5);
    add("right-to-left", WorkloadStatus::Running,
        QStringLiteral("\u05E8\u05E5 \u05E2\u05DB\u05E9\u05D9\u05D5"), 140, false, 1, Qt::RightToLeft);
}

void tst_StatusDelegate::paintsTheBadgeAsDrawnInPlace()
{
    QFETCH(int, status);
    QFETCH(QString, text);
    QFETCH(int, width);
    QFETCH(bool, selected);
    QFETCH(qreal, ratio);
    QFETCH(Qt::LayoutDirection, direction);

    const Cell cell(WorkloadStatus(status), text, width, selected);
    StatusDelegate delegate;
    const QImage expected = paintedDirectly(cell, ratio, direction);
    const QImage first = paintedByDelegate(delegate, cell, ratio, direction);
    const QImage again = paintedByDelegate(delegate, cell, ratio, direction);
    QCOMPARE(first.size(), expected.size());
    QVERIFY2(withinRounding(first, expected), qPrintable(QStringLiteral("%1 pixels differ by more than %2")
                                                             .arg(pixelsApart(first, expected, roundingSteps))
                                                             .arg(roundingSteps)));
    QCOMPARE(again, first);
    // The badge is there: the cell is not just its background.
    QStyleOptionViewItem frameOnly = cell.option;
    QImage background = canvas(expected.size() / ratio, ratio);
    {
        QPainter painter(&background);
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &frameOnly, &painter, nullptr);
    }
    if (width > 8)
        QVERIFY(pixelsApart(first, background, 20) > 0);
    else
        QCOMPARE(pixelsApart(first, background, 0), 0);
}

void tst_StatusDelegate::aRepaintDrawsFromWhatItKept()
{
    StatusDelegate delegate;
    const Cell running(WorkloadStatus::Running, QStringLiteral("Running"), 140, false);
    const Cell selected(WorkloadStatus::Running, QStringLiteral("Running"), 140, true);
    paintedByDelegate(delegate, running, 1);
    QCOMPARE(delegate.keptBadges(), 1);
    // The same badge in a selected row and in another row: nothing drawn anew.
    paintedByDelegate(delegate, selected, 1);
    Cell lower(WorkloadStatus::Running, QStringLiteral("Running"), 140, false);
    lower.option.rect.translate(0, 200);
    QImage tall = canvas(QSize(160, 260), 1);
    {
        QPainter painter(&tall);
        painter.setLayoutDirection(Qt::LeftToRight);
        delegate.paint(&painter, lower.option, lower.index());
    }
    QCOMPARE(delegate.keptBadges(), 1);
    // A wider column, a larger font or a high-dpi screen each get a badge of their own.
    const Cell wider(WorkloadStatus::Running, QStringLiteral("Running"), 200, false);
    paintedByDelegate(delegate, wider, 1);
    paintedByDelegate(delegate, running, 2);
    Cell larger(WorkloadStatus::Running, QStringLiteral("Running"), 140, false);
    larger.option.font.setPointSizeF(larger.option.font.pointSizeF() * 1.5);
    paintedByDelegate(delegate, larger, 1);
    QCOMPARE(delegate.keptBadges(), 4);
}

void tst_StatusDelegate::aChangedStatusGetsItsOwnBadge()
{
    StatusDelegate delegate;
    Cell cell(WorkloadStatus::Running, QStringLiteral("Running"), 140, false);
    const QImage running = paintedByDelegate(delegate, cell, 1);
    cell.model.setData(cell.index(), QStringLiteral("Failed"));
    cell.model.setData(cell.index(), int(WorkloadStatus::Failed), StatusRole);
    const QImage failed = paintedByDelegate(delegate, cell, 1);
    QVERIFY(pixelsApart(running, failed, 20) > 0);
    QVERIFY(withinRounding(failed, paintedDirectly(cell, 1)));
    // The same label with another status (a server's own wording) still gets that status's colours.
    cell.model.setData(cell.index(), int(WorkloadStatus::Running), StatusRole);
    QVERIFY(withinRounding(paintedByDelegate(delegate, cell, 1), paintedDirectly(cell, 1)));
    QCOMPARE(delegate.keptBadges(), 3);
}

void tst_StatusDelegate::selectionChangesOnlyTheLabelsColour()
{
    StatusDelegate delegate;
    Cell cell(WorkloadStatus::Completed, QStringLiteral("Completed"), 140, true);
    QPalette palette = cell.option.palette;
    palette.setColor(QPalette::HighlightedText, QColor(255, 0, 255));
    palette.setColor(QPalette::Highlight, QColor(0, 0, 128));
    cell.option.palette = palette;
    const QImage image = paintedByDelegate(delegate, cell, 1);
    int magenta = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.red() > 200 && pixel.blue() > 200 && pixel.green() < 60)
                ++magenta;
        }
    QVERIFY2(magenta > 10, "the label is drawn in the highlighted text colour");
    QVERIFY(withinRounding(image, paintedDirectly(cell, 1)));
}

void tst_StatusDelegate::keepsAtMostItsLimit()
{
    StatusDelegate delegate;
    for (int width = 40; width < 40 + StatusDelegate::limit + 20; ++width)
        paintedByDelegate(delegate, Cell(WorkloadStatus::Running, QStringLiteral("Running"), width, false),
                          1);
    QCOMPARE(delegate.keptBadges(), StatusDelegate::limit);
}

QTEST_MAIN(tst_StatusDelegate)
#include "tst_statusdelegate.moc"
