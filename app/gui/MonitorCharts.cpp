#include "MonitorCharts.h"

#include "monitor/BuildVerdict.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QImageWriter>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace {
constexpr double kMiB = 1024.0 * 1024.0;
constexpr double kGiB = 1024.0 * kMiB;

QLineSeries *lineSeries(QChart *chart, const QColor &colour, bool dashed)
{
    auto *s = new QLineSeries(chart);
    QPen pen(colour);
    pen.setWidthF(dashed ? 2.0 : 2.2);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    s->setPen(pen);
    chart->addSeries(s);
    return s;
}

QScatterSeries *markSeries(QChart *chart, const QColor &colour, QScatterSeries::MarkerShape shape)
{
    auto *s = new QScatterSeries(chart);
    s->setMarkerShape(shape);
    s->setMarkerSize(shape == QScatterSeries::MarkerShapeStar ? 16 : 10);
    s->setColor(colour);
    s->setBorderColor(colour.darker(160));
    chart->addSeries(s);
    return s;
}

QChart *newChart()
{
    auto *chart = new QChart;
    // On the right: a legend below would take the height the lines need.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation); // live data: animations would lag behind
    return chart;
}

void attach(QChart *chart, QValueAxis *x, QValueAxis *y)
{
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

// 1, 2 or 5 times a power of ten, at least `rough`: a tick step people read at a glance.
double niceStep(double rough)
{
    if (!(rough > 0))
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= rough)
            return m * power;
    }
    return 10 * power;
}

// The sample at or just before `ms` (samples are in time order).
const MonitorSample *sampleAt(const QList<MonitorSample> &samples, qint64 ms)
{
    auto it = std::upper_bound(samples.begin(), samples.end(), ms,
                               [](qint64 t, const MonitorSample &s) { return t < s.elapsedMs; });
    if (it == samples.begin())
        return samples.isEmpty() ? nullptr : &samples.front();
    return &*(it - 1);
}
} // namespace

MonitorCharts::MonitorCharts(QWidget *parent)
    : QWidget(parent),
      m_memoryChart(newChart()),
      m_cpuChart(newChart()),
      m_memoryView(new QChartView(m_memoryChart, this)),
      m_cpuView(new QChartView(m_cpuChart, this)),
      m_memoryX(new QValueAxis(this)),
      m_memoryY(new QValueAxis(this)),
      m_cpuX(new QValueAxis(this)),
      m_cpuY(new QValueAxis(this))
{
    setObjectName(QStringLiteral("monitorCharts"));
    m_memoryView->setObjectName(QStringLiteral("memoryChartView"));
    m_cpuView->setObjectName(QStringLiteral("cpuChartView"));
    // Colour and line style both tell the lines apart: usage solid, limits dashed.
    m_treeRss = lineSeries(m_memoryChart, QColor(0x1e, 0x88, 0xe5), false);
    m_cgroupMemory = lineSeries(m_memoryChart, QColor(0x2e, 0x9d, 0x4f), false);
    m_memoryLimit = lineSeries(m_memoryChart, QColor(0xd3, 0x2f, 0x2f), true);
    m_memoryHigh = lineSeries(m_memoryChart, QColor(0xef, 0x8c, 0x00), true);
    m_oomKills = markSeries(m_memoryChart, QColor(0xd3, 0x2f, 0x2f), QScatterSeries::MarkerShapeStar);
    m_treeCpu = lineSeries(m_cpuChart, QColor(0x1e, 0x88, 0xe5), false);
    m_cgroupCpu = lineSeries(m_cpuChart, QColor(0x2e, 0x9d, 0x4f), false);
    m_cpuQuota = lineSeries(m_cpuChart, QColor(0xd3, 0x2f, 0x2f), true);
    m_throttled = markSeries(m_cpuChart, QColor(0xef, 0x8c, 0x00), QScatterSeries::MarkerShapeTriangle);
    attach(m_memoryChart, m_memoryX, m_memoryY);
    attach(m_cpuChart, m_cpuX, m_cpuY);
    for (QValueAxis *axis : {m_memoryX, m_memoryY, m_cpuX, m_cpuY}) {
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setMin(0);
    }
    m_memoryView->setRenderHint(QPainter::Antialiasing);
    m_cpuView->setRenderHint(QPainter::Antialiasing);
    m_memoryView->setMinimumHeight(160);
    m_cpuView->setMinimumHeight(140);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_memoryView, 1);
    layout->addWidget(m_cpuView, 1);
    applyPalette();
    retranslate();
    clear();
}

QLineSeries *MonitorCharts::line(Line which) const
{
    switch (which) {
    case Line::TreeRss: return m_treeRss;
    case Line::CgroupMemory: return m_cgroupMemory;
    case Line::MemoryLimit: return m_memoryLimit;
    case Line::MemoryHigh: return m_memoryHigh;
    case Line::TreeCpu: return m_treeCpu;
    case Line::CgroupCpu: return m_cgroupCpu;
    case Line::CpuQuota: return m_cpuQuota;
    case Line::OomKills:
    case Line::Throttled: break;
    }
    return nullptr;
}

QScatterSeries *MonitorCharts::marks(Line which) const
{
    if (which == Line::OomKills)
        return m_oomKills;
    if (which == Line::Throttled)
        return m_throttled;
    return nullptr;
}

void MonitorCharts::clear()
{
    for (QXYSeries *s : std::initializer_list<QXYSeries *>{m_treeRss, m_cgroupMemory, m_memoryLimit, m_memoryHigh,
                                                           m_oomKills, m_treeCpu, m_cgroupCpu, m_cpuQuota, m_throttled})
        s->clear();
    m_memoryX->setRange(0, 10);
    m_cpuX->setRange(0, 10);
    m_memoryY->setRange(0, 100);
    m_cpuY->setRange(0, 1);
    m_lastLimit = -1;
    m_lastQuota = -1;
    m_limitOffChart = false;
    m_memoryUnit = kMiB;
    retranslate();
}

void MonitorCharts::show(const QList<MonitorSample> &samples, const QList<MonitorEvent> &events)
{
    if (samples.isEmpty()) {
        clear();
        return;
    }
    // Scale first: the largest usage decides MiB or GiB. A limit far above the usage (a 24 GiB
    // machine limit under a 300 MiB build) would flatten the usage lines into the axis: it is
    // then named in the legend instead of drawn.
    qint64 peakUsage = 0;
    qint64 limit = -1;
    qint64 high = -1;
    double peakCpu = 0;
    double quota = -1;
    for (const MonitorSample &s : samples) {
        peakUsage = qMax(peakUsage, qMax(s.treeRssBytes, s.cgroupMemoryBytes));
        limit = s.memoryLimitBytes > 0 ? s.memoryLimitBytes : limit;
        high = s.memoryHighBytes > 0 ? s.memoryHighBytes : high;
        peakCpu = qMax(peakCpu, s.cgroupCpuCores);
        quota = s.cpuQuotaCores > 0 ? s.cpuQuotaCores : quota;
    }
    const bool drawLimit = limit > 0 && (peakUsage <= 0 || limit <= 4 * peakUsage);
    const bool drawHigh = high > 0 && (peakUsage <= 0 || high <= 4 * peakUsage);
    qint64 top = peakUsage;
    if (drawLimit)
        top = qMax(top, limit);
    if (drawHigh)
        top = qMax(top, high);
    m_memoryUnit = top >= 2 * kGiB ? kGiB : kMiB;
    const double unit = m_memoryUnit;

    QList<QPointF> rss, cgroup, limitLine, highLine, treeCpu, cgroupCpu, quotaLine;
    rss.reserve(samples.size());
    cgroup.reserve(samples.size());
    treeCpu.reserve(samples.size());
    cgroupCpu.reserve(samples.size());
    // The tree's CPU comes from clock ticks, and a compiler that exits hands all its time to its
    // parent at once: per sample that jumps above the quota. Drawn as the mean of the last five
    // samples (half a second at 10 Hz) it shows what the build really used.
    constexpr int kCpuWindow = 5;
    double cpuWindow[kCpuWindow] = {};
    int cpuIndex = 0;
    double cpuSum = 0;
    for (const MonitorSample &s : samples) {
        const double t = s.elapsedMs / 1000.0;
        rss << QPointF(t, s.treeRssBytes / unit);
        cpuSum += s.treeCpuCores - cpuWindow[cpuIndex % kCpuWindow];
        cpuWindow[cpuIndex % kCpuWindow] = s.treeCpuCores;
        ++cpuIndex;
        treeCpu << QPointF(t, qMax(0.0, cpuSum / qMin(cpuIndex, kCpuWindow)));
        if (s.cgroupMemoryBytes >= 0)
            cgroup << QPointF(t, s.cgroupMemoryBytes / unit);
        if (s.cgroupCpuCores >= 0)
            cgroupCpu << QPointF(t, s.cgroupCpuCores);
    }
    for (const QPointF &p : std::as_const(treeCpu))
        peakCpu = qMax(peakCpu, p.y());
    const double start = samples.front().elapsedMs / 1000.0;
    const double end = qMax(samples.back().elapsedMs / 1000.0, start + 1.0);
    if (drawLimit)
        limitLine << QPointF(0, limit / unit) << QPointF(end, limit / unit);
    if (drawHigh)
        highLine << QPointF(0, high / unit) << QPointF(end, high / unit);
    if (quota > 0)
        quotaLine << QPointF(0, quota) << QPointF(end, quota);

    // OOM kills sit on the memory line where they happened; throttling sits on the time axis,
    // one mark per stretch (a mark per sample would bury the CPU line under triangles).
    QList<QPointF> oom, throttled;
    const double minGap = end / 80.0;
    double lastThrottled = -1e9;
    for (const MonitorEvent &e : events) {
        const MonitorSample *at = sampleAt(samples, e.elapsedMs);
        const double t = e.elapsedMs / 1000.0;
        if (e.kind == MonitorEvent::Kind::OomKill && at) {
            // The sample that sees the kill already sees the memory freed: mark the height the
            // build had reached just before.
            qint64 height = qMax(at->treeRssBytes, at->cgroupMemoryBytes);
            if (at != &samples.front())
                height = qMax(height, qMax((at - 1)->treeRssBytes, (at - 1)->cgroupMemoryBytes));
            oom << QPointF(t, height / unit);
        } else if (e.kind == MonitorEvent::Kind::Throttled && t - lastThrottled >= minGap) {
            throttled << QPointF(t, 0);
            lastThrottled = t;
        }
    }

    m_treeRss->replace(rss);
    m_cgroupMemory->replace(cgroup);
    m_memoryLimit->replace(limitLine);
    m_memoryHigh->replace(highLine);
    m_oomKills->replace(oom);
    m_treeCpu->replace(treeCpu);
    m_cgroupCpu->replace(cgroupCpu);
    m_cpuQuota->replace(quotaLine);
    m_throttled->replace(throttled);

    m_memoryX->setRange(0, end);
    m_cpuX->setRange(0, end);
    m_memoryY->setRange(0, qMax(top / unit * 1.12, unit == kGiB ? 0.1 : 16.0));
    m_cpuY->setRange(0, qMax(1.0, qMax(peakCpu, quota) * 1.15));
    // Round ticks (0, 10, 20 s; 0, 200, 400 MiB) from 0, without stretching the range (applyNiceNumbers
    // would turn 51 s into 100 and squeeze the build into half the chart).
    for (QValueAxis *axis : {m_memoryX, m_memoryY, m_cpuX, m_cpuY}) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(niceStep(axis->max() / 5.0));
    }
    m_limitOffChart = limit > 0 && !drawLimit;
    m_lastLimit = limit;
    m_lastQuota = quota;
    retranslate();
}

QImage MonitorCharts::image(qreal scale) const
{
    const QSize memory = m_memoryView->size();
    const QSize cpu = m_cpuView->size();
    const qreal dpr = scale > 0 ? scale : devicePixelRatioF();
    QImage out(QSize(qMax(memory.width(), cpu.width()), memory.height() + cpu.height()) * dpr, QImage::Format_ARGB32);
    out.setDevicePixelRatio(dpr);
    out.fill(palette().color(QPalette::Window));
    QPainter painter(&out);
    m_memoryView->render(&painter, QRectF(QPointF(0, 0), QSizeF(memory)));
    m_cpuView->render(&painter, QRectF(QPointF(0, memory.height()), QSizeF(cpu)));
    return out;
}

bool MonitorCharts::saveImage(const QString &file, QString *error) const
{
    QImageWriter writer(file, "png");
    if (writer.write(image()))
        return true;
    if (error)
        *error = writer.errorString();
    return false;
}

void MonitorCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void MonitorCharts::applyPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (QChart *chart : {m_memoryChart, m_cpuChart}) {
        // A theme resets series colours: keep ours and change only the background and text.
        chart->setBackgroundBrush(palette().color(QPalette::Base));
        chart->setTitleBrush(palette().color(QPalette::Text));
        chart->legend()->setLabelColor(palette().color(QPalette::Text));
        for (QAbstractAxis *axis : chart->axes()) {
            axis->setLabelsColor(palette().color(QPalette::Text));
            axis->setTitleBrush(palette().color(QPalette::Text));
            QColor grid = palette().color(QPalette::Text);
            grid.setAlphaF(dark ? 0.18f : 0.12f);
            axis->setGridLineColor(grid);
        }
    }
}

void MonitorCharts::retranslate()
{
    const bool gib = m_memoryUnit >= kGiB;
    m_memoryX->setTitleText(tr("seconds"));
    m_cpuX->setTitleText(tr("seconds"));
    m_memoryY->setTitleText(gib ? tr("Memory (GiB)") : tr("Memory (MiB)"));
    m_cpuY->setTitleText(tr("CPU (cores)"));
    m_treeRss->setName(tr("Build processes (RSS)"));
    m_cgroupMemory->setName(tr("Its cgroup"));
    m_memoryLimit->setName(m_limitOffChart ? tr("Limit %1 (far above, not drawn)").arg(BuildVerdict::bytes(m_lastLimit))
                                           : tr("Memory limit (%1)").arg(BuildVerdict::bytes(m_lastLimit)));
    m_memoryHigh->setName(tr("memory.high"));
    m_oomKills->setName(tr("OOM kill"));
    m_treeCpu->setName(tr("Build processes"));
    m_cgroupCpu->setName(tr("Its cgroup"));
    m_cpuQuota->setName(m_lastQuota <= 0                  ? tr("CPU quota")
                        : qFuzzyCompare(m_lastQuota, 1.0) ? tr("CPU quota (1 core)")
                                                          : tr("CPU quota (%1 cores)").arg(m_lastQuota, 0, 'g', 3));
    m_throttled->setName(tr("Throttled"));
    // A limit that does not exist stays out of the legend instead of showing an empty line.
    auto showInLegend = [](QChart *chart, QAbstractSeries *s, bool visible) {
        for (QLegendMarker *m : chart->legend()->markers(s))
            m->setVisible(visible);
    };
    showInLegend(m_memoryChart, m_memoryLimit, m_lastLimit > 0);
    showInLegend(m_memoryChart, m_memoryHigh, m_memoryHigh->count() > 0);
    showInLegend(m_memoryChart, m_cgroupMemory, m_cgroupMemory->count() > 0);
    showInLegend(m_memoryChart, m_oomKills, m_oomKills->count() > 0);
    showInLegend(m_cpuChart, m_cpuQuota, m_cpuQuota->count() > 0);
    showInLegend(m_cpuChart, m_cgroupCpu, m_cgroupCpu->count() > 0);
    showInLegend(m_cpuChart, m_throttled, m_throttled->count() > 0);
}
