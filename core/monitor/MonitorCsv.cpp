#include "MonitorCsv.h"

#include <QSaveFile>

namespace MonitorCsv {

namespace {
// Unknown values (-1) are empty cells, so a spreadsheet does not plot them as real numbers.
QString integer(qint64 v)
{
    return v < 0 ? QString() : QString::number(v);
}
QString real(double v)
{
    // QString::number is locale-independent: always a "." decimal point.
    return v < 0 ? QString() : QString::number(v, 'f', 3);
}
} // namespace

QString header()
{
    return QStringLiteral("elapsed_ms,processes,tree_rss_bytes,tree_cpu_cores,tree_cpu_ms,"
                          "cgroup_memory_bytes,cgroup_cpu_cores,memory_limit_bytes,memory_high_bytes,"
                          "cpu_quota_cores,oom_kills,throttled_periods,throttled_usec,memory_pressure_some_avg10,"
                          "merged");
}

QString line(const MonitorSample &s)
{
    const QStringList cells{
        QString::number(s.elapsedMs), QString::number(s.processCount),
        integer(s.treeRssBytes),      real(s.treeCpuCores),
        integer(s.treeCpuMsTotal),    integer(s.cgroupMemoryBytes),
        real(s.cgroupCpuCores),       integer(s.memoryLimitBytes),
        integer(s.memoryHighBytes),   real(s.cpuQuotaCores),
        integer(s.oomKills),          integer(s.throttledPeriods),
        integer(s.throttledUsec),     real(s.memoryPressure),
        QString::number(s.merged),
    };
    return cells.join(QLatin1Char(','));
}

bool write(const QString &file, const QList<MonitorSample> &samples, QString *error)
{
    // QSaveFile: a failed write (disk full) leaves no half-written file behind.
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(file, out.errorString());
        return false;
    }
    QByteArray text = header().toUtf8() + '\n';
    for (const MonitorSample &s : samples)
        text += line(s).toUtf8() + '\n';
    out.write(text);
    if (!out.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

} // namespace MonitorCsv
