// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelroles.h"
#include "projectlistmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace Workdeck;

class TestProjectListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sortsAndFinds();
};

void TestProjectListModel::sortsAndFinds()
{
    ProjectListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.data(model.index(0)), QVariant()); // empty: asked anyway by combo boxes
    Project nlp;
    nlp.id = QStringLiteral("8afa9fb8-2e96-4b23-b4fd-7f9cc58fb9aa");
    nlp.name = QStringLiteral("team-nlp");
    nlp.clusterName = QStringLiteral("cluster1");
    Project vision;
    vision.id = vision.name = QStringLiteral("vision-team");
    Project research;
    research.id = research.name = QStringLiteral("research-and-development");
    model.setProjects({vision, nlp, research});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("research-and-development"));
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("vision-team"));
    QCOMPARE(model.rowOf(QStringLiteral("team-nlp")), 1);
    QCOMPARE(model.rowOf(nlp.id), 1); // by id too
    QCOMPARE(model.rowOf(QStringLiteral("nope")), -1);
    QCOMPARE(model.index(1).data(ProjectIdRole).toString(), nlp.id);
    QVERIFY(model.index(1).data(Qt::ToolTipRole).toString().contains(u"cluster1"));
    model.setProjects({research});
    QCOMPARE(model.rowCount(), 1);
    model.setProjects({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestProjectListModel)
#include "tst_projectlistmodel.moc"
