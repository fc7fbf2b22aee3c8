#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// A value read from one cgroup file, kept with the file and its text so that a check can show
// the user exactly what the kernel said (evidence) and name the cgroup that sets it (the fix).
struct CgroupValue {
    qint64 value = -1; // bytes, tasks or a count; -1: no limit / unknown
    QString folder;    // the cgroup folder on the machine seen (/sys/fs/cgroup/user.slice/user-1000.slice)
    QString file;      // the file it came from
    QString text;      // the file's text, trimmed
    bool known() const { return !file.isEmpty(); }
    bool limited() const { return known() && value >= 0; }
};

// The effective CPU quota: v2 cpu.max or v1 cpu.cfs_quota_us/cpu.cfs_period_us.
struct CgroupCpuQuota {
    double cores = -1; // quota / period; -1: no quota
    qint64 quotaUs = -1;
    qint64 periodUs = 100000;
    QString folder;
    QString file;
    QString text;
    bool onLeaf = false; // set on the session's own cgroup (the only one Go 1.25+ reads)
    bool limited() const { return cores > 0; }
};

// The memory events of one cgroup of the walk: v2 memory.events, or v1 memory.oom_control
// (oom_kill, 4.13+) plus memory.failcnt (how often the limit was hit).
struct CgroupMemoryEvents {
    QString folder;
    QString file;
    QString text;
    qint64 oom = 0;     // v2: the limit was reached and the OOM killer was invoked
    qint64 oomKill = 0; // processes of this cgroup killed by any OOM killer
    qint64 high = 0;    // v2: times memory.high throttled the cgroup
    qint64 max = 0;     // v2: times usage hit memory.max; v1: memory.failcnt
};

// Where the session's cgroup sits for one controller (memory, cpu, pids).
struct CgroupController {
    QString version;        // "v1" or "v2"; empty when no hierarchy has the controller
    QString cgroupPath;     // the path of /proc/self/cgroup ("/user.slice/user-1000.slice/...")
    QString expectedFolder; // mount point + path: where the session's cgroup should be
    QString folder;         // the deepest folder of it that exists (the leaf scope is often not captured)
    QString mountPoint;     // the walk stops here (the root of what is visible)
    bool leafMissing = false;
    bool available() const { return !folder.isEmpty(); }
};

// What the cgroup probe learned about the session's cgroup and its effective limits: for each
// limit the lowest value found walking from the session's cgroup up to the root of the mount,
// and the cgroup that sets it.
struct CgroupFacts {
    bool readable = false;          // /proc/self/mountinfo and /proc/self/cgroup were read
    QString layout;                 // "v1", "hybrid", "v2" or "none" (CgroupParsers::layoutName)
    QString procCgroupText;         // /proc/self/cgroup as read (evidence)
    QString unifiedPath;            // the v2 path ("0::" line); empty when there is none
    QMap<QString, QString> v1Paths; // controller -> path, for v1 hierarchies

    CgroupController memory;
    CgroupController cpu;
    CgroupController pids;

    // Effective limits (the lowest of the session's cgroup and its ancestors).
    CgroupValue memoryMax;  // v2 memory.max, v1 memory.limit_in_bytes
    CgroupValue memoryHigh; // v2 memory.high only
    CgroupCpuQuota cpuQuota;
    CgroupValue pidsMax;

    // Usage, from the cgroup that sets the limit (else the session's own).
    CgroupValue memoryCurrent; // v2 memory.current, v1 memory.usage_in_bytes
    CgroupValue memoryPeak;    // v2 memory.peak (Linux 5.19+), v1 memory.max_usage_in_bytes
    CgroupValue pidsCurrent;
    QString memoryPressure; // memory.pressure (psi) of the session's v2 cgroup, empty when not available
    QString memoryPressureFile;
    double memorySomeAvg10 = -1; // % of the last 10 s in which some task waited for memory
    qint64 nrThrottled = -1;     // cpu.stat of the cgroup with the quota
    qint64 throttledUsec = -1;   // v2 throttled_usec; v1 throttled_time (ns) / 1000
    QString cpuStatFile;
    QString cpuStatText;
    QList<CgroupMemoryEvents> memoryEvents; // every folder of the memory walk, deepest first

    // The machine, for context.
    int cpuCount = -1;
    QString cpuCountSource; // the file the count came from
    QString cpuCountText;
    qint64 memTotal = -1; // bytes, /proc/meminfo MemTotal
    QStringList notes;    // what could not be read, and why
};
