// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/project.h"

#include <QObject>
#include <QTextStream>

namespace Workdeck {

class Backend;
struct ApiError;

// Headless --export-csv: finds the project by name or id, loads its workloads and writes them as
// the table shows them by default (every status but Deleted, default columns, newest first).
// Emits finished(exitCode) once; on failure it has written what went wrong to `errors`.
class CsvExportCommand : public QObject
{
    Q_OBJECT
public:
    CsvExportCommand(Backend *backend, QString projectName, QString filePath, QTextStream *errors,
                     QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void exportProject(const Project &project);
    void fail(const QString &message);
    void fail(const QString &what, const ApiError &error);

    Backend *m_backend;
    QString m_projectName;
    QString m_filePath;
    QTextStream *m_errors;
};

} // namespace Workdeck
