#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// One reading of a build: its process tree and the cgroup it runs in. -1 means "not known"
// (no such file on this kernel, no cgroup found, permission denied).
struct MonitorSample {
    qint64 elapsedMs = 0; // since the build started

    // The build's own process tree (the command and every descendant alive at this sample).
    int processCount = 0;
    qint64 treeRssBytes = 0;   // RSS summed over the tree
    double treeCpuCores = 0;   // CPU the tree used since the previous sample, in cores (1.0 = one core busy)
    qint64 treeCpuMsTotal = 0; // CPU time (user + system) of the tree so far, children that ended included

    // The cgroup the build runs in.
    qint64 cgroupMemoryBytes = -1; // v2 memory.current, v1 memory.usage_in_bytes
    double cgroupCpuCores = -1;    // v2 cpu.stat usage_usec, v1 cpuacct.usage, over the interval
    qint64 memoryLimitBytes = -1;  // effective: the lowest memory.max / limit_in_bytes up to the root; -1 none
    qint64 memoryHighBytes = -1;   // v2 memory.high (effective); -1 none
    double cpuQuotaCores = -1;     // effective cpu.max / cfs_quota_us in cores; -1 none
    qint64 oomKills = 0;           // OOM kills in the cgroup since the build started
    qint64 throttledPeriods = 0;   // CPU periods throttled since the build started
    qint64 throttledUsec = 0;      // time throttled since the build started
    double memoryPressure = -1;    // v2 memory.pressure "some avg10", percent

    int merged = 1; // how many raw samples this one stands for (the ring merges old samples)
};

// Something that happened during a build, marked on the charts' time axis.
struct MonitorEvent {
    enum class Kind {
        OomKill,    // the cgroup's oom_kill counter went up
        Throttled,  // CPU periods were throttled since the previous sample
        MemoryHigh, // v2 memory.events "high" went up: reclaim slowed the build
        Note,       // something the user should know (the cgroup disappeared, a file was unreadable)
    };
    Kind kind = Kind::Note;
    qint64 elapsedMs = 0;
    qint64 count = 1; // for OomKill / Throttled / MemoryHigh: by how much the counter went up
    QString text;
};

// A memory and CPU limit to run a build under ("what-if" run). -1: no limit of that kind.
struct WhatIfLimits {
    qint64 memoryMaxBytes = -1;
    double cpuCores = -1;
    bool active() const { return memoryMaxBytes > 0 || cpuCores > 0; }
};

// What to run and how to watch it.
struct BuildRequest {
    QString folder;          // working folder (the Go module)
    QStringList argv;        // default {"go", "build", "./..."}
    int parallelism = 0;     // `-p N` added after "build"/"test"/"install" when > 0
    int intervalMs = 100;    // sampling interval
    WhatIfLimits limits;     // run under these limits (WhatIfLauncher) when active
    int ringCapacity = 4096; // samples kept before older ones are merged
};

// The outcome of a watched build.
struct BuildSummary {
    bool started = false;
    QString startError;      // why it could not start
    int exitCode = -1;       // the command's exit status; for a signal, 128 + signal (as a shell says)
    int signal = 0;          // the signal that ended it (9 for an OOM kill), 0 when it exited
    QString exitDescription; // "exit status 0", "killed by signal 9 (SIGKILL)"
    qint64 wallMs = 0;
    qint64 cpuMs = 0; // the tree's CPU time (user + system)
    qint64 peakTreeRssBytes = 0;
    qint64 peakCgroupBytes = -1; // highest cgroup usage seen (or memory.peak / max_usage_in_bytes)
    qint64 memoryLimitBytes = -1;
    qint64 memoryHighBytes = -1;
    double cpuQuotaCores = -1;
    qint64 throttledUsec = 0;
    qint64 throttledPeriods = 0;
    qint64 oomKills = 0;
    int samples = 0;
    QString cgroupDescription; // "memory:/user.slice/... (v1)", for the summary
    bool whatIf = false;       // ran under WhatIfLimits
    QString whatIfMethod;      // "systemd-run" or "child cgroup"
    QStringList notes;         // problems met while sampling (a vanished cgroup, a denied file)
    // Plain words: "peak 1.7 GiB of your 2 GiB limit: one more package and it will be killed".
    QString verdict;
    enum class Level { Ok, Info, Warning, Error } level = Level::Ok;

    // The build ran in a cgroup of its own (a what-if child or scope): the cgroup's numbers are the
    // build's. Otherwise the cgroup also holds the rest of the session and says little about it.
    bool ownCgroup = false;

    // The build's peak: its cgroup's when the cgroup is its own (the kernel's own count, page
    // cache included, each page once), else its processes' summed RSS (which counts pages shared
    // between processes, such as the go binary's code, once per process).
    qint64 peakBytes() const { return ownCgroup && peakCgroupBytes >= 0 ? peakCgroupBytes : peakTreeRssBytes; }
    // What the kernel compares with the memory limit: the cgroup's usage when known.
    qint64 peakAgainstLimit() const { return peakCgroupBytes >= 0 ? peakCgroupBytes : peakTreeRssBytes; }
};

Q_DECLARE_METATYPE(MonitorSample)
Q_DECLARE_METATYPE(MonitorEvent)
Q_DECLARE_METATYPE(BuildSummary)
