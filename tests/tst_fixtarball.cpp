// The tarball step of a generated fix script, run for real against a local HTTP server on
// 127.0.0.1 (python3 -m http.server) that serves a download list in go.dev's ?mode=json format and
// small real Go archives made here. The install folder and HOME are throwaway folders.
//   - a matching checksum installs the newest stable Go for the machine's architecture (not an rc,
//     not an older release, not another arch), puts its bin first on PATH in ~/.profile; a second
//     run changes nothing; --undo puts an older tree back byte for byte and removes the new one;
//   - a wrong checksum, an odd file name or SHA-256 in the list, a broken archive, a server that
//     is down: the script stops with a clear word before anything is unpacked, moved or written;
//   - --dry-run fetches nothing and changes nothing.
#include "FixScriptHarness.h"
#include "model/Facts.h"
#include "remedy/FixCatalog.h"
#include "remedy/FixScript.h"
#include "remedy/ShellQuote.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

using namespace FixScriptHarness;

namespace {

QByteArray sha256Hex(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QJsonObject archive(const QString &version, const QString &os, const QString &arch, const QString &kind,
                    const QString &filename, const QByteArray &sha, qint64 size)
{
    return QJsonObject{{QStringLiteral("filename"), filename},
                       {QStringLiteral("os"), os},
                       {QStringLiteral("arch"), arch},
                       {QStringLiteral("version"), version},
                       {QStringLiteral("sha256"), QString::fromLatin1(sha)},
                       {QStringLiteral("size"), size},
                       {QStringLiteral("kind"), kind}};
}

QJsonObject release(const QString &version, bool stable, const QJsonArray &files)
{
    return QJsonObject{
        {QStringLiteral("version"), version}, {QStringLiteral("stable"), stable}, {QStringLiteral("files"), files}};
}

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return -1;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

const QString kNewest = QStringLiteral("go1.99.1");
const QString kAmd64 = QStringLiteral("go1.99.1.linux-amd64.tar.gz");

} // namespace

class TestFixTarball : public QObject {
    Q_OBJECT

    QTemporaryDir m_root; // the server's folder, the scripts, the server's log
    QString m_www;        // served as http://127.0.0.1:PORT/
    QString m_log;        // the server's request log
    QProcess m_server;
    int m_port = -1;
    QString m_host, m_user;               // this machine's, so the script runs without --force
    QMap<QString, QByteArray> m_archives; // file name -> bytes of every archive made
    QString m_staging;                    // the unpacked go/ of the newest amd64 archive
    QString m_script;                     // for x86_64
    QString m_scriptArm;                  // for aarch64

    // One case's throwaway world: HOME, the folder the install dir goes in, TMPDIR.
    std::unique_ptr<QTemporaryDir> m_case;
    QString m_home, m_usrLocal, m_installDir, m_tmpDir;

    QString base(const QString &folder = QStringLiteral("dl")) const
    {
        return QStringLiteral("http://127.0.0.1:%1/%2/").arg(m_port).arg(folder);
    }

    // A small but real Go archive: go/bin/go prints its version, go/VERSION, go/src, go/pkg/tool.
    QByteArray makeArchive(const QString &version, const QString &arch, bool withGoBinary = true,
                           const QString &keepUnpackedIn = QString())
    {
        QTemporaryDir staging;
        const QString go = staging.path() + QStringLiteral("/go");
        if (withGoBinary) {
            writeFile(go + QStringLiteral("/bin/go"),
                      QStringLiteral("#!/bin/sh\necho 'go version %1 linux/%2'\n").arg(version, arch).toUtf8(),
                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                          QFile::ReadOther | QFile::ExeOther);
        }
        writeFile(go + QStringLiteral("/VERSION"),
                  (version + QStringLiteral("\ntime 2026-01-02T03:04:05Z\n")).toUtf8());
        writeFile(go + QStringLiteral("/src/go.mod"), "module std\n\ngo 1.99\n");
        writeFile(go + QStringLiteral("/pkg/tool/linux_%1/compile").arg(arch), "#!/bin/sh\nexit 0\n",
                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ReadOther);
        const QString out = staging.path() + QStringLiteral("/out.tar.gz");
        const Run r = run(QStringLiteral("tar"),
                          {QStringLiteral("-C"), staging.path(), QStringLiteral("--owner=0"),
                           QStringLiteral("--group=0"), QStringLiteral("-czf"), out, QStringLiteral("go")},
                          QProcessEnvironment::systemEnvironment());
        if (r.exitCode != 0)
            qWarning("tar failed: %s", qPrintable(r.describe()));
        if (!keepUnpackedIn.isEmpty())
            copyTree(go, keepUnpackedIn);
        return readFile(out);
    }

    // Serves `list` as FOLDER/index.html (what BASE?mode=json&include=all maps to) together with
    // the archives named in `files` (those m_archives has).
    void serve(const QString &folder, const QJsonArray &list, const QStringList &files)
    {
        const QString dir = m_www + QLatin1Char('/') + folder;
        QVERIFY(writeFile(dir + QStringLiteral("/index.html"), QJsonDocument(list).toJson()));
        for (const QString &f : files)
            QVERIFY(writeFile(dir + QLatin1Char('/') + f, m_archives.value(f)));
    }

    // The realistic list: older stable releases listed first, unstable releases that are newer,
    // a newer stable release with no Linux archive, and for the newest every other os, arch and kind.
    QJsonArray goodList() const
    {
        auto a = [&](const QString &version, const QString &os, const QString &arch, const QString &kind,
                     const QString &file) {
            const QByteArray bytes = m_archives.value(file, QByteArray("not served"));
            return archive(version, os, arch, kind, file, sha256Hex(bytes), bytes.size());
        };
        QJsonArray list;
        list << release(QStringLiteral("go1.98.7"), true,
                        {a(QStringLiteral("go1.98.7"), QStringLiteral("linux"), QStringLiteral("amd64"),
                           QStringLiteral("archive"), QStringLiteral("go1.98.7.linux-amd64.tar.gz"))});
        list << release(QStringLiteral("go1.100rc1"), false,
                        {a(QStringLiteral("go1.100rc1"), QStringLiteral("linux"), QStringLiteral("amd64"),
                           QStringLiteral("archive"), QStringLiteral("go1.100rc1.linux-amd64.tar.gz"))});
        list << release(QStringLiteral("go1.100.0"), false,
                        {a(QStringLiteral("go1.100.0"), QStringLiteral("linux"), QStringLiteral("amd64"),
                           QStringLiteral("archive"), QStringLiteral("go1.100.0.linux-amd64.tar.gz"))});
        list << release(QStringLiteral("go1.99.2"), true,
                        {a(QStringLiteral("go1.99.2"), QStringLiteral("darwin"), QStringLiteral("amd64"),
                           QStringLiteral("archive"), QStringLiteral("go1.99.2.darwin-amd64.tar.gz")),
                         a(QStringLiteral("go1.99.2"), QString(), QString(), QStringLiteral("source"),
                           QStringLiteral("go1.99.2.src.tar.gz"))});
        list << release(
            kNewest, true,
            {a(kNewest, QString(), QString(), QStringLiteral("source"), QStringLiteral("go1.99.1.src.tar.gz")),
             a(kNewest, QStringLiteral("darwin"), QStringLiteral("amd64"), QStringLiteral("archive"),
               QStringLiteral("go1.99.1.darwin-amd64.tar.gz")),
             a(kNewest, QStringLiteral("windows"), QStringLiteral("amd64"), QStringLiteral("installer"),
               QStringLiteral("go1.99.1.windows-amd64.msi")),
             a(kNewest, QStringLiteral("linux"), QStringLiteral("arm64"), QStringLiteral("archive"),
               QStringLiteral("go1.99.1.linux-arm64.tar.gz")),
             a(kNewest, QStringLiteral("linux"), QStringLiteral("amd64"), QStringLiteral("archive"), kAmd64),
             a(kNewest, QStringLiteral("linux"), QStringLiteral("386"), QStringLiteral("archive"),
               QStringLiteral("go1.99.1.linux-386.tar.gz"))});
        list << release(QStringLiteral("go1.9.7"), true,
                        {a(QStringLiteral("go1.9.7"), QStringLiteral("linux"), QStringLiteral("amd64"),
                           QStringLiteral("archive"), QStringLiteral("go1.9.7.linux-amd64.tar.gz"))});
        return list;
    }

    // The good list with the newest linux-amd64 archive's entry changed by `edit`.
    QJsonArray editedList(const std::function<void(QJsonObject &)> &edit) const
    {
        QJsonArray list = goodList();
        for (int i = 0; i < list.size(); ++i) {
            QJsonObject rel = list.at(i).toObject();
            if (rel.value(QStringLiteral("version")).toString() != kNewest)
                continue;
            QJsonArray files = rel.value(QStringLiteral("files")).toArray();
            for (int j = 0; j < files.size(); ++j) {
                QJsonObject f = files.at(j).toObject();
                if (f.value(QStringLiteral("filename")).toString() == kAmd64) {
                    edit(f);
                    files.replace(j, f);
                }
            }
            rel.insert(QStringLiteral("files"), files);
            list.replace(i, rel);
        }
        return list;
    }

    QString makeScript(const QString &machine, const QString &file)
    {
        Facts facts;
        facts.host.hostname = m_host;
        facts.host.machine = machine;
        facts.user.name = m_user;
        facts.user.home = QStringLiteral("/home/tester"); // the script writes ${HOME}: any HOME works
        facts.shell.loginShell = ShellKind::Bash;
        CheckResult r;
        r.check = QStringLiteral("go.not-found");
        r.severity = Severity::Error;
        r.title = QStringLiteral("Go is not installed");
        r.fixes = QStringList{QStringLiteral("fix.install-go-tarball")};
        const QList<FixStep> steps = FixCatalog::plan(facts, {r}, FixCatalog::Options());
        if (steps.size() != 1 || steps.constFirst().isManual() || !steps.constFirst().recommended)
            return {};
        FixScript::Target target;
        target.hostname = m_host;
        target.user = m_user;
        target.osName = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
        target.made = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
        const QString path = m_root.path() + QLatin1Char('/') + file;
        if (!writeFile(path, FixScript::render(steps, target).toUtf8()))
            return {};
        return path;
    }

    Run runScript(const QStringList &extra, const QString &script = QString())
    {
        QStringList args{script.isEmpty() ? m_script : script};
        args << extra;
        return run(QStringLiteral("bash"), args, scriptEnvironment(m_home, m_tmpDir), m_home);
    }
    Run install(const QString &folder = QStringLiteral("dl"), const QStringList &extra = {})
    {
        return runScript(QStringList{QStringLiteral("--download-base"), base(folder), QStringLiteral("--install-dir"),
                                     m_installDir} +
                         extra);
    }

    qint64 logSize() const { return QFileInfo(m_log).size(); }
    // The paths the server was asked for since the log had `from` bytes.
    QStringList requestsSince(qint64 from) const
    {
        // The server writes its line before it sends the answer, so it is in the log by now.
        QStringList paths;
        static const QRegularExpression get(QStringLiteral("\"GET (\\S+) HTTP"));
        const QByteArray log = readFile(m_log).mid(from);
        for (const QString &line : QString::fromUtf8(log).split(QLatin1Char('\n'))) {
            const QRegularExpressionMatch m = get.match(line);
            if (m.hasMatch())
                paths << m.captured(1);
        }
        return paths;
    }

    // An older Go already in the install dir, with an odd mode, a link and an empty folder.
    void makeOldTree()
    {
        writeFile(m_installDir + QStringLiteral("/VERSION"), "go1.20.1\ntime 2023-02-01T19:08:39Z\n");
        writeFile(m_installDir + QStringLiteral("/bin/go"), "#!/bin/sh\necho 'go version go1.20.1 linux/amd64'\n",
                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
        writeFile(m_installDir + QStringLiteral("/src/secret.txt"), "kept\n", QFile::ReadOwner | QFile::ReadGroup);
        QDir().mkpath(m_installDir + QStringLiteral("/pkg/empty"));
        QFile::link(QStringLiteral("bin/go"), m_installDir + QStringLiteral("/go-link"));
    }

    QString afterProfile(const QString &profile)
    {
        const Run r = run(
            QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral(". ./%1; echo \"$PATH\"").arg(profile)},
            [&] {
                QProcessEnvironment env = scriptEnvironment(m_home, m_tmpDir);
                env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
                return env;
            }(),
            m_home);
        return r.out.trimmed();
    }

    void verifyTmpEmpty()
    {
        const QStringList left = QDir(m_tmpDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY2(left.isEmpty(), qPrintable(QStringLiteral("left in TMPDIR: ") + left.join(QStringLiteral(", "))));
    }

    // The whole case folder: HOME, the install dir's parent and TMPDIR.
    Tree world(bool withTimes = true) const { return tree(m_case->path(), withTimes); }

private slots:
    void initTestCase()
    {
        for (const char *tool : {"bash", "python3", "tar", "sha256sum", "shellcheck"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is needed (packaging/deps.sh --test)").arg(QLatin1String(tool))));
        QVERIFY(m_root.isValid());
        m_host = commandOutput(QStringLiteral("uname"), {QStringLiteral("-n")});
        m_user = commandOutput(QStringLiteral("id"), {QStringLiteral("-un")});
        QVERIFY(!m_host.isEmpty() && !m_user.isEmpty());

        m_staging = m_root.path() + QStringLiteral("/newest-unpacked");
        m_archives.insert(kAmd64, makeArchive(kNewest, QStringLiteral("amd64"), true, m_staging));
        m_archives.insert(QStringLiteral("go1.99.1.linux-arm64.tar.gz"), makeArchive(kNewest, QStringLiteral("arm64")));
        m_archives.insert(QStringLiteral("go1.99.1.linux-386.tar.gz"), makeArchive(kNewest, QStringLiteral("386")));
        m_archives.insert(QStringLiteral("go1.98.7.linux-amd64.tar.gz"),
                          makeArchive(QStringLiteral("go1.98.7"), QStringLiteral("amd64")));
        m_archives.insert(QStringLiteral("go1.9.7.linux-amd64.tar.gz"),
                          makeArchive(QStringLiteral("go1.9.7"), QStringLiteral("amd64")));
        m_archives.insert(QStringLiteral("go1.100rc1.linux-amd64.tar.gz"),
                          makeArchive(QStringLiteral("go1.100rc1"), QStringLiteral("amd64")));
        m_archives.insert(QStringLiteral("go1.100.0.linux-amd64.tar.gz"),
                          makeArchive(QStringLiteral("go1.100.0"), QStringLiteral("amd64")));
        for (auto it = m_archives.cbegin(); it != m_archives.cend(); ++it)
            QVERIFY2(it.value().size() > 100, qPrintable(it.key()));
        QVERIFY(QFile::exists(m_staging + QStringLiteral("/bin/go")));

        m_www = m_root.path() + QStringLiteral("/www");
        serve(QStringLiteral("dl"), goodList(), m_archives.keys());

        m_script = makeScript(QStringLiteral("x86_64"), QStringLiteral("fix-amd64.sh"));
        m_scriptArm = makeScript(QStringLiteral("aarch64"), QStringLiteral("fix-arm64.sh"));
        QVERIFY(!m_script.isEmpty() && !m_scriptArm.isEmpty());

        // The server, on a port nobody has; it says nothing until it listens, so poll the port.
        m_log = m_root.path() + QStringLiteral("/server.log");
        for (int attempt = 0; attempt < 5 && m_port < 0; ++attempt) {
            const int port = freePort();
            QVERIFY(port > 0);
            m_server.setStandardOutputFile(QProcess::nullDevice());
            m_server.setStandardErrorFile(m_log, QIODevice::Append);
            m_server.start(QStringLiteral("python3"),
                           {QStringLiteral("-m"), QStringLiteral("http.server"), QStringLiteral("--bind"),
                            QStringLiteral("127.0.0.1"), QString::number(port), QStringLiteral("-d"), m_www});
            QVERIFY(m_server.waitForStarted(10000));
            QDeadlineTimer deadline(20000);
            while (!deadline.hasExpired() && m_server.state() == QProcess::Running) {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, quint16(port));
                if (probe.waitForConnected(200)) {
                    m_port = port;
                    break;
                }
                QTest::qWait(100);
            }
            if (m_port < 0) {
                m_server.kill();
                m_server.waitForFinished(5000);
            }
        }
        QVERIFY2(m_port > 0, readFile(m_log).constData());
    }

    void cleanupTestCase()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.kill();
            m_server.waitForFinished(5000);
        }
    }

    void init()
    {
        m_case = std::make_unique<QTemporaryDir>();
        QVERIFY(m_case->isValid());
        m_home = m_case->path() + QStringLiteral("/home");
        m_usrLocal = m_case->path() + QStringLiteral("/usr-local");
        m_installDir = m_usrLocal + QStringLiteral("/go");
        m_tmpDir = m_case->path() + QStringLiteral("/tmp");
        for (const QString &d : {m_home, m_usrLocal, m_tmpDir})
            QVERIFY(QDir().mkpath(d));
    }

    void cleanup() { m_case.reset(); }

    void scriptPassesShellcheck()
    {
        for (const QString &script : {m_script, m_scriptArm}) {
            const QString complaints = shellcheckComplaints(script);
            QVERIFY2(complaints.isEmpty(), qPrintable(complaints));
        }
        const QByteArray text = readFile(m_script);
        QVERIFY(text.contains("ged_install_go \"${GED_INSTALL_DIR}\" 'amd64' \"${GED_DOWNLOAD_BASE}\""));
        QVERIFY(
            readFile(m_scriptArm).contains("ged_install_go \"${GED_INSTALL_DIR}\" 'arm64' \"${GED_DOWNLOAD_BASE}\""));
    }

    // Fresh: no Go and no ~/.profile. The newest stable linux-amd64 archive is the one fetched.
    void matchingChecksumInstallsNewestStable()
    {
        const Tree homeBefore = tree(m_home);
        const qint64 mark = logSize();
        const Run first = install();
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        QVERIFY2(!first.err.contains(QLatin1String("--force")), qPrintable(first.describe()));
        QVERIFY2(first.out.contains(QStringLiteral("checksum ok: ") +
                                    QString::fromLatin1(sha256Hex(m_archives.value(kAmd64)))),
                 qPrintable(first.describe()));
        QVERIFY2(first.out.contains(QStringLiteral("installed go1.99.1 into ") + m_installDir),
                 qPrintable(first.describe()));
        QVERIFY2(first.out.contains(QStringLiteral("changed: %1/.profile").arg(m_home)), qPrintable(first.describe()));
        QVERIFY2(first.out.contains(QLatin1String("Done: 2 change(s).")), qPrintable(first.describe()));

        // Exactly the list and the one archive were fetched.
        const QStringList asked = requestsSince(mark);
        QCOMPARE(asked, QStringList({QStringLiteral("/dl/?mode=json&include=all"), QStringLiteral("/dl/") + kAmd64}));

        // The tree is the archive's go/, byte for byte and mode for mode.
        const QString diff = treeDiff(tree(m_staging), tree(m_installDir));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(readFile(m_installDir + QStringLiteral("/VERSION")).split('\n').constFirst(), QByteArray("go1.99.1"));
        const Run goVersion = run(m_installDir + QStringLiteral("/bin/go"), {QStringLiteral("version")},
                                  scriptEnvironment(m_home, m_tmpDir));
        QCOMPARE(goVersion.out.trimmed(), QStringLiteral("go version go1.99.1 linux/amd64"));

        // ~/.profile now puts the new bin first, and a nested login shell does not add it twice.
        const QString path = afterProfile(QStringLiteral(".profile"));
        QCOMPARE(path, m_installDir + QStringLiteral("/bin:/usr/bin:/bin"));
        const Run nested = run(
            QStringLiteral("sh"),
            {QStringLiteral("-c"), QStringLiteral(". ./.profile; . ./.profile; command -v go; echo \"$PATH\"")},
            [&] {
                QProcessEnvironment env = scriptEnvironment(m_home, m_tmpDir);
                env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
                return env;
            }(),
            m_home);
        QCOMPARE(nested.out, QStringLiteral("%1/bin/go\n%1/bin:/usr/bin:/bin\n").arg(m_installDir));
        const QByteArray profile = readFile(m_home + QStringLiteral("/.profile"));
        QVERIFY(profile.startsWith("# >>> go-env-doctor >>>\n"));
        QVERIFY(profile.endsWith("# <<< go-env-doctor <<<\n"));
        QVERIFY(profile.contains("# [fix.install-go-tarball]\n"));
        verifyTmpEmpty();

        // A second run: the same Go is there, the block is the same; not a byte or a time changes.
        const Tree before = world();
        const qint64 mark2 = logSize();
        const Run second = install();
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        QVERIFY2(second.out.contains(QStringLiteral("unchanged: %1 already holds go1.99.1").arg(m_installDir)),
                 qPrintable(second.describe()));
        QVERIFY2(second.out.contains(QStringLiteral("unchanged: %1/.profile").arg(m_home)),
                 qPrintable(second.describe()));
        QVERIFY2(second.out.contains(QLatin1String("Nothing needed changing.")), qPrintable(second.describe()));
        QCOMPARE(requestsSince(mark2), QStringList{QStringLiteral("/dl/?mode=json&include=all")});
        const QString secondDiff = treeDiff(before, world());
        QVERIFY2(secondDiff.isEmpty(), qPrintable(secondDiff));

        // --undo: the new tree and the new ~/.profile go again.
        const Run undo = runScript({QStringLiteral("--undo")});
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.describe()));
        QVERIFY(!QFileInfo::exists(m_installDir));
        QVERIFY(!QFileInfo::exists(m_home + QStringLiteral("/.profile")));
        const QString undoDiff = treeDiff(homeBefore, tree(m_home, false, {QStringLiteral(".local")}));
        QVERIFY2(undoDiff.isEmpty(), qPrintable(undoDiff));
        QCOMPARE(tree(m_usrLocal), Tree());
        const QStringList backups = QDir(m_home + QStringLiteral("/.local/state/go-env-doctor/backups"))
                                        .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.constFirst().endsWith(QLatin1String(".undone")));
        verifyTmpEmpty();
    }

    // An older Go is in the install dir and ~/.profile has the user's own lines: the old tree is
    // moved aside whole, and --undo puts it and the file back exactly as they were.
    void olderTreeMovedAsideAndRestored()
    {
        makeOldTree();
        const QByteArray ownProfile = "# my own\nexport EDITOR=vi\numask 022"; // no final newline
        QVERIFY(writeFile(m_home + QStringLiteral("/.profile"), ownProfile,
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        const Tree oldTree = tree(m_installDir);
        const Tree usrBefore = tree(m_usrLocal);
        const Tree homeBefore = tree(m_home);

        const Run first = install();
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        QCOMPARE(readFile(m_installDir + QStringLiteral("/VERSION")).split('\n').constFirst(), QByteArray("go1.99.1"));
        const QString diff = treeDiff(tree(m_staging), tree(m_installDir));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // The old tree sits next to it, whole.
        const QStringList aside =
            QDir(m_usrLocal).entryList({QStringLiteral("go.go-env-doctor-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(aside.size(), 1);
        const QString asideDiff = treeDiff(oldTree, tree(m_usrLocal + QLatin1Char('/') + aside.constFirst()));
        QVERIFY2(asideDiff.isEmpty(), qPrintable(asideDiff));
        // The user's lines stay first, the block follows; the file keeps its mode.
        const QByteArray profile = readFile(m_home + QStringLiteral("/.profile"));
        QVERIFY2(profile.startsWith(ownProfile + "\n\n# >>> go-env-doctor >>>\n"), profile.constData());
        QCOMPARE(afterProfile(QStringLiteral(".profile")), m_installDir + QStringLiteral("/bin:/usr/bin:/bin"));
        // The manifest names the tree and where the old one went.
        const QStringList backups = QDir(m_home + QStringLiteral("/.local/state/go-env-doctor/backups"))
                                        .entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(backups.size(), 1);
        const QByteArray manifest = readFile(
            m_home + QStringLiteral("/.local/state/go-env-doctor/backups/%1/manifest").arg(backups.constFirst()));
        QVERIFY2(manifest.contains("  tree  " + m_installDir.toUtf8()), manifest.constData());

        const Tree before = world();
        const Run second = install();
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        QVERIFY2(second.out.contains(QLatin1String("Nothing needed changing.")), qPrintable(second.describe()));
        const QString secondDiff = treeDiff(before, world());
        QVERIFY2(secondDiff.isEmpty(), qPrintable(secondDiff));

        const Run undo = runScript({QStringLiteral("--undo")});
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.describe()));
        QVERIFY2(undo.out.contains(QStringLiteral("restored ") + m_installDir), qPrintable(undo.describe()));
        const QString usrDiff = treeDiff(usrBefore, tree(m_usrLocal));
        QVERIFY2(usrDiff.isEmpty(), qPrintable(usrDiff));
        const QString homeDiff = treeDiff(homeBefore, tree(m_home, false, {QStringLiteral(".local")}));
        QVERIFY2(homeDiff.isEmpty(), qPrintable(homeDiff));
        verifyTmpEmpty();
    }

    // An install dir whose parents do not exist yet: they are made, and --undo removes them again.
    void missingParentsRemovedByUndo()
    {
        const QString deep = m_usrLocal + QStringLiteral("/opt/tools/go");
        const Run r = runScript({QStringLiteral("--download-base"), base(), QStringLiteral("--install-dir"), deep});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(readFile(deep + QStringLiteral("/VERSION")).split('\n').constFirst(), QByteArray("go1.99.1"));
        QCOMPARE(afterProfile(QStringLiteral(".profile")), deep + QStringLiteral("/bin:/usr/bin:/bin"));
        const Run undo = runScript({QStringLiteral("--undo")});
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.describe()));
        QCOMPARE(tree(m_usrLocal), Tree());
        QCOMPARE(tree(m_home, false, {QStringLiteral(".local")}), Tree());
        verifyTmpEmpty();
    }

    // The script picks the archive of the machine it was made for.
    void armMachineGetsArm64()
    {
        const qint64 mark2 = logSize();
        const Run arm = runScript({QStringLiteral("--download-base"), base(), QStringLiteral("--install-dir"),
                                   m_installDir + QStringLiteral("-arm")},
                                  m_scriptArm);
        QVERIFY2(arm.exitCode == 0, qPrintable(arm.describe()));
        QCOMPARE(requestsSince(mark2), QStringList({QStringLiteral("/dl/?mode=json&include=all"),
                                                    QStringLiteral("/dl/go1.99.1.linux-arm64.tar.gz")}));
        const QByteArray go = readFile(m_installDir + QStringLiteral("-arm/bin/go"));
        QVERIFY2(go.contains("go1.99.1 linux/arm64"), go.constData());
    }

    // A list whose checksum does not match the archive: the archive is fetched, found wrong, and
    // nothing is unpacked, moved, backed up or written; the download folder is gone.
    void wrongChecksumAbortsBeforeAnything()
    {
        makeOldTree();
        QVERIFY(writeFile(m_home + QStringLiteral("/.profile"), "export EDITOR=vi\n"));
        const QByteArray wrong = sha256Hex("something else");
        serve(QStringLiteral("badsum"),
              editedList([&](QJsonObject &f) { f.insert(QStringLiteral("sha256"), QString::fromLatin1(wrong)); }),
              {kAmd64});
        const Tree before = world();
        const qint64 mark = logSize();
        const Run r = install(QStringLiteral("badsum"));
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("the SHA-256 of %1 does not match the download list").arg(kAmd64)),
                 qPrintable(r.describe()));
        QVERIFY2(!r.out.contains(QLatin1String("checksum ok")) && !r.out.contains(QLatin1String("installed")),
                 qPrintable(r.describe()));
        QCOMPARE(requestsSince(mark),
                 QStringList({QStringLiteral("/badsum/?mode=json&include=all"), QStringLiteral("/badsum/") + kAmd64}));
        const QString diff = treeDiff(before, world());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        verifyTmpEmpty();
    }

    // Lists and archives the script must refuse, each before anything changes.
    void refusedBeforeAnything_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("field"); // of the newest linux-amd64 entry; empty: see `body`
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("body"); // served as the archive (empty: the real one)
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("archiveFetched");
        const QString odd = QStringLiteral("the download list names an odd file: ");
        QTest::newRow("parent-folder name")
            << "odd1"
            << "filename"
            << "../../evil.tar.gz" << QByteArray() << odd + QStringLiteral("../../evil.tar.gz") << false;
        QTest::newRow("slash in name") << "odd2"
                                       << "filename"
                                       << "go1.99.1.linux-amd64.tar.gz/../../../evil.tar.gz" << QByteArray() << odd
                                       << false;
        QTest::newRow("absolute url") << "odd3"
                                      << "filename"
                                      << "http://evil.example/go1.99.1.linux-amd64.tar.gz" << QByteArray() << odd
                                      << false;
        QTest::newRow("space in name") << "odd4"
                                       << "filename"
                                       << "go1.99.1.linux-amd64.tar.gz; rm -rf ~" << QByteArray() << odd << false;
        QTest::newRow("newline in name") << "odd5"
                                         << "filename"
                                         << "go1.99.1.linux-amd64.tar.gz\n../evil" << QByteArray()
                                         << QStringLiteral("has no SHA-256") << false;
        QTest::newRow("non-hex sha") << "sha1"
                                     << "sha256" << QString(64, QLatin1Char('z')) << QByteArray()
                                     << QStringLiteral("the download list has no SHA-256 for ") + kAmd64 << false;
        QTest::newRow("short sha") << "sha2"
                                   << "sha256" << QString::fromLatin1(sha256Hex("x").left(63)) << QByteArray()
                                   << QStringLiteral("has no SHA-256") << false;
        QTest::newRow("empty sha") << "sha3"
                                   << "sha256" << QString() << QByteArray() << QStringLiteral("has no SHA-256")
                                   << false;
        QTest::newRow("no archive for the arch")
            << "arch1"
            << "arch"
            << "arm64" << QByteArray() << QStringLiteral("no Go archive for linux-amd64 in the list") << false;
        QTest::newRow("not json") << "json1" << QString() << QString()
                                  << QByteArray("<html><body>maintenance</body></html>\n")
                                  << QStringLiteral(
                                         "the download list is not in the format of https://go.dev/dl/?mode=json")
                                  << false;
        QTest::newRow("files not a list")
            << "json2" << QString() << QString()
            << QByteArray("[{\"version\": \"go1.99.1\", \"stable\": true, \"files\": \"go1.99.1.linux-amd64.tar.gz\"}]")
            << QStringLiteral("the download list is not in the format of https://go.dev/dl/?mode=json") << false;
        QTest::newRow("archive missing") << "missing1"
                                         << "sha256" << QString() << QByteArray("404")
                                         << QStringLiteral("could not download ") << true;
        QTest::newRow("archive not gzip")
            << "corrupt1"
            << "sha256" << QString() << QByteArray("this is not a tar.gz at all\n")
            << QStringLiteral("could not unpack %1: nothing was changed").arg(kAmd64) << true;
        QTest::newRow("archive without go/bin/go")
            << "nobin1"
            << "sha256" << QString() << QByteArray("nobin")
            << QStringLiteral("%1 holds no go/bin/go: nothing was changed").arg(kAmd64) << true;
    }

    void refusedBeforeAnything()
    {
        QFETCH(QString, folder);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QFETCH(bool, archiveFetched);

        const QString dir = m_www + QLatin1Char('/') + folder;
        if (folder.startsWith(QLatin1String("json"))) {
            QVERIFY(writeFile(dir + QStringLiteral("/index.html"), body));
        } else if (!body.isEmpty()) {
            // The archive the list points at: absent (404), garbage, or a real one without go/bin/go;
            // the list has its true checksum, so only the archive itself is at fault.
            QByteArray archiveBytes;
            if (body == "nobin")
                archiveBytes = makeArchive(kNewest, QStringLiteral("amd64"), false);
            else if (body != "404")
                archiveBytes = body;
            const QByteArray sha = sha256Hex(archiveBytes.isEmpty() ? QByteArray("absent") : archiveBytes);
            serve(folder,
                  editedList([&](QJsonObject &f) { f.insert(QStringLiteral("sha256"), QString::fromLatin1(sha)); }),
                  {});
            if (!archiveBytes.isEmpty())
                QVERIFY(writeFile(dir + QLatin1Char('/') + kAmd64, archiveBytes));
        } else {
            QJsonArray list = editedList([&](QJsonObject &f) { f.insert(field, value); });
            if (field == QLatin1String("arch")) {
                // No stable release left with a linux-amd64 archive (the unstable ones still have one).
                QJsonArray kept;
                for (const QJsonValue &rel : std::as_const(list)) {
                    const QString v = rel.toObject().value(QStringLiteral("version")).toString();
                    if (v == kNewest || !rel.toObject().value(QStringLiteral("stable")).toBool())
                        kept << rel;
                }
                list = kept;
            }
            serve(folder, list, {kAmd64});
        }
        makeOldTree();
        QVERIFY(writeFile(m_home + QStringLiteral("/.profile"), "export EDITOR=vi\n"));
        const Tree before = world();
        const qint64 mark = logSize();
        const Run r = install(folder);
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
        QVERIFY2(!r.err.contains(QLatin1String("Traceback")), qPrintable(r.describe()));
        QVERIFY2(!r.out.contains(QLatin1String("installed")), qPrintable(r.describe()));
        const QStringList asked = requestsSince(mark);
        QCOMPARE(asked.value(0), QStringLiteral("/%1/?mode=json&include=all").arg(folder));
        QCOMPARE(asked.size(), archiveFetched ? 2 : 1);
        for (const QString &p : asked)
            QVERIFY2(!p.contains(QLatin1String("evil")), qPrintable(p));
        const QString diff = treeDiff(before, world());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(!QFileInfo::exists(m_home + QStringLiteral("/.local")));
        verifyTmpEmpty();
    }

    // --dry-run says what it would fetch and write, and fetches and writes nothing.
    void dryRunFetchesNothing()
    {
        makeOldTree();
        QVERIFY(writeFile(m_home + QStringLiteral("/.profile"), "export EDITOR=vi\n"));
        const Tree before = world();
        const qint64 mark = logSize();
        const Run r = install(QStringLiteral("dl"), {QStringLiteral("--dry-run")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.startsWith(QLatin1String("Dry run: showing what would change.\n")), qPrintable(r.describe()));
        QVERIFY2(
            r.out.contains(QStringLiteral("would fetch %1?mode=json, download the newest Go for linux-amd64, check its "
                                          "SHA-256 and install it into %2")
                               .arg(base(), m_installDir)),
            qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("would change %1/.profile (fix.install-go-tarball):").arg(m_home)),
                 qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("+*) PATH=%1\":${PATH}\" ;;")
                                    .arg(ShellQuote::word(m_installDir + QStringLiteral("/bin")))),
                 qPrintable(r.describe()));
        QVERIFY2(r.out.trimmed().endsWith(QLatin1String("Dry run: nothing was changed.")), qPrintable(r.describe()));
        QCOMPARE(requestsSince(mark), QStringList());
        const QString diff = treeDiff(before, world());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(!QFileInfo::exists(m_home + QStringLiteral("/.local")));
        verifyTmpEmpty();
    }

    // Nothing listens on the port: a clear word, nothing changed.
    void serverDownIsAClearError()
    {
        makeOldTree();
        const int port = freePort();
        QVERIFY(port > 0);
        const QString deadBase = QStringLiteral("http://127.0.0.1:%1/dl/").arg(port);
        const Tree before = world();
        const Run r =
            runScript({QStringLiteral("--download-base"), deadBase, QStringLiteral("--install-dir"), m_installDir});
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("go-env-doctor: could not fetch the download list from ") + deadBase),
                 qPrintable(r.describe()));
        const QString diff = treeDiff(before, world());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        verifyTmpEmpty();
    }

    // Options the script cannot use are refused before any fetch.
    void badOptionsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("ftp base") << QStringList{QStringLiteral("--download-base"), QStringLiteral("ftp://x/dl/")}
                                  << QStringLiteral("the download base must be an http(s) URL");
        QTest::newRow("relative install dir") << QStringList{QStringLiteral("--install-dir"), QStringLiteral("go")}
                                              << QStringLiteral("the install folder must be an absolute path: go");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                        << QStringLiteral("unknown option: --frobnicate");
    }
    void badOptionsRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QStringList full{QStringLiteral("--download-base"), base(), QStringLiteral("--install-dir"), m_installDir};
        full << args; // later options win
        const Tree before = world();
        const qint64 mark = logSize();
        const Run r = runScript(full);
        QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(message), qPrintable(r.describe()));
        QCOMPARE(requestsSince(mark), QStringList());
        const QString diff = treeDiff(before, world());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
};

QTEST_GUILESS_MAIN(TestFixTarball)
#include "tst_fixtarball.moc"
