#include "CgroupProbe.h"

#include "CgroupParsers.h"

#include <QCoreApplication>
#include <QDir>

using namespace CgroupParsers;

namespace {

QString joinPath(const QString &dir, const QString &name)
{
    return QDir::cleanPath(dir + QLatin1Char('/') + name);
}

// True when `path` is `dir` or below it.
bool within(const QString &path, const QString &dir)
{
    return path == dir || path.startsWith(dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/'));
}

// The reading side of the probe: one SystemView, the notes it collects, and small readers that
// keep the file and its text with every value (the checks show both as evidence).
class Reader {
public:
    Reader(const SystemView &system, CgroupFacts &facts) : m_system(system), m_facts(facts) {}

    std::optional<QByteArray> read(const QString &file) const
    {
        // cgroup files are tiny; memory.stat is the largest and stays under a few KiB.
        return m_system.readFile(file, 64 * 1024);
    }

    // A file that exists but does not parse is skipped with a note, so that one garbage file
    // neither hides the rest of the walk nor passes for "no limit".
    void garbage(const QString &file, const QByteArray &text) const
    {
        QByteArray shown = text.left(40).trimmed();
        for (char &c : shown) {
            if (c < 0x20 || c > 0x7e)
                c = '?';
        }
        m_facts.notes << CgroupProbe::tr("%1 does not hold what the kernel writes there (\"%2\"); it was skipped.")
                             .arg(file, QString::fromLatin1(shown));
    }

    // A limit file (number or "max"): nullopt when missing or garbage.
    std::optional<CgroupValue> limit(const QString &folder, const QString &name) const
    {
        const QString file = joinPath(folder, name);
        const auto text = read(file);
        if (!text)
            return std::nullopt;
        const auto v = parseLimit(*text);
        if (!v) {
            garbage(file, *text);
            return std::nullopt;
        }
        return CgroupValue{*v, folder, file, QString::fromUtf8(text->trimmed())};
    }

    // A counter file (memory.current, pids.current): non-negative number.
    std::optional<CgroupValue> number(const QString &folder, const QString &name) const
    {
        const QString file = joinPath(folder, name);
        const auto text = read(file);
        if (!text)
            return std::nullopt;
        const auto v = parseNumber(*text);
        if (!v) {
            garbage(file, *text);
            return std::nullopt;
        }
        return CgroupValue{*v, folder, file, QString::fromUtf8(text->trimmed())};
    }

    bool isDir(const QString &path) const { return m_system.stat(path).isDir; }

    const SystemView &m_system;
    CgroupFacts &m_facts;
};

// Where the session's cgroup is for one controller: the v1 hierarchy that has it, else the v2
// hierarchy (cgroup-v2.rst "Controlling Controllers": a controller is on v2 only when no v1
// hierarchy has claimed it).
CgroupController locate(const Reader &reader, const QList<Mount> &mounts, const QList<Membership> &memberships,
                        const QString &controller)
{
    CgroupController c;
    const Mount *mount = nullptr;
    for (const Mount &m : mounts) {
        if (!m.v2 && m.controllers.contains(controller)) {
            mount = &m;
            c.version = QStringLiteral("v1");
            break;
        }
    }
    if (!mount) {
        for (const Mount &m : mounts) {
            if (m.v2) {
                mount = &m;
                c.version = QStringLiteral("v2");
                break;
            }
        }
    }
    if (!mount) {
        c.version.clear();
        return c;
    }
    c.mountPoint = QDir::cleanPath(mount->mountPoint);
    const QString key = c.version == QLatin1String("v1") ? controller : QString();
    for (const Membership &ms : memberships) {
        if (key.isEmpty() ? ms.hierarchy == 0 && ms.controllers.isEmpty() : ms.controllers.contains(key)) {
            c.cgroupPath = ms.path;
            break;
        }
    }
    c.expectedFolder = cgroupFolder(mounts, memberships, key);
    if (c.cgroupPath.isEmpty()) {
        reader.m_facts.notes << CgroupProbe::tr("/proc/self/cgroup has no line for the %1 hierarchy.").arg(controller);
        return c;
    }
    if (c.expectedFolder.isEmpty()) {
        reader.m_facts.notes << CgroupProbe::tr(
                                    "The %1 cgroup %2 is outside what is mounted at %3, so its limits cannot be read.")
                                    .arg(controller, c.cgroupPath, c.mountPoint);
        return c;
    }
    // A v2 controller must be enabled at the root (cgroup.controllers) to have files at all.
    if (c.version == QLatin1String("v2")) {
        if (const auto enabled = reader.read(joinPath(c.mountPoint, QStringLiteral("cgroup.controllers")))) {
            if (!QString::fromLatin1(*enabled).simplified().split(QLatin1Char(' ')).contains(controller)) {
                reader.m_facts.notes << CgroupProbe::tr(
                                            "The %1 controller is not enabled on the cgroup v2 hierarchy (%2).")
                                            .arg(controller,
                                                 joinPath(c.mountPoint, QStringLiteral("cgroup.controllers")));
                c.version.clear();
                return c;
            }
        }
    }
    // Snapshots rarely hold the leaf scope (it is gone once the terminal closes): the deepest
    // folder that exists is the closest we can get, and its ancestors still set the limits.
    QString folder = c.expectedFolder;
    while (!reader.isDir(folder) && folder != c.mountPoint && within(folder, c.mountPoint))
        folder = parentPath(folder);
    if (!reader.isDir(folder)) {
        reader.m_facts.notes
            << CgroupProbe::tr("The %1 cgroup folders (%2) could not be read.").arg(controller, c.mountPoint);
        return c;
    }
    c.folder = folder;
    c.leafMissing = folder != c.expectedFolder;
    if (c.leafMissing)
        reader.m_facts.notes << CgroupProbe::tr(
                                    "The session's %1 cgroup %2 was not found; the limits are read from %3 upwards.")
                                    .arg(controller, c.expectedFolder, folder);
    return c;
}

// From the session's folder up to the mount point, deepest first.
QStringList walk(const CgroupController &c)
{
    QStringList out;
    if (!c.available())
        return out;
    for (QString f = c.folder; !f.isEmpty() && within(f, c.mountPoint); f = parentPath(f)) {
        out << f;
        if (f == c.mountPoint)
            break;
    }
    return out;
}

// Keeps the lower of two limits; an unlimited reading only fills an empty slot (so the evidence
// can show "max" when nothing is limited).
void keepLowest(CgroupValue &slot, const CgroupValue &candidate)
{
    if (!slot.known() || (candidate.limited() && (!slot.limited() || candidate.value < slot.value)))
        slot = candidate;
}

// Memory: cgroup-v2.rst "Memory Interface Files" (memory.max, memory.high, memory.events,
// memory.current, memory.peak), cgroup-v1/memory.rst (memory.limit_in_bytes,
// memory.usage_in_bytes, memory.max_usage_in_bytes, memory.failcnt, memory.oom_control).
void collectMemory(const Reader &reader, CgroupFacts &f)
{
    const bool v2 = f.memory.version == QLatin1String("v2");
    for (const QString &folder : walk(f.memory)) {
        if (const auto max =
                reader.limit(folder, v2 ? QStringLiteral("memory.max") : QStringLiteral("memory.limit_in_bytes")))
            keepLowest(f.memoryMax, *max);
        CgroupMemoryEvents ev;
        ev.folder = folder;
        if (v2) {
            if (const auto high = reader.limit(folder, QStringLiteral("memory.high")))
                keepLowest(f.memoryHigh, *high);
            ev.file = joinPath(folder, QStringLiteral("memory.events"));
        } else {
            ev.file = joinPath(folder, QStringLiteral("memory.oom_control"));
        }
        const auto text = reader.read(ev.file);
        if (!text)
            continue;
        const QMap<QString, qint64> keyed = parseKeyed(*text);
        if (keyed.isEmpty() && !text->trimmed().isEmpty()) {
            reader.garbage(ev.file, *text);
            continue;
        }
        ev.text = QString::fromUtf8(text->trimmed());
        auto count = [&](const char *key) { return std::max<qint64>(0, keyed.value(QLatin1String(key), 0)); };
        ev.oomKill = count("oom_kill");
        if (v2) {
            ev.oom = count("oom");
            ev.high = count("high");
            ev.max = count("max");
        } else if (const auto failcnt = reader.number(folder, QStringLiteral("memory.failcnt"))) {
            ev.max = failcnt->value;
            ev.text += QStringLiteral("\n%1: %2").arg(failcnt->file, failcnt->text);
        }
        f.memoryEvents << ev;
    }
    // Usage of the cgroup that is limited, since that is what the limit is compared to.
    const QString usageFolder = f.memoryMax.limited() ? f.memoryMax.folder : f.memory.folder;
    if (usageFolder.isEmpty())
        return;
    if (const auto cur =
            reader.number(usageFolder, v2 ? QStringLiteral("memory.current") : QStringLiteral("memory.usage_in_bytes")))
        f.memoryCurrent = *cur;
    if (const auto peak = reader.number(usageFolder, v2 ? QStringLiteral("memory.peak")
                                                        : QStringLiteral("memory.max_usage_in_bytes")))
        f.memoryPeak = *peak;
}

// CPU: cgroup-v2.rst "cpu.max" and "cpu.stat" (nr_throttled, throttled_usec);
// scheduler/sched-bwc.rst for v1 (cpu.cfs_quota_us, cpu.cfs_period_us, cpu.stat with
// nr_throttled and throttled_time in nanoseconds).
void collectCpu(const Reader &reader, CgroupFacts &f)
{
    const bool v2 = f.cpu.version == QLatin1String("v2");
    for (const QString &folder : walk(f.cpu)) {
        CgroupCpuQuota q;
        q.folder = folder;
        if (v2) {
            q.file = joinPath(folder, QStringLiteral("cpu.max"));
            const auto text = reader.read(q.file);
            if (!text)
                continue;
            const auto parsed = parseCpuMax(*text);
            if (!parsed) {
                reader.garbage(q.file, *text);
                continue;
            }
            q.quotaUs = parsed->quotaUs;
            q.periodUs = parsed->periodUs;
            q.text = QString::fromUtf8(text->trimmed());
        } else {
            q.file = joinPath(folder, QStringLiteral("cpu.cfs_quota_us"));
            const auto quota = reader.limit(folder, QStringLiteral("cpu.cfs_quota_us"));
            if (!quota)
                continue;
            const auto period = reader.number(folder, QStringLiteral("cpu.cfs_period_us"));
            if (quota->limited() && (!period || period->value <= 0)) {
                reader.m_facts.notes << CgroupProbe::tr(
                                            "%1 sets a quota but %2 is missing or unreadable; the quota was skipped.")
                                            .arg(quota->file, joinPath(folder, QStringLiteral("cpu.cfs_period_us")));
                continue;
            }
            q.quotaUs = quota->value;
            if (period)
                q.periodUs = period->value;
            q.text = quota->text + (period ? QStringLiteral(" (cpu.cfs_period_us: %1)").arg(period->text) : QString());
        }
        if (q.quotaUs > 0 && q.periodUs > 0)
            q.cores = double(q.quotaUs) / double(q.periodUs);
        q.onLeaf = folder == f.cpu.expectedFolder;
        if (f.cpuQuota.file.isEmpty() || (q.limited() && (!f.cpuQuota.limited() || q.cores < f.cpuQuota.cores)))
            f.cpuQuota = q;
    }
    // Throttling is counted where the quota is enforced.
    const QString statFolder = f.cpuQuota.limited() ? f.cpuQuota.folder : f.cpu.folder;
    if (statFolder.isEmpty())
        return;
    const QString file = joinPath(statFolder, QStringLiteral("cpu.stat"));
    if (const auto text = reader.read(file)) {
        const QMap<QString, qint64> stat = parseKeyed(*text);
        if (stat.isEmpty() && !text->trimmed().isEmpty()) {
            reader.garbage(file, *text);
            return;
        }
        f.cpuStatFile = file;
        f.cpuStatText = QString::fromUtf8(text->trimmed());
        f.nrThrottled = stat.value(QStringLiteral("nr_throttled"), -1);
        if (stat.contains(QStringLiteral("throttled_usec")))
            f.throttledUsec = stat.value(QStringLiteral("throttled_usec"));
        else if (stat.contains(QStringLiteral("throttled_time")))
            f.throttledUsec = stat.value(QStringLiteral("throttled_time")) / 1000;
    }
}

// pids: cgroup-v2.rst "PID" (pids.max, pids.current); cgroup-v1/pids.rst is the same format.
void collectPids(const Reader &reader, CgroupFacts &f)
{
    for (const QString &folder : walk(f.pids)) {
        if (const auto max = reader.limit(folder, QStringLiteral("pids.max")))
            keepLowest(f.pidsMax, *max);
    }
    const QString usageFolder = f.pidsMax.limited() ? f.pidsMax.folder : f.pids.folder;
    if (!usageFolder.isEmpty()) {
        if (const auto cur = reader.number(usageFolder, QStringLiteral("pids.current")))
            f.pidsCurrent = *cur;
    }
}

// Documentation/accounting/psi.rst: memory.pressure of the session's v2 cgroup ("some" line).
void collectPressure(const Reader &reader, CgroupFacts &f, const QList<Mount> &mounts,
                     const QList<Membership> &memberships)
{
    QString mountPoint;
    for (const Mount &m : mounts) {
        if (m.v2)
            mountPoint = QDir::cleanPath(m.mountPoint);
    }
    // The leaf may not be captured: the nearest ancestor's pressure is the closest reading.
    for (QString folder = cgroupFolder(mounts, memberships, QString());
         !folder.isEmpty() && !mountPoint.isEmpty() && within(folder, mountPoint); folder = parentPath(folder)) {
        const QString file = joinPath(folder, QStringLiteral("memory.pressure"));
        const auto text = reader.read(file);
        if (text) {
            const auto psi = parsePressure(*text);
            if (!psi) {
                reader.garbage(file, *text);
                return;
            }
            f.memoryPressureFile = file;
            f.memoryPressure = QString::fromUtf8(text->trimmed());
            f.memorySomeAvg10 = psi->someAvg10;
            return;
        }
        if (folder == mountPoint)
            break;
    }
}

// The machine: Documentation/ABI/testing/sysfs-devices-system-cpu ("online": a CPU list), else
// the cpuset of the session (cgroup-v2.rst "cpuset.cpus.effective", cgroup-v1/cpusets.rst
// "cpuset.effective_cpus"); proc(5) for /proc/meminfo.
void collectMachine(const Reader &reader, CgroupFacts &f, const QList<Mount> &mounts,
                    const QList<Membership> &memberships)
{
    QStringList cpuFiles{QStringLiteral("/sys/devices/system/cpu/online")};
    const QString v2 = cgroupFolder(mounts, memberships, QString());
    if (!v2.isEmpty())
        cpuFiles << joinPath(v2, QStringLiteral("cpuset.cpus.effective"));
    const QString v1 = cgroupFolder(mounts, memberships, QStringLiteral("cpuset"));
    if (!v1.isEmpty())
        cpuFiles << joinPath(v1, QStringLiteral("cpuset.effective_cpus"));
    for (const QString &file : std::as_const(cpuFiles)) {
        const auto text = reader.read(file);
        if (!text)
            continue;
        if (const auto n = parseCpuList(*text)) {
            f.cpuCount = *n;
            f.cpuCountSource = file;
            f.cpuCountText = QString::fromUtf8(text->trimmed());
            break;
        }
        reader.garbage(file, *text);
    }
    if (f.cpuCount < 0)
        f.notes
            << CgroupProbe::tr("The number of CPUs could not be read (%1).").arg(cpuFiles.join(QStringLiteral(", ")));
    if (const auto meminfo = reader.read(QStringLiteral("/proc/meminfo"))) {
        if (const auto total = parseMemTotal(*meminfo))
            f.memTotal = *total;
    }
}

} // namespace

CgroupFacts CgroupProbe::collect(const SystemView &system)
{
    CgroupFacts f;
    Reader reader(system, f);
    // proc(5) /proc/PID/mountinfo and cgroups(7) /proc/PID/cgroup, of the doctor itself: it runs
    // in the user's session, so its cgroup is the session's.
    const auto mountinfo = reader.read(QStringLiteral("/proc/self/mountinfo"));
    const auto procCgroup = reader.read(QStringLiteral("/proc/self/cgroup"));
    if (!mountinfo)
        f.notes << CgroupProbe::tr("/proc/self/mountinfo could not be read.");
    if (!procCgroup)
        f.notes << CgroupProbe::tr("/proc/self/cgroup could not be read.");
    // The layout needs the mounts only (the container probe relies on it even when the process's
    // own cgroup is not known).
    const QList<Mount> mounts = mountinfo ? parseMountinfo(*mountinfo) : QList<Mount>();
    f.layout = layoutName(layoutOf(mounts));
    if (!mountinfo || !procCgroup)
        return f;
    f.readable = true;
    const QList<Membership> memberships = parseProcCgroup(*procCgroup);
    f.procCgroupText = QString::fromUtf8(procCgroup->trimmed().left(4096));
    for (const Membership &m : memberships) {
        if (m.hierarchy == 0 && m.controllers.isEmpty())
            f.unifiedPath = m.path;
        for (const QString &c : m.controllers)
            f.v1Paths.insert(c, m.path);
    }
    if (mounts.isEmpty()) {
        f.notes << CgroupProbe::tr("No cgroup file system is mounted (/proc/self/mountinfo lists none).");
        return f;
    }
    if (memberships.isEmpty()) {
        f.notes << CgroupProbe::tr("/proc/self/cgroup holds no cgroup line.");
        return f;
    }
    f.memory = locate(reader, mounts, memberships, QStringLiteral("memory"));
    f.cpu = locate(reader, mounts, memberships, QStringLiteral("cpu"));
    f.pids = locate(reader, mounts, memberships, QStringLiteral("pids"));
    collectMemory(reader, f);
    collectCpu(reader, f);
    collectPids(reader, f);
    collectPressure(reader, f, mounts, memberships);
    collectMachine(reader, f, mounts, memberships);
    f.notes.removeDuplicates();
    return f;
}
