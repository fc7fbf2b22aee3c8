// The cgroup parsers on real captures of this machine (cgroup v1 hybrid) and v2 samples, plus
// malformed files; the probe on small snapshot trees; each cgroup.* check firing and quiet; and
// the probe on this machine.
#include "checks/CgroupChecks.h"
#include "probes/CgroupParsers.h"
#include "probes/CgroupProbe.h"
#include "probes/FactsCollector.h"
#include "system/LiveSystem.h"
#include "system/SnapshotSystem.h"

#include <QtTest>

using namespace CgroupParsers;

namespace {
const QString kCaptures = QStringLiteral(GED_FIXTURES "/cgroup-captures/debian12-hybrid/");

QByteArray capture(const QString &name)
{
    QFile f(kCaptures + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing capture %s", qPrintable(name));
    return f.readAll();
}

// An Ubuntu 24.04 desktop's cgroup2 mount and a terminal's membership (cgroup v2 only).
const QByteArray kV2Mountinfo =
    "24 28 0:22 / /proc rw,nosuid,nodev,noexec,relatime shared:14 - proc proc rw\n"
    "32 23 0:27 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:9 - cgroup2 cgroup2 "
    "rw,nsdelegate,memory_recursiveprot\n";
const QByteArray kV2Cgroup = "0::/user.slice/user-1000.slice/user@1000.service/app.slice/vte-spawn-1.scope\n";

// A snapshot in a temporary folder (snapshot-format.md) with just the files a test writes.
class TinySnapshot {
public:
    TinySnapshot()
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("root"));
        const QJsonObject doc{{QStringLiteral("format"), QStringLiteral("go-env-doctor-snapshot")},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("captured"), QStringLiteral("2026-11-20T00:00:00Z")}};
        QFile f(m_dir.filePath(QStringLiteral("snapshot.json")));
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(doc).toJson());
    }
    void file(const QString &p, const QByteArray &content)
    {
        QDir(root()).mkpath(p.mid(1, p.lastIndexOf(QLatin1Char('/')) - 1));
        QFile f(root() + p);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
    }
    void dir(const QString &p) { QDir(root()).mkpath(p.mid(1)); }
    CgroupFacts probe() const
    {
        auto system = SnapshotSystem::open(m_dir.path(), nullptr);
        return system ? CgroupProbe::collect(*system) : CgroupFacts{};
    }
    QString root() const { return m_dir.path() + QStringLiteral("/root"); }

private:
    QTemporaryDir m_dir;
};

// A v2 desktop: /sys/fs/cgroup/user.slice/user-1000.slice/... with the given files in the slice.
void v2Desktop(TinySnapshot &s, const QMap<QString, QByteArray> &sliceFiles)
{
    s.file(QStringLiteral("/proc/self/mountinfo"), kV2Mountinfo);
    s.file(QStringLiteral("/proc/self/cgroup"), kV2Cgroup);
    s.file(QStringLiteral("/sys/fs/cgroup/cgroup.controllers"), "cpuset cpu io memory pids\n");
    s.file(QStringLiteral("/sys/devices/system/cpu/online"), "0-3\n");
    const QString slice = QStringLiteral("/sys/fs/cgroup/user.slice/user-1000.slice");
    for (auto it = sliceFiles.cbegin(); it != sliceFiles.cend(); ++it)
        s.file(slice + QLatin1Char('/') + it.key(), it.value());
    s.dir(slice + QStringLiteral("/user@1000.service/app.slice"));
}

// Facts with a v2 session whose memory, cpu and pids cgroups were all found.
Facts v2Facts()
{
    Facts f;
    CgroupFacts &c = f.cgroup;
    c.readable = true;
    c.layout = QStringLiteral("v2");
    c.unifiedPath = QStringLiteral("/user.slice/user-1000.slice/session-2.scope");
    c.procCgroupText = QStringLiteral("0::") + c.unifiedPath;
    for (CgroupController *ctl : {&c.memory, &c.cpu, &c.pids}) {
        ctl->version = QStringLiteral("v2");
        ctl->mountPoint = QStringLiteral("/sys/fs/cgroup");
        ctl->cgroupPath = c.unifiedPath;
        ctl->expectedFolder = QStringLiteral("/sys/fs/cgroup") + c.unifiedPath;
        ctl->folder = ctl->expectedFolder;
    }
    c.cpuCount = 4;
    c.cpuCountSource = QStringLiteral("/sys/devices/system/cpu/online");
    c.cpuCountText = QStringLiteral("0-3");
    c.memTotal = 16 * (qint64(1) << 30);
    return f;
}

CgroupValue value(qint64 v, const QString &name, const QString &text = QString())
{
    const QString folder = QStringLiteral("/sys/fs/cgroup/user.slice/user-1000.slice");
    return {v, folder, folder + QLatin1Char('/') + name, text.isEmpty() ? QString::number(v) : text};
}

const qint64 GiB = qint64(1) << 30;
const qint64 MiB = qint64(1) << 20;

// One result per check, and the explanation a firing result owes the reader.
CheckResult only(const QList<CheckResult> &results)
{
    if (results.size() != 1)
        qFatal("expected one result, got %d", int(results.size()));
    const CheckResult &r = results.first();
    if (r.severity == Severity::Warning || r.severity == Severity::Error) {
        if (r.evidence.isEmpty() || r.howToFix.isEmpty() || r.fixes.isEmpty() || r.message.isEmpty())
            qFatal("%s fires without evidence, fix or message", qPrintable(r.check));
        for (const Evidence &e : r.evidence) {
            if (e.path.isEmpty())
                qFatal("%s: evidence without a path", qPrintable(r.check));
        }
    }
    return r;
}
} // namespace

namespace QTest {
template <> char *toString(const Severity &s)
{
    return qstrdup(qPrintable(severityName(s)));
}
} // namespace QTest

class TestCgroup : public QObject {
    Q_OBJECT
private slots:
    // ---- parsers on this machine's real files (cgroup v1 hybrid) ----
    void realHybridMountinfo()
    {
        const QList<Mount> mounts = parseMountinfo(capture(QStringLiteral("mountinfo")));
        QCOMPARE(mounts.size(), 10); // 9 v1 hierarchies (8 controllers + name=systemd) and cgroup2
        QCOMPARE(layoutOf(mounts), Layout::Hybrid);
        QCOMPARE(layoutName(layoutOf(mounts)), QStringLiteral("hybrid"));
        int v2 = 0;
        for (const Mount &m : mounts) {
            if (m.v2) {
                ++v2;
                QCOMPARE(m.mountPoint, QStringLiteral("/sys/fs/cgroup/unified"));
                QVERIFY(m.controllers.isEmpty());
            }
            if (m.mountPoint == QLatin1String("/sys/fs/cgroup/memory")) {
                QCOMPARE(m.controllers, QStringList{QStringLiteral("memory")});
                QCOMPARE(m.root, QStringLiteral("/"));
            }
        }
        QCOMPARE(v2, 1);
    }
    void realHybridProcCgroup()
    {
        const QList<Mount> mounts = parseMountinfo(capture(QStringLiteral("mountinfo")));
        const QList<Membership> ms = parseProcCgroup(capture(QStringLiteral("cgroup")));
        QCOMPARE(ms.size(), 10);
        QCOMPARE(ms.last().hierarchy, 0);
        QVERIFY(ms.last().controllers.isEmpty());
        QCOMPARE(cgroupFolder(mounts, ms, QStringLiteral("memory")),
                 QStringLiteral("/sys/fs/cgroup/memory/process_api/dbdf863803d9ab7d81f1516680ced0d4"));
        QCOMPARE(cgroupFolder(mounts, ms, QStringLiteral("cpu")), QStringLiteral("/sys/fs/cgroup/cpu"));
        QCOMPARE(cgroupFolder(mounts, ms, QString()), QStringLiteral("/sys/fs/cgroup/unified"));
        QCOMPARE(cgroupFolder(mounts, ms, QStringLiteral("rdma")), QString()); // not mounted here
    }
    void realHybridValues()
    {
        QCOMPARE(parseLimit(capture(QStringLiteral("memory.limit_in_bytes"))), std::optional<qint64>(-1));
        QCOMPARE(parseLimit(capture(QStringLiteral("cpu.cfs_quota_us"))), std::optional<qint64>(-1));
        QCOMPARE(parseNumber(capture(QStringLiteral("cpu.cfs_period_us"))), std::optional<qint64>(100000));
        QVERIFY(parseNumber(capture(QStringLiteral("memory.usage_in_bytes"))).value_or(0) > 0);
        QVERIFY(parseNumber(capture(QStringLiteral("memory.max_usage_in_bytes"))).value_or(0) >=
                parseNumber(capture(QStringLiteral("memory.usage_in_bytes"))).value_or(0));
        QCOMPARE(parseNumber(capture(QStringLiteral("memory.failcnt"))), std::optional<qint64>(0));
        QVERIFY(parseNumber(capture(QStringLiteral("cpuacct.usage"))).value_or(0) > 0);
        const QMap<QString, qint64> oom = parseKeyed(capture(QStringLiteral("memory.oom_control")));
        QCOMPARE(oom.value(QStringLiteral("oom_kill"), -1), 0);
        QCOMPARE(oom.value(QStringLiteral("oom_kill_disable"), -1), 0);
        QCOMPARE(oom.size(), 3);
        const QMap<QString, qint64> cpu = parseKeyed(capture(QStringLiteral("cpu.stat")));
        QCOMPARE(cpu.value(QStringLiteral("nr_throttled"), -1), 0);
        QVERIFY(cpu.contains(QStringLiteral("throttled_time"))); // v1 counts nanoseconds
        const QMap<QString, qint64> stat = parseKeyed(capture(QStringLiteral("memory.stat")));
        QVERIFY(stat.value(QStringLiteral("hierarchical_memory_limit")) > 0);
        QVERIFY(!stat.contains(QStringLiteral("total"))); // whole keys only: total_rss is not "total"
        QCOMPARE(parseCpuList(capture(QStringLiteral("cpu-online"))), std::optional<int>(2));
        QCOMPARE(parseCpuList(capture(QStringLiteral("cpuset.effective_cpus"))), std::optional<int>(2));
        QVERIFY(parseMemTotal(capture(QStringLiteral("meminfo"))).value_or(0) > GiB);
        const auto psi = parsePressure(capture(QStringLiteral("unified-memory.pressure")));
        QVERIFY(psi);
        QVERIFY(psi->someTotalUs >= 0);
        QVERIFY(psi->fullTotalUs >= 0);
        QCOMPARE(psi->someAvg10, 0.0);
        QVERIFY(parseKeyed(capture(QStringLiteral("unified-cpu.stat"))).contains(QStringLiteral("usage_usec")));
    }

    // ---- v2 and container samples ----
    void v2DesktopSample()
    {
        const QList<Mount> mounts = parseMountinfo(kV2Mountinfo);
        QCOMPARE(mounts.size(), 1);
        QCOMPARE(layoutOf(mounts), Layout::V2);
        QCOMPARE(
            cgroupFolder(mounts, parseProcCgroup(kV2Cgroup), QString()),
            QStringLiteral("/sys/fs/cgroup/user.slice/user-1000.slice/user@1000.service/app.slice/vte-spawn-1.scope"));
    }
    void v2WithNamedSystemdIsV2()
    {
        // systemd's "unified" mode on older hosts: a name=systemd v1 hierarchy holds no controller.
        const QByteArray text =
            kV2Mountinfo + "40 30 0:37 / /sys/fs/cgroup/systemd rw - cgroup cgroup rw,name=systemd\n";
        QCOMPARE(layoutOf(parseMountinfo(text)), Layout::V2);
    }
    void dockerV1MountRoot()
    {
        // Inside a v1 container, each hierarchy is mounted with the container's cgroup as root.
        const QByteArray mi = "819 817 0:42 /docker/abc /sys/fs/cgroup/memory ro,nosuid - cgroup cgroup rw,memory\n"
                              "820 817 0:43 /docker/abc /sys/fs/cgroup/cpu,cpuacct ro - cgroup cgroup rw,cpu,cpuacct\n";
        const QByteArray cg = "8:cpu,cpuacct:/docker/abc\n2:memory:/docker/abc\n0::/system.slice/containerd.service\n";
        const QList<Mount> mounts = parseMountinfo(mi);
        QCOMPARE(layoutOf(mounts), Layout::V1);
        QCOMPARE(cgroupFolder(mounts, parseProcCgroup(cg), QStringLiteral("memory")),
                 QStringLiteral("/sys/fs/cgroup/memory"));
        QCOMPARE(cgroupFolder(mounts, parseProcCgroup(cg), QStringLiteral("cpu")),
                 QStringLiteral("/sys/fs/cgroup/cpu,cpuacct"));
        // A process moved to a child cgroup of the container.
        QCOMPARE(cgroupFolder(mounts, parseProcCgroup("2:memory:/docker/abc/build\n"), QStringLiteral("memory")),
                 QStringLiteral("/sys/fs/cgroup/memory/build"));
        // Another container's cgroup is not below this mount's root.
        QCOMPARE(cgroupFolder(mounts, parseProcCgroup("2:memory:/docker/other\n"), QStringLiteral("memory")),
                 QString());
    }
    void namespacedRoot()
    {
        // With a cgroup namespace the container sees its cgroup as "/" ...
        QCOMPARE(cgroupFolder(parseMountinfo(kV2Mountinfo), parseProcCgroup("0::/\n"), QString()),
                 QStringLiteral("/sys/fs/cgroup"));
        // ... and a cgroup outside the namespace as "/../..": unreachable, not "/sibling".
        QCOMPARE(
            cgroupFolder(parseMountinfo(kV2Mountinfo), parseProcCgroup("0::/../../user.slice/x.scope\n"), QString()),
            QString());
    }
    void mountinfoEscapes()
    {
        const QByteArray mi = "40 30 0:37 / /mnt/with\\040space rw - cgroup2 cgroup2 rw\n"
                              "41 30 0:38 / /mnt/bad\\09x rw - cgroup2 cgroup2 rw\n"
                              "42 30 0:39 / /mnt/sign\\+12 rw - cgroup2 cgroup2 rw\n"
                              "43 30 0:40 / /mnt/end\\04 rw - cgroup2 cgroup2 rw\n";
        const QList<Mount> mounts = parseMountinfo(mi);
        QCOMPARE(mounts.size(), 4);
        QCOMPARE(mounts.at(0).mountPoint, QStringLiteral("/mnt/with space"));
        QCOMPARE(mounts.at(1).mountPoint, QStringLiteral("/mnt/bad\\09x")); // 9 is not octal: kept
        QCOMPARE(mounts.at(2).mountPoint, QStringLiteral("/mnt/sign\\+12"));
        QCOMPARE(mounts.at(3).mountPoint, QStringLiteral("/mnt/end\\04")); // truncated escape
    }
    void mountinfoGarbage_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no separator") << QByteArray("32 23 0:27 / /sys/fs/cgroup rw cgroup2 cgroup2 rw\n");
        QTest::newRow("truncated after dash") << QByteArray("32 23 0:27 / /sys/fs/cgroup rw - cgroup2\n");
        QTest::newRow("too few fields") << QByteArray("32 - cgroup2 cgroup2 rw\n");
        QTest::newRow("relative mount point") << QByteArray("32 23 0:27 / sys/fs/cgroup rw - cgroup2 cgroup2 rw\n");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01 - cgroup2\x00", 16);
        QTest::newRow("other fs only") << QByteArray("24 28 0:22 / /proc rw - proc proc rw\n");
    }
    void mountinfoGarbage()
    {
        QFETCH(QByteArray, text);
        QVERIFY(parseMountinfo(text).isEmpty());
        QCOMPARE(layoutOf(parseMountinfo(text)), Layout::None);
    }
    void procCgroupGarbage()
    {
        QVERIFY(parseProcCgroup("").isEmpty());
        QVERIFY(parseProcCgroup("garbage\n").isEmpty());
        QVERIFY(parseProcCgroup("x:memory:/a\n").isEmpty());
        QVERIFY(parseProcCgroup("-1:memory:/a\n").isEmpty());
        QVERIFY(parseProcCgroup("4:memory:relative\n").isEmpty());
        QCOMPARE(parseProcCgroup("4:memory:/a:b\n").value(0).path, QStringLiteral("/a:b")); // ':' in a name
    }

    void limitFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("max") << QByteArray("max\n") << true << qint64(-1);
        QTest::newRow("number") << QByteArray("943718400\n") << true << qint64(943718400);
        QTest::newRow("spaces") << QByteArray("  1024 \n") << true << qint64(1024);
        QTest::newRow("v1 unlimited 4k") << QByteArray("9223372036854771712\n") << true << qint64(-1);
        QTest::newRow("v1 unlimited 64k") << QByteArray("9223372036854710272\n") << true << qint64(-1);
        QTest::newRow("cfs -1") << QByteArray("-1\n") << true << qint64(-1);
        QTest::newRow("zero") << QByteArray("0\n") << true << qint64(0);
        QTest::newRow("empty") << QByteArray() << false << qint64(0);
        QTest::newRow("garbage") << QByteArray("lots\n") << false << qint64(0);
        QTest::newRow("max with junk") << QByteArray("max junk\n") << false << qint64(0);
        QTest::newRow("maxx") << QByteArray("maxx\n") << false << qint64(0);
        QTest::newRow("negative") << QByteArray("-5\n") << false << qint64(0);
        QTest::newRow("number with unit") << QByteArray("900M\n") << false << qint64(0);
        QTest::newRow("overflow") << QByteArray("99999999999999999999999\n") << false << qint64(0);
        QTest::newRow("binary") << QByteArray("\x00\x01\x02", 3) << false << qint64(0);
        QTest::newRow("two lines") << QByteArray("100\n200\n") << false << qint64(0);
    }
    void limitFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(qint64, expected);
        const auto v = CgroupParsers::parseLimit(text);
        QCOMPARE(v.has_value(), valid);
        if (valid)
            QCOMPARE(*v, expected);
    }
    void parseNumberRejectsGarbage()
    {
        QCOMPARE(parseNumber("42\n"), std::optional<qint64>(42));
        QVERIFY(!parseNumber("-1\n"));
        QVERIFY(!parseNumber(""));
        QVERIFY(!parseNumber("12abc"));
        QVERIFY(!parseNumber("99999999999999999999999"));
    }
    void cpuMaxFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("cores");
        QTest::addColumn<qint64>("period");
        QTest::newRow("no quota") << QByteArray("max 100000\n") << true << -1.0 << qint64(100000);
        QTest::newRow("one cpu") << QByteArray("100000 100000\n") << true << 1.0 << qint64(100000);
        QTest::newRow("1.5 cpus") << QByteArray("150000 100000\n") << true << 1.5 << qint64(100000);
        QTest::newRow("short period") << QByteArray("50000 20000\n") << true << 2.5 << qint64(20000);
        // cgroup-v2.rst: only $MAX is required when writing; a missing period is the default.
        QTest::newRow("missing period") << QByteArray("200000\n") << true << 2.0 << qint64(100000);
        QTest::newRow("max alone") << QByteArray("max\n") << true << -1.0 << qint64(100000);
        QTest::newRow("empty") << QByteArray() << false << 0.0 << qint64(0);
        QTest::newRow("zero quota") << QByteArray("0 100000\n") << false << 0.0 << qint64(0);
        QTest::newRow("negative quota") << QByteArray("-1 100000\n") << false << 0.0 << qint64(0);
        QTest::newRow("zero period") << QByteArray("100000 0\n") << false << 0.0 << qint64(0);
        QTest::newRow("garbage") << QByteArray("lots 100000\n") << false << 0.0 << qint64(0);
        QTest::newRow("three fields") << QByteArray("1 2 3\n") << false << 0.0 << qint64(0);
        QTest::newRow("max with junk") << QByteArray("max 100000 junk\n") << false << 0.0 << qint64(0);
        QTest::newRow("binary") << QByteArray("\xff\xfe 1", 4) << false << 0.0 << qint64(0);
    }
    void cpuMaxFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(double, cores);
        QFETCH(qint64, period);
        const auto c = CgroupParsers::parseCpuMax(text);
        QCOMPARE(c.has_value(), valid);
        if (valid) {
            QCOMPARE(c->cores(), cores);
            QCOMPARE(c->periodUs, period);
        }
    }
    void parseKeyedSkipsGarbage()
    {
        const QMap<QString, qint64> m =
            parseKeyed("low 0\nhigh 5821\ngarbage\nmax x\noom_kill 2 extra\n\n\x01\x02\noom_kill_disable 1\n");
        QCOMPARE(m.value(QStringLiteral("high")), 5821);
        QVERIFY(!m.contains(QStringLiteral("max")));
        QVERIFY(!m.contains(QStringLiteral("oom_kill"))); // three fields: not the key-value form
        QCOMPARE(m.value(QStringLiteral("oom_kill_disable")), 1);
        QVERIFY(parseKeyed("").isEmpty());
    }
    void parsePressureForms()
    {
        const auto p = parsePressure("some avg10=41.27 avg60=35.02 avg300=18.77 total=912345678\n"
                                     "full avg10=30.11 avg60=25.40 avg300=12.03 total=612345678\n");
        QVERIFY(p);
        QCOMPARE(p->someAvg10, 41.27);
        QCOMPARE(p->fullTotalUs, 612345678);
        QVERIFY(!parsePressure(""));
        QVERIFY(!parsePressure("some avg10=x total=y\n"));
        QVERIFY(!parsePressure("nothing here\n"));
    }
    void cpuLists_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("count"); // -1: invalid
        QTest::newRow("range") << QByteArray("0-3\n") << 4;
        QTest::newRow("mixed") << QByteArray("0-3,5\n") << 5;
        QTest::newRow("single") << QByteArray("0\n") << 1;
        QTest::newRow("several ranges") << QByteArray("0-1,4-7,9") << 7;
        QTest::newRow("empty") << QByteArray("\n") << -1;
        QTest::newRow("reversed") << QByteArray("3-1") << -1;
        QTest::newRow("garbage") << QByteArray("all") << -1;
        QTest::newRow("dangling dash") << QByteArray("0-") << -1;
        QTest::newRow("negative") << QByteArray("-1") << -1;
        QTest::newRow("huge") << QByteArray("0-99999999") << -1;
        QTest::newRow("empty item") << QByteArray("0,,2") << -1;
    }
    void cpuLists()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, count);
        const auto n = CgroupParsers::parseCpuList(text);
        QCOMPARE(n.value_or(-1), count);
    }
    void parseMemTotalForms()
    {
        QCOMPARE(parseMemTotal("MemTotal:       16165424 kB\nMemFree: 1 kB\n"),
                 std::optional<qint64>(16165424LL * 1024));
        QVERIFY(!parseMemTotal("MemFree: 1 kB\n"));
        QVERIFY(!parseMemTotal("MemTotal: lots kB\n"));
        QVERIFY(!parseMemTotal("MemTotal: 12 MB\n"));
        QVERIFY(!parseMemTotal(""));
    }
    void parentPaths()
    {
        QCOMPARE(parentPath(QStringLiteral("/user.slice/user-1000.slice")), QStringLiteral("/user.slice"));
        QCOMPARE(parentPath(QStringLiteral("/user.slice")), QStringLiteral("/"));
        QCOMPARE(parentPath(QStringLiteral("/")), QString());
    }

    // ---- the probe on small snapshot trees ----
    void probeWalksUpFromAMissingLeaf()
    {
        TinySnapshot s;
        v2Desktop(s, {{QStringLiteral("memory.max"), "943718400\n"},
                      {QStringLiteral("memory.high"), "734003200\n"},
                      {QStringLiteral("cpu.max"), "100000 100000\n"},
                      {QStringLiteral("pids.max"), "128\n"},
                      {QStringLiteral("pids.current"), "97\n"},
                      {QStringLiteral("cpu.stat"), "nr_periods 10\nnr_throttled 7\nthrottled_usec 1500000\n"},
                      {QStringLiteral("memory.events"), "low 0\nhigh 12\nmax 3\noom 2\noom_kill 2\n"}});
        s.file(QStringLiteral("/sys/fs/cgroup/user.slice/memory.max"), "max\n");
        s.file(QStringLiteral("/sys/fs/cgroup/user.slice/user-1000.slice/user@1000.service/memory.max"), "max\n");
        s.file(QStringLiteral("/proc/meminfo"), "MemTotal:       16165424 kB\n");
        s.file(QStringLiteral("/sys/fs/cgroup/user.slice/user-1000.slice/memory.pressure"),
               "some avg10=41.27 avg60=35.02 avg300=18.77 total=912345678\n"
               "full avg10=30.11 avg60=25.40 avg300=12.03 total=612345678\n");
        const CgroupFacts f = s.probe();
        QCOMPARE(f.memorySomeAvg10, 41.27); // from the nearest ancestor that has the file
        QCOMPARE(f.memoryPressureFile, QStringLiteral("/sys/fs/cgroup/user.slice/user-1000.slice/memory.pressure"));
        QVERIFY(f.readable);
        QCOMPARE(f.layout, QStringLiteral("v2"));
        QCOMPARE(f.memory.version, QStringLiteral("v2"));
        QVERIFY(f.memory.leafMissing);
        QCOMPARE(f.memory.folder,
                 QStringLiteral("/sys/fs/cgroup/user.slice/user-1000.slice/user@1000.service/app.slice"));
        QCOMPARE(f.memoryMax.value, 943718400);
        QCOMPARE(f.memoryMax.folder, QStringLiteral("/sys/fs/cgroup/user.slice/user-1000.slice"));
        QCOMPARE(f.memoryMax.text, QStringLiteral("943718400"));
        QCOMPARE(f.memoryHigh.value, 734003200);
        QCOMPARE(f.cpuQuota.cores, 1.0);
        QVERIFY(!f.cpuQuota.onLeaf);
        QCOMPARE(f.nrThrottled, 7);
        QCOMPARE(f.throttledUsec, 1500000);
        QCOMPARE(f.pidsMax.value, 128);
        QCOMPARE(f.pidsCurrent.value, 97);
        QCOMPARE(f.cpuCount, 4);
        QCOMPARE(f.cpuCountSource, QStringLiteral("/sys/devices/system/cpu/online"));
        QCOMPARE(f.memTotal, 16165424LL * 1024);
        bool killed = false;
        for (const CgroupMemoryEvents &e : f.memoryEvents)
            killed = killed || (e.oomKill == 2 && e.high == 12);
        QVERIFY(killed);
        QVERIFY2(f.notes.join(QLatin1Char(' ')).contains(QStringLiteral("was not found")),
                 qPrintable(f.notes.join(QLatin1Char('|'))));
    }
    void probeSkipsGarbageAndKeepsWalking()
    {
        TinySnapshot s;
        v2Desktop(s, {{QStringLiteral("memory.max"), "2147483648\n"}});
        const QString leaf = QStringLiteral("/sys/fs/cgroup/user.slice/user-1000.slice/user@1000.service/app.slice/"
                                            "vte-spawn-1.scope");
        s.file(leaf + QStringLiteral("/memory.max"), "max junk\n");
        s.file(leaf + QStringLiteral("/cpu.max"), QByteArray("\x00\x01garbage", 9));
        s.file(leaf + QStringLiteral("/pids.max"), "-12\n");
        s.file(leaf + QStringLiteral("/memory.events"), "complete nonsense\n");
        s.file(QStringLiteral("/sys/devices/system/cpu/online"), "all of them\n");
        const CgroupFacts f = s.probe();
        QVERIFY(!f.memory.leafMissing);
        QCOMPARE(f.memoryMax.value, 2147483648LL); // the slice's limit, past the garbage
        QVERIFY(!f.cpuQuota.limited());
        QVERIFY(!f.pidsMax.known());
        QCOMPARE(f.cpuCount, -1);
        const QString notes = f.notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(leaf + QStringLiteral("/memory.max")), qPrintable(notes));
        QVERIFY2(notes.contains(leaf + QStringLiteral("/cpu.max")), qPrintable(notes));
        QVERIFY2(notes.contains(leaf + QStringLiteral("/pids.max")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("number of CPUs")), qPrintable(notes));
        QVERIFY(!notes.contains(QChar(0))); // binary is not copied into a message
    }
    void probeV1Container()
    {
        TinySnapshot s;
        s.file(QStringLiteral("/proc/self/mountinfo"),
               "817 816 0:159 / /sys/fs/cgroup rw - tmpfs tmpfs rw\n"
               "819 817 0:42 /docker/abc /sys/fs/cgroup/memory ro - cgroup cgroup rw,memory\n"
               "820 817 0:43 /docker/abc /sys/fs/cgroup/cpu,cpuacct ro - cgroup cgroup rw,cpu,cpuacct\n"
               "821 817 0:44 /docker/abc /sys/fs/cgroup/pids ro - cgroup cgroup rw,pids\n"
               "822 817 0:45 /docker/abc /sys/fs/cgroup/cpuset ro - cgroup cgroup rw,cpuset\n");
        s.file(QStringLiteral("/proc/self/cgroup"),
               "9:pids:/docker/abc\n8:cpu,cpuacct:/docker/abc\n3:cpuset:/docker/abc\n2:memory:/docker/abc\n");
        s.file(QStringLiteral("/sys/fs/cgroup/memory/memory.limit_in_bytes"), "1610612736\n");
        s.file(QStringLiteral("/sys/fs/cgroup/memory/memory.max_usage_in_bytes"), "1608908800\n");
        s.file(QStringLiteral("/sys/fs/cgroup/memory/memory.failcnt"), "4127\n");
        s.file(QStringLiteral("/sys/fs/cgroup/memory/memory.oom_control"),
               "oom_kill_disable 0\nunder_oom 0\noom_kill 1\n");
        s.file(QStringLiteral("/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us"), "150000\n");
        s.file(QStringLiteral("/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us"), "100000\n");
        s.file(QStringLiteral("/sys/fs/cgroup/cpu,cpuacct/cpu.stat"),
               "nr_periods 5\nnr_throttled 3\nthrottled_time 2000000\n");
        s.file(QStringLiteral("/sys/fs/cgroup/pids/pids.max"), "max\n");
        s.file(QStringLiteral("/sys/fs/cgroup/cpuset/cpuset.effective_cpus"), "0-7\n");
        const CgroupFacts f = s.probe();
        QCOMPARE(f.layout, QStringLiteral("v1"));
        QCOMPARE(f.memory.version, QStringLiteral("v1"));
        QCOMPARE(f.memory.folder, QStringLiteral("/sys/fs/cgroup/memory"));
        QCOMPARE(f.memoryMax.value, 1610612736LL);
        QCOMPARE(f.memoryPeak.value, 1608908800LL);
        QVERIFY(!f.memoryHigh.known());
        QCOMPARE(f.cpuQuota.cores, 1.5);
        QCOMPARE(f.cpuQuota.text, QStringLiteral("150000 (cpu.cfs_period_us: 100000)"));
        QCOMPARE(f.throttledUsec, 2000); // throttled_time is in nanoseconds
        QVERIFY(f.pidsMax.known());
        QVERIFY(!f.pidsMax.limited());
        QCOMPARE(f.cpuCount, 8); // no /sys/devices/system/cpu/online: the cpuset
        QCOMPARE(f.cpuCountSource, QStringLiteral("/sys/fs/cgroup/cpuset/cpuset.effective_cpus"));
        QCOMPARE(f.memoryEvents.size(), 1);
        QCOMPARE(f.memoryEvents.first().oomKill, 1);
        QCOMPARE(f.memoryEvents.first().max, 4127);
    }
    void probeWithoutCgroups()
    {
        TinySnapshot none;
        const CgroupFacts unreadable = none.probe();
        QVERIFY(!unreadable.readable);
        QCOMPARE(unreadable.layout, QStringLiteral("none"));
        QVERIFY(!unreadable.notes.isEmpty());

        TinySnapshot bare;
        bare.file(QStringLiteral("/proc/self/mountinfo"), "24 28 0:22 / /proc rw - proc proc rw\n");
        bare.file(QStringLiteral("/proc/self/cgroup"), "0::/\n");
        const CgroupFacts f = bare.probe();
        QVERIFY(f.readable);
        QCOMPARE(f.layout, QStringLiteral("none"));
        QVERIFY(!f.memory.available());
        Facts facts;
        facts.cgroup = f;
        QCOMPARE(only(CgroupChecks::layout(facts)).severity, Severity::Info);
        QCOMPARE(only(CgroupChecks::memoryLimit(facts)).severity, Severity::Skipped);
        QCOMPARE(only(CgroupChecks::oomHistory(facts)).severity, Severity::Skipped);
    }
    void probeUnreachableNamespace()
    {
        TinySnapshot s;
        s.file(QStringLiteral("/proc/self/mountinfo"), kV2Mountinfo);
        s.file(QStringLiteral("/proc/self/cgroup"), "0::/../../system.slice/other.service\n");
        s.file(QStringLiteral("/sys/fs/cgroup/memory.max"), "1073741824\n");
        const CgroupFacts f = s.probe();
        QVERIFY(!f.memory.available());
        QVERIFY(!f.memoryMax.known()); // the namespace root's limit is not this cgroup's
        QVERIFY(f.notes.join(QLatin1Char(' ')).contains(QStringLiteral("outside what is mounted")));
        Facts facts;
        facts.cgroup = f;
        const CheckResult r = only(CgroupChecks::memoryLimit(facts));
        QCOMPARE(r.severity, Severity::Skipped);
        QVERIFY(r.message.contains(QStringLiteral("outside what is mounted")));
    }
    void probeNothingCaptured()
    {
        // A snapshot with the /proc files but no /sys/fs/cgroup: the layout is known, limits are not.
        TinySnapshot s;
        s.file(QStringLiteral("/proc/self/mountinfo"), kV2Mountinfo);
        s.file(QStringLiteral("/proc/self/cgroup"), kV2Cgroup);
        Facts facts;
        facts.cgroup = s.probe();
        QCOMPARE(only(CgroupChecks::layout(facts)).severity, Severity::Info);
        for (const auto &check : {&CgroupChecks::memoryLimit, &CgroupChecks::memoryHigh, &CgroupChecks::cpuQuota,
                                  &CgroupChecks::pidsLimit, &CgroupChecks::oomHistory}) {
            const CheckResult r = only(check(facts));
            QCOMPARE(r.severity, Severity::Skipped);
            QVERIFY2(r.message.contains(QStringLiteral("/sys/fs/cgroup")), qPrintable(r.message));
        }
    }

    // ---- the checks ----
    void layoutIsInfoNeverWarning()
    {
        Facts f = v2Facts();
        CheckResult r = only(CgroupChecks::layout(f));
        QCOMPARE(r.severity, Severity::Info);
        QVERIFY(r.message.contains(f.cgroup.unifiedPath));
        QCOMPARE(r.evidence.first().kind, Evidence::Kind::Cgroup);
        f.cgroup.layout = QStringLiteral("hybrid");
        f.cgroup.v1Paths.insert(QStringLiteral("memory"), QStringLiteral("/process_api/x"));
        r = only(CgroupChecks::layout(f));
        QCOMPARE(r.severity, Severity::Info);
        QVERIFY(r.message.contains(QStringLiteral("memory /process_api/x")));
        Facts none;
        QCOMPARE(only(CgroupChecks::layout(none)).severity, Severity::Skipped);
    }
    void memoryLimitSeverities_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<qint64>("peak"); // measured build, 0: none
        QTest::addColumn<Severity>("expected");
        QTest::newRow("900M") << 900 * MiB << qint64(0) << Severity::Error;
        QTest::newRow("just under 1G") << GiB - 1 << qint64(0) << Severity::Error;
        QTest::newRow("1G") << GiB << qint64(0) << Severity::Warning;
        QTest::newRow("1.5G") << GiB * 3 / 2 << qint64(0) << Severity::Warning;
        QTest::newRow("2G") << 2 * GiB << qint64(0) << Severity::Ok;
        QTest::newRow("8G") << 8 * GiB << qint64(0) << Severity::Ok;
        QTest::newRow("peak 84%") << 4 * GiB << qint64(4 * GiB * 84 / 100) << Severity::Ok;
        QTest::newRow("peak 85%") << 4 * GiB << qint64(4 * GiB * 85 / 100 + 1) << Severity::Warning;
        QTest::newRow("peak above") << 4 * GiB << qint64(5 * GiB) << Severity::Error;
        QTest::newRow("1.5G peak above") << GiB * 3 / 2 << qint64(2 * GiB) << Severity::Error;
    }
    void memoryLimitSeverities()
    {
        QFETCH(qint64, limit);
        QFETCH(qint64, peak);
        QFETCH(Severity, expected);
        Facts f = v2Facts();
        f.cgroup.memoryMax = value(limit, QStringLiteral("memory.max"));
        if (peak > 0)
            f.measuredBuild =
                Facts::MeasuredBuild{peak, QStringLiteral("go build ./..."), QStringLiteral("/home/u/app")};
        const CheckResult r = only(CgroupChecks::memoryLimit(f));
        QCOMPARE(r.severity, expected);
        QVERIFY(r.message.contains(CgroupChecks::describeBytes(limit)) ||
                r.title.contains(CgroupChecks::describeBytes(limit)));
        if (expected != Severity::Ok) {
            QCOMPARE(r.evidence.first().path, QStringLiteral("/sys/fs/cgroup/user.slice/user-1000.slice/memory.max"));
            QVERIFY(r.howToFix.contains(QStringLiteral("/etc/systemd/system/user-1000.slice.d/")));
            QVERIFY(r.howToFix.contains(QStringLiteral("daemon-reload")));
            QVERIFY(r.howToFix.contains(QStringLiteral("GOMEMLIMIT")));
            QVERIFY(r.fixes.contains(QStringLiteral("fix.raise-memory-limit")));
        }
        if (peak > 0 && expected != Severity::Ok)
            QVERIFY(r.message.contains(QStringLiteral("go build ./...")));
    }
    void memoryLimitNone()
    {
        Facts f = v2Facts();
        f.cgroup.memoryMax = value(-1, QStringLiteral("memory.max"), QStringLiteral("max"));
        const CheckResult r = only(CgroupChecks::memoryLimit(f));
        QCOMPARE(r.severity, Severity::Ok);
        QVERIFY(r.title.contains(QStringLiteral("No memory limit")));
    }
    void memoryLimitInContainerSaysDocker()
    {
        Facts f = v2Facts();
        f.cgroup.memory.mountPoint = QStringLiteral("/sys/fs/cgroup/memory");
        f.cgroup.memoryMax = {GiB * 3 / 2, QStringLiteral("/sys/fs/cgroup/memory"),
                              QStringLiteral("/sys/fs/cgroup/memory/memory.limit_in_bytes"),
                              QStringLiteral("1610612736")};
        CgroupMemoryEvents ev;
        ev.folder = QStringLiteral("/sys/fs/cgroup/memory");
        ev.file = ev.folder + QStringLiteral("/memory.oom_control");
        ev.max = 4127; // memory.failcnt
        f.cgroup.memoryEvents << ev;
        const CheckResult r = only(CgroupChecks::memoryLimit(f));
        QCOMPARE(r.severity, Severity::Warning);
        QVERIFY2(r.howToFix.contains(QStringLiteral("docker run --memory=")), qPrintable(r.howToFix));
        QVERIFY2(r.message.contains(QStringLiteral("4127 times")), qPrintable(r.message));
    }
    void memoryHighFiresBelowMax()
    {
        Facts f = v2Facts();
        f.cgroup.memoryMax = value(4 * GiB, QStringLiteral("memory.max"));
        f.cgroup.memoryHigh = value(2 * GiB, QStringLiteral("memory.high"));
        CgroupMemoryEvents ev;
        ev.folder = f.cgroup.memoryHigh.folder;
        ev.file = ev.folder + QStringLiteral("/memory.events");
        ev.text = QStringLiteral("high 5821");
        ev.high = 5821;
        f.cgroup.memoryEvents << ev;
        const CheckResult r = only(CgroupChecks::memoryHigh(f));
        QCOMPARE(r.severity, Severity::Warning);
        QVERIFY(r.message.contains(QStringLiteral("5821")));
        QVERIFY(r.howToFix.contains(QStringLiteral("MemoryHigh=")));
        f.cgroup.memorySomeAvg10 = 41.27;
        f.cgroup.memoryPressureFile = ev.folder + QStringLiteral("/memory.pressure");
        f.cgroup.memoryPressure = QStringLiteral("some avg10=41.27 avg60=35.02 avg300=18.77 total=912345678");
        QVERIFY(only(CgroupChecks::memoryHigh(f)).message.contains(QStringLiteral("41.3% of the time")));
        // Quiet: memory.high at or above memory.max, unset, or on v1.
        f.cgroup.memoryHigh = value(4 * GiB, QStringLiteral("memory.high"));
        QCOMPARE(only(CgroupChecks::memoryHigh(f)).severity, Severity::Ok);
        f.cgroup.memoryHigh = value(-1, QStringLiteral("memory.high"), QStringLiteral("max"));
        QCOMPARE(only(CgroupChecks::memoryHigh(f)).severity, Severity::Ok);
        f.cgroup.memory.version = QStringLiteral("v1");
        QCOMPARE(only(CgroupChecks::memoryHigh(f)).severity, Severity::Ok);
    }
    void memoryHighAgainstRam()
    {
        Facts f = v2Facts(); // 16 GiB of RAM, no memory.max
        f.cgroup.memoryHigh = value(8 * GiB, QStringLiteral("memory.high"));
        QCOMPARE(only(CgroupChecks::memoryHigh(f)).severity, Severity::Warning);
        f.cgroup.memoryHigh = value(32 * GiB, QStringLiteral("memory.high"));
        QCOMPARE(only(CgroupChecks::memoryHigh(f)).severity, Severity::Ok);
    }
    void cpuQuotaFires()
    {
        Facts f = v2Facts();
        f.activeVersion = GoVersion::parse(QStringLiteral("go1.23.2"));
        CgroupCpuQuota q;
        q.cores = 1;
        q.quotaUs = 100000;
        q.folder = QStringLiteral("/sys/fs/cgroup/user.slice/user-1000.slice");
        q.file = q.folder + QStringLiteral("/cpu.max");
        q.text = QStringLiteral("100000 100000");
        f.cgroup.cpuQuota = q;
        f.cgroup.nrThrottled = 48211;
        f.cgroup.throttledUsec = 912345678;
        f.cgroup.cpuStatFile = q.folder + QStringLiteral("/cpu.stat");
        CheckResult r = only(CgroupChecks::cpuQuota(f));
        QCOMPARE(r.severity, Severity::Warning);
        QVERIFY(r.message.contains(QStringLiteral("ignores the quota")));
        QVERIFY(r.message.contains(QStringLiteral("48211")));
        QVERIFY(r.message.contains(QStringLiteral("not on the session's own cgroup")));
        QVERIFY(r.howToFix.contains(QStringLiteral("CPUQuota=400%")));
        QVERIFY(r.howToFix.contains(QStringLiteral("GOMAXPROCS=1")));

        // Go 1.25+: follows a leaf quota only with a go.mod that says 1.25.
        f.activeVersion = GoVersion::parse(QStringLiteral("go1.25.1"));
        f.cgroup.cpuQuota.onLeaf = true;
        r = only(CgroupChecks::cpuQuota(f));
        QVERIFY(r.message.contains(QStringLiteral("go.mod says go 1.25")));
        QVERIFY(!r.message.contains(QStringLiteral("not on the session's own cgroup")));
        f.env.insert(QStringLiteral("GOMAXPROCS"), QStringLiteral("2"));
        QVERIFY(only(CgroupChecks::cpuQuota(f)).message.contains(QStringLiteral("GOMAXPROCS=2 is set")));
    }
    void cpuQuotaQuiet()
    {
        Facts f = v2Facts();
        CgroupCpuQuota q;
        q.file = QStringLiteral("/sys/fs/cgroup/user.slice/cpu.max");
        q.text = QStringLiteral("max 100000");
        f.cgroup.cpuQuota = q;
        QCOMPARE(only(CgroupChecks::cpuQuota(f)).severity, Severity::Ok);
        q.cores = 4;
        q.quotaUs = 400000;
        f.cgroup.cpuQuota = q;
        QCOMPARE(only(CgroupChecks::cpuQuota(f)).severity, Severity::Ok); // 4 of 4 CPUs
        q.cores = 3.5;
        f.cgroup.cpuQuota = q;
        QCOMPARE(only(CgroupChecks::cpuQuota(f)).severity, Severity::Warning);
    }
    void pidsLimits_data()
    {
        QTest::addColumn<qint64>("max");
        QTest::addColumn<qint64>("current"); // -1: unknown
        QTest::addColumn<Severity>("expected");
        QTest::newRow("128") << qint64(128) << qint64(97) << Severity::Warning;
        QTest::newRow("below 4096") << qint64(4000) << qint64(-1) << Severity::Warning;
        QTest::newRow("room") << qint64(38415) << qint64(412) << Severity::Ok;
        QTest::newRow("nearly full") << qint64(10000) << qint64(9000) << Severity::Warning;
        QTest::newRow("max") << qint64(-1) << qint64(9) << Severity::Ok;
    }
    void pidsLimits()
    {
        QFETCH(qint64, max);
        QFETCH(qint64, current);
        QFETCH(Severity, expected);
        Facts f = v2Facts();
        f.cgroup.pidsMax = value(max, QStringLiteral("pids.max"), max < 0 ? QStringLiteral("max") : QString());
        if (current >= 0)
            f.cgroup.pidsCurrent = value(current, QStringLiteral("pids.current"));
        const CheckResult r = only(CgroupChecks::pidsLimit(f));
        QCOMPARE(r.severity, expected);
        if (expected == Severity::Warning) {
            QVERIFY(r.message.contains(QStringLiteral("fork: resource temporarily unavailable")));
            QVERIFY(r.howToFix.contains(QStringLiteral("TasksMax=")));
        }
    }
    void oomHistories()
    {
        Facts f = v2Facts();
        CgroupMemoryEvents leaf;
        leaf.folder = f.cgroup.memory.folder;
        leaf.file = leaf.folder + QStringLiteral("/memory.events");
        leaf.text = QStringLiteral("oom_kill 0");
        CgroupMemoryEvents slice = leaf;
        slice.folder = QStringLiteral("/sys/fs/cgroup/user.slice/user-1000.slice");
        slice.file = slice.folder + QStringLiteral("/memory.events");
        slice.text = QStringLiteral("oom 2\noom_kill 2");
        slice.oomKill = 2;
        f.cgroup.memoryEvents << leaf << slice;
        f.cgroup.memoryMax = value(900 * MiB, QStringLiteral("memory.max"));
        CheckResult r = only(CgroupChecks::oomHistory(f));
        QCOMPARE(r.severity, Severity::Warning);
        QCOMPARE(r.evidence.first().path, slice.file);
        QVERIFY(r.causedBy.contains(QStringLiteral("cgroup.memory-limit")));
        QVERIFY(r.message.contains(QStringLiteral("signal: killed")));
        f.cgroup.memoryMax = value(-1, QStringLiteral("memory.max"), QStringLiteral("max"));
        r = only(CgroupChecks::oomHistory(f));
        QVERIFY(r.causedBy.isEmpty());
        QVERIFY(r.message.contains(QStringLiteral("ran out of RAM")));
        f.cgroup.memoryEvents.removeLast();
        QCOMPARE(only(CgroupChecks::oomHistory(f)).severity, Severity::Ok);
        f.cgroup.memoryEvents.clear();
        QCOMPARE(only(CgroupChecks::oomHistory(f)).severity, Severity::Skipped);
    }
    void byteSizes()
    {
        QCOMPARE(CgroupChecks::describeBytes(943718400), QStringLiteral("900 MiB"));
        QCOMPARE(CgroupChecks::describeBytes(1610612736), QStringLiteral("1.5 GiB"));
        QCOMPARE(CgroupChecks::describeBytes(-1), QStringLiteral("no limit"));
        QCOMPARE(CgroupChecks::describeBytes(512), QStringLiteral("512 bytes"));
    }

    // The systemd probe found the drop-in that sets the slice's limits: the results cite its line
    // and the fix says to change it there rather than to go looking with systemctl cat.
    void limitsNameTheDropInThatSetsThem()
    {
        QString error;
        auto system = SnapshotSystem::open(
            QStringLiteral(GED_FIXTURES "/snapshots/ubuntu2404-cgroup2-tight-slice/snapshot"), &error);
        QVERIFY2(system, qPrintable(error));
        const Facts facts = FactsCollector(*system).collect();
        const QString dropIn = QStringLiteral("/etc/systemd/system/user-1000.slice.d/50-limits.conf");
        const struct {
            QList<CheckResult> (*check)(const Facts &);
            int line;
            QString text;
        } cases[] = {{&CgroupChecks::memoryLimit, 3, QStringLiteral("MemoryMax=900M")},
                     {&CgroupChecks::memoryHigh, 4, QStringLiteral("MemoryHigh=700M")},
                     {&CgroupChecks::cpuQuota, 5, QStringLiteral("CPUQuota=100%")},
                     {&CgroupChecks::pidsLimit, 6, QStringLiteral("TasksMax=128")}};
        for (const auto &c : cases) {
            const CheckResult r = only(c.check(facts));
            QCOMPARE(r.severity == Severity::Ok, false);
            bool cited = false;
            for (const Evidence &e : r.evidence)
                cited = cited || (e.path == dropIn && e.line == c.line && e.text == c.text);
            QVERIFY2(cited, qPrintable(r.check + QStringLiteral(": no evidence for ") + c.text));
            QVERIFY2(r.howToFix.contains(QStringLiteral("%1, line %2").arg(dropIn).arg(c.line)),
                     qPrintable(r.howToFix));
        }
    }

    // ---- this machine ----
    void liveMachineIsHybrid()
    {
        QFile mi(QStringLiteral("/proc/self/mountinfo"));
        if (!mi.open(QIODevice::ReadOnly))
            QSKIP("/proc/self/mountinfo cannot be read here");
        const Layout layout = layoutOf(parseMountinfo(mi.readAll()));
        if (layout != Layout::Hybrid)
            QSKIP(qPrintable(QStringLiteral("this machine's cgroup layout is %1, not the hybrid layout of the build "
                                            "machine (build-notes.md)")
                                 .arg(layoutName(layout))));
        LiveSystem live;
        const CgroupFacts f = CgroupProbe::collect(live);
        QVERIFY(f.readable);
        QCOMPARE(f.layout, QStringLiteral("hybrid"));
        QCOMPARE(f.memory.version, QStringLiteral("v1"));
        QVERIFY2(f.memory.available(), qPrintable(f.notes.join(QLatin1Char('|'))));
        QVERIFY(f.memoryMax.known());
        QVERIFY(f.cpuCount > 0);
        QVERIFY(f.memTotal > 0);
        Facts facts;
        facts.cgroup = f;
        const CheckResult layoutResult = only(CgroupChecks::layout(facts));
        QCOMPARE(layoutResult.severity, Severity::Info);
        QVERIFY(layoutResult.title.contains(QStringLiteral("hybrid")));
        for (const auto &check : {&CgroupChecks::memoryLimit, &CgroupChecks::memoryHigh, &CgroupChecks::cpuQuota,
                                  &CgroupChecks::pidsLimit, &CgroupChecks::oomHistory})
            QVERIFY(!only(check(facts)).message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCgroup)
#include "tst_cgroup.moc"
