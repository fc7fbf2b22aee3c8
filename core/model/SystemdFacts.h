#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One `Key=Value` line of a systemd file, with what the key table says about it.
struct SystemdSetting {
    // What is wrong with the line (SystemdKeys::judge), None when it does what it says.
    enum class Problem {
        None,
        NoSuchRlimit,       // DefaultLimitMEMORY=: there is no such resource limit
        UnknownManagerKey,  // a key [Manager] does not have
        ResourceInManager,  // MemoryMax=/CPUQuota=/DefaultMemoryMax= in user.conf/system.conf: not read there
        CpuLimitNotSeconds, // DefaultLimitCPU=80%: RLIMIT_CPU takes seconds; systemd ignores the line
        CpuLimitSeconds,    // DefaultLimitCPU=80: valid, but kills every process after 80 s of CPU time
        LegacyCgroupKey,    // MemoryLimit=, CPUShares=, BlockIO*=: cgroup v1 names
        CpuQuotaNoPercent,  // CPUQuota=2: the value must end in %
        UnknownSliceKey,    // a key [Slice] does not have
        WrongSection,       // a resource key in [Unit]/[Service]/[Install] of a slice, [Slice] in a service, ...
    };
    QString file;
    int line = 0;
    QString unit; // "user-1000.slice", "user@1000.service", "user.conf", "system.conf"
    QString section;
    QString key;
    QString value;
    Problem problem = Problem::None;
    QString suggestion; // the key meant, when the problem names one (MemoryMax for MemoryLimit)
};

// A line systemd cannot use as written (UnitFileSyntax): it ignores it, with a warning in the journal.
struct SystemdSyntaxIssue {
    enum class Kind {
        OutsideSection,   // Key=Value before any [Section] header
        MissingEquals,    // a line that is neither a header, a comment nor Key=Value
        BadSectionHeader, // "[Slice" without the closing bracket; the lines after it are ignored too
        Binary,           // a NUL byte: not a text file
        TooLong,          // longer than systemd's 1 MiB line limit
        Unreadable,       // the file could not be read
    };
    Kind kind = Kind::OutsideSection;
    int line = 0;
    QString text; // the line as written (shortened)
};

// A file systemd reads for the user's slice, manager or session, in the order it applies them.
struct SystemdFile {
    QString path;
    QString unit;
    QString maskedBy; // a same-named drop-in of higher precedence that replaces this one
    QList<SystemdSyntaxIssue> issues;
    // The section this kind of file is for: "Manager" (system.conf, user.conf), "Slice", "Service".
    QString mainSection() const
    {
        if (unit.endsWith(QLatin1String(".conf")))
            return QStringLiteral("Manager");
        return unit.endsWith(QLatin1String(".slice")) ? QStringLiteral("Slice") : QStringLiteral("Service");
    }
};

// A limit that applies to the user's slices, as the files set it (the last assignment wins; an
// empty assignment resets).
struct SliceLimit {
    QString unit; // "user-1000.slice", "user.slice"
    QString key;  // MemoryMax, MemoryHigh, CPUQuota, TasksMax
    QString value;
    QString file;
    int line = 0;
};

// systemd drop-ins and manager configuration that set limits for the user's session.
struct SystemdFacts {
    bool booted = false;                    // systemd is the init: /run/systemd/system exists (sd_booted(3))
    QList<SystemdFile> files;               // every file read, in the order systemd applies them
    QList<SystemdSetting> settings;         // every assignment of those files (masked files excluded)
    QList<SliceLimit> sliceLimits;          // effective MemoryMax/MemoryHigh/CPUQuota/TasksMax per slice
    std::optional<SystemdSetting> delegate; // the effective Delegate= of user@.service, when set

    QList<SystemdSetting> problems() const
    {
        QList<SystemdSetting> out;
        for (const SystemdSetting &s : settings) {
            if (s.problem != SystemdSetting::Problem::None)
                out << s;
        }
        return out;
    }
};

// What one container runtime's configuration says about its cgroup driver.
struct CgroupDriverSetting {
    bool present = false; // the program or its configuration exists
    QString configPath;   // the file read (empty when there is none)
    bool configExists = false;
    QString driver; // "systemd" or "cgroupfs": effective, defaults applied
    bool explicitlySet = false;
    QString evidenceFile; // where the setting was found
    int line = 0;
    QString text;  // the setting as written, for evidence
    QString error; // the configuration could not be read (parse error), with the reason
};

// Container runtimes' cgroup drivers (containerd, Docker, kubelet).
struct ContainerFacts {
    bool hostSystemd = false;  // systemd is the init (same test as SystemdFacts::booted)
    bool hostCgroupV2 = false; // the unified hierarchy only (CgroupParsers::Layout::V2)
    CgroupDriverSetting containerd;
    int containerdConfigVersion = 0;      // `version` of config.toml; 1 when absent (containerd's rule)
    bool containerdCriConfigured = false; // the config names the CRI runc runtime options
    // Config v1/v2's plugins.cri / plugins."io.containerd.grpc.v1.cri" `systemd_cgroup = true`:
    // only for the old io.containerd.runtime.v1.linux shim; with runc v2 the CRI plugin fails to load.
    std::optional<CgroupDriverSetting> containerdLegacySystemdCgroup;
    CgroupDriverSetting docker;
    CgroupDriverSetting kubelet;

    bool anyPresent() const { return containerd.present || docker.present || kubelet.present; }
};
