// The capture of this machine (snapshot-format.md, "Capturing"): what a scan touches becomes a
// snapshot that opens again and gives the same results, without the secrets.
#include "capture/CaptureText.h"
#include "capture/RecordingSystem.h"
#include "capture/SnapshotCapture.h"
#include "checks/CheckRegistry.h"
#include "engine/ScanEngine.h"
#include "system/SnapshotSystem.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const CapturedEntry *entryAt(const CapturePlan &plan, const QString &path)
{
    for (const CapturedEntry &e : plan.entries) {
        if (e.path == path)
            return &e;
    }
    return nullptr;
}

// Every result as "id|severity|message", sorted: a check may give several results.
QStringList verdicts(const Report &report)
{
    QStringList out;
    for (const CheckResult &r : report.results)
        out << r.check + QLatin1Char('|') + QString::number(int(r.severity)) + QLatin1Char('|') + r.message;
    out.sort();
    return out;
}

} // namespace

class TestCapture : public QObject {
    Q_OBJECT

private slots:
    void neverCaptured_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("never");
        QTest::newRow("netrc") << "/home/a/.netrc" << true;
        QTest::newRow("_netrc") << "/home/a/_netrc" << true;
        QTest::newRow("git credentials") << "/root/.git-credentials" << true;
        QTest::newRow("ssh key") << "/home/a/.ssh/id_ed25519" << true;
        QTest::newRow("ssh folder") << "/home/a/.ssh" << true;
        QTest::newRow("gnupg") << "/home/a/.gnupg/private-keys-v1.d/x.key" << true;
        QTest::newRow("docker auth") << "/home/a/.docker/config.json" << true;
        QTest::newRow("kube") << "/home/a/.kube/config" << true;
        QTest::newRow("aws") << "/home/a/.aws/credentials" << true;
        QTest::newRow("shadow") << "/etc/shadow" << true;
        QTest::newRow("sudoers.d") << "/etc/sudoers.d/90-cloud" << true;
        QTest::newRow("snapd state") << "/var/lib/snapd/state.json" << true;
        QTest::newRow("bashrc") << "/home/a/.bashrc" << false;
        QTest::newRow("docker daemon config") << "/etc/docker/daemon.json" << false;
        QTest::newRow("a name that only contains .ssh") << "/home/a/my.ssh.notes" << false;
        QTest::newRow("go env") << "/home/a/.config/go/env" << false;
    }
    void neverCaptured()
    {
        QFETCH(QString, path);
        QFETCH(bool, never);
        QCOMPARE(SnapshotCapture::neverCaptured(path), never);
    }

    void storedContentRedacts()
    {
        bool changed = false;
        const QByteArray rc = "export GITHUB_TOKEN=ghp_abc\nexport GOPROXY=https://al:hunter2@proxy.example,direct\n"
                              "export PATH=$PATH:/usr/local/go/bin\n";
        const QByteArray out = SnapshotCapture::storedContent(QStringLiteral("/home/a/.bashrc"), rc, 1000, &changed);
        QVERIFY(changed);
        QVERIFY(!out.contains("ghp_abc"));
        QVERIFY(!out.contains("hunter2"));
        QVERIFY(out.contains("GITHUB_TOKEN=***"));
        QVERIFY(out.contains("https://al:***@proxy.example,direct"));
        QVERIFY(out.contains("export PATH=$PATH:/usr/local/go/bin\n")); // the rest byte for byte

        const QByteArray plain = "export GOPATH=$HOME/go\n";
        QCOMPARE(SnapshotCapture::storedContent(QStringLiteral("/home/a/.profile"), plain, 1000, &changed), plain);
        QVERIFY(!changed);

        // Binary heads and text that is not UTF-8 are stored as they are.
        const QByteArray elf("\x7f"
                             "ELF\x02\x01\x01\0TOKEN=abc",
                             17);
        QCOMPARE(SnapshotCapture::storedContent(QStringLiteral("/usr/bin/go"), elf, 1000, &changed), elf);
        const QByteArray latin1 = "PASSWORD=caf\xe9\n";
        QCOMPARE(SnapshotCapture::storedContent(QStringLiteral("/etc/x"), latin1, 1000, &changed), latin1);
    }

    void passwdKeepsTheUsersLine()
    {
        bool changed = false;
        const QByteArray passwd = "root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000::/home/alice:/usr/bin/zsh\n"
                                  "bob:x:1001:1001::/home/bob:/bin/bash\n";
        QCOMPARE(SnapshotCapture::storedContent(QStringLiteral("/etc/passwd"), passwd, 1000, &changed),
                 QByteArray("alice:x:1000:1000::/home/alice:/usr/bin/zsh\n"));
        QVERIFY(changed);
    }

    void privateKeyBlocks()
    {
        QVERIFY(SnapshotCapture::holdsPrivateKey("x\n-----BEGIN OPENSSH PRIVATE KEY-----\nabc"));
        QVERIFY(SnapshotCapture::holdsPrivateKey("-----BEGIN RSA PRIVATE KEY-----"));
        QVERIFY(!SnapshotCapture::holdsPrivateKey("-----BEGIN CERTIFICATE-----"));
    }

    // A real capture of this machine with a home folder made here, written, opened again.
    void captureWriteOpenRoundTrip()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString home = tmp.filePath(QStringLiteral("home"));
        writeFile(home + QStringLiteral("/.bashrc"), "export GITHUB_TOKEN=ghp_secret123\nexport GO111MODULE=off\n");
        writeFile(home + QStringLiteral("/.netrc"), "machine x login a password hunter2\n");
        writeFile(home + QStringLiteral("/.config/go/env"), "GOPROXY=https://al:hunter2@proxy.example\n");
        writeFile(home + QStringLiteral("/notes/key.txt"),
                  "-----BEGIN OPENSSH PRIVATE KEY-----\nhunter2\n-----END OPENSSH PRIVATE KEY-----\n");
        writeFile(home + QStringLiteral("/big.bin"), QByteArray(3 * 1024 * 1024, 'x'));
        QDir(home).mkpath(QStringLiteral("empty-bin"));
        QVERIFY(QFile::link(QStringLiteral("../lib/nothing"), home + QStringLiteral("/dangling")));
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldPath = qgetenv("PATH");
        qputenv("HOME", QFile::encodeName(home));
        qputenv("PATH", oldPath + ":" + QFile::encodeName(home) + "/empty-bin");
        RecordingSystem system;
        qputenv("HOME", oldHome);
        qputenv("PATH", oldPath);

        const Report live = ScanEngine::run(system, CheckRegistry::all());
        // Places the analysis does not look at on this machine, looked at as a probe would.
        for (const char *name : {"/.netrc", "/notes/key.txt", "/big.bin", "/dangling"})
            (void)system.lstat(home + QLatin1String(name));
        (void)system.readFile(QStringLiteral("/proc/self/mountinfo"));
        const CapturePlan plan = SnapshotCapture::plan(system);

        QVERIFY(plan.withheld.contains(home + QStringLiteral("/.netrc")));
        QVERIFY(plan.withheld.contains(home + QStringLiteral("/notes/key.txt")));
        QVERIFY(!entryAt(plan, home + QStringLiteral("/.netrc")));
        QVERIFY(!entryAt(plan, home + QStringLiteral("/notes/key.txt")));
        const CapturedEntry *big = entryAt(plan, home + QStringLiteral("/big.bin"));
        QVERIFY(big);
        QVERIFY(big->truncated);
        QCOMPARE(big->content.size(), 64 * 1024);
        const CapturedEntry *rc = entryAt(plan, home + QStringLiteral("/.bashrc"));
        QVERIFY(rc);
        QVERIFY(rc->redacted);
        const CapturedEntry *dangling = entryAt(plan, home + QStringLiteral("/dangling"));
        QVERIFY(dangling);
        QCOMPARE(dangling->linkTarget, QStringLiteral("../lib/nothing"));
        const CapturedEntry *emptyBin = entryAt(plan, home + QStringLiteral("/empty-bin"));
        QVERIFY(emptyBin);
        QCOMPARE(int(emptyBin->kind), int(CapturedEntry::Kind::Folder));
        const CapturedEntry *mountinfo = entryAt(plan, QStringLiteral("/proc/self/mountinfo"));
        QVERIFY2(mountinfo, "/proc/self is stored as a folder, not under the capturing process's id");
        QVERIFY(!mountinfo->content.isEmpty());
        QVERIFY(!entryAt(plan, QStringLiteral("/proc/%1").arg(::getpid())));
        QCOMPARE(plan.env.value(QStringLiteral("HOME")), home);

        const QString archive = tmp.filePath(QStringLiteral("out/capture.tar.gz"));
        QDir().mkpath(tmp.filePath(QStringLiteral("out")));
        QString error;
        QVERIFY2(SnapshotCapture::write(plan, archive, &error), qPrintable(error));
        QVERIFY(!CaptureText::summary(plan, archive).isEmpty());

        // The archive has no secret, in any byte of what it unpacks to.
        auto snapshot = SnapshotSystem::open(archive, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QCOMPARE(snapshot->readFile(home + QStringLiteral("/.bashrc")).value_or(QByteArray()),
                 QByteArray("export GITHUB_TOKEN=***\nexport GO111MODULE=off\n"));
        QVERIFY(!snapshot->lstat(home + QStringLiteral("/.netrc")).exists);
        QCOMPARE(snapshot->readLink(home + QStringLiteral("/dangling")).value_or(QString()),
                 QStringLiteral("../lib/nothing"));
        QVERIFY(snapshot->lstat(home + QStringLiteral("/empty-bin")).isDir);
        QVERIFY(snapshot->listDir(home + QStringLiteral("/empty-bin")).isEmpty()); // the marker is invisible
        QVERIFY(snapshot->lstat(QStringLiteral("/proc/self")).isDir);
        QCOMPARE(snapshot->environment().value(QStringLiteral("HOME")), home);
        QCOMPARE(snapshot->user().uid, system.user().uid);
        QCOMPARE(snapshot->rlimits().value(QStringLiteral("nofile")), system.rlimits().value(QStringLiteral("nofile")));
        QProcess grep;
        grep.start(QStringLiteral("grep"), {QStringLiteral("-rl"), QStringLiteral("-e"), QStringLiteral("hunter2"),
                                            QStringLiteral("-e"), QStringLiteral("ghp_secret123"), snapshot->folder()});
        QVERIFY(grep.waitForFinished(30000));
        QCOMPARE(grep.exitCode(), 1); // 1: no line matched
        QCOMPARE(grep.readAllStandardOutput(), QByteArray());

        // The same verdicts from the capture as from the live scan.
        const Report again = ScanEngine::run(*snapshot, CheckRegistry::all());
        const QStringList want = verdicts(live);
        QCOMPARE(verdicts(again), want);
        // The .bashrc made here was read from the capture: GO111MODULE=off in the start-up files.
        QVERIFY(want.join(QLatin1Char('\n')).contains(QStringLiteral("shell.")));
    }

    void writeRefusesBadNamesAndOversizedPlans()
    {
        QTemporaryDir tmp;
        CapturePlan plan;
        plan.captured = QDateTime::currentDateTimeUtc();
        QString error;
        QVERIFY(!SnapshotCapture::write(plan, tmp.filePath(QStringLiteral("snap.zip")), &error));
        QVERIFY(error.contains(QStringLiteral(".tar.gz")));
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("snap.zip"))));

        for (int i = 0; i < 20001; ++i) {
            CapturedEntry e;
            e.path = QStringLiteral("/f%1").arg(i);
            plan.entries.append(e);
        }
        const QString archive = tmp.filePath(QStringLiteral("huge.tar.gz"));
        QVERIFY(!SnapshotCapture::write(plan, archive, &error));
        QVERIFY(error.contains(QStringLiteral("20000")));
        QVERIFY(!QFile::exists(archive));

        plan.entries.resize(10);
        QVERIFY(!SnapshotCapture::write(plan, tmp.filePath(QStringLiteral("no/such/folder/x.tar.gz")), &error));
        QVERIFY(error.contains(QStringLiteral("no/such/folder")));
        QVERIFY2(SnapshotCapture::write(plan, archive, &error), qPrintable(error));
        auto snapshot = SnapshotSystem::open(archive, &error);
        QVERIFY2(snapshot, qPrintable(error));
        QVERIFY(snapshot->lstat(QStringLiteral("/f3")).isFile);
    }

    void commandsAndEnvironmentAreRedacted()
    {
        CapturePlan plan;
        plan.captured = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        CommandResult c;
        c.argv = QStringList{QStringLiteral("/bin/bash"), QStringLiteral("-l"), QStringLiteral("-i"),
                             QStringLiteral("-c"), QStringLiteral("env")};
        c.exitCode = 0;
        c.timedOut = true;
        c.stdoutText = QStringLiteral("HOME=/home/a\n");
        plan.commands.append(c);
        const QJsonObject json = SnapshotCapture::snapshotJson(plan);
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("go-env-doctor-snapshot"));
        QCOMPARE(json.value(QStringLiteral("captured")).toString(), QStringLiteral("2023-11-14T22:13:20Z"));
        const QJsonObject cmd = json.value(QStringLiteral("commands")).toArray().at(0).toObject();
        QCOMPARE(cmd.value(QStringLiteral("timeout")).toBool(), true);
        QCOMPARE(cmd.value(QStringLiteral("argv")).toArray().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"
