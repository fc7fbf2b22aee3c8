#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// What lstat() says about one path, without following a final link.
struct FileInfo {
    bool exists = false;
    bool isDir = false;
    bool isFile = false;
    bool isSymlink = false;
    bool executable = false; // any x bit set (for a directory: searchable)
    qint64 size = 0;
};

// One hop of a symlink chain, like a line of `namei`: `link` is the absolute path of the link
// itself, `target` the text stored in it, `next` the absolute path it leads to.
struct LinkHop {
    QString link;
    QString target;
    QString next;
};

// The outcome of resolving a path component by component, following every link.
struct Resolution {
    enum class Status {
        Ok,       // `finalPath` exists and contains no links
        NotFound, // a component does not exist (no link involved)
        Dangling, // a link points to something that does not exist
        Loop,     // more than 40 links followed (ELOOP, as the kernel does)
        NotDir,   // a non-final component is not a folder
    };
    QString input;       // the absolute path asked for (cleaned)
    QString finalPath;   // where the chain ends (absolute, inside the system's root)
    QList<LinkHop> hops; // every link followed, in order
    Status status = Status::NotFound;
    FileInfo final; // lstat of finalPath when status is Ok

    bool ok() const { return status == Status::Ok; }
    bool viaLinks() const { return !hops.isEmpty(); }
};

struct UserInfo {
    QString name;
    qint64 uid = -1;
    QString home;
    QString loginShell;
};

struct HostInfo {
    QString hostname;
    QString machine; // `uname -m`: x86_64, aarch64
    QString kernel;
};

// A command's outcome. A command that could not be started is reported as a shell would:
// exit 126 (found but not executable) or 127 (not found), message in stderrText.
struct CommandResult {
    QStringList argv;
    bool captured = true; // false: a snapshot has no output for this argv
    bool timedOut = false;
    int exitCode = -1;
    QString stdoutText;
    QString stderrText;
    qint64 elapsedMs = 0;

    bool succeeded() const { return captured && !timedOut && exitCode == 0; }
    // One line for evidence: "$ /usr/bin/go version → go version go1.19.8 linux/amd64".
    QString commandLine() const;
};

// How a command is run (snapshot-format.md, "How commands are run").
enum class CommandKind {
    Go,         // in the user's cwd with the user's environment plus GOTOOLCHAIN=local
    LoginShell, // fresh environment, new session, stdin from /dev/null
};

// The only way core code touches a machine: the live one or a captured snapshot.
// Paths are absolute paths *on the system seen*; a SnapshotSystem maps them inside its root/
// and never lets a path, however many links or `..` it holds, leave it.
class SystemView {
public:
    virtual ~SystemView() = default;

    virtual bool isSnapshot() const = 0;
    virtual QString sourcePath() const { return {}; } // the snapshot folder; empty when live

    // lstat of one absolute path. Intermediate components are resolved like resolve() does.
    FileInfo lstat(const QString &path) const;
    // stat: follows links (inside the root).
    FileInfo stat(const QString &path) const;
    // Follows every link of `path`, recording each hop. Never leaves the root.
    Resolution resolve(const QString &path) const;
    // The text of a symlink, unresolved; nullopt when `path` is not a link.
    std::optional<QString> readLink(const QString &path) const;
    // A file's bytes (following links inside the root), at most maxBytes; nullopt when it
    // cannot be read. Files under /proc and /sys report size 0, so read to the end.
    std::optional<QByteArray> readFile(const QString &path, qint64 maxBytes = 4 * 1024 * 1024) const;
    // Names in a folder (following links), sorted; empty when it is not a readable folder.
    // The snapshot marker `.snapshot-keep` is never listed.
    QStringList listDir(const QString &path) const;

    virtual QMap<QString, QString> environment() const = 0;
    virtual UserInfo user() const = 0;
    virtual HostInfo host() const = 0;
    virtual QString cwd() const = 0;
    // The scan's "now": the clock when live, `captured` for a snapshot.
    virtual QDateTime now() const = 0;
    // Soft and hard rlimits by prlimit name (`as`, `nofile`, `nproc`); -1 means unlimited.
    virtual QMap<QString, qint64> rlimits(bool hard = false) const = 0;

    // Runs argv (live) or replays it (snapshot). Never blocks longer than timeoutMs.
    virtual CommandResult run(const QStringList &argv, CommandKind kind, int timeoutMs = 10000) const = 0;

protected:
    // Primitives on a *physical* path: an absolute path whose components are known to be
    // free of links except possibly the last. Implementations map it to the host file system.
    virtual FileInfo rawLstat(const QString &physical) const = 0;
    virtual std::optional<QString> rawReadLink(const QString &physical) const = 0;
    virtual std::optional<QByteArray> rawReadFile(const QString &physical, qint64 maxBytes) const = 0;
    virtual QStringList rawListDir(const QString &physical) const = 0;

    // The same four operations on a path of the host file system, never following a final link
    // (lstat, readlink, open with O_NOFOLLOW). Shared by LiveSystem and SnapshotSystem, which
    // differ only in how a physical path maps to a host path.
    static FileInfo hostLstat(const QString &hostPath);
    static std::optional<QString> hostReadLink(const QString &hostPath);
    // Regular files only (never a fifo or device, which could block); reads to EOF, at most maxBytes.
    static std::optional<QByteArray> hostReadFile(const QString &hostPath, qint64 maxBytes);
    static QStringList hostListDir(const QString &hostPath);
};

QString resolutionStatusText(Resolution::Status status);
