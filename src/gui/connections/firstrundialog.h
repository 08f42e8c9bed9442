// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Workdeck {

// The first start's question: connect to a cluster (a new connection profile), or try the
// sandbox (a simulated cluster on this computer). Rejected: the user closed it, Workdeck quits.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        Cluster,
        Sandbox,
    };

    explicit FirstRunDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::Sandbox;
};

} // namespace Workdeck
