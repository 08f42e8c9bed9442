// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "signinstatuswidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Workdeck {

SignInStatusWidget::SignInStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_signIn(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_signIn);
    m_signIn->setText(tr("Sign in\u2026"));
    m_signIn->setAccessibleName(tr("Sign in again"));
    m_signIn->hide();
    m_label->setAccessibleName(tr("Sign-in state"));
    connect(m_signIn, &QToolButton::clicked, this, &SignInStatusWidget::signInRequested);
}

void SignInStatusWidget::showSignedIn(const QString &who, const QStringList &groups,
                                      const QString &secretsWhere)
{
    m_label->setText(who.isEmpty() ? tr("Signed in") : tr("Signed in as %1").arg(who));
    QString tip = groups.isEmpty() ? QString() : tr("Groups: %1").arg(groups.join(QStringLiteral(", ")));
    if (!secretsWhere.isEmpty())
        tip +=
            (tip.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Sign-in kept in %1").arg(secretsWhere);
    m_label->setToolTip(tip);
    m_label->setStyleSheet(QString());
    m_signIn->hide();
}

void SignInStatusWidget::showSigningIn()
{
    m_label->setText(tr("Signing in\u2026"));
    m_label->setToolTip(tr("Finish the sign-in in your browser."));
    m_signIn->hide();
}

void SignInStatusWidget::showSignedOut(const QString &reason)
{
    m_label->setText(tr("Signed out \u2014 sign in again"));
    m_label->setToolTip(reason);
    m_label->setStyleSheet(
        QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 1px 6px;"));
    m_signIn->show();
}

} // namespace Workdeck
