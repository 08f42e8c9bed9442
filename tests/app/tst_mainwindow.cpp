// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/accesstokensource.h"
#include "api/apiclient.h"
#include "backends/aiwbbackend.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "sandboxserver.h"
#include "services/workloadservice.h"
#include "workloads/workloadtableview.h"
#include "workloadtablemodel.h"

#include <QComboBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Workdeck;

// The first window, offscreen, on the sandbox over loopback.
class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void showsProjectsAndWorkloads();
    void switchingProjectsReloads();
    void remembersLastProject();
    void keepsRowsAndShowsErrorWhenServerFails();

private:
    void build(const QString &preferredProject = {});
    QLabel *errorBanner() const;

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AiwbBackend> m_backend;
    std::unique_ptr<WorkloadService> m_service;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_settings =
        std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("workdeck.ini")), QSettings::IniFormat);
    Sandbox::SandboxOptions options;
    options.seed = 11;
    options.workloadCount = 36;
    m_sandbox = std::make_unique<Sandbox::SandboxServer>(options);
    QVERIFY(m_sandbox->listen());
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_network.get(), m_sandbox->baseUrl());
    m_client->setTokenSource(std::make_shared<StaticTokenSource>(m_sandbox->token()));
    m_backend = std::make_unique<AiwbBackend>(m_client.get());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_service.reset();
    m_backend.reset();
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
    m_settings.reset();
}

void TestMainWindow::build(const QString &preferredProject)
{
    m_window.reset();
    m_service = std::make_unique<WorkloadService>(m_backend.get());
    m_window = std::make_unique<MainWindow>(m_service.get(), m_settings.get(), QStringLiteral("Sandbox"));
    if (!preferredProject.isEmpty())
        m_window->setPreferredProject(preferredProject);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_service->loadProjects();
}

QLabel *TestMainWindow::errorBanner() const
{
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->wordWrap() && label->textInteractionFlags() & Qt::TextSelectableByMouse)
            return label;
    }
    return nullptr;
}

void TestMainWindow::showsProjectsAndWorkloads()
{
    build();
    QTRY_COMPARE(m_window->projectPicker()->count(), 3);
    QTRY_VERIFY(m_window->workloadModel()->rowCount() > 0);
    QCOMPARE(m_window->projectPicker()->currentText(),
             QStringLiteral("research-and-development")); // first by name
    QAbstractItemModel *shown = m_window->tableView()->model();
    // The table hides Deleted workloads by default.
    for (int row = 0; row < shown->rowCount(); ++row) {
        const int status = m_window->tableView()->columnOf(WorkloadField::Status);
        QVERIFY(shown->index(row, status).data(StatusRole).toInt() != int(WorkloadStatus::Deleted));
    }
    QVERIFY(shown->rowCount() < m_window->workloadModel()->rowCount()); // the showcase has a Deleted one
    QVERIFY(!m_window->grab().isNull());
}

void TestMainWindow::switchingProjectsReloads()
{
    build();
    QTRY_VERIFY(m_window->workloadModel()->rowCount() > 0);
    const int row = m_window->projectPicker()->findText(QStringLiteral("vision-team"));
    QVERIFY(row >= 0);
    m_window->projectPicker()->setCurrentIndex(row);
    Q_EMIT m_window->projectPicker()->activated(row);
    QTRY_VERIFY(m_window->workloadModel()->rowCount() > 0 &&
                m_window->workloadModel()->workloadAt(0).projectId == u"vision-team");
    for (int i = 0; i < m_window->workloadModel()->rowCount(); ++i)
        QCOMPARE(m_window->workloadModel()->workloadAt(i).projectId, QStringLiteral("vision-team"));
}

void TestMainWindow::remembersLastProject()
{
    build(QStringLiteral("team-nlp"));
    QTRY_COMPARE(m_window->projectPicker()->currentText(), QStringLiteral("team-nlp"));
    QTRY_VERIFY(m_window->workloadModel()->rowCount() > 0);
    build(); // a new window, same settings
    QTRY_COMPARE(m_window->projectPicker()->currentText(), QStringLiteral("team-nlp"));
}

void TestMainWindow::keepsRowsAndShowsErrorWhenServerFails()
{
    build();
    QTRY_VERIFY(m_window->workloadModel()->rowCount() > 0);
    const int rows = m_window->workloadModel()->rowCount();
    Sandbox::FaultOptions faults;
    faults.errorRate = 1.0;
    m_sandbox->setFaults(faults);
    m_service->refresh();
    QTRY_VERIFY(errorBanner() && errorBanner()->isVisible());
    QVERIFY2(errorBanner()->text().contains(m_sandbox->baseUrl().host()), qPrintable(errorBanner()->text()));
    QCOMPARE(m_window->workloadModel()->rowCount(), rows); // the last good rows stay
    m_sandbox->setFaults({});
    m_service->refresh();
    QTRY_VERIFY(!errorBanner()->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
