// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workload.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QVBoxLayout;

namespace Workdeck {

// The Details tab: every field the backend gave, grouped into basic information, resources,
// timeline and endpoints (with Copy and Open), and the scheduling message of a waiting workload.
class WorkloadDetailsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit WorkloadDetailsWidget(QWidget *parent = nullptr);

    void showWorkload(const Workload &workload);
    void clear();
    // The value shown for a field label, for tests and accessibility checks.
    QString valueOf(const QString &label) const;

private:
    void addComponents(const QList<WorkloadComponent> &components);
    QWidget *addGroup(const QString &title, QFormLayout **form);
    void addRow(QFormLayout *form, const QString &label, const QString &value, const QString &tooltip = {});

    QVBoxLayout *m_layout;
    QLabel *m_placeholder;
    QWidget *m_content;
};

} // namespace Workdeck
