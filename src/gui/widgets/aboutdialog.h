// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace Workdeck {

// Help → About: the version (the same as --version), the licence, the Qt version, and links.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    QString versionText() const;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace Workdeck
