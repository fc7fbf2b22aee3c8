#include "SnapshotCapture.h"

#include "report/Report.h"
#include "system/SnapshotArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringDecoder>

#include <archive.h>
#include <archive_entry.h>

#include <unistd.h>

namespace {

// The reader's limits (SnapshotArchive): a capture it would refuse is refused here first.
const SnapshotArchiveLimits kLimits;

constexpr auto kKeepMarker = ".snapshot-keep";

QString parentOf(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

// /proc/self is a link to the capturing process's id; a snapshot stores it as a folder, so
// /proc/1234/cgroup becomes /proc/self/cgroup and the id is not kept.
QString withProcSelf(const QString &path)
{
    static const QString own = QStringLiteral("/proc/%1").arg(::getpid());
    if (path == own || path.startsWith(own + QLatin1Char('/')))
        return QStringLiteral("/proc/self") + path.mid(own.size());
    return path;
}

QJsonValue limitValue(qint64 v)
{
    return v < 0 ? QJsonValue(QStringLiteral("unlimited")) : QJsonValue(double(v));
}

QJsonObject limitsJson(const QMap<QString, qint64> &limits)
{
    QJsonObject o;
    for (auto it = limits.cbegin(); it != limits.cend(); ++it)
        o[it.key()] = limitValue(it.value());
    return o;
}

CommandResult redacted(CommandResult c)
{
    c.stdoutText = Redact::text(c.stdoutText);
    c.stderrText = Redact::text(c.stderrText);
    return c;
}

// The folder holding snapshot.json and root/ inside the archive: the file's name without its
// extension, or "snapshot" when nothing usable is left.
QString topFolderName(const QString &archivePath)
{
    QString name = QFileInfo(archivePath).fileName();
    for (const char *ext : {".tar.gz", ".tgz"}) {
        if (name.endsWith(QLatin1String(ext), Qt::CaseInsensitive)) {
            name.chop(qsizetype(qstrlen(ext)));
            break;
        }
    }
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("snapshot");
    return name;
}

class ArchiveWriter {
public:
    explicit ArchiveWriter(const QDateTime &mtime) : m_mtime(mtime.toSecsSinceEpoch()) {}
    ~ArchiveWriter()
    {
        if (m_archive)
            archive_write_free(m_archive);
    }
    ArchiveWriter(const ArchiveWriter &) = delete;
    ArchiveWriter &operator=(const ArchiveWriter &) = delete;

    bool open(int fd)
    {
        m_archive = archive_write_new();
        return m_archive && archive_write_add_filter_gzip(m_archive) == ARCHIVE_OK &&
               archive_write_set_format_pax_restricted(m_archive) == ARCHIVE_OK &&
               archive_write_open_fd(m_archive, fd) == ARCHIVE_OK;
    }
    bool folder(const QString &name) { return add(name, AE_IFDIR, 0755, {}, {}); }
    bool file(const QString &name, const QByteArray &data, bool executable)
    {
        return add(name, AE_IFREG, executable ? 0755 : 0644, data, {});
    }
    bool link(const QString &name, const QString &target) { return add(name, AE_IFLNK, 0777, {}, target); }
    bool close() { return archive_write_close(m_archive) == ARCHIVE_OK; }
    QString error() const { return QString::fromLocal8Bit(archive_error_string(m_archive)); }

private:
    bool add(const QString &name, unsigned type, int mode, const QByteArray &data, const QString &target)
    {
        archive_entry *e = archive_entry_new();
        const QByteArray path = QFile::encodeName(name);
        archive_entry_set_pathname(e, path.constData());
        archive_entry_set_filetype(e, type);
        archive_entry_set_perm(e, mode);
        archive_entry_set_uid(e, 0);
        archive_entry_set_gid(e, 0);
        archive_entry_set_mtime(e, m_mtime, 0);
        const QByteArray linkTarget = QFile::encodeName(target);
        if (type == AE_IFLNK)
            archive_entry_set_symlink(e, linkTarget.constData());
        archive_entry_set_size(e, type == AE_IFREG ? data.size() : 0);
        bool ok = archive_write_header(m_archive, e) == ARCHIVE_OK;
        if (ok && type == AE_IFREG && !data.isEmpty())
            ok = archive_write_data(m_archive, data.constData(), size_t(data.size())) == data.size();
        archive_entry_free(e);
        return ok;
    }

    archive *m_archive = nullptr;
    qint64 m_mtime = 0;
};

} // namespace

qint64 CapturePlan::contentBytes() const
{
    qint64 total = 0;
    for (const CapturedEntry &e : entries)
        total += e.content.size();
    return total;
}

bool SnapshotCapture::neverCaptured(const QString &path)
{
    static const QStringList names{QStringLiteral(".netrc"),           QStringLiteral("_netrc"),
                                   QStringLiteral(".git-credentials"), QStringLiteral(".pgpass"),
                                   QStringLiteral(".pypirc"),          QStringLiteral(".npmrc")};
    static const QStringList folders{QStringLiteral(".ssh"), QStringLiteral(".gnupg"), QStringLiteral(".aws"),
                                     QStringLiteral(".docker"), QStringLiteral(".kube")};
    static const QStringList exact{QStringLiteral("/etc/shadow"), QStringLiteral("/etc/gshadow"),
                                   QStringLiteral("/etc/sudoers"), QStringLiteral("/etc/sudoers.d"),
                                   QStringLiteral("/var/lib/snapd/state.json")};
    for (const QString &e : exact) {
        if (path == e || path.startsWith(e + QLatin1Char('/')))
            return true;
    }
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        // A folder name counts only with something in it; the file names count anywhere.
        if (i + 1 < parts.size() ? folders.contains(parts[i])
                                 : (names.contains(parts[i]) || folders.contains(parts[i])))
            return true;
    }
    return false;
}

bool SnapshotCapture::holdsPrivateKey(const QByteArray &content)
{
    return content.contains("PRIVATE KEY-----");
}

QByteArray SnapshotCapture::storedContent(const QString &path, const QByteArray &content, qint64 uid, bool *changed)
{
    *changed = false;
    if (content.contains('\0'))
        return content; // binary: an ELF head, not text anyone wrote secrets into
    QStringDecoder decode(QStringDecoder::Utf8);
    const QString text = decode(content);
    if (decode.hasError())
        return content;
    QString out;
    if (path == QLatin1String("/etc/passwd")) {
        // name:x:uid:gid:gecos:home:shell — the analysis needs the user's own line only.
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.section(QLatin1Char(':'), 2, 2) == QString::number(uid))
                out += line + QLatin1Char('\n');
        }
    } else {
        out = Redact::text(text);
    }
    const QByteArray bytes = out.toUtf8();
    *changed = bytes != content;
    return bytes;
}

CapturePlan SnapshotCapture::plan(const RecordingSystem &system)
{
    CapturePlan plan;
    const QStringList pathEntries = system.environment().value(QStringLiteral("PATH")).split(QLatin1Char(':'));
    for (const QString &folder : pathEntries) {
        if (folder.startsWith(QLatin1Char('/')))
            system.touch(folder);
    }

    plan.captured = system.now();
    plan.host = system.host();
    plan.user = system.user();
    plan.cwd = system.cwd();
    plan.rlimits = system.rlimits(false);
    plan.rlimitsHard = system.rlimits(true);
    const auto env = system.environment();
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        plan.env.insert(it.key(), Redact::isSecretName(it.key()) ? QStringLiteral("***") : Redact::text(it.value()));
    }

    const RecordingSystem::Record record = system.record();
    for (const CommandResult &c : record.commands)
        plan.commands.append(redacted(c));

    QMap<QString, CapturedEntry> byPath;
    QStringList looked(record.looked.cbegin(), record.looked.cend());
    looked.sort();
    for (const QString &physical : looked) {
        if (physical == QLatin1String("/proc/self") || physical == QLatin1String("/proc/thread-self"))
            continue; // stored as the folder it leads to
        const QString path = withProcSelf(physical);
        if (neverCaptured(path)) {
            if (system.describe(physical))
                plan.withheld.append(path);
            continue;
        }
        std::optional<CapturedEntry> entry = system.describe(physical);
        if (!entry)
            continue;
        entry->path = path;
        if (entry->kind == CapturedEntry::Kind::File) {
            if (holdsPrivateKey(entry->content)) {
                plan.withheld.append(path);
                continue;
            }
            entry->content = storedContent(path, entry->content, plan.user.uid, &entry->redacted);
        }
        byPath.insert(path, *entry);
    }
    // Every folder on the way to an entry is a folder of the snapshot (the analysis walked
    // them, but a folder it only passed through is written down by its children).
    const QStringList paths = byPath.keys();
    for (const QString &p : paths) {
        for (QString up = parentOf(p); up != QLatin1String("/") && !byPath.contains(up); up = parentOf(up)) {
            CapturedEntry folder;
            folder.path = up;
            folder.kind = CapturedEntry::Kind::Folder;
            byPath.insert(up, folder);
        }
    }
    plan.entries = byPath.values();
    plan.withheld.removeDuplicates();
    return plan;
}

QJsonObject SnapshotCapture::snapshotJson(const CapturePlan &plan)
{
    QJsonObject root;
    root[QStringLiteral("format")] = QStringLiteral("go-env-doctor-snapshot");
    root[QStringLiteral("version")] = 1;
    root[QStringLiteral("captured")] = plan.captured.toUTC().toString(Qt::ISODate);
    root[QStringLiteral("capture")] = QJsonObject{{QStringLiteral("tool"), QStringLiteral("go-env-doctor")},
                                                  {QStringLiteral("version"), QStringLiteral(GED_VERSION)}};
    root[QStringLiteral("host")] = QJsonObject{{QStringLiteral("hostname"), plan.host.hostname},
                                               {QStringLiteral("machine"), plan.host.machine},
                                               {QStringLiteral("kernel"), plan.host.kernel}};
    root[QStringLiteral("user")] = QJsonObject{{QStringLiteral("name"), plan.user.name},
                                               {QStringLiteral("uid"), double(plan.user.uid)},
                                               {QStringLiteral("home"), plan.user.home},
                                               {QStringLiteral("login_shell"), plan.user.loginShell}};
    QJsonObject env;
    for (auto it = plan.env.cbegin(); it != plan.env.cend(); ++it)
        env[it.key()] = it.value();
    root[QStringLiteral("process")] = QJsonObject{{QStringLiteral("cwd"), plan.cwd},
                                                  {QStringLiteral("env"), env},
                                                  {QStringLiteral("rlimits"), limitsJson(plan.rlimits)},
                                                  {QStringLiteral("rlimits_hard"), limitsJson(plan.rlimitsHard)}};
    QJsonArray commands;
    for (const CommandResult &c : plan.commands) {
        QJsonObject o{{QStringLiteral("argv"), QJsonArray::fromStringList(c.argv)},
                      {QStringLiteral("exit"), c.exitCode},
                      {QStringLiteral("stdout"), c.stdoutText},
                      {QStringLiteral("stderr"), c.stderrText}};
        if (c.timedOut)
            o[QStringLiteral("timeout")] = true;
        commands.append(o);
    }
    root[QStringLiteral("commands")] = commands;
    return root;
}

bool SnapshotCapture::write(const CapturePlan &plan, const QString &archivePath, QString *error)
{
    if (!SnapshotArchive::isArchiveName(archivePath)) {
        *error = tr("%1: a snapshot is written as a .tar.gz (or .tgz) file.").arg(archivePath);
        return false;
    }
    // Folders that hold nothing captured get the marker, so that they survive a copy into git.
    QSet<QString> parents;
    for (const CapturedEntry &e : plan.entries)
        parents.insert(parentOf(e.path));
    const qint64 entryCount = plan.entries.size() + parents.size() + 3;
    if (entryCount > kLimits.maxEntries || plan.contentBytes() > kLimits.maxTotalBytes) {
        *error =
            tr("%1: the snapshot would hold %2 entries and %3 bytes, more than a snapshot may (%4 entries, %5 bytes).")
                .arg(archivePath)
                .arg(entryCount)
                .arg(plan.contentBytes())
                .arg(kLimits.maxEntries)
                .arg(kLimits.maxTotalBytes);
        return false;
    }

    QSaveFile out(archivePath);
    if (!out.open(QIODevice::WriteOnly)) {
        *error = tr("%1: cannot write: %2").arg(archivePath, out.errorString());
        return false;
    }
    const QString top = topFolderName(archivePath);
    ArchiveWriter writer(plan.captured);
    bool ok = writer.open(out.handle()) && writer.folder(top) &&
              writer.file(top + QStringLiteral("/snapshot.json"),
                          QJsonDocument(snapshotJson(plan)).toJson(QJsonDocument::Indented), false) &&
              writer.folder(top + QStringLiteral("/root"));
    const QString root = top + QStringLiteral("/root");
    for (const CapturedEntry &e : plan.entries) {
        if (!ok)
            break;
        const QString name = root + e.path;
        switch (e.kind) {
        case CapturedEntry::Kind::Folder:
            ok = writer.folder(name);
            if (ok && !parents.contains(e.path))
                ok = writer.file(name + QLatin1Char('/') + QLatin1String(kKeepMarker), {}, false);
            break;
        case CapturedEntry::Kind::File: ok = writer.file(name, e.content, e.executable); break;
        case CapturedEntry::Kind::Link: ok = writer.link(name, e.linkTarget); break;
        }
    }
    ok = ok && writer.close();
    if (!ok) {
        *error = tr("%1: cannot write the snapshot: %2").arg(archivePath, writer.error());
        out.cancelWriting();
        return false;
    }
    // libarchive wrote through the descriptor; QSaveFile only renames it into place.
    if (!out.commit()) {
        *error = tr("%1: cannot write: %2").arg(archivePath, out.errorString());
        return false;
    }
    return true;
}
