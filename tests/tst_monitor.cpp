// The build monitor: the sample ring, the CSV, the verdicts, the sampler over fixture cgroup trees
// (v1 and v2, and broken ones) and over real processes, and real runs: an OOM kill under a
// what-if memory limit, a CPU quota, and `go build` of a generated module.
#include "monitor/BuildSampler.h"
#include "monitor/BuildSession.h"
#include "monitor/BuildVerdict.h"
#include "monitor/MonitorCsv.h"
#include "monitor/SampleRing.h"
#include "monitor/WhatIfLauncher.h"
#include "probes/CgroupParsers.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

namespace {
constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kGiB = 1024 * kMiB;

bool writeText(const QString &path, const QByteArray &text)
{
    // Rewritten in place (same inode), as the kernel's files change under a reader.
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(text) == text.size();
}

bool hasEvent(const QList<MonitorEvent> &events, MonitorEvent::Kind kind, qint64 *count = nullptr)
{
    for (const MonitorEvent &e : events) {
        if (e.kind == kind) {
            if (count)
                *count = e.count;
            return true;
        }
    }
    return false;
}

QStringList notesOf(const QList<MonitorEvent> &events)
{
    QStringList out;
    for (const MonitorEvent &e : events) {
        if (e.kind == MonitorEvent::Kind::Note)
            out << e.text;
    }
    return out;
}

// A process to watch: `sleep` as a real pid for the fixture tests.
struct Sleeper {
    QProcess process;
    explicit Sleeper(const QString &seconds = QStringLiteral("30"))
    {
        process.start(QStringLiteral("sleep"), {seconds});
        process.waitForStarted(5000);
        // started() can come while the kernel is still loading the new program (its RSS is then
        // 0): wait, bounded, until the process is `sleep` with pages of its own.
        for (int i = 0; i < 200 && !loaded(); ++i)
            QThread::msleep(5);
    }
    bool loaded() const
    {
        QFile f(QStringLiteral("/proc/%1/stat").arg(process.processId()));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        const QByteArray stat = f.readAll();
        const int close = stat.lastIndexOf(')');
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        return stat.contains("(sleep)") && fields.size() > 21 && fields.at(21).toLongLong() > 0;
    }
    ~Sleeper()
    {
        process.kill();
        process.waitForFinished(5000);
    }
    qint64 pid() const { return process.processId(); }
};

BuildSummary runSession(BuildSession &session, const BuildRequest &request, int timeoutMs)
{
    QSignalSpy finished(&session, &BuildSession::finished);
    session.start(request);
    if (!finished.wait(timeoutMs)) {
        session.stop();
        finished.wait(5000);
    }
    return session.summary();
}

// Gone, or a zombie nobody reaped yet (PID 1 here may not reap): either way not running.
bool aliveProcess(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray stat = f.readAll();
    const int close = stat.lastIndexOf(')');
    return close > 0 && stat.mid(close + 2, 1) != "Z";
}

// The memory cgroup a process is in, as /proc/PID/cgroup names it (v1 "memory" line, else the
// v2 line); empty when it cannot be read.
QString memoryCgroupOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/cgroup").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString v2;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.split(':');
        if (parts.size() < 3)
            continue;
        if (parts.at(1).split(',').contains("memory"))
            return QString::fromUtf8(parts.at(2));
        if (parts.at(0) == "0")
            v2 = QString::fromUtf8(parts.at(2));
    }
    return v2;
}

// A session with no limits: the build (a shell with 5 sleeps and a short busy loop) should get a
// cgroup of its own. Checks what can be checked from outside and returns the summary; *buildCgroup
// is the cgroup the build ran in (from /proc/PID/cgroup while it ran).
BuildSummary runOwnCgroupSession(int *most, QString *buildCgroup)
{
    BuildSession session;
    BuildRequest request;
    request.argv = {QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("for n in 1 2 3 4 5; do sleep 1.2 & done; i=0; "
                                   "while [ $i -lt 30000 ]; do i=$((i+1)); done; wait")};
    request.intervalMs = 100;
    QObject::connect(&session, &BuildSession::started, &session,
                     [buildCgroup](qint64 pid, const QString &) { *buildCgroup = memoryCgroupOf(pid); });
    const BuildSummary s = runSession(session, request, 30000);
    *most = 0;
    for (const MonitorSample &sample : session.samples().samples())
        *most = qMax(*most, sample.processCount);
    return s;
}

QString goBinary()
{
    return QStandardPaths::findExecutable(QStringLiteral("go"));
}
} // namespace

class TestMonitor : public QObject {
    Q_OBJECT
private slots:
    void ringIsBoundedAndKeepsPeaks();
    void ringMergesPairwise();
    void csvHeaderAndLines();
    void verdicts_data();
    void verdicts();
    void commandLineInsertsParallelism();
    void samplerV2Fixture();
    void cpuRateNeedsAStretch();
    void waitsForTheProcessToLeaveOurCgroup();
    void permissionDeniedIsANote();
    void samplerV1Fixture();
    void samplerFolderRemovedMidRun();
    void samplerBadFiles();
    void samplerProcessExitsBetweenSamples();
    void samplerRealTreeAndShortChildren();
    void sessionStopKillsTheGroup();
    void sessionCommandNotFound();
    void samplerOwnCgroupFixture();
    void sessionOwnCgroup();
    void sessionOwnCgroupKeepsParentLimit();
    void sessionOwnCgroupLeftoverLivesOn();
    void whatIfOomKill();
    void whatIfCpuQuota();
    void goBuildEndToEnd();
};

void TestMonitor::ringIsBoundedAndKeepsPeaks()
{
    SampleRing ring(16);
    for (int i = 0; i < 1000; ++i) {
        MonitorSample s;
        s.elapsedMs = i * 100;
        s.treeRssBytes = i == 123 ? 5 * kGiB : 100 * kMiB;
        s.cgroupMemoryBytes = i == 500 ? 7 * kGiB : 200 * kMiB;
        s.treeCpuCores = 1.0;
        s.oomKills = i / 100;
        ring.add(s);
        QVERIFY(ring.size() <= 16);
    }
    QCOMPARE(ring.totalAdded(), qint64(1000));
    qint64 peakTree = 0, peakCgroup = 0;
    int merged = 0;
    qint64 previous = -1;
    for (const MonitorSample &s : ring.samples()) {
        peakTree = qMax(peakTree, s.treeRssBytes);
        peakCgroup = qMax(peakCgroup, s.cgroupMemoryBytes);
        merged += s.merged;
        QVERIFY2(s.elapsedMs > previous, "samples stay in time order");
        previous = s.elapsedMs;
        QCOMPARE(s.treeCpuCores, 1.0);
    }
    QCOMPARE(peakTree, 5 * kGiB);
    QCOMPARE(peakCgroup, 7 * kGiB);
    QCOMPARE(merged, 1000);
    QCOMPARE(ring.samples().constLast().elapsedMs, qint64(999 * 100));
    QCOMPARE(ring.samples().constLast().merged, 1); // the recent part stays exact
    QCOMPARE(ring.samples().constLast().oomKills, qint64(9));
}

void TestMonitor::ringMergesPairwise()
{
    SampleRing ring(4);
    const auto sample = [](qint64 ms, qint64 rss, double cores, qint64 oom) {
        MonitorSample s;
        s.elapsedMs = ms;
        s.treeRssBytes = rss;
        s.treeCpuCores = cores;
        s.cgroupCpuCores = -1;
        s.oomKills = oom;
        s.treeCpuMsTotal = ms;
        return s;
    };
    ring.add(sample(100, 300, 1.0, 0));
    ring.add(sample(200, 100, 3.0, 1));
    ring.add(sample(300, 50, 0.5, 1));
    ring.add(sample(400, 60, 0.5, 1));
    ring.add(sample(500, 70, 0.5, 2)); // full: the older half (two samples) becomes one
    QCOMPARE(ring.size(), 4);
    const MonitorSample &m = ring.samples().constFirst();
    QCOMPARE(m.merged, 2);
    QCOMPARE(m.elapsedMs, qint64(200));    // the later time
    QCOMPARE(m.treeRssBytes, qint64(300)); // the peak
    QCOMPARE(m.treeCpuCores, 2.0);         // the average
    QCOMPARE(m.oomKills, qint64(1));       // the later counter
    QCOMPARE(m.treeCpuMsTotal, qint64(200));
    QCOMPARE(m.cgroupCpuCores, -1.0); // unknown stays unknown
    QCOMPARE(ring.samples().at(1).elapsedMs, qint64(300));
}

void TestMonitor::csvHeaderAndLines()
{
    MonitorSample s;
    s.elapsedMs = 1500;
    s.processCount = 3;
    s.treeRssBytes = 1234;
    s.treeCpuCores = 1.5;
    s.memoryLimitBytes = -1;
    const QString line = MonitorCsv::line(s);
    QCOMPARE(line.split(QLatin1Char(',')).size(), MonitorCsv::header().split(QLatin1Char(',')).size());
    QVERIFY2(line.startsWith(QLatin1String("1500,3,1234,1.500,")), qPrintable(line));
    QCOMPARE(line.split(QLatin1Char(',')).at(7), QString()); // no limit: an empty cell

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("samples.csv"));
    QString error;
    QVERIFY2(MonitorCsv::write(file, {s, s}, &error), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QCOMPARE(QString::fromUtf8(lines.at(0)), MonitorCsv::header());
    QVERIFY(!MonitorCsv::write(dir.filePath(QStringLiteral("no/such/folder/x.csv")), {s}, &error));
    QVERIFY(!error.isEmpty());
}

void TestMonitor::verdicts_data()
{
    QTest::addColumn<qint64>("peak");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<int>("signal");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<qint64>("oomKills");
    QTest::addColumn<qint64>("throttledUsec");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("words");

    const qint64 peak17 = qint64(1.7 * double(kGiB));
    QTest::newRow("near the limit") << peak17 << 2 * kGiB << 0 << 0 << qint64(0) << qint64(0)
                                    << int(BuildSummary::Level::Warning)
                                    << QStringLiteral("Peak 1.7 GiB of your 2.0 GiB");
    QTest::newRow("oom kill") << 2 * kGiB << 2 * kGiB << 9 << 137 << qint64(1) << qint64(0)
                              << int(BuildSummary::Level::Error)
                              << QStringLiteral("killed the build: it needed more than the 2.0 GiB limit");
    QTest::newRow("no limit") << 512 * kMiB << qint64(-1) << 0 << 0 << qint64(0) << qint64(0)
                              << int(BuildSummary::Level::Info) << QStringLiteral("no memory limit");
    QTest::newRow("headroom") << 512 * kMiB << 4 * kGiB << 0 << 0 << qint64(0) << qint64(0)
                              << int(BuildSummary::Level::Ok) << QStringLiteral("enough headroom");
    QTest::newRow("throttled") << 512 * kMiB << 4 * kGiB << 0 << 0 << qint64(0) << qint64(12'000'000)
                               << int(BuildSummary::Level::Warning)
                               << QStringLiteral("Throttled for 12 s of 40 s: the CPU quota (1 core) slows the build");
    QTest::newRow("failed build") << 100 * kMiB << qint64(-1) << 0 << 1 << qint64(0) << qint64(0)
                                  << int(BuildSummary::Level::Warning) << QStringLiteral("exit status 1");
}

void TestMonitor::verdicts()
{
    QFETCH(qint64, peak);
    QFETCH(qint64, limit);
    QFETCH(int, signal);
    QFETCH(int, exitCode);
    QFETCH(qint64, oomKills);
    QFETCH(qint64, throttledUsec);
    QFETCH(int, level);
    QFETCH(QString, words);
    BuildSummary s;
    s.started = true;
    s.peakCgroupBytes = peak;
    s.memoryLimitBytes = limit;
    s.signal = signal;
    s.exitCode = exitCode;
    s.oomKills = oomKills;
    s.throttledUsec = throttledUsec;
    s.cpuQuotaCores = 1;
    s.wallMs = 40000;
    BuildVerdict::judge(s);
    QVERIFY2(s.verdict.contains(words), qPrintable(s.verdict));
    QCOMPARE(int(s.level), level);
}

void TestMonitor::commandLineInsertsParallelism()
{
    BuildRequest r;
    QCOMPARE(BuildSession::commandLine(r), QStringList({"go", "build", "./..."}));
    r.parallelism = 2;
    QCOMPARE(BuildSession::commandLine(r), QStringList({"go", "build", "-p", "2", "./..."}));
    r.argv = {"/usr/bin/go", "test", "-race", "./..."};
    QCOMPARE(BuildSession::commandLine(r), QStringList({"/usr/bin/go", "test", "-p", "2", "-race", "./..."}));
    r.argv = {"go", "env"};
    QCOMPARE(BuildSession::commandLine(r), QStringList({"go", "env"}));
    r.argv = {"make", "build"};
    QCOMPARE(BuildSession::commandLine(r), QStringList({"make", "build"}));
}

void TestMonitor::samplerV2Fixture()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString parent = root.filePath(QStringLiteral("user.slice"));
    const QString cg = parent + QStringLiteral("/build.scope");
    QVERIFY(QDir().mkpath(cg));
    QVERIFY(writeText(parent + "/memory.max", "2147483648\n"));
    QVERIFY(writeText(parent + "/memory.high", "max\n"));
    QVERIFY(writeText(parent + "/cpu.max", "max 100000\n"));
    QVERIFY(writeText(cg + "/memory.max", "max\n"));
    QVERIFY(writeText(cg + "/memory.high", "1610612736\n"));
    QVERIFY(writeText(cg + "/cpu.max", "150000 100000\n"));
    QVERIFY(writeText(cg + "/memory.current", "104857600\n"));
    // History before the build: 5 OOM kills that are not the build's.
    QVERIFY(writeText(cg + "/memory.events", "low 0\nhigh 2\nmax 0\noom 5\noom_kill 5\n"));
    QVERIFY(writeText(cg + "/cpu.stat", "usage_usec 1000000\nuser_usec 0\nsystem_usec 0\nnr_periods 10\n"
                                        "nr_throttled 3\nthrottled_usec 5000\n"));
    QVERIFY(writeText(cg + "/memory.pressure", "some avg10=1.50 avg60=0.00 avg300=0.00 total=10\n"
                                               "full avg10=0.00 avg60=0.00 avg300=0.00 total=0\n"));

    Sleeper sleeper;
    BuildSampler::Paths paths;
    paths.memoryCgroup = paths.cpuCgroup = cg;
    paths.v2 = true;
    BuildSampler sampler(paths);
    sampler.attach(sleeper.pid());
    QVERIFY(sampler.cgroupDescription().contains(QLatin1String("v2")));

    MonitorSample s = sampler.sampleOnce();
    QCOMPARE(s.processCount, 1);
    QVERIFY(s.treeRssBytes > 0);
    QCOMPARE(s.cgroupMemoryBytes, 100 * kMiB);
    QCOMPARE(s.memoryLimitBytes, 2 * kGiB); // the parent's limit binds the child
    QCOMPARE(s.memoryHighBytes, qint64(1610612736));
    QCOMPARE(s.cpuQuotaCores, 1.5);
    QCOMPARE(s.oomKills, qint64(0));
    QCOMPARE(s.throttledPeriods, qint64(0));
    QCOMPARE(s.memoryPressure, 1.5);
    QVERIFY(sampler.takeEvents().isEmpty());

    QThread::msleep(50);
    QVERIFY(writeText(cg + "/memory.current", "524288000\n"));
    QVERIFY(writeText(cg + "/memory.events", "low 0\nhigh 4\nmax 1\noom 6\noom_kill 6\n"));
    QVERIFY(writeText(cg + "/cpu.stat", "usage_usec 1050000\nnr_periods 20\nnr_throttled 7\nthrottled_usec 45000\n"));
    s = sampler.sampleOnce();
    QCOMPARE(s.cgroupMemoryBytes, 500 * kMiB);
    QCOMPARE(s.oomKills, qint64(1));
    QCOMPARE(s.throttledPeriods, qint64(4));
    QCOMPARE(s.throttledUsec, qint64(40000));
    QVERIFY2(s.cgroupCpuCores > 0 && s.cgroupCpuCores <= 1.01, qPrintable(QString::number(s.cgroupCpuCores)));
    const QList<MonitorEvent> events = sampler.takeEvents();
    qint64 count = 0;
    QVERIFY(hasEvent(events, MonitorEvent::Kind::OomKill, &count));
    QCOMPARE(count, qint64(1));
    QVERIFY(hasEvent(events, MonitorEvent::Kind::Throttled, &count));
    QCOMPARE(count, qint64(4));
    QVERIFY(hasEvent(events, MonitorEvent::Kind::MemoryHigh, &count));
    QCOMPARE(count, qint64(2));
    QVERIFY(notesOf(events).isEmpty());

    // Nothing new: no new events, counters stay.
    s = sampler.sampleOnce();
    QCOMPARE(s.oomKills, qint64(1));
    QVERIFY(sampler.takeEvents().isEmpty());
}

void TestMonitor::samplerV1Fixture()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString mem = root.filePath(QStringLiteral("memory/session"));
    const QString memChild = mem + QStringLiteral("/build");
    const QString cpu = root.filePath(QStringLiteral("cpu/build"));
    const QString acct = root.filePath(QStringLiteral("cpuacct/build"));
    for (const QString &d : {memChild, cpu, acct})
        QVERIFY(QDir().mkpath(d));
    QVERIFY(writeText(mem + "/memory.limit_in_bytes", "1073741824\n"));
    QVERIFY(writeText(memChild + "/memory.limit_in_bytes", "9223372036854771712\n"));
    QVERIFY(writeText(memChild + "/memory.usage_in_bytes", "209715200\n"));
    QVERIFY(writeText(memChild + "/memory.oom_control", "oom_kill_disable 0\nunder_oom 0\noom_kill 0\n"));
    QVERIFY(writeText(cpu + "/cpu.cfs_quota_us", "50000\n"));
    QVERIFY(writeText(cpu + "/cpu.cfs_period_us", "100000\n"));
    QVERIFY(writeText(cpu + "/cpu.stat", "nr_periods 0\nnr_throttled 0\nthrottled_time 0\n"));
    QVERIFY(writeText(acct + "/cpuacct.usage", "1000000000\n"));

    Sleeper sleeper;
    BuildSampler::Paths paths;
    paths.memoryCgroup = memChild;
    paths.cpuCgroup = cpu;
    paths.cpuacctCgroup = acct;
    BuildSampler sampler(paths);
    sampler.attach(sleeper.pid());
    MonitorSample s = sampler.sampleOnce();
    QCOMPARE(s.cgroupMemoryBytes, 200 * kMiB);
    QCOMPARE(s.memoryLimitBytes, kGiB);
    QCOMPARE(s.memoryHighBytes, qint64(-1));
    QCOMPARE(s.cpuQuotaCores, 0.5);
    QCOMPARE(s.memoryPressure, -1.0);

    QThread::msleep(50);
    QVERIFY(writeText(memChild + "/memory.oom_control", "oom_kill_disable 0\nunder_oom 1\noom_kill 2\n"));
    QVERIFY(writeText(cpu + "/cpu.stat", "nr_periods 9\nnr_throttled 5\nthrottled_time 3000000000\n"));
    QVERIFY(writeText(acct + "/cpuacct.usage", "1025000000\n"));
    s = sampler.sampleOnce();
    QCOMPARE(s.oomKills, qint64(2));
    QCOMPARE(s.throttledPeriods, qint64(5));
    QCOMPARE(s.throttledUsec, qint64(3'000'000)); // throttled_time is in ns
    QVERIFY(s.cgroupCpuCores > 0);
    qint64 count = 0;
    QVERIFY(hasEvent(sampler.takeEvents(), MonitorEvent::Kind::OomKill, &count));
    QCOMPARE(count, qint64(2));
}

void TestMonitor::samplerFolderRemovedMidRun()
{
    QTemporaryDir root;
    const QString cg = root.filePath(QStringLiteral("cg"));
    QVERIFY(QDir().mkpath(cg));
    QVERIFY(writeText(cg + "/memory.current", "1000\n"));
    QVERIFY(writeText(cg + "/memory.events", "oom_kill 0\n"));
    QVERIFY(writeText(cg + "/cpu.stat", "usage_usec 10\n"));
    Sleeper sleeper;
    BuildSampler::Paths paths;
    paths.memoryCgroup = paths.cpuCgroup = cg;
    paths.v2 = true;
    BuildSampler sampler(paths);
    sampler.attach(sleeper.pid());
    QCOMPARE(sampler.sampleOnce().cgroupMemoryBytes, qint64(1000));
    QVERIFY(QDir(cg).removeRecursively());
    MonitorSample s = sampler.sampleOnce();
    QCOMPARE(s.cgroupMemoryBytes, qint64(-1));
    QCOMPARE(s.processCount, 1); // the process tree is still measured
    QStringList notes = notesOf(sampler.takeEvents());
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.constFirst().contains(QLatin1String("disappeared")) && notes.constFirst().contains(cg),
             qPrintable(notes.constFirst()));
    sampler.sampleOnce();
    QVERIFY2(notesOf(sampler.takeEvents()).isEmpty(), "the note is given once");
}

void TestMonitor::samplerBadFiles()
{
    QTemporaryDir root;
    const QString cg = root.filePath(QStringLiteral("cg"));
    QVERIFY(QDir().mkpath(cg));
    QVERIFY(writeText(cg + "/memory.current", "1000\n"));
    QVERIFY(writeText(cg + "/memory.events", "oom_kill 0\n"));
    QVERIFY(writeText(cg + "/memory.max", "max\n"));
    QVERIFY(writeText(cg + "/cpu.max", "max 100000\n"));
    QVERIFY(writeText(cg + "/cpu.stat", "usage_usec 10\n"));
    Sleeper sleeper;
    BuildSampler::Paths paths;
    paths.memoryCgroup = paths.cpuCgroup = cg;
    paths.v2 = true;
    BuildSampler sampler(paths);
    sampler.attach(sleeper.pid());
    sampler.sampleOnce();
    QVERIFY(sampler.takeEvents().isEmpty());

    // A file replaced by a folder, garbage in another, binary junk in a third.
    QVERIFY(QFile::remove(cg + "/memory.current"));
    QVERIFY(QDir().mkdir(cg + "/memory.current"));
    QVERIFY(writeText(cg + "/memory.events", "\x01\x02garbage without numbers\xff"));
    QVERIFY(writeText(cg + "/cpu.stat", QByteArray(5000, 'x')));
    QVERIFY(writeText(cg + "/memory.max", "lots\n"));
    QVERIFY(writeText(cg + "/cpu.max", "1 2 3 4\n"));
    MonitorSample s;
    for (int i = 0; i < 3; ++i)
        s = sampler.sampleOnce();
    QCOMPARE(s.cgroupMemoryBytes, qint64(-1));
    QCOMPARE(s.oomKills, qint64(0));
    QCOMPARE(s.processCount, 1);
    const QStringList notes = notesOf(sampler.takeEvents());
    QCOMPARE(notes.size(), 3); // one each, not one per sample
    QVERIFY2(notes.join('\n').contains(QLatin1String("memory.current could not be read")),
             qPrintable(notes.join('\n')));
    QVERIFY(notes.join('\n').contains(QLatin1String("memory.events holds something")));
    QVERIFY(notes.join('\n').contains(QLatin1String("cpu.stat holds something")));
}

void TestMonitor::samplerProcessExitsBetweenSamples()
{
    // A shell with a child that burns CPU and exits, then the shell itself exits.
    QProcess sh;
    sh.start(QStringLiteral("sh"),
             {QStringLiteral("-c"), QStringLiteral("sleep 2 & (i=0; while [ $i -lt 300000 ]; do i=$((i+1)); done) & "
                                                   "sleep 0.3; wait $!; exec sleep 1")});
    QVERIFY(sh.waitForStarted(5000));
    BuildSampler sampler; // real /proc, cgroup found from /proc/PID/cgroup
    sampler.attach(sh.processId());
    int most = 0;
    qint64 lastCpu = 0;
    for (int i = 0; i < 12; ++i) {
        const MonitorSample s = sampler.sampleOnce();
        most = qMax(most, s.processCount);
        QVERIFY2(s.treeCpuMsTotal >= lastCpu, "CPU time never goes back");
        lastCpu = s.treeCpuMsTotal;
        QThread::msleep(100);
    }
    QVERIFY2(most >= 3, qPrintable(QString::number(most)));
    QVERIFY2(lastCpu > 0, "the child that ended keeps its CPU in the total");
    sh.kill();
    sh.waitForFinished(5000);
    // Everything is gone: samples still work, count what is left (the orphaned sleep 30).
    const MonitorSample s = sampler.sampleOnce();
    QVERIFY(s.processCount <= 1);
    QCOMPARE(s.treeCpuMsTotal, lastCpu);
    for (const MonitorEvent &e : sampler.takeEvents())
        QVERIFY2(e.kind == MonitorEvent::Kind::Note, "no counter event from a plain run");
}

void TestMonitor::samplerRealTreeAndShortChildren()
{
    // Many short children (each shorter than the sampling interval): their CPU still counts,
    // through the parent's cutime. The true figure comes from getrusage after the reap.
    rusage before{};
    ::getrusage(RUSAGE_CHILDREN, &before);
    QProcess sh;
    sh.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("for n in 1 2 3 4 5 6 7 8; do sh -c 'i=0; "
                                                                         "while [ $i -lt 40000 ]; do i=$((i+1)); "
                                                                         "done'; done; sleep 0.3")});
    QVERIFY(sh.waitForStarted(5000));
    BuildSampler sampler;
    sampler.attach(sh.processId());
    MonitorSample s;
    while (sh.state() != QProcess::NotRunning) {
        s = sampler.sampleOnce();
        sh.waitForFinished(200);
    }
    rusage after{};
    ::getrusage(RUSAGE_CHILDREN, &after);
    const auto ms = [](const timeval &t) { return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000; };
    const qint64 truth = ms(after.ru_utime) + ms(after.ru_stime) - ms(before.ru_utime) - ms(before.ru_stime);
    const qint64 measured = sampler.treeCpuMsTotal();
    QVERIFY2(truth > 50, qPrintable(QString::number(truth)));
    QVERIFY2(measured >= truth * 6 / 10 && measured <= truth * 12 / 10 + 20,
             qPrintable(QStringLiteral("measured %1 ms, getrusage %2 ms").arg(measured).arg(truth)));
    QVERIFY(!sampler.cgroupDescription().isEmpty());
    if (QFile::exists(QStringLiteral("/proc/self/cgroup")) && sampler.paths().memoryCgroup.startsWith('/'))
        QVERIFY2(s.cgroupMemoryBytes > 0, qPrintable(sampler.paths().memoryCgroup));
}

void TestMonitor::sessionStopKillsTheGroup()
{
    QTemporaryDir dir;
    const QString marker = dir.filePath(QStringLiteral("child.pid"));
    BuildSession session;
    BuildRequest request;
    request.folder = dir.path();
    request.argv = {QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("sleep 60 & echo $! > child.pid; echo started; wait")};
    request.intervalMs = 50;
    QSignalSpy finished(&session, &BuildSession::finished);
    QSignalSpy output(&session, &BuildSession::outputReceived);
    QSignalSpy started(&session, &BuildSession::started);
    session.start(request);
    QVERIFY(session.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker) && output.count() > 0, 5000);
    QVERIFY(started.count() == 1 || started.wait(2000));
    session.stop();
    QVERIFY(finished.wait(6000));
    const BuildSummary s = session.summary();
    QCOMPARE(s.signal, SIGTERM);
    QCOMPARE(s.exitCode, 128 + SIGTERM);
    QVERIFY2(s.exitDescription.contains(QLatin1String("SIGTERM")), qPrintable(s.exitDescription));
    QVERIFY(!session.isRunning());
    QFile f(marker);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const qint64 child = f.readAll().trimmed().toLongLong();
    QVERIFY(child > 0);
    // The background sleep was in the same process group: it got the signal too.
    QTRY_VERIFY_WITH_TIMEOUT(!aliveProcess(child), 3000);
    QVERIFY(output.count() > 0);
    QVERIFY(output.constFirst().constFirst().toString().contains(QLatin1String("started")));
}

void TestMonitor::sessionCommandNotFound()
{
    BuildSession session;
    BuildRequest request;
    request.argv = {QStringLiteral("/no/such/command-ged")};
    const BuildSummary s = runSession(session, request, 5000);
    QVERIFY(!s.started);
    QCOMPARE(s.exitCode, 127);
    QVERIFY(!s.startError.isEmpty());
    QCOMPARE(s.level, BuildSummary::Level::Error);
    QVERIFY(!session.isRunning());
}

void TestMonitor::samplerOwnCgroupFixture()
{
    // Own-cgroup mode on fixture files: membership from cgroup.procs (junk in it ignored), the
    // tree's CPU from the cgroup's counter, and a /proc fixture with hostile stat lines.
    QTemporaryDir root;
    const QString cg = root.filePath(QStringLiteral("cg"));
    const QString proc = root.filePath(QStringLiteral("proc"));
    QVERIFY(QDir().mkpath(cg));
    for (const char *pid : {"100", "101", "102", "103"})
        QVERIFY(QDir().mkpath(proc + "/" + pid));
    // A command name with spaces and ')' in it; fields are counted from the last ')'.
    QVERIFY(writeText(proc + "/100/stat", "100 (go) (build) x) S 1 100 100 0 -1 4194560 10 0 0 0 "
                                          "250 50 0 0 20 0 1 0 10 100000 512 18446744073709551615\n"));
    QVERIFY(writeText(proc + "/101/stat", "101 (compile) R 100 100 100 0 -1 0 0 0 0 0 100 0 7 3 20 0 "
                                          "4 0 11 100000 1024\n"));
    QVERIFY(writeText(proc + "/102/stat", "102 (cut) S 100 100")); // cut short: not counted
    QVERIFY(writeText(proc + "/103/stat", QByteArray(3000, ')'))); // junk: not counted
    QVERIFY(writeText(cg + "/cgroup.procs", "100\n101\n102\n103\n104\njunk\n-5\n0\n"));
    QVERIFY(writeText(cg + "/memory.current", "4096\n"));
    QVERIFY(writeText(cg + "/memory.events", "oom_kill 0\n"));
    QVERIFY(writeText(cg + "/cpu.stat", "usage_usec 2500000\nnr_throttled 0\nthrottled_usec 0\n"));

    BuildSampler::Paths paths;
    paths.proc = proc;
    paths.memoryCgroup = paths.cpuCgroup = cg;
    paths.v2 = true;
    paths.buildOwnsCgroup = true;
    BuildSampler sampler(paths);
    sampler.attach(100);
    QVERIFY2(sampler.cgroupDescription().contains(QLatin1String("the build's own cgroup")),
             qPrintable(sampler.cgroupDescription()));
    MonitorSample s = sampler.sampleOnce();
    QCOMPARE(s.processCount, 2);
    QCOMPARE(s.treeRssBytes, (512 + 1024) * ::sysconf(_SC_PAGESIZE));
    QCOMPARE(s.treeCpuMsTotal, qint64(2500)); // the cgroup's counter, not the ticks
    QCOMPARE(s.cgroupMemoryBytes, qint64(4096));

    // 101 left the cgroup (it ended): it is dropped; the counter moves on.
    QVERIFY(writeText(cg + "/cgroup.procs", "100\n"));
    QVERIFY(writeText(cg + "/cpu.stat", "usage_usec 3000000\nnr_throttled 0\nthrottled_usec 0\n"));
    s = sampler.sampleOnce();
    QCOMPARE(s.processCount, 1);
    QCOMPARE(s.treeCpuMsTotal, qint64(3000));
    QCOMPARE(s.treeRssBytes, 512 * ::sysconf(_SC_PAGESIZE));

    // Everything gone: an empty list is an empty tree, not an error.
    QVERIFY(writeText(cg + "/cgroup.procs", ""));
    s = sampler.sampleOnce();
    QCOMPARE(s.processCount, 0);
    QCOMPARE(s.treeCpuMsTotal, qint64(3000));
    QVERIFY2(notesOf(sampler.takeEvents()).isEmpty(), "nothing here deserves a note");
}

void TestMonitor::sessionOwnCgroup()
{
    const WhatIfLauncher probe = WhatIfLauncher::probeOwnCgroup();
    if (!probe.available())
        QSKIP(
            qPrintable(QStringLiteral("cgroups are not writable here, the fallback is used: %1").arg(probe.reason())));
    // What the parent chain gives (no cgroup of its own: this process's cgroup and its ancestors).
    BuildSampler self;
    self.attach(QCoreApplication::applicationPid());
    const MonitorSample parent = self.sampleOnce();

    int most = 0;
    QString buildCgroup;
    const BuildSummary s = runOwnCgroupSession(&most, &buildCgroup);
    QVERIFY2(s.started && s.exitCode == 0, qPrintable(s.startError + s.exitDescription));
    QVERIFY(s.ownCgroup);
    QVERIFY2(s.cgroupDescription.contains(QLatin1String("the build's own cgroup")), qPrintable(s.cgroupDescription));
    QVERIFY2(most >= 6, qPrintable(QStringLiteral("the shell and its 5 sleeps, saw %1").arg(most)));
    QVERIFY2(s.peakCgroupBytes > 0, qPrintable(QString::number(s.peakCgroupBytes)));
    QVERIFY2(s.cpuMs > 0, qPrintable(QString::number(s.cpuMs)));
    QCOMPARE(s.memoryLimitBytes, parent.memoryLimitBytes);
    QCOMPARE(s.cpuQuotaCores, parent.cpuQuotaCores);
    QVERIFY2(s.notes.isEmpty(), qPrintable(s.notes.join('\n')));
    // It ran in a child of our own cgroup, and that child is gone.
    if (probe.method() == WhatIfLauncher::Method::ChildCgroup) {
        const QString ours = memoryCgroupOf(QCoreApplication::applicationPid());
        QVERIFY2(buildCgroup.contains(QLatin1String("/ged-build-")), qPrintable(buildCgroup));
        QVERIFY2(buildCgroup.startsWith(ours), qPrintable(buildCgroup + QLatin1String(" not under ") + ours));
        const QString folder = self.paths().memoryCgroup + QLatin1Char('/') + QFileInfo(buildCgroup).fileName();
        QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder));
    }
}

void TestMonitor::sessionOwnCgroupKeepsParentLimit()
{
    // Move this test into a new cgroup of its own making with a memory limit (a new cgroup: no
    // existing one is changed), run a build there, and check that the build's own cgroup, made
    // inside, still has that limit as its effective one. v1 only: on v2 this process could not
    // sit in a cgroup that also has children with controllers.
    const WhatIfLauncher probe = WhatIfLauncher::probeOwnCgroup();
    if (!probe.available() || probe.method() != WhatIfLauncher::Method::ChildCgroup)
        QSKIP(qPrintable(QStringLiteral("no child cgroup can be made here: %1").arg(probe.reason())));
    BuildSampler self;
    self.attach(QCoreApplication::applicationPid());
    if (self.paths().v2)
        QSKIP("cgroup v2: this process cannot move into a limited cgroup of its own making and also host children");
    const QString home = self.paths().memoryCgroup;
    const QString limited = home + QStringLiteral("/ged-test-limit-%1").arg(QCoreApplication::applicationPid());
    QVERIFY2(QDir().mkdir(limited), qPrintable(limited));
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
    struct Restore {
        QString home, limited;
        QByteArray pid;
        ~Restore()
        {
            QFile back(home + QStringLiteral("/cgroup.procs"));
            if (back.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
                back.write(pid);
            back.close();
            for (int i = 0; i < 50 && !QDir().rmdir(limited); ++i)
                QThread::msleep(20);
        }
    } restore{home, limited, pid};
    constexpr qint64 kLimit = 3 * kGiB;
    QVERIFY(writeText(limited + "/memory.limit_in_bytes", QByteArray::number(kLimit)));
    QVERIFY(writeText(limited + "/cgroup.procs", pid));

    int most = 0;
    QString buildCgroup;
    const BuildSummary s = runOwnCgroupSession(&most, &buildCgroup);
    QVERIFY2(s.started && s.exitCode == 0, qPrintable(s.startError + s.exitDescription));
    QVERIFY(s.ownCgroup);
    QVERIFY2(most >= 6, qPrintable(QString::number(most)));
    QVERIFY2(buildCgroup.contains(QFileInfo(limited).fileName() + QLatin1String("/ged-build-")),
             qPrintable(buildCgroup));
    QCOMPARE(s.memoryLimitBytes, kLimit); // the parent's limit binds the build's own cgroup
    QVERIFY2(!QFileInfo::exists(limited + QLatin1Char('/') + QFileInfo(buildCgroup).fileName()),
             "the build's cgroup was removed");
}

void TestMonitor::sessionOwnCgroupLeftoverLivesOn()
{
    // A build that leaves a daemon behind: its own cgroup is still removed, and the daemon is not
    // killed (it goes back to our cgroup, where it would have run without the monitor).
    const WhatIfLauncher probe = WhatIfLauncher::probeOwnCgroup();
    if (!probe.available() || probe.method() != WhatIfLauncher::Method::ChildCgroup)
        QSKIP(qPrintable(QStringLiteral("no child cgroup can be made here: %1").arg(probe.reason())));
    BuildSession session;
    BuildRequest request;
    request.argv = {QStringLiteral("sh"), QStringLiteral("-c"),
                    QStringLiteral("sleep 30 >/dev/null 2>&1 & echo $!; sleep 0.5")};
    QString output;
    connect(&session, &BuildSession::outputReceived, this, [&](const QString &text) { output += text; });
    const BuildSummary s = runSession(session, request, 20000);
    // The summary names the folder ("…/ged-build-PID-N (v1, the build's own cgroup)").
    const QString buildCgroup = s.cgroupDescription.section(QLatin1Char(' '), 0, 0);
    QVERIFY2(s.started && s.exitCode == 0, qPrintable(s.exitDescription));
    QVERIFY(s.ownCgroup);
    const qint64 daemon = output.trimmed().toLongLong();
    QVERIFY2(daemon > 0, qPrintable(output));
    const bool alive = aliveProcess(daemon);
    const QString now = memoryCgroupOf(daemon);
    ::kill(pid_t(daemon), SIGKILL);
    QVERIFY2(alive, "the leftover was not killed");
    QCOMPARE(now, memoryCgroupOf(QCoreApplication::applicationPid()));
    QVERIFY2(buildCgroup.contains(QLatin1String("/ged-build-")), qPrintable(buildCgroup));
    BuildSampler self;
    self.attach(QCoreApplication::applicationPid());
    QVERIFY2(!QFileInfo::exists(self.paths().memoryCgroup + QLatin1Char('/') + QFileInfo(buildCgroup).fileName()),
             "the build's cgroup was removed");
    QVERIFY2(s.notes.isEmpty(), qPrintable(s.notes.join('\n')));
}

void TestMonitor::whatIfOomKill()
{
    const WhatIfLauncher launcher = WhatIfLauncher::probe();
    if (launcher.method() != WhatIfLauncher::Method::ChildCgroup)
        QSKIP(qPrintable(QStringLiteral("no child cgroup can be made here (method %1): %2")
                             .arg(launcher.methodName(), launcher.reason())));
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        QSKIP("/usr/bin/python3 is needed to allocate memory");

    BuildSession session;
    BuildRequest request;
    request.folder = QDir::tempPath();
    // Allocates (and touches) 16 MiB at a time until the kernel kills it; bounded at 1 GiB.
    request.argv = {python, QStringLiteral("-c"),
                    QStringLiteral("import time\nb=[]\nfor i in range(64):\n    b.append(b'\\x01' * (16 << 20))\n"
                                   "    time.sleep(0.02)\nprint('survived')")};
    request.intervalMs = 50;
    request.limits.memoryMaxBytes = 64 * kMiB;
    QSignalSpy events(&session, &BuildSession::eventRaised);
    QSignalSpy startedSpy(&session, &BuildSession::started);
    const BuildSummary s = runSession(session, request, 30000);
    QVERIFY2(s.started, qPrintable(s.startError));
    QVERIFY(s.whatIf);
    QCOMPARE(s.whatIfMethod, launcher.methodName());
    QCOMPARE(s.signal, SIGKILL);
    QCOMPARE(s.exitCode, 128 + SIGKILL);
    QVERIFY2(s.oomKills >= 1, qPrintable(s.verdict));
    QCOMPARE(s.memoryLimitBytes, 64 * kMiB);
    QCOMPARE(s.level, BuildSummary::Level::Error);
    QVERIFY2(s.verdict.contains(QLatin1String("killed the build")), qPrintable(s.verdict));
    QVERIFY(s.peakBytes() > 32 * kMiB);
    QVERIFY(s.samples > 0);
    QCOMPARE(session.samples().samples().constLast().oomKills, s.oomKills);
    QList<MonitorEvent> raised;
    for (const QList<QVariant> &args : std::as_const(events))
        raised << args.constFirst().value<MonitorEvent>();
    QVERIFY(hasEvent(raised, MonitorEvent::Kind::OomKill));
    QVERIFY(hasEvent(session.events(), MonitorEvent::Kind::OomKill));
    QVERIFY2(s.cgroupDescription.contains(QLatin1String("ged-whatif-")), qPrintable(s.cgroupDescription));
    // The child cgroup is gone afterwards.
    QCOMPARE(startedSpy.count(), 1);
    const QString folder = s.cgroupDescription.section(QLatin1Char(' '), 0, 0);
    QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder));
    QVERIFY2(s.notes.isEmpty(), qPrintable(s.notes.join('\n')));
}

void TestMonitor::whatIfCpuQuota()
{
    const WhatIfLauncher probe = WhatIfLauncher::probe();
    if (probe.method() != WhatIfLauncher::Method::ChildCgroup)
        QSKIP(qPrintable(QStringLiteral("no child cgroup can be made here: %1").arg(probe.reason())));
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    if (python.isEmpty())
        QSKIP("/usr/bin/python3 is needed for a busy loop");

    // First see whether the cpu controller lets us make a child: prepare() says so.
    WhatIfLauncher launcher = probe;
    QProcess dummy;
    QString error;
    WhatIfLimits cpuOnly;
    cpuOnly.cpuCores = 0.2;
    if (!launcher.prepare(dummy, {QStringLiteral("true")}, cpuOnly, &error))
        QSKIP(qPrintable(QStringLiteral("the cpu controller allows no child here: %1").arg(error)));
    launcher.cleanUp();

    BuildSession session;
    BuildRequest request;
    request.folder = QDir::tempPath();
    request.argv = {python, QStringLiteral("-c"),
                    QStringLiteral("import time\nt=time.time()+1.5\nwhile time.time()<t: pass")};
    request.intervalMs = 100;
    request.limits.cpuCores = 0.2;
    const BuildSummary s = runSession(session, request, 20000);
    QVERIFY2(s.started, qPrintable(s.startError));
    QCOMPARE(s.exitCode, 0);
    QVERIFY2(qAbs(s.cpuQuotaCores - 0.2) < 0.001, qPrintable(QString::number(s.cpuQuotaCores)));
    QVERIFY2(s.throttledPeriods > 0 && s.throttledUsec > 0,
             qPrintable(QStringLiteral("%1 periods, %2 us").arg(s.throttledPeriods).arg(s.throttledUsec)));
    // 1.5 s of wall at 0.2 cores: about 0.3 s of CPU, far from 1.5 s.
    QVERIFY2(s.cpuMs < 800, qPrintable(QString::number(s.cpuMs)));
    QVERIFY(hasEvent(session.events(), MonitorEvent::Kind::Throttled));
    QVERIFY2(s.verdict.contains(QLatin1String("Throttled for")), qPrintable(s.verdict));
    QVERIFY2(s.notes.isEmpty(), qPrintable(s.notes.join('\n')));
}

void TestMonitor::goBuildEndToEnd()
{
    const QString go = goBinary();
    if (go.isEmpty())
        QSKIP("no go on PATH (Debian's golang-go is expected)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mod = dir.filePath(QStringLiteral("mod"));
    QVERIFY(QDir().mkpath(mod));
    QVERIFY(writeText(mod + "/go.mod", "module example.com/monitored\n\ngo 1.19\n"));
    for (int i = 0; i < 4; ++i) {
        const QString pkg = QStringLiteral("%1/pkg%2").arg(mod).arg(i);
        QVERIFY(QDir().mkpath(pkg));
        QByteArray src = "package pkg" + QByteArray::number(i) + "\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\n";
        for (int f = 0; f < 30; ++f)
            src += "func F" + QByteArray::number(f) + "(s string) string { return fmt.Sprintf(\"%d-%s\", " +
                   QByteArray::number(f) + ", strings.ToUpper(s)) }\n";
        QVERIFY(writeText(pkg + "/p.go", src));
    }
    QVERIFY(writeText(mod + "/main.go",
                      "package main\n\nimport (\n\t\"fmt\"\n\t\"example.com/monitored/pkg0\"\n"
                      "\t\"example.com/monitored/pkg1\"\n\t\"example.com/monitored/pkg2\"\n"
                      "\t\"example.com/monitored/pkg3\"\n)\n\nfunc main() { fmt.Println(pkg0.F1(\"a\"), "
                      "pkg1.F2(\"b\"), pkg2.F3(\"c\"), pkg3.F4(\"d\")) }\n"));
    qputenv("GOCACHE", QFile::encodeName(dir.filePath(QStringLiteral("cache"))));
    qputenv("GOPATH", QFile::encodeName(dir.filePath(QStringLiteral("gopath"))));
    qputenv("GOFLAGS", "-mod=mod");
    qputenv("GOTOOLCHAIN", "local");
    qputenv("GOPROXY", "off");
    qputenv("GO111MODULE", "on");

    BuildSession session;
    BuildRequest request;
    request.folder = mod;
    request.argv = {go, QStringLiteral("build"), QStringLiteral("./...")};
    request.intervalMs = 50;
    QString output;
    connect(&session, &BuildSession::outputReceived, this, [&](const QString &text) { output += text; });
    BuildSummary s = runSession(session, request, 60000);
    QVERIFY2(s.started, qPrintable(s.startError));
    QVERIFY2(s.exitCode == 0, qPrintable(s.exitDescription + QLatin1Char('\n') + output));
    QVERIFY2(s.samples > 0, "samples were taken");
    QVERIFY(session.samples().size() > 0);
    QVERIFY2(s.peakTreeRssBytes > 0, "the tree's peak memory is known");
    QVERIFY2(s.cpuMs > 0, qPrintable(QString::number(s.cpuMs)));
    QVERIFY(!s.verdict.isEmpty());
    int most = 0;
    for (const MonitorSample &sample : session.samples().samples())
        most = qMax(most, sample.processCount);
    QVERIFY2(most >= 2, "go runs the compiler as child processes");

    // A syntax error: the build fails and says so.
    QVERIFY(writeText(mod + "/pkg2/broken.go", "package pkg2\n\nfunc Broken( {\n"));
    output.clear();
    s = runSession(session, request, 60000);
    QVERIFY(s.started);
    QVERIFY2(s.exitCode != 0 && s.signal == 0, qPrintable(s.exitDescription));
    QVERIFY2(s.verdict.contains(QStringLiteral("exit status %1").arg(s.exitCode)), qPrintable(s.verdict));
    QVERIFY2(output.contains(QLatin1String("broken.go")), qPrintable(output));
    for (const char *name : {"GOCACHE", "GOPATH", "GOFLAGS", "GOTOOLCHAIN", "GOPROXY", "GO111MODULE"})
        qunsetenv(name);
}

QTEST_GUILESS_MAIN(TestMonitor)
// Right after start a CPU rate over a millisecond or two would turn the exec's CPU into "15 cores":
// a sample too close to the previous one has no rate, and the next one spans the whole stretch.
void TestMonitor::cpuRateNeedsAStretch()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString cg = root.filePath(QStringLiteral("build.scope"));
    QVERIFY(QDir().mkpath(cg));
    QVERIFY(writeText(cg + "/memory.current", "1048576\n"));
    QVERIFY(writeText(cg + "/cpu.stat", "usage_usec 0\nnr_periods 0\nnr_throttled 0\nthrottled_usec 0\n"));
    Sleeper sleeper;
    BuildSampler::Paths paths;
    paths.memoryCgroup = paths.cpuCgroup = cg;
    paths.v2 = true;
    BuildSampler sampler(paths);
    sampler.attach(sleeper.pid());
    sampler.sampleOnce();
    QThread::msleep(40);
    MonitorSample anchor = sampler.sampleOnce(); // the first stretch long enough: rate 0
    QCOMPARE(anchor.cgroupCpuCores, 0.0);
    // 30 ms of CPU, seen at once: no rate yet.
    QVERIFY(writeText(cg + "/cpu.stat", "usage_usec 30000\nnr_periods 0\nnr_throttled 0\nthrottled_usec 0\n"));
    const MonitorSample early = sampler.sampleOnce();
    QCOMPARE(early.cgroupCpuCores, -1.0);
    QCOMPARE(early.treeCpuCores, 0.0);
    QThread::msleep(60);
    const MonitorSample later = sampler.sampleOnce();
    QVERIFY2(later.cgroupCpuCores > 0 && later.cgroupCpuCores < 1.0,
             qPrintable(QString::number(later.cgroupCpuCores))); // 30 ms over >= 60 ms
}

// systemd-run enters its scope a moment after it starts: the session waits until the process's
// cgroup differs from ours (on a desktop ours is a .scope too, so the name alone says nothing).
// Here a shell moves itself into a child of our v1 memory cgroup after 200 ms.
void TestMonitor::waitsForTheProcessToLeaveOurCgroup()
{
    QFile self(QStringLiteral("/proc/self/cgroup"));
    QVERIFY(self.open(QIODevice::ReadOnly));
    const auto members = CgroupParsers::parseProcCgroup(self.readAll());
    QFile mounts(QStringLiteral("/proc/self/mountinfo"));
    QVERIFY(mounts.open(QIODevice::ReadOnly));
    const QString ours =
        CgroupParsers::cgroupFolder(CgroupParsers::parseMountinfo(mounts.readAll()), members, QStringLiteral("memory"));
    const QString child = ours + QStringLiteral("/ged-test-scope-%1").arg(QCoreApplication::applicationPid());
    if (ours.isEmpty() || !QDir().mkdir(child))
        QSKIP("no v1 memory cgroup of ours to make a child in (cgroup v2, or not root)");
    QProcess mover;
    mover.start(
        QStringLiteral("sh"),
        {QStringLiteral("-c"), QStringLiteral("sleep 0.2; echo $$ > '%1/cgroup.procs'; exec sleep 5").arg(child)});
    QVERIFY(mover.waitForStarted(5000));
    QElapsedTimer clock;
    clock.start();
    const bool moved = BuildSession::waitForOtherCgroup(mover.processId(), 3000);
    const qint64 waited = clock.elapsed();
    // One that never moves: false after the timeout.
    Sleeper stays;
    clock.restart();
    const bool stayed = BuildSession::waitForOtherCgroup(stays.pid(), 300);
    const qint64 timedOut = clock.elapsed();
    mover.kill();
    mover.waitForFinished(5000);
    const bool removed = QTest::qWaitFor([&] { return QDir().rmdir(child); }, 3000);
    QVERIFY(removed);
    QVERIFY(!QFileInfo::exists(child));
    QVERIFY(moved);
    QVERIFY2(waited >= 150 && waited < 2500, qPrintable(QString::number(waited)));
    QVERIFY(!stayed);
    QVERIFY2(timedOut >= 300, qPrintable(QString::number(timedOut)));
}

// A cgroup file the user may not read (a v2 subtree owned by someone else): no crash, -1 in the
// sample and one clear note. Root reads everything, so as root the test takes the identity of
// nobody (effective ids only, taken back at once) around the reads.
void TestMonitor::permissionDeniedIsANote()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QString cg = root.filePath(QStringLiteral("build.scope"));
    QVERIFY(QDir().mkpath(cg));
    QVERIFY(QFile::setPermissions(root.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                   QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                                   QFile::ExeGroup));
    QVERIFY(writeText(cg + "/memory.current", "1048576\n"));
    QVERIFY(writeText(cg + "/memory.max", "max\n"));
    QVERIFY(writeText(cg + "/cpu.stat", "usage_usec 10\n"));
    QVERIFY(QFile::setPermissions(cg + "/memory.current", QFileDevice::Permissions()));
    Sleeper sleeper;
    BuildSampler::Paths paths;
    paths.memoryCgroup = paths.cpuCgroup = cg;
    paths.v2 = true;
    BuildSampler sampler(paths);
    const bool root_ = ::geteuid() == 0;
    if (root_) {
        QVERIFY(::setegid(65534) == 0);
        QVERIFY(::seteuid(65534) == 0);
    }
    sampler.attach(sleeper.pid());
    sampler.sampleOnce();
    const MonitorSample s = sampler.sampleOnce();
    if (root_) {
        QVERIFY(::seteuid(0) == 0);
        QVERIFY(::setegid(0) == 0);
    }
    QCOMPARE(s.cgroupMemoryBytes, qint64(-1));
    QCOMPARE(s.processCount, 1);
    const QStringList notes = notesOf(sampler.takeEvents());
    QCOMPARE(notes.size(), 1);
    QVERIFY2(notes.constFirst().contains(QLatin1String("memory.current")), qPrintable(notes.constFirst()));
    qInfo("note: %s", qPrintable(notes.constFirst()));
}

#include "tst_monitor.moc"
