// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/project.h"

#include <QAbstractListModel>

namespace Workdeck {

// The projects the user may pick, in the order given (sorted by name by setProjects).
class ProjectListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    void setProjects(QList<Project> projects);
    const Project &projectAt(int row) const { return m_projects.at(row); }
    int rowOf(const QString &idOrName) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Project> m_projects;
};

} // namespace Workdeck
