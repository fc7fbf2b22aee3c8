#include "BuildSession.h"

#include "BuildSampler.h"
#include "BuildVerdict.h"
#include "WhatIfLauncher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstring>
#include <memory>
#include <unistd.h>

namespace {
constexpr int kStopGraceMs = 3000; // SIGTERM, then SIGKILL after this
constexpr int kScopeWaitMs = 2000; // systemd-run: how long to wait for it to enter its scope
constexpr int kMinIntervalMs = 10; // below this the sampler would cost more than it tells
constexpr int kMaxIntervalMs = 60000;

void registerTypes()
{
    static const bool done = [] {
        qRegisterMetaType<MonitorSample>();
        qRegisterMetaType<MonitorEvent>();
        qRegisterMetaType<BuildSummary>();
        return true;
    }();
    Q_UNUSED(done)
}

QString signalName(int sig)
{
    const char *abbrev = ::sigabbrev_np(sig);
    return abbrev ? QStringLiteral("SIG") + QString::fromLatin1(abbrev) : QString::number(sig);
}

} // namespace

// systemd-run moves itself into the new scope, then execs the command: until then /proc/PID/cgroup
// names the cgroup we run in (on a desktop that is itself a terminal's .scope, so looking for
// ".scope" is not enough). Compared with our own cgroup instead.
bool BuildSession::waitForOtherCgroup(qint64 pid, int timeoutMs)
{
    auto read = [](const QString &path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray ours = read(QStringLiteral("/proc/self/cgroup"));
    const QString path = QStringLiteral("/proc/%1/cgroup").arg(pid);
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        const QByteArray theirs = read(path);
        if (theirs.isEmpty())
            return false; // gone already
        if (theirs != ours)
            return true;
        QThread::msleep(10);
    }
    return false;
}

struct BuildSession::State {
    BuildRequest request;
    QProcess *process = nullptr;
    QThread thread; // the sampler's: reading /proc and cgroup files never blocks the caller
    QTimer *sampleTimer = nullptr;
    std::shared_ptr<BuildSampler> sampler;
    WhatIfLauncher launcher;
    bool whatIf = false;
    // The launcher made the build's cgroup (a what-if run, or a cgroup of its own without limits).
    bool launched = false;
    bool running = false;
    qint64 pid = 0;
    QElapsedTimer wall;
    QTimer killTimer;
    QByteArray partialOutput;

    SampleRing ring;
    QList<MonitorEvent> events;
    BuildSummary summary;
    MonitorSample last;
    qint64 peakTree = 0;
    qint64 peakCgroup = -1;
};

BuildSession::BuildSession(QObject *parent) : QObject(parent), d(std::make_unique<State>())
{
    registerTypes();
    d->thread.setObjectName(QStringLiteral("BuildSampler"));
    d->thread.start();
    d->killTimer.setSingleShot(true);
    connect(&d->killTimer, &QTimer::timeout, this, [this] {
        if (d->running && d->pid > 0)
            ::kill(pid_t(-d->pid), SIGKILL);
    });
}

BuildSession::~BuildSession()
{
    if (d->process) {
        d->process->disconnect(this);
        if (d->process->state() != QProcess::NotRunning) {
            if (d->pid > 0)
                ::kill(pid_t(-d->pid), SIGKILL);
            d->process->kill();
            d->process->waitForFinished(kStopGraceMs);
        }
    }
    // Stop the sampling first; then no queued call can reach a half-destroyed session.
    if (d->sampleTimer) {
        QTimer *timer = d->sampleTimer;
        QMetaObject::invokeMethod(
            timer, [timer] { timer->stop(); }, Qt::BlockingQueuedConnection);
    }
    d->thread.quit();
    d->thread.wait();
    delete d->sampleTimer;
    d->launcher.cleanUp();
}

QStringList BuildSession::commandLine(const BuildRequest &request)
{
    QStringList argv = request.argv;
    if (argv.isEmpty())
        argv = {QStringLiteral("go"), QStringLiteral("build"), QStringLiteral("./...")};
    if (request.parallelism > 0 && QFileInfo(argv.constFirst()).fileName() == QLatin1String("go")) {
        static const QStringList subcommands{QStringLiteral("build"), QStringLiteral("test"), QStringLiteral("install"),
                                             QStringLiteral("vet")};
        for (int i = 1; i < argv.size(); ++i) {
            if (subcommands.contains(argv.at(i))) {
                argv.insert(i + 1, QString::number(request.parallelism));
                argv.insert(i + 1, QStringLiteral("-p"));
                break;
            }
            if (!argv.at(i).startsWith(QLatin1Char('-')))
                break; // another subcommand (go env, go mod): no -p
        }
    }
    return argv;
}

void BuildSession::start(const BuildRequest &request)
{
    if (d->running)
        return;
    delete d->process;
    d->process = nullptr;
    d->request = request;
    d->request.intervalMs = qBound(kMinIntervalMs, request.intervalMs, kMaxIntervalMs);
    d->ring = SampleRing(request.ringCapacity);
    d->events.clear();
    d->summary = BuildSummary();
    d->last = MonitorSample();
    d->peakTree = 0;
    d->peakCgroup = -1;
    d->pid = 0;
    d->partialOutput.clear();
    d->whatIf = request.limits.active();
    d->launched = false;
    d->running = true;
    d->wall.start();

    const QStringList argv = commandLine(request);
    d->process = new QProcess(this);
    d->process->setWorkingDirectory(request.folder.isEmpty() ? QStringLiteral(".") : request.folder);
    d->process->setProcessChannelMode(QProcess::MergedChannels);
    d->process->setStandardInputFile(QProcess::nullDevice());
    if (d->whatIf) {
        d->launcher = WhatIfLauncher::probe();
        d->summary.whatIf = true;
        d->summary.whatIfMethod = d->launcher.methodName();
        QString error;
        if (!d->launcher.prepare(*d->process, argv, request.limits, &error)) {
            failStart(error);
            return;
        }
        d->launched = true;
    } else {
        // A cgroup of the build's own where one can be made inside ours: membership is then one
        // read of its cgroup.procs, and its memory and CPU figures are the build's alone. Where it
        // cannot (or making it fails), the build shares our cgroup and the sampler walks the tree.
        d->launcher = WhatIfLauncher::probeOwnCgroup();
        QString error;
        d->launched = d->launcher.available() && d->launcher.prepare(*d->process, argv, WhatIfLimits(), &error);
        if (!d->launched) {
            d->launcher = WhatIfLauncher();
            d->process->setProgram(argv.constFirst());
            d->process->setArguments(argv.mid(1));
            if (!error.isEmpty())
                d->summary.notes << error;
        }
    }
    // A session of its own (so a process group): stop() signals the whole tree, and nothing in
    // the build can wait on the terminal the doctor runs in. Then the launcher's own step.
    const std::function<void()> joinCgroup = d->process->childProcessModifier();
    d->process->setChildProcessModifier([joinCgroup] {
        ::setsid();
        if (joinCgroup)
            joinCgroup();
    });

    connect(d->process, &QProcess::started, this, &BuildSession::onStarted);
    connect(d->process, &QProcess::readyReadStandardOutput, this, &BuildSession::onOutput);
    connect(d->process, &QProcess::finished, this, &BuildSession::onFinished);
    connect(d->process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && d->running)
            failStart(d->process->errorString());
    });
    d->process->start();
}

void BuildSession::failStart(const QString &why)
{
    d->summary.started = false;
    d->summary.startError = why;
    d->summary.exitCode = 127; // as a shell says for a command it cannot run
    d->summary.wallMs = d->wall.elapsed();
    BuildVerdict::judge(d->summary);
    d->launcher.cleanUp();
    d->running = false;
    // Queued: the caller of start() sees finished() after start() returned, as for a real run.
    QMetaObject::invokeMethod(
        this, [this, summary = d->summary] { emit finished(summary); }, Qt::QueuedConnection);
}

void BuildSession::onStarted()
{
    d->pid = d->process->processId();
    const BuildSampler::Paths paths = d->launched ? d->launcher.samplerPaths() : BuildSampler::Paths();
    d->sampler = std::make_shared<BuildSampler>(paths);

    delete d->sampleTimer;
    d->sampleTimer = new QTimer;
    d->sampleTimer->setSingleShot(true); // re-armed after each sample: a slow read never piles up
    d->sampleTimer->setInterval(d->request.intervalMs);
    d->sampleTimer->moveToThread(&d->thread);
    QTimer *timer = d->sampleTimer;
    const std::shared_ptr<BuildSampler> sampler = d->sampler;
    connect(timer, &QTimer::timeout, timer, [this, timer, sampler] {
        const MonitorSample sample = sampler->sampleOnce();
        const QList<MonitorEvent> events = sampler->takeEvents();
        QMetaObject::invokeMethod(
            this, [this, sample, events] { take(sample, events); }, Qt::QueuedConnection);
        timer->start();
    });
    const qint64 pid = d->pid;
    const bool scope = d->launched && d->launcher.method() == WhatIfLauncher::Method::SystemdRun;
    QMetaObject::invokeMethod(timer, [this, timer, sampler, pid, scope] {
        // Not in its scope in time: then its cgroup is ours, shared, and cgroup.procs would list
        // the whole session as the build.
        if (scope && !waitForOtherCgroup(pid, kScopeWaitMs))
            sampler->setBuildOwnsCgroup(false);
        sampler->attach(pid);
        const QString description = sampler->cgroupDescription();
        // A first sample right away: a command shorter than one interval is still seen alive.
        const MonitorSample first = sampler->sampleOnce();
        const QList<MonitorEvent> events = sampler->takeEvents();
        QMetaObject::invokeMethod(
            this,
            [this, pid, description, first, events] {
                d->summary.cgroupDescription = description;
                emit started(pid, description);
                take(first, events);
            },
            Qt::QueuedConnection);
        timer->start();
    });
}

void BuildSession::take(const std::optional<MonitorSample> &sample, const QList<MonitorEvent> &events)
{
    if (sample) {
        d->ring.add(*sample);
        d->last = *sample;
        d->peakTree = qMax(d->peakTree, sample->treeRssBytes);
        d->peakCgroup = qMax(d->peakCgroup, sample->cgroupMemoryBytes);
        emit sampled(*sample);
    }
    for (const MonitorEvent &e : events) {
        d->events << e;
        if (e.kind == MonitorEvent::Kind::Note)
            d->summary.notes << e.text;
        emit eventRaised(e);
    }
}

void BuildSession::onOutput()
{
    d->partialOutput += d->process->readAllStandardOutput();
    // Whole lines only: a UTF-8 character split across two reads must not become garbage.
    const int end = d->partialOutput.lastIndexOf('\n');
    if (end < 0 && d->partialOutput.size() < (1 << 16))
        return;
    const int cut = end < 0 ? int(d->partialOutput.size()) : end + 1;
    const QString text = QString::fromUtf8(d->partialOutput.left(cut));
    d->partialOutput.remove(0, cut);
    emit outputReceived(text);
}

void BuildSession::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!d->running)
        return;
    d->killTimer.stop();
    onOutput();
    if (!d->partialOutput.isEmpty()) {
        emit outputReceived(QString::fromUtf8(d->partialOutput));
        d->partialOutput.clear();
    }

    // One last sample after the end: an OOM kill at the very end shows only in the counters now.
    if (d->sampleTimer && d->sampler) {
        QTimer *timer = d->sampleTimer;
        const std::shared_ptr<BuildSampler> sampler = d->sampler;
        QThread *home = thread();
        MonitorSample final;
        QList<MonitorEvent> events;
        qint64 kernelPeak = -1;
        QMetaObject::invokeMethod(
            timer,
            [&] {
                timer->stop();
                final = sampler->sampleOnce();
                events = sampler->takeEvents();
                kernelPeak = sampler->cgroupPeakBytes();
                sampler->closeFiles();     // before the child cgroup is removed
                timer->moveToThread(home); // so this thread may delete it
            },
            Qt::BlockingQueuedConnection);
        // Samples posted before this one arrive first, in order.
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
        take(final, events);
        d->peakCgroup = qMax(d->peakCgroup, kernelPeak);
        delete d->sampleTimer;
        d->sampleTimer = nullptr;
    }

    BuildSummary &s = d->summary;
    s.started = true;
    if (status == QProcess::CrashExit) {
        s.signal = exitCode;
        s.exitCode = 128 + exitCode;
        s.exitDescription = tr("killed by signal %1 (%2)").arg(exitCode).arg(signalName(exitCode));
    } else {
        s.signal = 0;
        s.exitCode = exitCode;
        s.exitDescription = tr("exit status %1").arg(exitCode);
    }
    s.wallMs = d->wall.elapsed();
    s.cpuMs = d->sampler ? d->sampler->treeCpuMsTotal() : 0;
    s.peakTreeRssBytes = d->peakTree;
    s.peakCgroupBytes = d->peakCgroup;
    s.ownCgroup = d->sampler && d->sampler->paths().buildOwnsCgroup;
    s.memoryLimitBytes = d->last.memoryLimitBytes;
    s.memoryHighBytes = d->last.memoryHighBytes;
    s.cpuQuotaCores = d->last.cpuQuotaCores;
    s.throttledUsec = d->last.throttledUsec;
    s.throttledPeriods = d->last.throttledPeriods;
    s.oomKills = d->last.oomKills;
    s.samples = int(d->ring.totalAdded());
    if (d->sampler && s.cgroupDescription.isEmpty())
        s.cgroupDescription = d->sampler->cgroupDescription();
    BuildVerdict::judge(s);
    if (d->launched) {
        d->launcher.cleanUp();
        for (const QString &left : {d->launcher.childMemoryFolder(), d->launcher.childCpuFolder()}) {
            if (left.isEmpty())
                continue;
            if (d->whatIf)
                s.notes << tr("The what-if cgroup %1 could not be removed.").arg(left);
            else
                s.notes << tr("The build's cgroup %1 could not be removed.").arg(left);
        }
    }
    d->running = false;
    emit finished(s);
}

void BuildSession::stop()
{
    if (!d->running || !d->process)
        return;
    if (d->pid > 0) {
        ::kill(pid_t(-d->pid), SIGTERM);
        d->killTimer.start(kStopGraceMs);
    } else {
        d->process->kill();
    }
}

bool BuildSession::isRunning() const
{
    return d->running;
}

const SampleRing &BuildSession::samples() const
{
    return d->ring;
}

QList<MonitorEvent> BuildSession::events() const
{
    return d->events;
}

BuildSummary BuildSession::summary() const
{
    return d->summary;
}
