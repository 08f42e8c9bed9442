// SPDX-FileCopyrightText: 2026 Workdeck authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "backends/backend.h"
#include "domain/chartdata.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QGridLayout;
class QLabel;
class QPushButton;

namespace Workdeck {

class MetricsService;
class MetricChartPanel;

// The Metrics tab: one time range for all charts (presets or custom), the backend's charts with
// their units, gaps where there was no data, drag to zoom and reset, legend entries that hide and
// show a series, PNG export, and live updates while the range ends now. The only file that uses
// Qt Charts.
class MetricsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit MetricsWidget(Backend *backend, QWidget *parent = nullptr);
    ~MetricsWidget() override;

    void showWorkload(const Workload &workload);
    void clear();

    // Presets in seconds; 0 is the custom range.
    static QList<int> presetSeconds() { return {15 * 60, 3600, 6 * 3600, 24 * 3600, 7 * 24 * 3600, 0}; }
    void setRangePreset(int seconds);
    QPair<QDateTime, QDateTime> range() const;
    bool isLive() const;

    MetricChartPanel *panel(const QString &key) const { return m_panels.value(key); }
    QString tileText(const QString &key) const;

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void reload();
    void rebuildPanels();

    MetricsService *m_service;
    Workload m_workload;
    bool m_hasWorkload = false;
    QComboBox *m_preset;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QPushButton *m_apply;
    QLabel *m_live;
    QGridLayout *m_grid;
    QWidget *m_tiles;
    QHash<QString, MetricChartPanel *> m_panels;
    QHash<QString, QLabel *> m_tileLabels;
    QTimer m_liveTimer;
    bool m_resumeLive = false; // live updates paused while hidden
};

// One chart with its title, Reset zoom and Export buttons, or a sentence in its place.
class MetricChartPanel : public QWidget
{
    Q_OBJECT
public:
    MetricChartPanel(const MetricChart &chart, QWidget *parent = nullptr);

    void showMessage(const QString &message);
    void showData(const ChartData &data, const QDateTime &start, const QDateTime &end);
    QString message() const;
    bool hasChart() const;
    int seriesCount() const; // logical lines (segments of one line count once)
    bool isLineVisible(int line) const;
    void setLineVisible(int line, bool visible);
    QWidget *chartView() const;
    bool exportPng(const QString &path) const;

private:
    class Impl;
    Impl *d;
};

} // namespace Workdeck
