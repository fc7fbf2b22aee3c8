// Opening a snapshot .tar.gz (docs/snapshot-format.md, "A .tar.gz snapshot"): a good archive
// scans exactly like its folder; hostile ones (traversal, absolute paths, writing through links,
// hard links out, devices, fifos, a decompression bomb, 100,000 files) are refused with a message
// naming the entry and the rule, without a byte written outside the private unpack folder, which
// is gone afterwards, and within bounded time, memory and disk. Archives are made here with
// libarchive's writer, the way a hostile tool would write them.
#include "checks/CheckRegistry.h"
#include "engine/ScanEngine.h"
#include "report/Report.h"
#include "system/SnapshotArchive.h"
#include "system/SnapshotSystem.h"

#include <QCryptographicHash>
#include <QtTest>

#include <archive.h>
#include <archive_entry.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// Writes a tar (gzip-compressed unless told otherwise) entry by entry, taking every path as is.
class TarWriter {
public:
    explicit TarWriter(const QString &path, bool gzip = true) : m_a(archive_write_new())
    {
        if (gzip) {
            archive_write_add_filter_gzip(m_a);
            archive_write_set_filter_option(m_a, "gzip", "compression-level", "1"); // a bomb is made quickly
        }
        archive_write_set_format_pax_restricted(m_a);
        m_ok = archive_write_open_filename(m_a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    }
    ~TarWriter() { close(); }
    TarWriter(const TarWriter &) = delete;
    TarWriter &operator=(const TarWriter &) = delete;

    bool ok() const { return m_ok; }

    void dir(const QByteArray &path) { add(path, AE_IFDIR, 0, 0755, {}, {}); }
    void file(const QByteArray &path, const QByteArray &data, int perm = 0644)
    {
        add(path, AE_IFREG, data.size(), perm, {}, {});
        write(data);
    }
    // `size` zero bytes, written 1 MB at a time: the archive is small, the writer's memory too.
    void zeros(const QByteArray &path, qint64 size)
    {
        add(path, AE_IFREG, size, 0644, {}, {});
        const QByteArray chunk(int(kMiB), '\0');
        for (qint64 done = 0; done < size && m_ok; done += chunk.size())
            write(done + chunk.size() <= size ? chunk : chunk.left(int(size - done)));
    }
    void symlink(const QByteArray &path, const QByteArray &target) { add(path, AE_IFLNK, 0, 0777, target, {}); }
    void hardlink(const QByteArray &path, const QByteArray &target) { add(path, AE_IFREG, 0, 0644, {}, target); }
    void special(const QByteArray &path, unsigned type) { add(path, type, 0, 0644, {}, {}); }

    bool close()
    {
        if (m_a) {
            m_ok = archive_write_close(m_a) == ARCHIVE_OK && m_ok;
            archive_write_free(m_a);
            m_a = nullptr;
        }
        return m_ok;
    }

private:
    void add(const QByteArray &path, unsigned type, qint64 size, int perm, const QByteArray &symlink,
             const QByteArray &hardlink)
    {
        archive_entry *e = archive_entry_new();
        archive_entry_copy_pathname(e, path.constData());
        archive_entry_set_filetype(e, type);
        archive_entry_set_perm(e, mode_t(perm));
        archive_entry_set_size(e, size);
        if (type == AE_IFCHR || type == AE_IFBLK)
            archive_entry_set_rdev(e, makedev(1, 3));
        if (!symlink.isEmpty())
            archive_entry_copy_symlink(e, symlink.constData());
        if (!hardlink.isEmpty())
            archive_entry_copy_hardlink(e, hardlink.constData());
        // ARCHIVE_WARN: a name that is not UTF-8, written as raw bytes (pax hdrcharset=BINARY).
        if (archive_write_header(m_a, e) < ARCHIVE_WARN) {
            qWarning("libarchive: %s", archive_error_string(m_a));
            m_ok = false;
        }
        archive_entry_free(e);
    }
    void write(const QByteArray &data)
    {
        if (!data.isEmpty() && archive_write_data(m_a, data.constData(), size_t(data.size())) != data.size())
            m_ok = false;
    }

    archive *m_a;
    bool m_ok = false;
};

QByteArray minimalJson()
{
    return QByteArrayLiteral("{\"format\": \"go-env-doctor-snapshot\", \"version\": 1, "
                             "\"captured\": \"2026-11-26T12:00:00Z\", "
                             "\"user\": {\"name\": \"alice\", \"uid\": 1000, \"home\": \"/home/alice\"}, "
                             "\"process\": {\"env\": {\"PATH\": \"/usr/bin:/bin\"}}}\n");
}

// A small good snapshot under `top` ("snap/", or "" for snapshot.json at the top).
void goodSnapshot(TarWriter &t, const QByteArray &top)
{
    if (!top.isEmpty())
        t.dir(top);
    t.file(top + "snapshot.json", minimalJson());
    t.dir(top + "root/");
    t.dir(top + "root/etc/");
    t.file(top + "root/etc/os-release", "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\n");
    t.file(top + "root/usr/lib/go-1.22/bin/go", "#!/bin/sh\necho go\n", 0755);
    t.symlink(top + "root/usr/bin/go", "/usr/lib/go-1.22/bin/go"); // absolute targets are normal
    t.symlink(top + "root/usr/bin/gofmt", "../lib/go-1.22/bin/gofmt");
    t.hardlink(top + "root/usr/lib/go-1.22/bin/go.copy", top + "root/usr/lib/go-1.22/bin/go");
}

// Every entry of a folder, links as links, in an order where a folder comes before its contents.
bool addFolder(TarWriter &t, const QString &folder, const QByteArray &prefix)
{
    QStringList paths;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort();
    for (const QString &path : paths) {
        const QByteArray name = prefix + QFile::encodeName(QDir(folder).relativeFilePath(path));
        const QByteArray host = QFile::encodeName(path);
        struct stat st {};
        if (::lstat(host.constData(), &st) != 0)
            return false;
        if (S_ISLNK(st.st_mode)) {
            char target[4096];
            const ssize_t n = ::readlink(host.constData(), target, sizeof target);
            if (n <= 0)
                return false;
            t.symlink(name, QByteArray(target, int(n)));
        } else if (S_ISDIR(st.st_mode)) {
            t.dir(name + '/');
        } else {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return false;
            t.file(name, f.readAll(), int(st.st_mode & 0777));
        }
    }
    return t.ok();
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

// The report without what differs between two scans of the same system: when and where from.
QJsonObject comparable(const Report &report)
{
    QJsonObject o = ReportJson::toJson(report);
    o.remove(QStringLiteral("generated"));
    o.remove(QStringLiteral("timings"));
    o.remove(QStringLiteral("source"));
    return o;
}

qint64 peakRssKiB()
{
    struct rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestSnapshotArchive : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fixtureScansLikeItsFolder();
    void layouts_data();
    void layouts();
    void namesThatAreNotUtf8AreRemoved();
    void malformedSnapshotJsonNamesTheArchive();
    void folderNamedLikeAnArchiveIsAFolder();
    void refused_data();
    void refused();
    void unreadable_data();
    void unreadable();
    void fifoNamedLikeAnArchive();
    void bombOneHugeFile();
    void bombCountedWhileWriting();
    void hundredThousandFiles();

private:
    QString archive(const QString &name) const { return m_in + QLatin1Char('/') + name; }
    // Unpacks `path` and checks it was refused with a message holding `fragment`.
    void expectRefused(const QString &path, const QString &fragment,
                       const SnapshotArchiveLimits &limits = SnapshotArchiveLimits());

    QTemporaryDir m_outer; // made before TMPDIR is moved: holds tmp/, in/ and the victims
    QString m_tmp;         // TMPDIR while the tests run: must be empty after each of them
    QString m_in;          // the archives
    QString m_victimFile;  // what a hostile archive would like to overwrite
    QString m_victimDir;   // where it would like to drop a file
    QByteArray m_passwdHash;
    QByteArray m_victimHash;
};

void TestSnapshotArchive::initTestCase()
{
    QVERIFY(m_outer.isValid());
    m_tmp = m_outer.path() + QStringLiteral("/tmp");
    m_in = m_outer.path() + QStringLiteral("/in");
    m_victimFile = m_outer.path() + QStringLiteral("/victim.txt");
    m_victimDir = m_outer.path() + QStringLiteral("/victim-dir");
    QVERIFY(QDir().mkpath(m_tmp));
    QVERIFY(QDir().mkpath(m_in));
    QVERIFY(QDir().mkpath(m_victimDir));
    QFile victim(m_victimFile);
    QVERIFY(victim.open(QIODevice::WriteOnly));
    victim.write("the original\n");
    victim.close();
    m_victimHash = sha256(m_victimFile);
    m_passwdHash = sha256(QStringLiteral("/etc/passwd"));
    // Every temporary folder the program makes goes here, so a stray file shows.
    qputenv("TMPDIR", QFile::encodeName(m_tmp));
    QCOMPARE(QDir::tempPath(), m_tmp);
}

void TestSnapshotArchive::init()
{
    QCOMPARE(entriesOf(m_tmp), QStringList());
}

void TestSnapshotArchive::cleanup()
{
    // Nothing left in the temporary folder, nothing written beside it, no victim touched.
    QCOMPARE(entriesOf(m_tmp), QStringList());
    QCOMPARE(entriesOf(m_outer.path()), (QStringList{QStringLiteral("in"), QStringLiteral("tmp"),
                                                     QStringLiteral("victim-dir"), QStringLiteral("victim.txt")}));
    QCOMPARE(entriesOf(m_victimDir), QStringList());
    QCOMPARE(sha256(m_victimFile), m_victimHash);
    QCOMPARE(sha256(QStringLiteral("/etc/passwd")), m_passwdHash);
    for (const QString &name : entriesOf(m_in))
        QVERIFY(QFile::remove(m_in + QLatin1Char('/') + name) ||
                QDir(m_in + QLatin1Char('/') + name).removeRecursively());
}

void TestSnapshotArchive::expectRefused(const QString &path, const QString &fragment,
                                        const SnapshotArchiveLimits &limits)
{
    QString message;
    const std::unique_ptr<SnapshotArchive> unpacked = SnapshotArchive::unpack(path, limits, &message);
    QVERIFY2(!unpacked,
             qPrintable(QStringLiteral("unpacked into %1").arg(unpacked ? unpacked->unpackFolder() : QString())));
    QVERIFY2(message.contains(fragment), qPrintable(message));
    QVERIFY2(message.startsWith(QFileInfo(path).absoluteFilePath() + QLatin1Char(':')), qPrintable(message));
    // The folder is removed at once, before anything else happens.
    QCOMPARE(entriesOf(m_tmp), QStringList());

    // The program's way in says the same (it has the default limits).
    if (limits.maxEntries != SnapshotArchiveLimits().maxEntries ||
        limits.maxTotalBytes != SnapshotArchiveLimits().maxTotalBytes ||
        limits.maxFileBytes != SnapshotArchiveLimits().maxFileBytes)
        return;
    QString viaOpen;
    QVERIFY(!SnapshotSystem::open(path, &viaOpen));
    QCOMPARE(viaOpen, message);
}

void TestSnapshotArchive::fixtureScansLikeItsFolder()
{
    const QString folder = QStringLiteral(GED_FIXTURES "/snapshots/ubuntu2204-apt-shadows-tarball/snapshot");
    const QString path = archive(QStringLiteral("ubuntu2204.tar.gz"));
    {
        TarWriter t(path);
        QVERIFY(t.ok());
        QVERIFY(addFolder(t, folder, "ubuntu2204/"));
        QVERIFY(t.close());
    }
    QString error;
    const std::unique_ptr<SnapshotSystem> fromFolder = SnapshotSystem::open(folder, &error);
    QVERIFY2(fromFolder, qPrintable(error));
    std::unique_ptr<SnapshotSystem> fromArchive = SnapshotSystem::open(path, &error);
    QVERIFY2(fromArchive, qPrintable(error));
    QVERIFY(error.isEmpty());

    // The report names the archive; the files are read from a private folder under TMPDIR.
    QCOMPARE(fromArchive->sourcePath(), path);
    const QString unpacked = fromArchive->folder();
    QVERIFY2(unpacked.startsWith(m_tmp + QStringLiteral("/go-env-doctor-snapshot-")), qPrintable(unpacked));
    QVERIFY2(unpacked.endsWith(QStringLiteral("/ubuntu2204")), qPrintable(unpacked));
    const QString privateFolder = m_tmp + QLatin1Char('/') + entriesOf(m_tmp).value(0);
    struct stat st {};
    QCOMPARE(::lstat(QFile::encodeName(privateFolder).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0700));

    // Links are links, their absolute targets kept as they are.
    QVERIFY(fromArchive->readLink(QStringLiteral("/usr/bin/go")).has_value());
    QCOMPARE(fromArchive->readLink(QStringLiteral("/usr/bin/go")).value_or(QString()),
             fromFolder->readLink(QStringLiteral("/usr/bin/go")).value_or(QString()));
    QCOMPARE(fromArchive->lstat(QStringLiteral("/usr/lib/go-1.18/bin/go")).executable,
             fromFolder->lstat(QStringLiteral("/usr/lib/go-1.18/bin/go")).executable);

    const Report a = ScanEngine::run(*fromFolder, CheckRegistry::all());
    const Report b = ScanEngine::run(*fromArchive, CheckRegistry::all());
    QVERIFY(!a.results.isEmpty());
    QCOMPARE(QJsonDocument(comparable(b)).toJson(), QJsonDocument(comparable(a)).toJson());
    QCOMPARE(ReportJson::toJson(b).value(QStringLiteral("source")).toObject().value(QStringLiteral("path")).toString(),
             path);

    // Closing the snapshot removes the folder.
    fromArchive.reset();
    QVERIFY(!QFileInfo::exists(privateFolder));
}

void TestSnapshotArchive::layouts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("top");
    QTest::addColumn<QString>("folderEnd"); // how the snapshot folder's path ends

    QTest::newRow("one top folder") << QStringLiteral("snap.tar.gz") << QByteArray("snap/") << QStringLiteral("/snap");
    QTest::newRow("snapshot.json at the top") << QStringLiteral("flat.tar.gz") << QByteArray() << QString();
    QTest::newRow("./ at the top") << QStringLiteral("dot.tar.gz") << QByteArray("./") << QString();
    QTest::newRow(".tgz") << QStringLiteral("snap.tgz") << QByteArray("snap/") << QStringLiteral("/snap");
    QTest::newRow(".TAR.GZ") << QStringLiteral("SNAP.TAR.GZ") << QByteArray("x/") << QStringLiteral("/x");
}

void TestSnapshotArchive::layouts()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, top);
    QFETCH(QString, folderEnd);

    const QString path = archive(name);
    {
        TarWriter t(path);
        goodSnapshot(t, top);
        QVERIFY(t.close());
    }
    QString error;
    const std::unique_ptr<SnapshotSystem> s = SnapshotSystem::open(path, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->sourcePath(), path);
    QVERIFY2(s->folder().startsWith(m_tmp + QStringLiteral("/go-env-doctor-snapshot-")), qPrintable(s->folder()));
    if (!folderEnd.isEmpty())
        QVERIFY2(s->folder().endsWith(folderEnd), qPrintable(s->folder()));
    QCOMPARE(s->user().name, QStringLiteral("alice"));
    QCOMPARE(s->readLink(QStringLiteral("/usr/bin/go")).value_or(QString()), QStringLiteral("/usr/lib/go-1.22/bin/go"));
    QCOMPARE(s->readLink(QStringLiteral("/usr/bin/gofmt")).value_or(QString()),
             QStringLiteral("../lib/go-1.22/bin/gofmt"));
    // The absolute link resolves inside root/, to the executable stand-in.
    const FileInfo go = s->stat(QStringLiteral("/usr/bin/go"));
    QVERIFY(go.exists && go.isFile && go.executable);
    QVERIFY(!s->lstat(QStringLiteral("/etc/os-release")).executable);
    QCOMPARE(s->readFile(QStringLiteral("/usr/lib/go-1.22/bin/go.copy")).value_or(QByteArray()),
             QByteArray("#!/bin/sh\necho go\n"));
    // Only the executable bit of the mode is kept; the files are this user's alone.
    struct stat st {};
    const QString host = s->folder() + QStringLiteral("/root/etc/os-release");
    QCOMPARE(::lstat(QFile::encodeName(host).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
}

void TestSnapshotArchive::namesThatAreNotUtf8AreRemoved()
{
    // The archive chooses the names, in bytes: whatever they are, closing removes them all.
    const QString path = archive(QStringLiteral("latin1.tar.gz"));
    {
        TarWriter t(path);
        goodSnapshot(t, "snap/");
        t.dir("snap/root/caf\xe9/");
        t.file("snap/root/caf\xe9/men\xfc", "x");
        t.file("snap/root/\xff\xfe", "x");
        t.symlink("snap/root/caf\xe9/link\xff", "/etc/passwd");
        QVERIFY(t.close());
    }
    QString error;
    std::unique_ptr<SnapshotSystem> s = SnapshotSystem::open(path, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(entriesOf(m_tmp).size(), 1);
    s.reset();
    QCOMPARE(entriesOf(m_tmp), QStringList());
}

void TestSnapshotArchive::malformedSnapshotJsonNamesTheArchive()
{
    const QString path = archive(QStringLiteral("badjson.tar.gz"));
    {
        TarWriter t(path);
        t.dir("snap/");
        t.file("snap/snapshot.json", "{\"format\": \"go-env-doctor-snapshot\", \"host\": {");
        t.dir("snap/root/");
        QVERIFY(t.close());
    }
    QString error;
    QVERIFY(!SnapshotSystem::open(path, &error));
    // Named inside the archive, not in the unpack folder that is gone.
    QVERIFY2(error.startsWith(path + QStringLiteral("/snap/snapshot.json: not valid JSON")), qPrintable(error));
    QVERIFY2(!error.contains(m_tmp), qPrintable(error));
}

void TestSnapshotArchive::folderNamedLikeAnArchiveIsAFolder()
{
    const QString folder = archive(QStringLiteral("looks-like.tar.gz"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/root")));
    QFile json(folder + QStringLiteral("/snapshot.json"));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(minimalJson());
    json.close();
    QString error;
    const std::unique_ptr<SnapshotSystem> s = SnapshotSystem::open(folder, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->folder(), QFileInfo(folder).canonicalFilePath());
    QCOMPARE(entriesOf(m_tmp), QStringList());

    // A file that is neither a folder nor named like an archive is not a snapshot.
    QVERIFY(!SnapshotSystem::open(folder + QStringLiteral("/snapshot.json"), &error));
    QVERIFY2(error.contains(QStringLiteral("a folder, or a .tar.gz")), qPrintable(error));
}

void TestSnapshotArchive::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fragment");

    const QString outside = QStringLiteral("every entry must stay inside the snapshot");
    const QString throughLink = QStringLiteral("nothing is written through a link");
    QTest::newRow("absolute path") << QStringLiteral("absolute")
                                   << QStringLiteral("its path is absolute, and ") + outside;
    QTest::newRow("../ entry") << QStringLiteral("dotdot") << QStringLiteral("climbs out with \"..\"");
    QTest::newRow("a/../../x") << QStringLiteral("dotdot-inside") << QStringLiteral("climbs out with \"..\"");
    QTest::newRow("../ after good entries")
        << QStringLiteral("dotdot-late") << QStringLiteral("climbs out with \"..\"");
    QTest::newRow("file through a link to /etc/passwd") << QStringLiteral("passwd-file") << throughLink;
    QTest::newRow("file under a link to /etc/passwd") << QStringLiteral("passwd-under") << throughLink;
    QTest::newRow("file through a link to a file") << QStringLiteral("victim-file") << throughLink;
    QTest::newRow("file under a link to a folder") << QStringLiteral("victim-dir") << throughLink;
    QTest::newRow("folder under a link to a folder") << QStringLiteral("victim-subdir") << throughLink;
    QTest::newRow("link under a link to a folder") << QStringLiteral("victim-link") << throughLink;
    QTest::newRow("folder over a link") << QStringLiteral("dir-over-link") << throughLink;
    QTest::newRow("relative link out, then through it") << QStringLiteral("relative-out") << throughLink;
    QTest::newRow("hard link to /etc/passwd")
        << QStringLiteral("hard-absolute")
        << QStringLiteral("it is a hard link to \"/etc/passwd\", an absolute path outside the snapshot");
    QTest::newRow("hard link climbing out")
        << QStringLiteral("hard-dotdot") << QStringLiteral("which climbs out with \"..\"");
    QTest::newRow("hard link through a link")
        << QStringLiteral("hard-through") << QStringLiteral("goes through the link");
    QTest::newRow("hard link to a link") << QStringLiteral("hard-to-link")
                                         << QStringLiteral("not a file unpacked before it");
    QTest::newRow("hard link to nothing")
        << QStringLiteral("hard-missing") << QStringLiteral("not a file unpacked before it");
    QTest::newRow("character device") << QStringLiteral("chr") << QStringLiteral("character device");
    QTest::newRow("device with terminal escapes in its name")
        << QStringLiteral("escapes") << QStringLiteral("character device");
    QTest::newRow("block device") << QStringLiteral("blk") << QStringLiteral("block device");
    QTest::newRow("fifo") << QStringLiteral("fifo") << QStringLiteral("it is a fifo");
    QTest::newRow("same file twice") << QStringLiteral("twice") << QStringLiteral("appears twice");
    QTest::newRow("file over a folder") << QStringLiteral("file-over-dir") << QStringLiteral("appears twice");
    QTest::newRow("path too long") << QStringLiteral("long-path") << QStringLiteral("longer than 4096 bytes");
    QTest::newRow("path too deep") << QStringLiteral("deep") << QStringLiteral("more than 128 folders deep");
    QTest::newRow("name too long") << QStringLiteral("long-name") << QStringLiteral("longer than 255 bytes");
    QTest::newRow("link target too long")
        << QStringLiteral("long-target") << QStringLiteral("target is longer than 4096");
    QTest::newRow("no snapshot.json") << QStringLiteral("no-snapshot") << QStringLiteral("not a snapshot archive");
    QTest::newRow("two top folders") << QStringLiteral("two-tops") << QStringLiteral("not a snapshot archive");
    QTest::newRow("top folder is a link") << QStringLiteral("top-link") << QStringLiteral("not a snapshot archive");
}

void TestSnapshotArchive::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, fragment);

    const QString path = archive(kind + QStringLiteral(".tar.gz"));
    const QByteArray victimFile = QFile::encodeName(m_victimFile);
    const QByteArray victimDir = QFile::encodeName(m_victimDir);
    QByteArray entry; // the entry the message must name
    if (kind == QLatin1String("no-snapshot")) {
        TarWriter t(path); // an archive of something else
        t.dir("notes/");
        t.file("notes/readme.txt", "hello\n");
        QVERIFY(t.close());
    } else if (kind == QLatin1String("top-link")) {
        TarWriter t(path); // snapshot.json only behind a link at the top, which is never followed
        t.symlink("snap", QFile::encodeName(m_outer.path()));
        QVERIFY(t.close());
    } else {
        TarWriter t(path);
        goodSnapshot(t, "snap/");
        if (kind == QLatin1String("absolute")) {
            entry = QFile::encodeName(m_outer.path()) + "/escaped-absolute";
            t.file(entry, "escaped");
        } else if (kind == QLatin1String("dotdot")) {
            entry = "../escaped";
            t.file(entry, "escaped");
        } else if (kind == QLatin1String("dotdot-inside")) {
            entry = "snap/../../escaped";
            t.file(entry, "escaped");
        } else if (kind == QLatin1String("dotdot-late")) {
            entry = "snap/root/etc/../../../../escaped";
            t.file(entry, "escaped");
        } else if (kind == QLatin1String("passwd-file")) {
            t.symlink("snap/root/etc/pw", "/etc/passwd"); // fine on its own: kept as a link
            entry = "snap/root/etc/pw";
            t.file(entry, "root::0:0::/root:/bin/sh\n");
        } else if (kind == QLatin1String("passwd-under")) {
            t.symlink("snap/root/etc/pw", "/etc/passwd");
            entry = "snap/root/etc/pw/x";
            t.file(entry, "x");
        } else if (kind == QLatin1String("victim-file")) {
            t.symlink("snap/root/victim", victimFile);
            entry = "snap/root/victim";
            t.file(entry, "overwritten");
        } else if (kind == QLatin1String("victim-dir")) {
            t.symlink("snap/root/d", victimDir);
            entry = "snap/root/d/dropped";
            t.file(entry, "dropped");
        } else if (kind == QLatin1String("victim-subdir")) {
            t.symlink("snap/root/d", victimDir);
            entry = "snap/root/d/sub/";
            t.dir(entry);
        } else if (kind == QLatin1String("victim-link")) {
            t.symlink("snap/root/d", victimDir);
            entry = "snap/root/d/l";
            t.symlink(entry, "/etc/passwd");
        } else if (kind == QLatin1String("dir-over-link")) {
            t.symlink("snap/root/d", victimDir);
            entry = "snap/root/d/";
            t.dir(entry);
        } else if (kind == QLatin1String("relative-out")) {
            t.symlink("snap/root/up", "../../../../..");
            entry = "snap/root/up/escaped";
            t.file(entry, "escaped");
        } else if (kind == QLatin1String("hard-absolute")) {
            entry = "snap/root/etc/shadow-copy";
            t.hardlink(entry, "/etc/passwd");
        } else if (kind == QLatin1String("hard-dotdot")) {
            entry = "snap/root/etc/shadow-copy";
            t.hardlink(entry, "snap/../../../../etc/passwd");
        } else if (kind == QLatin1String("hard-through")) {
            t.symlink("snap/root/hostetc", "/etc");
            entry = "snap/root/pw";
            t.hardlink(entry, "snap/root/hostetc/passwd");
        } else if (kind == QLatin1String("hard-to-link")) {
            t.symlink("snap/root/etc/pw", "/etc/passwd");
            entry = "snap/root/pw2";
            t.hardlink(entry, "snap/root/etc/pw");
        } else if (kind == QLatin1String("hard-missing")) {
            entry = "snap/root/pw2";
            t.hardlink(entry, "snap/root/nothing-here");
        } else if (kind == QLatin1String("chr")) {
            entry = "snap/root/dev/null";
            t.special(entry, AE_IFCHR);
        } else if (kind == QLatin1String("escapes")) {
            entry = "snap/root/evil\x1b]0;title\x07";
            t.special(entry, AE_IFCHR);
        } else if (kind == QLatin1String("blk")) {
            entry = "snap/root/dev/sda";
            t.special(entry, AE_IFBLK);
        } else if (kind == QLatin1String("fifo")) {
            entry = "snap/root/run/fifo";
            t.special(entry, AE_IFIFO);
        } else if (kind == QLatin1String("twice")) {
            entry = "snap/root/etc/os-release";
            t.file(entry, "ID=evil\n");
        } else if (kind == QLatin1String("file-over-dir")) {
            entry = "snap/root/etc";
            t.file(entry, "not a folder");
        } else if (kind == QLatin1String("long-path")) {
            entry = "snap/root/" + QByteArray(2100, 'a') + '/' + QByteArray(2100, 'b');
            t.file(entry, "x");
        } else if (kind == QLatin1String("deep")) {
            entry = "snap/root/" + QByteArray("d/").repeated(130) + "x";
            t.file(entry, "x");
        } else if (kind == QLatin1String("long-name")) {
            entry = "snap/root/" + QByteArray(300, 'n');
            t.file(entry, "x");
        } else if (kind == QLatin1String("long-target")) {
            entry = "snap/root/long-link";
            t.symlink(entry, '/' + QByteArray(5000, 't'));
        } else if (kind == QLatin1String("two-tops")) {
            goodSnapshot(t, "other/");
        } else {
            QFAIL(qPrintable(kind));
        }
        QVERIFY(t.close());
    }
    expectRefused(path, fragment);
    if (!entry.isEmpty()) {
        QString message;
        QVERIFY(!SnapshotArchive::unpack(path, &message));
        // Named as it is (the start of a very long one), control characters shown as \xNN.
        QString named = QFile::decodeName(entry.left(200));
        named.replace(QChar(0x1b), QStringLiteral("\\x1b")).replace(QChar(0x07), QStringLiteral("\\x07"));
        QVERIFY2(message.contains(QStringLiteral("refused the entry \"") + named), qPrintable(message.left(300)));
        QVERIFY(!message.contains(QChar(0x1b)));
    }
    QVERIFY(!QFileInfo::exists(m_outer.path() + QStringLiteral("/escaped-absolute")));
    QVERIFY(!QFileInfo::exists(m_outer.path() + QStringLiteral("/escaped")));
}

void TestSnapshotArchive::unreadable_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("the file is empty");
    QTest::newRow("garbage bytes") << QStringLiteral("garbage") << QStringLiteral("not gzip-compressed");
    QTest::newRow("tar, not gzip") << QStringLiteral("plain-tar") << QStringLiteral("not gzip-compressed");
    QTest::newRow("gzip, not tar") << QStringLiteral("gzip-text") << QStringLiteral("cannot be read as a tar archive");
    QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("damaged or truncated");
    QTest::newRow("gzip of an empty tar") << QStringLiteral("empty-tar") << QStringLiteral("the archive is empty");
    QTest::newRow("missing file") << QStringLiteral("missing") << QStringLiteral("no such file");
}

void TestSnapshotArchive::unreadable()
{
    QFETCH(QString, kind);
    QFETCH(QString, fragment);

    const QString path = archive(kind + QStringLiteral(".tar.gz"));
    auto writeBytes = [&path](const QByteArray &bytes) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
    };
    if (kind == QLatin1String("empty")) {
        writeBytes({});
    } else if (kind == QLatin1String("garbage")) {
        QByteArray bytes;
        for (int i = 0; i < 4096; ++i)
            bytes += char((i * 7919 + 13) & 0xff);
        writeBytes(bytes);
    } else if (kind == QLatin1String("plain-tar")) {
        TarWriter t(path, false);
        goodSnapshot(t, "snap/");
        QVERIFY(t.close());
    } else if (kind == QLatin1String("gzip-text")) {
        // A real gzip stream of plain text, made with libarchive's raw format.
        struct archive *a = archive_write_new();
        archive_write_add_filter_gzip(a);
        archive_write_set_format_raw(a);
        QCOMPARE(archive_write_open_filename(a, QFile::encodeName(path).constData()), ARCHIVE_OK);
        archive_entry *e = archive_entry_new();
        archive_entry_set_filetype(e, AE_IFREG);
        archive_entry_copy_pathname(e, "x");
        QCOMPARE(archive_write_header(a, e), ARCHIVE_OK);
        const QByteArray text = QByteArray("just some text, not a tar archive\n").repeated(100);
        archive_write_data(a, text.constData(), size_t(text.size()));
        archive_entry_free(e);
        archive_write_close(a);
        archive_write_free(a);
    } else if (kind == QLatin1String("truncated")) {
        {
            TarWriter t(path);
            goodSnapshot(t, "snap/");
            QByteArray noise;
            for (int i = 0; i < 200000; ++i)
                noise += char((i * 2654435761u) >> 24);
            t.file("snap/root/noise", noise);
            QVERIFY(t.close());
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.resize(f.size() / 2));
    } else if (kind == QLatin1String("empty-tar")) {
        TarWriter t(path);
        QVERIFY(t.close());
    }
    expectRefused(path, fragment);
}

void TestSnapshotArchive::fifoNamedLikeAnArchive()
{
    const QString path = archive(QStringLiteral("fifo.tar.gz"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    // Refused without waiting for a writer that never comes.
    expectRefused(path, QStringLiteral("not a regular file"));
}

void TestSnapshotArchive::bombOneHugeFile()
{
    // 300 MB of zeros in a few hundred KB: refused, with the program's own limits, before a
    // byte of it is written.
    const QString path = archive(QStringLiteral("bomb.tar.gz"));
    {
        TarWriter t(path);
        goodSnapshot(t, "snap/");
        t.zeros("snap/root/zeros", 300 * kMiB);
        QVERIFY(t.close());
    }
    QVERIFY2(QFileInfo(path).size() < 2 * kMiB, qPrintable(QString::number(QFileInfo(path).size())));
    QElapsedTimer timer;
    timer.start();
    expectRefused(path, QStringLiteral("refused the entry \"snap/root/zeros\": it is 300 MB, more than the 64 MB"));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(peakRssKiB() < 256 * 1024, qPrintable(QString::number(peakRssKiB())));
}

void TestSnapshotArchive::bombCountedWhileWriting()
{
    // Sizes in the headers pass each file's limit; the data is counted as it is written and the
    // unpacking stops as soon as the running total passes the limit (small limits here, so the
    // test writes a few MB; the counting is the same at 200 MB).
    SnapshotArchiveLimits limits;
    limits.maxTotalBytes = 8 * kMiB;
    limits.maxFileBytes = 1024 * kMiB;

    const QString single = archive(QStringLiteral("one.tar.gz"));
    {
        TarWriter t(single);
        goodSnapshot(t, "snap/");
        t.zeros("snap/root/zeros", 300 * kMiB);
        QVERIFY(t.close());
    }
    QElapsedTimer timer;
    timer.start();
    expectRefused(single, QStringLiteral("the archive unpacks to more than 8 MB; stopped in \"snap/root/zeros\""),
                  limits);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));

    const QString spread = archive(QStringLiteral("spread.tar.gz"));
    {
        TarWriter t(spread);
        goodSnapshot(t, "snap/");
        for (int i = 0; i < 10; ++i)
            t.zeros("snap/root/part" + QByteArray::number(i), 3 * kMiB);
        QVERIFY(t.close());
    }
    // 3 + 3 = 6 MB fit; the third file passes 8 MB.
    expectRefused(spread, QStringLiteral("stopped in \"snap/root/part2\""), limits);

    // One file over its own limit, counted while written too.
    limits.maxTotalBytes = 200 * kMiB;
    limits.maxFileBytes = 2 * kMiB;
    expectRefused(spread, QStringLiteral("refused the entry \"snap/root/part0\": it is 3 MB, more than the 2 MB"),
                  limits);
    QVERIFY2(peakRssKiB() < 256 * 1024, qPrintable(QString::number(peakRssKiB())));
}

void TestSnapshotArchive::hundredThousandFiles()
{
    const QString path = archive(QStringLiteral("many.tar.gz"));
    {
        TarWriter t(path);
        goodSnapshot(t, "snap/");
        t.dir("snap/root/many/");
        for (int i = 0; i < 100000; ++i)
            t.file("snap/root/many/f" + QByteArray::number(i).rightJustified(6, '0'), "x");
        QVERIFY(t.close());
    }
    // goodSnapshot's entries and the folders made for them count too: the 20,001st is a little
    // before f020000.
    QString message;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!SnapshotArchive::unpack(path, &message));
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(message.contains(QStringLiteral("more than 20000 entries")), qPrintable(message));
    // Stopped at the 20,001st: far from the end of the archive.
    const QRegularExpression at(QStringLiteral("stopped at \"snap/root/many/f(\\d+)\""));
    const QRegularExpressionMatch m = at.match(message);
    QVERIFY2(m.hasMatch(), qPrintable(message));
    QVERIFY2(m.captured(1).toInt() < 20000, qPrintable(message));
    QVERIFY2(m.captured(1).toInt() > 19900, qPrintable(message));
    QCOMPARE(entriesOf(m_tmp), QStringList());

    // A lower limit stops earlier: the count is the archive's, not the file system's.
    SnapshotArchiveLimits limits;
    limits.maxEntries = 50;
    expectRefused(path, QStringLiteral("more than 50 entries"), limits);
}

QTEST_GUILESS_MAIN(TestSnapshotArchive)
#include "tst_snapshotarchive.moc"
