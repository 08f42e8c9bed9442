// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvwriter.h"

#include <QtTest>

using namespace Workdeck;

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quoting_data();
    void quoting();
    void document();
    void workloads();
};

void TestCsvWriter::quoting_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "llama"
                           << "llama";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "a,b"
                           << "\"a,b\"";
    QTest::newRow("quote") << "say \"hi\""
                           << "\"say \"\"hi\"\"\"";
    QTest::newRow("newline") << "a\nb"
                             << "\"a\nb\"";
    QTest::newRow("carriage return") << "a\rb"
                                     << "\"a\rb\"";
    QTest::newRow("edge space") << " a"
                                << "\" a\"";
    QTest::newRow("unicode") << "caf\u00e9 \u2014 \u6a21\u578b"
                             << "caf\u00e9 \u2014 \u6a21\u578b";
}

void TestCsvWriter::quoting()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    QCOMPARE(Csv::quoteField(field), expected);
}

void TestCsvWriter::document()
{
    const QByteArray csv =
        Csv::write({QStringLiteral("Name"), QStringLiteral("Note")},
                   {{QStringLiteral("a"), QStringLiteral("x,y")}, {QStringLiteral("b"), QString()}});
    QCOMPARE(csv, QByteArray("Name,Note\r\na,\"x,y\"\r\nb,\r\n"));
}

void TestCsvWriter::workloads()
{
    Workload workload;
    workload.id = QStringLiteral("7c0e4b9a-52d1-4f4e-9a77-1f3e2d9b8c10");
    workload.displayName = QStringLiteral("Jupyter, \"lab\"");
    workload.type = WorkloadType::Workspace;
    workload.status = WorkloadStatus::Running;
    workload.projectName = QStringLiteral("team-nlp");
    workload.createdBy = QStringLiteral("jane.doe@example.com");
    workload.createdAt = QDateTime(QDate(2026, 3, 2), QTime(9, 14, 27, 518), Qt::UTC);
    const QByteArray csv = Csv::writeWorkloads(
        {workload}, {WorkloadField::Name, WorkloadField::Type, WorkloadField::Status, WorkloadField::Project,
                     WorkloadField::CreatedBy, WorkloadField::CreatedAt, WorkloadField::Actions});
    QCOMPARE(csv, QByteArray("Name,Type,Status,Project,Created by,Created\r\n"
                             "\"Jupyter, \"\"lab\"\"\",Workspace,Running,team-nlp,jane.doe@example.com,"
                             "2026-03-02T09:14:27Z\r\n"));
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
