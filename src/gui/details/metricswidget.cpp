// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricswidget.h"

#include "icons.h"
#include "services/metricsservice.h"

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedLayout>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Workdeck {

namespace {

constexpr int liveIntervalMs = 30000; // the servers scrape every 30 s

const QColor lineColors[] = {QColor(0x2b, 0x6c, 0xd4), QColor(0xe0, 0x7b, 0x00), QColor(0x2e, 0x9e, 0x44),
                             QColor(0xd1, 0x34, 0x38), QColor(0x8a, 0x6f, 0xb5), QColor(0x1f, 0x8a, 0x8a),
                             QColor(0xb0, 0x2b, 0xb0), QColor(0x6b, 0x6b, 0x00)};

QString metricLabel(const QString &label)
{
    // Server labels are identifiers; say them in words where we know them.
    static const QHash<QString, const char *> names = {
        {QStringLiteral("time_to_first_token_seconds"),
         QT_TRANSLATE_NOOP("MetricsWidget", "Time to first token")},
        {QStringLiteral("inter_token_latency_seconds"), QT_TRANSLATE_NOOP("MetricsWidget", "Between tokens")},
        {QStringLiteral("e2e_request_latency_seconds"), QT_TRANSLATE_NOOP("MetricsWidget", "End to end")},
        {QStringLiteral("running"), QT_TRANSLATE_NOOP("MetricsWidget", "Running")},
        {QStringLiteral("waiting"), QT_TRANSLATE_NOOP("MetricsWidget", "Waiting")},
        {QStringLiteral("gpu_device_utilization"), QT_TRANSLATE_NOOP("MetricsWidget", "GPUs")},
        {QStringLiteral("gpu_memory_utilization"), QT_TRANSLATE_NOOP("MetricsWidget", "Memory")}};
    const auto it = names.constFind(label);
    return it == names.cend() ? label : QCoreApplication::translate("MetricsWidget", it.value());
}

} // namespace

class MetricChartPanel::Impl
{
public:
    MetricChart spec;
    QLabel *title = nullptr;
    QLabel *message = nullptr;
    QChartView *view = nullptr;
    QChart *chart = nullptr;
    QStackedLayout *stack = nullptr;
    QList<QList<QLineSeries *>> lines; // one list of segments per logical line
    QStringList lineLabels;
    ChartData data;            // every sample; the series hold what the plot's columns can show of it
    bool settingRange = false; // a new period, not a zoom: showData fills the series itself

    int filledColumns = 0; // the plot's width when the series were last filled

    int columns() const
    {
        return qMax(320, int(chart->plotArea().width() > 0 ? chart->plotArea().width() : view->width()));
    }

    // Gives each series the points of its segment that the visible x range shows, decimated to the
    // plot's pixel columns: the same picture as every sample would draw, at a fraction of the
    // painting. Called again when a zoom narrows the range, so zooming in shows the detail.
    void fill(QDateTimeAxis *x)
    {
        filledColumns = columns();
        const double from = double(x->min().toMSecsSinceEpoch());
        const double to = double(x->max().toMSecsSinceEpoch());
        for (qsizetype i = 0; i < lines.size() && i < data.lines.size(); ++i) {
            const ChartLine &line = data.lines.at(i);
            for (qsizetype j = 0; j < lines.at(i).size() && j < line.segments.size(); ++j)
                lines.at(i).at(j)->replace(pointsForColumns(line.segments.at(j), from, to, filledColumns));
        }
    }

    // The same lines with the same number of segments as on screen: a live update, which only
    // needs new points and ranges (building series, axes and legend again is what costs).
    bool sameShape(const ChartData &data) const
    {
        if (data.lines.size() != lines.size())
            return false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (data.lines.at(i).segments.size() != lines.at(i).size() ||
                data.lines.at(i).label != lineLabels.at(i))
                return false;
        }
        return true;
    }
};

MetricChartPanel::MetricChartPanel(const MetricChart &chart, QWidget *parent)
    : QWidget(parent)
    , d(new Impl)
{
    d->spec = chart;
    d->title = new QLabel(chart.title, this); // the unit is on the axis
    QFont bold = d->title->font();
    bold.setBold(true);
    d->title->setFont(bold);
    auto *reset = new QToolButton(this);
    reset->setText(tr("Reset zoom"));
    reset->setAutoRaise(true);
    reset->setToolTip(tr("Drag across a chart to zoom in; this shows the whole range again"));
    auto *exportButton = new QToolButton(this);
    exportButton->setIcon(themeIcon(QStringLiteral("export")));
    exportButton->setAutoRaise(true);
    exportButton->setToolTip(tr("Save this chart as a PNG picture"));
    exportButton->setAccessibleName(tr("Export %1 as PNG").arg(chart.title));

    d->chart = new QChart;
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    d->chart->setAnimationOptions(QChart::NoAnimation);
    d->chart->setBackgroundRoundness(0);
    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setRubberBand(QChartView::HorizontalRubberBand);
    d->view->setMinimumHeight(220);
    d->view->setAccessibleName(chart.title);
    d->message = new QLabel(this);
    d->message->setAlignment(Qt::AlignCenter);
    d->message->setWordWrap(true);
    d->message->setForegroundRole(QPalette::PlaceholderText);
    d->message->setMinimumHeight(120);

    auto *header = new QHBoxLayout;
    header->addWidget(d->title, 1);
    header->addWidget(reset);
    header->addWidget(exportButton);
    d->stack = new QStackedLayout;
    d->stack->addWidget(d->view);
    d->stack->addWidget(d->message);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addLayout(d->stack, 1);

    connect(reset, &QToolButton::clicked, this, [this] { d->chart->zoomReset(); });
    connect(d->chart, &QChart::plotAreaChanged, this, [this] {
        // A wider plot has more columns to fill (the first layout, a resized window).
        auto *x = qobject_cast<QDateTimeAxis *>(d->chart->axes(Qt::Horizontal).value(0));
        if (x && !d->lines.isEmpty() && d->columns() > d->filledColumns)
            d->fill(x);
    });
    connect(exportButton, &QToolButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Export Chart"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilter(tr("PNG pictures (*.png)"));
        dialog->setDefaultSuffix(QStringLiteral("png"));
        dialog->selectFile(d->spec.key + QStringLiteral(".png"));
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            if (!exportPng(path))
                showMessage(tr("Could not save %1.").arg(path));
        });
        dialog->open();
    });
    reset->setVisible(chart.unavailableReason.isEmpty());
    exportButton->setVisible(chart.unavailableReason.isEmpty());
    if (!chart.unavailableReason.isEmpty()) {
        // Nothing to draw: a line of explanation, not an empty frame.
        d->message->setMinimumHeight(0);
        d->message->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        d->view->setMinimumHeight(0);
        d->view->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
        showMessage(chart.unavailableReason);
    }
}

void MetricChartPanel::showMessage(const QString &message)
{
    d->message->setText(message);
    d->stack->setCurrentWidget(d->message);
}

QString MetricChartPanel::message() const
{
    return d->stack->currentWidget() == d->message ? d->message->text() : QString();
}

bool MetricChartPanel::hasChart() const
{
    return d->stack->currentWidget() == d->view;
}

QWidget *MetricChartPanel::chartView() const
{
    return d->view;
}

int MetricChartPanel::seriesCount() const
{
    return int(d->lines.size());
}

bool MetricChartPanel::isLineVisible(int line) const
{
    return !d->lines.value(line).isEmpty() && d->lines.at(line).first()->isVisible();
}

void MetricChartPanel::setLineVisible(int line, bool visible)
{
    for (QLineSeries *segment : d->lines.value(line)) {
        segment->setVisible(visible);
        // Keep the legend entry (hidden series drop theirs) so the user can click it again.
        const QList<QLegendMarker *> markers = d->chart->legend()->markers(segment);
        for (QLegendMarker *marker : markers) {
            marker->setVisible(segment == d->lines.at(line).first());
            QFont font = marker->font();
            font.setStrikeOut(!visible);
            marker->setFont(font);
        }
    }
}

bool MetricChartPanel::exportPng(const QString &path) const
{
    return d->view->grab().save(path, "PNG");
}

void MetricChartPanel::showData(const ChartData &data, const QDateTime &start, const QDateTime &end)
{
    if (data.isEmpty()) {
        showMessage(tr("No data in this period."));
        return;
    }
    const auto setRanges = [&data, &start, &end](QDateTimeAxis *x, QValueAxis *y) {
        x->setFormat(start.secsTo(end) <= 24 * 3600 ? QStringLiteral("HH:mm")
                                                    : QStringLiteral("MM-dd HH:mm"));
        x->setRange(start.toLocalTime(), end.toLocalTime());
        const double top = data.maximumY * 1.08; // the highest point clear of the frame
        y->setRange(data.minimumY, top);
        // Whole numbers from 100 up (a top of 99 % × 1.08 is 107, not "1.1e+02"), else two digits.
        y->setLabelFormat(top >= 100 ? QStringLiteral("%.0f") : QStringLiteral("%.2g"));
    };
    if (d->stack->currentWidget() == d->view && d->sameShape(data)) {
        // A live update: new points and ranges only.
        auto *x = qobject_cast<QDateTimeAxis *>(d->chart->axes(Qt::Horizontal).value(0));
        auto *y = qobject_cast<QValueAxis *>(d->chart->axes(Qt::Vertical).value(0));
        if (x && y) {
            d->data = data;
            d->settingRange = true;
            setRanges(x, y);
            d->settingRange = false;
            d->fill(x);
            return;
        }
    }
    d->chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = d->chart->axes();
    for (QAbstractAxis *axis : axes) {
        d->chart->removeAxis(axis);
        delete axis;
    }
    d->lines.clear();
    d->lineLabels.clear();

    d->data = data;
    d->data.lines.removeIf([](const ChartLine &line) { return line.segments.isEmpty(); }); // as d->lines
    auto *x = new QDateTimeAxis;
    x->setTickCount(6);
    auto *y = new QValueAxis;
    setRanges(x, y);
    connect(x, &QDateTimeAxis::rangeChanged, this, [this, x] {
        if (!d->settingRange)
            d->fill(x); // a zoom, or its reset
    });
    y->setTitleText(d->spec.unit);
    d->chart->addAxis(x, Qt::AlignBottom);
    d->chart->addAxis(y, Qt::AlignLeft);

    int colour = 0;
    for (const ChartLine &line : data.lines) {
        QPen pen(line.isAverage ? QColor(0x30, 0x30, 0x30) : lineColors[colour++ % std::size(lineColors)]);
        pen.setWidthF(line.isAverage ? 2.4 : 1.6);
        if (line.isAverage)
            pen.setStyle(Qt::DashLine);
        QList<QLineSeries *> segments;
        for (qsizetype segment = 0; segment < line.segments.size(); ++segment) {
            auto *series = new QLineSeries;
            series->setName(metricLabel(line.label));
            series->setPen(pen);
            d->chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
            segments << series;
        }
        if (segments.isEmpty())
            continue;
        const int index = int(d->lines.size());
        d->lines << segments;
        d->lineLabels << line.label;
        for (QLineSeries *series : std::as_const(segments)) {
            for (QLegendMarker *marker : d->chart->legend()->markers(series)) {
                marker->setVisible(series == segments.first());
                connect(marker, &QLegendMarker::clicked, this,
                        [this, index] { setLineVisible(index, !isLineVisible(index)); });
            }
        }
    }
    // The points last, in one call per series and no more than the plot has pixel columns for (8 GPUs
    // × 10,000 samples would cost a paint of 80,000 segments for the same picture).
    d->fill(x);
    d->chart->legend()->setVisible(d->lines.size() > 1);
    d->stack->setCurrentWidget(d->view);
}

MetricsWidget::MetricsWidget(Backend *backend, QWidget *parent)
    : QWidget(parent)
    , m_service(new MetricsService(backend, this))
    , m_preset(new QComboBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_apply(new QPushButton(tr("Apply"), this))
    , m_live(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_tiles(new QWidget(this))
{
    const QStringList names = {tr("Last 15 minutes"), tr("Last hour"),   tr("Last 6 hours"),
                               tr("Last 24 hours"),   tr("Last 7 days"), tr("Custom range\u2026")};
    const QList<int> presets = presetSeconds();
    for (int i = 0; i < presets.size(); ++i)
        m_preset->addItem(names.at(i), presets.at(i));
    m_preset->setCurrentIndex(1);
    m_preset->setAccessibleName(tr("Time range"));
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setVisible(false);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_apply->setVisible(false);
    m_live->setText(tr("\u25cf Live"));
    m_live->setStyleSheet(QStringLiteral("color: #2e9e44;"));
    m_live->setToolTip(tr("The charts update every 30 seconds while the range ends now"));

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Period:"), this));
    top->addWidget(m_preset);
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addWidget(m_apply);
    top->addWidget(m_live);
    top->addStretch();
    auto *tilesLayout = new QGridLayout(m_tiles);
    tilesLayout->setContentsMargins(0, 0, 0, 0);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_tiles);
    contentLayout->addLayout(m_grid);
    contentLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Metric charts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_preset->currentData().toInt() == 0;
        if (custom) {
            const auto [start, end] = range();
            m_from->setDateTime(start.toLocalTime());
            m_to->setDateTime(end.toLocalTime());
        }
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        m_apply->setVisible(custom);
        if (!custom)
            reload();
    });
    connect(m_apply, &QPushButton::clicked, this, &MetricsWidget::reload);
    connect(m_service, &MetricsService::chartLoaded, this, [this](const QString &key, const ChartData &data) {
        if (MetricChartPanel *chart = m_panels.value(key)) {
            const auto [start, end] = range();
            chart->showData(data, start, end);
        }
    });
    connect(m_service, &MetricsService::chartFailed, this, [this](const QString &key, const ApiError &error) {
        if (MetricChartPanel *chart = m_panels.value(key))
            chart->showMessage(tr("Could not load: %1").arg(error.toString()));
    });
    connect(m_service, &MetricsService::tileLoaded, this,
            [this](const QString &key, std::optional<double> value) {
                if (QLabel *label = m_tileLabels.value(key)) {
                    const QString unit = label->property("unit").toString();
                    const QString number = !value ? QString()
                                           : std::abs(*value) >= 1000
                                               ? QLocale().toString(qint64(std::llround(*value)))
                                               : QLocale().toString(*value, 'g', 3);
                    label->setText(value ? number + (unit.isEmpty() ? QString() : QLatin1Char(' ') + unit)
                                         : tr("no data"));
                }
            });
    connect(m_service, &MetricsService::tileFailed, this, [this](const QString &key, const ApiError &error) {
        if (QLabel *label = m_tileLabels.value(key)) {
            label->setText(tr("unavailable"));
            label->setToolTip(error.toString());
        }
    });
    m_liveTimer.setParent(this); // a child, so a test can see that nothing ticks while hidden
    m_liveTimer.setInterval(liveIntervalMs);
    m_liveTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_liveTimer, &QTimer::timeout, this, &MetricsWidget::reload);
}

MetricsWidget::~MetricsWidget() = default;

void MetricsWidget::setRangePreset(int seconds)
{
    m_preset->setCurrentIndex(qMax(0, m_preset->findData(seconds)));
}

QPair<QDateTime, QDateTime> MetricsWidget::range() const
{
    const int seconds = m_preset->currentData().toInt();
    if (seconds == 0)
        return {m_from->dateTime().toUTC(), m_to->dateTime().toUTC()};
    const QDateTime end = QDateTime::currentDateTimeUtc();
    return {end.addSecs(-seconds), end};
}

bool MetricsWidget::isLive() const
{
    return m_preset->currentData().toInt() != 0;
}

QString MetricsWidget::tileText(const QString &key) const
{
    const QLabel *label = m_tileLabels.value(key);
    return label ? label->text() : QString();
}

void MetricsWidget::showWorkload(const Workload &workload)
{
    m_workload = workload;
    m_hasWorkload = true;
    rebuildPanels();
    reload();
}

void MetricsWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_resumeLive, false) && m_hasWorkload)
        reload(); // the whole period again, so what passed while hidden is drawn too
}

void MetricsWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Another tab, or the window in the tray: no live updates that nobody sees.
    if (m_liveTimer.isActive()) {
        m_liveTimer.stop();
        m_resumeLive = true;
    }
}

void MetricsWidget::clear()
{
    m_hasWorkload = false;
    m_resumeLive = false;
    m_liveTimer.stop();
    rebuildPanels();
}

void MetricsWidget::rebuildPanels()
{
    qDeleteAll(m_panels);
    m_panels.clear();
    qDeleteAll(m_tiles->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    m_tileLabels.clear();
    if (!m_hasWorkload)
        return;
    // Charts with data first; the ones this backend cannot draw follow, each as one line.
    QList<MetricChart> charts = m_service->charts();
    std::stable_partition(charts.begin(), charts.end(),
                          [](const MetricChart &chart) { return chart.unavailableReason.isEmpty(); });
    int index = 0;
    for (const MetricChart &chart : std::as_const(charts)) {
        auto *panel = new MetricChartPanel(chart, this);
        if (chart.unavailableReason.isEmpty() && !MetricsService::applies(chart, m_workload))
            panel->showMessage(tr("Only inference workloads report this."));
        else if (chart.unavailableReason.isEmpty())
            panel->showMessage(tr("Loading\u2026"));
        if (chart.unavailableReason.isEmpty()) {
            m_grid->addWidget(panel, index / 2, index % 2);
            ++index;
        } else {
            m_grid->addWidget(panel, (index + 1) / 2 + m_grid->rowCount(), 0, 1, 2);
        }
        m_panels.insert(chart.key, panel);
    }
    for (const MetricTile &tile : m_service->tiles()) {
        if (!MetricsService::applies(tile, m_workload))
            continue;
        auto *box = new QWidget(m_tiles);
        auto *boxLayout = new QVBoxLayout(box);
        auto *title = new QLabel(tile.title, box);
        title->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(tr("\u2026"), box);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.4);
        value->setFont(big);
        value->setProperty("unit", tile.unit);
        boxLayout->addWidget(title);
        boxLayout->addWidget(value);
        auto *grid = static_cast<QGridLayout *>(m_tiles->layout());
        const int count = int(m_tileLabels.size());
        grid->addWidget(box, count / 3, count % 3);
        m_tileLabels.insert(tile.key, value);
    }
    m_tiles->setVisible(!m_tileLabels.isEmpty());
}

void MetricsWidget::reload()
{
    if (!m_hasWorkload)
        return;
    const auto [start, end] = range();
    if (!(start < end)) {
        for (MetricChartPanel *panel : std::as_const(m_panels))
            panel->showMessage(tr("The start of the period must be before its end."));
        return;
    }
    m_service->load(m_workload, start, end);
    m_live->setVisible(isLive());
    if (isLive())
        m_liveTimer.start();
    else
        m_liveTimer.stop();
}

} // namespace Workdeck
