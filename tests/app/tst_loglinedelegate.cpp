// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The log view draws text that needs no shaping as glyphs, straight from the font. It must paint the
// very pixels Qt's text layout paints: each case renders the same log with glyphs on and off, and
// compares. Text that needs shaping or another font still goes to the layout.
#include "details/loglinedelegate.h"
#include "loglinemodel.h"

#include "imagecompare.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

using namespace Workdeck;
using Workdeck::Test::firstDifference;

namespace {

LogEntry entry(const QString &message, LogLevel level, const QString &source = {})
{
    LogEntry e;
    e.rawTimestamp =
        QStringLiteral("2026-03-02T09:20:%1.402113Z").arg(message.size() % 60, 2, 10, QLatin1Char('0'));
    e.message = message;
    e.level = level;
    e.source = source;
    return e;
}

QList<LogEntry> entries()
{
    return {
        entry(QStringLiteral("INFO 03-02 09:20:11 [metrics.py:351] Avg prompt throughput: 164.2 tokens/s"),
              LogLevel::Info),
        entry(QStringLiteral("{'loss': 0.4123, 'grad_norm': 1.220, 'learning_rate': 2e-05}"),
              LogLevel::Debug),
        entry(QStringLiteral("WARNING: torch.utils.checkpoint: use_reentrant"), LogLevel::Warning,
              QStringLiteral("worker-0")),
        entry(QStringLiteral("HIP out of memory. Tried to allocate 2.50 GiB"), LogLevel::Error),
        entry(QStringLiteral("fatal: caf\u00e9 se\u00f1or \u00c5ngstr\u00f6m \u0141\u00f3d\u017a 100\u00a0%"),
              LogLevel::Critical),
        entry(QStringLiteral("no level here"), LogLevel::Unknown),
        entry(QStringLiteral("tab\tseparated\tcolumns"), LogLevel::Info),
        entry(QStringLiteral("soft\u00adhyphen"), LogLevel::Info),
        entry(QStringLiteral("\u6a21\u578b\u5df2\u52a0\u8f7d \U0001F680 done"),
              LogLevel::Info), // fallback fonts
        entry(QStringLiteral("\u05D0\u05D9\u05DE\u05D5\u05DF mixed with text"),
              LogLevel::Info), // right to left
        entry(QStringLiteral("Z\u0301\u0301 e\u0301 combining"), LogLevel::Info),
        entry(QStringLiteral("\u001b[32mINFO\u001b[0m: coloured by the program"), LogLevel::Info),
        entry(QString(), LogLevel::Info),
        entry(QStringLiteral("0123456789 ").repeated(500), LogLevel::Info), // past the right edge
        entry(QStringLiteral("trace line"), LogLevel::Trace, QStringLiteral("sidecar")),
    };
}

struct LogTable
{
    LogLineModel model;
    LogLineDelegate delegate;
    QTableView view;

    LogTable(bool glyphs, const QFont &font, int width)
    {
        delegate.setPlainGlyphs(glyphs);
        model.enqueue(entries());
        model.flush();
        // As the log tab sets its view up.
        view.setModel(&model);
        view.setItemDelegate(&delegate);
        view.setFont(font);
        view.setShowGrid(false);
        view.setWordWrap(false);
        view.horizontalHeader()->hide();
        view.horizontalHeader()->setStretchLastSection(true);
        view.verticalHeader()->hide();
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + 6);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view.resize(width, 420);
    }
};

} // namespace

class tst_LogLineDelegate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paintsWhatTheTextLayoutPaints_data()
    {
        QTest::addColumn<bool>("fixedFont");
        QTest::addColumn<int>("pointSize"); // 0: the font's own
        QTest::addColumn<bool>("timestamps");
        QTest::addColumn<bool>("selected");
        QTest::addColumn<int>("width");
        QTest::newRow("fixed font") << true << 0 << true << false << 900;
        QTest::newRow("fixed font, selected lines") << true << 0 << true << true << 900;
        QTest::newRow("fixed font, narrow") << true << 0 << true << false << 260;
        QTest::newRow("fixed font, no times") << true << 0 << false << false << 900;
        QTest::newRow("fixed font, large") << true << 17 << true << true << 900;
        QTest::newRow("proportional font: all laid out") << false << 0 << true << true << 900;
    }

    void paintsWhatTheTextLayoutPaints()
    {
        QFETCH(bool, fixedFont);
        QFETCH(int, pointSize);
        QFETCH(bool, timestamps);
        QFETCH(bool, selected);
        QFETCH(int, width);
        QFont font = fixedFont ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : QFont();
        if (pointSize > 0)
            font.setPointSize(pointSize);
        LogTable layout(false, font, width);
        LogTable glyphs(true, font, width);
        for (LogTable *table : {&layout, &glyphs}) {
            table->delegate.setShowTimestamps(timestamps);
            if (selected) {
                table->view.selectRow(2);
                table->view.selectionModel()->select(table->model.index(4),
                                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        }
        const QImage expected = layout.view.viewport()->grab().toImage();
        const QImage actual = glyphs.view.viewport()->grab().toImage();
        QCOMPARE(layout.delegate.textsDrawnAsGlyphs(), 0);
        // Times, tags and most messages went the short way, in a fixed-pitch font; the rest (and
        // text in a font with kerning) still showed the same.
        if (fixedFont)
            QVERIFY2(glyphs.delegate.textsDrawnAsGlyphs() >= 20, "few texts were drawn as glyphs");
        else
            QCOMPARE(glyphs.delegate.textsDrawnAsGlyphs(), 0);
        QVERIFY2(actual == expected, qPrintable(firstDifference(actual, expected)));
    }

    void shapedTextGoesToTheLayout()
    {
        // One line at a time: only the time and tag are glyphs when the message needs shaping.
        const QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        const QList<LogEntry> all = entries();
        const QList<int> shaped = {6, 7, 8, 9, 10, 11, 12}; // tab .. escapes, and the empty line: nothing
        for (int row = 0; row < all.size(); ++row) {
            LogTable table(true, font, 900);
            table.model.clear();
            table.model.enqueue({all.at(row)});
            table.model.flush();
            table.view.viewport()->grab();
            const qint64 before = table.delegate.textsDrawnAsGlyphs();
            table.view.viewport()->grab();
            // Time, tag ("—" needs a layout), source if any, message.
            const qint64 expected = 1 + (row == 5 ? 0 : 1) + (all.at(row).source.isEmpty() ? 0 : 1) +
                                    (shaped.contains(row) ? 0 : 1);
            QCOMPARE(table.delegate.textsDrawnAsGlyphs() - before, expected);
        }
    }
};

QTEST_MAIN(tst_LogLineDelegate)
#include "tst_loglinedelegate.moc"
