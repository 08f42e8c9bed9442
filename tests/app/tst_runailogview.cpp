// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/accesstokensource.h"
#include "api/apiclient.h"
#include "backends/runaibackend.h"
#include "details/logviewwidget.h"
#include "details/metricswidget.h"
#include "details/workloaddetailsdock.h"
#include "loglinemodel.h"
#include "sandboxserver.h"
#include "services/logsession.h"
#include "services/logtailservice.h"

#include <QComboBox>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QtTest>

#include <optional>

using namespace Workdeck;

// The Logs tab on Run:ai: pod logs from the Kubernetes API with the pod and container picker, and
// the reason shown when there is no Kubernetes API to read them from.
class TestRunAiLogView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pickerListsPodsAndPreviousContainers();
    void noKubernetesApiSaysWhy();
    void metricsTabDrawsRunAiCharts();

private:
    void makeDock(bool withKube);
    Workload find(const QString &rawType, WorkloadStatus status);

    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ApiClient> m_kube;
    std::unique_ptr<RunAiBackend> m_backend;
    std::unique_ptr<QMainWindow> m_window;
    WorkloadDetailsDock *m_dock = nullptr;
};

void TestRunAiLogView::init()
{
    Sandbox::SandboxOptions options;
    options.seed = 5;
    options.workloadCount = 20;
    options.timeScale = 30;
    options.streamPollIntervalMs = 30;
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(options);
    QVERIFY(m_sandbox->listen());
}

void TestRunAiLogView::makeDock(bool withKube)
{
    const auto token = std::make_shared<StaticTokenSource>(m_sandbox->token());
    m_client = std::make_unique<ApiClient>(&m_network, m_sandbox->baseUrl());
    m_client->setTokenSource(token);
    if (withKube) {
        m_kube = std::make_unique<ApiClient>(&m_network, m_sandbox->baseUrl());
        m_kube->setTokenSource(token);
    }
    m_backend = std::make_unique<RunAiBackend>(m_client.get(), m_kube.get());
    m_window = std::make_unique<QMainWindow>();
    m_dock = new WorkloadDetailsDock(m_backend.get(), m_window.get());
    m_window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_window->resize(1200, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestRunAiLogView::cleanup()
{
    m_window.reset();
    m_backend.reset();
    m_kube.reset();
    m_client.reset();
    m_sandbox.reset();
}

Workload TestRunAiLogView::find(const QString &rawType, WorkloadStatus status)
{
    std::optional<Result<QList<Workload>>> list;
    QObject context;
    m_backend->listWorkloads({}, {}, &context, [&list](Result<QList<Workload>> r) { list = std::move(r); });
    if (!QTest::qWaitFor([&list] { return list.has_value(); }, 10000) || !*list)
        return {};
    for (const Workload &w : list->value()) {
        if (w.rawType == rawType && w.status == status)
            return w;
    }
    return {};
}

void TestRunAiLogView::pickerListsPodsAndPreviousContainers()
{
    makeDock(true);
    const Workload failed = find(QStringLiteral("Distributed"), WorkloadStatus::Failed);
    QVERIFY(!failed.id.isEmpty());
    QVERIFY(failed.components.isEmpty()); // a list row: the view asks for the pods itself
    m_dock->setWorkload(failed);
    m_dock->showTab(WorkloadDetailsDock::LogsTab);
    LogViewWidget *logs = m_dock->logs();
    auto *picker = logs->findChild<QComboBox *>(QStringLiteral("logSource"));
    QVERIFY(picker);
    QVERIFY(picker->isVisible());
    // All pods, then each of the two pods and its previous container.
    QTRY_COMPARE_WITH_TIMEOUT(picker->count(), 5, 10000);
    QCOMPARE(picker->itemText(0), QStringLiteral("All pods"));
    QVERIFY(picker->itemText(2).contains(QStringLiteral("previous container")));
    QCOMPARE(picker->currentIndex(), 0);
    // All pods of a crashed workload: each restarted container points at the previous one.
    QTRY_COMPARE_WITH_TIMEOUT(logs->model()->rowCount(), 2, 10000);
    QVERIFY(logs->model()->plainText(0).contains(QStringLiteral("previous")));

    // The first pod's previous container has the crash.
    picker->setCurrentIndex(2);
    Q_EMIT picker->activated(2);
    // The view takes lines in batches: wait for all of them, then look for the crash.
    QTRY_VERIFY_WITH_TIMEOUT(logs->model()->rowCount() > 20 && logs->model()->pendingCount() == 0 &&
                                 logs->session()->tail()->state() != LogTailService::State::Connecting,
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        !logs->model()
             ->findMatches(QRegularExpression(QStringLiteral("OutOfMemoryError|out of memory|Traceback"),
                                              QRegularExpression::CaseInsensitiveOption))
             .isEmpty(),
        10000);
    for (int row = 0; row < logs->model()->rowCount(); ++row) {
        const QString source = logs->model()->sourceName(logs->model()->lineAt(row).source);
        QCOMPARE(source, picker->itemText(1)); // only that pod's lines
    }
    // A previous container has ended: no live tail.
    QVERIFY(logs->session()->tail()->state() != LogTailService::State::Streaming);

    // A running workspace streams its pod live.
    const Workload workspace = find(QStringLiteral("Workspace"), WorkloadStatus::Running);
    QVERIFY(!workspace.id.isEmpty());
    m_dock->setWorkload(workspace);
    m_dock->showTab(WorkloadDetailsDock::LogsTab);
    QTRY_COMPARE_WITH_TIMEOUT(picker->count(), 3, 10000);
    QCOMPARE(picker->currentIndex(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(logs->session()->tail()->state(), LogTailService::State::Streaming, 10000);
    const int before = logs->model()->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(logs->model()->rowCount() > before, 10000);
    const QString directory = qEnvironmentVariable("WORKDECK_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        QVERIFY(m_window->grab().save(directory + QStringLiteral("/runai-logs.png")));
}

void TestRunAiLogView::noKubernetesApiSaysWhy()
{
    makeDock(false);
    const Workload workspace = find(QStringLiteral("Workspace"), WorkloadStatus::Running);
    QVERIFY(!workspace.id.isEmpty());
    m_dock->setWorkload(workspace);
    m_dock->showTab(WorkloadDetailsDock::LogsTab);
    LogViewWidget *logs = m_dock->logs();
    QVERIFY(logs->statusText().contains(m_backend->logsUnavailableReason()));
    QVERIFY(!m_backend->logsUnavailableReason().isEmpty());
    auto *picker = logs->findChild<QComboBox *>(QStringLiteral("logSource"));
    QVERIFY(picker);
    QVERIFY(!picker->isVisible());
    QTest::qWait(300);
    QCOMPARE(logs->model()->rowCount(), 0);
    QCOMPARE(logs->session()->tail()->state(), LogTailService::State::Idle);
}

void TestRunAiLogView::metricsTabDrawsRunAiCharts()
{
    makeDock(true);
    const Workload training = find(QStringLiteral("Distributed"), WorkloadStatus::Running);
    const Workload workload =
        training.id.isEmpty() ? find(QStringLiteral("Workspace"), WorkloadStatus::Running) : training;
    QVERIFY(!workload.id.isEmpty());
    m_dock->setWorkload(workload);
    m_dock->showTab(WorkloadDetailsDock::MetricsTab);
    MetricsWidget *metrics = m_dock->metrics();
    for (const char *key : {"gpu_utilization", "gpu_memory", "cpu_utilization", "cpu_memory", "pods"}) {
        QVERIFY2(metrics->panel(QLatin1String(key)), key);
        QTRY_VERIFY2_WITH_TIMEOUT(metrics->panel(QLatin1String(key))->hasChart(), key, 10000);
    }
    // One line per GPU (from the pods' per-GPU series), plus their average.
    const int gpus = int(std::lround(workload.gpusRequested.value_or(1)));
    QVERIFY2(metrics->panel(QStringLiteral("gpu_utilization"))->seriesCount() >= gpus,
             qPrintable(QString::number(metrics->panel(QStringLiteral("gpu_utilization"))->seriesCount())));
    QCOMPARE(metrics->panel(QStringLiteral("pods"))->seriesCount(), 2);
    const QString directory = qEnvironmentVariable("WORKDECK_SCREENSHOT_DIR");
    if (!directory.isEmpty())
        QVERIFY(m_window->grab().save(directory + QStringLiteral("/runai-metrics.png")));
}

QTEST_MAIN(TestRunAiLogView)
#include "tst_runailogview.moc"
