#pragma once

#include "Check.h"

#include <QCoreApplication>

// rlimit.* — resource limits (setrlimit(2)) that break the Go toolchain (checks.md, "cgroup and systemd").
class RlimitChecks {
    Q_DECLARE_TR_FUNCTIONS(RlimitChecks)
public:
    static QList<Check> all();

    static QList<CheckResult> addressSpace(const Facts &f);
    static QList<CheckResult> low(const Facts &f);

    // Below this RLIMIT_AS a build is expected to fail (error); any finite limit above it still warns.
    static constexpr qint64 kAddressSpaceErrorBelow = 4LL * 1024 * 1024 * 1024;
    // RLIMIT_NPROC counts every thread of the user, desktop and IDE included.
    static constexpr qint64 kNprocLow = 4096;
    // The kernel's own default hard RLIMIT_NOFILE; a hard limit below it was lowered on purpose.
    static constexpr qint64 kNofileHardLow = 4096;

    static QString formatBytes(qint64 bytes);
};
