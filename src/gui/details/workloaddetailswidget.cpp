// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "workloaddetailswidget.h"

#include "domain/timeformat.h"
#include "domain/workloadfield.h"
#include "icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Workdeck {

namespace {

QString timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QStringLiteral("%1 (%2)").arg(formatAbsoluteTime(time),
                                         formatRelativeTime(time, QDateTime::currentDateTimeUtc()));
}

QString duration(qint64 seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("WorkloadDetailsWidget", "%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return QCoreApplication::translate("WorkloadDetailsWidget", "%1 min").arg(seconds / 60);
    return QCoreApplication::translate("WorkloadDetailsWidget", "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60);
}

} // namespace

WorkloadDetailsWidget::WorkloadDetailsWidget(QWidget *parent)
    : QWidget(parent)
    , m_layout(nullptr)
    , m_placeholder(new QLabel(tr("Select a workload to see its details."), this))
    , m_content(new QWidget(this))
{
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(6, 6, 6, 6);
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Workload fields"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_placeholder);
    outer->addWidget(scroll, 1);
    clear();
}

void WorkloadDetailsWidget::clear()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_placeholder->setVisible(true);
}

QWidget *WorkloadDetailsWidget::addGroup(const QString &title, QFormLayout **form)
{
    auto *group = new QGroupBox(title, m_content);
    *form = new QFormLayout(group);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    (*form)->setLabelAlignment(Qt::AlignRight);
    m_layout->addWidget(group);
    return group;
}

void WorkloadDetailsWidget::addRow(QFormLayout *form, const QString &label, const QString &value,
                                   const QString &tooltip)
{
    if (value.isEmpty())
        return; // a field the backend does not give is left out, not shown empty
    auto *text = new QLabel(value, form->parentWidget());
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setWordWrap(true);
    text->setToolTip(tooltip);
    text->setAccessibleName(label);
    form->addRow(label + QLatin1Char(':'), text);
}

QString WorkloadDetailsWidget::valueOf(const QString &label) const
{
    for (QLabel *text : m_content->findChildren<QLabel *>()) {
        if (text->accessibleName() == label)
            return text->text();
    }
    return {};
}

void WorkloadDetailsWidget::showWorkload(const Workload &w)
{
    clear();
    m_placeholder->setVisible(false);

    QFormLayout *form = nullptr;
    addGroup(tr("Basic information"), &form);
    addRow(form, tr("Name"), w.title());
    if (w.name != w.title())
        addRow(form, tr("Resource name"), w.name);
    addRow(form, tr("ID"), w.id);
    addRow(form, tr("Type"), w.typeText());
    addRow(form, tr("Status"), w.statusText(), workloadStatusDescription(w.status));
    if (w.status == WorkloadStatus::Pending || w.status == WorkloadStatus::Initializing ||
        !w.statusMessage.isEmpty())
        addRow(form, tr("Scheduling"),
               w.statusMessage.isEmpty() && w.status == WorkloadStatus::Pending
                   ? tr("Waiting for resources; the server gave no reason.")
                   : w.statusMessage);
    addRow(form, tr("Project"), w.projectName);
    if (w.namespaceName != w.projectName)
        addRow(form, tr("Namespace"), w.namespaceName);
    addRow(form, tr("Cluster"), w.clusterName.isEmpty() ? w.clusterId : w.clusterName);
    addRow(form, tr("Department"), w.departmentName);
    addRow(form, tr("Created by"), w.createdBy);
    if (w.updatedBy != w.createdBy)
        addRow(form, tr("Updated by"), w.updatedBy);
    addRow(form, tr("Chart"), w.chartId);
    addRow(form, tr("Model"), w.modelId);
    addRow(form, tr("Dataset"), w.datasetId);

    addGroup(tr("Resources"), &form);
    addRow(form, tr("GPUs"), workloadFieldText(w, WorkloadField::Gpus));
    addRow(form, tr("VRAM"), workloadFieldText(w, WorkloadField::Vram));
    addRow(form, tr("CPU"), workloadFieldText(w, WorkloadField::Cpu));
    addRow(form, tr("Memory"), workloadFieldText(w, WorkloadField::Memory));
    addRow(form, tr("Pods"), workloadFieldText(w, WorkloadField::Pods));
    addRow(form, tr("Preemptible"), workloadFieldText(w, WorkloadField::Preemptible));
    addRow(form, tr("Node pools"), workloadFieldText(w, WorkloadField::NodePools));
    if (form->rowCount() == 0)
        form->addRow(
            new QLabel(tr("This server reports no resources for the workload."), form->parentWidget()));

    addGroup(tr("Timeline"), &form);
    addRow(form, tr("Created"), timeValue(w.createdAt));
    addRow(form, tr("Updated"), timeValue(w.updatedAt));
    addRow(form, tr("Completed"), timeValue(w.completedAt));
    if (w.runTimeSeconds)
        addRow(form, tr("Running time"), duration(*w.runTimeSeconds));

    QWidget *endpoints = addGroup(tr("Endpoints"), &form);
    for (const WorkloadConnection &connection : w.connections) {
        auto *row = new QWidget(endpoints);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto *url = new QLabel(connection.url().toDisplayString(), row);
        url->setTextInteractionFlags(Qt::TextSelectableByMouse);
        url->setAccessibleName(connection.name);
        url->setWordWrap(true);
        auto *copy = new QToolButton(row);
        copy->setIcon(themeIcon(QStringLiteral("copy")));
        copy->setToolTip(tr("Copy the address"));
        copy->setAccessibleName(tr("Copy %1").arg(connection.name));
        copy->setAutoRaise(true);
        auto *open = new QToolButton(row);
        open->setIcon(themeIcon(QStringLiteral("open-external")));
        open->setToolTip(connection.kind == WorkloadConnection::Kind::Internal
                             ? tr("This address works only inside the cluster")
                             : tr("Open in the browser"));
        open->setAccessibleName(tr("Open %1").arg(connection.name));
        open->setAutoRaise(true);
        open->setEnabled(connection.kind != WorkloadConnection::Kind::Internal);
        rowLayout->addWidget(url, 1);
        rowLayout->addWidget(copy);
        rowLayout->addWidget(open);
        const QUrl target = connection.url();
        connect(copy, &QToolButton::clicked, this,
                [target] { QApplication::clipboard()->setText(target.toString()); });
        connect(open, &QToolButton::clicked, this, [target] { QDesktopServices::openUrl(target); });
        form->addRow(connection.name + QLatin1Char(':'), row);
    }
    const bool mayHaveAddress = w.status == WorkloadStatus::Running || w.status == WorkloadStatus::Pending;
    if (w.connections.isEmpty())
        form->addRow(new QLabel(!mayHaveAddress
                                    ? tr("Addresses are given only while a workload is pending or running.")
                                : w.summaryOnly ? tr("The addresses come with the whole list, on its way.")
                                                : tr("The server gives no address for this workload."),
                                endpoints));

    if (!w.components.isEmpty())
        addComponents(w.components);
    m_layout->addStretch();
}

void WorkloadDetailsWidget::addComponents(const QList<WorkloadComponent> &components)
{
    // Run:ai pods, AIRM components: what runs the workload, and where.
    const bool allPods = std::all_of(components.cbegin(), components.cend(),
                                     [](const WorkloadComponent &c) { return c.kind == u"Pod"; });
    auto *group = new QGroupBox(allPods ? tr("Pods") : tr("Components"), m_content);
    auto *table = new QTableWidget(int(components.size()), 6, group);
    table->setObjectName(QStringLiteral("components"));
    table->setAccessibleName(group->title());
    table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("Status"), tr("Node"), tr("Image"), tr("GPUs")});
    for (int row = 0; row < components.size(); ++row) {
        const WorkloadComponent &c = components.at(row);
        const QStringList cells = {c.name, c.kind,  c.status,
                                   c.node, c.image, c.gpus ? formatQuantity(*c.gpus) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column == 2 && !c.statusMessage.isEmpty())
                item->setToolTip(c.statusMessage);
            else if (column == 0 && !c.containers.isEmpty())
                item->setToolTip(tr("Containers: %1").arg(c.containers.join(QStringLiteral(", "))));
            table->setItem(row, column, item);
        }
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // As tall as its rows (the details scroll as a whole), up to a dozen.
    const int rows = qMin(int(components.size()), 12);
    table->setFixedHeight(table->horizontalHeader()->height() +
                          rows * table->verticalHeader()->defaultSectionSize() + 2 * table->frameWidth() +
                          (components.size() > 12 ? 0 : 2));
    if (components.size() > 12)
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(table);
    m_layout->addWidget(group);
}

} // namespace Workdeck
