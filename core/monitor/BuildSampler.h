#pragma once

#include "MonitorTypes.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

// Reads, once per call, the memory and CPU of a build's process tree and of the cgroup it runs in,
// plus the cgroup's effective limits and its event counters. sampleOnce() does the work; a
// BuildSession's timer only calls it, and tests call it directly (on fixture trees too).
//
// Cheap by design (bench/sampler_cost): tree membership from one pread of the cgroup's
// cgroup.procs when the build has a cgroup of its own, else from the children lists; per process
// one pread of /proc/PID/stat through a descriptor kept open, parsed in place (in own-cgroup mode,
// where the cgroup's counter gives the tree's CPU, an idle process only every 0.5-1 s); the cgroup
// files kept open too (on a cgroup file system) and re-read with pread. /proc/PID/status is never
// read. A sample allocates nothing once the buffers have grown.
class BuildSampler {
    Q_DECLARE_TR_FUNCTIONS(BuildSampler)
public:
    struct Paths {
        QString proc = QStringLiteral("/proc");
        // The cgroup folders to read (host paths). Empty: found from /proc/PID/cgroup and
        // /proc/self/mountinfo when attach() is called.
        QString memoryCgroup; // v1 memory controller folder, or the v2 cgroup folder
        QString cpuCgroup;    // v1 cpu,cpuacct folder; the same folder as memoryCgroup on v2
        QString pidsCgroup;
        QString cpuacctCgroup; // v1 cpuacct folder (cpuacct.usage); empty: cpuCgroup is tried
        bool v2 = false;
        // Whether the cgroup belongs to the build alone (the child cgroup or scope a BuildSession
        // makes, with or without what-if limits): then its cgroup.procs lists the whole tree and
        // its figures are the build's.
        bool buildOwnsCgroup = false;
    };

    BuildSampler();
    explicit BuildSampler(const Paths &paths);
    ~BuildSampler();
    BuildSampler(const BuildSampler &) = delete;
    BuildSampler &operator=(const BuildSampler &) = delete;

    // The build's first process. Finds its cgroup (unless Paths named one) and reads the limits.
    void attach(qint64 pid);
    // Reads everything once. Never throws; a file that vanished or cannot be read becomes -1 in
    // the sample and one note (see takeEvents()).
    MonitorSample sampleOnce();
    // Events found by the samples since the last call (OOM kills, throttling, notes).
    QList<MonitorEvent> takeEvents();
    // "memory:/process_api/abc (v1)": what is being watched, for the summary.
    QString cgroupDescription() const;
    const Paths &paths() const;
    // Before attach(): the cgroup turned out not to be the build's alone after all.
    void setBuildOwnsCgroup(bool owns);
    // The highest memory use the kernel recorded for the cgroup (v2 memory.peak, v1
    // memory.max_usage_in_bytes), only when the build owns its cgroup (otherwise it would include
    // whatever ran there before); -1 when not known.
    qint64 cgroupPeakBytes() const;
    // Closes the cgroup files kept open, before the build's cgroup is removed. A later sample
    // opens them again.
    void closeFiles();
    // The CPU time the build's tree used so far (the same as the last sample's treeCpuMsTotal).
    qint64 treeCpuMsTotal() const;

private:
    struct State;
    std::unique_ptr<State> d;
};
