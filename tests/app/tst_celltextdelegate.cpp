// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The workloads table's text cells keep their laid-out text, and must paint exactly the pixels the
// style paints: each case renders the same table with Qt's own delegate and with ours, and compares.
#include "workloads/celltextdelegate.h"

#include "imagecompare.h"

#include <QApplication>
#include <QHeaderView>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTableView>
#include <QTest>

using namespace Workdeck;
using Workdeck::Test::firstDifference;

namespace {

// Names as users give them, and what the style must elide, align or lay out right to left.
const QStringList texts = {
    QStringLiteral("llama-70b-finetune"),
    QStringLiteral("a-very-long-workload-name-that-cannot-fit-in-the-column-and-is-elided-by-the-style"),
    QStringLiteral("x"),
    QStringLiteral(
        "\u05D0\u05D9\u05DE\u05D5\u05DF \u05DE\u05D5\u05D3\u05DC \u05D2\u05D3\u05D5\u05DC"),        // Hebrew
    QStringLiteral("\u062A\u062F\u0631\u064A\u0628 \u0627\u0644\u0646\u0645\u0648\u0630\u062C-7b"), // Arabic
    QStringLiteral("gpu\u00A0jobs \u2014 ma\u00F1ana \U0001F680"),
    QStringLiteral("two\u2028lines"), // a line separator: left to the style
    QStringLiteral("tab\tinside"),
    QStringLiteral("2026-12-07 04:12"),
    QStringLiteral("ffi ffl fi Wo AV"), // ligatures and kerning
    // Marks stacked above and below the line, drawn beyond the cell: the style clips them to it.
    QStringLiteral("Z\u0301\u0301\u0301\u0301\u0301\u0301\u0301\u0301 g\u0327\u0327\u0327\u0327\u0327\u0327"),
};

QStandardItemModel *makeModel(QObject *parent)
{
    auto *model = new QStandardItemModel(int(texts.size()), 4, parent);
    for (int row = 0; row < texts.size(); ++row) {
        for (int column = 0; column < 4; ++column) {
            auto *item = new QStandardItem(texts.at((row + column) % texts.size()));
            if (column == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (column == 3 && row % 3 == 0)
                item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
            if (row == 4 && column == 1) {
                QFont bold;
                bold.setBold(true);
                item->setFont(bold);
            }
            if (row == 5 && column == 0)
                item->setEnabled(false);
            if (row == 6 && column == 1) // as a model colours a failed workload
                item->setForeground(QColor(0xb3, 0x26, 0x1e));
            if (row == 7 && column == 2)
                item->setBackground(QColor(0xfd, 0xe7, 0xe9));
            model->setItem(row, column, item);
        }
    }
    return model;
}

struct Table
{
    QTableView view;
    CellTextDelegate *ours = nullptr;

    explicit Table(bool withOurs)
    {
        view.setModel(makeModel(&view));
        view.setWordWrap(false);
        view.setAlternatingRowColors(true);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.verticalHeader()->hide();
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 12);
        view.setColumnWidth(0, 160);
        view.setColumnWidth(1, 230);
        view.setColumnWidth(2, 120);
        view.setColumnWidth(3, 37); // narrower than most texts: elided down to "…"
        view.resize(620, 360);
        if (withOurs) {
            ours = new CellTextDelegate(&view);
            view.setItemDelegate(ours);
        }
    }
};

QImage render(QTableView &view)
{
    return view.viewport()->grab().toImage();
}

} // namespace

class tst_CellTextDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paintsWhatTheStylePaints_data();
    void paintsWhatTheStylePaints();
    void keepsTheTextItLaidOut();
    void aChangedTextIsLaidOutAgain();
    void aStyleSheetDrawsItsOwnText();
    void keepsAtMostItsLimit();
};

void tst_CellTextDelegate::paintsWhatTheStylePaints_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<bool>("selected");
    QTest::addColumn<bool>("focused");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<Qt::TextElideMode>("elideMode");
    QTest::addColumn<int>("pointSize"); // 0: the default
    QTest::addColumn<QString>("styleName");

    QTest::newRow("plain") << Qt::LeftToRight << false << false << true << Qt::ElideRight << 0 << QString();
    QTest::newRow("selected rows, focus")
        << Qt::LeftToRight << true << true << true << Qt::ElideRight << 0 << QString();
    QTest::newRow("right to left") << Qt::RightToLeft << true << false << true << Qt::ElideRight << 0
                                   << QString();
    QTest::newRow("elided in the middle")
        << Qt::LeftToRight << false << false << true << Qt::ElideMiddle << 0 << QString();
    QTest::newRow("elided on the left")
        << Qt::LeftToRight << true << false << true << Qt::ElideLeft << 0 << QString();
    QTest::newRow("not elided") << Qt::LeftToRight << false << false << true << Qt::ElideNone << 0
                                << QString();
    QTest::newRow("disabled view") << Qt::LeftToRight << true << false << false << Qt::ElideRight << 0
                                   << QString();
    QTest::newRow("large font") << Qt::LeftToRight << true << false << true << Qt::ElideRight << 19
                                << QString();
    QTest::newRow("windows style") << Qt::LeftToRight << true << true << true << Qt::ElideRight << 0
                                   << QStringLiteral("Windows");
}

void tst_CellTextDelegate::paintsWhatTheStylePaints()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(bool, selected);
    QFETCH(bool, focused);
    QFETCH(bool, enabled);
    QFETCH(Qt::TextElideMode, elideMode);
    QFETCH(int, pointSize);
    QFETCH(QString, styleName);

    std::unique_ptr<QStyle> style(styleName.isEmpty() ? nullptr : QStyleFactory::create(styleName));
    if (!styleName.isEmpty() && !style)
        QSKIP("style not available");
    Table theirs(false);
    Table ours(true);
    for (Table *table : {&theirs, &ours}) {
        QTableView &view = table->view;
        view.setLayoutDirection(direction);
        view.setTextElideMode(elideMode);
        view.setEnabled(enabled);
        if (style)
            view.setStyle(style.get());
        if (pointSize > 0) {
            QFont font = view.font();
            font.setPointSize(pointSize);
            view.setFont(font);
            view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 12);
        }
        if (selected) {
            view.selectRow(1);
            view.selectionModel()->select(view.model()->index(4, 0),
                                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        if (focused) {
            view.setCurrentIndex(view.model()->index(1, 1));
            view.setAttribute(Qt::WA_KeyboardFocusChange);
        }
    }
    const QImage expected = render(theirs.view);
    const QImage first = render(ours.view);
    QVERIFY2(ours.ours->keptTexts() > 0, "the delegate painted no text itself");
    QVERIFY2(first == expected, qPrintable(firstDifference(first, expected)));
    // Again from the texts kept.
    const QImage second = render(ours.view);
    QVERIFY2(second == expected, qPrintable(firstDifference(second, expected)));
}

void tst_CellTextDelegate::keepsTheTextItLaidOut()
{
    Table table(true);
    render(table.view);
    const qsizetype kept = table.ours->keptTexts();
    QVERIFY(kept > 0);
    render(table.view);
    QCOMPARE(table.ours->keptTexts(), kept);
    // A wider column is laid out anew.
    table.view.setColumnWidth(1, 300);
    render(table.view);
    QVERIFY(table.ours->keptTexts() > kept);
}

void tst_CellTextDelegate::aChangedTextIsLaidOutAgain()
{
    Table theirs(false);
    Table ours(true);
    render(ours.view);
    for (Table *table : {&theirs, &ours}) {
        auto *model = static_cast<QStandardItemModel *>(table->view.model());
        model->item(0, 0)->setText(QStringLiteral("renamed-workload"));
        model->item(2, 2)->setText(QStringLiteral("Pending"));
        model->item(3, 1)->setTextAlignment(Qt::AlignRight | Qt::AlignBottom);
    }
    const QImage expected = render(theirs.view);
    const QImage actual = render(ours.view);
    QVERIFY2(actual == expected, qPrintable(firstDifference(actual, expected)));
}

void tst_CellTextDelegate::aStyleSheetDrawsItsOwnText()
{
    Table theirs(false);
    Table ours(true);
    const QString sheet = QStringLiteral("QTableView::item { padding-left: 9px; color: #2e9e44; }");
    theirs.view.setStyleSheet(sheet);
    ours.view.setStyleSheet(sheet);
    const QImage expected = render(theirs.view);
    const QImage actual = render(ours.view);
    QCOMPARE(ours.ours->keptTexts(), 0);
    QVERIFY2(actual == expected, qPrintable(firstDifference(actual, expected)));
}

void tst_CellTextDelegate::keepsAtMostItsLimit()
{
    Table table(true);
    auto *model = static_cast<QStandardItemModel *>(table.view.model());
    for (int round = 0; round * texts.size() * 4 < CellTextDelegate::limit + 400; ++round) {
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < 4; ++column)
                model->item(row, column)
                    ->setText(QStringLiteral("job-%1-%2-%3").arg(round).arg(row).arg(column));
        render(table.view);
    }
    QCOMPARE(table.ours->keptTexts(), CellTextDelegate::limit);
}

QTEST_MAIN(tst_CellTextDelegate)
#include "tst_celltextdelegate.moc"
