// What does watching a build cost? Starts a tree of ~200 processes the way a BuildSession starts a
// build (in a cgroup of its own, made by WhatIfLauncher::probeOwnCgroup()), samples it with
// BuildSampler at 10 Hz for 10 s and measures the sampler's own CPU time
// (CLOCK_THREAD_CPUTIME_ID). On the same tree and clock it then measures two baselines, each with
// the CPU of the processes it spawns (getrusage RUSAGE_CHILDREN) plus ours for spawning them:
//  - `ps` once per tick (what a person would script);
//  - a shell loop per tick that reads the cgroup's cgroup.procs and runs `cat /proc/PID/stat` for
//    every pid in it.
// Then, for honesty, the fallback (no cgroup of its own: the children lists are walked and the
// shared cgroup is read) on a second tree started outside any new cgroup.
// Targets: under 2% of one core at 10 Hz, and at least 20x cheaper than each baseline.
#include "monitor/BuildSampler.h"
#include "monitor/WhatIfLauncher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace {
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double childrenCpuSeconds()
{
    rusage ru{};
    getrusage(RUSAGE_CHILDREN, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// Sleeps until the next tick of a fixed-rate clock, so every phase takes the same ticks. A phase
// slower than the period (the cat loop) simply runs back to back.
void waitTick(timespec *next, long periodNs)
{
    next->tv_nsec += periodNs;
    while (next->tv_nsec >= 1000000000L) {
        next->tv_nsec -= 1000000000L;
        ++next->tv_sec;
    }
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, next, nullptr) == EINTR) {
    }
}

QList<int> childrenOf(qint64 pid)
{
    QList<int> out;
    QFile f(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &p : f.readAll().simplified().split(' ')) {
            if (p.toInt() > 0)
                out << p.toInt();
        }
    }
    return out;
}

pid_t spawn(const char *const argv[])
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, const_cast<char *const *>(argv), environ) != 0)
        pid = -1;
    posix_spawn_file_actions_destroy(&actions);
    return pid;
}

// CPU of `ticks` runs of argv, one per tick: the children's plus ours for spawning and reaping.
double baseline(const char *const argv[], int ticks, long periodNs)
{
    const double childrenBefore = childrenCpuSeconds();
    double ownCpu = 0;
    timespec next{};
    clock_gettime(CLOCK_MONOTONIC, &next);
    for (int t = 0; t < ticks; ++t) {
        const double before = threadCpuSeconds();
        const pid_t pid = spawn(argv);
        int status = 0;
        if (pid > 0)
            waitpid(pid, &status, 0);
        ownCpu += threadCpuSeconds() - before;
        waitTick(&next, periodNs);
    }
    return childrenCpuSeconds() - childrenBefore + ownCpu;
}

struct Run {
    double cpu = 0; // seconds
    int seen = 0;   // processes in the last sample
};

Run sample(BuildSampler &sampler, int ticks, long periodNs)
{
    Run r;
    timespec next{};
    clock_gettime(CLOCK_MONOTONIC, &next);
    for (int t = 0; t < ticks; ++t) {
        const double before = threadCpuSeconds();
        const MonitorSample s = sampler.sampleOnce();
        r.cpu += threadCpuSeconds() - before;
        r.seen = s.processCount;
        waitTick(&next, periodNs);
    }
    return r;
}

bool waitForTree(qint64 root, int processes)
{
    for (int i = 0; i < 1000 && childrenOf(root).size() < processes; ++i)
        usleep(10000);
    return childrenOf(root).size() >= processes;
}

// End a tree by pid: first the sleeps (listed as the shell's children), then the shell.
void killTree(qint64 root)
{
    for (int pid : childrenOf(root))
        kill(pid_t(pid), SIGKILL);
    kill(pid_t(root), SIGKILL);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // QProcess, as a BuildSession uses it
    const int processes = argc > 1 ? std::atoi(argv[1]) : 200;
    const int hz = argc > 2 ? std::atoi(argv[2]) : 10;
    const int seconds = argc > 3 ? std::atoi(argv[3]) : 10;
    if (processes < 1 || processes > 5000 || hz < 1 || hz > 1000 || seconds < 1 || seconds > 3600) {
        std::fprintf(stderr, "usage: sampler_cost [PROCESSES=200] [HZ=10] [SECONDS=10]\n");
        return 2;
    }
    const int ticks = hz * seconds;
    const long periodNs = 1000000000L / hz;
    // The cat loop forks PROCESSES cats per tick; it cannot keep up with 10 Hz on a small
    // machine, and its cost per tick is what counts, so a tenth of the ticks (at least 10) is enough.
    const int catTicks = qMin(ticks, qMax(10, ticks / 10));

    // The tree: one shell with `processes` sleeping children (all alive for the whole run).
    const QByteArray script = "for i in $(seq " + QByteArray::number(processes) + "); do sleep 600 & done; wait";

    // 1. The product's configuration: the tree in a cgroup of its own, made as BuildSession makes it.
    WhatIfLauncher launcher = WhatIfLauncher::probeOwnCgroup();
    if (!launcher.available()) {
        std::fprintf(stderr, "no cgroup of its own can be made here: %s\n", qPrintable(launcher.reason()));
        return 2;
    }
    QProcess tree;
    tree.setStandardOutputFile(QProcess::nullDevice());
    QString error;
    if (!launcher.prepare(tree, {QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(script)},
                          WhatIfLimits(), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    tree.start();
    if (!tree.waitForStarted(5000) || !waitForTree(tree.processId(), processes)) {
        std::fprintf(stderr, "the tree did not reach %d processes\n", processes);
        if (tree.processId() > 0)
            killTree(tree.processId());
        tree.waitForFinished(5000);
        launcher.cleanUp();
        return 2;
    }
    const qint64 root = tree.processId();
    BuildSampler own(launcher.samplerPaths());
    own.attach(root); // a systemd scope is found here, from /proc/PID/cgroup
    const QString folder = own.paths().memoryCgroup.isEmpty() ? own.paths().cpuCgroup : own.paths().memoryCgroup;
    std::printf("tree: %d processes under pid %lld in %s; %d samples at %d Hz\n", processes + 1, root,
                qPrintable(folder), ticks, hz);
    const Run ownRun = sample(own, ticks, periodNs);
    const QString ownDescription = own.cgroupDescription();

    // 2. Baselines on the same tree.
    const char *const psArgv[] = {"ps", "-e", "-o", "pid=,ppid=,rss=,cputime=", nullptr};
    const double psCpu = baseline(psArgv, ticks, periodNs);
    const QByteArray procsFile = QFile::encodeName(folder + QStringLiteral("/cgroup.procs"));
    const QByteArray loop = "for p in $(cat " + procsFile + "); do cat /proc/$p/stat; done";
    const char *const catArgv[] = {"sh", "-c", loop.constData(), nullptr};
    const double catCpu = baseline(catArgv, catTicks, periodNs);

    killTree(root);
    tree.waitForFinished(5000);
    own.closeFiles();
    launcher.cleanUp();

    // 3. The fallback: no cgroup of its own (children lists walked, the shared cgroup read).
    const char *const shArgv[] = {"sh", "-c", script.constData(), nullptr};
    const pid_t plain = spawn(shArgv);
    Run fallbackRun;
    if (plain > 0 && waitForTree(plain, processes)) {
        BuildSampler shared;
        shared.attach(plain);
        fallbackRun = sample(shared, ticks, periodNs);
    }
    if (plain > 0) {
        killTree(plain);
        waitpid(plain, nullptr, 0);
    }

    const double ownUs = ownRun.cpu / ticks * 1e6;
    const double ownCore = ownUs * hz / 1e6 * 100.0;
    const double psUs = psCpu / ticks * 1e6;
    const double catUs = catCpu / catTicks * 1e6;
    const double psRatio = ownUs > 0 ? psUs / ownUs : 0;
    const double catRatio = ownUs > 0 ? catUs / ownUs : 0;
    const double fbUs = fallbackRun.cpu / ticks * 1e6;
    const bool sawAll = ownRun.seen == processes + 1;
    const bool coreOk = ownCore < 2.0;
    const bool psOk = psRatio >= 20;
    const bool catOk = catRatio >= 20;
    const auto verdict = [](bool ok) { return ok ? "PASS" : "FAIL"; };

    std::printf("sampler (own cgroup)     : %6.0f us CPU per sample, %5.2f%% of one core at %d Hz (saw %d processes; "
                "%s)\n",
                ownUs, ownCore, hz, ownRun.seen, qPrintable(ownDescription));
    std::printf("baseline ps              : %6.0f us CPU per tick,   %5.2f%% of one core at %d Hz\n", psUs,
                psUs * hz / 1e4, hz);
    std::printf("baseline sh+cat loop     : %6.0f us CPU per tick,   %5.2f%% of one core at %d Hz (%d ticks)\n", catUs,
                catUs * hz / 1e4, hz, catTicks);
    std::printf("fallback (children walk) : %6.0f us CPU per sample, %5.2f%% of one core at %d Hz (saw %d processes; "
                "not the product's mode here, for comparison)\n",
                fbUs, fbUs * hz / 1e4, hz, fallbackRun.seen);
    std::printf("ratio ps/sampler  = %5.1fx (target >= 20x): %s\n", psRatio, verdict(psOk));
    std::printf("ratio cat/sampler = %5.1fx (target >= 20x): %s\n", catRatio, verdict(catOk));
    std::printf("sampler share     = %5.2f%% of one core (target < 2%%): %s\n", ownCore, verdict(coreOk));
    std::printf("whole tree seen   = %s\n", verdict(sawAll));
    const bool pass = sawAll && coreOk && psOk && catOk;
    std::printf("overall: %s\n", verdict(pass));
    return pass ? 0 : 1;
}
