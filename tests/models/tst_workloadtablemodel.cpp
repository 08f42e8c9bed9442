// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelroles.h"
#include "workloadfilterproxymodel.h"
#include "workloadtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

#include <random>

using namespace Workdeck;

namespace {

Workload make(int n, WorkloadStatus status = WorkloadStatus::Running,
              WorkloadType type = WorkloadType::Inference)
{
    Workload workload;
    workload.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    workload.name = QStringLiteral("wb-%1").arg(n);
    workload.displayName = QStringLiteral("workload %1").arg(n);
    workload.status = status;
    workload.type = type;
    workload.projectId = workload.projectName = QStringLiteral("team-nlp");
    workload.createdBy =
        n % 2 ? QStringLiteral("jane.doe@example.com") : QStringLiteral("raj.patel@example.com");
    workload.createdAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC).addSecs(n * 60);
    return workload;
}

QStringList ids(const WorkloadTableModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.workloadAt(row).id;
    return out;
}

const QList<WorkloadField> fields = {WorkloadField::Name, WorkloadField::Type, WorkloadField::Status,
                                     WorkloadField::CreatedBy, WorkloadField::CreatedAt};

} // namespace

class TestWorkloadTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mergeInsertsUpdatesRemoves();
    void mergeSignalsOnlyChangedRows();
    void mergeInBackground();
    void replacesTheFirstPageWithTheWholeList();
    void mergeScatteredRemovalsAndDuplicates();
    void mergeKeepsOneCopyOfTheList_data();
    void mergeKeepsOneCopyOfTheList();
    void displayAndSortRoles();
    void pendingStatusUntilServerMovesOn();
    void filterProxy();
    void sortsOnRawValues();
    void sortsTextNaturallyMissingLast();
    void proxyFollowsRefreshes_data();
    void proxyFollowsRefreshes();
    void typingNarrowsAndWidens();
    void aRowChangedTwiceBeforeItIsPlaced();
};

void TestWorkloadTableModel::mergeInsertsUpdatesRemoves()
{
    WorkloadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFields(fields);
    QCOMPARE(model.columnCount(), fields.size());

    model.merge({make(1), make(2), make(3)});
    QCOMPARE(ids(model), (QStringList{make(1).id, make(2).id, make(3).id}));

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    Workload changed = make(3, WorkloadStatus::Failed);
    model.merge({make(4), changed, make(1)}); // 2 gone, 3 changed, 4 new; server order differs
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 1);
    // Existing rows keep their place; new rows are appended.
    QCOMPARE(ids(model), (QStringList{make(1).id, make(3).id, make(4).id}));
    QCOMPARE(model.workloadAt(model.rowOf(changed.id)).status, WorkloadStatus::Failed);
    QCOMPARE(model.rowOf(make(2).id), -1);
    QCOMPARE(model.rowOf(make(4).id), 2);

    model.merge({});
    QCOMPARE(model.rowCount(), 0);
    model.merge({make(5)});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestWorkloadTableModel::mergeSignalsOnlyChangedRows()
{
    WorkloadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFields(fields);
    QList<Workload> list;
    for (int i = 0; i < 100; ++i)
        list << make(i);
    model.merge(list);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.merge(list); // identical: nothing to say
    QCOMPARE(changed.count(), 0);

    list[10].status = WorkloadStatus::Completed;
    list[11].status = WorkloadStatus::Completed;
    list[50].displayName = QStringLiteral("renamed");
    QSignalSpy applied(&model, &WorkloadTableModel::mergeApplied);
    model.merge(list);
    // One signal for the rows the changes span (a refresh of 100,000 rows changes thousands);
    // the exact rows come with mergeApplied().
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 10);
    QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 50);
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), 0);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), model.columnCount() - 1);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.at(0).at(0).value<QList<int>>(), (QList<int>{10, 11, 50}));
    QCOMPARE(model.index(50, 0).data().toString(), QStringLiteral("renamed"));
}

void TestWorkloadTableModel::replacesTheFirstPageWithTheWholeList()
{
    // The first page's rows all go, and the whole list is taken as it is (its array shared, not
    // copied row by row after the page's rows): one removal, one insertion, a valid model throughout.
    WorkloadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFields(fields);
    const int count = int(WorkloadTableModel::backgroundMergeThreshold) + 1000;
    QList<Workload> list;
    for (int i = 0; i < count; ++i)
        list << make(i);
    QList<Workload> firstPage = list.mid(count - 100);
    std::reverse(firstPage.begin(), firstPage.end()); // newest first, as the server sorts it
    firstPage[0].gpusAllocated = 2; // the page's figures differ from the list's: the list's count
    model.merge(firstPage);
    QCOMPARE(model.rowCount(), 100);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy finished(&model, &WorkloadTableModel::mergeFinished);
    model.mergeInBackground(list, true);
    QVERIFY(finished.wait(10000));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 99);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), count - 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(model.workloads(), list);
    QCOMPARE(model.workloads().constData(), list.constData()); // taken whole
    QCOMPARE(model.rowOf(list.at(7).id), 7);
    QCOMPARE(model.rowOf(list.constLast().id), count - 1);

    // Merged as usual instead, the page's rows stay where they are and the rest follows them.
    WorkloadTableModel kept;
    kept.setFields(fields);
    kept.merge(firstPage);
    QSignalSpy keptFinished(&kept, &WorkloadTableModel::mergeFinished);
    kept.mergeInBackground(list);
    QVERIFY(keptFinished.wait(10000));
    QCOMPARE(kept.rowCount(), count);
    QCOMPARE(kept.workloadAt(0).id, list.constLast().id);
}

void TestWorkloadTableModel::mergeScatteredRemovalsAndDuplicates()
{
    WorkloadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFields(fields);
    QList<Workload> list;
    for (int i = 0; i < 20; ++i)
        list << make(i);
    model.merge(list);
    QList<Workload> next;
    for (int i = 0; i < 20; ++i) {
        if (i % 3 != 0)
            next << make(i);
    }
    Workload duplicate = make(100);
    next << duplicate;
    duplicate.displayName = QStringLiteral("second copy wins");
    next << duplicate;
    model.merge(next);
    QCOMPARE(model.rowCount(), next.size() - 1);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.workloadAt(row).id), row);
    QCOMPARE(model.workloadAt(model.rowOf(duplicate.id)).displayName, QStringLiteral("second copy wins"));
}

void TestWorkloadTableModel::mergeKeepsOneCopyOfTheList_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("on the GUI thread") << 50;
    QTest::newRow("in the background") << int(WorkloadTableModel::backgroundMergeThreshold) + 500;
}

void TestWorkloadTableModel::mergeKeepsOneCopyOfTheList()
{
    // The rows are the values of the list last given, unchanged ones too: a refresh leaves one copy
    // of each text, not the old one in the table and the new one in the service. Where the rows are
    // the whole list in its order, the table shares the list itself.
    QFETCH(int, count);
    WorkloadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFields(fields);
    QSignalSpy finished(&model, &WorkloadTableModel::mergeFinished);
    const auto build = [count](int from) { // equal values, texts of their own
        QList<Workload> list;
        for (int i = from; i < count; ++i)
            list << make(i);
        return list;
    };
    const auto mergeAndWait = [&](const QList<Workload> &list) {
        const qsizetype before = finished.count();
        model.mergeInBackground(list);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > before, 10000);
    };
    const QList<Workload> first = build(0);
    mergeAndWait(first);
    QVERIFY(model.workloads().isSharedWith(first)); // the first load

    const QList<Workload> second = build(0); // the same rows, fetched again
    mergeAndWait(second);
    QVERIFY(model.workloads().isSharedWith(second));
    QCOMPARE(model.workloadAt(7).name.constData(), second.at(7).name.constData());

    // Rows gone, one changed, one new: the table's own order, the new list's texts.
    QList<Workload> third = build(3);
    third[10].status = WorkloadStatus::Failed;
    third.prepend(make(count + 1));
    const QList<Workload> given = third;
    mergeAndWait(third);
    QCOMPARE(third, given); // the list given is left as it was
    QCOMPARE(model.rowCount(), count - 3 + 1);
    QCOMPARE(model.workloadAt(model.rowCount() - 1).id, make(count + 1).id); // new rows go last
    for (int row = 0; row < model.rowCount(); ++row) {
        const Workload &shown = model.workloadAt(row);
        const auto source = std::find_if(third.cbegin(), third.cend(),
                                         [&shown](const Workload &w) { return w.id == shown.id; });
        QVERIFY(source != third.cend());
        QCOMPARE(shown, *source);
        QCOMPARE(shown.name.constData(), source->name.constData());
        QCOMPARE(shown.createdBy.constData(), source->createdBy.constData());
    }
    QCOMPARE(model.workloadAt(model.rowOf(third.at(11).id)).status, WorkloadStatus::Failed);

    // Rows removed from a table that shares its list: the list stays whole.
    const QList<Workload> fourth = build(0);
    mergeAndWait(fourth); // the new row gone, the first three back (appended)
    const QList<Workload> shared = model.workloads();
    const QList<Workload> fifth = model.workloads().mid(5);
    mergeAndWait(model.workloads()); // unchanged: the table now shares its own rows' list
    mergeAndWait(fifth);
    QCOMPARE(model.rowCount(), fifth.size());
    QCOMPARE(shared.size(), count); // the list the table shared is left as it was
    QCOMPARE(model.workloads(), fifth);
}

void TestWorkloadTableModel::displayAndSortRoles()
{
    WorkloadTableModel model;
    model.setFields(fields);
    const QDateTime now = QDateTime(QDate(2026, 3, 1), QTime(14, 0), Qt::UTC);
    model.setClock([now] { return now; });
    Workload unknown = make(1);
    unknown.status = WorkloadStatus::Unknown;
    unknown.rawStatus = QStringLiteral("Hibernating");
    model.merge({unknown});
    const int status = model.columnOf(WorkloadField::Status);
    const int created = model.columnOf(WorkloadField::CreatedAt);
    QCOMPARE(model.index(0, status).data().toString(), QStringLiteral("Hibernating"));
    QCOMPARE(model.index(0, status).data(StatusRole).toInt(), int(WorkloadStatus::Unknown));
    QVERIFY(!model.index(0, status).data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.index(0, created).data().toString(), QStringLiteral("2 h ago")); // 12:01 → 14:00
    QCOMPARE(model.index(0, created).data(SortRole).toLongLong(), unknown.createdAt.toMSecsSinceEpoch());
    QVERIFY(model.index(0, created).data(Qt::ToolTipRole).toString().contains(u"2026-03-01"));
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(model.index(0, 0).data(WorkloadIdRole).toString(), unknown.id);
}

void TestWorkloadTableModel::pendingStatusUntilServerMovesOn()
{
    WorkloadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFields(fields);
    model.merge({make(1), make(2)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setPendingStatus(make(1).id, WorkloadStatus::Deleting);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.workloadAt(0).status, WorkloadStatus::Deleting);

    model.merge({make(1), make(2)}); // the server still says Running: keep showing Deleting
    QCOMPARE(model.workloadAt(0).status, WorkloadStatus::Deleting);
    model.merge({make(1, WorkloadStatus::Deleted), make(2)}); // the server caught up
    QCOMPARE(model.workloadAt(0).status, WorkloadStatus::Deleted);
    model.merge({make(1, WorkloadStatus::Running), make(2)});
    QCOMPARE(model.workloadAt(0).status, WorkloadStatus::Running); // no stale override left

    // A failed request puts the server's status back.
    Workload odd = make(2);
    odd.status = WorkloadStatus::Unknown;
    odd.rawStatus = QStringLiteral("Hibernating");
    model.merge({make(1), odd});
    model.setPendingStatus(odd.id, WorkloadStatus::Deleting);
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("Deleting"));
    model.clearPendingStatus(odd.id);
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("Hibernating"));
    model.setPendingStatus(QStringLiteral("no-such-id"), WorkloadStatus::Deleting); // ignored
}

void TestWorkloadTableModel::filterProxy()
{
    WorkloadTableModel model;
    model.setFields(fields);
    WorkloadFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    model.merge({make(1), make(2, WorkloadStatus::Deleted),
                 make(3, WorkloadStatus::Failed, WorkloadType::FineTuning),
                 make(4, WorkloadStatus::Pending, WorkloadType::Workspace)});
    QCOMPARE(proxy.rowCount(), 3); // Deleted hidden by default

    WorkloadFilter filter;
    filter.deletedView = true;
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(WorkloadIdRole).toString(), make(2).id);

    filter = {};
    filter.types = {WorkloadType::FineTuning, WorkloadType::Workspace};
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 2);
    filter.statuses = {WorkloadStatus::Failed};
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 1);

    filter = {};
    filter.nameContains = QStringLiteral("WORKLOAD 4");
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 1);
    filter.nameContains.clear();
    filter.createdBy = QStringLiteral("jane");
    proxy.setFilter(filter);
    QCOMPARE(proxy.rowCount(), 2); // 1 and 3 (2 is deleted)

    // A refresh that changes a status moves rows in and out of the filtered view.
    model.merge({make(1, WorkloadStatus::Deleted), make(2, WorkloadStatus::Deleted),
                 make(3, WorkloadStatus::Failed, WorkloadType::FineTuning), make(4)});
    QCOMPARE(proxy.rowCount(), 1);
    QVERIFY(!WorkloadFilter{}.matches(make(9, WorkloadStatus::Deleted)));
    QVERIFY(WorkloadFilter{}.isDefault());
}

void TestWorkloadTableModel::sortsOnRawValues()
{
    WorkloadTableModel model;
    model.setFields({WorkloadField::Name, WorkloadField::Gpus, WorkloadField::CreatedAt});
    WorkloadFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    Workload a = make(1), b = make(2), c = make(3);
    a.gpusAllocated = 10; // as text "10" sorts before "8"; as a number it does not
    b.gpusAllocated = 8;
    c.gpusAllocated.reset(); // unknown sorts last
    model.merge({a, b, c});
    proxy.sort(1, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(WorkloadIdRole).toString(), b.id);
    QCOMPARE(proxy.index(1, 0).data(WorkloadIdRole).toString(), a.id);
    QCOMPARE(proxy.index(2, 0).data(WorkloadIdRole).toString(), c.id);
    proxy.sort(2, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(WorkloadIdRole).toString(), c.id); // newest first
}

void TestWorkloadTableModel::mergeInBackground()
{
    // Lists above the threshold are worked out on a worker; the result is the same as merge().
    WorkloadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFields(fields);
    QSignalSpy finished(&model, &WorkloadTableModel::mergeFinished);
    const int count = int(WorkloadTableModel::backgroundMergeThreshold) + 1000;
    QList<Workload> list;
    for (int i = 0; i < count; ++i)
        list << make(i);
    model.mergeInBackground(list);
    QCOMPARE(model.rowCount(), 0); // not yet: the worker has it
    QVERIFY(finished.wait(10000));
    QCOMPARE(model.rowCount(), count);
    QCOMPARE(model.workloads(), list);

    // A persistent index (the selection) follows its row across removals above it.
    const QPersistentModelIndex selected = model.index(4000, 0);
    const QString selectedId = model.workloadAt(4000).id;
    QList<Workload> fewer = list.mid(100);
    fewer[3900].displayName = QStringLiteral("changed");
    model.mergeInBackground(fewer);
    QVERIFY(finished.wait(10000));
    QCOMPARE(model.rowCount(), count - 100);
    QVERIFY(selected.isValid());
    QCOMPARE(model.workloadAt(selected.row()).id, selectedId);
    QCOMPARE(model.workloadAt(selected.row()).displayName, QStringLiteral("changed"));

    // A newer list supersedes one still under way: only the newest is applied.
    QList<Workload> first = fewer;
    first[0].displayName = QStringLiteral("first");
    QList<Workload> second = fewer;
    second[0].displayName = QStringLiteral("second");
    second << make(count + 1);
    const int before = int(finished.count());
    model.mergeInBackground(first);
    model.mergeInBackground(second);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), before + 1, 10000);
    QTest::qWait(100);
    QCOMPARE(finished.count(), before + 1);
    QCOMPARE(model.workloads(), second);

    // A pending status set while a merge is under way survives it (the merge is worked out again).
    QList<Workload> third = second;
    third[1].displayName = QStringLiteral("third");
    model.mergeInBackground(third);
    model.setPendingStatus(second.at(5).id, WorkloadStatus::Deleting);
    QVERIFY(finished.wait(10000));
    QCOMPARE(model.workloadAt(model.rowOf(second.at(5).id)).status, WorkloadStatus::Deleting);
    QCOMPARE(model.workloadAt(1).displayName, QStringLiteral("third"));

    // clear() drops a merge still under way.
    model.mergeInBackground(list);
    model.clear();
    QTest::qWait(300);
    QCOMPARE(model.rowCount(), 0);
}

void TestWorkloadTableModel::sortsTextNaturallyMissingLast()
{
    WorkloadTableModel model;
    model.setFields({WorkloadField::Name, WorkloadField::Cluster});
    WorkloadFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QList<Workload> list;
    for (const auto &[n, name, cluster] : {std::tuple{1, "job-10", "mi300x-b"}, std::tuple{2, "job-9", ""},
                                           std::tuple{3, "Job-2", "mi300x-a"}}) {
        Workload workload = make(n);
        workload.displayName = QString::fromLatin1(name);
        workload.clusterName = QString::fromLatin1(cluster);
        list << workload;
    }
    model.merge(list);
    const auto order = [&proxy] {
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names << proxy.index(row, 0).data().toString();
        return names;
    };
    proxy.sort(0, Qt::AscendingOrder); // digits as numbers, case aside
    QCOMPARE(order(), QString::fromLatin1("Job-2,job-9,job-10").split(QLatin1Char(',')));
    proxy.sort(0, Qt::DescendingOrder);
    QCOMPARE(order(), QString::fromLatin1("job-10,job-9,Job-2").split(QLatin1Char(',')));
    proxy.sort(1, Qt::AscendingOrder); // no cluster: last
    QCOMPARE(order(), QString::fromLatin1("Job-2,job-10,job-9").split(QLatin1Char(',')));
    proxy.sort(1, Qt::DescendingOrder); // and last this way too
    QCOMPARE(order(), QString::fromLatin1("job-10,Job-2,job-9").split(QLatin1Char(',')));
    QCOMPARE(proxy.sortColumn(), 1);
    QCOMPARE(proxy.sortOrder(), Qt::DescendingOrder);
    proxy.sort(-1); // the source's order
    QCOMPARE(order(), QString::fromLatin1("job-10,job-9,Job-2").split(QLatin1Char(',')));
}

void TestWorkloadTableModel::proxyFollowsRefreshes_data()
{
    QTest::addColumn<bool>("background");
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("nameContains"); // names in capitals ("JOB-7"), not ASCII ("Jöb-7")
    QTest::addColumn<QString>("createdBy");
    QTest::addColumn<int>("slice"); // changed rows placed per event-loop turn
    const int all = 100000;
    QTest::newRow("unsorted") << false << -1 << int(Qt::AscendingOrder) << QString() << QString() << all;
    QTest::newRow("by GPUs, descending")
        << false << 1 << int(Qt::DescendingOrder) << QString() << QString() << all;
    QTest::newRow("by name") << false << 0 << int(Qt::AscendingOrder) << QString() << QString() << all;
    QTest::newRow("by status, in the background")
        << true << 2 << int(Qt::AscendingOrder) << QString() << QString() << all;
    QTest::newRow("a name typed, other case")
        << false << 0 << int(Qt::AscendingOrder) << QStringLiteral("Ob-1") << QString() << all;
    QTest::newRow("a name typed, not ASCII")
        << false << -1 << int(Qt::AscendingOrder) << QStringLiteral("ÖB-1") << QString() << all;
    QTest::newRow("an id's start typed")
        << false << 1 << int(Qt::AscendingOrder) << QStringLiteral("00000000-0000-4000-8000-00000000001")
        << QString() << all;
    QTest::newRow("a name and a creator, in the background")
        << true << 0 << int(Qt::DescendingOrder) << QStringLiteral("job") << QStringLiteral("JANE") << all;
    QTest::newRow("placed in turns, by GPUs")
        << false << 1 << int(Qt::AscendingOrder) << QStringLiteral("job") << QString() << 7;
    QTest::newRow("placed in turns, by name, in the background")
        << true << 0 << int(Qt::DescendingOrder) << QString() << QString() << 300;
}

void TestWorkloadTableModel::proxyFollowsRefreshes()
{
    // Random refreshes (rows changed, moved by their sort value, hidden and shown by the filter,
    // removed and added anywhere), each checked against a filter and sort done from scratch; the
    // item-model tester checks every signal, and the selected workload stays selected.
    QFETCH(bool, background);
    QFETCH(int, sortColumn);
    QFETCH(int, order);
    QFETCH(QString, nameContains);
    QFETCH(QString, createdBy);
    QFETCH(int, slice);
    WorkloadTableModel model;
    model.setFields({WorkloadField::Name, WorkloadField::Gpus, WorkloadField::Status});
    WorkloadFilterProxyModel proxy;
    proxy.setPlacementSlice(slice);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(sortColumn, Qt::SortOrder(order));
    WorkloadFilter filter;
    filter.statuses = {WorkloadStatus::Running, WorkloadStatus::Pending, WorkloadStatus::Failed};
    filter.nameContains = nameContains;
    filter.createdBy = createdBy;
    proxy.setFilter(filter);

    std::mt19937 random(17);
    const QList<WorkloadStatus> statuses = {WorkloadStatus::Running, WorkloadStatus::Pending,
                                            WorkloadStatus::Failed, WorkloadStatus::Completed,
                                            WorkloadStatus::Deleted};
    const auto randomize = [&](Workload &workload) {
        workload.status = statuses.at(qsizetype(random() % quint32(statuses.size())));
        if (random() % 4 == 0)
            workload.gpusAllocated.reset();
        else
            workload.gpusAllocated = double(random() % 9);
        static const QStringList names = {QStringLiteral("job-%1"), QStringLiteral("job-%1"),
                                          QStringLiteral("job-%1"), QStringLiteral("JOB-%1"),
                                          QStringLiteral("Jöb-%1")};
        workload.displayName = names.at(qsizetype(random() % 5)).arg(random() % 40);
    };
    const int total = background ? int(WorkloadTableModel::backgroundMergeThreshold) + 200 : 300;
    QList<Workload> list;
    int next = 0;
    for (; next < total; ++next) {
        Workload workload = make(next);
        randomize(workload);
        list << workload;
    }
    QSignalSpy finished(&model, &WorkloadTableModel::mergeFinished);
    QSignalSpy placed(&proxy, &WorkloadFilterProxyModel::placed);
    int shownWhenMerged = -1; // of the first merge, as it finished: -1 if the rows were all placed
    connect(&model, &WorkloadTableModel::mergeFinished, &proxy, [&proxy, &shownWhenMerged] {
        if (shownWhenMerged < 0 && proxy.isPlacing())
            shownWhenMerged = proxy.rowCount();
    });
    const auto apply = [&](const QList<Workload> &workloads) {
        if (!background) {
            model.merge(workloads);
            return;
        }
        const qsizetype before = finished.count();
        model.mergeInBackground(workloads);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > before, 20000);
    };
    apply(list);

    const auto keyLess = [&](const Workload &a, const Workload &b) {
        // The expected order, worked out the plain way (missing values last, ties in source order).
        QVariant x = workloadFieldSortValue(a, model.fieldAt(qMax(0, sortColumn)));
        QVariant y = workloadFieldSortValue(b, model.fieldAt(qMax(0, sortColumn)));
        if (x.userType() == QMetaType::QString && x.toString().isEmpty())
            x = QVariant();
        if (y.userType() == QMetaType::QString && y.toString().isEmpty())
            y = QVariant();
        if (x.isValid() != y.isValid())
            return x.isValid();
        if (!x.isValid())
            return false;
        int compare = 0;
        if (x.userType() == QMetaType::QString) {
            compare = WorkloadFilterProxyModel::textCollator().compare(x.toString(), y.toString());
        } else {
            compare = x.toDouble() < y.toDouble() ? -1 : (x.toDouble() > y.toDouble() ? 1 : 0);
        }
        return order == Qt::AscendingOrder ? compare < 0 : compare > 0;
    };
    const auto check = [&](int round) {
        QList<Workload> expected;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (filter.matches(model.workloadAt(row)))
                expected << model.workloadAt(row);
        }
        if (sortColumn >= 0)
            std::stable_sort(expected.begin(), expected.end(), keyLess);
        QStringList want;
        for (const Workload &workload : std::as_const(expected))
            want << workload.id;
        QStringList got;
        for (int row = 0; row < proxy.rowCount(); ++row)
            got << proxy.index(row, 0).data(WorkloadIdRole).toString();
        if (got != want)
            QFAIL(qPrintable(
                QStringLiteral("round %1: the proxy's rows are not the filtered, sorted rows").arg(round)));
    };
    if (slice < total) {
        // More rows than a slice in one merge: none shown until they are all placed.
        QCOMPARE(shownWhenMerged, 0);
        QTRY_VERIFY(!proxy.isPlacing());
        QCOMPARE(placed.count(), 1);
    }
    check(0);

    const int rounds = background ? 6 : 25; // the tester walks every row after each change
    for (int round = 1; round <= rounds; ++round) {
        // Keep a shown row selected, as a view would.
        QVERIFY(proxy.rowCount() > 0);
        const QPersistentModelIndex selected = proxy.index(int(random() % quint32(proxy.rowCount())), 1);
        const QString selectedId = selected.data(WorkloadIdRole).toString();
        QList<Workload> refreshed;
        bool selectedStays = false;
        for (Workload workload : std::as_const(list)) {
            const quint32 dice = random() % 100;
            if (dice < 4 && workload.id != selectedId)
                continue; // removed
            if (dice < 30 && workload.id != selectedId)
                randomize(workload);
            if (workload.id == selectedId)
                selectedStays = true;
            refreshed << workload;
            if (dice >= 97) { // a new one, somewhere in the middle
                Workload added = make(next++);
                randomize(added);
                refreshed << added;
            }
        }
        list = refreshed;
        apply(list);
        if (slice < 1000) {
            // Placed over several turns; meanwhile the rows show their new values where they were.
            QVERIFY(proxy.isPlacing());
            if (round % 2 == 0)
                proxy.sort(sortColumn, Qt::SortOrder(order)); // the rest placed at once
            else
                QTRY_VERIFY(!proxy.isPlacing());
            QVERIFY(!proxy.isPlacing());
        }
        check(round);
        QVERIFY(selectedStays);
        QVERIFY(selected.isValid()); // its status was kept, so it is still shown
        QCOMPARE(selected.data(WorkloadIdRole).toString(), selectedId);
        QCOMPARE(selected.column(), 1);
        if (round % 5 == 0) { // a pending status from an action, outside a merge
            const QString id = list.at(qsizetype(random() % quint32(list.size()))).id;
            model.setPendingStatus(id, WorkloadStatus::Deleting);
            check(round);
            model.clearPendingStatus(id);
            check(round);
        }
    }
}

void TestWorkloadTableModel::aRowChangedTwiceBeforeItIsPlaced()
{
    // Two merges before the first is placed: a row's slice of the first was sorted in by the GPUs it
    // had then; the second gives it others. It must end up where its last value puts it.
    WorkloadTableModel model;
    model.setFields({WorkloadField::Name, WorkloadField::Gpus});
    WorkloadFilterProxyModel proxy;
    proxy.setPlacementSlice(3);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(1, Qt::AscendingOrder);
    QList<Workload> list;
    for (int i = 0; i < 40; ++i) {
        list << make(i);
        list.last().gpusAllocated = double(i % 5);
    }
    model.merge(list);
    QTRY_VERIFY(!proxy.isPlacing());
    std::mt19937 random(5);
    for (int merge = 0; merge < 2; ++merge) { // no turn of the event loop in between
        for (Workload &workload : list)
            workload.gpusAllocated = double(random() % 9);
        model.merge(list);
    }
    QVERIFY(proxy.isPlacing());
    QTRY_VERIFY(!proxy.isPlacing());
    QList<Workload> expected = list;
    std::stable_sort(expected.begin(), expected.end(), [](const Workload &a, const Workload &b) {
        return *a.gpusAllocated < *b.gpusAllocated;
    });
    QCOMPARE(proxy.rowCount(), int(expected.size()));
    for (int row = 0; row < proxy.rowCount(); ++row)
        QCOMPARE(proxy.index(row, 0).data(WorkloadIdRole).toString(), expected.at(row).id);
}

void TestWorkloadTableModel::typingNarrowsAndWidens()
{
    // Typing on only narrows (the proxy then tests only the rows shown); deleting widens again.
    WorkloadTableModel model;
    model.setFields(fields);
    WorkloadFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QList<Workload> list;
    for (int i = 0; i < 120; ++i)
        list << make(i);
    model.merge(list);
    const auto shownFor = [&](const QString &text) {
        int count = 0;
        WorkloadFilter filter;
        filter.nameContains = text;
        for (const Workload &workload : std::as_const(list))
            count += filter.matches(workload) ? 1 : 0;
        return count;
    };
    QString typed;
    for (const QString &text :
         {QStringLiteral("w"), QStringLiteral("wo"), QStringLiteral("WORKLOAD 1"),
          QStringLiteral("workload 11"), QStringLiteral("workload 1"), QStringLiteral("workload"), QString(),
          QStringLiteral("wb-7"), QStringLiteral("00000000-0000-4000-8000-00000000011")}) {
        WorkloadFilter filter;
        filter.nameContains = text;
        proxy.setFilter(filter);
        QCOMPARE(proxy.rowCount(), shownFor(text));
    }
    QCOMPARE(proxy.rowCount(), 10); // ids ...0110 to ...0119
}

QTEST_GUILESS_MAIN(TestWorkloadTableModel)
#include "tst_workloadtablemodel.moc"
