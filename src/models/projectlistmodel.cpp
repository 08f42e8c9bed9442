// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectlistmodel.h"

#include "modelroles.h"

#include <algorithm>
#include <QCoreApplication>

namespace Workdeck {

void ProjectListModel::setProjects(QList<Project> projects)
{
    std::sort(projects.begin(), projects.end(),
              [](const Project &a, const Project &b) { return a.name.localeAwareCompare(b.name) < 0; });
    if (projects == m_projects)
        return;
    beginResetModel();
    m_projects = std::move(projects);
    endResetModel();
}

int ProjectListModel::rowOf(const QString &idOrName) const
{
    for (int i = 0; i < m_projects.size(); ++i) {
        if (m_projects.at(i).id == idOrName || m_projects.at(i).name == idOrName)
            return i;
    }
    return -1;
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_projects.size());
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() ||
        index.row() >= rowCount()) // views do ask with invalid indexes
        return {};
    const Project &project = m_projects.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return project.name;
    case Qt::ToolTipRole: {
        QString tip = project.name;
        if (!project.description.isEmpty())
            tip += QStringLiteral("\n") + project.description;
        if (!project.clusterName.isEmpty())
            tip += QStringLiteral("\n") +
                   QCoreApplication::translate("ProjectListModel", "Cluster: %1").arg(project.clusterName);
        return tip;
    }
    case ProjectIdRole:
        return project.id;
    default:
        return {};
    }
}

} // namespace Workdeck
