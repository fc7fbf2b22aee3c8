#include "WhatIfLauncher.h"

#include "probes/CgroupParsers.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace {

constexpr qint64 kCpuPeriodUs = 100000; // the kernel's default period (cgroup-v2.rst, cpu.max)
constexpr int kEmptyWaitMs = 1000;      // how long the build's leftovers may take to go
constexpr int kKillWaitMs = 2000;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(1 << 16);
}

bool writeFile(const QString &path, const QByteArray &text, QString *error)
{
    // open/write, not QFile's buffered write: the kernel answers a bad cgroup value on write().
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0 || ::write(fd, text.constData(), size_t(text.size())) != text.size()) {
        const int e = errno;
        if (fd >= 0)
            ::close(fd);
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(e)));
        return false;
    }
    ::close(fd);
    return true;
}

bool writableDir(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isDir() && ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

// A v2 cgroup we may make children in that get the memory controller (cgroup-v2.rst,
// "Enabling and Disabling": subtree_control lists what the children get).
bool handsMemoryDown(const QString &folder)
{
    return writableDir(folder) &&
           readAll(folder + QStringLiteral("/cgroup.subtree_control")).simplified().split(' ').contains("memory");
}

QList<qint64> procsOf(const QString &folder)
{
    QList<qint64> out;
    for (const QByteArray &line : readAll(folder + QStringLiteral("/cgroup.procs")).split('\n')) {
        bool ok = false;
        const qint64 pid = line.trimmed().toLongLong(&ok);
        if (ok && pid > 0)
            out << pid;
    }
    return out;
}

QAtomicInt g_serial;
} // namespace

WhatIfLauncher WhatIfLauncher::probe()
{
    WhatIfLauncher w;
    const auto mounts = CgroupParsers::parseMountinfo(readAll(QStringLiteral("/proc/self/mountinfo")));
    const auto members = CgroupParsers::parseProcCgroup(readAll(QStringLiteral("/proc/self/cgroup")));
    const CgroupParsers::Layout layout = CgroupParsers::layoutOf(mounts);
    QStringList reasons;

    // 1. A user manager with memory and cpu delegated: systemd-run makes a transient scope. It is
    //    reachable when its private socket exists; delegation shows in its cgroup.controllers.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    const QString systemdRun = QStandardPaths::findExecutable(QStringLiteral("systemd-run"));
    if (layout == CgroupParsers::Layout::V2 && !systemdRun.isEmpty() && !runtime.isEmpty() &&
        QFileInfo::exists(runtime + QStringLiteral("/systemd/private"))) {
        QString v2Mount;
        for (const auto &m : mounts) {
            if (m.v2)
                v2Mount = m.mountPoint;
        }
        const QString uid = QString::number(::getuid());
        const QString manager =
            QStringLiteral("%1/user.slice/user-%2.slice/user@%2.service/cgroup.controllers").arg(v2Mount, uid);
        const QList<QByteArray> controllers = readAll(manager).simplified().split(' ');
        if (controllers.contains("memory") && controllers.contains("cpu")) {
            w.m_method = Method::SystemdRun;
            return w;
        }
        reasons << tr("the user manager has not been given the memory and cpu controllers (%1)").arg(manager);
    } else {
        reasons << tr("no systemd user manager is reachable (XDG_RUNTIME_DIR/systemd/private)");
    }

    // 2. A child cgroup we create ourselves.
    if (layout == CgroupParsers::Layout::V1 || layout == CgroupParsers::Layout::Hybrid) {
        // v1 (and hybrid, whose controllers are v1): a child of our own memory cgroup. v1 lets a
        // cgroup hold processes and children at once, so the child sits under ours.
        const QString memory = CgroupParsers::cgroupFolder(mounts, members, QStringLiteral("memory"));
        if (writableDir(memory)) {
            w.m_method = Method::ChildCgroup;
            w.m_parentMemory = memory;
            const QString cpu = CgroupParsers::cgroupFolder(mounts, members, QStringLiteral("cpu"));
            if (writableDir(cpu))
                w.m_parentCpu = cpu;
            const QString cpuacct = CgroupParsers::cgroupFolder(mounts, members, QStringLiteral("cpuacct"));
            if (writableDir(cpuacct) && cpuacct != cpu)
                w.m_parentCpuacct = cpuacct;
            return w;
        }
        reasons << tr("this process's memory cgroup (%1) cannot be written")
                       .arg(memory.isEmpty() ? tr("not found") : memory);
    } else if (layout == CgroupParsers::Layout::V2) {
        // v2 forbids processes in a cgroup whose subtree_control enables controllers ("no internal
        // processes"), and we sit in our own cgroup. So the child goes next to ours, under our
        // parent, which holds no processes when its children have controllers; at the root
        // cgroup (exempt from that rule) it goes under the root.
        const QString own = CgroupParsers::cgroupFolder(mounts, members, QString());
        QString parent = own;
        for (const auto &m : members) {
            if (m.hierarchy == 0 && QDir::cleanPath(m.path) != QLatin1String("/"))
                parent = QFileInfo(own).path();
        }
        if (handsMemoryDown(parent)) {
            w.m_method = Method::ChildCgroup;
            w.m_v2 = true;
            w.m_parentMemory = w.m_parentCpu = parent;
            return w;
        }
        reasons << tr("no writable cgroup with the memory controller enabled for its children (%1)")
                       .arg(parent.isEmpty() ? tr("not found") : parent);
    } else {
        reasons << tr("no cgroup file system is mounted");
    }
    w.m_reason = tr("Cannot run under chosen limits here: %1.").arg(reasons.join(QStringLiteral("; ")));
    return w;
}

WhatIfLauncher WhatIfLauncher::probeOwnCgroup()
{
    WhatIfLauncher w;
    w.m_ownOnly = true;
    const auto mounts = CgroupParsers::parseMountinfo(readAll(QStringLiteral("/proc/self/mountinfo")));
    const auto members = CgroupParsers::parseProcCgroup(readAll(QStringLiteral("/proc/self/cgroup")));
    const CgroupParsers::Layout layout = CgroupParsers::layoutOf(mounts);
    QStringList reasons;

    if (layout == CgroupParsers::Layout::V1 || layout == CgroupParsers::Layout::Hybrid) {
        const QString memory = CgroupParsers::cgroupFolder(mounts, members, QStringLiteral("memory"));
        // With use_hierarchy 0 a child's memory is not charged to its parent: the build would
        // escape every limit above it. Kernels since 5.16 always read 1 here.
        const QByteArray hierarchy = readAll(memory + QStringLiteral("/memory.use_hierarchy")).trimmed();
        if (!writableDir(memory)) {
            reasons << tr("this process's memory cgroup (%1) cannot be written")
                           .arg(memory.isEmpty() ? tr("not found") : memory);
        } else if (hierarchy != "1") {
            reasons << tr("memory.use_hierarchy is not 1 in %1, so a child cgroup would not be held to its limits")
                           .arg(memory);
        } else {
            w.m_method = Method::ChildCgroup;
            w.m_parentMemory = memory;
            // Children of our own cpu, cpuacct and pids cgroups: their quotas and counters bind
            // the child as they bind us.
            const QString cpu = CgroupParsers::cgroupFolder(mounts, members, QStringLiteral("cpu"));
            if (writableDir(cpu))
                w.m_parentCpu = cpu;
            const QString cpuacct = CgroupParsers::cgroupFolder(mounts, members, QStringLiteral("cpuacct"));
            if (writableDir(cpuacct) && cpuacct != cpu)
                w.m_parentCpuacct = cpuacct;
            const QString pids = CgroupParsers::cgroupFolder(mounts, members, QStringLiteral("pids"));
            if (writableDir(pids))
                w.m_parentPids = pids;
            return w;
        }
    } else if (layout == CgroupParsers::Layout::V2) {
        // Inside our own cgroup only (never next to it, where a limit of ours would not bind the
        // build), and only when our cgroup hands memory down: that is the case at the root, or in
        // a delegated cgroup whose processes already sit in a leaf of their own.
        const QString own = CgroupParsers::cgroupFolder(mounts, members, QString());
        if (handsMemoryDown(own)) {
            w.m_method = Method::ChildCgroup;
            w.m_v2 = true;
            w.m_parentMemory = w.m_parentCpu = own;
            return w;
        }
        reasons << tr("this process's cgroup (%1) cannot be written or does not hand the memory controller down")
                       .arg(own.isEmpty() ? tr("not found") : own);
        // A transient scope of the user manager is a cgroup of the build's own, under the user's
        // slice like us; with no properties it sets no limit of its own.
        const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!QStandardPaths::findExecutable(QStringLiteral("systemd-run")).isEmpty() && !runtime.isEmpty() &&
            QFileInfo::exists(runtime + QStringLiteral("/systemd/private"))) {
            w.m_method = Method::SystemdRun;
            return w;
        }
        reasons << tr("no systemd user manager is reachable (XDG_RUNTIME_DIR/systemd/private)");
    } else {
        reasons << tr("no cgroup file system is mounted");
    }
    w.m_reason = tr("The build cannot have a cgroup of its own here: %1.").arg(reasons.join(QStringLiteral("; ")));
    return w;
}

QString WhatIfLauncher::methodName() const
{
    switch (m_method) {
    case Method::SystemdRun: return QStringLiteral("systemd-run");
    case Method::ChildCgroup: return tr("child cgroup");
    case Method::None: break;
    }
    return tr("none");
}

bool WhatIfLauncher::prepare(QProcess &process, const QStringList &argv, const WhatIfLimits &limits, QString *error)
{
    if (argv.isEmpty()) {
        if (error)
            *error = tr("No command to run.");
        return false;
    }
    if (m_method == Method::None) {
        if (error)
            *error = m_reason;
        return false;
    }
    if (m_method == Method::SystemdRun) {
        // A transient scope: systemd-run moves itself into it and execs the command, so the
        // build's pid is the scope's first process and /proc/PID/cgroup names the scope.
        QStringList args{QStringLiteral("--user"), QStringLiteral("--scope"), QStringLiteral("--quiet"),
                         QStringLiteral("--collect")};
        if (limits.memoryMaxBytes > 0)
            args << QStringLiteral("-p") << QStringLiteral("MemoryMax=%1").arg(limits.memoryMaxBytes)
                 << QStringLiteral("-p") << QStringLiteral("MemorySwapMax=0");
        if (limits.cpuCores > 0)
            args << QStringLiteral("-p") << QStringLiteral("CPUQuota=%1%").arg(qRound(limits.cpuCores * 100));
        args << QStringLiteral("--") << argv;
        process.setProgram(QStringLiteral("systemd-run"));
        process.setArguments(args);
        return true;
    }

    cleanUp(); // a previous run's child, if the caller forgot
    if (limits.cpuCores > 0 && m_parentCpu.isEmpty()) {
        if (error)
            *error = tr("A CPU limit cannot be set here: the cpu controller's cgroup cannot be written.");
        return false;
    }
    const QString name = QStringLiteral("%1-%2-%3")
                             .arg(m_ownOnly ? QStringLiteral("ged-build") : QStringLiteral("ged-whatif"))
                             .arg(QCoreApplication::applicationPid())
                             .arg(g_serial.fetchAndAddRelaxed(1));
    const auto fail = [&](const QString &why) {
        if (error)
            *error = tr("Could not prepare the what-if cgroup: %1").arg(why);
        cleanUp();
        return false;
    };
    const auto make = [&](const QString &parent, QString *child) {
        const QString folder = parent + QLatin1Char('/') + name;
        if (::mkdir(QFile::encodeName(folder).constData(), 0755) != 0)
            return false;
        m_created << folder;
        *child = folder;
        return true;
    };

    // Limits are written to the new child only; no existing cgroup is changed.
    if (!make(m_parentMemory, &m_childMemory))
        return fail(QStringLiteral("%1: %2").arg(m_parentMemory, QString::fromLocal8Bit(std::strerror(errno))));
    m_childV2 = m_v2;
    QString why;
    if (m_v2) {
        m_childCpu = m_childMemory;
        if (limits.memoryMaxBytes > 0 &&
            !writeFile(m_childMemory + QStringLiteral("/memory.max"), QByteArray::number(limits.memoryMaxBytes), &why))
            return fail(why);
        // No swap either: with swap a limited build would crawl instead of showing the OOM kill.
        writeFile(m_childMemory + QStringLiteral("/memory.swap.max"), "0", nullptr);
        if (limits.cpuCores > 0) {
            const qint64 quota = qMax<qint64>(1000, qRound64(limits.cpuCores * kCpuPeriodUs));
            if (!writeFile(m_childCpu + QStringLiteral("/cpu.max"),
                           QByteArray::number(quota) + ' ' + QByteArray::number(kCpuPeriodUs), &why))
                return fail(why);
        }
    } else {
        if (limits.memoryMaxBytes > 0 && !writeFile(m_childMemory + QStringLiteral("/memory.limit_in_bytes"),
                                                    QByteArray::number(limits.memoryMaxBytes), &why))
            return fail(why);
        if (!m_parentCpu.isEmpty()) {
            if (!make(m_parentCpu, &m_childCpu))
                return fail(QStringLiteral("%1: %2").arg(m_parentCpu, QString::fromLocal8Bit(std::strerror(errno))));
            if (limits.cpuCores > 0) {
                const qint64 quota = qMax<qint64>(1000, qRound64(limits.cpuCores * kCpuPeriodUs));
                if (!writeFile(m_childCpu + QStringLiteral("/cpu.cfs_period_us"), QByteArray::number(kCpuPeriodUs),
                               &why) ||
                    !writeFile(m_childCpu + QStringLiteral("/cpu.cfs_quota_us"), QByteArray::number(quota), &why))
                    return fail(why);
            }
        }
        if (!m_parentCpuacct.isEmpty())
            make(m_parentCpuacct, &m_childCpuacct); // only for measuring; fine without
        if (!m_parentPids.isEmpty())
            make(m_parentPids, &m_childPids); // likewise
    }

    // The child joins the cgroups between fork and exec, so not one instruction of the build runs
    // outside the limits. Writing "0" to cgroup.procs moves the writer itself. Only open, write,
    // close and _exit run there (async-signal-safe); the paths are built here, before the fork.
    std::vector<std::string> targets;
    for (const QString &folder : std::as_const(m_created))
        targets.push_back(QFile::encodeName(folder + QStringLiteral("/cgroup.procs")).toStdString());
    process.setProgram(argv.constFirst());
    process.setArguments(argv.mid(1));
    // Running outside the cgroup would give numbers (and, for a what-if run, an answer) that lie.
    const char *const joinError = m_ownOnly ? "go-env-doctor: could not join the build's own cgroup\n"
                                            : "go-env-doctor: could not join the what-if cgroup\n";
    process.setChildProcessModifier([targets, joinError] {
        for (const std::string &path : targets) {
            const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
            const bool ok = fd >= 0 && ::write(fd, "0", 1) == 1;
            if (fd >= 0)
                ::close(fd);
            if (!ok) {
                [[maybe_unused]] const ssize_t n = ::write(STDERR_FILENO, joinError, std::strlen(joinError));
                ::_exit(125);
            }
        }
    });
    return true;
}

BuildSampler::Paths WhatIfLauncher::samplerPaths() const
{
    BuildSampler::Paths paths;
    if (m_method == Method::ChildCgroup && !m_childMemory.isEmpty()) {
        paths.memoryCgroup = m_childMemory;
        paths.cpuCgroup = m_childCpu;
        paths.cpuacctCgroup = m_childCpuacct;
        paths.pidsCgroup = m_childPids;
        paths.v2 = m_childV2;
        paths.buildOwnsCgroup = true;
    } else if (m_method == Method::SystemdRun) {
        paths.buildOwnsCgroup = true; // the scope, found from /proc/PID/cgroup at attach()
    }
    return paths;
}

void WhatIfLauncher::cleanUp()
{
    if (m_created.isEmpty())
        return;
    // Wait for the build's last processes to leave; what is still there after a second is a
    // leftover of the build (a daemon it started). After a what-if run it is killed, since the
    // run is over. A plain build's own cgroup was only for measuring: its leftovers go back to
    // the cgroup the build would have shared with us (the child's parent, ours), as they would
    // have lived there without the monitor; only cgroup.procs is written.
    QElapsedTimer clock;
    clock.start();
    bool acted = false;
    for (;;) {
        bool empty = true;
        for (const QString &folder : std::as_const(m_created))
            empty = empty && procsOf(folder).isEmpty();
        if (empty || clock.elapsed() > kEmptyWaitMs + kKillWaitMs)
            break;
        if (!acted && clock.elapsed() > kEmptyWaitMs) {
            for (const QString &folder : std::as_const(m_created)) {
                const QString back = QFileInfo(folder).path() + QStringLiteral("/cgroup.procs");
                for (qint64 pid : procsOf(folder)) {
                    // Killed when it cannot be moved: no cgroup is ever left behind.
                    if (!m_ownOnly || !writeFile(back, QByteArray::number(pid), nullptr))
                        ::kill(pid_t(pid), SIGKILL);
                }
            }
            acted = true;
        }
        QThread::msleep(20);
    }
    QStringList left;
    for (const QString &folder : std::as_const(m_created)) {
        // rmdir can answer EBUSY for a moment after the last process left (it is still exiting).
        bool removed = false;
        for (int attempt = 0; attempt < 50 && !removed; ++attempt) {
            removed = ::rmdir(QFile::encodeName(folder).constData()) == 0 || errno == ENOENT;
            if (!removed)
                QThread::msleep(20);
        }
        if (!removed)
            left << folder;
    }
    m_created = left;
    if (left.isEmpty()) {
        m_childMemory.clear();
        m_childCpu.clear();
        m_childCpuacct.clear();
        m_childPids.clear();
    }
}
