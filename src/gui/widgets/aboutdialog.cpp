// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "ui_aboutdialog.h"

#include <QIcon>

namespace Workdeck {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->icon->setPixmap(QIcon(QStringLiteral(":/icons/workdeck.svg")).pixmap(64, 64));
    QFont title = m_ui->name->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->name->setFont(title);
    m_ui->version->setText(tr("Version %1").arg(QStringLiteral(WORKDECK_VERSION)));
    m_ui->details->setText(tr("Licence: GNU General Public License, version 3 or later.<br>"
                              "Built with Qt %1, running on Qt %2.<br>"
                              "<a href=\"https://github.com/workdeck/workdeck\">Source code and issues</a>")
                               .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::versionText() const
{
    return m_ui->version->text();
}

} // namespace Workdeck
