#pragma once

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

    bool available() const { return m_method != Method::None; }
    Method method() const { return m_method; }
    QString methodName() const; // "systemd-run", "child cgroup"
    QString reason() const { return m_reason; }

    // Prepares `process` to start `argv` under `limits`: rewrites the program and arguments
    // (systemd-run) or creates the child cgroup and sets a child-process modifier that joins it.
    // Returns false with *error set when it cannot. The paths of a created cgroup are in sampler
    // form so the monitor watches that cgroup.
    bool prepare(QProcess &process, const QStringList &argv, const WhatIfLimits &limits, QString *error);
    // Removes the child cgroup made by prepare() (after the build ended). Safe to call twice.
    void cleanUp();
    // For BuildSampler::Paths: the folders of the child cgroup (empty for systemd-run, where the
    // scope is found from /proc/PID/cgroup).
    QString childMemoryFolder() const { return m_childMemory; }
    QString childCpuFolder() const { return m_childCpu; }
    bool childIsV2() const { return m_childV2; }
    // v1 where cpuacct is mounted apart from cpu (as here): the child made there, so the
    // cgroup's CPU use can be read; empty otherwise.
    QString childCpuacctFolder() const { return m_childCpuacct; }

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
    QStringList m_created; // every folder prepare() made, removed by cleanUp()
};
