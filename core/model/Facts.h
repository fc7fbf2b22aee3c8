#pragma once

#include "CgroupFacts.h"
#include "GoVersion.h"
#include "ReleaseTable.h"
#include "RlimitFacts.h"
#include "ShellFacts.h"
#include "SystemdFacts.h"
#include "system/SystemView.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// One PATH entry as the shell sees it.
struct PathEntry {
    enum class Kind { Absolute, Empty, Relative, Tilde };
    int index = 0;   // position in PATH, 0-based
    QString raw;     // exactly as written
    QString cleaned; // QDir::cleanPath of an absolute entry ("/usr/local/go/bin/" -> "/usr/local/go/bin")
    Kind kind = Kind::Absolute;
    bool exists = false;
    bool isDir = false;
    int duplicateOf = -1;    // index of the first entry naming the same folder, or -1
    QString meant;           // for a literal "~/x": the folder the user meant ($HOME/x)
    bool meantHasGo = false; // that folder holds a `go`
};

// What the ELF header of a file says (libelf).
struct ElfInfo {
    bool parsed = false;
    QString error;       // why it could not be parsed (not ELF, truncated, unreadable)
    int machine = 0;     // e_machine
    QString machineName; // "x86-64", "AArch64"
    QString goarch;      // "amd64", "arm64", ... empty when Go has no such port
    int bits = 0;        // 32 or 64
};

// A Go installation's root folder (GOROOT) and what it holds.
struct GoRootTree {
    QString path;
    QString realPath; // path with every link followed
    bool exists = false;
    bool hasBinGo = false;
    bool hasSrc = false;
    bool hasPkgTool = false;
    std::optional<GoVersion> version; // from VERSION
    QString versionFile;              // the path it came from, when it did
    bool isComplete() const { return exists && hasBinGo && hasSrc && hasPkgTool; }
};

// A `go` found in a PATH entry.
struct GoCandidate {
    int pathIndex = 0;
    QString path;          // PATH entry joined with "go", cleaned: what the shell runs
    Resolution resolution; // every link hop to the real file
    bool usable = false;   // resolves to an executable regular file
    QString realPath;      // the file the chain ends at
    int sameAs = -1;       // index in Facts::gos of an earlier candidate reaching the same file
    QString binary;        // the Go program itself: realPath, or for a snap the go that snapd runs
    ElfInfo elf;
    GoRootTree root; // the tree the real file sits in (realPath/../..)
};

// One line of the go env file (`go env GOENV`, default ~/.config/go/env).
struct GoEnvSetting {
    int line = 0; // 1-based
    QString key;
    QString value;
};

struct GoEnvFile {
    QString path;
    bool exists = false;
    QList<GoEnvSetting> settings;
    std::optional<GoEnvSetting> find(const QString &key) const;
};

// `go env -json`, parsed.
struct GoEnvJson {
    bool ok = false;
    QString error; // why there is no data (command failed, not captured, bad JSON)
    QMap<QString, QString> vars;
};

// A Go installation found on PATH or in a well-known place.
struct GoInstall {
    GoRootTree tree;
    QString source;       // "tarball", "apt", "snap", "sdk", "toolchain", "gvm", "asdf", "goenv", "mise", "other"
    QString sourceDetail; // the apt package, the snap's revision and channel, the manager's name
    QString ownerList;    // the dpkg file list that names this tree (apt), as evidence
    bool onPath = false;
    bool active = false;
};

// Everything the probes learned, gathered once per scan and immutable afterwards.
// Checks read Facts and nothing else.
struct Facts {
    QDateTime scanTime; // the clock when live, `captured` for a snapshot
    bool snapshot = false;
    QString snapshotPath;
    HostInfo host;
    QString osName; // PRETTY_NAME of os-release
    UserInfo user;
    QMap<QString, QString> env;

    QList<PathEntry> path;
    QList<GoCandidate> gos; // every `go` in PATH order, usable or not
    int active = -1;        // index in gos of the one the shell runs, or -1

    CommandResult goVersionCmd;
    CommandResult goEnvCmd;
    GoEnvJson goEnv;
    std::optional<GoVersion> activeVersion;
    QString activeVersionSource; // the VERSION file or the command line it came from

    std::optional<GoRootTree> envGoroot; // the tree GOROOT (environment) names, when set

    // Where `go install` puts programs: GOBIN, else the first GOPATH entry's bin/.
    struct {
        QString path;
        QString origin; // "GOBIN" or "GOPATH"
        bool exists = false;
        QStringList programs; // what is in it (a few names are enough for a message)
    } goBin;
    QString gopath;      // effective GOPATH (go env, else the environment, else ~/go)
    QString gorootInUse; // effective GOROOT (go env, else the environment, else the active go's root)
    GoEnvFile envFile;
    QList<GoInstall> installs;

    ShellFacts shell;           // start-up files, the login shell's environment, the desktop session's
    QStringList snapApps;       // names in /snap/bin: snaps are installed
    QString etcEnvironmentPath; // PATH in /etc/environment (Ubuntu puts /snap/bin there)

    // Limits that kill or slow builds.
    CgroupFacts cgroup;
    SystemdFacts systemd;
    ContainerFacts containers;
    QMap<QString, qint64> rlimits;     // soft limits by prlimit name (`as`, `nofile`, `nproc`); -1 unlimited
    QMap<QString, qint64> rlimitsHard; // hard limits, where known
    RlimitSources rlimitSources;       // lines that may set them (limits.conf, ulimit, DefaultLimit*=)
    // A build measured by the build monitor in this session (the check compares its peak to the
    // limit); unset when no build was watched.
    struct MeasuredBuild {
        qint64 peakBytes = 0;
        QString command;
        QString folder;
    };
    std::optional<MeasuredBuild> measuredBuild;

    const ReleaseTable *releases = nullptr;
    QStringList probeErrors; // problems reading inputs, shown as evidence where they matter

    const GoCandidate *activeGo() const { return active >= 0 ? &gos.at(active) : nullptr; }
    QString envValue(const QString &name) const { return env.value(name); }
};
