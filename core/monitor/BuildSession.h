#pragma once

#include "MonitorTypes.h"
#include "SampleRing.h"

#include <QObject>
#include <QProcess>

#include <memory>
#include <optional>

// Runs one build as a QProcess in a chosen folder and watches it: a BuildSampler reads the
// cgroup and process tree every intervalMs on a worker thread, so the caller's thread (the GUI)
// never waits on a file. Signals arrive in the session's own thread.
class BuildSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildSession)
public:
    explicit BuildSession(QObject *parent = nullptr);
    ~BuildSession() override;

    // {"go", "build", "./..."} with `-p N` inserted after the subcommand when parallelism > 0.
    static QStringList commandLine(const BuildRequest &request);

    void start(const BuildRequest &request);
    // Waits until /proc/PID/cgroup names another cgroup than ours (systemd-run has moved into its
    // scope); false when it did not within timeoutMs, or the process is gone.
    static bool waitForOtherCgroup(qint64 pid, int timeoutMs);
    // Stops the build (SIGTERM to its process group, SIGKILL after 3 s).
    void stop();
    bool isRunning() const;

    const SampleRing &samples() const;
    QList<MonitorEvent> events() const;
    BuildSummary summary() const;

signals:
    void started(qint64 pid, const QString &cgroupDescription);
    void sampled(const MonitorSample &sample);
    void eventRaised(const MonitorEvent &event);
    void outputReceived(const QString &text); // the build's stdout and stderr, as it comes
    void finished(const BuildSummary &summary);

private:
    void onStarted();
    void onOutput();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void failStart(const QString &why);
    void take(const std::optional<MonitorSample> &sample, const QList<MonitorEvent> &events);

    struct State;
    std::unique_ptr<State> d;
};
