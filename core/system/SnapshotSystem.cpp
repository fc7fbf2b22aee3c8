#include "SnapshotSystem.h"

#include "SnapshotArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace {

// snapshot.json holds command outputs and an environment: a few MB at most. A bigger file is
// not a snapshot we wrote, and parsing it would only waste memory.
constexpr qint64 kMaxJsonBytes = 64 * 1024 * 1024;

QString stringValue(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : QString();
}

// An rlimit value: a non-negative number, "unlimited" (-1), or a number written as a string
// (prlimit prints them that way). Anything else is unknown.
std::optional<qint64> rlimitValue(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= 0 && d < 9.2e18)
            return qint64(d);
        return std::nullopt;
    }
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare(QLatin1String("unlimited"), Qt::CaseInsensitive) == 0 || s == QLatin1String("infinity"))
            return qint64(-1);
        bool ok = false;
        const qint64 n = s.toLongLong(&ok);
        if (ok && n >= 0)
            return n;
    }
    return std::nullopt;
}

QMap<QString, qint64> rlimitMap(const QJsonValue &v)
{
    QMap<QString, qint64> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (const std::optional<qint64> value = rlimitValue(it.value()))
            out.insert(it.key().toLower(), *value);
    }
    return out;
}

} // namespace

SnapshotSystem::SnapshotSystem() = default;
SnapshotSystem::~SnapshotSystem() = default;

std::unique_ptr<SnapshotSystem> SnapshotSystem::open(const QString &path, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();

    // A folder is a folder, whatever its name; a file named .tar.gz or .tgz is an archive.
    if (!path.isEmpty() && !QFileInfo(path).isDir() && SnapshotArchive::isArchiveName(path)) {
        std::unique_ptr<SnapshotArchive> archive = SnapshotArchive::unpack(path, error);
        if (!archive)
            return nullptr;
        std::unique_ptr<SnapshotSystem> s = openFolder(archive->snapshotFolder(), error);
        if (!s) {
            // The message names a file of the unpacked copy, which is about to go: name it inside
            // the archive instead (/x/snap.tar.gz/NAME/snapshot.json).
            const QString unpacked = archive->unpackFolder();
            error->replace(QFileInfo(unpacked).canonicalFilePath(), archive->archivePath());
            error->replace(unpacked, archive->archivePath());
            return nullptr;
        }
        s->m_source = archive->archivePath();
        s->m_archive = std::move(archive);
        return s;
    }
    if (!path.isEmpty() && QFileInfo(path).isFile()) {
        *error = QCoreApplication::translate("SnapshotSystem",
                                             "%1: not a snapshot: a snapshot is a folder, or a .tar.gz (.tgz) of one")
                     .arg(path);
        return nullptr;
    }
    std::unique_ptr<SnapshotSystem> s = openFolder(path, error);
    if (s)
        s->m_source = s->m_folder;
    return s;
}

std::unique_ptr<SnapshotSystem> SnapshotSystem::openFolder(const QString &folder, QString *error)
{
    const QFileInfo folderInfo(folder);
    if (folder.isEmpty() || !folderInfo.isDir()) {
        *error =
            QCoreApplication::translate("SnapshotSystem", "%1: not a snapshot folder (no such folder)").arg(folder);
        return nullptr;
    }
    // The folder the user named may be reached through links: that is their choice. Inside
    // it, nothing is followed by the OS.
    const QString base = folderInfo.canonicalFilePath();
    const QString jsonPath = base + QStringLiteral("/snapshot.json");

    const FileInfo jsonInfo = hostLstat(jsonPath);
    if (!jsonInfo.exists) {
        *error = QCoreApplication::translate("SnapshotSystem", "%1: file not found").arg(jsonPath);
        return nullptr;
    }
    if (!jsonInfo.isFile) {
        *error = QCoreApplication::translate("SnapshotSystem", "%1: not a regular file").arg(jsonPath);
        return nullptr;
    }
    if (jsonInfo.size > kMaxJsonBytes) {
        *error = QCoreApplication::translate("SnapshotSystem", "%1: too large to be a snapshot (%2 bytes)")
                     .arg(jsonPath)
                     .arg(jsonInfo.size);
        return nullptr;
    }
    const std::optional<QByteArray> bytes = hostReadFile(jsonPath, kMaxJsonBytes);
    if (!bytes) {
        *error = QCoreApplication::translate("SnapshotSystem", "%1: cannot be read").arg(jsonPath);
        return nullptr;
    }
    if (bytes->trimmed().isEmpty()) {
        *error = QCoreApplication::translate("SnapshotSystem", "%1: the file is empty").arg(jsonPath);
        return nullptr;
    }

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("SnapshotSystem", "%1: not valid JSON: %2 at offset %3")
                     .arg(jsonPath, parseError.errorString())
                     .arg(parseError.offset);
        return nullptr;
    }
    if (!doc.isObject()) {
        *error = QCoreApplication::translate("SnapshotSystem", "%1: not valid: the top level must be a JSON object")
                     .arg(jsonPath);
        return nullptr;
    }
    const QJsonObject top = doc.object();

    // A missing "format" or "version" is tolerated like any missing key (a hand-written
    // snapshot may omit them); a present but different one is refused, since the file then
    // means something we cannot read.
    if (top.contains(QLatin1String("format"))) {
        const QString format = top.value(QLatin1String("format")).toString();
        if (format != QLatin1String("go-env-doctor-snapshot")) {
            *error = QCoreApplication::translate("SnapshotSystem",
                                                 "%1: unknown format \"%2\" (expected \"go-env-doctor-snapshot\")")
                         .arg(jsonPath, format);
            return nullptr;
        }
    }
    if (top.contains(QLatin1String("version"))) {
        const QJsonValue version = top.value(QLatin1String("version"));
        if (!version.isDouble() || version.toDouble() != 1.0) {
            QString shown = version.isString() ? QLatin1Char('"') + version.toString() + QLatin1Char('"')
                                               : version.toVariant().toString();
            if (shown.isEmpty())
                shown = QStringLiteral("?");
            *error = QCoreApplication::translate("SnapshotSystem",
                                                 "%1: unsupported version %2 (this program reads version 1)")
                         .arg(jsonPath, shown);
            return nullptr;
        }
    }

    // root/ must be a real folder: a root/ that is a link (to "/", say) would hand the host's
    // files to the analysis.
    const QString rootPath = base + QStringLiteral("/root");
    const FileInfo rootInfo = hostLstat(rootPath);
    if (!rootInfo.exists || rootInfo.isSymlink || !rootInfo.isDir) {
        *error =
            QCoreApplication::translate("SnapshotSystem", "%1: the snapshot has no root/ folder beside snapshot.json")
                .arg(base);
        return nullptr;
    }

    std::unique_ptr<SnapshotSystem> s(new SnapshotSystem);
    s->m_folder = base;
    s->m_root = rootPath;

    // "captured" is the scan's "now" (certificate and release ages are judged against it).
    // When it is missing or unreadable the current time stands in: a snapshot of unknown date
    // is then judged as if taken today, which is the least surprising reading.
    s->m_captured = QDateTime::fromString(stringValue(top, "captured"), Qt::ISODate).toUTC();
    if (!s->m_captured.isValid())
        s->m_captured = QDateTime::currentDateTimeUtc();

    const QJsonObject host = top.value(QLatin1String("host")).toObject();
    s->m_host.hostname = stringValue(host, "hostname");
    s->m_host.machine = stringValue(host, "machine");
    s->m_host.kernel = stringValue(host, "kernel");

    const QJsonObject user = top.value(QLatin1String("user")).toObject();
    s->m_user.name = stringValue(user, "name");
    const QJsonValue uid = user.value(QLatin1String("uid"));
    if (uid.isDouble() && uid.toDouble() >= 0)
        s->m_user.uid = qint64(uid.toDouble());
    s->m_user.home = stringValue(user, "home");
    s->m_user.loginShell = stringValue(user, "login_shell");

    const QJsonObject process = top.value(QLatin1String("process")).toObject();
    s->m_cwd = stringValue(process, "cwd");
    const QJsonObject env = process.value(QLatin1String("env")).toObject();
    for (auto it = env.begin(); it != env.end(); ++it) {
        if (it.value().isString())
            s->m_env.insert(it.key(), it.value().toString());
    }
    s->m_rlimits = rlimitMap(process.value(QLatin1String("rlimits")));
    // rlimits_hard may sit beside rlimits (in "process") or at the top level; accept both.
    QJsonValue hard = process.value(QLatin1String("rlimits_hard"));
    if (!hard.isObject())
        hard = top.value(QLatin1String("rlimits_hard"));
    s->m_rlimitsHard = rlimitMap(hard);

    const QJsonArray commands = top.value(QLatin1String("commands")).toArray();
    for (const QJsonValue &entry : commands) {
        const QJsonObject c = entry.toObject();
        const QJsonArray argv = c.value(QLatin1String("argv")).toArray();
        if (argv.isEmpty())
            continue; // nothing could ask for it
        CommandResult r;
        bool allStrings = true;
        for (const QJsonValue &a : argv) {
            allStrings = allStrings && a.isString();
            r.argv.append(a.toString());
        }
        if (!allStrings)
            continue;
        r.captured = true;
        r.exitCode = c.value(QLatin1String("exit")).toInt(-1);
        r.stdoutText = stringValue(c, "stdout");
        r.stderrText = stringValue(c, "stderr");
        r.timedOut = c.value(QLatin1String("timeout")).toBool(false);
        r.elapsedMs = qint64(c.value(QLatin1String("elapsed_ms")).toDouble(0));
        s->m_commands.append(r);
    }
    return s;
}

CommandResult SnapshotSystem::run(const QStringList &argv, CommandKind kind, int timeoutMs) const
{
    Q_UNUSED(kind);
    Q_UNUSED(timeoutMs);
    // Replayed, never executed: a snapshot may be hostile and its commands are only text.
    for (const CommandResult &c : m_commands) {
        if (c.argv == argv)
            return c;
    }
    CommandResult r;
    r.argv = argv;
    r.captured = false;
    r.exitCode = -1;
    r.stderrText = QCoreApplication::translate("SnapshotSystem", "not captured in this snapshot");
    return r;
}

QString SnapshotSystem::hostPath(const QString &physical) const
{
    // The resolver only hands over clean absolute paths; refuse anything else rather than trust
    // it, so that no bug upstream can turn into a read outside root/.
    if (m_root.isEmpty() || !physical.startsWith(QLatin1Char('/')) || physical.contains(QChar(0)))
        return {};
    const QStringList parts = physical.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (p == QLatin1String("..") || p == QLatin1String("."))
            return {};
    }
    return parts.isEmpty() ? m_root : m_root + QLatin1Char('/') + parts.join(QLatin1Char('/'));
}

FileInfo SnapshotSystem::rawLstat(const QString &physical) const
{
    const QString host = hostPath(physical);
    return host.isEmpty() ? FileInfo{} : hostLstat(host);
}

std::optional<QString> SnapshotSystem::rawReadLink(const QString &physical) const
{
    const QString host = hostPath(physical);
    if (host.isEmpty())
        return std::nullopt;
    return hostReadLink(host);
}

std::optional<QByteArray> SnapshotSystem::rawReadFile(const QString &physical, qint64 maxBytes) const
{
    const QString host = hostPath(physical);
    if (host.isEmpty())
        return std::nullopt;
    return hostReadFile(host, maxBytes);
}

QStringList SnapshotSystem::rawListDir(const QString &physical) const
{
    const QString host = hostPath(physical);
    return host.isEmpty() ? QStringList{} : hostListDir(host);
}
