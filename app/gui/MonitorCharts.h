#pragma once

#include "monitor/MonitorTypes.h"

#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

// The build monitor's two live charts, stacked: memory (the build's RSS, the cgroup's usage,
// the limit and memory.high as dashed lines) and CPU (cores used by the build and by the cgroup,
// the quota as a dashed line), with OOM kills and throttling marked where they happened.
// show() redraws every series with one QXYSeries::replace() each: the data comes from a bounded
// ring, so a tick costs the same after two hours as after two seconds.
class MonitorCharts final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitorCharts)
public:
    enum class Line {
        TreeRss,
        CgroupMemory,
        MemoryLimit,
        MemoryHigh,
        OomKills,
        TreeCpu,
        CgroupCpu,
        CpuQuota,
        Throttled,
    };

    explicit MonitorCharts(QWidget *parent = nullptr);

    void clear();
    void show(const QList<MonitorSample> &samples, const QList<MonitorEvent> &events);
    // Both charts, one above the other, as a PNG.
    bool saveImage(const QString &file, QString *error = nullptr) const;
    // The same picture; `scale` pixels per screen pixel (0: the screen's), more for print.
    QImage image(qreal scale = 0) const;

    QLineSeries *line(Line which) const;
    QScatterSeries *marks(Line which) const; // OomKills or Throttled
    QChart *memoryChart() const { return m_memoryChart; }
    QChart *cpuChart() const { return m_cpuChart; }
    QValueAxis *memoryAxis() const { return m_memoryY; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyPalette();

    QChart *m_memoryChart;
    QChart *m_cpuChart;
    QChartView *m_memoryView;
    QChartView *m_cpuView;
    QValueAxis *m_memoryX;
    QValueAxis *m_memoryY;
    QValueAxis *m_cpuX;
    QValueAxis *m_cpuY;
    QLineSeries *m_treeRss;
    QLineSeries *m_cgroupMemory;
    QLineSeries *m_memoryLimit;
    QLineSeries *m_memoryHigh;
    QScatterSeries *m_oomKills;
    QLineSeries *m_treeCpu;
    QLineSeries *m_cgroupCpu;
    QLineSeries *m_cpuQuota;
    QScatterSeries *m_throttled;
    // The unit the memory axis is drawn in (MiB or GiB), chosen from the largest value shown.
    double m_memoryUnit = 1024.0 * 1024.0;
    bool m_limitOffChart = false;
    qint64 m_lastLimit = -1;
    double m_lastQuota = -1;
};
