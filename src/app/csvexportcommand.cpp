// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexportcommand.h"

#include "backends/backend.h"
#include "domain/workloadfilter.h"
#include "export/csvwriter.h"
#include "projectresolver.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace Workdeck {

CsvExportCommand::CsvExportCommand(Backend *backend, QString projectName, QString filePath,
                                   QTextStream *errors, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
    , m_projectName(std::move(projectName))
    , m_filePath(std::move(filePath))
    , m_errors(errors)
{}

void CsvExportCommand::start()
{
    resolveProject(m_backend, m_projectName, this, [this](Result<Project> project) {
        if (!project) {
            fail(project.error().kind == ApiError::Kind::NotFound && project.error().httpStatus == 0
                     ? project.error().message
                     : CsvExportCommand::tr("could not list the projects: %1")
                           .arg(project.error().toString()));
            return;
        }
        exportProject(project.value());
    });
}

void CsvExportCommand::exportProject(const Project &project)
{
    m_backend->listWorkloads(project, {}, this, [this, project](Result<QList<Workload>> result) {
        if (!result) {
            fail(CsvExportCommand::tr("could not list the workloads of \u201c%1\u201d").arg(project.name),
                 result.error());
            return;
        }
        const WorkloadMatcher filter; // the table's default view
        QList<Workload> rows;
        for (const Workload &workload : result.value()) {
            if (filter.matches(workload))
                rows.append(workload);
        }
        std::stable_sort(rows.begin(), rows.end(), [](const Workload &a, const Workload &b) {
            if (a.createdAt != b.createdAt)
                return a.createdAt > b.createdAt;
            return a.title().localeAwareCompare(b.title()) < 0;
        });
        const QByteArray csv = Csv::writeWorkloads(rows, defaultVisibleFields(m_backend->availableFields()));

        if (m_filePath == u"-") {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly) || out.write(csv) != csv.size()) {
                fail(CsvExportCommand::tr("could not write to standard output"));
                return;
            }
            out.flush();
        } else {
            QSaveFile file(m_filePath);
            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
                fail(CsvExportCommand::tr("could not write %1: %2").arg(m_filePath, file.errorString()));
                return;
            }
        }
        Q_EMIT finished(0);
    });
}

void CsvExportCommand::fail(const QString &message)
{
    *m_errors << "workdeck: " << message << Qt::endl;
    Q_EMIT finished(1);
}

void CsvExportCommand::fail(const QString &what, const ApiError &error)
{
    fail(what + QStringLiteral(": ") + error.toString());
}

} // namespace Workdeck
