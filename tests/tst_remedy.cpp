// The fix script: the one quoting function against real bash and dash, hostile values that must
// never run, shellcheck over the script of every fixture, and scripts run for real in a throwaway
// HOME (the fixed findings are gone on re-scan, a second run changes nothing, --undo restores
// every byte, --dry-run changes nothing).
#include "checks/CheckRegistry.h"
#include "engine/ScanEngine.h"
#include "model/Facts.h"
#include "remedy/FixCatalog.h"
#include "remedy/FixScript.h"
#include "remedy/ShellQuote.h"
#include "remedy/StartupBlock.h"
#include "system/SnapshotSystem.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QProcess>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {},
        const QByteArray &input = {})
{
    QProcess p;
    if (!env.isEmpty())
        p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// Strings that would do something if they were ever run: command substitution both ways,
// quotes of both kinds, a newline followed by a command, globs, backslashes, a leading dash.
QStringList hostileStrings(const QString &marker)
{
    return {
        QStringLiteral("plain"),
        QStringLiteral("with space"),
        QStringLiteral("$(touch %1)").arg(marker),
        QStringLiteral("`touch %1`").arg(marker),
        QStringLiteral("it's"),
        QStringLiteral("''"),
        QStringLiteral("\"$(touch %1)\"").arg(marker),
        QStringLiteral("a\ntouch %1\n").arg(marker),
        QStringLiteral("\\'; touch %1; echo '").arg(marker),
        QStringLiteral("*?[a]{b,c}~"),
        QStringLiteral("-n"),
        QStringLiteral("${HOME}$PATH"),
        QStringLiteral("tab\there\r"),
        QString::fromUtf8("中文/路径"),
        QString(),
    };
}

QProcessEnvironment envWithHome(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("XDG_STATE_HOME"));
    return env;
}

// Every file under `root` with its bytes' hash, except the script's own backups.
QMap<QString, QByteArray> treeState(const QString &root)
{
    QMap<QString, QByteArray> state;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.contains(QLatin1String("/.local/state/go-env-doctor/")))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        state.insert(path.mid(root.size()), QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return state;
}

QString library()
{
    QFile f(QStringLiteral(":/data/fix-script-library.bash"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

Report scan(const SystemView &system)
{
    return ScanEngine::run(system, CheckRegistry::all());
}

QStringList speakingIds(const Report &report)
{
    QStringList ids;
    for (const CheckResult &r : report.results) {
        if (r.severity == Severity::Warning || r.severity == Severity::Error)
            ids << r.check;
    }
    return ids;
}

// Every snapshot folder we have: ours and the shared worked examples.
QStringList allSnapshots()
{
    QStringList out;
    for (const QString &root :
         {QStringLiteral(GED_FIXTURES "/snapshots"), QStringLiteral(GED_SOURCE_DIR "/../shared/snapshots")}) {
        const QDir dir(root);
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QString folder = dir.filePath(name + QStringLiteral("/snapshot"));
            if (QFile::exists(folder + QStringLiteral("/manifest.json")) ||
                QFile::exists(folder + QStringLiteral("/root")))
                out << folder;
        }
    }
    return out;
}

bool copyTree(const QString &from, const QString &to)
{
    return run(QStringLiteral("cp"), {QStringLiteral("-a"), from, to}).exitCode == 0;
}

} // namespace

class TestRemedy : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_marker;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_marker = m_tmp.filePath(QStringLiteral("pwned"));
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("shellcheck")).isEmpty(),
                 "shellcheck is needed (packaging/deps.sh --test installs it)");
        QVERIFY(!library().isEmpty());
    }

    void cleanup() { QVERIFY2(!QFile::exists(m_marker), "a hostile value was executed"); }

    // ShellQuote::word(s) read back by bash and by dash (the shell ~/.profile is read with) is s.
    void wordRoundTrips_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QString>("value");
        int i = 0;
        for (const QString &shell : {QStringLiteral("bash"), QStringLiteral("dash")}) {
            for (const QString &s : hostileStrings(m_marker))
                QTest::addRow("%s-%d", qPrintable(shell), i++) << shell << s;
        }
    }
    void wordRoundTrips()
    {
        QFETCH(QString, shell);
        QFETCH(QString, value);
        const Run r = run(shell, {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + ShellQuote::word(value)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), value);
    }

    // A path in $HOME is written with $HOME, and still means exactly that path.
    void pathWordKeepsHomeSymbolic()
    {
        const QString home = QStringLiteral("/home/a b$(x)");
        QCOMPARE(ShellQuote::pathWord(home + QStringLiteral("/go/bin"), home), QStringLiteral("\"${HOME}\"'/go/bin'"));
        QCOMPARE(ShellQuote::pathWord(QStringLiteral("/home/a b$(x)y/go"), home),
                 ShellQuote::word(QStringLiteral("/home/a b$(x)y/go")));
        QCOMPARE(ShellQuote::pathWord(QStringLiteral("/usr/local/go/bin"), QStringLiteral("/")),
                 QStringLiteral("'/usr/local/go/bin'"));
        QProcessEnvironment env = envWithHome(home);
        const Run r = run(QStringLiteral("bash"),
                          {QStringLiteral("-c"),
                           QStringLiteral("printf '%s' ") + ShellQuote::pathWord(home + QStringLiteral("/x'y"), home)},
                          env);
        QCOMPARE(QString::fromUtf8(r.out), home + QStringLiteral("/x'y"));
    }

    void commentsStayOnOneLine()
    {
        for (const QString &s : hostileStrings(m_marker)) {
            const QString c = ShellQuote::comment(s);
            QVERIFY(!c.contains(QLatin1Char('\n')));
            QVERIFY(!c.contains(QLatin1Char('\r')));
        }
        QCOMPARE(ShellQuote::comment(QStringLiteral("a\nb")), QStringLiteral("a\\nb"));
        QVERIFY(!ShellQuote::envdSafe(QStringLiteral("/a b")));
        QVERIFY(!ShellQuote::envdSafe(QStringLiteral("/a$b")));
        QVERIFY(ShellQuote::envdSafe(QStringLiteral("/usr/local/go/bin")));
    }

    // The script's own ged_path_line (for a folder known only when it runs) writes exactly what
    // StartupBlock::pathLine writes.
    void pathLineMatchesTheLibrary_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("place");
        for (const QString &d : {QStringLiteral("sh"), QStringLiteral("fish"), QStringLiteral("environment.d")}) {
            for (const QString &p : {QStringLiteral("first"), QStringLiteral("last")}) {
                QTest::addRow("%s-%s-plain", qPrintable(d), qPrintable(p))
                    << d << QStringLiteral("/usr/local/go/bin") << p;
                if (d != QLatin1String("environment.d"))
                    QTest::addRow("%s-%s-hostile", qPrintable(d), qPrintable(p))
                        << d << QStringLiteral("/opt/it's $(x)\\/bin") << p;
            }
        }
    }
    void pathLineMatchesTheLibrary()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, folder);
        QFETCH(QString, place);
        const StartupBlock::Dialect d = dialect == QLatin1String("sh")     ? StartupBlock::Dialect::Sh
                                        : dialect == QLatin1String("fish") ? StartupBlock::Dialect::Fish
                                                                           : StartupBlock::Dialect::EnvironmentD;
        const QString expected = StartupBlock::pathLine(
            d, folder, place == QLatin1String("first") ? StartupBlock::Place::First : StartupBlock::Place::Last,
            QString());
        const Run r = run(QStringLiteral("bash"),
                          {QStringLiteral("-c"), QStringLiteral("source /dev/stdin; ged_path_line \"$@\""),
                           QStringLiteral("bash"), dialect, folder, place},
                          {}, library().toUtf8());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), expected);
    }

    // The PATH lines work when sh reads them: first moves the folder to the front once, last adds
    // it once; a second reading changes nothing.
    void shPathLinesWork()
    {
        const QString folder = QStringLiteral("/opt/go $(touch %1)/bin").arg(m_marker);
        const QString first = StartupBlock::pathLine(StartupBlock::Dialect::Sh, folder, StartupBlock::Place::First, {});
        const QString last = StartupBlock::pathLine(StartupBlock::Dialect::Sh, QStringLiteral("/snap/bin"),
                                                    StartupBlock::Place::Last, {});
        const QString program =
            QStringLiteral("PATH=/usr/bin:/bin\n%1\n%2\n%1\n%2\nprintf '%s' \"$PATH\"").arg(first, last);
        const Run r = run(QStringLiteral("dash"), {QStringLiteral("-c"), program});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out), folder + QStringLiteral(":/usr/bin:/bin:/snap/bin"));
    }

    // The script of every fixture passes shellcheck with no output at all, and bash -n.
    void everyFixtureScriptPassesShellcheck_data()
    {
        QTest::addColumn<QString>("folder");
        for (const QString &f : allSnapshots())
            QTest::newRow(qPrintable(QFileInfo(QFileInfo(f).path()).fileName())) << f;
    }
    void everyFixtureScriptPassesShellcheck()
    {
        QFETCH(QString, folder);
        QString error;
        auto system = SnapshotSystem::open(folder, &error);
        QVERIFY2(system, qPrintable(error));
        const Report report = scan(*system);
        const QList<FixStep> steps = FixCatalog::plan(report, {});
        for (const FixStep &s : steps) {
            QVERIFY2(!s.title.isEmpty(), qPrintable(s.fixId));
            QVERIFY2(s.isManual() || s.manual.isEmpty() || s.fixId.startsWith(QLatin1String("fix.path")),
                     qPrintable(s.fixId));
        }
        const QString script = FixScript::render(steps, FixScript::targetOf(*report.facts));
        const QString file = m_tmp.filePath(QStringLiteral("check.sh"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(script.toUtf8());
        out.close();
        const Run sc = run(QStringLiteral("shellcheck"), {QStringLiteral("--shell=bash"), file});
        QVERIFY2(sc.exitCode == 0 && sc.out.isEmpty(), sc.out.constData());
        QCOMPARE(run(QStringLiteral("bash"), {QStringLiteral("-n"), file}).exitCode, 0);
        QVERIFY(script.startsWith(QLatin1String("#!/usr/bin/env bash\n")));
        QVERIFY(script.contains(QLatin1String("\nset -euo pipefail\n")));
    }

    // A user whose home folder and PATH folders hold every kind of hostile text: the script runs,
    // writes the names literally, and nothing in them is ever executed (by the script, or by sh
    // reading the start-up file afterwards).
    void hostileHomeAndPath()
    {
        const QString home = m_tmp.filePath(QStringLiteral("h o'me$(touch %1)`touch %1`\"x\ny").arg(m_marker));
        QVERIFY(QDir().mkpath(home));
        const QString goRoot = home + QStringLiteral("/sdk/go $(touch %1)").arg(m_marker);
        for (const QString &sub : {QStringLiteral("/bin"), QStringLiteral("/src"), QStringLiteral("/pkg/tool")})
            QVERIFY(QDir().mkpath(goRoot + sub));
        const QString goroot = QStringLiteral("export GOROOT='/opt/go$(touch %1)'").arg(m_marker);
        QFile profile(home + QStringLiteral("/.profile"));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write(QStringLiteral("# mine\n%1\n").arg(goroot).toUtf8());
        profile.close();
        const QByteArray original = [&] {
            QFile f(profile.fileName());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        Facts facts;
        facts.host.hostname = QStringLiteral("host`touch %1`").arg(m_marker);
        facts.host.machine = QStringLiteral("x86_64");
        facts.user.name = QStringLiteral("u$(touch %1)").arg(m_marker);
        facts.user.home = home;
        facts.shell.loginShell = ShellKind::Bash;
        facts.goBin.path = home + QStringLiteral("/go/bin");
        GoInstall install;
        install.tree.path = goRoot;
        install.tree.exists = install.tree.hasBinGo = install.tree.hasSrc = install.tree.hasPkgTool = true;
        install.tree.version = GoVersion::parse(QStringLiteral("go1.99.1"));
        install.source = QStringLiteral("sdk");
        facts.installs << install;
        StartupFile sf;
        sf.path = profile.fileName();
        sf.exists = true;
        ShellAssignment a;
        a.file = sf.path;
        a.line = 2;
        a.variable = QStringLiteral("GOROOT");
        a.text = goroot;
        a.value = QStringLiteral("/opt/go$(touch %1)").arg(m_marker);
        sf.assignments << a;
        facts.shell.files << sf;

        auto result = [](const char *check, Severity s, const char *fix) {
            CheckResult r;
            r.check = QString::fromLatin1(check);
            r.severity = s;
            r.title = QStringLiteral("title with\nnewline $(touch x)");
            r.fixes << QString::fromLatin1(fix);
            return r;
        };
        const QList<CheckResult> results{result("go.not-found", Severity::Error, "fix.path-go-first"),
                                         result("gopath.bin-not-on-path", Severity::Warning, "fix.path-add-gobin"),
                                         result("goroot.mismatch", Severity::Error, "fix.remove-goroot-export")};
        const QList<FixStep> steps = FixCatalog::plan(facts, results, {});
        QCOMPARE(steps.size(), 3);
        const QString script = FixScript::render(steps, FixScript::targetOf(facts));
        const QString file = m_tmp.filePath(QStringLiteral("hostile.sh"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(script.toUtf8());
        out.close();
        const Run sc = run(QStringLiteral("shellcheck"), {file});
        QVERIFY2(sc.exitCode == 0 && sc.out.isEmpty(), sc.out.constData());

        // Another machine and user: refused without --force, and nothing changed.
        const Run refused = run(QStringLiteral("bash"), {file}, envWithHome(home));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("this script was made for"), refused.err.constData());

        const Run r = run(QStringLiteral("bash"), {file, QStringLiteral("--force")}, envWithHome(home));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QFile::exists(m_marker));
        QFile changed(profile.fileName());
        QVERIFY(changed.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(changed.readAll());
        QVERIFY(text.contains(QStringLiteral("# [go-env-doctor] ") + goroot));
        QVERIFY(text.contains(QLatin1String("# >>> go-env-doctor >>>")));
        // sh reads the new ~/.profile: the SDK's bin folder is first and go/bin last, literally.
        const Run sh = run(
            QStringLiteral("dash"),
            {QStringLiteral("-c"), QStringLiteral("PATH=/usr/bin:/bin; . \"$HOME/.profile\"; printf '%s' \"$PATH\"")},
            envWithHome(home));
        QCOMPARE(sh.exitCode, 0);
        QCOMPARE(QString::fromUtf8(sh.out),
                 goRoot + QStringLiteral("/bin:/usr/bin:/bin:") + home + QStringLiteral("/go/bin"));
        QVERIFY(!QFile::exists(m_marker));

        const Run undo =
            run(QStringLiteral("bash"), {file, QStringLiteral("--force"), QStringLiteral("--undo")}, envWithHome(home));
        QVERIFY2(undo.exitCode == 0, undo.err.constData());
        QFile restored(profile.fileName());
        QVERIFY(restored.open(QIODevice::ReadOnly));
        QCOMPARE(restored.readAll(), original);
    }

    // Scripts run for real on copies of fixtures, with HOME in the copy: the user steps only (the
    // root ones are tst_fixroot's). What the start-up files decide is gone on re-scan; a second
    // run, --undo and --dry-run are compared byte for byte.
    void fixtureRoundTrip_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QStringList>("goneAfter"); // warning/error ids the re-scan no longer has
        QTest::newRow("zsh-exports-in-bashrc")
            << QStringLiteral("zsh-exports-in-bashrc") << QStringList{QStringLiteral("shell.rc-mismatch")};
        QTest::newRow("bashrc-only-ide-from-desktop")
            << QStringLiteral("bashrc-only-ide-from-desktop") << QStringList{QStringLiteral("shell.gui-session")};
        QTest::newRow("fish-add-path") << QStringLiteral("fish-add-path")
                                       << QStringList{QStringLiteral("shell.gui-session")};
        QTest::newRow("path-tilde-literal")
            << QStringLiteral("path-tilde-literal") << QStringList{QStringLiteral("shell.gui-session")};
        QTest::newRow("goenv-modules-off")
            << QStringLiteral("goenv-modules-off")
            << QStringList{QStringLiteral("modules.disabled"), QStringLiteral("goenv.file-overrides")};
        QTest::newRow("stale-goroot") << QStringLiteral("stale-goroot") << QStringList{};
    }
    void fixtureRoundTrip()
    {
        QFETCH(QString, fixture);
        QFETCH(QStringList, goneAfter);
        const QString copy = m_tmp.filePath(fixture);
        QVERIFY(copyTree(QStringLiteral(GED_FIXTURES "/snapshots/%1/snapshot").arg(fixture), copy));
        QString error;
        auto before = SnapshotSystem::open(copy, &error);
        QVERIFY2(before, qPrintable(error));
        const Report first = scan(*before);
        for (const QString &id : goneAfter)
            QVERIFY2(speakingIds(first).contains(id), qPrintable(id));
        QList<FixStep> steps;
        for (const FixStep &s : FixCatalog::plan(first, {})) {
            if (!s.needsRoot && !s.isManual())
                steps << s;
        }
        QVERIFY(!steps.isEmpty());
        const QString script = m_tmp.filePath(fixture + QStringLiteral(".sh"));
        QFile out(script);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(FixScript::render(steps, FixScript::targetOf(*first.facts)).toUtf8());
        out.close();
        const QString home = copy + QStringLiteral("/root") + first.facts->user.home;
        const QProcessEnvironment env = envWithHome(home);
        const QMap<QString, QByteArray> original = treeState(copy);

        const Run dry =
            run(QStringLiteral("bash"), {script, QStringLiteral("--force"), QStringLiteral("--dry-run")}, env);
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        QVERIFY(dry.out.contains("would change"));
        QVERIFY(dry.out.contains("Dry run: nothing was changed."));
        QCOMPARE(treeState(copy), original);
        QVERIFY(!QFile::exists(home + QStringLiteral("/.local/state/go-env-doctor")));

        const Run once = run(QStringLiteral("bash"), {script, QStringLiteral("--force")}, env);
        QVERIFY2(once.exitCode == 0, once.err.constData());
        const QMap<QString, QByteArray> fixed = treeState(copy);
        QVERIFY(fixed != original);

        auto after = SnapshotSystem::open(copy, &error);
        QVERIFY2(after, qPrintable(error));
        const QStringList still = speakingIds(scan(*after));
        for (const QString &id : goneAfter)
            QVERIFY2(!still.contains(id), qPrintable(id + QStringLiteral(" still fires after the fix")));

        const Run twice = run(QStringLiteral("bash"), {script, QStringLiteral("--force")}, env);
        QVERIFY2(twice.exitCode == 0, twice.err.constData());
        QVERIFY2(twice.out.contains("Nothing needed changing."), twice.out.constData());
        QCOMPARE(treeState(copy), fixed);

        const Run undo =
            run(QStringLiteral("bash"), {script, QStringLiteral("--force"), QStringLiteral("--undo")}, env);
        QVERIFY2(undo.exitCode == 0, undo.err.constData());
        QCOMPARE(treeState(copy), original);
        // A second --undo finds no backup left: the one before was used.
        const Run again =
            run(QStringLiteral("bash"), {script, QStringLiteral("--force"), QStringLiteral("--undo")}, env);
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("no backup to restore"));
    }

    // Two fixes writing the same start-up file keep each other's sections: running the script for
    // one fix after the other leaves both in the one block.
    void blockSectionsAreKept()
    {
        const QString home = m_tmp.filePath(QStringLiteral("sections"));
        QVERIFY(QDir().mkpath(home));
        const QString file = home + QStringLiteral("/.profile");
        auto set = [&](const QString &section, const QString &body) {
            const QString program = QStringLiteral("source /dev/stdin; ged_block_set %1 %2 %3")
                                        .arg(ShellQuote::word(file), ShellQuote::word(section), ShellQuote::word(body));
            return run(QStringLiteral("bash"), {QStringLiteral("-c"), program}, envWithHome(home), library().toUtf8());
        };
        QCOMPARE(set(QStringLiteral("fix.a"), QStringLiteral("A=1")).exitCode, 0);
        QCOMPARE(set(QStringLiteral("fix.b"), QStringLiteral("B=2")).exitCode, 0);
        QCOMPARE(set(QStringLiteral("fix.a"), QStringLiteral("A=3")).exitCode, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QCOMPARE(text.count(QLatin1String("# >>> go-env-doctor >>>")), 1);
        QVERIFY(text.contains(QLatin1String("# [fix.a]\nA=3\n# [fix.b]\nB=2\n# <<< go-env-doctor <<<\n")));
        QVERIFY(!text.contains(QLatin1String("A=1")));
        f.close();
        // A start marker without its end is not guessed at.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("x=1\n# >>> go-env-doctor >>>\nA=1\n");
        f.close();
        const Run broken = set(QStringLiteral("fix.a"), QStringLiteral("A=2"));
        QCOMPARE(broken.exitCode, 1);
        QVERIFY(broken.err.contains("without its end line"));
    }

    // GOFLAGS with -insecure next to a good flag: the real go rewrites the go env file with the
    // good flag alone (go env -w); a second run finds nothing to do.
    void goenvKeepsGoodFlags()
    {
        if (!QFileInfo(QStringLiteral("/usr/bin/go")).isExecutable())
            QSKIP("needs Debian's golang-go (/usr/bin/go)");
        const QString home = m_tmp.filePath(QStringLiteral("goflags"));
        QVERIFY(QDir().mkpath(home + QStringLiteral("/.config/go")));
        const QString envFile = home + QStringLiteral("/.config/go/env");
        QFile f(envFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("GOFLAGS=-insecure -mod=mod\n");
        f.close();
        Facts facts;
        facts.user.home = home;
        facts.user.name = QStringLiteral("someone");
        facts.host.hostname = QStringLiteral("elsewhere");
        facts.envFile.path = envFile;
        facts.envFile.exists = true;
        facts.envFile.settings << GoEnvSetting{1, QStringLiteral("GOFLAGS"), QStringLiteral("-insecure -mod=mod")};
        GoCandidate go;
        go.path = QStringLiteral("/usr/bin/go");
        facts.gos << go;
        facts.active = 0;
        CheckResult r;
        r.check = QStringLiteral("goenv.obsolete");
        r.severity = Severity::Error;
        r.evidence << Evidence::file(envFile, 1, QStringLiteral("GOFLAGS=-insecure -mod=mod"));
        r.fixes << QStringLiteral("fix.goenv-unset");
        const QList<FixStep> steps = FixCatalog::plan(facts, {r}, {});
        QCOMPARE(steps.size(), 1);
        QVERIFY2(steps.first().code.contains(QLatin1String("ged_goenv_set")), qPrintable(steps.first().code));
        const QString script = m_tmp.filePath(QStringLiteral("goflags.sh"));
        QFile out(script);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(FixScript::render(steps, FixScript::targetOf(facts)).toUtf8());
        out.close();
        const Run once = run(QStringLiteral("bash"), {script, QStringLiteral("--force")}, envWithHome(home));
        QVERIFY2(once.exitCode == 0, once.err.constData());
        QVERIFY2(once.out.contains("ran: go env -w GOFLAGS=-mod=mod"), once.out.constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("GOFLAGS=-mod=mod\n"));
        f.close();
        const Run twice = run(QStringLiteral("bash"), {script, QStringLiteral("--force")}, envWithHome(home));
        QVERIFY2(twice.out.contains("Nothing needed changing."), twice.out.constData());
    }

    // Which steps are ticked at first: not removing the snap Go that PATH is pointed at, not the
    // download when only a warning asks for it, never a manual step.
    void recommendations()
    {
        Facts facts;
        facts.host.machine = QStringLiteral("x86_64");
        facts.user.home = QStringLiteral("/home/a");
        facts.user.name = QStringLiteral("a");
        GoInstall snap;
        snap.tree.path = QStringLiteral("/snap/go/10730");
        snap.tree.exists = snap.tree.hasBinGo = snap.tree.hasSrc = snap.tree.hasPkgTool = true;
        snap.tree.version = GoVersion::parse(QStringLiteral("go1.25.3"));
        snap.source = QStringLiteral("snap");
        facts.installs << snap;
        CheckResult shadowed;
        shadowed.check = QStringLiteral("go.shadowed");
        shadowed.severity = Severity::Error;
        shadowed.fixes << QStringLiteral("fix.path-go-first");
        CheckResult conflict;
        conflict.check = QStringLiteral("snap.conflict");
        conflict.severity = Severity::Warning;
        conflict.fixes << QStringLiteral("fix.remove-snap-go");
        CheckResult patch;
        patch.check = QStringLiteral("go.patch-behind");
        patch.severity = Severity::Warning;
        patch.fixes << QStringLiteral("fix.install-go-tarball");
        CheckResult manual;
        manual.check = QStringLiteral("shell.not-loaded");
        manual.severity = Severity::Warning;
        manual.howToFix = QStringLiteral("Open a new terminal.");
        manual.fixes << QStringLiteral("fix.source-profile");
        const QList<FixStep> steps = FixCatalog::plan(facts, {shadowed, conflict, patch, manual}, {});
        QMap<QString, FixStep> byId;
        for (const FixStep &s : steps)
            byId.insert(s.fixId, s);
        QCOMPARE(byId.size(), 4);
        QVERIFY(byId.value(QStringLiteral("fix.path-go-first")).title.contains(QLatin1String("/snap/bin")));
        QVERIFY(byId.value(QStringLiteral("fix.path-go-first")).recommended);
        QVERIFY(!byId.value(QStringLiteral("fix.remove-snap-go")).recommended);
        QVERIFY(!byId.value(QStringLiteral("fix.install-go-tarball")).recommended);
        QVERIFY(byId.value(QStringLiteral("fix.source-profile")).isManual());
        QVERIFY(!byId.value(QStringLiteral("fix.source-profile")).recommended);
        QCOMPARE(byId.value(QStringLiteral("fix.source-profile")).manual, QStringLiteral("Open a new terminal."));
        // A passed result names no fix.
        shadowed.severity = Severity::Ok;
        QVERIFY(FixCatalog::plan(facts, {shadowed}, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRemedy)
#include "tst_remedy.moc"
