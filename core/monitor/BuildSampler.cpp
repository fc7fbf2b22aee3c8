#include "BuildSampler.h"

#include "probes/CgroupParsers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr qint64 kLimitRefreshMs = 1000; // limits change rarely; re-read them once a second
constexpr int kMaxCgroupDepth = 64;      // walking up to the root never loops, but bound it anyway

// Reads a small file whole with open/read/close (cgroup and /proc files are generated on read;
// their size from stat is 0 or 4096, so read until EOF). Returns 0 or the errno.
int readSmall(const QByteArray &path, QByteArray *out)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    out->clear();
    char buf[4096];
    int error = 0;
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n > 0) {
            out->append(buf, int(n));
            if (out->size() > (1 << 20)) // no cgroup file is this big: garbage, stop
                break;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            error = errno;
        break;
    }
    ::close(fd);
    return error;
}

// pread of a /proc file kept open: the kernel regenerates it from offset 0. A descriptor of a
// process that ended fails (ESRCH) even when the pid was reused, so no start-time check is needed.
ssize_t preadAll(int fd, char *buf, size_t size)
{
    for (;;) {
        const ssize_t n = ::pread(fd, buf, size - 1, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n >= 0)
            buf[n] = '\0';
        return n;
    }
}

// /proc/PID/stat (proc(5)). The command name (field 2) may hold spaces and ')', so fields are
// counted from the last ')'.
struct StatFields {
    qint64 ppid = 0;
    qint64 ownTicks = 0;   // utime + stime (fields 14, 15)
    qint64 childTicks = 0; // cutime + cstime (16, 17): children this process has waited for
    int threads = 1;       // field 20
    qint64 rssPages = 0;   // field 24
};

bool parseStat(const char *text, StatFields *out)
{
    const char *close = std::strrchr(text, ')');
    if (!close)
        return false;
    const char *p = close + 1;
    // Field 3 (state) onwards; we need fields 4, 14-17, 20 and 24.
    qint64 values[22] = {};
    for (int field = 3; field <= 24; ++field) {
        while (*p == ' ')
            ++p;
        if (*p == '\0')
            return false;
        if (field == 3) {
            ++p; // the one-letter state
            continue;
        }
        char *end = nullptr;
        values[field - 3] = std::strtoll(p, &end, 10);
        if (end == p)
            return false;
        p = end;
    }
    out->ppid = values[4 - 3];
    out->ownTicks = values[14 - 3] + values[15 - 3];
    out->childTicks = values[16 - 3] + values[17 - 3];
    out->threads = int(values[20 - 3]);
    out->rssPages = qMax<qint64>(0, values[24 - 3]);
    return true;
}

// "123 456\n" (a children file or cgroup.procs): the pids, appended to `out`.
void parsePids(const char *text, std::vector<qint64> *out)
{
    const char *p = text;
    while (*p) {
        char *end = nullptr;
        const long long v = std::strtoll(p, &end, 10);
        if (end == p) {
            ++p;
            continue;
        }
        if (v > 0)
            out->push_back(v);
        p = end;
    }
}

// A process that ended, until its parent's cutime shows it: what we counted for it already.
struct Ended {
    qint64 ppid = 0;
    qint64 ticks = 0;
    int age = 0;
};

struct ProcEntry {
    int statFd = -1;
    int childrenFd = -1; // /proc/PID/task/PID/children: enough while the process has one thread
    StatFields last;
};

qint64 lowerLimit(qint64 a, qint64 b)
{
    if (a < 0)
        return b;
    if (b < 0)
        return a;
    return qMin(a, b);
}

double lowerCores(double a, double b)
{
    if (a < 0)
        return b;
    if (b < 0)
        return a;
    return qMin(a, b);
}

} // namespace

struct BuildSampler::State {
    Paths paths;
    QByteArray proc;
    qint64 rootPid = -1;
    QString description;
    long ticksPerSecond = 100;
    qint64 pageSize = 4096;

    QHash<qint64, ProcEntry> procs;
    std::vector<Ended> pendingEnded;
    qint64 gatheredTicks = 0; // CPU of processes that ended, and of children waited for unseen
    qint64 lastTotalMs = 0;

    QElapsedTimer clock; // since attach
    qint64 lastSampleMs = 0;
    qint64 lastTreeMs = 0;

    // Cgroup counters: the value at attach (deltas are the build's), and the previous sample's.
    qint64 oomBase = -1, oomPrev = 0;
    qint64 highBase = -1, highPrev = 0;
    qint64 periodsBase = -1, periodsPrev = 0;
    qint64 throttledBase = -1, throttledPrev = 0;
    qint64 cgroupCpuUsecPrev = -1;
    qint64 cgroupCpuAtMs = 0;

    qint64 memoryLimit = -1;
    qint64 memoryHigh = -1;
    double cpuQuota = -1;
    qint64 limitsReadAtMs = -1;
    qint64 peakSeen = -1;

    // Per file: 1 read once at least, 2 absent from the start (this kernel has no such file).
    QHash<QString, int> fileState;
    QSet<QString> noted;
    QSet<QString> goneFolders;
    QList<MonitorEvent> events;

    ~State() { closeAll(); }

    void closeEntry(ProcEntry &e)
    {
        if (e.statFd >= 0)
            ::close(e.statFd);
        if (e.childrenFd >= 0)
            ::close(e.childrenFd);
        e.statFd = e.childrenFd = -1;
    }
    void closeAll()
    {
        for (ProcEntry &e : procs)
            closeEntry(e);
        procs.clear();
    }

    qint64 elapsed() const { return clock.isValid() ? clock.elapsed() : 0; }

    void note(const QString &key, const QString &text)
    {
        if (noted.contains(key))
            return;
        noted.insert(key);
        MonitorEvent e;
        e.kind = MonitorEvent::Kind::Note;
        e.elapsedMs = elapsed();
        e.text = text;
        events << e;
    }

    void raise(MonitorEvent::Kind kind, qint64 count, const QString &text)
    {
        MonitorEvent e;
        e.kind = kind;
        e.elapsedMs = elapsed();
        e.count = count;
        e.text = text;
        events << e;
    }

    // One cgroup file. A folder that vanished gives one note; a file that existed and now fails
    // gives one note; a file this kernel never had is quietly unknown.
    std::optional<QByteArray> readCgroup(const QString &folder, const char *name)
    {
        if (folder.isEmpty() || goneFolders.contains(folder))
            return std::nullopt;
        const QString path = folder + QLatin1Char('/') + QLatin1String(name);
        QByteArray text;
        const int error = readSmall(QFile::encodeName(path), &text);
        int &state = fileState[path];
        if (error == 0) {
            state = 1;
            return text;
        }
        if (!QFileInfo(folder).isDir()) {
            goneFolders.insert(folder);
            note(QStringLiteral("gone:") + folder,
                 tr("The cgroup folder %1 disappeared during the build; its values are unknown from now on.")
                     .arg(folder));
            return std::nullopt;
        }
        if (error == ENOENT && state != 1) {
            state = 2;
            return std::nullopt;
        }
        note(QStringLiteral("read:") + path,
             tr("%1 could not be read: %2.").arg(path, QString::fromLocal8Bit(std::strerror(error))));
        return std::nullopt;
    }

    void garbage(const QString &folder, const char *name)
    {
        const QString path = folder + QLatin1Char('/') + QLatin1String(name);
        note(QStringLiteral("garbage:") + path,
             tr("%1 holds something that is not a cgroup value; ignored.").arg(path));
    }

    std::optional<qint64> readNumber(const QString &folder, const char *name)
    {
        const auto text = readCgroup(folder, name);
        if (!text)
            return std::nullopt;
        const auto value = CgroupParsers::parseNumber(*text);
        if (!value)
            garbage(folder, name);
        return value;
    }

    std::optional<QMap<QString, qint64>> readKeyed(const QString &folder, const char *name)
    {
        const auto text = readCgroup(folder, name);
        if (!text)
            return std::nullopt;
        const QMap<QString, qint64> map = CgroupParsers::parseKeyed(*text);
        if (map.isEmpty() && !text->trimmed().isEmpty()) {
            garbage(folder, name);
            return std::nullopt;
        }
        return map;
    }

    // ---- process tree ------------------------------------------------------------------

    QByteArray procPath(qint64 pid, const char *rest) const { return proc + '/' + QByteArray::number(pid) + rest; }

    // Starts watching a process; false when it is already gone.
    bool track(qint64 pid)
    {
        if (procs.contains(pid))
            return true;
        ProcEntry e;
        e.statFd = ::open(procPath(pid, "/stat").constData(), O_RDONLY | O_CLOEXEC);
        if (e.statFd < 0)
            return false;
        char buf[1024];
        if (preadAll(e.statFd, buf, sizeof buf) <= 0 || !parseStat(buf, &e.last)) {
            closeEntry(e);
            return false;
        }
        const QByteArray children = procPath(pid, "/task/") + QByteArray::number(pid) + "/children";
        e.childrenFd = ::open(children.constData(), O_RDONLY | O_CLOEXEC);
        // Children it waited for before we saw it: their CPU is the build's too.
        gatheredTicks += e.last.childTicks;
        procs.insert(pid, e);
        return true;
    }

    // The children of a process: one pread while it has a single thread, every task's list when
    // it has more (a child's parent is the thread that forked it, and Go forks from any thread).
    void childrenOf(qint64 pid, ProcEntry &e, std::vector<qint64> *out)
    {
        char buf[8192];
        if (e.last.threads <= 1 && e.childrenFd >= 0) {
            if (preadAll(e.childrenFd, buf, sizeof buf) > 0)
                parsePids(buf, out);
            return;
        }
        const QByteArray taskDir = procPath(pid, "/task");
        DIR *dir = ::opendir(taskDir.constData());
        if (!dir)
            return;
        while (const dirent *d = ::readdir(dir)) {
            if (d->d_name[0] < '0' || d->d_name[0] > '9')
                continue;
            const QByteArray path = taskDir + '/' + d->d_name + "/children";
            const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
            if (fd < 0)
                continue;
            if (preadAll(fd, buf, sizeof buf) > 0)
                parsePids(buf, out);
            ::close(fd);
        }
        ::closedir(dir);
    }

    // Re-reads every known process; the ones that ended leave their last CPU in the total.
    void refreshKnown()
    {
        QHash<qint64, qint64> childDelta; // pid -> growth of cutime+cstime this interval
        char buf[1024];
        for (auto it = procs.begin(); it != procs.end();) {
            StatFields now;
            if (preadAll(it->statFd, buf, sizeof buf) <= 0 || !parseStat(buf, &now)) {
                it = forget(it);
                continue;
            }
            const qint64 grown = now.childTicks - it->last.childTicks;
            if (grown > 0)
                childDelta.insert(it.key(), grown);
            it->last = now;
            ++it;
        }
        // A parent's cutime grew by what its reaped children used, ours or never seen. What we
        // already counted for the ones we saw is taken off, so nothing is counted twice and
        // a compile that lived less than one interval still counts.
        for (auto it = childDelta.cbegin(); it != childDelta.cend(); ++it) {
            qint64 known = 0;
            for (Ended &e : pendingEnded) {
                if (e.ppid == it.key() && e.ticks > 0) {
                    known += e.ticks;
                    e.ticks = 0; // consumed
                }
            }
            gatheredTicks += qMax<qint64>(0, it.value() - known);
        }
        // An ended process whose parent never showed the growth (an orphan reaped by init, or a
        // parent we do not watch) is not waited for beyond two samples.
        std::vector<Ended> keep;
        for (Ended e : pendingEnded) {
            if (e.ticks > 0 && ++e.age < 3)
                keep.push_back(e);
        }
        pendingEnded.swap(keep);
    }

    // A process that ended (or left the build's cgroup): its last CPU stays in the total.
    QHash<qint64, ProcEntry>::iterator forget(QHash<qint64, ProcEntry>::iterator it)
    {
        gatheredTicks += it->last.ownTicks;
        pendingEnded.push_back({it->last.ppid, it->last.ownTicks + it->last.childTicks, 0});
        closeEntry(*it);
        return procs.erase(it);
    }

    void discoverFromChildren()
    {
        std::vector<qint64> queue;
        if (!procs.contains(rootPid))
            track(rootPid); // the root re-appears only before it ended; harmless otherwise
        for (auto it = procs.begin(); it != procs.end(); ++it)
            childrenOf(it.key(), *it, &queue);
        while (!queue.empty()) {
            const qint64 pid = queue.back();
            queue.pop_back();
            if (procs.contains(pid) || !track(pid))
                continue;
            childrenOf(pid, procs[pid], &queue);
        }
    }

    // The build owns its cgroup: cgroup.procs is the whole tree, no walk needed.
    bool discoverFromCgroup()
    {
        const QString folder = paths.memoryCgroup.isEmpty() ? paths.cpuCgroup : paths.memoryCgroup;
        const auto text = readCgroup(folder, "cgroup.procs");
        if (!text)
            return false;
        std::vector<qint64> pids;
        parsePids(text->constData(), &pids);
        const QSet<qint64> listed(pids.begin(), pids.end());
        for (qint64 pid : pids)
            track(pid);
        // A process that left the cgroup (it ended; zombies are not listed) is done.
        for (auto it = procs.begin(); it != procs.end();) {
            if (listed.contains(it.key())) {
                ++it;
                continue;
            }
            it = forget(it);
        }
        return true;
    }

    // ---- cgroup --------------------------------------------------------------------------

    // The lowest value of a limit file from `folder` up to the root of its hierarchy: a parent's
    // limit binds the child too. Stops where the file no longer exists (above the mount point,
    // or outside a fixture tree).
    template <typename Read> void walkUp(const QString &folder, Read read)
    {
        if (folder.isEmpty())
            return;
        QString dir = QDir::cleanPath(folder);
        for (int depth = 0; depth < kMaxCgroupDepth && !dir.isEmpty(); ++depth) {
            if (!read(dir))
                break;
            if (dir == QLatin1String("/"))
                break;
            const QString up = QFileInfo(dir).path();
            if (up == dir)
                break;
            dir = up;
        }
    }

    static std::optional<QByteArray> quietRead(const QString &dir, const char *name)
    {
        QByteArray text;
        if (readSmall(QFile::encodeName(dir + QLatin1Char('/') + QLatin1String(name)), &text) != 0)
            return std::nullopt;
        return text;
    }

    void refreshLimits()
    {
        limitsReadAtMs = elapsed();
        qint64 memory = -1;
        qint64 high = -1;
        double quota = -1;
        if (paths.v2) {
            walkUp(paths.memoryCgroup, [&](const QString &dir) {
                const auto max = quietRead(dir, "memory.max");
                if (!max)
                    return false;
                if (const auto v = CgroupParsers::parseLimit(*max))
                    memory = lowerLimit(memory, *v);
                if (const auto h = quietRead(dir, "memory.high")) {
                    if (const auto v = CgroupParsers::parseLimit(*h))
                        high = lowerLimit(high, *v);
                }
                return true;
            });
            walkUp(paths.cpuCgroup, [&](const QString &dir) {
                const auto text = quietRead(dir, "cpu.max");
                if (!text)
                    return false;
                if (const auto c = CgroupParsers::parseCpuMax(*text))
                    quota = lowerCores(quota, c->cores());
                return true;
            });
        } else {
            walkUp(paths.memoryCgroup, [&](const QString &dir) {
                const auto text = quietRead(dir, "memory.limit_in_bytes");
                if (!text)
                    return false;
                if (const auto v = CgroupParsers::parseLimit(*text))
                    memory = lowerLimit(memory, *v);
                return true;
            });
            walkUp(paths.cpuCgroup, [&](const QString &dir) {
                const auto q = quietRead(dir, "cpu.cfs_quota_us");
                const auto p = quietRead(dir, "cpu.cfs_period_us");
                if (!q || !p)
                    return false;
                const auto quotaUs = CgroupParsers::parseLimit(*q);
                const auto periodUs = CgroupParsers::parseNumber(*p);
                if (quotaUs && periodUs && *quotaUs > 0 && *periodUs > 0)
                    quota = lowerCores(quota, double(*quotaUs) / double(*periodUs));
                return true;
            });
        }
        memoryLimit = memory;
        memoryHigh = high;
        cpuQuota = quota;
    }

    // Counter relative to attach; an event when it rose since the previous sample.
    qint64 counter(qint64 value, qint64 &base, qint64 &prev, MonitorEvent::Kind kind, const QString &text)
    {
        if (base < 0) {
            base = value;
            prev = 0;
            return 0;
        }
        const qint64 now = qMax<qint64>(0, value - base); // a counter never goes back; clamp
        if (now > prev && kind != MonitorEvent::Kind::Note)
            raise(kind, now - prev, text);
        prev = qMax(prev, now);
        return prev;
    }

    void readCgroupCounters(MonitorSample &s, bool emitEvents)
    {
        const MonitorEvent::Kind none = MonitorEvent::Kind::Note;
        const auto kindOr = [&](MonitorEvent::Kind k) { return emitEvents ? k : none; };
        if (paths.v2) {
            if (const auto ev = readKeyed(paths.memoryCgroup, "memory.events")) {
                s.oomKills = counter(ev->value(QStringLiteral("oom_kill")), oomBase, oomPrev,
                                     kindOr(MonitorEvent::Kind::OomKill),
                                     tr("The kernel killed a process of the build: out of memory."));
                counter(ev->value(QStringLiteral("high")), highBase, highPrev, kindOr(MonitorEvent::Kind::MemoryHigh),
                        tr("Memory use went over memory.high: the kernel slowed the build to reclaim memory."));
            } else {
                s.oomKills = oomPrev;
            }
        } else if (const auto oc = readKeyed(paths.memoryCgroup, "memory.oom_control")) {
            s.oomKills =
                counter(oc->value(QStringLiteral("oom_kill")), oomBase, oomPrev, kindOr(MonitorEvent::Kind::OomKill),
                        tr("The kernel killed a process of the build: out of memory."));
        } else {
            s.oomKills = oomPrev;
        }

        if (const auto stat = readKeyed(paths.cpuCgroup, "cpu.stat")) {
            const qint64 throttledUs = paths.v2 ? stat->value(QStringLiteral("throttled_usec"))
                                                : stat->value(QStringLiteral("throttled_time")) / 1000;
            s.throttledUsec = counter(throttledUs, throttledBase, throttledPrev, none, QString());
            s.throttledPeriods =
                counter(stat->value(QStringLiteral("nr_throttled")), periodsBase, periodsPrev,
                        kindOr(MonitorEvent::Kind::Throttled), tr("The CPU quota throttled the build."));
            if (paths.v2 && stat->contains(QStringLiteral("usage_usec")))
                cgroupCpu(s, stat->value(QStringLiteral("usage_usec")));
        } else {
            s.throttledUsec = throttledPrev;
            s.throttledPeriods = periodsPrev;
        }
        if (!paths.v2) {
            const QString acct = paths.cpuacctCgroup.isEmpty() ? paths.cpuCgroup : paths.cpuacctCgroup;
            if (fileState.value(acct + QStringLiteral("/cpuacct.usage")) != 2) {
                if (const auto ns = readNumber(acct, "cpuacct.usage"))
                    cgroupCpu(s, *ns / 1000);
            }
        }
    }

    void cgroupCpu(MonitorSample &s, qint64 usageUsec)
    {
        const qint64 now = elapsed();
        if (cgroupCpuUsecPrev >= 0 && now > cgroupCpuAtMs)
            s.cgroupCpuCores =
                double(qMax<qint64>(0, usageUsec - cgroupCpuUsecPrev)) / 1000.0 / double(now - cgroupCpuAtMs);
        cgroupCpuUsecPrev = usageUsec;
        cgroupCpuAtMs = now;
    }
};

BuildSampler::BuildSampler() : BuildSampler(Paths()) {}

BuildSampler::BuildSampler(const Paths &paths) : d(std::make_unique<State>())
{
    d->paths = paths;
    d->proc = QFile::encodeName(paths.proc);
    const long ticks = ::sysconf(_SC_CLK_TCK);
    d->ticksPerSecond = ticks > 0 ? ticks : 100;
    const long page = ::sysconf(_SC_PAGESIZE);
    d->pageSize = page > 0 ? page : 4096;
}

BuildSampler::~BuildSampler() = default;

void BuildSampler::attach(qint64 pid)
{
    d->closeAll();
    d->rootPid = pid;
    d->gatheredTicks = 0;
    d->pendingEnded.clear();
    d->lastTotalMs = 0;
    d->clock.start();
    d->lastSampleMs = 0;
    d->lastTreeMs = 0;

    Paths &p = d->paths;
    QString cgroupPath;
    if (p.memoryCgroup.isEmpty() && p.cpuCgroup.isEmpty()) {
        // /proc/PID/cgroup names the cgroup per hierarchy; mountinfo says where each is mounted.
        QByteArray cgroupText;
        QByteArray mountText;
        readSmall(d->procPath(pid, "/cgroup"), &cgroupText);
        if (readSmall(d->procPath(pid, "/mountinfo"), &mountText) != 0)
            readSmall(d->proc + "/self/mountinfo", &mountText);
        const auto mounts = CgroupParsers::parseMountinfo(mountText);
        const auto members = CgroupParsers::parseProcCgroup(cgroupText);
        // Hybrid: the unified mount is (nearly always) empty; the controllers are v1.
        bool v1Memory = false;
        for (const auto &m : mounts)
            v1Memory = v1Memory || (!m.v2 && m.controllers.contains(QStringLiteral("memory")));
        if (v1Memory) {
            p.v2 = false;
            p.memoryCgroup = CgroupParsers::cgroupFolder(mounts, members, QStringLiteral("memory"));
            p.cpuCgroup = CgroupParsers::cgroupFolder(mounts, members, QStringLiteral("cpu"));
            p.cpuacctCgroup = CgroupParsers::cgroupFolder(mounts, members, QStringLiteral("cpuacct"));
            p.pidsCgroup = CgroupParsers::cgroupFolder(mounts, members, QStringLiteral("pids"));
            for (const auto &m : members) {
                if (m.controllers.contains(QStringLiteral("memory")))
                    cgroupPath = m.path;
            }
        } else {
            p.v2 = true;
            p.memoryCgroup = p.cpuCgroup = p.pidsCgroup = CgroupParsers::cgroupFolder(mounts, members, QString());
            for (const auto &m : members) {
                if (m.hierarchy == 0)
                    cgroupPath = m.path;
            }
        }
        if (p.memoryCgroup.isEmpty() && p.cpuCgroup.isEmpty())
            d->note(QStringLiteral("nocgroup"),
                    tr("The build's cgroup was not found (no cgroup file system mounted, or outside this "
                       "namespace); only its processes are measured."));
    }
    const QString folder = p.memoryCgroup.isEmpty() ? p.cpuCgroup : p.memoryCgroup;
    if (folder.isEmpty())
        d->description = tr("no cgroup");
    else if (!cgroupPath.isEmpty())
        d->description = QStringLiteral("%1:%2 (%3)")
                             .arg(p.v2 ? QStringLiteral("cgroup2") : QStringLiteral("memory"), cgroupPath,
                                  p.v2 ? QStringLiteral("v2") : QStringLiteral("v1"));
    else
        d->description = QStringLiteral("%1 (%2)").arg(folder, p.v2 ? QStringLiteral("v2") : QStringLiteral("v1"));

    // Counters start from here: what happened in the cgroup before the build is not the build's.
    d->oomBase = d->highBase = d->periodsBase = d->throttledBase = -1;
    d->oomPrev = d->highPrev = d->periodsPrev = d->throttledPrev = 0;
    d->cgroupCpuUsecPrev = -1;
    d->peakSeen = -1;
    d->refreshLimits();
    MonitorSample baseline;
    d->readCgroupCounters(baseline, false);
    d->track(pid);
}

MonitorSample BuildSampler::sampleOnce()
{
    MonitorSample s;
    if (d->rootPid <= 0)
        return s;
    s.elapsedMs = d->elapsed();

    d->refreshKnown();
    bool listed = false;
    if (d->paths.buildOwnsCgroup)
        listed = d->discoverFromCgroup();
    if (!listed)
        d->discoverFromChildren();

    qint64 ownTicks = 0;
    qint64 rssPages = 0;
    for (const ProcEntry &e : std::as_const(d->procs)) {
        ownTicks += e.last.ownTicks;
        rssPages += e.last.rssPages;
    }
    s.processCount = int(d->procs.size());
    s.treeRssBytes = rssPages * d->pageSize;
    const qint64 totalMs = (ownTicks + d->gatheredTicks) * 1000 / d->ticksPerSecond;
    s.treeCpuMsTotal = qMax(d->lastTotalMs, totalMs); // clamp: a counter never goes back
    const qint64 dt = s.elapsedMs - d->lastSampleMs;
    s.treeCpuCores = dt > 0 ? double(s.treeCpuMsTotal - d->lastTotalMs) / double(dt) : 0.0;
    d->lastTotalMs = s.treeCpuMsTotal;
    d->lastSampleMs = s.elapsedMs;

    if (s.elapsedMs - d->limitsReadAtMs >= kLimitRefreshMs)
        d->refreshLimits();
    s.memoryLimitBytes = d->memoryLimit;
    s.memoryHighBytes = d->memoryHigh;
    s.cpuQuotaCores = d->cpuQuota;

    if (const auto v = d->readNumber(d->paths.memoryCgroup, d->paths.v2 ? "memory.current" : "memory.usage_in_bytes")) {
        s.cgroupMemoryBytes = *v;
        d->peakSeen = qMax(d->peakSeen, *v);
    }
    d->readCgroupCounters(s, true);
    if (d->paths.v2 && d->fileState.value(d->paths.memoryCgroup + QStringLiteral("/memory.pressure")) != 2) {
        if (const auto text = d->readCgroup(d->paths.memoryCgroup, "memory.pressure")) {
            if (const auto p = CgroupParsers::parsePressure(*text))
                s.memoryPressure = p->someAvg10;
            else
                d->garbage(d->paths.memoryCgroup, "memory.pressure");
        }
    }
    return s;
}

QList<MonitorEvent> BuildSampler::takeEvents()
{
    QList<MonitorEvent> out;
    out.swap(d->events);
    return out;
}

QString BuildSampler::cgroupDescription() const
{
    return d->description;
}

const BuildSampler::Paths &BuildSampler::paths() const
{
    return d->paths;
}

qint64 BuildSampler::cgroupPeakBytes() const
{
    if (!d->paths.buildOwnsCgroup || d->paths.memoryCgroup.isEmpty())
        return d->peakSeen;
    const auto text =
        State::quietRead(d->paths.memoryCgroup, d->paths.v2 ? "memory.peak" : "memory.max_usage_in_bytes");
    const auto v = text ? CgroupParsers::parseNumber(*text) : std::nullopt;
    return v ? qMax(*v, d->peakSeen) : d->peakSeen;
}

qint64 BuildSampler::treeCpuMsTotal() const
{
    return d->lastTotalMs;
}
