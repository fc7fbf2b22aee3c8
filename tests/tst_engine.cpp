// The scan engine and runner, the check registry, and the report writers.
#include "checks/CheckRegistry.h"
#include "engine/ScanEngine.h"
#include "system/SnapshotSystem.h"

#include <QtTest>

#include <thread>

namespace {
std::shared_ptr<SnapshotSystem> fixture(const char *name)
{
    QString error;
    std::shared_ptr<SnapshotSystem> s =
        SnapshotSystem::open(QStringLiteral(GED_FIXTURES "/snapshots/%1/snapshot").arg(QLatin1String(name)), &error);
    if (!s)
        qWarning() << error;
    return s;
}

// A check that takes a while, so a cancel can land between checks.
Check slowCheck(const QString &id)
{
    return {id, [id](const Facts &) {
                std::this_thread::sleep_for(std::chrono::milliseconds(30));
                return QList<CheckResult>{CheckKit::make(id, Severity::Ok, QStringLiteral("t"), QStringLiteral("m"))};
            }};
}
} // namespace

class TestEngine : public QObject {
    Q_OBJECT
private slots:
    void runnerReportsEachCheckOffTheCallingThread()
    {
        auto system = fixture("healthy-tarball");
        QVERIFY(system);
        ScanRunner runner;
        QStringList started, finished;
        QSet<QThread *> threads;
        connect(&runner, &ScanRunner::checkStarted, this, [&](const QString &id, int, int total) {
            started << id;
            QCOMPARE(total, CheckRegistry::all().size());
        });
        connect(&runner, &ScanRunner::checkFinished, this,
                [&](const QString &id, const QList<CheckResult> &r, double ms) {
                    finished << id;
                    QVERIFY(!r.isEmpty());
                    QVERIFY(ms >= 0);
                });
        QSignalSpy done(&runner, &ScanRunner::finished);
        // Checks run in the worker; signals arrive in this thread.
        QList<Check> checks = CheckRegistry::all();
        checks.first().run = [inner = checks.first().run, &threads](const Facts &f) {
            threads.insert(QThread::currentThread());
            return inner(f);
        };
        connect(&runner, &ScanRunner::checkFinished, this, [](const QString &, const QList<CheckResult> &, double) {
            QVERIFY(QThread::currentThread() == qApp->thread());
        });
        runner.start(system, checks);
        QVERIFY(done.wait(10000));
        QCOMPARE(started, CheckRegistry::ids());
        QCOMPARE(finished, CheckRegistry::ids());
        QVERIFY(!threads.isEmpty());
        QVERIFY(!threads.contains(QThread::currentThread()));
        const Report report = done.at(0).at(0).value<Report>();
        QVERIFY(!report.cancelled);
        QCOMPARE(report.timings.size(), CheckRegistry::all().size());
        QVERIFY(report.totalMs >= report.probesMs);
    }

    void runnerCancels()
    {
        auto system = fixture("healthy-tarball");
        QVERIFY(system);
        QList<Check> checks;
        for (int i = 0; i < 20; ++i)
            checks << slowCheck(QStringLiteral("test.slow-%1").arg(i));
        ScanRunner runner;
        connect(&runner, &ScanRunner::checkStarted, &runner, [&](const QString &, int index, int) {
            if (index == 1)
                runner.cancel();
        });
        QSignalSpy done(&runner, &ScanRunner::finished);
        runner.start(system, checks);
        QVERIFY(done.wait(10000));
        const Report report = done.at(0).at(0).value<Report>();
        QVERIFY(report.cancelled);
        QVERIFY(report.results.size() < checks.size());
    }

    void restartDropsTheOldScansSignals()
    {
        auto system = fixture("healthy-tarball");
        QVERIFY(system);
        QList<Check> slow;
        for (int i = 0; i < 10; ++i)
            slow << slowCheck(QStringLiteral("test.old-%1").arg(i));
        ScanRunner runner;
        QStringList seen;
        connect(&runner, &ScanRunner::checkFinished, this,
                [&](const QString &id, const QList<CheckResult> &, double) { seen << id; });
        QSignalSpy done(&runner, &ScanRunner::finished);
        runner.start(system, slow);
        QTest::qWait(50);
        seen.clear();                               // what the first scan reported before it was replaced is fine
        runner.start(system, CheckRegistry::all()); // replaces the first scan
        QVERIFY(done.wait(10000));
        QTest::qWait(100);
        QCOMPARE(done.size(), 1);
        for (const QString &id : std::as_const(seen))
            QVERIFY2(!id.startsWith(QLatin1String("test.old-")), qPrintable(id));
        QCOMPARE(seen, CheckRegistry::ids());
    }

    void cancelledBeforeStartRunsNoCheck()
    {
        auto system = fixture("healthy-tarball");
        QVERIFY(system);
        std::atomic_bool cancel{true};
        const Report report = ScanEngine::run(*system, CheckRegistry::all(), {}, &cancel);
        QVERIFY(report.cancelled);
        QVERIFY(report.results.isEmpty());
    }

    void causesAreKeptOnlyWhenTheCauseSpeaks()
    {
        QList<CheckResult> results;
        CheckResult symptom = CheckKit::make("go.not-found", Severity::Error, "t", "m");
        symptom.causedBy = {"path.tilde-literal", "go.broken-link", "go.not-found"};
        results << symptom << CheckKit::make("path.tilde-literal", Severity::Warning, "t", "m")
                << CheckKit::make("go.broken-link", Severity::Ok, "t", "m");
        ScanEngine::pruneCauses(results);
        QCOMPARE(results.first().causedBy, QStringList{"path.tilde-literal"});
    }

    void causedByLinksInAFixture()
    {
        auto system = fixture("path-tilde-literal");
        QVERIFY(system);
        const Report report = ScanEngine::run(*system, CheckRegistry::all());
        bool linked = false;
        for (const CheckResult &r : report.results)
            linked = linked || (r.check == QLatin1String("go.not-found") &&
                                r.causedBy.contains(QStringLiteral("path.tilde-literal")));
        QVERIFY(linked);
        // With --only, a cause that did not run is not named.
        const Report only = ScanEngine::run(*system, CheckRegistry::select({QStringLiteral("go.not-found")}));
        QCOMPARE(only.results.size(), 1);
        QVERIFY(only.results.first().causedBy.isEmpty());
    }

    void select_data()
    {
        QTest::addColumn<QString>("only");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("unknown");
        QTest::newRow("prefix go.") << "go." << 7 << "";
        QTest::newRow("prefix goroot.") << "goroot." << 3 << "";
        QTest::newRow("id and prefix") << "go.,path.tilde-literal" << 8 << "";
        QTest::newRow("repeat counted once") << "go.shadowed,go.shadowed,go." << 7 << "";
        QTest::newRow("unknown") << "nosuch.id,go.shadowed" << 1 << "nosuch.id";
        QTest::newRow("go without dot is not a prefix") << "go" << 0 << "go";
        QTest::newRow("spaces") << " path.duplicate , " << 1 << "";
    }
    void select()
    {
        QFETCH(QString, only);
        QFETCH(int, count);
        QFETCH(QString, unknown);
        QStringList missing;
        const QList<Check> checks = CheckRegistry::select(only.split(QLatin1Char(',')), &missing);
        QCOMPARE(checks.size(), count);
        QCOMPARE(missing.join(QLatin1Char(',')), unknown);
    }

    void redact_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("proxy credentials") << "GOPROXY=https://bob:s3cret@proxy.corp/go,direct"
                                           << "GOPROXY=https://bob:***@proxy.corp/go,direct";
        QTest::newRow("token variable") << "GITHUB_TOKEN=ghp_abc123 PATH=/usr/bin"
                                        << "GITHUB_TOKEN=*** PATH=/usr/bin";
        QTest::newRow("plain url") << "https://proxy.golang.org,direct"
                                   << "https://proxy.golang.org,direct";
        QTest::newRow("GOAUTH is not a secret") << "GOAUTH=netrc"
                                                << "GOAUTH=netrc";
        QTest::newRow("empty") << ""
                               << "";
    }
    void redact()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(Redact::text(in), out);
    }

    void jsonShape()
    {
        auto system = fixture("ubuntu2204-apt-shadows-tarball");
        QVERIFY(system);
        const Report report = ScanEngine::run(*system, CheckRegistry::all());
        const QJsonObject o = ReportJson::toJson(report);
        QCOMPARE(o.value("schema").toString(), QStringLiteral("go-env-doctor-report/1"));
        QCOMPARE(o.value("source").toObject().value("kind").toString(), QStringLiteral("snapshot"));
        const QJsonObject summary = o.value("summary").toObject();
        int total = 0;
        for (const char *k : {"error", "warning", "info", "ok", "skipped"})
            total += summary.value(QLatin1String(k)).toInt(-1000);
        QCOMPARE(total, o.value("results").toArray().size());
        QVERIFY(summary.value("error").toInt() >= 2);
        for (const auto &v : o.value("results").toArray()) {
            const QJsonObject r = v.toObject();
            for (const char *k : {"check", "severity", "title", "message", "evidence", "fixes", "caused_by"})
                QVERIFY2(r.contains(QLatin1String(k)), k);
        }
    }

    void textReport()
    {
        auto system = fixture("ubuntu2204-apt-shadows-tarball");
        QVERIFY(system);
        const Report report = ScanEngine::run(*system, CheckRegistry::all());
        const QString plain = TextReport::render(report, {});
        QVERIFY(plain.contains(QStringLiteral("✗")));
        QVERIFY(plain.contains(QStringLiteral("[go.shadowed]")));
        QVERIFY(plain.contains(QStringLiteral("Fix: ")));
        QVERIFY(!plain.contains(QLatin1Char('\x1b')));
        QVERIFY(!plain.contains(QStringLiteral("[goroot.mismatch]"))); // ok results only in -v
        TextReport::Options verbose;
        verbose.verbose = true;
        verbose.color = true;
        const QString v = TextReport::render(report, verbose);
        QVERIFY(v.contains(QStringLiteral("[goroot.mismatch]")));
        QVERIFY(v.contains(QLatin1Char('\x1b')));
        QVERIFY(v.contains(QStringLiteral("/usr/bin/go -> ../lib/go-1.18/bin/go")));
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
