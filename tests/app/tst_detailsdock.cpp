// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "activetimers.h"
#include "api/accesstokensource.h"
#include "api/apiclient.h"
#include "backends/aiwbbackend.h"
#include "details/eventswidget.h"
#include "details/logviewwidget.h"
#include "details/metricswidget.h"
#include "details/workloaddetailsdock.h"
#include "details/workloaddetailswidget.h"
#include "loglinemodel.h"
#include "sandboxconnection.h"
#include "services/logsession.h"
#include "services/logtailservice.h"

#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>

#include <QLineEdit>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace Workdeck;

// The details dock offscreen on the sandbox: every tab opens and shows what the server has.
class TestDetailsDock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void detailsTab();
    void eventsTab();
    void logsTabStreamsAndSearches();
    void logsTabFollowPauseAndLevel();
    void metricsTab();
    void metricsForNonInference();
    void chartDrawsWhatItsColumnsShow();
    void componentsTable();
    void nothingTicksWhileTheWindowIsHidden();

private:
    // With WORKDECK_SCREENSHOT_DIR set, saves what the dock shows (for the README and reviews).
    void saveScreenshot(const QString &name);
    Workload find(WorkloadType type, WorkloadStatus status) { return m_connection->find(type, status); }

    std::unique_ptr<Test::SandboxConnection> m_connection;
    std::unique_ptr<QMainWindow> m_window;
    WorkloadDetailsDock *m_dock = nullptr;
};

void TestDetailsDock::init()
{
    Sandbox::SandboxOptions options;
    options.seed = 21;
    options.workloadCount = 20;
    options.timeScale = 30;
    options.heartbeatIntervalMs = 300;
    options.streamPollIntervalMs = 30;
    m_connection = std::make_unique<Test::SandboxConnection>(options);
    QVERIFY(m_connection->isListening());
    m_window = std::make_unique<QMainWindow>();
    m_dock = new WorkloadDetailsDock(&m_connection->backend(), m_window.get());
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDetailsDock::cleanup()
{
    m_window.reset();
    m_connection.reset();
}

void TestDetailsDock::saveScreenshot(const QString &name)
{
    const QString directory = qEnvironmentVariable("WORKDECK_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        QVERIFY(m_window->grab().save(directory + QLatin1Char('/') + name + QStringLiteral(".png")));
}

void TestDetailsDock::detailsTab()
{
    const Workload workspace = find(WorkloadType::Workspace, WorkloadStatus::Running);
    QVERIFY(!workspace.id.isEmpty());
    m_dock->setWorkload(workspace);
    m_dock->showTab(WorkloadDetailsDock::DetailsTab);
    WorkloadDetailsWidget *details = m_dock->details();
    QCOMPARE(details->valueOf(QStringLiteral("ID")), workspace.id);
    QCOMPARE(details->valueOf(QStringLiteral("Status")), QStringLiteral("Running"));
    QCOMPARE(details->valueOf(QStringLiteral("Project")), QStringLiteral("research-and-development"));
    QVERIFY(details->valueOf(QStringLiteral("External")).startsWith(u"https://"));
    QVERIFY(m_dock->windowTitle().contains(workspace.title()));
}

void TestDetailsDock::eventsTab()
{
    const Workload workspace = find(WorkloadType::Workspace, WorkloadStatus::Running);
    m_dock->setWorkload(workspace);
    m_dock->showTab(WorkloadDetailsDock::EventsTab);
    QSortFilterProxyModel *events = m_dock->events()->shownEvents();
    QTRY_VERIFY_WITH_TIMEOUT(events->rowCount() > 0, 10000);
    // Newest first.
    for (int row = 1; row < events->rowCount(); ++row)
        QVERIFY(events->index(row - 1, 0).data(LogLineModel::MicrosRole).toLongLong() >=
                events->index(row, 0).data(LogLineModel::MicrosRole).toLongLong());
    const int all = events->rowCount();
    m_dock->events()->filterEdit()->setText(QStringLiteral("Pulling"));
    QVERIFY(events->rowCount() < all);
    QVERIFY(events->rowCount() > 0);
    QVERIFY(events->index(0, 2).data().toString().contains(u"Pulling"));
}

void TestDetailsDock::logsTabStreamsAndSearches()
{
    const Workload inference = find(WorkloadType::Inference, WorkloadStatus::Running);
    m_dock->setWorkload(inference);
    m_dock->showTab(WorkloadDetailsDock::LogsTab);
    LogViewWidget *logs = m_dock->logs();
    QTRY_VERIFY_WITH_TIMEOUT(logs->model()->rowCount() > 20, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(logs->session()->tail()->state(), LogTailService::State::Streaming, 10000);
    QVERIFY(logs->statusText().startsWith(u"Streaming"));
    const int before = logs->model()->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(logs->model()->rowCount() > before, 10000); // live lines arrive

    // Text search finds lines and moves between them.
    const QString needle = logs->model()->plainText(logs->model()->rowCount() / 2).left(12);
    logs->setSearch(needle, false, true);
    QVERIFY(logs->matchCount() > 0);
    logs->nextMatch();
    QVERIFY(logs->view()->currentIndex().isValid());
    QVERIFY(logs->model()->plainText(logs->view()->currentIndex().row()).contains(needle));
    QVERIFY(!logs->isFollowing()); // jumping to a match stops following
    saveScreenshot(QStringLiteral("logs"));
    logs->setSearch(QStringLiteral("(unclosed"), true, false);
    QCOMPARE(logs->matchCount(), 0);

    // Download writes every line.
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("log.txt"));
    QVERIFY2(logs->writeTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().count('\n') >= logs->model()->rowCount() - 1);
}

void TestDetailsDock::logsTabFollowPauseAndLevel()
{
    const Workload inference = find(WorkloadType::Inference, WorkloadStatus::Running);
    m_dock->setWorkload(inference);
    m_dock->showTab(WorkloadDetailsDock::LogsTab);
    LogViewWidget *logs = m_dock->logs();
    QTRY_VERIFY_WITH_TIMEOUT(logs->model()->rowCount() > 60, 10000);
    QScrollBar *bar = logs->view()->verticalScrollBar();
    QTRY_COMPARE(bar->value(), bar->maximum()); // following the end
    QVERIFY(logs->isFollowing());
    bar->setValue(bar->maximum() / 2); // the user scrolls up: following pauses
    QVERIFY(!logs->isFollowing());
    const int held = bar->value();
    const int rows = logs->model()->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(logs->model()->rowCount() > rows, 10000);
    QCOMPARE(bar->value(), held); // new lines do not move the view
    logs->jumpToEnd();
    QVERIFY(logs->isFollowing());

    logs->setPaused(true);
    const int frozen = logs->model()->rowCount();
    QTest::qWait(800);
    QCOMPARE(logs->model()->rowCount(), frozen);
    QVERIFY(logs->statusText().contains(u"paused"));
    logs->setPaused(false);
    QTRY_VERIFY(logs->model()->rowCount() > frozen); // nothing held back was lost

    logs->model()->setMinimumLevel(LogLevel::Error);
    for (int row = 0; row < logs->model()->rowCount(); ++row)
        QVERIFY(logs->model()->index(row).data(LogLineModel::LevelRole).toInt() >= int(LogLevel::Error));
}

void TestDetailsDock::metricsTab()
{
    const Workload inference = find(WorkloadType::Inference, WorkloadStatus::Running);
    m_dock->setWorkload(inference);
    m_dock->showTab(WorkloadDetailsDock::MetricsTab);
    MetricsWidget *metrics = m_dock->metrics();
    QVERIFY(metrics->panel(QStringLiteral("gpu_memory")));
    QTRY_VERIFY_WITH_TIMEOUT(metrics->panel(QStringLiteral("gpu_memory"))->hasChart(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(metrics->panel(QStringLiteral("requests"))->hasChart(), 10000);
    QCOMPARE(metrics->panel(QStringLiteral("requests"))->seriesCount(), 2); // running and waiting
    QTRY_VERIFY_WITH_TIMEOUT(metrics->panel(QStringLiteral("latency"))->hasChart(), 10000);
    // What AIWB cannot draw says why instead.
    QVERIFY(!metrics->panel(QStringLiteral("cpu_utilization"))->hasChart());
    QVERIFY(metrics->panel(QStringLiteral("cpu_utilization"))->message().contains(u"no CPU metrics"));
    // The legend hides and shows a series.
    MetricChartPanel *requests = metrics->panel(QStringLiteral("requests"));
    requests->setLineVisible(0, false);
    QVERIFY(!requests->isLineVisible(0));
    requests->setLineVisible(0, true);
    QVERIFY(requests->isLineVisible(0));
    QTRY_VERIFY_WITH_TIMEOUT(!metrics->tileText(QStringLiteral("total_tokens")).startsWith(u"\u2026"), 10000);
    saveScreenshot(QStringLiteral("metrics"));
    // Another period reloads every chart.
    metrics->setRangePreset(24 * 3600);
    QVERIFY(metrics->isLive());
    QTRY_VERIFY_WITH_TIMEOUT(metrics->panel(QStringLiteral("gpu_memory"))->hasChart(), 10000);
    QTemporaryDir dir;
    QVERIFY(
        metrics->panel(QStringLiteral("gpu_memory"))->exportPng(dir.filePath(QStringLiteral("chart.png"))));
    QVERIFY(QFileInfo(dir.filePath(QStringLiteral("chart.png"))).size() > 1000);
}

void TestDetailsDock::metricsForNonInference()
{
    const Workload job = find(WorkloadType::FineTuning, WorkloadStatus::Completed);
    m_dock->setWorkload(job);
    m_dock->showTab(WorkloadDetailsDock::MetricsTab);
    MetricsWidget *metrics = m_dock->metrics();
    QCOMPARE(metrics->panel(QStringLiteral("requests"))->message(),
             QStringLiteral("Only inference workloads report this."));
    QTRY_VERIFY_WITH_TIMEOUT(metrics->panel(QStringLiteral("gpus_in_use"))->hasChart() ||
                                 metrics->panel(QStringLiteral("gpus_in_use"))->message() ==
                                     u"No data in this period.",
                             10000);
}

void TestDetailsDock::chartDrawsWhatItsColumnsShow()
{
    // Eight GPUs over a day at 15 s: 5,760 samples each, every GPU with ten gaps.
    const QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
    const QDateTime end = start.addDays(1);
    const QDateTime spikeAt = start.addSecs(4321 * 15);
    QList<MetricSeries> input;
    for (int gpu = 0; gpu < 8; ++gpu) {
        MetricSeries series;
        series.label = QStringLiteral("GPU %1").arg(gpu);
        for (int i = 0; i < 5760; ++i) {
            MetricPoint point{start.addSecs(qint64(i) * 15), std::nullopt};
            if (i % 576 != 575)
                point.value = gpu == 3 && point.time == spikeAt ? 99.0 : 40.0 + (i % 9);
            series.points.append(point);
        }
        input.append(series);
    }
    const ChartData data = buildChartData(input, true);
    MetricChart spec;
    spec.key = QStringLiteral("gpu_utilization");
    spec.title = QStringLiteral("GPU utilization");
    spec.perDevice = true;
    MetricChartPanel panel(spec);
    panel.resize(900, 320);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.showData(data, start, end);
    auto *view = qobject_cast<QChartView *>(panel.chartView());
    QVERIFY(view);
    QChart *chart = view->chart();
    QTRY_VERIFY(chart->plotArea().width() > 300);
    const auto drawn = [chart] {
        qsizetype points = 0;
        for (QAbstractSeries *series : chart->series())
            points += static_cast<QLineSeries *>(series)->count();
        return points;
    };
    const auto drawsSpike = [chart, spikeAt] {
        for (QAbstractSeries *series : chart->series()) {
            if (static_cast<QLineSeries *>(series)->points().contains(
                    QPointF(double(spikeAt.toMSecsSinceEpoch()), 99.0)))
                return true;
        }
        return false;
    };
    // Nine lines (eight GPUs and their average); a GPU's ten pieces share the plot's columns between
    // them, so all lines together draw about two points per column each, not every sample.
    QCOMPARE(panel.seriesCount(), 9);
    const int columns = int(chart->plotArea().width());
    QVERIFY2(drawn() <= 9 * (2 * columns + 30), qPrintable(QString::number(drawn())));
    QVERIFY(drawn() >= 9 * columns);
    QVERIFY(drawsSpike()); // one sample's peak still shows
    // A live update (the same lines, new values) draws as few.
    panel.showData(data, start, end);
    QVERIFY2(drawn() <= 9 * (2 * columns + 30), qPrintable(QString::number(drawn())));
    QVERIFY(drawsSpike());

    // Zooming in on half an hour around the spike draws every sample there, as the user drags it.
    auto *x = qobject_cast<QDateTimeAxis *>(chart->axes(Qt::Horizontal).value(0));
    QVERIFY(x);
    const QRectF plot = chart->plotArea();
    const auto columnOf = [&](const QDateTime &time) {
        return plot.left() + plot.width() * double(start.msecsTo(time)) / double(start.msecsTo(end));
    };
    const QPoint from = view->mapFromScene(QPointF(columnOf(spikeAt.addSecs(-900)), plot.center().y()));
    const QPoint to = view->mapFromScene(QPointF(columnOf(spikeAt.addSecs(900)), plot.center().y()));
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view->viewport(), to);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, to);
    QTRY_VERIFY(x->min() > start.addSecs(3600));
    const qint64 shownSeconds = x->min().secsTo(x->max());
    QVERIFY2(shownSeconds > 1200 && shownSeconds < 2400, qPrintable(QString::number(shownSeconds)));
    // About 1,800 s / 15 s samples per line, each with a neighbour outside on either side.
    const qsizetype zoomed = drawn();
    QVERIFY2(zoomed >= 9 * (shownSeconds / 15) && zoomed <= 9 * (shownSeconds / 15 + 6),
             qPrintable(QString::number(zoomed)));
    QVERIFY(drawsSpike());
    // Reset zoom: the whole day again, decimated.
    chart->zoomReset();
    QCOMPARE(x->min(), start.toLocalTime());
    QVERIFY2(drawn() <= 9 * (2 * columns + 30), qPrintable(QString::number(drawn())));
}

void TestDetailsDock::componentsTable()
{
    WorkloadDetailsWidget details;
    Workload workload;
    workload.id = QStringLiteral("w1");
    workload.name = QStringLiteral("llama-train");
    details.showWorkload(workload);
    QVERIFY(!details.findChild<QTableWidget *>(QStringLiteral("components"))); // none: no table

    WorkloadComponent worker;
    worker.name = QStringLiteral("llama-train-worker-0");
    worker.kind = QStringLiteral("Pod");
    worker.status = QStringLiteral("Failed");
    worker.statusMessage = QStringLiteral("OOMKilled");
    worker.node = QStringLiteral("gpu-node-7");
    worker.image = QStringLiteral("rocm/pytorch:rocm6.2");
    worker.gpus = 8;
    worker.containers = {QStringLiteral("main"), QStringLiteral("sidecar")};
    WorkloadComponent launcher = worker;
    launcher.name = QStringLiteral("llama-train-launcher");
    launcher.status = QStringLiteral("Running");
    launcher.statusMessage.clear();
    launcher.gpus.reset();
    workload.components = {worker, launcher};
    details.showWorkload(workload);
    auto *table = details.findChild<QTableWidget *>(QStringLiteral("components"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->accessibleName(), QStringLiteral("Pods"));
    const QStringList header = {QStringLiteral("Name"), QStringLiteral("Kind"),  QStringLiteral("Status"),
                                QStringLiteral("Node"), QStringLiteral("Image"), QStringLiteral("GPUs")};
    for (int column = 0; column < header.size(); ++column)
        QCOMPARE(table->horizontalHeaderItem(column)->text(), header.at(column));
    QCOMPARE(table->item(0, 0)->text(), worker.name);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("Failed"));
    QCOMPARE(table->item(0, 2)->toolTip(), QStringLiteral("OOMKilled"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("gpu-node-7"));
    QCOMPARE(table->item(0, 5)->text(), QStringLiteral("8"));
    QVERIFY(table->item(0, 0)->toolTip().contains(u"sidecar"));
    QCOMPARE(table->item(1, 5)->text(), QString()); // unknown, not 0

    // Not only pods (AIRM's components): titled so.
    workload.components[1].kind = QStringLiteral("Service");
    details.showWorkload(workload);
    table = details.findChild<QTableWidget *>(QStringLiteral("components"));
    QVERIFY(table);
    QCOMPARE(table->accessibleName(), QStringLiteral("Components"));
}

void TestDetailsDock::nothingTicksWhileTheWindowIsHidden()
{
    // In the tray, or on another tab, the status line and the live charts are not seen: their timers
    // stop, and start again (with the charts reloaded) once shown.
    const Workload inference = find(WorkloadType::Inference, WorkloadStatus::Running);
    m_dock->setWorkload(inference);
    m_dock->showTab(WorkloadDetailsDock::LogsTab);
    LogViewWidget *logs = m_dock->logs();
    QTRY_VERIFY_WITH_TIMEOUT(logs->model()->rowCount() > 0, 10000);
    QCOMPARE(Test::activeTimers(m_window.get()), QStringList{QStringLiteral("Workdeck::LogViewWidget")});
    m_window->hide();
    QCOMPARE(Test::activeTimers(m_window.get()), QStringList());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(Test::activeTimers(m_window.get()), QStringList{QStringLiteral("Workdeck::LogViewWidget")});
    QTRY_VERIFY_WITH_TIMEOUT(logs->statusText().startsWith(u"Streaming"), 10000);

    m_dock->showTab(WorkloadDetailsDock::MetricsTab);
    MetricsWidget *metrics = m_dock->metrics();
    QVERIFY(metrics->isLive());
    QTRY_VERIFY_WITH_TIMEOUT(metrics->panel(QStringLiteral("gpu_memory"))->hasChart(), 10000);
    QCOMPARE(Test::activeTimers(m_window.get()), QStringList{QStringLiteral("Workdeck::MetricsWidget")});
    m_window->hide();
    QCOMPARE(Test::activeTimers(m_window.get()), QStringList());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(Test::activeTimers(m_window.get()), QStringList{QStringLiteral("Workdeck::MetricsWidget")});
    QTRY_VERIFY_WITH_TIMEOUT(metrics->panel(QStringLiteral("gpu_memory"))->hasChart(), 10000);
}

QTEST_MAIN(TestDetailsDock)
#include "tst_detailsdock.moc"
