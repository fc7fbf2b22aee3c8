// Live scans of this machine: the real Debian Go (golang-go, Go 1.19 in CI), and a `go` that
// never answers, which must become a `skipped` result saying so, within the timeout.
#include "checks/CheckRegistry.h"
#include "checks/ShellChecks.h"
#include "engine/ScanEngine.h"
#include "probes/FactsCollector.h"
#include "probes/ShellProbe.h"
#include "system/LiveSystem.h"

#include <QtTest>

namespace {
const CheckResult *find(const QList<CheckResult> &results, const QString &id)
{
    for (const CheckResult &r : results) {
        if (r.check == id)
            return &r;
    }
    return nullptr;
}
} // namespace

class TestLive : public QObject {
    Q_OBJECT
private slots:
    void realGoIsFoundWithItsVersion()
    {
        const QString go = QStandardPaths::findExecutable(QStringLiteral("go"));
        if (go.isEmpty())
            QSKIP("no go on PATH (CI installs golang-go)");
        LiveSystem live;
        const Facts f = FactsCollector(live).collect();
        QVERIFY(f.activeGo());
        QCOMPARE(QFileInfo(f.activeGo()->realPath).canonicalFilePath(), QFileInfo(go).canonicalFilePath());
        QVERIFY(f.activeVersion);
        // The version read from $GOROOT/VERSION agrees with what the real `go version` prints.
        QVERIFY(f.goVersionCmd.succeeded());
        QVERIFY2(f.goVersionCmd.stdoutText.contains(f.activeVersion->name() + QLatin1Char(' ')),
                 qPrintable(f.goVersionCmd.stdoutText));
        QVERIFY2(f.goEnv.ok, qPrintable(f.goEnv.error));
        QCOMPARE(QFileInfo(f.goEnv.vars.value("GOROOT")).canonicalFilePath(),
                 QFileInfo(f.activeGo()->root.path).canonicalFilePath());
        QVERIFY(f.activeGo()->elf.parsed);

        const Report report = ScanEngine::run(live, CheckRegistry::all());
        const CheckResult *support = find(report.results, QStringLiteral("go.version-unsupported"));
        QVERIFY(support);
        if (f.activeVersion->minor == 19) {
            // Debian 12's Go 1.19 lost support in 2023.
            QCOMPARE(support->severity, Severity::Error);
            QVERIFY(support->message.contains(QStringLiteral("1.19")));
        }
        QVERIFY(find(report.results, QStringLiteral("go.not-found"))->severity == Severity::Ok);
        QVERIFY(find(report.results, QStringLiteral("go.wrong-arch"))->severity == Severity::Ok);
    }

    void loginShellEnvironmentIsComparedForReal()
    {
        // A temporary HOME whose ~/.profile sets a marker: a real `bash -l -i -c env` must read
        // it, and the doctor's own environment (which did not) must be reported as not loaded.
        if (QStandardPaths::findExecutable(QStringLiteral("bash")).isEmpty())
            QSKIP("no bash");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QFile profile(home.filePath(QStringLiteral(".profile")));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write("export GOMARKER=from-profile\nexport PATH=\"$PATH:$HOME/go/bin\"\n");
        profile.close();
        QDir(home.path()).mkpath(QStringLiteral("go/bin"));

        const QByteArray savedHome = qgetenv("HOME");
        qputenv("HOME", home.path().toUtf8());
        LiveSystem live;
        qputenv("HOME", savedHome);
        if (ShellProbe::collect(live, live.user(), live.environment()).loginShell != ShellKind::Bash)
            QSKIP("the login shell here is not bash");

        const Facts f = FactsCollector(live).collect();
        QVERIFY2(f.shell.loginShellEnv, qPrintable(f.shell.loginShellCmd.stderrText));
        QCOMPARE(f.shell.loginShellEnv->value(QStringLiteral("GOMARKER")), QStringLiteral("from-profile"));
        QVERIFY(f.shell.loginShellEnv->value(QStringLiteral("PATH")).endsWith(home.path() + QStringLiteral("/go/bin")));
        // The static reading of the start-up files found the same lines, with their place.
        bool found = false;
        for (const ShellAssignment &a : f.shell.allAssignments())
            found = found || (a.variable == QLatin1String("GOMARKER") && a.line == 1 &&
                              a.file.endsWith(QLatin1String("/.profile")));
        QVERIFY(found);

        const QList<CheckResult> results = ShellChecks::notLoaded(f);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().severity, Severity::Warning);
        QVERIFY(results.first().message.contains(QStringLiteral("GOMARKER=from-profile")));
    }

    void hungGoBecomesSkipped()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile script(dir.filePath(QStringLiteral("go")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nexec sleep 60\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        const QByteArray savedPath = qgetenv("PATH");
        qputenv("PATH", (dir.path() + QStringLiteral(":/usr/bin:/bin")).toUtf8());
        LiveSystem live;
        qputenv("PATH", savedPath);

        QElapsedTimer timer;
        timer.start();
        CommandTimeouts timeouts;
        timeouts.goEnvMs = 700;
        timeouts.goVersionMs = 700;
        const Facts f = FactsCollector(live, ReleaseTable::builtin(), timeouts).collect();
        QVERIFY2(timer.elapsed() < 8000, "a hung go must not hold the scan");
        QVERIFY(f.activeGo());
        QVERIFY(f.goVersionCmd.timedOut);
        QVERIFY(f.goEnvCmd.timedOut);
        QVERIFY(!f.goEnv.ok);
        QVERIFY(f.goEnv.error.contains(QStringLiteral("did not answer")));

        QList<CheckResult> results;
        for (const Check &c : CheckRegistry::all())
            results << c.run(f);
        const CheckResult *support = find(results, QStringLiteral("go.version-unsupported"));
        QVERIFY(support);
        QCOMPARE(support->severity, Severity::Skipped);
        QVERIFY(support->message.contains(QStringLiteral("time limit")));
        QVERIFY(!support->evidence.isEmpty());
        QCOMPARE(find(results, QStringLiteral("go.wrong-arch"))->severity, Severity::Skipped); // a script, not ELF
    }
};

QTEST_GUILESS_MAIN(TestLive)
#include "tst_live.moc"
