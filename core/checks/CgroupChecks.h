#pragma once

#include "Check.h"

#include <QCoreApplication>

// cgroup.* — limits of the session's cgroup that kill or slow builds (checks.md, "cgroup and
// systemd"). Every check reads CgroupFacts, which hold the *effective* limits: the lowest of the
// session's cgroup and its ancestors, with the cgroup that sets each one.
class CgroupChecks {
    Q_DECLARE_TR_FUNCTIONS(CgroupChecks)
public:
    static QList<Check> all();

    static QList<CheckResult> layout(const Facts &f);
    static QList<CheckResult> memoryLimit(const Facts &f);
    static QList<CheckResult> memoryHigh(const Facts &f);
    static QList<CheckResult> cpuQuota(const Facts &f);
    static QList<CheckResult> pidsLimit(const Facts &f);
    static QList<CheckResult> oomHistory(const Facts &f);

    // The systemd unit a cgroup folder is ("user-1000.slice"), empty for the root of the mount (a
    // container's own cgroup seen through its namespace: the limit is set from outside).
    static QString unitOf(const QString &folder, const QString &mountPoint);
    // The limit comes from a container runtime rather than from this system's systemd.
    static bool looksLikeContainer(const QString &folder, const QString &mountPoint);

    // "900 MiB", "1.5 GiB": sizes as people read them.
    static QString describeBytes(qint64 bytes);
};
