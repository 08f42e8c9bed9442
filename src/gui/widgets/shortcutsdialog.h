// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTableWidget;

namespace Workdeck {

// Help → Keyboard Shortcuts: every shortcut of the window's actions (read from the actions
// themselves, so the list cannot drift) and the keys that work without an action.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // Rows as shown: what the key does, and the keys (native text).
    QList<std::pair<QString, QString>> rows() const;

private:
    QTableWidget *m_table;
};

} // namespace Workdeck
