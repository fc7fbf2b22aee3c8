#include "ScanEngine.h"

#include "probes/FactsCollector.h"

#include <QElapsedTimer>
#include <QSet>

Report ScanEngine::run(const SystemView &system, const QList<Check> &checks, const Callbacks &cb,
                       const std::atomic_bool *cancel)
{
    QElapsedTimer total;
    total.start();
    Report report;
    report.snapshot = system.isSnapshot();
    report.sourcePath = system.sourcePath();

    QElapsedTimer probes;
    probes.start();
    const Facts facts = FactsCollector(system).collect(cb.probing, cancel);
    report.probesMs = double(probes.nsecsElapsed()) / 1e6;
    report.host = facts.host;
    report.osName = facts.osName;

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

void ScanRunner::start(std::shared_ptr<const SystemView> system, const QList<Check> &checks)
{
    if (isRunning())
        return;
    m_cancel = false;
    // The worker only calls the callbacks, which emit queued signals to this object's thread.
    m_thread.reset(QThread::create([this, system, checks] {
        ScanEngine::Callbacks cb;
        cb.probing = [this](const QString &s) { emit probing(s); };
        cb.checkStarted = [this](const QString &id, int i, int n) { emit checkStarted(id, i, n); };
        cb.checkFinished = [this](const QString &id, const QList<CheckResult> &r, double ms) {
            emit checkFinished(id, r, ms);
        };
        const Report report = ScanEngine::run(*system, checks, cb, &m_cancel);
        emit finished(report);
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
