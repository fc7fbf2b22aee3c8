#include "MonitorCli.h"

#include "monitor/BuildSession.h"
#include "monitor/BuildVerdict.h"
#include "monitor/MonitorCsv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {
constexpr int kExitUsage = 2;
constexpr int kDefaultIntervalMs = 100;
constexpr int kStatusEveryMs = 250; // the status line is redrawn at most 4 times a second

int g_signalPipe[2] = {-1, -1};

// Ctrl-C (or a SIGTERM to the doctor) stops the build cleanly, through the event loop: a signal
// handler may only write to a pipe.
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

QString cores(double value)
{
    return QString::number(value, 'f', 2);
}

// The live line: elapsed, tree RSS, cgroup use / limit, CPU, processes.
QString statusLine(const MonitorSample &s)
{
    QString line = MonitorCli::tr("%1 s  RSS %2").arg(seconds(s.elapsedMs), BuildVerdict::bytes(s.treeRssBytes));
    if (s.cgroupMemoryBytes >= 0) {
        line += MonitorCli::tr("  cgroup %1").arg(BuildVerdict::bytes(s.cgroupMemoryBytes));
        if (s.memoryLimitBytes > 0)
            line += MonitorCli::tr(" / %1").arg(BuildVerdict::bytes(s.memoryLimitBytes));
    }
    line += MonitorCli::tr("  CPU %1 cores").arg(cores(s.treeCpuCores));
    line += MonitorCli::tr("  processes %1").arg(s.processCount);
    if (s.oomKills > 0)
        line += MonitorCli::tr("  OOM kills %1").arg(s.oomKills);
    return line;
}

QString summaryText(const QStringList &command, const BuildSummary &s, const QString &csvFile)
{
    QString out;
    QTextStream t(&out);
    const QString none = MonitorCli::tr("none");
    t << MonitorCli::tr("Command:      %1").arg(command.join(QLatin1Char(' '))) << '\n';
    if (!s.started) {
        t << MonitorCli::tr("Not started:  %1").arg(s.startError) << '\n';
        return out;
    }
    t << MonitorCli::tr("Exit:         %1").arg(s.exitDescription) << '\n';
    t << MonitorCli::tr("Time:         %1 s wall, %2 s CPU").arg(seconds(s.wallMs), seconds(s.cpuMs)) << '\n';
    t << MonitorCli::tr("Peak memory:  %1 (process tree)").arg(BuildVerdict::bytes(s.peakTreeRssBytes));
    if (s.peakCgroupBytes >= 0)
        t << MonitorCli::tr(", %1 (cgroup)").arg(BuildVerdict::bytes(s.peakCgroupBytes));
    t << '\n';
    t << MonitorCli::tr("Memory limit: %1")
             .arg(s.memoryLimitBytes > 0 ? BuildVerdict::bytes(s.memoryLimitBytes) : none);
    if (s.memoryHighBytes > 0)
        t << MonitorCli::tr(" (memory.high %1)").arg(BuildVerdict::bytes(s.memoryHighBytes));
    t << '\n';
    t << MonitorCli::tr("CPU quota:    %1")
             .arg(s.cpuQuotaCores > 0 ? MonitorCli::tr("%1 cores").arg(cores(s.cpuQuotaCores)) : none)
      << '\n';
    t << MonitorCli::tr("Throttled:    %1 s (%2 periods)").arg(seconds(s.throttledUsec / 1000)).arg(s.throttledPeriods)
      << '\n';
    t << MonitorCli::tr("OOM kills:    %1").arg(s.oomKills) << '\n';
    t << MonitorCli::tr("Cgroup:       %1").arg(s.cgroupDescription.isEmpty() ? none : s.cgroupDescription) << '\n';
    if (s.whatIf)
        t << MonitorCli::tr("What-if:      %1").arg(s.whatIfMethod) << '\n';
    t << MonitorCli::tr("Samples:      %1").arg(s.samples);
    if (!csvFile.isEmpty())
        t << MonitorCli::tr(" (CSV: %1)").arg(csvFile);
    t << '\n';
    for (const QString &note : s.notes)
        t << MonitorCli::tr("Note:         %1").arg(note) << '\n';
    t << MonitorCli::tr("Verdict:      %1").arg(s.verdict) << '\n';
    return out;
}
} // namespace

int MonitorCli::parseInterval(const QString &text)
{
    if (text.isEmpty())
        return kDefaultIntervalMs;
    bool ok = false;
    const int ms = text.trimmed().toInt(&ok);
    return ok && ms >= 10 && ms <= 60000 ? ms : -1;
}

int MonitorCli::run(const Options &options)
{
    QTextStream err(stderr);
    if (options.command.isEmpty()) {
        err << tr("--monitor needs a command after --, for example: go-env-doctor --monitor -- go build ./...")
            << Qt::endl;
        return kExitUsage;
    }
    const int interval = parseInterval(options.interval);
    if (interval < 0) {
        err << tr("--interval %1: give milliseconds between 10 and 60000.").arg(options.interval) << Qt::endl;
        return kExitUsage;
    }
    if (!options.csvFile.isEmpty()) {
        const QFileInfo csv(options.csvFile);
        if (!csv.absoluteDir().exists() || csv.isDir()) {
            err << tr("--csv %1: cannot write there (no such folder, or it is a folder).").arg(options.csvFile)
                << Qt::endl;
            return kExitUsage;
        }
    }

    const bool live = ::isatty(STDERR_FILENO) == 1;
    BuildSession session;
    BuildRequest request;
    request.folder = QDir::currentPath();
    request.argv = options.command;
    request.intervalMs = interval;
    // The ring (bounded, merged when full) serves the summary; the CSV gets every sample as it is
    // taken, so a long run keeps full resolution on disk and flat memory here.
    QFile csv(options.csvFile);
    QTextStream csvOut;
    if (!options.csvFile.isEmpty()) {
        if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            err << tr("--csv %1: %2").arg(options.csvFile, csv.errorString()) << Qt::endl;
            return kExitUsage;
        }
        csvOut.setDevice(&csv);
        csvOut << MonitorCsv::header() << '\n';
        QObject::connect(&session, &BuildSession::sampled,
                         [&](const MonitorSample &s) { csvOut << MonitorCsv::line(s) << '\n'; });
    }

    QTextStream out(stdout);
    QString shown; // the status line on screen, so output can be written above it
    QElapsedTimer lastDraw;
    const auto clearStatus = [&] {
        if (!shown.isEmpty()) {
            err << "\r\x1b[K";
            err.flush();
            shown.clear();
        }
    };
    QObject::connect(&session, &BuildSession::outputReceived, [&](const QString &text) {
        if (live)
            clearStatus();
        out << text;
        out.flush();
    });
    if (live) {
        QObject::connect(&session, &BuildSession::sampled, [&](const MonitorSample &s) {
            if (lastDraw.isValid() && lastDraw.elapsed() < kStatusEveryMs)
                return;
            lastDraw.start();
            shown = statusLine(s);
            err << '\r' << shown << "\x1b[K";
            err.flush();
        });
    }

    int status = 0;
    BuildSummary summary;
    QObject::connect(&session, &BuildSession::finished, [&](const BuildSummary &s) {
        summary = s;
        QCoreApplication::quit();
    });

    // Ctrl-C stops the build (its whole process group), then the summary is still printed.
    std::unique_ptr<QSocketNotifier> notifier;
    struct sigaction previous[3] = {};
    const int handled[3] = {SIGINT, SIGTERM, SIGHUP};
    if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) == 0) {
        notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, [&] {
            char buf[16];
            while (::read(g_signalPipe[0], buf, sizeof buf) > 0) {
            }
            session.stop();
        });
        struct sigaction sa = {};
        sa.sa_handler = onSignal;
        ::sigemptyset(&sa.sa_mask);
        for (int i = 0; i < 3; ++i)
            ::sigaction(handled[i], &sa, &previous[i]);
    }

    session.start(request);
    QCoreApplication::exec();

    if (notifier) {
        for (int i = 0; i < 3; ++i)
            ::sigaction(handled[i], &previous[i], nullptr);
        notifier.reset();
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
        g_signalPipe[0] = g_signalPipe[1] = -1;
    }
    if (live)
        clearStatus();

    QString csvError;
    bool csvFailed = false;
    if (csv.isOpen()) {
        csvOut.flush();
        csvFailed = csvOut.status() != QTextStream::Ok || csv.error() != QFileDevice::NoError;
        csvError = csv.errorString();
        csv.close();
    }
    err << summaryText(options.command, summary, csvFailed ? QString() : options.csvFile);
    if (csvFailed)
        err << tr("Could not write the CSV: %1").arg(csvError) << Qt::endl;
    err.flush();
    status = summary.started ? summary.exitCode : 127;
    if (csvFailed && status == 0)
        status = kExitUsage;
    return status;
}
