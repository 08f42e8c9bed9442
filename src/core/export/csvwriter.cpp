// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

namespace Workdeck::Csv {

QString quoteField(const QString &field)
{
    const bool needsQuotes = field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) ||
                             field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r')) ||
                             (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

namespace {

void appendRow(QString &out, const QStringList &row)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        out += quoteField(row.at(i));
    }
    out += QStringLiteral("\r\n");
}

} // namespace

QByteArray write(const QStringList &header, const QList<QStringList> &rows)
{
    QString out;
    appendRow(out, header);
    for (const QStringList &row : rows)
        appendRow(out, row);
    return out.toUtf8();
}

QByteArray writeWorkloads(const QList<Workload> &workloads, const QList<WorkloadField> &fields)
{
    QList<WorkloadField> columns = fields;
    columns.removeAll(WorkloadField::Actions);
    QStringList header;
    for (WorkloadField field : columns)
        header.append(workloadFieldTitle(field));
    QList<QStringList> rows;
    rows.reserve(workloads.size());
    for (const Workload &workload : workloads) {
        QStringList row;
        row.reserve(columns.size());
        for (WorkloadField field : columns)
            row.append(workloadFieldText(workload, field));
        rows.append(row);
    }
    return write(header, rows);
}

} // namespace Workdeck::Csv
