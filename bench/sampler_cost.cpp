// What does watching a build cost? Spawns a tree of ~200 processes, samples it with BuildSampler
// at 10 Hz for 10 s and measures the sampler's own CPU time (CLOCK_THREAD_CPUTIME_ID); then does
// the same watching with `ps` once per tick (what a person would script), measured with the CPU
// of the ps children (getrusage RUSAGE_CHILDREN) plus our own for spawning them. Prints both and
// the ratio. Targets: under 2% of one core at 10 Hz, and at least 20x cheaper than ps.
#include "monitor/BuildSampler.h"

#include <QByteArray>
#include <QFile>

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

// Sleeps until the next tick of a fixed-rate clock, so both phases take the same ticks.
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

int childCount(pid_t pid)
{
    QFile f(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return int(f.readAll().simplified().split(' ').size());
}

pid_t spawn(const char *const argv[], bool quiet)
{
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (quiet)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, const_cast<char *const *>(argv), environ) != 0)
        pid = -1;
    posix_spawn_file_actions_destroy(&actions);
    return pid;
}
} // namespace

int main(int argc, char **argv)
{
    const int processes = argc > 1 ? std::atoi(argv[1]) : 200;
    const int hz = argc > 2 ? std::atoi(argv[2]) : 10;
    const int seconds = argc > 3 ? std::atoi(argv[3]) : 10;
    if (processes < 1 || processes > 5000 || hz < 1 || hz > 1000 || seconds < 1 || seconds > 3600) {
        std::fprintf(stderr, "usage: sampler_cost [PROCESSES=200] [HZ=10] [SECONDS=10]\n");
        return 2;
    }
    const int ticks = hz * seconds;
    const long periodNs = 1000000000L / hz;

    // The tree: one shell with `processes` sleeping children (all alive for the whole run).
    const QByteArray script = "for i in $(seq " + QByteArray::number(processes) + "); do sleep 600 & done; wait";
    const char *const shArgv[] = {"sh", "-c", script.constData(), nullptr};
    const pid_t root = spawn(shArgv, true);
    if (root <= 0) {
        std::perror("spawn sh");
        return 2;
    }
    for (int i = 0; i < 500 && childCount(root) < processes; ++i)
        usleep(10000);
    if (childCount(root) < processes) {
        std::fprintf(stderr, "the tree did not reach %d processes\n", processes);
        kill(-root, SIGKILL);
        return 2;
    }
    std::printf("tree: %d processes under pid %d; %d samples at %d Hz\n", processes + 1, int(root), ticks, hz);

    // 1. BuildSampler: the monitor's way (stat descriptors kept open, children lists).
    BuildSampler sampler;
    sampler.attach(root);
    double samplerCpu = 0;
    int seen = 0;
    timespec next{};
    clock_gettime(CLOCK_MONOTONIC, &next);
    for (int t = 0; t < ticks; ++t) {
        const double before = threadCpuSeconds();
        const MonitorSample s = sampler.sampleOnce();
        samplerCpu += threadCpuSeconds() - before;
        seen = s.processCount;
        waitTick(&next, periodNs);
    }

    // 2. Baseline: `ps` once per tick over every process (to find the tree), output discarded.
    const char *const psArgv[] = {"ps", "-e", "-o", "pid=,ppid=,rss=,cputime=", nullptr};
    const double childrenBefore = childrenCpuSeconds();
    double spawnCpu = 0;
    clock_gettime(CLOCK_MONOTONIC, &next);
    for (int t = 0; t < ticks; ++t) {
        const double before = threadCpuSeconds();
        const pid_t ps = spawn(psArgv, true);
        int status = 0;
        if (ps > 0)
            waitpid(ps, &status, 0);
        spawnCpu += threadCpuSeconds() - before;
        waitTick(&next, periodNs);
    }
    const double psCpu = childrenCpuSeconds() - childrenBefore + spawnCpu;

    // End the tree by pid: first the sleeps (listed as the shell's children), then the shell.
    QFile list(QStringLiteral("/proc/%1/task/%1/children").arg(root));
    if (list.open(QIODevice::ReadOnly)) {
        for (const QByteArray &pid : list.readAll().simplified().split(' ')) {
            if (pid.toInt() > 0)
                kill(pid_t(pid.toInt()), SIGKILL);
        }
    }
    kill(root, SIGKILL);
    waitpid(root, nullptr, 0);

    const double perSampleUs = samplerCpu / ticks * 1e6;
    const double samplerCore = samplerCpu / seconds * 100.0;
    const double psPerTickUs = psCpu / ticks * 1e6;
    const double psCore = psCpu / seconds * 100.0;
    const double ratio = samplerCpu > 0 ? psCpu / samplerCpu : 0;
    std::printf("sampler: %.0f us CPU per sample, %.2f%% of one core at %d Hz (saw %d processes)\n", perSampleUs,
                samplerCore, hz, seen);
    std::printf("ps     : %.0f us CPU per tick,   %.2f%% of one core at %d Hz\n", psPerTickUs, psCore, hz);
    std::printf("ratio ps/sampler = %.1fx (target >= 20x); sampler %.2f%% of a core (target < 2%%): %s\n", ratio,
                samplerCore, ratio >= 20 && samplerCore < 2.0 && seen == processes + 1 ? "ok" : "MISSED");
    return ratio >= 20 && samplerCore < 2.0 && seen == processes + 1 ? 0 : 1;
}
