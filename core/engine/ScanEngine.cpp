#include "ScanEngine.h"

#include "probes/FactsCollector.h"

#include <QElapsedTimer>
#include <QSet>

Report ScanEngine::run(const SystemView &system, const QList<Check> &checks, const Callbacks &cb,
                       const std::atomic_bool *cancel, const std::optional<Facts::MeasuredBuild> &measured)
{
    QElapsedTimer total;
    total.start();
    Report report;
    report.snapshot = system.isSnapshot();
    report.sourcePath = system.sourcePath();

    QElapsedTimer probes;
    probes.start();
    Facts facts = FactsCollector(system).collect(cb.probing, cancel);
    facts.measuredBuild = measured;
    report.probesMs = double(probes.nsecsElapsed()) / 1e6;
    report.host = facts.host;
    report.osName = facts.osName;
    report.path = PathStory::build(facts);

    for (int i = 0; i < checks.size(); ++i) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        const Check &check = checks.at(i);
        if (cb.checkStarted)
            cb.checkStarted(check.id, i, int(checks.size()));
        QElapsedTimer t;
        t.start();
        const QList<CheckResult> results = check.run(facts);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        report.results << results;
        report.timings << CheckTiming{check.id, ms};
        if (cb.checkFinished)
            cb.checkFinished(check.id, results, ms);
    }
    pruneCauses(report.results);
    report.facts = std::make_shared<const Facts>(std::move(facts));
    report.totalMs = double(total.nsecsElapsed()) / 1e6;
    report.generated = QDateTime::currentDateTimeUtc();
    return report;
}

void ScanEngine::pruneCauses(QList<CheckResult> &results)
{
    QSet<QString> speaking;
    for (const CheckResult &r : std::as_const(results)) {
        if (r.severity == Severity::Error || r.severity == Severity::Warning || r.severity == Severity::Info)
            speaking.insert(r.check);
    }
    for (CheckResult &r : results) {
        QStringList kept;
        for (const QString &id : std::as_const(r.causedBy)) {
            if (speaking.contains(id) && id != r.check && !kept.contains(id))
                kept << id;
        }
        r.causedBy = kept;
    }
}

ScanRunner::ScanRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<Report>();
    qRegisterMetaType<QList<CheckResult>>();
}

ScanRunner::~ScanRunner()
{
    cancel();
    wait();
}

template <typename F> void ScanRunner::post(quint64 generation, F emitter)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, emitter] {
            if (generation == m_generation)
                emitter();
        },
        Qt::QueuedConnection);
}

void ScanRunner::start(std::shared_ptr<const SystemView> system, const QList<Check> &checks,
                       const std::optional<Facts::MeasuredBuild> &measured)
{
    if (isRunning()) {
        // A new scan replaces the running one; its remaining signals are dropped by post().
        cancel();
        wait();
    }
    m_cancel = false;
    const quint64 generation = ++m_generation;
    // The worker only computes; every signal is posted back to this object's thread.
    m_thread.reset(QThread::create([this, system, checks, generation, measured] {
        ScanEngine::Callbacks cb;
        cb.probing = [this, generation](const QString &s) { post(generation, [this, s] { emit probing(s); }); };
        cb.checkStarted = [this, generation](const QString &id, int i, int n) {
            post(generation, [this, id, i, n] { emit checkStarted(id, i, n); });
        };
        cb.checkFinished = [this, generation](const QString &id, const QList<CheckResult> &r, double ms) {
            post(generation, [this, id, r, ms] { emit checkFinished(id, r, ms); });
        };
        const Report report = ScanEngine::run(*system, checks, cb, &m_cancel, measured);
        post(generation, [this, report] { emit finished(report); });
    }));
    m_thread->start();
}

void ScanRunner::cancel()
{
    m_cancel = true;
}

bool ScanRunner::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ScanRunner::wait()
{
    if (m_thread)
        m_thread->wait();
}
