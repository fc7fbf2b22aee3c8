// The root steps of generated fix scripts, run for real as root inside a throwaway mount namespace
// (unshare -m) where /etc/systemd, /etc/security and /usr/local/bin are bind mounts of copies of a
// fixture's own files, and HOME is a copy of the fixture's home. For each fixture:
//   - --dry-run names every change and changes nothing;
//   - the run writes exactly the expected files;
//   - a second run changes nothing (the whole trees, bytes and times);
//   - --undo restores everything byte for byte and removes what the run created.
// apt and snap removals are only dry-run: a copy of dpkg's status file with a stanza for the
// fixture's package is bind-mounted so the real dpkg-query sees it installed, and a stand-in
// `snap` says the snap is there. The host's own files are checked to be untouched after every run.
#include "FixScriptHarness.h"
#include "checks/CheckRegistry.h"
#include "engine/ScanEngine.h"
#include "model/Facts.h"
#include "remedy/FixCatalog.h"
#include "remedy/FixScript.h"
#include "system/SnapshotSystem.h"

#include <QtTest>

#include <memory>

using namespace FixScriptHarness;

namespace {

// The host folders a case may bind over; each has a copy under the case folder.
const QStringList kMountable{QStringLiteral("/etc/systemd"), QStringLiteral("/etc/security"),
                             QStringLiteral("/usr/local/bin")};
const QString kDpkgStatus = QStringLiteral("/var/lib/dpkg/status");

QString mangle(const QString &target)
{
    QString m = target.mid(1);
    m.replace(QLatin1Char('/'), QLatin1Char('-'));
    return m; // "etc-systemd"
}

// The host's files a mistake would touch: every entry's kind, mode, size, link target and change
// time (ctime moves with any write, chmod or rename, and nothing can set it back), compared
// before and after every run. Metadata only: /usr/local/bin may hold large programs.
Tree hostPicture()
{
    Tree t;
    QStringList roots = kMountable;
    roots << kDpkgStatus;
    for (const QString &root : std::as_const(roots)) {
        QStringList paths{root};
        QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
        for (const QString &path : std::as_const(paths)) {
            struct stat st {};
            if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
                t.insert(path, "missing");
                continue;
            }
            t.insert(path, QByteArray::number(st.st_mode, 8) + " size " + QByteArray::number(qint64(st.st_size)) +
                               " ctime " + QByteArray::number(qint64(st.st_ctim.tv_sec)) + "." +
                               QByteArray::number(qint64(st.st_ctim.tv_nsec)) + " -> " +
                               QFile::encodeName(QFile::symLinkTarget(path)));
        }
    }
    return t;
}

// `text` with every line that reads `line` (blanks around it aside) commented out the way
// ged_comment_out does it.
QByteArray commentedOut(const QByteArray &text, const QByteArray &line)
{
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray &l : lines) {
        if (l.trimmed() == line)
            l = "# [go-env-doctor] " + l;
    }
    return lines.join('\n');
}

} // namespace

class TestFixRoot : public QObject {
    Q_OBJECT

    QString m_skip; // why the namespace cannot be used here (empty: it can)
    Tree m_hostAtStart;

    // One case's world.
    std::unique_ptr<QTemporaryDir> m_case;
    QString m_home, m_tmpDir, m_fakeBin, m_script;
    QStringList m_mounts;      // host targets bound over in this case
    bool m_fakeStatus = false; // /var/lib/dpkg/status is bound over too

    QString copyOf(const QString &target) const { return m_case->path() + QLatin1Char('/') + mangle(target); }

    // Where a path of the script's world (/etc/..., ~/...) is in the case folder.
    QString worldPath(const QString &path) const
    {
        if (path.startsWith(QLatin1String("~/")))
            return m_home + path.mid(1);
        for (const QString &m : m_mounts) {
            if (path.startsWith(m + QLatin1Char('/')))
                return copyOf(m) + path.mid(m.size());
        }
        return {};
    }

    // Every tree the script may change: HOME and the bound copies (`withTimes` for "nothing at all").
    Tree world(bool withTimes, bool withState = true) const
    {
        Tree t;
        const QStringList skip = withState ? QStringList() : QStringList{QStringLiteral(".local")};
        const Tree home = tree(m_home, withTimes, skip);
        for (auto it = home.cbegin(); it != home.cend(); ++it)
            t.insert(QStringLiteral("~/") + it.key(), it.value());
        for (const QString &m : m_mounts) {
            const Tree sub = tree(copyOf(m), withTimes);
            for (auto it = sub.cbegin(); it != sub.cend(); ++it)
                t.insert(m + QLatin1Char('/') + it.key(), it.value());
        }
        return t;
    }

    // The case folder: copies of the snapshot's HOME and of the folders to bind over.
    void prepare(const QString &snapshotRoot, const QString &user, const QStringList &mounts)
    {
        m_case = std::make_unique<QTemporaryDir>();
        QVERIFY(m_case->isValid());
        m_home = m_case->path() + QStringLiteral("/home");
        m_tmpDir = m_case->path() + QStringLiteral("/tmp");
        m_fakeBin = m_case->path() + QStringLiteral("/fakebin");
        QVERIFY(QDir().mkpath(m_home) && QDir().mkpath(m_tmpDir) && QDir().mkpath(m_fakeBin));
        const QString snapHome = snapshotRoot + QStringLiteral("/home/") + user;
        if (!snapshotRoot.isEmpty() && QFileInfo(snapHome).isDir())
            QVERIFY(copyTree(snapHome, m_home));
        m_mounts = mounts;
        for (const QString &m : mounts) {
            QVERIFY2(kMountable.contains(m), qPrintable(m));
            QVERIFY2(QFileInfo(m).isDir(), qPrintable(m + QStringLiteral(" is missing on this machine")));
            const QString from = snapshotRoot + m;
            if (!snapshotRoot.isEmpty() && QFileInfo(from).isDir())
                QVERIFY(copyTree(from, copyOf(m)));
            else
                QVERIFY(QDir().mkpath(copyOf(m)));
        }
        m_fakeStatus = false;
    }

    // The script for every fix the fixture's findings name, as `--fix-script` writes it.
    void scriptFromFixture(const QString &fixture, QList<FixStep> *steps = nullptr)
    {
        QString error;
        auto system = SnapshotSystem::open(QStringLiteral(GED_FIXTURES "/snapshots/%1/snapshot").arg(fixture), &error);
        QVERIFY2(system, qPrintable(error));
        const Report report = ScanEngine::run(*system, CheckRegistry::all());
        QVERIFY(report.facts);
        const QList<FixStep> planned = FixCatalog::plan(report, FixCatalog::Options());
        if (steps)
            *steps = planned;
        writeScript(planned, FixScript::targetOf(*report.facts, QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC)));
    }

    void writeScript(const QList<FixStep> &steps, const FixScript::Target &target)
    {
        m_script = m_case->path() + QStringLiteral("/go-env-doctor-fix.sh");
        QVERIFY(writeFile(m_script, FixScript::render(steps, target).toUtf8()));
        const QString complaints = shellcheckComplaints(m_script);
        QVERIFY2(complaints.isEmpty(), qPrintable(complaints));
    }

    // A copy of dpkg's status with `package` installed, bound over the real one in the namespace.
    void fakeInstalledPackage(const QString &package)
    {
        QByteArray status = readFile(kDpkgStatus);
        QVERIFY(!status.isEmpty());
        if (!status.endsWith("\n\n"))
            status += status.endsWith('\n') ? "\n" : "\n\n";
        status += "Package: " + package.toUtf8() +
                  "\nStatus: install ok installed\nPriority: optional\nSection: golang\nInstalled-Size: 1\n"
                  "Maintainer: Go Env Doctor tests <tests@example.invalid>\nArchitecture: amd64\n"
                  "Version: 1.22.2-2\nDescription: stand-in installed by tst_fixroot\n\n";
        QVERIFY(writeFile(copyOf(kDpkgStatus), status));
        m_fakeStatus = true;
    }

    // A stand-in `snap` that says the go snap is installed and logs every call.
    void fakeSnap()
    {
        QVERIFY(writeFile(m_fakeBin + QStringLiteral("/snap"),
                          "#!/bin/sh\nprintf '%s\\n' \"$*\" >>\"$(dirname \"$0\")/snap.log\"\n"
                          "if [ \"$1\" = list ]; then\n"
                          "  printf 'Name  Version  Rev    Tracking       Publisher   Notes\\n"
                          "go    1.23.2   10730  1.23/stable    canonical** classic\\n'\n"
                          "  exit 0\nfi\nexit 1\n",
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }

    // Runs the script with `args` (and --force: it was made for the fixture's user and machine)
    // inside a new mount namespace with the case's copies bound over the host's folders.
    Run runInNamespace(const QStringList &args)
    {
        QStringList nsArgs{QStringLiteral("--mount"),
                           QStringLiteral("--propagation"),
                           QStringLiteral("private"),
                           QStringLiteral("--"),
                           QStringLiteral("sh"),
                           QStringLiteral("-c"),
                           QStringLiteral("set -e\n"
                                          "while [ \"$1\" != -- ]; do mount --bind \"$1\" \"$2\"; shift 2; done\n"
                                          "shift\n"
                                          // Never let a reload reach a real systemd.
                                          "if [ -d /run/systemd/system ]; then mount -t tmpfs ged /run/systemd; fi\n"
                                          "exec \"$@\""),
                           QStringLiteral("ns")};
        for (const QString &m : std::as_const(m_mounts))
            nsArgs << copyOf(m) << m;
        if (m_fakeStatus)
            nsArgs << copyOf(kDpkgStatus) << kDpkgStatus;
        nsArgs << QStringLiteral("--") << QStringLiteral("bash") << m_script << QStringLiteral("--force") << args;
        QProcessEnvironment env = scriptEnvironment(m_home, m_tmpDir);
        env.insert(QStringLiteral("PATH"), m_fakeBin + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
        const Tree hostBefore = hostPicture();
        const Run r = run(QStringLiteral("unshare"), nsArgs, env, m_home);
        const QString hostDiff = treeDiff(hostBefore, hostPicture());
        if (!hostDiff.isEmpty())
            qWarning("the host's files changed during a run:\n%s", qPrintable(hostDiff));
        m_hostChanged = m_hostChanged || !hostDiff.isEmpty();
        return r;
    }
    bool m_hostChanged = false;

    struct Expectation {
        QMap<QString, QByteArray> after; // path (/etc/..., ~/...) -> exact content after the run
        QStringList gone;                // paths the run removes
        QStringList dryRunSays;          // lines (trimmed) the dry run prints
        QStringList runSays;             // lines (trimmed) the run prints
        QStringList runContains;         // text the run prints
    };

    static bool hasLine(const QString &out, const QString &line)
    {
        for (const QString &l : out.split(QLatin1Char('\n'))) {
            if (l.trimmed() == line)
                return true;
        }
        return false;
    }

    // Dry run, run, second run, --undo: the whole cycle against one expectation.
    void cycle(const Expectation &e)
    {
        const Tree original = world(true);
        const Tree originalNoTimes = world(false, false);
        for (auto it = e.after.cbegin(); it != e.after.cend(); ++it)
            QVERIFY2(!worldPath(it.key()).isEmpty(), qPrintable(it.key()));

        // --dry-run: names every change, changes nothing.
        const Run dry = runInNamespace({QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
        QVERIFY2(dry.err.contains(QLatin1String("(--force)")), qPrintable(dry.describe()));
        for (const QString &line : e.dryRunSays)
            QVERIFY2(hasLine(dry.out, line),
                     qPrintable(QStringLiteral("no line \"%1\" in\n%2").arg(line, dry.describe())));
        QVERIFY2(hasLine(dry.out, QStringLiteral("Dry run: nothing was changed.")), qPrintable(dry.describe()));
        QString diff = treeDiff(original, world(true));
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("--dry-run changed:\n") + diff));

        // The run: exactly the expected content.
        const Run first = runInNamespace({});
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        for (const QString &line : e.runSays)
            QVERIFY2(hasLine(first.out, line),
                     qPrintable(QStringLiteral("no line \"%1\" in\n%2").arg(line, first.describe())));
        for (const QString &text : e.runContains)
            QVERIFY2(first.out.contains(text),
                     qPrintable(QStringLiteral("no \"%1\" in\n%2").arg(text, first.describe())));
        for (auto it = e.after.cbegin(); it != e.after.cend(); ++it) {
            const QString path = worldPath(it.key());
            QVERIFY2(QFileInfo(path).isFile(), qPrintable(it.key() + QStringLiteral(" was not written")));
            QCOMPARE(readFile(path), it.value());
        }
        for (const QString &p : e.gone) {
            const QFileInfo fi(worldPath(p));
            QVERIFY2(!fi.exists() && !fi.isSymLink(), qPrintable(p + QStringLiteral(" is still there")));
        }
        // Nothing else changed: the files not named keep their bytes (backups aside).
        const Tree ran = world(false, false);
        for (auto it = originalNoTimes.cbegin(); it != originalNoTimes.cend(); ++it) {
            if (e.after.contains(it.key()) || e.gone.contains(it.key()))
                continue;
            QVERIFY2(ran.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" changed unexpectedly")));
        }
        for (auto it = ran.cbegin(); it != ran.cend(); ++it) {
            if (originalNoTimes.contains(it.key()) || e.after.contains(it.key()))
                continue;
            bool parentOfNew = false;
            for (auto a = e.after.cbegin(); a != e.after.cend(); ++a)
                parentOfNew = parentOfNew || a.key().startsWith(it.key() + QLatin1Char('/'));
            QVERIFY2(parentOfNew, qPrintable(it.key() + QStringLiteral(" appeared unexpectedly")));
        }
        QVERIFY2(QDir(m_tmpDir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 "the script left files in TMPDIR");

        // A second run: nothing to do, not a byte or a time changes.
        const Tree afterFirst = world(true);
        const Run second = runInNamespace({});
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        QVERIFY2(hasLine(second.out, QStringLiteral("Nothing needed changing.")), qPrintable(second.describe()));
        // ... and does not ask systemd to reload for nothing (through sudo, on a real machine).
        QVERIFY2(!second.out.contains(QLatin1String("Telling systemd")), qPrintable(second.describe()));
        diff = treeDiff(afterFirst, world(true));
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("the second run changed:\n") + diff));

        // --undo: everything as it was, created files and folders gone again.
        const Run undo = runInNamespace({QStringLiteral("--undo")});
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.describe()));
        diff = treeDiff(originalNoTimes, world(false, false));
        QVERIFY2(diff.isEmpty(),
                 qPrintable(QStringLiteral("--undo left:\n") + diff + QLatin1Char('\n') + undo.describe()));
        QVERIFY2(!m_hostChanged, "the host's own files changed (see the warnings)");
    }

private slots:
    void initTestCase()
    {
        for (const char *tool : {"bash", "unshare", "mount", "shellcheck", "dpkg-query"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is needed (packaging/deps.sh --test)").arg(QLatin1String(tool))));
        // Can this process make a mount namespace and bind inside it, without the host seeing it?
        QTemporaryDir probe;
        QVERIFY(writeFile(probe.path() + QStringLiteral("/ged-probe"), "x"));
        const Run r = run(QStringLiteral("unshare"),
                          {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
                           QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("mount --bind \"$1\" /etc/security && test -e /etc/security/ged-probe"),
                           QStringLiteral("ns"), probe.path()},
                          QProcessEnvironment::systemEnvironment());
        if (r.exitCode != 0)
            QSKIP(qPrintable(QStringLiteral("cannot bind-mount in a new mount namespace here (needs root with "
                                            "CAP_SYS_ADMIN): ") +
                             r.describe()));
        QVERIFY2(!QFileInfo::exists(QStringLiteral("/etc/security/ged-probe")), "the probe's mount leaked to the host");
        m_hostAtStart = hostPicture();
    }

    void cleanupTestCase()
    {
        if (m_hostAtStart.isEmpty())
            return;
        const QString diff = treeDiff(m_hostAtStart, hostPicture());
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("the host's files changed:\n") + diff));
    }

    void cleanup()
    {
        m_case.reset();
        m_hostChanged = false;
    }

    // Four slice drop-ins in /etc/systemd/system/user-1000.slice.d, named to sort after the
    // previous owner's 50-limits.conf so they win.
    void tightSlice()
    {
        const QString fixture = QStringLiteral("ubuntu2404-cgroup2-tight-slice");
        prepare(QStringLiteral(GED_FIXTURES "/snapshots/%1/snapshot/root").arg(fixture), QStringLiteral("ana"),
                {QStringLiteral("/etc/systemd"), QStringLiteral("/etc/security")});
        QList<FixStep> steps;
        scriptFromFixture(fixture, &steps);
        QStringList rootIds;
        for (const FixStep &s : std::as_const(steps)) {
            if (!s.isManual() && s.needsRoot)
                rootIds << s.fixId;
        }
        QCOMPARE(rootIds,
                 QStringList({QStringLiteral("fix.raise-memory-limit"), QStringLiteral("fix.raise-memory-high"),
                              QStringLiteral("fix.raise-cpu-quota"), QStringLiteral("fix.raise-tasks-max")}));
        const QString dir = QStringLiteral("/etc/systemd/system/user-1000.slice.d/");
        Expectation e;
        e.after.insert(dir + QStringLiteral("99-go-env-doctor-memorymax.conf"),
                       "# Written by a go-env-doctor fix script: room for go build\n[Slice]\nMemoryMax=11839M\n");
        e.after.insert(dir + QStringLiteral("99-go-env-doctor-memoryhigh.conf"),
                       "# Written by a go-env-doctor fix script: no reclaim throttling below the limit\n[Slice]\n"
                       "MemoryHigh=infinity\n");
        e.after.insert(dir + QStringLiteral("99-go-env-doctor-cpuquota.conf"),
                       "# Written by a go-env-doctor fix script: every core for builds\n[Slice]\nCPUQuota=\n");
        e.after.insert(dir + QStringLiteral("99-go-env-doctor-tasksmax.conf"),
                       "# Written by a go-env-doctor fix script: room for parallel builds and tests\n[Slice]\n"
                       "TasksMax=16384\n");
        for (const QString &name : {QStringLiteral("memorymax"), QStringLiteral("memoryhigh"),
                                    QStringLiteral("cpuquota"), QStringLiteral("tasksmax")}) {
            const QString file = dir + QStringLiteral("99-go-env-doctor-%1.conf").arg(name);
            e.dryRunSays << QStringLiteral("would change %1 (%2):").arg(file, QFileInfo(file).fileName());
            e.runSays << QStringLiteral("changed: %1 (%2)").arg(file, QFileInfo(file).fileName());
        }
        e.dryRunSays << QStringLiteral("+ [Slice]") << QStringLiteral("+ MemoryMax=11839M")
                     << QStringLiteral("would run as root: systemctl daemon-reload");
        e.runSays << QStringLiteral("systemd is not running here: the drop-in applies from the next boot");
        e.runContains
            << QStringLiteral("\nDone: 4 change(s). Backups: %1/.local/state/go-env-doctor/backups/").arg(m_home);
        cycle(e);
        if (QTest::currentTestFailed())
            return;
        // The previous owner's drop-in is kept as it was.
        QCOMPARE(
            readFile(worldPath(dir + QStringLiteral("50-limits.conf"))),
            readFile(QStringLiteral(GED_FIXTURES "/snapshots/%1/snapshot/root/etc/systemd/system/user-1000.slice.d/"
                                                 "50-limits.conf")
                         .arg(fixture)));
    }

    // The article's bogus user.conf.d lines are commented out (root), ~/.bashrc's `ulimit -v` too
    // (the user's own file), and a limits.d file of ours raises nproc above the 90-build.conf line.
    void bogusUserConfAndLimits()
    {
        const QString fixture = QStringLiteral("systemd-bogus-user-conf");
        const QString root = QStringLiteral(GED_FIXTURES "/snapshots/%1/snapshot/root").arg(fixture);
        prepare(root, QStringLiteral("ana"), {QStringLiteral("/etc/systemd"), QStringLiteral("/etc/security")});
        scriptFromFixture(fixture);
        QVERIFY(QFile::exists(copyOf(QStringLiteral("/etc/systemd")) + QStringLiteral("/user.conf.d/limits.conf")));
        const QString conf = QStringLiteral("/etc/systemd/user.conf.d/limits.conf");
        const QString limits = QStringLiteral("/etc/security/limits.d/99-go-env-doctor-nproc.conf");
        Expectation e;
        e.after.insert(
            conf, commentedOut(commentedOut(readFile(root + conf), "DefaultLimitMemory=4G"), "DefaultLimitCPU=80%"));
        e.after.insert(QStringLiteral("~/.bashrc"),
                       commentedOut(readFile(root + QStringLiteral("/home/ana/.bashrc")), "ulimit -v 2097152"));
        // "ana - nproc 256" in 90-build.conf sets the hard limit too, and pam_limits lowers a soft
        // limit to the hard one: the line must raise both.
        e.after.insert(limits, "# Written by a go-env-doctor fix script (pam_limits, limits.conf(5)).\n"
                               "ana - nproc 65536\n");
        QVERIFY(e.after.value(conf).contains("\n# [go-env-doctor] DefaultLimitMemory=4G\n# [go-env-doctor] "
                                             "DefaultLimitCPU=80%\n"));
        e.dryRunSays << QStringLiteral("would change %1 (fix.systemd-remove-bogus-line, line 3):").arg(conf)
                     << QStringLiteral("would change %1 (fix.systemd-remove-bogus-line, line 4):").arg(conf)
                     << QStringLiteral("would change %1/.bashrc (fix.remove-ulimit-v, line 116):").arg(m_home)
                     << QStringLiteral("would change %1 (99-go-env-doctor-nproc.conf):").arg(limits)
                     << QStringLiteral("+ ana - nproc 65536")
                     << QStringLiteral("+# [go-env-doctor] DefaultLimitMemory=4G")
                     << QStringLiteral("would run as root: systemctl daemon-reload");
        e.runSays << QStringLiteral("changed: %1 (fix.systemd-remove-bogus-line, line 3)").arg(conf)
                  << QStringLiteral("changed: %1 (fix.systemd-remove-bogus-line, line 4)").arg(conf)
                  << QStringLiteral("changed: %1 (99-go-env-doctor-nproc.conf)").arg(limits)
                  << QStringLiteral("systemd is not running here: the drop-in applies from the next boot");
        cycle(e);
        if (QTest::currentTestFailed())
            return;
    }

    // A go link that leads nowhere in /usr/local/bin (root's folder) is removed; --undo puts the
    // link back with the same target.
    void brokenGoLink()
    {
        const QString fixture = QStringLiteral("go-link-loop");
        prepare(QStringLiteral(GED_FIXTURES "/snapshots/%1/snapshot/root").arg(fixture), QStringLiteral("ravi"),
                {QStringLiteral("/usr/local/bin")});
        scriptFromFixture(fixture);
        QVERIFY(QFileInfo(copyOf(QStringLiteral("/usr/local/bin")) + QStringLiteral("/go")).isSymLink());
        Expectation e;
        e.gone << QStringLiteral("/usr/local/bin/go");
        e.dryRunSays << QStringLiteral("would remove the broken link /usr/local/bin/go -> /opt/go/bin/go");
        e.runSays << QStringLiteral("removed the broken link /usr/local/bin/go");
        cycle(e);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(QFile::symLinkTarget(copyOf(QStringLiteral("/usr/local/bin")) + QStringLiteral("/go")),
                 QStringLiteral("/opt/go/bin/go"));
    }

    // A DefaultLimitNOFILE= in systemd's user.conf: a drop-in of the same manager in a folder that
    // does not exist yet; --undo removes the file and the folder.
    void systemdManagerDropin()
    {
        prepare(QString(), QString(), {QStringLiteral("/etc/systemd")});
        QVERIFY(writeFile(copyOf(QStringLiteral("/etc/systemd")) + QStringLiteral("/user.conf"),
                          "[Manager]\nDefaultLimitNOFILE=1024:4096\n"));
        Facts facts;
        facts.host.hostname = QStringLiteral("elsewhere");
        facts.host.machine = QStringLiteral("x86_64");
        facts.user.name = QStringLiteral("dev");
        facts.user.home = QStringLiteral("/home/dev");
        facts.systemd.booted = true;
        RlimitSource src;
        src.file = QStringLiteral("/etc/systemd/user.conf");
        src.line = 2;
        src.item = QStringLiteral("nofile");
        src.type = QStringLiteral("both");
        src.value = QStringLiteral("1024:4096");
        src.origin = QStringLiteral("systemd");
        src.text = QStringLiteral("DefaultLimitNOFILE=1024:4096");
        facts.rlimitSources.lines << src;
        CheckResult r;
        r.check = QStringLiteral("rlimit.low");
        r.severity = Severity::Warning;
        r.title = QStringLiteral("Few open files allowed");
        r.fixes = QStringList{QStringLiteral("fix.raise-nofile")};
        const QList<FixStep> steps = FixCatalog::plan(facts, {r}, FixCatalog::Options());
        QCOMPARE(steps.size(), 1);
        QVERIFY(steps.constFirst().needsRoot);
        writeScript(steps, FixScript::targetOf(facts));
        const QString file = QStringLiteral("/etc/systemd/user.conf.d/99-go-env-doctor-nofile.conf");
        Expectation e;
        e.after.insert(file, "# Written by a go-env-doctor fix script.\n[Manager]\nDefaultLimitNOFILE=524288\n");
        e.dryRunSays << QStringLiteral("would change %1 (99-go-env-doctor-nofile.conf):").arg(file)
                     << QStringLiteral("would run as root: systemctl daemon-reload");
        e.runSays << QStringLiteral("changed: %1 (99-go-env-doctor-nofile.conf)").arg(file);
        cycle(e);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!QFileInfo::exists(copyOf(QStringLiteral("/etc/systemd")) + QStringLiteral("/user.conf.d")));
    }

    // apt and snap removals: a dry run only, checked line by line, with dpkg seeing the package.
    void aptAndSnapDryRun_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("package");
        QTest::addColumn<bool>("snap");
        QTest::newRow("snap-and-apt-go") << "snap-and-apt-go"
                                         << "omar"
                                         << "golang-1.22-go" << true;
        QTest::newRow("ubuntu2204-apt-shadows-tarball") << "ubuntu2204-apt-shadows-tarball"
                                                        << "wei"
                                                        << "golang-1.18-go" << false;
    }
    void aptAndSnapDryRun()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, user);
        QFETCH(QString, package);
        QFETCH(bool, snap);
        prepare(QStringLiteral(GED_FIXTURES "/snapshots/%1/snapshot/root").arg(fixture), user,
                {QStringLiteral("/etc/systemd"), QStringLiteral("/etc/security")});
        scriptFromFixture(fixture);
        const QByteArray script = readFile(m_script);
        QVERIFY(script.contains("ged_apt_remove '" + package.toUtf8() + "'\n"));
        QCOMPARE(script.contains("ged_snap_remove go\n"), snap);
        const Tree before = world(true);

        // dpkg does not know the package here: the step has nothing to do.
        Run dry = runInNamespace({QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
        QVERIFY2(hasLine(dry.out, QStringLiteral("unchanged: %1 is not installed").arg(package)),
                 qPrintable(dry.describe()));

        // With the stanza: the real dpkg-query sees it, and the dry run says what it would run.
        fakeInstalledPackage(package);
        fakeSnap();
        dry = runInNamespace({QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.describe()));
        const QStringList expected{
            QStringLiteral("would run as root: apt-get remove -y %1").arg(package),
            QStringLiteral(
                "would fetch https://go.dev/dl/?mode=json, download the newest Go for linux-amd64, check its "
                "SHA-256 and install it into /usr/local/go"),
            QStringLiteral("would change %1/.profile (fix.path-go-first):").arg(m_home),
            QStringLiteral("Dry run: nothing was changed.")};
        for (const QString &line : expected)
            QVERIFY2(hasLine(dry.out, line),
                     qPrintable(QStringLiteral("no line \"%1\" in\n%2").arg(line, dry.describe())));
        if (snap) {
            QVERIFY2(hasLine(dry.out, QStringLiteral("would run as root: snap remove go")), qPrintable(dry.describe()));
            // Asked, never told: only `snap list`.
            QCOMPARE(readFile(m_fakeBin + QStringLiteral("/snap.log")), QByteArray("list -- go\n"));
        }
        // The root steps come after the user's, under the notice that they run as root.
        const int notice = dry.out.indexOf(QLatin1String("The next steps change the system"));
        QVERIFY2(notice > 0 && notice < dry.out.indexOf(QLatin1String("apt-get remove")), qPrintable(dry.describe()));
        QVERIFY2(dry.out.indexOf(QLatin1String(".profile (fix.path-go-first)")) < notice, qPrintable(dry.describe()));
        const QString diff = treeDiff(before, world(true));
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("--dry-run changed:\n") + diff));
        QVERIFY(!QFileInfo::exists(m_home + QStringLiteral("/.local")));
        QVERIFY(!m_hostChanged);
    }
};

QTEST_GUILESS_MAIN(TestFixRoot)
#include "tst_fixroot.moc"
