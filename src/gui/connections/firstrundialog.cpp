// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstrundialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Workdeck {

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Welcome to Workdeck"));
    setObjectName(QStringLiteral("FirstRunDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<h3>Welcome to Workdeck</h3>"
                                "<p>Workdeck shows and manages the workloads of your GPU clusters: AMD AI "
                                "Workbench and Run:ai.</p>"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *cluster = new QCommandLinkButton(tr("Connect to a Cluster"),
                                           tr("Enter the address of your AMD AI Workbench or Run:ai "
                                              "server, then sign in."),
                                           this);
    cluster->setObjectName(QStringLiteral("cluster"));
    auto *sandbox = new QCommandLinkButton(tr("Try the Sandbox"),
                                           tr("A simulated cluster on this computer with sample workloads, "
                                              "logs and metrics. Nothing leaves your machine."),
                                           this);
    sandbox->setObjectName(QStringLiteral("sandbox"));
    layout->addWidget(cluster);
    layout->addWidget(sandbox);
    auto *later =
        new QLabel(tr("You can add, change and switch connections later in the Connection menu."), this);
    later->setWordWrap(true);
    later->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(later);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Quit"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(cluster, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::Cluster;
        accept();
    });
    connect(sandbox, &QCommandLinkButton::clicked, this, [this] {
        m_choice = Choice::Sandbox;
        accept();
    });
    cluster->setFocus();
    resize(520, sizeHint().height());
}

} // namespace Workdeck
