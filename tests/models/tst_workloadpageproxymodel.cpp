// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelroles.h"
#include "workloadfilterproxymodel.h"
#include "workloadpageproxymodel.h"
#include "workloadtablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Workdeck;

namespace {

Workload make(int n, WorkloadStatus status = WorkloadStatus::Running)
{
    Workload workload;
    workload.id = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    workload.displayName = QStringLiteral("w%1").arg(n, 4, 10, QLatin1Char('0'));
    workload.status = status;
    workload.type = WorkloadType::Inference;
    workload.createdAt = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC).addSecs(n);
    return workload;
}

QList<Workload> makeList(int count, int deletedEvery = 0)
{
    QList<Workload> list;
    for (int i = 0; i < count; ++i)
        list << make(i, deletedEvery > 0 && i % deletedEvery == 0 ? WorkloadStatus::Deleted
                                                                  : WorkloadStatus::Running);
    return list;
}

} // namespace

// The pager over the filter/sort proxy over the table model, as the window stacks them.
class TestWorkloadPageProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pagesThroughRows();
    void pageSizeAllAndChanges();
    void filtersChangeThePageCount();
    void mergeWhileOnPageThree();
    void sortingRemapsThePage();
    void emptySource();
    void headerSortsEveryRow();
    void rowsAfterThePageChangeOnlyTheTotals();
    void headersWithoutRows();

private:
    QStringList namesOnPage() const;

    std::unique_ptr<WorkloadTableModel> m_model;
    std::unique_ptr<WorkloadFilterProxyModel> m_filter;
    std::unique_ptr<WorkloadPageProxyModel> m_pages;
    std::unique_ptr<QAbstractItemModelTester> m_filterTester;
    std::unique_ptr<QAbstractItemModelTester> m_pageTester;
};

void TestWorkloadPageProxyModel::init()
{
    m_model = std::make_unique<WorkloadTableModel>();
    m_model->setFields({WorkloadField::Name, WorkloadField::Status, WorkloadField::CreatedAt});
    m_filter = std::make_unique<WorkloadFilterProxyModel>();
    m_pages = std::make_unique<WorkloadPageProxyModel>();
    m_filterTester = std::make_unique<QAbstractItemModelTester>(
        m_filter.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_pageTester = std::make_unique<QAbstractItemModelTester>(
        m_pages.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_filter->setSourceModel(m_model.get());
    m_filter->sort(0, Qt::AscendingOrder); // by name: w0000, w0001, ...
    m_pages->setSourceModel(m_filter.get());
}

void TestWorkloadPageProxyModel::cleanup()
{
    m_pageTester.reset();
    m_filterTester.reset();
    m_pages.reset();
    m_filter.reset();
    m_model.reset();
}

QStringList TestWorkloadPageProxyModel::namesOnPage() const
{
    QStringList names;
    for (int row = 0; row < m_pages->rowCount(); ++row)
        names << m_pages->index(row, 0).data().toString();
    return names;
}

void TestWorkloadPageProxyModel::pagesThroughRows()
{
    m_model->merge(makeList(250));
    m_pages->setPageSize(100);
    QCOMPARE(m_pages->pageCount(), 3);
    QCOMPARE(m_pages->rowCount(), 100);
    QCOMPARE(m_pages->firstRowNumber(), 1);
    QCOMPARE(m_pages->lastRowNumber(), 100);
    QCOMPARE(m_pages->totalRows(), 250);
    QCOMPARE(namesOnPage().first(), QStringLiteral("w0000"));

    QSignalSpy paging(m_pages.get(), &WorkloadPageProxyModel::pagingChanged);
    m_pages->nextPage();
    QCOMPARE(m_pages->page(), 1);
    QCOMPARE(namesOnPage().first(), QStringLiteral("w0100"));
    m_pages->lastPage();
    QCOMPARE(m_pages->page(), 2);
    QCOMPARE(m_pages->rowCount(), 50);
    QCOMPARE(m_pages->firstRowNumber(), 201);
    QCOMPARE(m_pages->lastRowNumber(), 250);
    m_pages->nextPage(); // beyond the end: stays
    QCOMPARE(m_pages->page(), 2);
    m_pages->previousPage();
    QCOMPARE(m_pages->page(), 1);
    m_pages->firstPage();
    QCOMPARE(m_pages->page(), 0);
    m_pages->previousPage();
    QCOMPARE(m_pages->page(), 0);
    QCOMPARE(paging.count(), 4);
    // The proxy maps to the right source rows.
    const QModelIndex source = m_pages->mapToSource(m_pages->index(5, 0));
    QCOMPARE(source.data().toString(), QStringLiteral("w0005"));
}

void TestWorkloadPageProxyModel::pageSizeAllAndChanges()
{
    m_model->merge(makeList(250));
    m_pages->setPageSize(25);
    m_pages->setPage(5); // rows 126-150
    QCOMPARE(m_pages->firstRowNumber(), 126);
    m_pages->setPageSize(50); // the first visible row stays on screen
    QCOMPARE(m_pages->page(), 2);
    QCOMPARE(m_pages->firstRowNumber(), 101);
    m_pages->setPageSize(0); // all
    QCOMPARE(m_pages->pageCount(), 1);
    QCOMPARE(m_pages->rowCount(), 250);
    m_pages->setPageSize(500);
    QCOMPARE(m_pages->rowCount(), 250);
}

void TestWorkloadPageProxyModel::filtersChangeThePageCount()
{
    m_model->merge(makeList(250, 2)); // every other one is Deleted
    m_pages->setPageSize(50);
    QCOMPARE(m_pages->totalRows(), 125);
    QCOMPARE(m_pages->pageCount(), 3);
    m_pages->lastPage();
    QCOMPARE(m_pages->rowCount(), 25);

    WorkloadFilter filter;
    filter.nameContains = QStringLiteral("w00"); // w0001..w0099 odd: 50 rows
    m_filter->setFilter(filter);
    QCOMPARE(m_pages->totalRows(), 50);
    QCOMPARE(m_pages->pageCount(), 1);
    QCOMPARE(m_pages->page(), 0); // page 3 no longer exists
    QCOMPARE(m_pages->rowCount(), 50);

    filter.deletedView = true;
    m_filter->setFilter(filter);
    QCOMPARE(m_pages->totalRows(), 50);
    QVERIFY(namesOnPage().contains(QStringLiteral("w0000")));
}

void TestWorkloadPageProxyModel::mergeWhileOnPageThree()
{
    QList<Workload> list = makeList(300);
    m_model->merge(list);
    m_pages->setPageSize(100);
    m_pages->setPage(2);
    const QPersistentModelIndex selected = m_pages->index(10, 0); // w0210
    QCOMPARE(selected.data().toString(), QStringLiteral("w0210"));

    // A refresh: one row before the page disappears, some change, new ones arrive.
    list.removeAt(3);
    list[210].status = WorkloadStatus::Failed;
    list << make(900) << make(901);
    m_model->merge(list);
    QCOMPARE(m_pages->page(), 2);
    QCOMPARE(m_pages->totalRows(), 301);
    QCOMPARE(namesOnPage().first(), QStringLiteral("w0201")); // shifted by the removal
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data().toString(), QStringLiteral("w0210")); // the same workload, still tracked
    QCOMPARE(m_pages->rowCount(), 100);

    // A refresh that shrinks the list below page 3 moves to the last page that exists.
    m_model->merge(list.mid(0, 120));
    QCOMPARE(m_pages->pageCount(), 2);
    QCOMPARE(m_pages->page(), 1);
    QCOMPARE(m_pages->rowCount(), 20);
}

void TestWorkloadPageProxyModel::sortingRemapsThePage()
{
    m_model->merge(makeList(150));
    m_pages->setPageSize(100);
    m_filter->sort(0, Qt::DescendingOrder);
    QCOMPARE(namesOnPage().first(), QStringLiteral("w0149"));
    m_pages->nextPage();
    QCOMPARE(namesOnPage().first(), QStringLiteral("w0049"));
    QCOMPARE(m_pages->rowCount(), 50);
}

void TestWorkloadPageProxyModel::emptySource()
{
    QCOMPARE(m_pages->pageCount(), 1);
    QCOMPARE(m_pages->firstRowNumber(), 0);
    QCOMPARE(m_pages->lastRowNumber(), 0);
    m_pages->nextPage();
    QCOMPARE(m_pages->page(), 0);
}

void TestWorkloadPageProxyModel::headerSortsEveryRow()
{
    // A click on a column header sorts the page proxy: every row is sorted, not the page's.
    m_model->merge(makeList(250));
    m_pages->setPageSize(100);
    const QPersistentModelIndex selected = m_pages->index(3, 0); // w0003
    m_pages->sort(0, Qt::DescendingOrder);
    QCOMPARE(m_filter->sortColumn(), 0);
    QCOMPARE(m_filter->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(namesOnPage().first(), QStringLiteral("w0249"));
    QVERIFY(!selected.isValid()); // w0003 is now on the last page
    m_pages->lastPage();
    QCOMPARE(namesOnPage().last(), QStringLiteral("w0000"));
}

void TestWorkloadPageProxyModel::rowsAfterThePageChangeOnlyTheTotals()
{
    QList<Workload> list = makeList(250);
    m_model->merge(list);
    m_pages->setPageSize(100);
    QSignalSpy layout(m_pages.get(), &QAbstractItemModel::layoutChanged);
    QSignalSpy paging(m_pages.get(), &WorkloadPageProxyModel::pagingChanged);
    list << make(900) << make(901); // sorted by name: after w0249, far below page 1
    list.removeAt(240);
    m_model->merge(list);
    QCOMPARE(layout.count(), 0);
    QVERIFY(paging.count() > 0);
    QCOMPARE(m_pages->totalRows(), 251);
    QCOMPARE(namesOnPage().first(), QStringLiteral("w0000"));
    // A change above the page's end lays the page out again.
    list.removeAt(0);
    m_model->merge(list);
    QCOMPARE(layout.count(), 1);
    QCOMPARE(namesOnPage().first(), QStringLiteral("w0001"));
}

void TestWorkloadPageProxyModel::headersWithoutRows()
{
    // Column titles also while nothing is shown (a filter matching nothing).
    m_model->merge(makeList(5));
    WorkloadFilter filter;
    filter.nameContains = QStringLiteral("no such workload");
    m_filter->setFilter(filter);
    QCOMPARE(m_pages->rowCount(), 0);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QCOMPARE(m_pages->headerData(column, Qt::Horizontal), m_model->headerData(column, Qt::Horizontal));
        QCOMPARE(m_filter->headerData(column, Qt::Horizontal), m_model->headerData(column, Qt::Horizontal));
    }
    QVERIFY(!m_pages->headerData(0, Qt::Horizontal).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkloadPageProxyModel)
#include "tst_workloadpageproxymodel.moc"
