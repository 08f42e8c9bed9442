// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/workload.h"
#include "domain/workloadfield.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

// RFC 4180 CSV: CRLF line ends, fields with a comma, quote, CR or LF (or edge spaces) quoted, quotes
// doubled, UTF-8.
namespace Workdeck::Csv {

QString quoteField(const QString &field);
QByteArray write(const QStringList &header, const QList<QStringList> &rows);
// The workloads as a table with the given columns (Actions is skipped), header row first.
QByteArray writeWorkloads(const QList<Workload> &workloads, const QList<WorkloadField> &fields);

} // namespace Workdeck::Csv
