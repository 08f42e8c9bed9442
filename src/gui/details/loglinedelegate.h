// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRegularExpression>
#include <QStyledItemDelegate>

namespace Workdeck {

// Paints one log line: time, a level tag, the source, and the message with its ANSI colours and
// the search matches highlighted. In single-line mode every row has the same height, so the view
// can use uniform item sizes and stays fast with a million lines.
class LogLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LogLineDelegate(QObject *parent = nullptr);

    void setShowTimestamps(bool show) { m_showTimestamps = show; }
    bool showTimestamps() const { return m_showTimestamps; }
    void setWrap(bool wrap) { m_wrap = wrap; }
    void setSearch(const QRegularExpression &expression) { m_search = expression; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Where the message starts, after the time, level and source columns.
    int messageOffset(const QFontMetrics &metrics, const QModelIndex &index) const;

private:
    bool m_showTimestamps = true;
    bool m_wrap = false;
    QRegularExpression m_search;
};

} // namespace Workdeck
