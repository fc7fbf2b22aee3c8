#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Pure parsers for the kernel's cgroup files: text in, values out. Each follows the kernel
// document named beside it; garbage gives nullopt (or an empty result), never an exception.
namespace CgroupParsers {

// One cgroup file system mount from /proc/PID/mountinfo (proc(5): "36 35 98:0 /mnt1 /mnt2 rw -
// cgroup cgroup rw,memory"). `root` is the folder of the hierarchy that is mounted (not "/" inside
// a container without a cgroup namespace), `controllers` the v1 controllers of the super options
// ("memory", "cpu", "cpuacct", "name=systemd"); empty for cgroup2.
struct Mount {
    QString root;
    QString mountPoint;
    bool v2 = false;
    QStringList controllers;
};
QList<Mount> parseMountinfo(const QByteArray &text);

// One line of /proc/PID/cgroup (cgroups(7)): "hierarchy-ID:controller-list:cgroup-path". The v2
// line is "0::/path" (hierarchy 0, no controllers).
struct Membership {
    int hierarchy = -1;
    QStringList controllers; // "memory", "cpu", "cpuacct", "name=systemd"; empty for v2
    QString path;
};
QList<Membership> parseProcCgroup(const QByteArray &text);

// Which cgroup versions are mounted: v1 only, hybrid (v1 controllers plus a cgroup2 mount, often
// empty, at /sys/fs/cgroup/unified) or v2 only (the unified hierarchy).
enum class Layout { None, V1, Hybrid, V2 };
Layout layoutOf(const QList<Mount> &mounts);
QString layoutName(Layout layout); // "v1", "hybrid", "v2", "none"

// The folder (on the machine seen) of the cgroup a process belongs to for `controller`
// ("memory", "cpu", "cpuacct", "pids"; empty for the v2 hierarchy). The membership path is
// taken relative to the mount's root (Documentation/admin-guide/cgroup-v2.rst "Namespace"):
// a path outside the mounted root cannot be reached and gives an empty string.
QString cgroupFolder(const QList<Mount> &mounts, const QList<Membership> &memberships, const QString &controller);

// A limit file holding a number or "max" (v2 memory.max, memory.high, pids.max) or a v1 number
// where "no limit" is a huge value (memory.limit_in_bytes = PAGE_COUNTER_MAX pages,
// 9223372036854771712 on 64-bit) or -1 (cpu.cfs_quota_us). Unlimited gives -1.
std::optional<qint64> parseLimit(const QByteArray &text);
// A file holding one non-negative number (memory.current, memory.peak, cpuacct.usage,
// pids.current, memory.usage_in_bytes).
std::optional<qint64> parseNumber(const QByteArray &text);
// "key value" lines (memory.events, cpu.stat, memory.stat, v1 memory.oom_control). Lines that do
// not have that form are skipped.
QMap<QString, qint64> parseKeyed(const QByteArray &text);

// v2 cpu.max: "$MAX $PERIOD" (cgroup-v2.rst, "cpu.max"); "max 100000" is no quota.
struct CpuMax {
    qint64 quotaUs = -1; // -1: no quota
    qint64 periodUs = 100000;
    // The quota in cores ("150000 100000" is 1.5 cores); -1 when there is none.
    double cores() const { return quotaUs < 0 || periodUs <= 0 ? -1.0 : double(quotaUs) / double(periodUs); }
};
std::optional<CpuMax> parseCpuMax(const QByteArray &text);

// Pressure stall information (Documentation/accounting/psi.rst): "some avg10=0.00 avg60=0.00
// avg300=0.00 total=0" and a "full" line (absent for cpu before 5.13).
struct Pressure {
    double someAvg10 = -1;
    double fullAvg10 = -1;
    qint64 someTotalUs = -1;
    qint64 fullTotalUs = -1;
};
std::optional<Pressure> parsePressure(const QByteArray &text);

// A CPU list as in /sys/devices/system/cpu/online or cpuset.cpus.effective
// (Documentation/admin-guide/cputopology.rst, cgroup-v2.rst "cpuset.cpus"): "0-3,5" is 5 CPUs.
// Garbage, an empty list or a reversed range give nullopt.
constexpr int kMaxCpus = 65536;
std::optional<int> parseCpuList(const QByteArray &text);

// MemTotal of /proc/meminfo (proc(5)), in bytes.
std::optional<qint64> parseMemTotal(const QByteArray &text);

// Parent of a cgroup path ("/user.slice/user-1000.slice" -> "/user.slice"); "/" has none (empty).
QString parentPath(const QString &cgroupPath);

} // namespace CgroupParsers
