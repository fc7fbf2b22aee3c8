#include "BuildSampler.h"

#include "probes/CgroupParsers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>
#include <vector>

namespace {
// The shortest stretch a CPU rate is computed over (ms).
constexpr qint64 kMinRateMs = 20;
} // namespace

namespace {

constexpr qint64 kLimitRefreshMs = 1000; // limits change rarely; re-read them once a second
constexpr int kMaxCgroupDepth = 64;      // walking up to the root never loops, but bound it anyway
// Own-cgroup mode with the cgroup's CPU counter: a process whose last read showed no CPU growth is
// re-read only after this long (staggered between half and all of it). It cannot have grown its
// RSS without running (a page fault is CPU time), its CPU is counted by the cgroup anyway, and
// the cgroup's memory figure is exact; a busy one is re-read at every sample.
constexpr qint64 kIdleRereadMs = 1000;

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

// Hand-written: this runs for every process at every sample, so no strtoll (locale, errno) and
// no copies; fields 3 to 24 are walked once. Overflow wraps in unsigned arithmetic (no UB) and
// yields a nonsense value for a nonsense file, never a crash.
bool parseStat(const char *text, size_t len, StatFields *out)
{
    const char *close = static_cast<const char *>(::memrchr(text, ')', len));
    if (!close)
        return false;
    const char *p = close + 1;
    const char *const end = text + len;
    const auto skipSpaces = [&] {
        while (p < end && *p == ' ')
            ++p;
    };
    skipSpaces();
    if (p >= end)
        return false;
    while (p < end && *p != ' ') // field 3, the state letter
        ++p;
    qint64 values[25] = {};
    for (int field = 4; field <= 24; ++field) {
        skipSpaces();
        bool negative = false;
        if (p < end && *p == '-') {
            negative = true;
            ++p;
        }
        if (p >= end || *p < '0' || *p > '9')
            return false;
        quint64 v = 0;
        while (p < end && *p >= '0' && *p <= '9')
            v = v * 10 + quint64(*p++ - '0');
        values[field] = negative ? -qint64(v) : qint64(v);
    }
    out->ppid = values[4];
    out->ownTicks = values[14] + values[15];
    out->childTicks = values[16] + values[17];
    out->threads = int(values[20]);
    out->rssPages = qMax<qint64>(0, values[24]);
    return true;
}

// "123 456\n" (a children file or cgroup.procs): the pids, appended to `out`. Anything that is
// not a digit separates numbers, so junk never stops the scan or loops.
void parsePids(const char *text, std::vector<qint64> *out)
{
    const char *p = text;
    while (*p) {
        if (*p < '0' || *p > '9') {
            ++p;
            continue;
        }
        quint64 v = 0;
        int digits = 0;
        while (*p >= '0' && *p <= '9') {
            v = v * 10 + quint64(*p++ - '0');
            ++digits;
        }
        if (v > 0 && digits <= 18)
            out->push_back(qint64(v));
    }
}

// The integer of `[begin, end)`, all of it (an optional sign, then digits only).
bool wholeNumber(const char *begin, const char *end, qint64 *out)
{
    bool negative = false;
    if (begin < end && (*begin == '-' || *begin == '+')) {
        negative = *begin == '-';
        ++begin;
    }
    if (begin >= end || end - begin > 18)
        return false;
    qint64 v = 0;
    for (const char *p = begin; p < end; ++p) {
        if (*p < '0' || *p > '9')
            return false;
        v = v * 10 + (*p - '0');
    }
    *out = negative ? -v : v;
    return true;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// A single non-negative number (memory.current, cpuacct.usage), as CgroupParsers::parseNumber
// reads it, without a QByteArray.
std::optional<qint64> fastNumber(const char *text, size_t len)
{
    const char *b = text;
    const char *e = text + len;
    while (b < e && isSpace(*b))
        ++b;
    while (e > b && isSpace(e[-1]))
        --e;
    qint64 v = 0;
    if (!wholeNumber(b, e, &v) || v < 0)
        return std::nullopt;
    return v;
}

// "key value" lines (memory.events, memory.oom_control, cpu.stat), as CgroupParsers::parseKeyed
// reads them (a line of exactly two fields whose second is an integer), but only the wanted keys
// are kept and nothing is allocated. Returns how many lines were valid; found[i] says whether
// keys[i] was among them (values[i] stays 0 otherwise, as QMap::value gives).
template <size_t N>
int scanKeyed(const char *text, size_t len, const char *const (&keys)[N], qint64 (&values)[N], bool (&found)[N])
{
    for (size_t i = 0; i < N; ++i) {
        values[i] = 0;
        found[i] = false;
    }
    int valid = 0;
    const char *p = text;
    const char *const end = text + len;
    while (p < end) {
        const char *eol = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!eol)
            eol = end;
        const char *f[3] = {};
        const char *fe[3] = {};
        int count = 0;
        for (const char *q = p; q < eol;) {
            while (q < eol && isSpace(*q))
                ++q;
            if (q >= eol)
                break;
            const char *b = q;
            while (q < eol && !isSpace(*q))
                ++q;
            if (count < 3) {
                f[count] = b;
                fe[count] = q;
            }
            ++count;
        }
        qint64 v = 0;
        if (count == 2 && wholeNumber(f[1], fe[1], &v)) {
            ++valid;
            const size_t keyLen = size_t(fe[0] - f[0]);
            for (size_t i = 0; i < N; ++i) {
                if (std::strlen(keys[i]) == keyLen && std::memcmp(keys[i], f[0], keyLen) == 0) {
                    values[i] = v;
                    found[i] = true;
                }
            }
        }
        p = eol + 1;
    }
    return valid;
}

bool blank(const char *text, size_t len)
{
    for (size_t i = 0; i < len; ++i) {
        if (!isSpace(text[i]))
            return false;
    }
    return true;
}

// A process that ended, until its parent's cutime shows it: what we counted for it already.
struct Ended {
    qint64 ppid = 0;
    qint64 ticks = 0;
    int age = 0;
};

struct ProcEntry {
    qint64 pid = 0;
    int statFd = -1;
    int childrenFd = -1; // /proc/PID/task/PID/children, opened on the first walk (never in own-cgroup mode)
    StatFields last;
    bool busy = true; // its CPU grew between its last two reads (a new process counts as busy)
    qint64 dueMs = 0; // when an idle one is read again (see kIdleRereadMs)
};

// The cgroup files read at every sample. On a cgroup file system they stay open and are re-read
// with pread (kernfs regenerates them from offset 0; once the cgroup is removed the read fails
// with ENODEV). Elsewhere (fixture trees in tests) they are opened per read, so a file replaced
// on disk is seen as it is now.
enum Slot { SlotProcs, SlotMemory, SlotMemoryEvents, SlotCpuStat, SlotCpuacct, SlotPressure, SlotCount };

struct CgFile {
    QString folder;
    const char *name = nullptr;
    QByteArray path; // encoded, made once
    int fd = -1;
    bool kept = false; // fd stays open (cgroup file system)
    int state = 0;     // 1 read once at least, 2 absent from the start (this kernel has no such file)
    bool gone = false; // its folder disappeared
};

// Whether a cgroup file may stay open and be re-read with pread. Not v1's cgroup.procs: v1 keeps
// the pid list it built at the first read of an open file and hands that same list to every
// later read from offset 0 for as long as the file is read again within a second (measured on
// 6.18: a process that joined never shows up), so that one is opened anew for every read. v2
// restarts its walk of the cgroup's tasks at offset 0.
bool keepOpen(int fd, Slot slot)
{
    struct statfs fs {};
    if (::fstatfs(fd, &fs) != 0)
        return false;
    if (fs.f_type == CGROUP2_SUPER_MAGIC)
        return true;
    return fs.f_type == CGROUP_SUPER_MAGIC && slot != SlotProcs;
}

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

    // Sorted by pid. A vector, not a hash: the own-cgroup sample merges it with the sorted
    // cgroup.procs list in one pass, and it allocates nothing once it has grown.
    std::vector<ProcEntry> procs;
    std::vector<Ended> pendingEnded;
    qint64 gatheredTicks = 0; // CPU of processes that ended, and of children waited for unseen
    qint64 lastTotalMs = 0;

    // Scratch space reused by every sample (no allocation in the steady state).
    std::vector<qint64> listed;
    std::vector<qint64> fresh;
    std::vector<qint64> queue;
    std::vector<std::pair<qint64, qint64>> childDelta; // pid -> growth of cutime+cstime this interval
    std::vector<Ended> keepEnded;
    std::vector<char> cgBuf = std::vector<char>(16384);
    size_t cgLen = 0;

    CgFile cg[SlotCount];

    QElapsedTimer clock; // since attach
    qint64 nowMs = 0;    // the current sample's time
    qint64 lastSampleMs = 0;
    qint64 lastTreeMs = 0;

    // Cgroup counters: the value at attach (deltas are the build's), and the previous sample's.
    qint64 oomBase = -1, oomPrev = 0;
    qint64 highBase = -1, highPrev = 0;
    qint64 periodsBase = -1, periodsPrev = 0;
    qint64 throttledBase = -1, throttledPrev = 0;
    qint64 cgroupCpuUsecPrev = -1;
    qint64 cgroupCpuAtMs = 0;
    qint64 cgroupUsecRead = -1; // this sample's cgroup CPU counter, -1 when it was not read

    qint64 memoryLimit = -1;
    qint64 memoryHigh = -1;
    double cpuQuota = -1;
    qint64 limitsReadAtMs = -1;
    qint64 peakSeen = -1;

    QSet<QString> noted;
    QList<MonitorEvent> events;

    ~State()
    {
        closeAll();
        closeCgroupFiles();
    }

    static void closeEntry(ProcEntry &e)
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
    void closeCgroupFiles()
    {
        for (CgFile &f : cg) {
            if (f.fd >= 0)
                ::close(f.fd);
            f = CgFile();
        }
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

    void setSlot(Slot slot, const QString &folder, const char *name)
    {
        CgFile &f = cg[slot];
        if (f.fd >= 0)
            ::close(f.fd);
        f = CgFile();
        f.folder = folder;
        f.name = name;
        if (!folder.isEmpty())
            f.path = QFile::encodeName(folder + QLatin1Char('/') + QLatin1String(name));
    }

    // One cgroup file into cgBuf (NUL-terminated, cgLen bytes); false when it cannot be read. A
    // folder that vanished gives one note; a file that existed and now fails gives one note; a
    // file this kernel never had is quietly unknown. The error path may allocate; the read path
    // does not.
    bool readSlot(Slot slot)
    {
        CgFile &f = cg[slot];
        if (f.path.isEmpty() || f.gone || f.state == 2)
            return false;
        int error = 0;
        if (f.fd < 0) {
            f.fd = ::open(f.path.constData(), O_RDONLY | O_CLOEXEC);
            if (f.fd < 0)
                error = errno;
            else
                f.kept = keepOpen(f.fd, slot);
        }
        if (f.fd >= 0) {
            error = readInto(f);
            if (!f.kept || error != 0) {
                ::close(f.fd);
                f.fd = -1;
            }
        }
        if (error == 0) {
            f.state = 1;
            return true;
        }
        if (!QFileInfo(f.folder).isDir()) {
            for (CgFile &other : cg) {
                if (other.folder == f.folder)
                    other.gone = true;
            }
            note(QStringLiteral("gone:") + f.folder,
                 tr("The cgroup folder %1 disappeared during the build; its values are unknown from now on.")
                     .arg(f.folder));
            return false;
        }
        if (error == ENOENT && f.state != 1) {
            f.state = 2;
            return false;
        }
        const QString path = QFile::decodeName(f.path);
        note(QStringLiteral("read:") + path,
             tr("%1 could not be read: %2.").arg(path, QString::fromLocal8Bit(std::strerror(error))));
        return false;
    }

    // The whole file from offset 0 into cgBuf, growing it (up to 1 MiB: no cgroup file is bigger)
    // when a read fills it. Returns 0 or the errno.
    int readInto(const CgFile &f)
    {
        for (;;) {
            size_t len = 0;
            for (;;) {
                const ssize_t n = ::pread(f.fd, cgBuf.data() + len, cgBuf.size() - 1 - len, off_t(len));
                if (n < 0 && errno == EINTR)
                    continue;
                if (n < 0)
                    return errno;
                if (n == 0)
                    break;
                len += size_t(n);
                if (len >= cgBuf.size() - 1)
                    break;
            }
            if (len < cgBuf.size() - 1 || cgBuf.size() >= (size_t(1) << 20)) {
                cgBuf[len] = '\0';
                cgLen = len;
                return 0;
            }
            cgBuf.resize(cgBuf.size() * 2);
        }
    }

    void garbage(Slot slot)
    {
        const QString path = QFile::decodeName(cg[slot].path);
        note(QStringLiteral("garbage:") + path,
             tr("%1 holds something that is not a cgroup value; ignored.").arg(path));
    }

    std::optional<qint64> readNumber(Slot slot)
    {
        if (!readSlot(slot))
            return std::nullopt;
        const auto value = fastNumber(cgBuf.data(), cgLen);
        if (!value)
            garbage(slot);
        return value;
    }

    // The wanted keys of a keyed file; false (and one note for garbage) when it gives nothing.
    template <size_t N> bool readKeyed(Slot slot, const char *const (&keys)[N], qint64 (&values)[N], bool (&found)[N])
    {
        if (!readSlot(slot))
            return false;
        if (scanKeyed(cgBuf.data(), cgLen, keys, values, found) == 0 && !blank(cgBuf.data(), cgLen)) {
            garbage(slot);
            return false;
        }
        return true;
    }

    // ---- process tree ------------------------------------------------------------------

    std::vector<ProcEntry>::iterator lowerBound(qint64 pid)
    {
        return std::lower_bound(procs.begin(), procs.end(), pid,
                                [](const ProcEntry &e, qint64 p) { return e.pid < p; });
    }
    ProcEntry *find(qint64 pid)
    {
        const auto it = lowerBound(pid);
        return it != procs.end() && it->pid == pid ? &*it : nullptr;
    }

    // "/proc/PID<rest>" into a stack buffer: no QByteArray per process.
    bool procPath(char *out, size_t size, qint64 pid, const char *rest, qint64 task = -1) const
    {
        const int n = task < 0 ? std::snprintf(out, size, "%s/%lld%s", proc.constData(), (long long)pid, rest)
                               : std::snprintf(out, size, "%s/%lld/task/%lld%s", proc.constData(), (long long)pid,
                                               (long long)task, rest);
        return n > 0 && size_t(n) < size;
    }
    QByteArray procPath(qint64 pid, const char *rest) const { return proc + '/' + QByteArray::number(pid) + rest; }

    // Starts watching a process; false when it is already gone. Only /proc/PID/stat is opened:
    // its children list is opened by the walk when it is needed (never in own-cgroup mode).
    bool track(qint64 pid)
    {
        const auto at = lowerBound(pid);
        if (at != procs.end() && at->pid == pid)
            return true;
        char path[512];
        if (!procPath(path, sizeof path, pid, "/stat"))
            return false;
        ProcEntry e;
        e.pid = pid;
        e.statFd = ::open(path, O_RDONLY | O_CLOEXEC);
        if (e.statFd < 0)
            return false;
        char buf[1024];
        const ssize_t n = preadAll(e.statFd, buf, sizeof buf);
        if (n <= 0 || !parseStat(buf, size_t(n), &e.last)) {
            closeEntry(e);
            return false;
        }
        // Children it waited for before we saw it: their CPU is the build's too.
        gatheredTicks += e.last.childTicks;
        e.dueMs = nowMs;
        procs.insert(at, e);
        return true;
    }

    // The children of a process: one pread while it has a single thread, every task's list when
    // it has more (a child's parent is the thread that forked it, and Go forks from any thread).
    void childrenOf(ProcEntry &e, std::vector<qint64> *out)
    {
        char buf[8192];
        char path[512];
        if (e.last.threads <= 1) {
            if (e.childrenFd < 0 && procPath(path, sizeof path, e.pid, "/children", e.pid))
                e.childrenFd = ::open(path, O_RDONLY | O_CLOEXEC);
            if (e.childrenFd >= 0 && preadAll(e.childrenFd, buf, sizeof buf) > 0)
                parsePids(buf, out);
            return;
        }
        if (!procPath(path, sizeof path, e.pid, "/task"))
            return;
        DIR *dir = ::opendir(path);
        if (!dir)
            return;
        while (const dirent *d = ::readdir(dir)) {
            if (d->d_name[0] < '0' || d->d_name[0] > '9')
                continue;
            char children[512];
            const int n = std::snprintf(children, sizeof children, "%s/%s/children", path, d->d_name);
            if (n <= 0 || size_t(n) >= sizeof children)
                continue;
            const int fd = ::open(children, O_RDONLY | O_CLOEXEC);
            if (fd < 0)
                continue;
            if (preadAll(fd, buf, sizeof buf) > 0)
                parsePids(buf, out);
            ::close(fd);
        }
        ::closedir(dir);
    }

    // A process that ended (or left the build's cgroup): its last CPU stays in the total.
    void forget(ProcEntry &e)
    {
        gatheredTicks += e.last.ownTicks;
        pendingEnded.push_back({e.last.ppid, e.last.ownTicks + e.last.childTicks, 0});
        closeEntry(e);
    }

    // Whether idle processes may be read less often: only when the build owns its cgroup and the
    // cgroup's CPU counter gives the tree's CPU (then the per-process ticks are not summed).
    bool rotating() const { return paths.buildOwnsCgroup && cgroupCpuUsecPrev >= 0; }

    // Re-reads the known processes (one pread each: all of them, or in rotating mode the busy ones
    // and the idle ones that are due); the ones that ended leave their last CPU in the total.
    void refreshKnown()
    {
        childDelta.clear();
        char buf[1024];
        size_t out = 0;
        const bool rotate = rotating();
        for (size_t i = 0; i < procs.size(); ++i) {
            ProcEntry &e = procs[i];
            if (rotate && !e.busy && e.dueMs > nowMs) {
                if (out != i)
                    procs[out] = e;
                ++out;
                continue;
            }
            StatFields now;
            const ssize_t n = preadAll(e.statFd, buf, sizeof buf);
            if (n <= 0 || !parseStat(buf, size_t(n), &now)) {
                forget(e);
                continue;
            }
            const qint64 grown = now.childTicks - e.last.childTicks;
            if (grown > 0)
                childDelta.emplace_back(e.pid, grown);
            e.busy = now.ownTicks != e.last.ownTicks || now.rssPages != e.last.rssPages;
            if (!e.busy) // staggered, so a tree started at once is not re-read all in one sample
                e.dueMs = nowMs + kIdleRereadMs / 2 + (e.pid * 37) % (kIdleRereadMs / 2);
            e.last = now;
            if (out != i)
                procs[out] = e;
            ++out;
        }
        procs.resize(out);
        // A parent's cutime grew by what its reaped children used, ours or never seen. What we
        // already counted for the ones we saw is taken off, so nothing is counted twice and
        // a compile that lived less than one interval still counts.
        for (const auto &[pid, grownTicks] : childDelta) {
            qint64 known = 0;
            for (Ended &e : pendingEnded) {
                if (e.ppid == pid && e.ticks > 0) {
                    known += e.ticks;
                    e.ticks = 0; // consumed
                }
            }
            gatheredTicks += qMax<qint64>(0, grownTicks - known);
        }
        // An ended process whose parent never showed the growth (an orphan reaped by init, or a
        // parent we do not watch) is not waited for beyond two samples.
        keepEnded.clear();
        for (Ended e : pendingEnded) {
            if (e.ticks > 0 && ++e.age < 3)
                keepEnded.push_back(e);
        }
        pendingEnded.swap(keepEnded);
    }

    void discoverFromChildren()
    {
        if (!find(rootPid))
            track(rootPid); // the root re-appears only before it ended; harmless otherwise
        queue.clear();
        for (ProcEntry &e : procs)
            childrenOf(e, &queue);
        while (!queue.empty()) {
            const qint64 pid = queue.back();
            queue.pop_back();
            if (find(pid) || !track(pid))
                continue;
            childrenOf(*find(pid), &queue);
        }
    }

    // The build owns its cgroup: cgroup.procs is the whole tree, no walk needed. The sorted list
    // is merged with the sorted entries: known and listed stay, known and not listed ended (a
    // zombie is no longer listed), listed and not known are new.
    bool discoverFromCgroup()
    {
        if (!readSlot(SlotProcs))
            return false;
        listed.clear();
        parsePids(cgBuf.data(), &listed);
        if (!std::is_sorted(listed.begin(), listed.end())) // v1 sorts it, v2 does not
            std::sort(listed.begin(), listed.end());
        fresh.clear();
        size_t j = 0;
        size_t out = 0;
        for (size_t i = 0; i < procs.size(); ++i) {
            ProcEntry &e = procs[i];
            while (j < listed.size() && listed[j] < e.pid)
                fresh.push_back(listed[j++]);
            if (j < listed.size() && listed[j] == e.pid) {
                while (j < listed.size() && listed[j] == e.pid)
                    ++j;
                if (out != i)
                    procs[out] = e;
                ++out;
                continue;
            }
            forget(e);
        }
        procs.resize(out);
        for (; j < listed.size(); ++j) {
            if (fresh.empty() || fresh.back() != listed[j])
                fresh.push_back(listed[j]);
        }
        for (qint64 pid : fresh)
            track(pid);
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

    // Counter relative to attach; an event when it rose since the previous sample. The text is
    // translated only then, so a quiet sample builds no string.
    qint64 counter(qint64 value, qint64 &base, qint64 &prev, MonitorEvent::Kind kind, const char *text)
    {
        if (base < 0) {
            base = value;
            prev = 0;
            return 0;
        }
        const qint64 now = qMax<qint64>(0, value - base); // a counter never goes back; clamp
        if (now > prev && kind != MonitorEvent::Kind::Note && text)
            raise(kind, now - prev, tr(text));
        prev = qMax(prev, now);
        return prev;
    }

    // Which file each slot reads, for the paths in use.
    void openSlots()
    {
        closeCgroupFiles();
        const QString listFolder = paths.memoryCgroup.isEmpty() ? paths.cpuCgroup : paths.memoryCgroup;
        setSlot(SlotProcs, paths.buildOwnsCgroup ? listFolder : QString(), "cgroup.procs");
        setSlot(SlotMemory, paths.memoryCgroup, paths.v2 ? "memory.current" : "memory.usage_in_bytes");
        setSlot(SlotMemoryEvents, paths.memoryCgroup, paths.v2 ? "memory.events" : "memory.oom_control");
        setSlot(SlotCpuStat, paths.cpuCgroup, "cpu.stat");
        setSlot(SlotCpuacct,
                paths.v2 ? QString() : (paths.cpuacctCgroup.isEmpty() ? paths.cpuCgroup : paths.cpuacctCgroup),
                "cpuacct.usage");
        setSlot(SlotPressure, paths.v2 ? paths.memoryCgroup : QString(), "memory.pressure");
    }

    void readCgroupCounters(MonitorSample &s, bool emitEvents)
    {
        static const char *const kOomText = QT_TR_NOOP("The kernel killed a process of the build: out of memory.");
        const MonitorEvent::Kind none = MonitorEvent::Kind::Note;
        const auto kindOr = [&](MonitorEvent::Kind k) { return emitEvents ? k : none; };
        if (paths.v2) {
            static const char *const keys[] = {"oom_kill", "high"};
            qint64 v[2];
            bool found[2];
            if (readKeyed(SlotMemoryEvents, keys, v, found)) {
                s.oomKills = counter(v[0], oomBase, oomPrev, kindOr(MonitorEvent::Kind::OomKill), kOomText);
                counter(v[1], highBase, highPrev, kindOr(MonitorEvent::Kind::MemoryHigh),
                        QT_TR_NOOP("Memory use went over memory.high: the kernel slowed the build to reclaim memory."));
            } else {
                s.oomKills = oomPrev;
            }
        } else {
            static const char *const keys[] = {"oom_kill"};
            qint64 v[1];
            bool found[1];
            if (readKeyed(SlotMemoryEvents, keys, v, found))
                s.oomKills = counter(v[0], oomBase, oomPrev, kindOr(MonitorEvent::Kind::OomKill), kOomText);
            else
                s.oomKills = oomPrev;
        }

        static const char *const statKeys[] = {"nr_throttled", "throttled_usec", "throttled_time", "usage_usec"};
        qint64 st[4];
        bool found[4];
        if (readKeyed(SlotCpuStat, statKeys, st, found)) {
            const qint64 throttledUs = paths.v2 ? st[1] : st[2] / 1000;
            s.throttledUsec = counter(throttledUs, throttledBase, throttledPrev, none, nullptr);
            s.throttledPeriods = counter(st[0], periodsBase, periodsPrev, kindOr(MonitorEvent::Kind::Throttled),
                                         QT_TR_NOOP("The CPU quota throttled the build."));
            if (paths.v2 && found[3])
                cgroupCpu(s, st[3]);
        } else {
            s.throttledUsec = throttledPrev;
            s.throttledPeriods = periodsPrev;
        }
        if (!paths.v2) {
            if (const auto ns = readNumber(SlotCpuacct))
                cgroupCpu(s, *ns / 1000);
        }
    }

    void cgroupCpu(MonitorSample &s, qint64 usageUsec)
    {
        cgroupUsecRead = usageUsec;
        const qint64 now = elapsed();
        if (cgroupCpuUsecPrev >= 0 && now - cgroupCpuAtMs < kMinRateMs)
            return; // too short a stretch for a rate (see sampleOnce): the next sample covers it
        if (cgroupCpuUsecPrev >= 0)
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
    d->nowMs = 0;

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
    const QString version = p.v2 ? QStringLiteral("v2") : QStringLiteral("v1");
    const QString where =
        !cgroupPath.isEmpty()
            ? QStringLiteral("%1:%2").arg(p.v2 ? QStringLiteral("cgroup2") : QStringLiteral("memory"), cgroupPath)
            : folder;
    if (folder.isEmpty())
        d->description = tr("no cgroup");
    else if (p.buildOwnsCgroup)
        d->description = tr("%1 (%2, the build's own cgroup)").arg(where, version);
    else
        d->description = QStringLiteral("%1 (%2)").arg(where, version);

    // Counters start from here: what happened in the cgroup before the build is not the build's.
    d->oomBase = d->highBase = d->periodsBase = d->throttledBase = -1;
    d->oomPrev = d->highPrev = d->periodsPrev = d->throttledPrev = 0;
    d->cgroupCpuUsecPrev = -1;
    d->peakSeen = -1;
    d->openSlots();
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
    d->nowMs = s.elapsedMs;

    d->refreshKnown();
    bool listed = false;
    if (d->paths.buildOwnsCgroup)
        listed = d->discoverFromCgroup();
    if (!listed)
        d->discoverFromChildren();

    qint64 ownTicks = 0;
    qint64 rssPages = 0;
    for (const ProcEntry &e : d->procs) {
        ownTicks += e.last.ownTicks;
        rssPages += e.last.rssPages;
    }
    s.processCount = int(d->procs.size());
    s.treeRssBytes = rssPages * d->pageSize;

    if (s.elapsedMs - d->limitsReadAtMs >= kLimitRefreshMs)
        d->refreshLimits();
    s.memoryLimitBytes = d->memoryLimit;
    s.memoryHighBytes = d->memoryHigh;
    s.cpuQuotaCores = d->cpuQuota;

    if (const auto v = d->readNumber(SlotMemory)) {
        s.cgroupMemoryBytes = *v;
        d->peakSeen = qMax(d->peakSeen, *v);
    }
    const bool ownCpu = d->rotating();
    d->cgroupUsecRead = -1;
    d->readCgroupCounters(s, true);
    // The tree's CPU: the cgroup's own counter when the cgroup is the build's (made for it, so
    // counted from its first instruction, short-lived children included, to the nanosecond);
    // otherwise the processes' ticks plus what their parents reaped.
    const qint64 totalMs = ownCpu && d->cgroupUsecRead >= 0 ? d->cgroupUsecRead / 1000
                                                            : (ownTicks + d->gatheredTicks) * 1000 / d->ticksPerSecond;
    s.treeCpuMsTotal = qMax(d->lastTotalMs, totalMs); // clamp: a counter never goes back
    // A rate over a few milliseconds is noise: the first sample, right after start, would turn the
    // exec and the loader's CPU into "15 cores". Below kMinRateMs the rate waits for the next
    // sample, which then spans the whole stretch.
    const qint64 dt = s.elapsedMs - d->lastSampleMs;
    if (dt >= kMinRateMs) {
        s.treeCpuCores = double(s.treeCpuMsTotal - d->lastTotalMs) / double(dt);
        d->lastTotalMs = s.treeCpuMsTotal;
        d->lastSampleMs = s.elapsedMs;
    }
    if (d->paths.v2 && d->readSlot(SlotPressure)) {
        // Rare enough (v2 only, one small line) to go through the shared parser.
        if (const auto p = CgroupParsers::parsePressure(QByteArray::fromRawData(d->cgBuf.data(), int(d->cgLen))))
            s.memoryPressure = p->someAvg10;
        else
            d->garbage(SlotPressure);
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

void BuildSampler::setBuildOwnsCgroup(bool owns)
{
    d->paths.buildOwnsCgroup = owns;
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

void BuildSampler::closeFiles()
{
    // The /proc descriptors pin nothing; only the cgroup's are closed. The next read reopens.
    for (CgFile &f : d->cg) {
        if (f.fd >= 0)
            ::close(f.fd);
        f.fd = -1;
    }
}

qint64 BuildSampler::treeCpuMsTotal() const
{
    return d->lastTotalMs;
}
