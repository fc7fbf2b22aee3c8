#include "CgroupChecks.h"

#include <QRegularExpression>

#include <cmath>

using namespace CheckKit;

namespace {
const QString kLayout = QStringLiteral("cgroup.layout");
const QString kMemoryLimit = QStringLiteral("cgroup.memory-limit");
const QString kMemoryHigh = QStringLiteral("cgroup.memory-high");
const QString kCpuQuota = QStringLiteral("cgroup.cpu-quota");
const QString kPidsLimit = QStringLiteral("cgroup.pids-limit");
const QString kOomHistory = QStringLiteral("cgroup.oom-history");

constexpr qint64 kGiB = qint64(1) << 30;
constexpr qint64 kMiB = qint64(1) << 20;
// A parallel `go build` or `go test ./...` runs a compiler or test binary per CPU, each with a
// dozen runtime threads; pids.max counts threads, so a few thousand is where builds start failing.
constexpr qint64 kLowPids = 4096;

QString notesOf(const Facts &f)
{
    return f.cgroup.notes.join(QLatin1Char(' '));
}

// A skipped result that says why, with the probe's notes.
CheckResult skipped(const QString &id, const QString &title, const Facts &f)
{
    QString why = notesOf(f);
    if (why.isEmpty())
        why = CgroupChecks::tr("The cgroup files of this session could not be read.");
    return make(id, Severity::Skipped, title, why);
}

// Whether a limit check can run: cgroups readable and the controller's folder found.
std::optional<CheckResult> unavailable(const QString &id, const Facts &f, const CgroupController &c)
{
    if (!f.cgroup.readable)
        return skipped(id, CgroupChecks::tr("The cgroup of this session is unknown"), f);
    if (!c.available())
        return skipped(id, CgroupChecks::tr("The cgroup limits could not be read"), f);
    return std::nullopt;
}

// How to change one systemd property (MemoryMax=, CPUQuota=, TasksMax=) of the unit that sets a
// limit, or the container runtime's option when the limit comes from outside.
// The drop-in line that gives a slice this property, when the systemd probe found one.
const SliceLimit *sliceSetting(const Facts &f, const QString &unit, const QString &property)
{
    for (const SliceLimit &l : f.systemd.sliceLimits) {
        if (l.unit == unit && l.key == property)
            return &l;
    }
    return nullptr;
}

// Evidence: the drop-in line that sets the limit (read by the systemd probe).
void addSliceEvidence(CheckResult &r, const Facts &f, const QString &folder, const QString &mountPoint,
                      const QString &property)
{
    if (const SliceLimit *l = sliceSetting(f, CgroupChecks::unitOf(folder, mountPoint), property))
        r.evidence << Evidence::file(l->file, l->line, QStringLiteral("%1=%2").arg(l->key, l->value));
}

QString propertyFix(const Facts &f, const QString &folder, const QString &mountPoint, const QString &property,
                    const QString &value, const QString &dockerOption)
{
    const QString unit = CgroupChecks::unitOf(folder, mountPoint);
    if (CgroupChecks::looksLikeContainer(folder, mountPoint))
        return CgroupChecks::tr("The limit is set by the container runtime, outside this system: start the container "
                                "with a larger limit (docker run %1 ..., or docker update %1 CONTAINER; in Kubernetes "
                                "raise resources.limits).")
            .arg(dockerOption);
    if (const SliceLimit *l = sliceSetting(f, unit, property))
        return CgroupChecks::tr("%1 gets %2=%3 from %4, line %5: change it there (sudo editor %4) to %2=%6, or "
                                "remove the line, then run sudo systemctl daemon-reload.")
            .arg(unit, l->key, l->value, l->file)
            .arg(l->line)
            .arg(value);
    static const QRegularExpression userSlice(QStringLiteral("^user-\\d+\\.slice$"));
    if (userSlice.match(unit).hasMatch())
        return CgroupChecks::tr("%1 belongs to the system manager. See which drop-in sets it with "
                                "`systemctl cat %1`, then raise or remove that line, or add your own drop-in:\n"
                                "sudo mkdir -p /etc/systemd/system/%1.d\n"
                                "sudo tee /etc/systemd/system/%1.d/90-go-build.conf <<'EOF'\n"
                                "[Slice]\n"
                                "%2=%3\n"
                                "EOF\n"
                                "sudo systemctl daemon-reload")
            .arg(unit, property, value);
    if (folder.contains(QRegularExpression(QStringLiteral("/user@\\d+\\.service/"))))
        return CgroupChecks::tr("%1 is a unit of your user manager: systemctl --user set-property %1 %2=%3")
            .arg(unit, property, value);
    return CgroupChecks::tr("Raise it on the unit that sets it: sudo systemctl set-property %1 %2=%3 "
                            "(or a drop-in in /etc/systemd/system/%1.d/ and sudo systemctl daemon-reload).")
        .arg(unit, property, value);
}

Evidence valueEvidence(const CgroupValue &v)
{
    return Evidence::cgroup(v.file, v.text);
}

// Key-value files (memory.events, cpu.stat) as one line of evidence: "oom 2; oom_kill 2".
Evidence keyedEvidence(const QString &file, const QString &text)
{
    return Evidence::cgroup(file, text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral("; ")));
}

// A fix made of a command block and a further advice: on separate lines, since the first part
// may end with a shell command.
QString joinLines(const QString &a, const QString &b)
{
    return a.isEmpty() || b.isEmpty() ? a + b : a + QLatin1Char('\n') + b;
}

// "2 GiB" style, rounded up to whole GiB for a systemd property value ("4G").
QString systemdSize(qint64 bytes)
{
    return QStringLiteral("%1G").arg((bytes + kGiB - 1) / kGiB);
}

// How bad the effective memory limit is, alone (checks.md: error below 1 GiB, warning below 2)
// and against the peak of a build the monitor measured (at or above 85% of the limit: warning,
// above it: error).
Severity memorySeverity(const Facts &f)
{
    const CgroupValue &m = f.cgroup.memoryMax;
    if (!m.limited())
        return Severity::Ok;
    Severity s = Severity::Ok;
    if (m.value < kGiB)
        s = Severity::Error;
    else if (m.value < 2 * kGiB)
        s = Severity::Warning;
    if (f.measuredBuild && f.measuredBuild->peakBytes > 0) {
        const qint64 peak = f.measuredBuild->peakBytes;
        if (peak > m.value)
            s = worse(s, Severity::Error);
        else if (double(peak) >= 0.85 * double(m.value))
            s = worse(s, Severity::Warning);
    }
    return s;
}

const CgroupMemoryEvents *eventsOf(const Facts &f, const QString &folder)
{
    for (const CgroupMemoryEvents &e : f.cgroup.memoryEvents) {
        if (e.folder == folder)
            return &e;
    }
    return nullptr;
}

QString coresText(double cores)
{
    return QString::number(cores, 'g', 3);
}
} // namespace

// The systemd unit a cgroup folder is ("user-1000.slice"), empty for the root of the mount (a
// container's own cgroup seen through its namespace: the limit is set from outside).
QString CgroupChecks::unitOf(const QString &folder, const QString &mountPoint)
{
    if (folder.isEmpty() || folder == mountPoint)
        return {};
    return folder.section(QLatin1Char('/'), -1);
}

bool CgroupChecks::looksLikeContainer(const QString &folder, const QString &mountPoint)
{
    static const QRegularExpression re(QStringLiteral("(^|/)(docker|kubepods|containerd|libpod|lxc|actions_job)"));
    return unitOf(folder, mountPoint).isEmpty() || re.match(folder.mid(mountPoint.size())).hasMatch();
}

QList<Check> CgroupChecks::all()
{
    return {
        {kLayout, &CgroupChecks::layout},         {kMemoryLimit, &CgroupChecks::memoryLimit},
        {kMemoryHigh, &CgroupChecks::memoryHigh}, {kCpuQuota, &CgroupChecks::cpuQuota},
        {kPidsLimit, &CgroupChecks::pidsLimit},   {kOomHistory, &CgroupChecks::oomHistory},
    };
}

QString CgroupChecks::describeBytes(qint64 bytes)
{
    if (bytes < 0)
        return tr("no limit");
    if (bytes >= kGiB)
        return tr("%1 GiB").arg(QString::number(double(bytes) / double(kGiB), 'g', 3));
    if (bytes >= kMiB)
        return tr("%1 MiB").arg(QString::number(double(bytes) / double(kMiB), 'g', 4));
    return tr("%1 bytes").arg(bytes);
}

QList<CheckResult> CgroupChecks::layout(const Facts &f)
{
    const CgroupFacts &c = f.cgroup;
    if (!c.readable)
        return {skipped(kLayout, tr("The cgroup of this session is unknown"), f)};
    CheckResult r;
    if (c.layout == QLatin1String("none")) {
        r = make(kLayout, Severity::Info, tr("No cgroup file system is mounted"),
                 tr("No cgroup hierarchy is mounted here, so no cgroup limits can apply to builds (and none can be "
                    "read)."));
    } else if (c.layout == QLatin1String("v2")) {
        r = make(kLayout, Severity::Info, tr("cgroup v2 (unified hierarchy)"),
                 tr("This system uses cgroup v2, the unified hierarchy (Ubuntu's default since 21.10). This session's "
                    "cgroup is %1; its limits and those of every cgroup above it apply to your builds.")
                     .arg(c.unifiedPath.isEmpty() ? tr("unknown") : c.unifiedPath));
    } else {
        QStringList parts;
        for (const QString &controller : {QStringLiteral("memory"), QStringLiteral("cpu"), QStringLiteral("pids")}) {
            if (c.v1Paths.contains(controller))
                parts << QStringLiteral("%1 %2").arg(controller, c.v1Paths.value(controller));
        }
        const QString paths = parts.isEmpty() ? tr("unknown") : parts.join(QStringLiteral(", "));
        r = c.layout == QLatin1String("hybrid")
                ? make(kLayout, Severity::Info, tr("cgroup hybrid (v1 controllers with a cgroup2 mount)"),
                       tr("This system uses the hybrid layout: the controllers (memory, cpu, pids) are cgroup v1 "
                          "hierarchies and a cgroup2 hierarchy is mounted beside them (often empty). The limits that "
                          "apply are the v1 ones. This session's cgroups: %1.")
                           .arg(paths))
                : make(kLayout, Severity::Info, tr("cgroup v1"),
                       tr("This system uses cgroup v1 (one hierarchy per controller), as older releases and many "
                          "containers do. This session's cgroups: %1.")
                           .arg(paths));
    }
    for (const CgroupController *ctl : {&c.memory, &c.cpu, &c.pids}) {
        if (ctl->leafMissing) {
            r.message = joinSentences(r.message, tr("The session's own cgroup folder %1 was not there (a snapshot "
                                                    "often lacks it); the limits were read from %2 upwards.")
                                                     .arg(ctl->expectedFolder, ctl->folder));
            break;
        }
    }
    r.evidence << Evidence::cgroup(QStringLiteral("/proc/self/cgroup"), c.procCgroupText);
    r.howToFix = tr("Nothing to fix: this is for information.");
    return {r};
}

QList<CheckResult> CgroupChecks::memoryLimit(const Facts &f)
{
    const CgroupFacts &c = f.cgroup;
    if (auto s = unavailable(kMemoryLimit, f, c.memory))
        return {*s};
    const CgroupValue &m = c.memoryMax;
    if (!m.known()) {
        if (c.memory.folder == c.memory.mountPoint && !c.memory.leafMissing)
            return {make(kMemoryLimit, Severity::Ok, tr("No memory limit"),
                         tr("This session is in the root cgroup, which has no memory limit."))};
        return {skipped(kMemoryLimit, tr("The memory limit could not be read"), f)};
    }
    if (!m.limited()) {
        CheckResult r =
            make(kMemoryLimit, Severity::Ok, tr("No memory limit"),
                 tr("Neither this session's cgroup nor any cgroup above it limits memory; builds can use "
                    "all of the RAM%1.")
                     .arg(c.memTotal > 0 ? QStringLiteral(" (%1)").arg(describeBytes(c.memTotal)) : QString()));
        if (f.measuredBuild && f.measuredBuild->peakBytes > 0)
            r.message = joinSentences(r.message, tr("A build measured here (%1 in %2) peaked at %3.")
                                                     .arg(f.measuredBuild->command, f.measuredBuild->folder,
                                                          describeBytes(f.measuredBuild->peakBytes)));
        r.evidence << valueEvidence(m);
        return {r};
    }
    const Severity sev = memorySeverity(f);
    const QString limit = describeBytes(m.value);
    if (sev == Severity::Ok) {
        CheckResult r =
            make(kMemoryLimit, Severity::Ok, tr("Memory limit %1 is enough for go build").arg(limit),
                 tr("The effective memory limit is %1, set by %2: enough for go build.").arg(limit, m.folder));
        if (f.measuredBuild && f.measuredBuild->peakBytes > 0)
            r.message = joinSentences(
                r.message,
                tr("A build measured here (%1 in %2) peaked at %3, %4% of the limit.")
                    .arg(f.measuredBuild->command, f.measuredBuild->folder, describeBytes(f.measuredBuild->peakBytes))
                    .arg(qRound(100.0 * double(f.measuredBuild->peakBytes) / double(m.value))));
        r.evidence << valueEvidence(m);
        return {r};
    }
    CheckResult r =
        make(kMemoryLimit, sev,
             sev == Severity::Error ? tr("The memory limit of %1 is too low to build Go").arg(limit)
                                    : tr("The memory limit of %1 is tight for Go builds").arg(limit),
             tr("This session may use at most %1 of memory: %2 sets it, and it applies to everything started from "
                "here. go build runs one compiler and linker per CPU at once, and a large package or the linker "
                "alone can need more than a GiB, so builds get killed by the OOM killer (\"signal: killed\") or "
                "crawl while the kernel reclaims memory.")
                 .arg(limit, m.folder));
    if (f.measuredBuild && f.measuredBuild->peakBytes > 0) {
        const qint64 peak = f.measuredBuild->peakBytes;
        r.message =
            joinSentences(r.message, tr("A build measured here (%1 in %2) peaked at %3, %4% of the limit.")
                                         .arg(f.measuredBuild->command, f.measuredBuild->folder, describeBytes(peak))
                                         .arg(qRound(100.0 * double(peak) / double(m.value))));
    }
    if (const CgroupMemoryEvents *ev = eventsOf(f, m.folder)) {
        if (ev->max > 0)
            r.message = joinSentences(r.message, tr("Usage has already hit the limit %1 times (%2).")
                                                     .arg(ev->max)
                                                     .arg(c.memory.version == QLatin1String("v1")
                                                              ? QStringLiteral("memory.failcnt")
                                                              : QStringLiteral("memory.events max")));
    }
    if (c.memTotal > 0)
        r.message = joinSentences(r.message, tr("The machine has %1 of RAM.").arg(describeBytes(c.memTotal)));
    r.evidence << valueEvidence(m);
    if (c.memoryPeak.known())
        r.evidence << valueEvidence(c.memoryPeak);
    else if (c.memoryCurrent.known())
        r.evidence << valueEvidence(c.memoryCurrent);
    addSliceEvidence(r, f, m.folder, c.memory.mountPoint, QStringLiteral("MemoryMax"));
    qint64 want = 4 * kGiB;
    if (f.measuredBuild && f.measuredBuild->peakBytes * 3 / 2 > want)
        want = f.measuredBuild->peakBytes * 3 / 2;
    QString fix = propertyFix(f, m.folder, c.memory.mountPoint, QStringLiteral("MemoryMax"), systemdSize(want),
                              QStringLiteral("--memory=%1").arg(systemdSize(want).toLower()));
    // A scope of its own needs the user's systemd, which a container does not run.
    if (!looksLikeContainer(m.folder, c.memory.mountPoint))
        fix = joinLines(fix, tr("To give one build its own limit: systemd-run --user --scope -p MemoryMax=%1 go build "
                                "./... (it cannot go above a parent's limit, so this helps only below a raised slice).")
                                 .arg(systemdSize(want)));
    r.howToFix = joinLines(fix, tr("Meanwhile build with fewer parallel jobs (go build -p 2), and for Go programs run "
                                   "here set GOMEMLIMIT to about 90% of the limit (GOMEMLIMIT=%1MiB) so the garbage "
                                   "collector works harder before the kernel kills.")
                                    .arg(m.value * 9 / 10 / kMiB));
    r.fixes << QStringLiteral("fix.raise-memory-limit") << QStringLiteral("fix.set-gomemlimit");
    return {r};
}

QList<CheckResult> CgroupChecks::memoryHigh(const Facts &f)
{
    const CgroupFacts &c = f.cgroup;
    if (auto s = unavailable(kMemoryHigh, f, c.memory))
        return {*s};
    if (c.memory.version != QLatin1String("v2"))
        return {make(kMemoryHigh, Severity::Ok, tr("No memory.high on cgroup v1"),
                     tr("memory.high exists only on cgroup v2; this session's memory controller is cgroup v1."))};
    const CgroupValue &high = c.memoryHigh;
    if (!high.limited()) {
        CheckResult r = make(kMemoryHigh, Severity::Ok, tr("No memory throttling threshold"),
                             tr("memory.high is not set on this session's cgroup or above it."));
        if (high.known())
            r.evidence << valueEvidence(high);
        return {r};
    }
    const qint64 ceiling = c.memoryMax.limited() ? c.memoryMax.value : c.memTotal;
    if (ceiling > 0 && high.value >= ceiling) {
        CheckResult r = make(
            kMemoryHigh, Severity::Ok, tr("memory.high is not below the memory limit"),
            tr("memory.high (%1, set by %2) is not below %3, so it never throttles before the hard "
               "limit does.")
                .arg(describeBytes(high.value), high.folder, c.memoryMax.limited() ? tr("memory.max") : tr("the RAM")));
        r.evidence << valueEvidence(high);
        return {r};
    }
    CheckResult r = make(
        kMemoryHigh, Severity::Warning, tr("memory.high throttles this session at %1").arg(describeBytes(high.value)),
        tr("%1 sets memory.high to %2, below %3. Above memory.high the kernel does not kill, it throttles: every "
           "process of the cgroup is made to reclaim memory and is slowed down, so a go build that needs more "
           "crawls (minutes instead of seconds) with the disk busy paging, and looks hung.")
            .arg(high.folder, describeBytes(high.value),
                 c.memoryMax.limited() ? tr("the memory limit (%1)").arg(describeBytes(c.memoryMax.value))
                 : ceiling > 0         ? tr("the RAM (%1)").arg(describeBytes(ceiling))
                                       : tr("the RAM")));
    r.evidence << valueEvidence(high);
    if (c.memoryMax.limited())
        r.evidence << valueEvidence(c.memoryMax);
    if (const CgroupMemoryEvents *ev = eventsOf(f, high.folder)) {
        if (ev->high > 0)
            r.message = joinSentences(
                r.message, tr("It has already throttled this cgroup %1 times (memory.events high).").arg(ev->high));
        r.evidence << keyedEvidence(ev->file, ev->text);
    }
    if (c.memorySomeAvg10 > 0) {
        r.message = joinSentences(r.message, tr("Right now tasks here wait for memory %1% of the time "
                                                "(memory.pressure, last 10 s).")
                                                 .arg(c.memorySomeAvg10, 0, 'f', 1));
        r.evidence << keyedEvidence(c.memoryPressureFile, c.memoryPressure);
    }
    addSliceEvidence(r, f, high.folder, c.memory.mountPoint, QStringLiteral("MemoryHigh"));
    r.howToFix = joinLines(propertyFix(f, high.folder, c.memory.mountPoint, QStringLiteral("MemoryHigh"),
                                       QStringLiteral("infinity"), QStringLiteral("--memory")),
                           tr("Or run a build outside the threshold: systemd-run --user --scope -p MemoryHigh=infinity "
                              "go build ./... (a parent's memory.high still applies)."));
    r.fixes << QStringLiteral("fix.raise-memory-high");
    return {r};
}

QList<CheckResult> CgroupChecks::cpuQuota(const Facts &f)
{
    const CgroupFacts &c = f.cgroup;
    if (auto s = unavailable(kCpuQuota, f, c.cpu))
        return {*s};
    const CgroupCpuQuota &q = c.cpuQuota;
    if (q.file.isEmpty()) {
        if (c.cpu.folder == c.cpu.mountPoint && !c.cpu.leafMissing)
            return {make(kCpuQuota, Severity::Ok, tr("No CPU quota"),
                         tr("This session is in the root cgroup, which has no CPU quota."))};
        return {skipped(kCpuQuota, tr("The CPU quota could not be read"), f)};
    }
    const QString cpus = c.cpuCount > 0 ? QString::number(c.cpuCount) : tr("unknown");
    if (!q.limited()) {
        CheckResult r = make(kCpuQuota, Severity::Ok, tr("No CPU quota"),
                             tr("No cgroup above this session limits CPU time; builds can use all %1 CPUs.").arg(cpus));
        r.evidence << Evidence::cgroup(q.file, q.text);
        return {r};
    }
    if (c.cpuCount > 0 && q.cores >= c.cpuCount) {
        CheckResult r = make(kCpuQuota, Severity::Ok, tr("The CPU quota is not below the CPU count"),
                             tr("%1 allows a quota of %2 in CPUs, not less than the %3 CPUs of this machine.")
                                 .arg(q.folder, coresText(q.cores), cpus));
        r.evidence << Evidence::cgroup(q.file, q.text);
        return {r};
    }
    CheckResult r =
        make(kCpuQuota, Severity::Warning,
             c.cpuCount > 0 ? tr("A CPU quota of %1 of the %2 CPUs slows builds").arg(coresText(q.cores), cpus)
                            : tr("A CPU quota of %1 CPU time slows builds").arg(coresText(q.cores)),
             tr("%1 limits this session to %3 µs of CPU time in every %4 µs (a quota of %2 in CPUs) while the machine "
                "has %5 CPUs. go build compiles one package per CPU at once; under the quota the kernel stops every "
                "thread of "
                "the cgroup once the period's time is used up, so builds take longer and latency comes in bursts.")
                 .arg(q.folder, coresText(q.cores))
                 .arg(q.quotaUs)
                 .arg(q.periodUs)
                 .arg(cpus));
    if (c.cpuCount > 0)
        r.message = joinSentences(r.message, tr("A build that could use all CPUs takes about %1 times as long.")
                                                 .arg(coresText(double(c.cpuCount) / q.cores)));
    const QString gomaxprocs = f.envValue(QStringLiteral("GOMAXPROCS"));
    static const GoVersion go125 = *GoVersion::parse(QStringLiteral("go1.25"));
    if (!gomaxprocs.isEmpty()) {
        r.message = joinSentences(r.message, tr("GOMAXPROCS=%1 is set, so Go programs use that many threads "
                                                "whatever the quota.")
                                                 .arg(gomaxprocs));
    } else if (f.activeVersion && *f.activeVersion < go125) {
        r.message = joinSentences(
            r.message, tr("%1 ignores the quota: GOMAXPROCS defaults to the %2 CPUs, so the go command, the "
                          "compiler and your programs run that many threads, which the kernel then throttles.")
                           .arg(describeVersion(f.activeVersion), cpus));
    } else {
        r.message = joinSentences(
            r.message,
            tr("Go 1.25 and later set GOMAXPROCS from the quota only when the main module's go.mod says go 1.25 or "
               "later, and only from the process's own (leaf) cgroup; older go.mod files keep GOMAXPROCS at the CPU "
               "count."));
    }
    if (!q.onLeaf)
        r.message = joinSentences(r.message, tr("This quota is set on %1, not on the session's own cgroup, so even "
                                                "Go 1.25 does not see it.")
                                                 .arg(q.folder));
    if (c.nrThrottled > 0)
        r.message =
            joinSentences(r.message, tr("The kernel has already throttled it %1 times (%2 s in total).")
                                         .arg(c.nrThrottled)
                                         .arg(c.throttledUsec > 0 ? double(c.throttledUsec) / 1e6 : 0.0, 0, 'f', 1));
    r.evidence << Evidence::cgroup(q.file, q.text);
    if (!c.cpuCountSource.isEmpty())
        r.evidence << Evidence::cgroup(c.cpuCountSource, c.cpuCountText);
    if (!c.cpuStatFile.isEmpty() && c.nrThrottled > 0)
        r.evidence << keyedEvidence(c.cpuStatFile, c.cpuStatText);
    const int wanted = c.cpuCount > 0 ? c.cpuCount : 2;
    const int rounded = std::max(1, int(std::ceil(q.cores)));
    addSliceEvidence(r, f, q.folder, c.cpu.mountPoint, QStringLiteral("CPUQuota"));
    r.howToFix = joinLines(
        propertyFix(f, q.folder, c.cpu.mountPoint, QStringLiteral("CPUQuota"), QStringLiteral("%1%").arg(wanted * 100),
                    QStringLiteral("--cpus=%1").arg(wanted)),
        tr("If the quota must stay, match Go to it: export GOMAXPROCS=%1 and build with go build -p %1.").arg(rounded));
    r.fixes << QStringLiteral("fix.raise-cpu-quota") << QStringLiteral("fix.set-gomaxprocs");
    return {r};
}

QList<CheckResult> CgroupChecks::pidsLimit(const Facts &f)
{
    const CgroupFacts &c = f.cgroup;
    if (auto s = unavailable(kPidsLimit, f, c.pids))
        return {*s};
    const CgroupValue &p = c.pidsMax;
    if (!p.known()) {
        if (c.pids.folder == c.pids.mountPoint && !c.pids.leafMissing)
            return {make(kPidsLimit, Severity::Ok, tr("No task limit"),
                         tr("This session is in the root cgroup, which has no pids limit."))};
        return {skipped(kPidsLimit, tr("The task limit could not be read"), f)};
    }
    if (!p.limited()) {
        CheckResult r = make(kPidsLimit, Severity::Ok, tr("No task limit"),
                             tr("No cgroup above this session limits the number of tasks (pids.max is max)."));
        r.evidence << valueEvidence(p);
        return {r};
    }
    const qint64 current = c.pidsCurrent.known() ? c.pidsCurrent.value : -1;
    const bool nearFull = current >= 0 && double(current) >= 0.8 * double(p.value);
    if (p.value >= kLowPids && !nearFull) {
        CheckResult r = make(kPidsLimit, Severity::Ok, tr("The task limit of %1 leaves room").arg(p.value),
                             tr("%1 allows %2 tasks (processes and threads)%3: enough for a parallel build.")
                                 .arg(p.folder)
                                 .arg(p.value)
                                 .arg(current >= 0 ? tr(", %1 in use").arg(current) : QString()));
        r.evidence << valueEvidence(p);
        return {r};
    }
    CheckResult r = make(
        kPidsLimit, Severity::Warning, tr("Only %1 tasks may run in this session").arg(p.value),
        tr("%1 sets pids.max to %2%3. The limit counts threads as well as processes, and every Go program, the go "
           "command and each compiler it starts run several threads; a parallel build or go test ./... reaches the "
           "limit and fails with \"fork: resource temporarily unavailable\" or \"runtime: failed to create new OS "
           "thread\".")
            .arg(p.folder)
            .arg(p.value)
            .arg(current >= 0 ? tr(" and %1 are in use already").arg(current) : QString()));
    r.evidence << valueEvidence(p);
    if (c.pidsCurrent.known())
        r.evidence << valueEvidence(c.pidsCurrent);
    addSliceEvidence(r, f, p.folder, c.pids.mountPoint, QStringLiteral("TasksMax"));
    r.howToFix = joinLines(propertyFix(f, p.folder, c.pids.mountPoint, QStringLiteral("TasksMax"),
                                       QStringLiteral("16384"), QStringLiteral("--pids-limit=16384")),
                           tr("systemd sets pids.max from TasksMax= (for user slices the default comes from "
                              "UserTasksMax= in logind.conf). Meanwhile build with fewer jobs: go build -p 2."));
    r.fixes << QStringLiteral("fix.raise-tasks-max");
    return {r};
}

QList<CheckResult> CgroupChecks::oomHistory(const Facts &f)
{
    const CgroupFacts &c = f.cgroup;
    if (auto s = unavailable(kOomHistory, f, c.memory))
        return {*s};
    if (c.memoryEvents.isEmpty())
        return {skipped(kOomHistory, tr("The OOM history could not be read"), f)};
    // The deepest cgroup with the most kills names the place most precisely (v2 counts a
    // cgroup's descendants in its own memory.events).
    const CgroupMemoryEvents *worst = nullptr;
    for (const CgroupMemoryEvents &e : c.memoryEvents) {
        if (!worst || e.oomKill > worst->oomKill)
            worst = &e;
    }
    if (worst->oomKill <= 0) {
        CheckResult r = make(kOomHistory, Severity::Ok, tr("No OOM kills"),
                             tr("No process of this session's cgroup or the cgroups above it was killed for lack of "
                                "memory since they were created."));
        r.evidence << keyedEvidence(worst->file, worst->text);
        return {r};
    }
    CheckResult r = make(kOomHistory, Severity::Warning,
                         tr("The OOM killer has killed %n process(es) here", nullptr, int(worst->oomKill)),
                         tr("%1 records %2 processes killed by the OOM killer in %3. A go build, go test or a Go "
                            "program killed this way just stops with \"signal: killed\" and no Go error.")
                             .arg(worst->file)
                             .arg(worst->oomKill)
                             .arg(worst->folder));
    if (c.memoryMax.limited())
        r.message = joinSentences(r.message, tr("The effective memory limit is %1, set by %2.")
                                                 .arg(describeBytes(c.memoryMax.value), c.memoryMax.folder));
    else
        r.message = joinSentences(r.message, tr("No cgroup limits memory here, so the machine itself ran out of RAM."));
    r.evidence << keyedEvidence(worst->file, worst->text);
    if (c.memoryMax.limited())
        r.evidence << valueEvidence(c.memoryMax);
    if (memorySeverity(f) != Severity::Ok)
        r.causedBy << kMemoryLimit;
    r.howToFix = tr("See what was killed and when: journalctl -k | grep -i -e oom -e killed (or dmesg). Then give "
                    "builds more memory (raise MemoryMax= of %1) or use less at once: go build -p 2, and GOMEMLIMIT "
                    "for Go programs.")
                     .arg(c.memoryMax.limited() ? unitOf(c.memoryMax.folder, c.memory.mountPoint).isEmpty()
                                                      ? tr("the container")
                                                      : unitOf(c.memoryMax.folder, c.memory.mountPoint)
                                                : tr("the slice"));
    r.fixes << QStringLiteral("fix.raise-memory-limit") << QStringLiteral("fix.reduce-build-parallelism");
    return {r};
}
