#pragma once

#include "BuildSampler.h"
#include "MonitorTypes.h"

#include <QCoreApplication>
#include <QProcess>
#include <QString>

// Runs a build under a chosen memory and CPU limit, to find what it needs. Two ways, tried in order:
//  - `systemd-run --user --scope -p MemoryMax=... -p CPUQuota=...` where a user manager runs and
//    has the memory and cpu controllers delegated (cgroup v2);
//  - a new child cgroup created next to ours, where we may write one (a delegated v2 subtree, or
//    root on v1/v2): limits written to the child only, the build moved into it before it execs,
//    the child removed afterwards. Limits of an existing cgroup are never written.
// Where neither works, available() is false and reason() says why.
class WhatIfLauncher {
    Q_DECLARE_TR_FUNCTIONS(WhatIfLauncher)
public:
    enum class Method { None, SystemdRun, ChildCgroup };

    // Looks at the machine (this process's cgroups, a user manager, write access).
    static WhatIfLauncher probe();
    // The same launcher for a build that gets a cgroup of its own without any limit, so that its
    // cgroup's numbers are the build's and cgroup.procs lists its whole tree. Only where every
    // limit on this process still binds the build:
    //  - v1/hybrid: children of this process's own memory cgroup (when its memory.use_hierarchy
    //    is 1, so the child is charged to it and its ancestors) and, where writable, of its cpu,
    //    cpuacct and pids cgroups;
    //  - v2: a child inside this process's own cgroup, when that cgroup hands the memory
    //    controller down (cgroup.subtree_control); else `systemd-run --user --scope` with no
    //    properties when a user manager is reachable.
    // Nothing but cgroup.procs is written. Elsewhere available() is false (the monitor then walks
    // the children lists in the shared cgroup).
    static WhatIfLauncher probeOwnCgroup();
    bool ownCgroupOnly() const { return m_ownOnly; }

    bool available() const { return m_method != Method::None; }
    Method method() const { return m_method; }
    QString methodName() const; // "systemd-run", "child cgroup"
    QString reason() const { return m_reason; }

    // Prepares `process` to start `argv` under `limits` (none active: a cgroup of its own only): rewrites the program
    // and arguments (systemd-run) or creates the child cgroup and sets a child-process modifier that joins it. Returns
    // false with *error set when it cannot. The paths of a created cgroup are in sampler form so the monitor watches
    // that cgroup.
    bool prepare(QProcess &process, const QStringList &argv, const WhatIfLimits &limits, QString *error);
    // Removes the child cgroup made by prepare() (after the build ended). Processes still in it
    // after a second are killed after a what-if run, and moved back to our cgroup after a plain
    // one (probeOwnCgroup(): a daemon the build started lives on, as without the monitor).
    // Safe to call twice.
    void cleanUp();
    // For BuildSampler::Paths: the folders of the child cgroup (empty for systemd-run, where the
    // scope is found from /proc/PID/cgroup).
    QString childMemoryFolder() const { return m_childMemory; }
    QString childCpuFolder() const { return m_childCpu; }
    bool childIsV2() const { return m_childV2; }
    // v1 where cpuacct is mounted apart from cpu (as here): the child made there, so the
    // cgroup's CPU use can be read; empty otherwise.
    QString childCpuacctFolder() const { return m_childCpuacct; }
    // v1: the child made in this process's pids cgroup when it is writable; empty otherwise.
    QString childPidsFolder() const { return m_childPids; }
    // What a BuildSampler watches for a build started by prepare(): the child cgroup's folders,
    // or (systemd-run) the scope found from /proc/PID/cgroup; buildOwnsCgroup is set either way.
    // Default paths (the shared cgroup) when nothing was prepared.
    BuildSampler::Paths samplerPaths() const;

private:
    Method m_method = Method::None;
    QString m_reason;
    QString m_parentMemory; // where children are made
    QString m_parentCpu;
    bool m_v2 = false;
    QString m_childMemory;
    QString m_childCpu;
    bool m_childV2 = false;
    QString m_parentCpuacct;
    QString m_childCpuacct;
    QString m_parentPids;
    QString m_childPids;
    bool m_ownOnly = false; // probeOwnCgroup(): children of our own cgroups, no limits
    QStringList m_created;  // every folder prepare() made, removed by cleanUp()
};
