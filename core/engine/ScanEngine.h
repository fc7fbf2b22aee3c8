#pragma once

#include "checks/Check.h"
#include "report/Report.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

// Runs one scan synchronously: probes gather the Facts once, then every selected check runs on
// them, timed; finally `caused_by` links are kept only where the cause itself has something to
// say. Used directly by tests and the CLI, and by ScanRunner off the GUI thread.
class ScanEngine {
public:
    struct Callbacks {
        std::function<void(const QString &step)> probing;
        std::function<void(const QString &id, int index, int total)> checkStarted;
        std::function<void(const QString &id, const QList<CheckResult> &results, double ms)> checkFinished;
    };

    // `measured`: a build watched by the monitor, which the memory-limit check weighs.
    static Report run(const SystemView &system, const QList<Check> &checks, const Callbacks &callbacks = {},
                      const std::atomic_bool *cancel = nullptr,
                      const std::optional<Facts::MeasuredBuild> &measured = std::nullopt);
    // Drops caused_by ids that have no info/warning/error result of their own.
    static void pruneCauses(QList<CheckResult> &results);
};

// A scan in a worker thread, reporting progress per check as signals; cancellable. Signals are
// emitted in the runner's own thread (the GUI thread), and only for the latest scan: a restarted
// scan never sees a late progress signal of the one before.
class ScanRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanRunner)
public:
    explicit ScanRunner(QObject *parent = nullptr);
    ~ScanRunner() override;

    // Takes shared ownership of the system so it outlives the worker.
    void start(std::shared_ptr<const SystemView> system, const QList<Check> &checks,
               const std::optional<Facts::MeasuredBuild> &measured = std::nullopt);
    void cancel();
    bool isRunning() const;
    void wait();

signals:
    void probing(const QString &step);
    void checkStarted(const QString &id, int index, int total);
    void checkFinished(const QString &id, const QList<CheckResult> &results, double ms);
    void finished(const Report &report);

private:
    // Runs `emitter` in this object's thread if `generation` is still the current scan.
    template <typename F> void post(quint64 generation, F emitter);

    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_cancel{false};
    quint64 m_generation = 0; // touched only in this object's thread
};

Q_DECLARE_METATYPE(Report)
