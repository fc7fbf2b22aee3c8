#include "BuildVerdict.h"

#include <QtGlobal>

namespace {
// At or above this share of the memory limit a build is one package away from an OOM kill:
// the Go compiler's peak grows with the largest package being compiled in parallel.
constexpr double kNearLimit = 0.85;
// Throttled for at least this share of the wall time: the quota, not the work, sets the pace.
constexpr double kThrottledShare = 0.10;

QString seconds(qint64 ms)
{
    return ms < 10000 ? QString::number(double(ms) / 1000.0, 'f', 1) : QString::number((ms + 500) / 1000);
}

QString cores(double value)
{
    return QString::number(value, 'g', 3);
}

void raise(BuildSummary::Level &level, BuildSummary::Level to)
{
    if (int(to) > int(level))
        level = to;
}
} // namespace

QString BuildVerdict::bytes(qint64 value)
{
    if (value < 0)
        return tr("unknown");
    constexpr double kib = 1024.0;
    if (value >= qint64(1) << 30)
        return tr("%1 GiB").arg(QString::number(double(value) / (kib * kib * kib), 'f', 1));
    if (value >= qint64(1) << 20)
        return tr("%1 MiB").arg(QString::number(double(value) / (kib * kib), 'f', 0));
    if (value >= 1024)
        return tr("%1 KiB").arg(QString::number(double(value) / kib, 'f', 0));
    return tr("%1 bytes").arg(value);
}

void BuildVerdict::judge(BuildSummary &s)
{
    QStringList words;
    BuildSummary::Level level = BuildSummary::Level::Ok;
    if (!s.started) {
        s.verdict = tr("The build did not start: %1").arg(s.startError);
        s.level = BuildSummary::Level::Error;
        return;
    }

    // Against a limit the cgroup's use is what counts (the kernel compares that); without one,
    // the build's own tree says more (a shared cgroup also holds the rest of the session).
    const qint64 peak = s.peakAgainstLimit();
    // A command that ended before the first sample has no peak of its own; a shared cgroup's
    // number would be the whole session's, so say nothing rather than something wrong.
    const qint64 ownPeak = s.peakBytes();
    const qint64 limit = s.memoryLimitBytes;
    const bool killedHard = s.signal == 9;
    if (s.oomKills > 0) {
        // The kernel's own counter says so: no guessing from the exit status.
        words << (limit > 0 ? tr("The kernel killed the build: it needed more than the %1 limit (OOM kills: %2).")
                                  .arg(bytes(limit))
                                  .arg(s.oomKills)
                            : tr("The kernel's out-of-memory killer ended a process of the build (OOM kills: %1).")
                                  .arg(s.oomKills));
        raise(level, BuildSummary::Level::Error);
    } else if (killedHard && limit > 0 && peak >= qint64(double(limit) * kNearLimit)) {
        // SIGKILL right at the limit, but the counter did not move (v1 counts in the cgroup that
        // hit its limit, which may be an ancestor we could not read): most likely memory.
        words << tr("The build was killed (SIGKILL) at %1 of the %2 limit: most likely the memory limit.")
                     .arg(bytes(peak), bytes(limit));
        raise(level, BuildSummary::Level::Error);
    } else if (limit > 0 && peak >= qint64(double(limit) * kNearLimit)) {
        words << tr("Peak %1 of your %2 limit: one more package and it will be killed.").arg(bytes(peak), bytes(limit));
        raise(level, BuildSummary::Level::Warning);
    } else if (limit > 0) {
        words << tr("Peak %1 of your %2 limit: enough headroom.").arg(bytes(peak), bytes(limit));
    } else if (ownPeak > 0) {
        words << tr("Peak %1; no memory limit applies.").arg(bytes(ownPeak));
        raise(level, BuildSummary::Level::Info);
    } else {
        words << tr("It ended before its memory could be measured; no memory limit applies.");
        raise(level, BuildSummary::Level::Info);
    }

    if (s.throttledUsec > 0 && s.wallMs > 0 && double(s.throttledUsec) / 1000.0 >= double(s.wallMs) * kThrottledShare) {
        QString quota = tr("a CPU quota");
        if (qAbs(s.cpuQuotaCores - 1.0) < 0.005)
            quota = tr("the CPU quota (1 core)");
        else if (s.cpuQuotaCores > 0)
            quota = tr("the CPU quota (%1 cores)").arg(cores(s.cpuQuotaCores));
        words << tr("Throttled for %1 s of %2 s: %3 slows the build.")
                     .arg(seconds(s.throttledUsec / 1000), seconds(s.wallMs), quota);
        raise(level, BuildSummary::Level::Warning);
    }

    if (s.signal != 0 && s.oomKills == 0 && !killedHard) {
        words << tr("The build ended by signal %1.").arg(s.signal);
        raise(level, BuildSummary::Level::Warning);
    } else if (s.signal == 0 && s.exitCode != 0) {
        words << tr("The build failed with exit status %1: see its output.").arg(s.exitCode);
        raise(level, BuildSummary::Level::Warning);
    } else if (killedHard && s.oomKills == 0 && !(limit > 0 && peak >= qint64(double(limit) * kNearLimit))) {
        words << tr("The build was killed by signal 9 (SIGKILL), not by the OOM killer of its cgroup.");
        raise(level, BuildSummary::Level::Error);
    }
    s.verdict = words.join(QLatin1Char(' '));
    s.level = level;
}
