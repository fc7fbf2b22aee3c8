// Tests of the machine-access layer: the resolver (on snapshot trees built here with real
// symlinks), snapshot.json parsing, a hostile snapshot that tries to read outside root/, and
// the live system (real processes, real /proc).

#include "system/LiveSystem.h"
#include "system/SnapshotSystem.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

// Readable failures for QCOMPARE on resolver statuses.
char *toString(const Resolution::Status &status)
{
    static const char *const names[] = {"Ok", "NotFound", "Dangling", "Loop", "NotDir"};
    return qstrdup(names[int(status)]);
}

namespace {

const QByteArray kMinimalJson = R"({"format": "go-env-doctor-snapshot", "version": 1})";

// Builds a snapshot folder (snapshot.json + root/) with real files and links.
class SnapshotTree {
public:
    explicit SnapshotTree(const QString &folder) : m_folder(folder) { QDir().mkpath(root()); }

    QString folder() const { return m_folder; }
    QString root() const { return m_folder + QStringLiteral("/root"); }

    void json(const QByteArray &text) const { write(m_folder + QStringLiteral("/snapshot.json"), text); }
    void dir(const QString &path) const { QVERIFY(QDir().mkpath(root() + path)); }
    void file(const QString &path, const QByteArray &data, bool executable = false) const
    {
        const QString host = root() + path;
        QDir().mkpath(QFileInfo(host).path());
        write(host, data);
        if (executable)
            QFile::setPermissions(host, QFile::permissions(host) | QFileDevice::ExeOwner | QFileDevice::ExeOther);
    }
    // ::symlink rather than QFile::link: the target text must be kept exactly (relative,
    // absolute, with ".."), as a snapshot keeps it.
    void link(const QString &path, const QString &target) const
    {
        const QString host = root() + path;
        QDir().mkpath(QFileInfo(host).path());
        QCOMPARE(::symlink(QFile::encodeName(target).constData(), QFile::encodeName(host).constData()), 0);
    }

    std::unique_ptr<SnapshotSystem> open() const
    {
        QString error;
        auto s = SnapshotSystem::open(m_folder, &error);
        if (!s)
            qWarning("open failed: %s", qPrintable(error));
        return s;
    }

    static void write(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(data), data.size());
    }

private:
    QString m_folder;
};

// True when a system path stays inside the system seen: absolute and free of "..".
bool isCleanSystemPath(const QString &path)
{
    if (!path.startsWith(QLatin1Char('/')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return !parts.contains(QStringLiteral("..")) && !parts.contains(QStringLiteral("."));
}

// Field 6 of /proc/PID/stat (the session id), read after the last ')' since the command name
// may hold spaces and parentheses.
qint64 sessionFromStat(const QString &stat)
{
    const int close = stat.lastIndexOf(QLatin1Char(')'));
    if (close < 0)
        return -1;
    const QStringList fields = stat.mid(close + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // After ")": state(3) ppid(4) pgrp(5) session(6).
    return fields.size() > 3 ? fields.at(3).toLongLong() : -1;
}

} // namespace

class TestSystemView : public QObject {
    Q_OBJECT

private slots:
    // Resolver on a snapshot tree.
    void resolveHops();
    void resolveDotDot();
    void resolveLoops();
    void resolveChainLength_data();
    void resolveChainLength();
    void resolveDanglingAndNotFound();
    void resolveNotDir();
    void resolveBadInput_data();
    void resolveBadInput();
    void lstatStatReadLink();
    void listDirHidesMarker();
    void hostileSnapshot();

    // snapshot.json
    void openSnapshot_data();
    void openSnapshot();
    void snapshotFields();
    void rlimitValues_data();
    void rlimitValues();
    void commandReplay_data();
    void commandReplay();

    // Text
    void commandLine_data();
    void commandLine();
    void statusTexts();

    // Live system
    void liveFacts();
    void liveReadProc();
    void liveResolveMatchesKernel();
    void liveFifoIsRefused();
    void runTrue();
    void runExitCode();
    void runOutput();
    void runCannotStart_data();
    void runCannotStart();
    void runCrash();
    void runTimeout();
    void runTimeoutKillsGroup();
    void runGoEnvironment();
    void runLoginShellEnvironment();
    void runLoginShellNewSession();
    void freshLoginEnvironment_data();
    void freshLoginEnvironment();
};

// --- resolver -------------------------------------------------------------------------------

void TestSystemView::resolveHops()
{
    QTemporaryDir tmp;
    SnapshotTree t(tmp.path());
    t.json(kMinimalJson);
    t.file(QStringLiteral("/usr/lib/go-1.22/bin/go"), "#!/bin/sh\n", true);
    t.link(QStringLiteral("/usr/bin/go"), QStringLiteral("../lib/go-1.22/bin/go"));
    t.link(QStringLiteral("/bin"), QStringLiteral("usr/bin")); // merged /usr
    auto s = t.open();
    QVERIFY(s);

    const Resolution r = s->resolve(QStringLiteral("/bin/go"));
    QCOMPARE(r.status, Resolution::Status::Ok);
    QCOMPARE(r.input, QStringLiteral("/bin/go"));
    QCOMPARE(r.finalPath, QStringLiteral("/usr/lib/go-1.22/bin/go"));
    QVERIFY(r.viaLinks());
    QCOMPARE(r.hops.size(), 2);
    QCOMPARE(r.hops[0].link, QStringLiteral("/bin"));
    QCOMPARE(r.hops[0].target, QStringLiteral("usr/bin"));
    QCOMPARE(r.hops[0].next, QStringLiteral("/usr/bin"));
    QCOMPARE(r.hops[1].link, QStringLiteral("/usr/bin/go"));
    QCOMPARE(r.hops[1].target, QStringLiteral("../lib/go-1.22/bin/go"));
    QCOMPARE(r.hops[1].next, QStringLiteral("/usr/lib/go-1.22/bin/go"));
    QVERIFY(r.final.exists);
    QVERIFY(r.final.isFile);
    QVERIFY(r.final.executable);
    QVERIFY(!r.final.isSymlink);

    // Messy input is cleaned for display; the walk is the same.
    const Resolution messy = s->resolve(QStringLiteral("//usr/./bin//go/"));
    QCOMPARE(messy.input, QStringLiteral("/usr/bin/go"));
    QCOMPARE(messy.finalPath, QStringLiteral("/usr/lib/go-1.22/bin/go"));
    QCOMPARE(messy.hops.size(), 1);

    // An absolute target restarts at the root of the snapshot.
    t.link(QStringLiteral("/snap/bin/go"), QStringLiteral("/usr/bin/go"));
    const Resolution abs = s->resolve(QStringLiteral("/snap/bin/go"));
    QCOMPARE(abs.status, Resolution::Status::Ok);
    QCOMPARE(abs.hops.size(), 2);
    QCOMPARE(abs.hops[0].next, QStringLiteral("/usr/bin/go"));
    QCOMPARE(abs.finalPath, QStringLiteral("/usr/lib/go-1.22/bin/go"));

    const Resolution rootDir = s->resolve(QStringLiteral("/"));
    QCOMPARE(rootDir.status, Resolution::Status::Ok);
    QCOMPARE(rootDir.finalPath, QStringLiteral("/"));
    QVERIFY(rootDir.final.isDir);
}

void TestSystemView::resolveDotDot()
{
    QTemporaryDir tmp;
    SnapshotTree t(tmp.path());
    t.json(kMinimalJson);
    t.file(QStringLiteral("/etc/os-release"), "ID=debian\n");
    t.file(QStringLiteral("/opt/go/VERSION"), "go1.22.1\n");
    t.dir(QStringLiteral("/usr/local"));
    // ".." after a link is the parent of the link's *target*, as for the kernel.
    t.link(QStringLiteral("/usr/local/go"), QStringLiteral("/opt/go"));
    auto s = t.open();
    QVERIFY(s);

    const Resolution clamped = s->resolve(QStringLiteral("/../../../etc/os-release"));
    QCOMPARE(clamped.status, Resolution::Status::Ok);
    QCOMPARE(clamped.finalPath, QStringLiteral("/etc/os-release"));

    const Resolution physical = s->resolve(QStringLiteral("/usr/local/go/../go/VERSION"));
    QCOMPARE(physical.status, Resolution::Status::Ok);
    QCOMPARE(physical.finalPath, QStringLiteral("/opt/go/VERSION"));

    const Resolution up = s->resolve(QStringLiteral("/usr/local/go/.."));
    QCOMPARE(up.status, Resolution::Status::Ok);
    QCOMPARE(up.finalPath, QStringLiteral("/opt"));
}

void TestSystemView::resolveLoops()
{
    QTemporaryDir tmp;
    SnapshotTree t(tmp.path());
    t.json(kMinimalJson);
    t.link(QStringLiteral("/loop/a"), QStringLiteral("b"));
    t.link(QStringLiteral("/loop/b"), QStringLiteral("a"));
    t.link(QStringLiteral("/loop/self"), QStringLiteral("self"));
    t.link(QStringLiteral("/loop/up"), QStringLiteral("../loop/up/x")); // grows while it loops
    auto s = t.open();
    QVERIFY(s);

    for (const char *path : {"/loop/a", "/loop/b", "/loop/self", "/loop/up", "/loop/a/x/y"}) {
        const Resolution r = s->resolve(QString::fromLatin1(path));
        QCOMPARE(r.status, Resolution::Status::Loop);
        QVERIFY(r.hops.size() <= 40);
        QVERIFY(isCleanSystemPath(r.finalPath));
    }
    QVERIFY(!s->readFile(QStringLiteral("/loop/a")));
    QVERIFY(s->listDir(QStringLiteral("/loop/self")).isEmpty());
    QVERIFY(!s->stat(QStringLiteral("/loop/a")).exists);
    // lstat does not follow the final link.
    QVERIFY(s->lstat(QStringLiteral("/loop/a")).isSymlink);
}

void TestSystemView::resolveChainLength_data()
{
    QTest::addColumn<int>("links");
    QTest::addColumn<Resolution::Status>("status");
    QTest::newRow("1") << 1 << Resolution::Status::Ok;
    QTest::newRow("39") << 39 << Resolution::Status::Ok;
    QTest::newRow("40 (the kernel's limit)") << 40 << Resolution::Status::Ok;
    QTest::newRow("41") << 41 << Resolution::Status::Loop;
    QTest::newRow("60") << 60 << Resolution::Status::Loop;
}

void TestSystemView::resolveChainLength()
{
    QFETCH(int, links);
    QFETCH(Resolution::Status, status);
    QTemporaryDir tmp;
    SnapshotTree t(tmp.path());
    t.json(kMinimalJson);
    t.file(QStringLiteral("/chain/target"), "end\n");
    // l1 -> l2 -> ... -> lN -> target: resolving l1 follows N links.
    for (int i = 1; i <= links; ++i) {
        const QString next = i == links ? QStringLiteral("target") : QStringLiteral("l%1").arg(i + 1);
        t.link(QStringLiteral("/chain/l%1").arg(i), next);
    }
    auto s = t.open();
    QVERIFY(s);
    const Resolution r = s->resolve(QStringLiteral("/chain/l1"));
    QCOMPARE(r.status, status);
    if (status == Resolution::Status::Ok) {
        QCOMPARE(r.hops.size(), links);
        QCOMPARE(r.finalPath, QStringLiteral("/chain/target"));
        QCOMPARE(s->readFile(QStringLiteral("/chain/l1")).value_or(QByteArray()), QByteArray("end\n"));
    } else {
        QVERIFY(!s->readFile(QStringLiteral("/chain/l1")));
    }
}

void TestSystemView::resolveDanglingAndNotFound()
{
    QTemporaryDir tmp;
    SnapshotTree t(tmp.path());
    t.json(kMinimalJson);
    t.dir(QStringLiteral("/usr/bin"));
    t.link(QStringLiteral("/bin"), QStringLiteral("usr/bin"));
    t.link(QStringLiteral("/usr/bin/go"), QStringLiteral("../lib/go-1.99/bin/go"));
    auto s = t.open();
    QVERIFY(s);

    const Resolution dangling = s->resolve(QStringLiteral("/bin/go"));
    QCOMPARE(dangling.status, Resolution::Status::Dangling);
    QCOMPARE(dangling.hops.size(), 2);
    QCOMPARE(dangling.hops.last().next, QStringLiteral("/usr/lib/go-1.99/bin/go"));
    QCOMPARE(dangling.finalPath, QStringLiteral("/usr/lib"));
    QVERIFY(!s->stat(QStringLiteral("/bin/go")).exists);
    QVERIFY(s->lstat(QStringLiteral("/bin/go")).isSymlink);
    QVERIFY(!s->readFile(QStringLiteral("/bin/go")));

    // Missing in the path asked for, even behind a link: not found, not dangling.
    const Resolution missing = s->resolve(QStringLiteral("/bin/gofmt"));
    QCOMPARE(missing.status, Resolution::Status::NotFound);
    QCOMPARE(missing.finalPath, QStringLiteral("/usr/bin/gofmt"));
    QCOMPARE(missing.hops.size(), 1);

    const Resolution nowhere = s->resolve(QStringLiteral("/nonexistent/x"));
    QCOMPARE(nowhere.status, Resolution::Status::NotFound);
    QCOMPARE(nowhere.finalPath, QStringLiteral("/nonexistent"));
    QVERIFY(!nowhere.viaLinks());
}

void TestSystemView::resolveNotDir()
{
    QTemporaryDir tmp;
    SnapshotTree t(tmp.path());
    t.json(kMinimalJson);
    t.file(QStringLiteral("/etc/os-release"), "ID=debian\n");
    t.link(QStringLiteral("/etc/release-link"), QStringLiteral("os-release"));
    auto s = t.open();
    QVERIFY(s);

    QCOMPARE(s->resolve(QStringLiteral("/etc/os-release/x")).status, Resolution::Status::NotDir);
    QCOMPARE(s->resolve(QStringLiteral("/etc/os-release/..")).status, Resolution::Status::NotDir);
    QCOMPARE(s->resolve(QStringLiteral("/etc/release-link/x")).status, Resolution::Status::NotDir);
    QCOMPARE(s->resolve(QStringLiteral("/etc/os-release/x")).finalPath, QStringLiteral("/etc/os-release"));
    QVERIFY(!s->lstat(QStringLiteral("/etc/os-release/x")).exists);
    QVERIFY(s->listDir(QStringLiteral("/etc/os-release")).isEmpty());
}

void TestSystemView::resolveBadInput_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("empty") << QString();
    QTest::newRow("relative") << QStringLiteral("etc/os-release");
    QTest::newRow("dot") << QStringLiteral(".");
    QTest::newRow("dotdot") << QStringLiteral("../etc/os-release");
    QTest::newRow("nul") << (QStringLiteral("/etc/os-release") + QChar(0) + QStringLiteral("x"));
    QTest::newRow("tilde") << QStringLiteral("~/.profile");
}

void TestSystemView::resolveBadInput()
{
    QFETCH(QString, path);
    QTemporaryDir tmp;
    SnapshotTree t(tmp.path());
    t.json(kMinimalJson);
    t.file(QStringLiteral("/etc/os-release"), "ID=debian\n");
    auto s = t.open();
    QVERIFY(s);
    QCOMPARE(s->resolve(path).status, Resolution::Status::NotFound);
    QVERIFY(!s->readFile(path));
    QVERIFY(!s->lstat(path).exists);
    QVERIFY(!s->stat(path).exists);
    QVERIFY(!s->readLink(path));
    QVERIFY(s->listDir(path).isEmpty());

    LiveSystem live;
    QCOMPARE(live.resolve(path).status, Resolution::Status::NotFound);
    QVERIFY(!live.readFile(path));
}

void TestSystemView::lstatStatReadLink()
{
    QTemporaryDir tmp;
    SnapshotTree t(tmp.path());
    t.json(kMinimalJson);
    t.file(QStringLiteral("/usr/local/go/bin/go"), "#!/bin/sh\n", true);
    t.file(QStringLiteral("/usr/local/go/VERSION"), "go1.21.0\n");
    t.link(QStringLiteral("/usr/bin/go"), QStringLiteral("/usr/local/go/bin/go"));
    t.link(QStringLiteral("/golinks"), QStringLiteral("usr/bin"));
    auto s = t.open();
    QVERIFY(s);

    const FileInfo l = s->lstat(QStringLiteral("/usr/bin/go"));
    QVERIFY(l.exists);
    QVERIFY(l.isSymlink);
    QVERIFY(!l.isFile);
    const FileInfo st = s->stat(QStringLiteral("/usr/bin/go"));
    QVERIFY(st.isFile);
    QVERIFY(st.executable);
    QCOMPARE(st.size, qint64(10));
    // The parent is resolved, the last component is not.
    QVERIFY(s->lstat(QStringLiteral("/golinks/go")).isSymlink);
    QVERIFY(s->lstat(QStringLiteral("/golinks")).isSymlink);
    QVERIFY(s->lstat(QStringLiteral("/golinks/")).isDir);
    QVERIFY(s->lstat(QStringLiteral("/")).isDir);

    QCOMPARE(s->readLink(QStringLiteral("/golinks/go")).value_or(QString()), QStringLiteral("/usr/local/go/bin/go"));
    QCOMPARE(s->readLink(QStringLiteral("/golinks")).value_or(QString()), QStringLiteral("usr/bin"));
    QVERIFY(!s->readLink(QStringLiteral("/usr/local/go/VERSION")));
    QVERIFY(!s->readLink(QStringLiteral("/nonexistent")));

    QCOMPARE(s->readFile(QStringLiteral("/usr/local/go/VERSION")).value_or(QByteArray()), QByteArray("go1.21.0\n"));
    QCOMPARE(s->readFile(QStringLiteral("/usr/local/go/VERSION"), 4).value_or(QByteArray()), QByteArray("go1."));
    QVERIFY(!s->readFile(QStringLiteral("/usr/local/go")));             // a folder
    QVERIFY(!s->readFile(QStringLiteral("/usr/local/go/VERSION"), -1)); // nonsense limit
    QCOMPARE(s->readFile(QStringLiteral("/golinks/go")).value_or(QByteArray()), QByteArray("#!/bin/sh\n"));
}

void TestSystemView::listDirHidesMarker()
{
    QTemporaryDir tmp;
    SnapshotTree t(tmp.path());
    t.json(kMinimalJson);
    t.file(QStringLiteral("/home/alice/go/bin/.snapshot-keep"), "");
    t.file(QStringLiteral("/usr/bin/zz"), "");
    t.file(QStringLiteral("/usr/bin/aa"), "");
    t.file(QStringLiteral("/usr/bin/.hidden"), "");
    t.link(QStringLiteral("/usr/bin/go"), QStringLiteral("../lib/go/bin/go")); // dangling: still listed
    t.link(QStringLiteral("/bin"), QStringLiteral("usr/bin"));
    auto s = t.open();
    QVERIFY(s);

    QVERIFY(s->listDir(QStringLiteral("/home/alice/go/bin")).isEmpty());
    QVERIFY(s->stat(QStringLiteral("/home/alice/go/bin")).isDir);
    const QStringList expected{QStringLiteral(".hidden"), QStringLiteral("aa"), QStringLiteral("go"),
                               QStringLiteral("zz")};
    QCOMPARE(s->listDir(QStringLiteral("/usr/bin")), expected);
    QCOMPARE(s->listDir(QStringLiteral("/bin")), expected);
    QVERIFY(s->listDir(QStringLiteral("/nonexistent")).isEmpty());
    QVERIFY(s->listDir(QStringLiteral("/usr/bin/aa")).isEmpty());
}

void TestSystemView::hostileSnapshot()
{
    QTemporaryDir tmp;
    const QByteArray secret = "SENTINEL-OUTSIDE-THE-SNAPSHOT";
    // The sentinel sits beside the snapshot folder, and another beside root/.
    const QString sentinel = tmp.path() + QStringLiteral("/sentinel");
    SnapshotTree::write(sentinel, secret);
    SnapshotTree t(tmp.path() + QStringLiteral("/snap"));
    t.json(kMinimalJson);
    SnapshotTree::write(t.folder() + QStringLiteral("/sentinel"), secret);
    // What the links must land on instead: files inside root/.
    t.file(QStringLiteral("/sentinel"), "inside");

    const QString climb = QStringLiteral("../../../../../..") + sentinel;
    t.link(QStringLiteral("/a"), QStringLiteral("/../sentinel"));
    t.link(QStringLiteral("/b"), QStringLiteral("../../sentinel"));
    t.link(QStringLiteral("/c"), climb);
    t.link(QStringLiteral("/d/e"), QStringLiteral("../../.."));
    t.link(QStringLiteral("/f"), sentinel);
    t.link(QStringLiteral("/g"), QStringLiteral("/../../..") + sentinel);
    t.link(QStringLiteral("/h"), QStringLiteral("../snapshot.json"));
    t.link(QStringLiteral("/up"), QStringLiteral(".."));
    t.link(QStringLiteral("/etc/shadow"), QStringLiteral("/etc/shadow")); // a self-loop through an absolute path
    t.link(QStringLiteral("/etc/passwd"), QStringLiteral("/../../../etc/passwd"));
    t.link(QStringLiteral("/out"), QStringLiteral("../../../../outside"));
    t.link(QStringLiteral("/hostroot"), QStringLiteral("/"));
    auto s = t.open();
    QVERIFY(s);

    const QStringList paths{
        QStringLiteral("/a"),
        QStringLiteral("/b"),
        QStringLiteral("/c"),
        QStringLiteral("/d/e/sentinel"),
        QStringLiteral("/d/e/snap/sentinel"),
        QStringLiteral("/d/e/") + QFileInfo(tmp.path()).fileName() + QStringLiteral("/sentinel"),
        QStringLiteral("/f"),
        QStringLiteral("/g"),
        QStringLiteral("/h"),
        QStringLiteral("/up/up/up/sentinel"),
        QStringLiteral("/up/up/up/snap/sentinel"),
        QStringLiteral("/etc/shadow"),
        QStringLiteral("/etc/passwd"),
        QStringLiteral("/out"),
        QStringLiteral("/hostroot") + sentinel,
        QStringLiteral("/../sentinel"),
        QStringLiteral("/../../../..") + sentinel,
        sentinel,
        QStringLiteral("/d/e/../../../sentinel"),
    };
    const QString canonicalRoot = QFileInfo(t.root()).canonicalFilePath();
    for (const QString &path : paths) {
        const Resolution r = s->resolve(path);
        QVERIFY2(isCleanSystemPath(r.finalPath), qPrintable(path + QStringLiteral(" -> ") + r.finalPath));
        for (const LinkHop &hop : r.hops)
            QVERIFY2(isCleanSystemPath(hop.next) || hop.next.isEmpty(), qPrintable(hop.next));
        if (r.ok()) {
            const QString host = QFileInfo(t.root() + r.finalPath).canonicalFilePath();
            QVERIFY2(host == canonicalRoot || host.startsWith(canonicalRoot + QLatin1Char('/')),
                     qPrintable(path + QStringLiteral(" -> ") + host));
        }
        const std::optional<QByteArray> data = s->readFile(path);
        QVERIFY2(!data || *data != secret, qPrintable(path));
        QVERIFY2(!data || !data->contains("go-env-doctor-snapshot"), qPrintable(path));
        QVERIFY(!s->listDir(path).contains(QStringLiteral("snap")));
    }
    // A fifo in root/ is never opened for reading (it would wait for a writer forever).
    QCOMPARE(::mkfifo(QFile::encodeName(t.root() + QStringLiteral("/fifo")).constData(), 0600), 0);
    QVERIFY(!s->readFile(QStringLiteral("/fifo")));
    QVERIFY(!s->lstat(QStringLiteral("/fifo")).isFile);
    QVERIFY(s->lstat(QStringLiteral("/fifo")).exists);

    // The absolute and climbing links land on root/'s own files.
    QCOMPARE(s->readFile(QStringLiteral("/a")).value_or(QByteArray()), QByteArray("inside"));
    QCOMPARE(s->readFile(QStringLiteral("/b")).value_or(QByteArray()), QByteArray("inside"));
    QCOMPARE(s->readFile(QStringLiteral("/d/e/sentinel")).value_or(QByteArray()), QByteArray("inside"));
    QCOMPARE(s->readFile(QStringLiteral("/up/up/up/sentinel")).value_or(QByteArray()), QByteArray("inside"));
    QCOMPARE(s->resolve(QStringLiteral("/d/e")).finalPath, QStringLiteral("/"));
    QCOMPARE(s->resolve(QStringLiteral("/etc/shadow")).status, Resolution::Status::Loop);
    QCOMPARE(s->resolve(QStringLiteral("/out")).status, Resolution::Status::Dangling);
    QCOMPARE(s->resolve(QStringLiteral("/c")).status, Resolution::Status::Dangling);
    // Listing "/" through links lists root/, not the folders around it.
    QVERIFY(s->listDir(QStringLiteral("/d/e")).contains(QStringLiteral("sentinel")));
    QVERIFY(!s->listDir(QStringLiteral("/d/e")).contains(QStringLiteral("snapshot.json")));
    QVERIFY(!s->listDir(QStringLiteral("/up/..")).contains(QStringLiteral("root")));
}

// --- snapshot.json --------------------------------------------------------------------------

void TestSystemView::openSnapshot_data()
{
    QTest::addColumn<QByteArray>("json");  // null: no snapshot.json at all
    QTest::addColumn<QString>("rootKind"); // "dir", "none", "file", "link"
    QTest::addColumn<QString>("error");    // expected fragment; empty: opens

    const QByteArray full = R"({
        "format": "go-env-doctor-snapshot", "version": 1, "captured": "2026-11-26T12:00:00Z",
        "host": {"hostname": "build-07", "machine": "aarch64", "kernel": "6.8.0-45-generic"},
        "user": {"name": "alice", "uid": 1000, "home": "/home/alice", "login_shell": "/usr/bin/zsh"},
        "process": {"cwd": "/home/alice", "env": {"PATH": "/usr/bin"}, "rlimits": {"as": "unlimited"}},
        "commands": []
    })";
    const QString dir = QStringLiteral("dir");
    QTest::newRow("full") << full << dir << QString();
    QTest::newRow("minimal") << kMinimalJson << dir << QString();
    QTest::newRow("empty object (missing keys are unknown)") << QByteArray("{}") << dir << QString();
    QTest::newRow("unknown keys ignored") << QByteArray(R"({"version": 1, "future": {"x": [1]}})") << dir << QString();
    QTest::newRow("wrong types are unknown")
        << QByteArray(R"({"host": 3, "user": [], "process": {"env": 5, "rlimits": "x"}, "commands": {}})") << dir
        << QString();
    QTest::newRow("malformed") << QByteArray(R"({"format": "go-env-doctor-snapshot", "version": 1,,})") << dir
                               << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << full.left(full.size() / 2) << dir << QStringLiteral("not valid JSON");
    QTest::newRow("empty file") << QByteArray("") << dir << QStringLiteral("empty");
    QTest::newRow("whitespace only") << QByteArray(" \n\t\n") << dir << QStringLiteral("empty");
    QTest::newRow("binary garbage") << QByteArray("\177ELF\x02\x01\x01\x00\x00", 9) << dir
                                    << QStringLiteral("not valid JSON");
    QTest::newRow("top level array") << QByteArray("[1, 2]") << dir << QStringLiteral("JSON object");
    QTest::newRow("wrong format") << QByteArray(R"({"format": "docker-image", "version": 1})") << dir
                                  << QStringLiteral("unknown format");
    QTest::newRow("version 2") << QByteArray(R"({"format": "go-env-doctor-snapshot", "version": 2})") << dir
                               << QStringLiteral("unsupported version 2");
    QTest::newRow("version as string") << QByteArray(R"({"format": "go-env-doctor-snapshot", "version": "1"})") << dir
                                       << QStringLiteral("unsupported version");
    QTest::newRow("no snapshot.json") << QByteArray() << dir << QStringLiteral("file not found");
    QTest::newRow("missing root/") << kMinimalJson << QStringLiteral("none") << QStringLiteral("root/");
    QTest::newRow("root/ is a file") << kMinimalJson << QStringLiteral("file") << QStringLiteral("root/");
    QTest::newRow("root/ is a link to /") << kMinimalJson << QStringLiteral("link") << QStringLiteral("root/");
}

void TestSystemView::openSnapshot()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, rootKind);
    QFETCH(QString, error);

    QTemporaryDir tmp;
    const QString folder = tmp.path() + QStringLiteral("/snap");
    QVERIFY(QDir().mkpath(folder));
    if (!json.isNull())
        SnapshotTree::write(folder + QStringLiteral("/snapshot.json"), json);
    const QString root = folder + QStringLiteral("/root");
    if (rootKind == QLatin1String("dir"))
        QVERIFY(QDir().mkpath(root));
    else if (rootKind == QLatin1String("file"))
        SnapshotTree::write(root, "not a folder");
    else if (rootKind == QLatin1String("link"))
        QCOMPARE(::symlink("/", QFile::encodeName(root).constData()), 0);

    QString message = QStringLiteral("stale");
    const auto s = SnapshotSystem::open(folder, &message);
    if (error.isEmpty()) {
        QVERIFY2(s, qPrintable(message));
        QVERIFY(message.isEmpty());
        QVERIFY(s->isSnapshot());
        QCOMPARE(s->sourcePath(), QFileInfo(folder).canonicalFilePath());
        QVERIFY(s->now().isValid()); // missing "captured": the current time stands in
        return;
    }
    QVERIFY(!s);
    QVERIFY2(message.contains(error), qPrintable(message));
    // The message names the file (or, for root/, the folder) so the user knows where to look.
    QVERIFY2(message.contains(QFileInfo(folder).canonicalFilePath()), qPrintable(message));
    if (rootKind == QLatin1String("dir"))
        QVERIFY2(message.contains(QStringLiteral("snapshot.json")), qPrintable(message));

    // A null error pointer is allowed.
    QVERIFY(!SnapshotSystem::open(folder, nullptr));
}

void TestSystemView::snapshotFields()
{
    QTemporaryDir tmp;
    SnapshotTree t(tmp.path());
    t.json(R"({
        "format": "go-env-doctor-snapshot", "version": 1, "captured": "2026-11-26T12:00:00Z",
        "host": {"hostname": "build-07", "machine": "aarch64", "kernel": "6.8.0-45-generic"},
        "user": {"name": "alice", "uid": 1000, "home": "/home/alice", "login_shell": "/usr/bin/zsh"},
        "process": {
            "cwd": "/home/alice/src/app",
            "env": {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/home/alice", "NUMBER": 5},
            "rlimits": {"as": "unlimited", "nofile": 1024, "nproc": 63432},
            "rlimits_hard": {"as": "unlimited", "nofile": 524288}
        },
        "commands": [
            {"argv": ["/usr/bin/go", "env", "-json"], "exit": 0, "stdout": "{\"GOOS\": \"linux\"}", "stderr": ""}
        ]
    })");
    auto s = t.open();
    QVERIFY(s);
    QCOMPARE(s->now(), QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC));
    QCOMPARE(s->host().hostname, QStringLiteral("build-07"));
    QCOMPARE(s->host().machine, QStringLiteral("aarch64"));
    QCOMPARE(s->host().kernel, QStringLiteral("6.8.0-45-generic"));
    QCOMPARE(s->user().name, QStringLiteral("alice"));
    QCOMPARE(s->user().uid, qint64(1000));
    QCOMPARE(s->user().home, QStringLiteral("/home/alice"));
    QCOMPARE(s->user().loginShell, QStringLiteral("/usr/bin/zsh"));
    QCOMPARE(s->cwd(), QStringLiteral("/home/alice/src/app"));
    QCOMPARE(s->environment().value(QStringLiteral("PATH")), QStringLiteral("/usr/local/bin:/usr/bin:/bin"));
    QVERIFY(!s->environment().contains(QStringLiteral("NUMBER"))); // not a string: unknown
    QCOMPARE(s->environment().size(), 2);
    QCOMPARE(s->rlimits().value(QStringLiteral("as")), qint64(-1));
    QCOMPARE(s->rlimits().value(QStringLiteral("nofile")), qint64(1024));
    QCOMPARE(s->rlimits().value(QStringLiteral("nproc")), qint64(63432));
    QVERIFY(!s->rlimits().contains(QStringLiteral("memlock")));
    QCOMPARE(s->rlimits(true).value(QStringLiteral("nofile")), qint64(524288));
    QCOMPARE(s->rlimits(true).size(), 2);

    // Missing sections are unknown, not errors.
    QTemporaryDir tmp2;
    SnapshotTree bare(tmp2.path());
    bare.json("{}");
    auto b = bare.open();
    QVERIFY(b);
    QCOMPARE(b->user().uid, qint64(-1));
    QVERIFY(b->user().name.isEmpty());
    QVERIFY(b->environment().isEmpty());
    QVERIFY(b->rlimits().isEmpty());
    QVERIFY(b->rlimits(true).isEmpty());
    QVERIFY(b->cwd().isEmpty());
    QVERIFY(qAbs(b->now().secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestSystemView::rlimitValues_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -2: unknown (absent from the map)
    QTest::newRow("unlimited") << QByteArray(R"("unlimited")") << qint64(-1);
    QTest::newRow("UNLIMITED") << QByteArray(R"("UNLIMITED")") << qint64(-1);
    QTest::newRow("number") << QByteArray("1024") << qint64(1024);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("large") << QByteArray("8589934592") << qint64(8589934592LL);
    QTest::newRow("number as string") << QByteArray(R"("65536")") << qint64(65536);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-2);
    QTest::newRow("word") << QByteArray(R"("lots")") << qint64(-2);
    QTest::newRow("null") << QByteArray("null") << qint64(-2);
    QTest::newRow("object") << QByteArray("{}") << qint64(-2);
    QTest::newRow("huge") << QByteArray("1e30") << qint64(-2);
}

void TestSystemView::rlimitValues()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    QTemporaryDir tmp;
    SnapshotTree t(tmp.path());
    t.json(R"({"process": {"rlimits": {"nofile": )" + value + R"(}, "rlimits_hard": {"NOFILE": )" + value + "}}}");
    auto s = t.open();
    QVERIFY(s);
    for (bool hard : {false, true}) {
        const QMap<QString, qint64> limits = s->rlimits(hard);
        if (expected == -2) {
            QVERIFY(!limits.contains(QStringLiteral("nofile")));
        } else {
            QVERIFY(limits.contains(QStringLiteral("nofile")));
            QCOMPARE(limits.value(QStringLiteral("nofile")), expected);
        }
    }
}

void TestSystemView::commandReplay_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<bool>("captured");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<bool>("timedOut");

    const QStringList goVersion{QStringLiteral("/usr/bin/go"), QStringLiteral("version")};
    QTest::newRow("exact") << goVersion << true << 0 << QStringLiteral("go version go1.22.1 linux/arm64\n") << false;
    QTest::newRow("exit and stderr") << QStringList{QStringLiteral("/snap/bin/go"), QStringLiteral("version")} << true
                                     << 126 << QString() << false;
    QTest::newRow("timeout") << QStringList{QStringLiteral("/usr/bin/zsh"), QStringLiteral("-l"), QStringLiteral("-i"),
                                            QStringLiteral("-c"), QStringLiteral("env")}
                             << true << -1 << QString() << true;
    QTest::newRow("other path") << QStringList{QStringLiteral("/usr/local/go/bin/go"), QStringLiteral("version")}
                                << false << -1 << QString() << false;
    QTest::newRow("prefix of argv") << QStringList{QStringLiteral("/usr/bin/go")} << false << -1 << QString() << false;
    QTest::newRow("longer argv") << (goVersion + QStringList{QStringLiteral("-m")}) << false << -1 << QString()
                                 << false;
    QTest::newRow("empty argv") << QStringList() << false << -1 << QString() << false;
    QTest::newRow("non-string argv entry is not replayed")
        << QStringList{QStringLiteral("/usr/bin/env"), QString()} << false << -1 << QString() << false;
}

void TestSystemView::commandReplay()
{
    QFETCH(QStringList, argv);
    QFETCH(bool, captured);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(bool, timedOut);

    QTemporaryDir tmp;
    SnapshotTree t(tmp.path());
    t.json(R"({"commands": [
        {"argv": ["/usr/bin/go", "version"], "exit": 0, "stdout": "go version go1.22.1 linux/arm64\n", "stderr": ""},
        {"argv": ["/snap/bin/go", "version"], "exit": 126, "stdout": "",
         "stderr": "/snap/bin/go: cannot execute binary file: Exec format error"},
        {"argv": ["/usr/bin/zsh", "-l", "-i", "-c", "env"], "timeout": true},
        {"argv": ["/usr/bin/env", 5]},
        {"exit": 0, "stdout": "no argv: cannot be asked for"},
        "not an object"
    ]})");
    auto s = t.open();
    QVERIFY(s);
    const CommandResult r = s->run(argv, CommandKind::Go);
    QCOMPARE(r.argv, argv);
    QCOMPARE(r.captured, captured);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.stdoutText, out);
    QCOMPARE(r.timedOut, timedOut);
    QCOMPARE(r.succeeded(), captured && exitCode == 0 && !timedOut);
    if (!captured)
        QCOMPARE(r.stderrText, QStringLiteral("not captured in this snapshot"));
    else if (exitCode == 126)
        QVERIFY(r.stderrText.contains(QStringLiteral("Exec format error")));
}

// --- text -----------------------------------------------------------------------------------

void TestSystemView::commandLine_data()
{
    QTest::addColumn<QStringList>("argv");
    QTest::addColumn<bool>("captured");
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    QTest::addColumn<QString>("expected");

    const QStringList goVersion{QStringLiteral("/usr/bin/go"), QStringLiteral("version")};
    QTest::newRow("ok") << goVersion << true << false << 0 << QStringLiteral("go version go1.19.8 linux/amd64\n")
                        << QString() << QStringLiteral("$ /usr/bin/go version → go version go1.19.8 linux/amd64");
    QTest::newRow("quoted") << QStringList{QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("echo 'hi'")}
                            << true << false << 0 << QStringLiteral("\n  hi  \nmore\n") << QString()
                            << QStringLiteral("$ /bin/sh -c 'echo '\\''hi'\\''' → hi");
    QTest::newRow("failed") << goVersion << true << false << 126 << QString()
                            << QStringLiteral("/usr/bin/go: cannot execute binary file: Exec format error")
                            << QStringLiteral("$ /usr/bin/go version → /usr/bin/go: cannot execute binary file: Exec "
                                              "format error (exit 126)");
    QTest::newRow("silent failure") << goVersion << true << false << 1 << QString() << QString()
                                    << QStringLiteral("$ /usr/bin/go version → exit 1");
    QTest::newRow("not captured") << goVersion << false << false << -1 << QString() << QString()
                                  << QStringLiteral("$ /usr/bin/go version → not captured in this snapshot");
    QTest::newRow("timed out") << goVersion << true << true << -1 << QString() << QString()
                               << QStringLiteral("$ /usr/bin/go version → timed out");
    QTest::newRow("empty arg") << QStringList{QStringLiteral("/usr/bin/printf"), QString()} << true << false << 0
                               << QString() << QString() << QStringLiteral("$ /usr/bin/printf '' → (no output)");
}

void TestSystemView::commandLine()
{
    QFETCH(QStringList, argv);
    QFETCH(bool, captured);
    QFETCH(bool, timedOut);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);
    QFETCH(QString, expected);
    CommandResult r;
    r.argv = argv;
    r.captured = captured;
    r.timedOut = timedOut;
    r.exitCode = exitCode;
    r.stdoutText = out;
    r.stderrText = err;
    QCOMPARE(r.commandLine(), expected);

    // A long output is cut to one readable line.
    r.stdoutText = QString(5000, QLatin1Char('x'));
    QVERIFY(r.commandLine().size() < 400);
}

void TestSystemView::statusTexts()
{
    QSet<QString> seen;
    for (auto st : {Resolution::Status::Ok, Resolution::Status::NotFound, Resolution::Status::Dangling,
                    Resolution::Status::Loop, Resolution::Status::NotDir}) {
        const QString text = resolutionStatusText(st);
        QVERIFY(!text.isEmpty());
        seen.insert(text);
    }
    QCOMPARE(seen.size(), 5);
}

// --- live system ----------------------------------------------------------------------------

void TestSystemView::liveFacts()
{
    LiveSystem live;
    QVERIFY(!live.isSnapshot());
    QVERIFY(live.sourcePath().isEmpty());
    QCOMPARE(live.user().uid, qint64(::geteuid()));
    QVERIFY(!live.user().name.isEmpty());
    QVERIFY(!live.user().home.isEmpty());
    QVERIFY(!live.user().loginShell.isEmpty());
    struct utsname uts {};
    QCOMPARE(::uname(&uts), 0);
    QCOMPARE(live.host().machine, QString::fromLatin1(uts.machine));
    QCOMPARE(live.host().kernel, QString::fromLatin1(uts.release));
    QVERIFY(!live.host().hostname.isEmpty());
    QCOMPARE(live.cwd(), QDir::currentPath());
    QVERIFY(qAbs(live.now().secsTo(QDateTime::currentDateTimeUtc())) < 5);
    QCOMPARE(live.now().timeSpec(), Qt::UTC);
    QCOMPARE(live.environment().value(QStringLiteral("PATH")), qEnvironmentVariable("PATH"));

    const QMap<QString, qint64> soft = live.rlimits();
    const QMap<QString, qint64> hard = live.rlimits(true);
    for (const char *name : {"as", "nofile", "nproc", "memlock", "stack", "cpu", "data", "fsize", "core"}) {
        const QString key = QString::fromLatin1(name);
        QVERIFY2(soft.contains(key) && hard.contains(key), name);
        QVERIFY(soft.value(key) >= -1);
        // The soft limit never exceeds the hard one (-1 is unlimited).
        if (hard.value(key) != -1)
            QVERIFY2(soft.value(key) != -1 && soft.value(key) <= hard.value(key), name);
    }
    QVERIFY(soft.value(QStringLiteral("nofile")) > 0);
}

void TestSystemView::liveReadProc()
{
    LiveSystem live;
    // /proc files report a size of 0: the reader must go to EOF.
    QCOMPARE(live.stat(QStringLiteral("/proc/self/status")).size, qint64(0));
    const std::optional<QByteArray> status = live.readFile(QStringLiteral("/proc/self/status"));
    QVERIFY(status);
    QVERIFY(status->contains("Name:"));
    QVERIFY(status->contains("Pid:"));
    // /proc/self is a link to this process's folder.
    const Resolution self = live.resolve(QStringLiteral("/proc/self/status"));
    QCOMPARE(self.status, Resolution::Status::Ok);
    QCOMPARE(self.hops.size(), 1);
    QCOMPARE(self.finalPath, QStringLiteral("/proc/%1/status").arg(::getpid()));
    QVERIFY(live.listDir(QStringLiteral("/proc/self")).contains(QStringLiteral("status")));
    QVERIFY(!live.readFile(QStringLiteral("/proc/self/status"), 5).value_or(QByteArray()).isEmpty());
    QCOMPARE(live.readFile(QStringLiteral("/proc/self/status"), 5).value_or(QByteArray()).size(), 5);
}

void TestSystemView::liveResolveMatchesKernel()
{
    QTemporaryDir tmp;
    const QString base = QFileInfo(tmp.path()).canonicalFilePath();
    LiveSystem live;
    // A chain of N links: the kernel gives ELOOP past 40, and so must the resolver.
    for (int links : {39, 40, 41}) {
        const QString dir = base + QStringLiteral("/chain%1").arg(links);
        QVERIFY(QDir().mkpath(dir));
        SnapshotTree::write(dir + QStringLiteral("/target"), "end");
        for (int i = 1; i <= links; ++i) {
            const QByteArray next = i == links ? QByteArray("target") : QByteArray("l") + QByteArray::number(i + 1);
            QCOMPARE(::symlink(next.constData(), QFile::encodeName(dir + QStringLiteral("/l%1").arg(i)).constData()),
                     0);
        }
        const QString first = dir + QStringLiteral("/l1");
        struct stat st {};
        const bool kernelOk = ::stat(QFile::encodeName(first).constData(), &st) == 0;
        const Resolution r = live.resolve(first);
        QCOMPARE(r.ok(), kernelOk);
        QCOMPARE(r.status, links <= 40 ? Resolution::Status::Ok : Resolution::Status::Loop);
        if (!kernelOk)
            QCOMPARE(errno, ELOOP);
    }

    // Relative and absolute links, and ".." through a link, against the kernel's realpath.
    QVERIFY(QDir().mkpath(base + QStringLiteral("/usr/lib/go/bin")));
    SnapshotTree::write(base + QStringLiteral("/usr/lib/go/bin/go"), "go");
    QVERIFY(QDir().mkpath(base + QStringLiteral("/usr/bin")));
    QVERIFY(QFile::link(QStringLiteral("../lib/go/bin/go"), base + QStringLiteral("/usr/bin/go")));
    QVERIFY(QFile::link(base + QStringLiteral("/usr/lib/go/bin"), base + QStringLiteral("/gobin")));
    for (const QString &path : {base + QStringLiteral("/usr/bin/go"), base + QStringLiteral("/gobin/../bin/go"),
                                base + QStringLiteral("/gobin/go")}) {
        const Resolution r = live.resolve(path);
        QCOMPARE(r.status, Resolution::Status::Ok);
        QCOMPARE(r.finalPath, QFileInfo(path).canonicalFilePath());
        QCOMPARE(live.readFile(path).value_or(QByteArray()), QByteArray("go"));
    }
    QVERIFY(live.lstat(base + QStringLiteral("/usr/bin/go")).isSymlink);
    QCOMPARE(live.readLink(base + QStringLiteral("/usr/bin/go")).value_or(QString()),
             QStringLiteral("../lib/go/bin/go"));
}

void TestSystemView::liveFifoIsRefused()
{
    QTemporaryDir tmp;
    const QString fifo = tmp.path() + QStringLiteral("/fifo");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    LiveSystem live;
    QElapsedTimer clock;
    clock.start();
    // No writer will ever come: a reader that opened it blocking would hang here.
    QVERIFY(!live.readFile(fifo));
    QVERIFY(clock.elapsed() < 2000);
    QVERIFY(!live.stat(fifo).isFile);
    QVERIFY(!live.readFile(QStringLiteral("/dev/zero")));
}

void TestSystemView::runTrue()
{
    LiveSystem live;
    const CommandResult r = live.run({QStringLiteral("/bin/true")}, CommandKind::Go);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.succeeded());
    QVERIFY(r.captured);
    QVERIFY(!r.timedOut);
    QVERIFY(r.stdoutText.isEmpty());
    // A bare name is found on PATH, as a shell would.
    QCOMPARE(live.run({QStringLiteral("true")}, CommandKind::Go).exitCode, 0);
}

void TestSystemView::runExitCode()
{
    LiveSystem live;
    const CommandResult r =
        live.run({QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("exit 3")}, CommandKind::Go);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.succeeded());
    QVERIFY(!r.timedOut);
}

void TestSystemView::runOutput()
{
    LiveSystem live;
    const CommandResult r = live.run({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                      QStringLiteral("printf 'h\\303\\251llo\\n'; printf 'warn\\n' >&2")},
                                     CommandKind::Go);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.stdoutText, QStringLiteral("héllo\n"));
    QCOMPARE(r.stderrText, QStringLiteral("warn\n"));

    // A flood of output is capped, and does not block the command.
    const CommandResult big = live.run(
        {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("head -c 20000000 /dev/zero | tr '\\0' x")},
        CommandKind::Go, 20000);
    QVERIFY(!big.timedOut);
    QCOMPARE(big.exitCode, 0);
    QVERIFY(big.stdoutText.size() >= 1024 * 1024);
    QVERIFY(big.stdoutText.size() <= 8 * 1024 * 1024);
}

void TestSystemView::runCannotStart_data()
{
    QTest::addColumn<QByteArray>("contents"); // null: do not create the file
    QTest::addColumn<bool>("executable");
    QTest::addColumn<QString>("program"); // "{}" is replaced by the file's path
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing path") << QByteArray() << false << QStringLiteral("/nonexistent/go") << 127
                                  << QStringLiteral("/nonexistent/go: No such file or directory");
    QTest::newRow("missing name") << QByteArray() << false << QStringLiteral("no-such-program-ged") << 127
                                  << QStringLiteral("no-such-program-ged: command not found");
    QTest::newRow("not executable") << QByteArray("#!/bin/sh\necho hi\n") << false << QStringLiteral("{}") << 126
                                    << QStringLiteral("Permission denied");
    QTest::newRow("a folder") << QByteArray() << false << QStringLiteral("/tmp") << 126
                              << QStringLiteral("/tmp: Is a directory");
    // An ELF header for no machine this kernel runs: execve says ENOEXEC, as for an arm64 go on amd64.
    QByteArray elf("\177ELF\x02\x01\x01\x00", 8);
    elf.append(QByteArray(8, '\0'));
    elf.append(QByteArray("\x02\x00\xff\x7f", 4));
    elf.append(QByteArray(64, '\0'));
    QTest::newRow("foreign ELF") << elf << true << QStringLiteral("{}") << 126
                                 << QStringLiteral("cannot execute binary file: Exec format error");
    QTest::newRow("bad interpreter") << QByteArray("#!/nonexistent/interp -x\n") << true << QStringLiteral("{}") << 126
                                     << QStringLiteral("/nonexistent/interp: bad interpreter");
}

void TestSystemView::runCannotStart()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, executable);
    QFETCH(QString, program);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    QTemporaryDir tmp;
    const QString file = tmp.path() + QStringLiteral("/prog");
    if (!contents.isNull()) {
        SnapshotTree::write(file, contents);
        QVERIFY(::chmod(QFile::encodeName(file).constData(), executable ? 0755 : 0644) == 0);
    }
    program.replace(QStringLiteral("{}"), file);
    LiveSystem live;
    for (CommandKind kind : {CommandKind::Go, CommandKind::LoginShell}) {
        const CommandResult r = live.run({program, QStringLiteral("version")}, kind);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.stderrText.contains(message), qPrintable(r.stderrText));
        QVERIFY(!r.succeeded());
        QVERIFY(r.captured);
        QVERIFY(!r.timedOut);
    }
    QCOMPARE(live.run({}, CommandKind::Go).exitCode, 127);
}

void TestSystemView::runCrash()
{
    LiveSystem live;
    const CommandResult r =
        live.run({QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("kill -9 $$")}, CommandKind::Go);
    QCOMPARE(r.exitCode, 128 + 9); // as a shell reports it
    QVERIFY(!r.timedOut);
}

void TestSystemView::runTimeout()
{
    LiveSystem live;
    for (CommandKind kind : {CommandKind::Go, CommandKind::LoginShell}) {
        QElapsedTimer clock;
        clock.start();
        const CommandResult r = live.run({QStringLiteral("sleep"), QStringLiteral("30")}, kind, 500);
        QVERIFY(r.timedOut);
        QVERIFY(!r.succeeded());
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(r.elapsedMs >= 400);
    }
}

void TestSystemView::runTimeoutKillsGroup()
{
    LiveSystem live;
    QTemporaryDir tmp;
    const QString pidFile = tmp.path() + QStringLiteral("/pid");
    // The grandchild keeps stdout open: only killing the group ends the wait in time.
    QElapsedTimer clock;
    clock.start();
    const CommandResult r = live.run({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                      QStringLiteral("sleep 30 & echo $! > '%1'; wait").arg(pidFile)},
                                     CommandKind::Go, 500);
    QVERIFY(r.timedOut);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QFile f(pidFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const pid_t grandchild = pid_t(f.readAll().trimmed().toLongLong());
    QVERIFY(grandchild > 0);
    // Killed (a zombie at most, until init reaps it): its state in /proc is gone or 'Z'.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(grandchild));
            if (!stat.open(QIODevice::ReadOnly))
                return true;
            const QByteArray s = stat.readAll();
            return s.mid(s.lastIndexOf(')') + 2, 1) == "Z";
        }(),
        3000);

    // A command that exits while a background child keeps the pipe open must not wait for it.
    clock.restart();
    const CommandResult bg =
        live.run({QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("sleep 30 & echo started")},
                 CommandKind::Go, 10000);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(!bg.timedOut);
    QCOMPARE(bg.exitCode, 0);
    QCOMPARE(bg.stdoutText, QStringLiteral("started\n"));
}

void TestSystemView::runGoEnvironment()
{
    qputenv("GED_TEST_MARKER", "marker-value");
    qputenv("GOTOOLCHAIN", "go1.99.0");
    LiveSystem live;
    qunsetenv("GED_TEST_MARKER");
    qunsetenv("GOTOOLCHAIN");
    const CommandResult r =
        live.run({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                  QStringLiteral("echo \"$GOTOOLCHAIN\"; echo \"$GED_TEST_MARKER\"; pwd -P; read x; echo \"read=$?\"")},
                 CommandKind::Go);
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.stdoutText.split(QLatin1Char('\n'));
    QVERIFY(lines.size() >= 4);
    QCOMPARE(lines[0], QStringLiteral("local")); // never a toolchain download
    QCOMPARE(lines[1], QStringLiteral("marker-value"));
    QCOMPARE(lines[2], QFileInfo(QDir::currentPath()).canonicalFilePath());
    QCOMPARE(lines[3], QStringLiteral("read=1")); // stdin is /dev/null: EOF at once
}

void TestSystemView::runLoginShellEnvironment()
{
    qputenv("GED_TEST_MARKER", "must-not-leak");
    LiveSystem live;
    const CommandResult r = live.run({QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("env; pwd -P")},
                                     CommandKind::LoginShell);
    qunsetenv("GED_TEST_MARKER");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.stdoutText.contains(QStringLiteral("GED_TEST_MARKER")));
    QVERIFY(!r.stdoutText.contains(QStringLiteral("GOTOOLCHAIN=")));
    const QStringList lines = r.stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.contains(QStringLiteral("HOME=") + live.user().home));
    QVERIFY(lines.contains(QStringLiteral("USER=") + live.user().name));
    QVERIFY(lines.contains(QStringLiteral("LOGNAME=") + live.user().name));
    QVERIFY(lines.contains(QStringLiteral("SHELL=") + live.user().loginShell));
    const auto path = std::find_if(lines.begin(), lines.end(),
                                   [](const QString &l) { return l.startsWith(QStringLiteral("PATH=")); });
    QVERIFY(path != lines.end());
    QVERIFY(path->size() > 5);
    QVERIFY(std::any_of(lines.begin(), lines.end(),
                        [](const QString &l) { return l.startsWith(QStringLiteral("TERM=")); }));
    // A new terminal starts in the home folder.
    if (QFileInfo(live.user().home).isDir())
        QCOMPARE(lines.last(), QFileInfo(live.user().home).canonicalFilePath());

    // stdin is /dev/null: a command reading it ends at once instead of waiting for the terminal.
    const CommandResult cat = live.run({QStringLiteral("/bin/cat")}, CommandKind::LoginShell, 5000);
    QVERIFY(!cat.timedOut);
    QCOMPARE(cat.exitCode, 0);
}

void TestSystemView::runLoginShellNewSession()
{
    LiveSystem live;
    // The shell reads its own /proc/PID/stat: its session id must be its own pid (setsid), not ours.
    const CommandResult r = live.run({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                      QStringLiteral("echo $$; cat /proc/$$/stat; cat /proc/$$/stat >/dev/tty")},
                                     CommandKind::LoginShell);
    const QStringList lines = r.stdoutText.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, qPrintable(r.stdoutText + r.stderrText));
    const qint64 shellPid = lines[0].toLongLong();
    const qint64 sid = sessionFromStat(lines[1]);
    QVERIFY(shellPid > 0);
    QCOMPARE(sid, shellPid);
    QVERIFY(sid != qint64(::getsid(0)));
    // No controlling terminal: /dev/tty cannot be opened.
    QVERIFY(r.exitCode != 0);

    // Go commands stay in our session (they lead only a process group of their own).
    const CommandResult go = live.run(
        {QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("cat /proc/$$/stat")}, CommandKind::Go);
    QCOMPARE(sessionFromStat(go.stdoutText.trimmed()), qint64(::getsid(0)));
}

void TestSystemView::freshLoginEnvironment_data()
{
    QTest::addColumn<QByteArray>("etcEnvironment");
    QTest::addColumn<QString>("currentTerm");
    QTest::addColumn<QString>("currentLang");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("lang"); // empty: not set

    const QString debian = QStringLiteral("/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games");
    const QString ubuntu = QStringLiteral(
        "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:/usr/local/games:/snap/bin");
    QTest::newRow("ubuntu, double quotes")
        << QByteArray("PATH=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/games:"
                      "/usr/local/games:/snap/bin\"\n")
        << QStringLiteral("xterm-256color") << QStringLiteral("en_US.UTF-8") << ubuntu
        << QStringLiteral("xterm-256color") << QStringLiteral("en_US.UTF-8");
    QTest::newRow("single quotes, CRLF") << QByteArray("PATH='/opt/bin:/usr/bin'\r\n") << QString() << QString()
                                         << QStringLiteral("/opt/bin:/usr/bin") << QStringLiteral("dumb") << QString();
    QTest::newRow("unquoted, export, comments")
        << QByteArray("# system-wide\n\nexport PATH=/usr/bin:/bin\nLANG=de_DE.UTF-8\n") << QStringLiteral("linux")
        << QStringLiteral("en_US.UTF-8") << QStringLiteral("/usr/bin:/bin") << QStringLiteral("linux")
        << QStringLiteral("de_DE.UTF-8");
    QTest::newRow("no PATH line") << QByteArray("LANG=C.UTF-8\nFOO=bar\n") << QString() << QString() << debian
                                  << QStringLiteral("dumb") << QStringLiteral("C.UTF-8");
    QTest::newRow("empty file (Debian)") << QByteArray() << QStringLiteral("xterm") << QString() << debian
                                         << QStringLiteral("xterm") << QString();
    QTest::newRow("empty PATH value") << QByteArray("PATH=\"\"\n") << QString() << QString() << debian
                                      << QStringLiteral("dumb") << QString();
    QTest::newRow("commented PATH") << QByteArray("#PATH=/evil\n") << QString() << QString() << debian
                                    << QStringLiteral("dumb") << QString();
    QTest::newRow("no trailing newline") << QByteArray("PATH=/a:/b") << QString() << QString()
                                         << QStringLiteral("/a:/b") << QStringLiteral("dumb") << QString();
    QTest::newRow("unterminated quote") << QByteArray("PATH=\"/a:/b\n") << QString() << QString()
                                        << QStringLiteral("/a:/b") << QStringLiteral("dumb") << QString();
    QTest::newRow("garbage") << QByteArray("\x00\xff=\n===\nPATH\n", 12) << QString() << QString() << debian
                             << QStringLiteral("dumb") << QString();
}

void TestSystemView::freshLoginEnvironment()
{
    QFETCH(QByteArray, etcEnvironment);
    QFETCH(QString, currentTerm);
    QFETCH(QString, currentLang);
    QFETCH(QString, path);
    QFETCH(QString, term);
    QFETCH(QString, lang);

    UserInfo user;
    user.name = QStringLiteral("alice");
    user.uid = 1000;
    user.home = QStringLiteral("/home/alice");
    user.loginShell = QStringLiteral("/usr/bin/zsh");
    QMap<QString, QString> current{{QStringLiteral("PATH"), QStringLiteral("/doctor/only/bin")},
                                   {QStringLiteral("GOPATH"), QStringLiteral("/tmp/go")},
                                   {QStringLiteral("HOME"), QStringLiteral("/somewhere/else")}};
    if (!currentTerm.isEmpty())
        current.insert(QStringLiteral("TERM"), currentTerm);
    if (!currentLang.isEmpty())
        current.insert(QStringLiteral("LANG"), currentLang);

    const QMap<QString, QString> env = LiveSystem::freshLoginEnvironment(user, current, etcEnvironment);
    QCOMPARE(env.value(QStringLiteral("PATH")), path);
    QCOMPARE(env.value(QStringLiteral("TERM")), term);
    QCOMPARE(env.value(QStringLiteral("LANG")), lang);
    QCOMPARE(env.contains(QStringLiteral("LANG")), !lang.isEmpty());
    QCOMPARE(env.value(QStringLiteral("HOME")), QStringLiteral("/home/alice"));
    QCOMPARE(env.value(QStringLiteral("USER")), QStringLiteral("alice"));
    QCOMPARE(env.value(QStringLiteral("LOGNAME")), QStringLiteral("alice"));
    QCOMPARE(env.value(QStringLiteral("SHELL")), QStringLiteral("/usr/bin/zsh"));
    QVERIFY(!env.contains(QStringLiteral("GOPATH")));
    QVERIFY(!env.contains(QStringLiteral("FOO")));
    const QSet<QString> allowed{QStringLiteral("HOME"),  QStringLiteral("USER"), QStringLiteral("LOGNAME"),
                                QStringLiteral("SHELL"), QStringLiteral("TERM"), QStringLiteral("LANG"),
                                QStringLiteral("PATH")};
    for (const QString &key : env.keys())
        QVERIFY2(allowed.contains(key), qPrintable(key));
}

QTEST_GUILESS_MAIN(TestSystemView)
#include "tst_systemview.moc"
