#include "SystemView.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// The kernel gives up with ELOOP after 40 links in one lookup (MAXSYMLINKS in
// include/linux/namei.h); a path that needs more is treated as a loop, exactly as it would be
// for `go` itself when it is exec'd.
constexpr int kMaxSymlinks = 40;

// One path component still to be walked. `fromLink` says whether it came from a link's target:
// a missing component from a link's target makes the link dangling; a missing component of the
// path asked for is simply not found.
struct Component {
    QString name;
    bool fromLink = false;
};

// Components of an absolute path, without empty ones and ".". ".." is kept: it must be applied
// to the link-free prefix at the moment it is reached, not lexically to the text.
QList<Component> splitComponents(const QString &path, bool fromLink)
{
    QList<Component> out;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (p == QLatin1String("."))
            continue;
        out.append({p, fromLink});
    }
    return out;
}

QString joinPhysical(const QStringList &components)
{
    return QLatin1Char('/') + components.join(QLatin1Char('/'));
}

// Lexical cleanup used for display only (the hop's `next`): ".." clamped at "/".
QString lexicalJoin(QStringList base, const QString &relative)
{
    const QStringList parts = relative.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (p == QLatin1String("."))
            continue;
        if (p == QLatin1String("..")) {
            if (!base.isEmpty())
                base.removeLast();
            continue;
        }
        base.append(p);
    }
    return joinPhysical(base);
}

bool acceptablePath(const QString &path)
{
    return path.startsWith(QLatin1Char('/')) && !path.contains(QChar(0));
}

// Display form of the input: no duplicate slashes, no trailing slash, no "." components.
// ".." is kept as written, since its meaning depends on the links before it.
QString cleanedInput(const QString &path)
{
    if (!acceptablePath(path))
        return path;
    QStringList names;
    for (const Component &c : splitComponents(path, false))
        names.append(c.name);
    return joinPhysical(names);
}

// Splits an absolute path into its folder and last name, or returns false when the path has no
// last name of its own ("/", or one ending in "/", "." or ".."): as for the kernel, such a path
// follows its last link, so lstat and readlink need the resolver.
bool splitParent(const QString &path, QString *parent, QString *name)
{
    if (path.endsWith(QLatin1Char('/')) || path.endsWith(QLatin1String("/.")))
        return false;
    const QString clean = cleanedInput(path);
    const int slash = clean.lastIndexOf(QLatin1Char('/'));
    if (slash < 0)
        return false;
    *name = clean.mid(slash + 1);
    if (name->isEmpty() || *name == QLatin1String(".."))
        return false;
    *parent = slash == 0 ? QStringLiteral("/") : clean.left(slash);
    return true;
}

QString childPath(const QString &folder, const QString &name)
{
    return folder.endsWith(QLatin1Char('/')) ? folder + name : folder + QLatin1Char('/') + name;
}

} // namespace

Resolution SystemView::resolve(const QString &path) const
{
    Resolution r;
    r.input = cleanedInput(path);
    r.status = Resolution::Status::NotFound;
    // Relative, empty or NUL-carrying paths have no meaning on the system seen: not found.
    if (!acceptablePath(path))
        return r;

    QStringList physical; // link-free components walked so far
    QList<Component> pending = splitComponents(path, false);
    int links = 0;

    while (!pending.isEmpty()) {
        const Component comp = pending.takeFirst();
        if (comp.name == QLatin1String("..")) {
            // The prefix holds no links, so ".." on it is the real parent; "/.." is "/".
            if (!physical.isEmpty())
                physical.removeLast();
            continue;
        }

        const QString candidate = childPath(joinPhysical(physical), comp.name);
        const FileInfo info = rawLstat(candidate);
        if (!info.exists) {
            r.finalPath = candidate;
            r.status = comp.fromLink ? Resolution::Status::Dangling : Resolution::Status::NotFound;
            return r;
        }

        if (info.isSymlink) {
            if (++links > kMaxSymlinks) {
                r.finalPath = candidate;
                r.status = Resolution::Status::Loop;
                return r;
            }
            const std::optional<QString> target = rawReadLink(candidate);
            if (!target || target->isEmpty() || target->contains(QChar(0))) {
                // An unreadable or empty link leads nowhere (the kernel says ENOENT).
                r.hops.append({candidate, target.value_or(QString()), QString()});
                r.finalPath = candidate;
                r.status = Resolution::Status::Dangling;
                return r;
            }
            const bool absolute = target->startsWith(QLatin1Char('/'));
            // An absolute target restarts from the root of the system seen (for a snapshot, its
            // root/); a relative one is relative to the link's folder, i.e. the current prefix.
            if (absolute)
                physical.clear();
            r.hops.append({candidate, *target, lexicalJoin(physical, *target)});
            pending = splitComponents(*target, true) + pending;
            continue;
        }

        // Something follows this component (a name or ".."), so it must be a folder.
        if (!pending.isEmpty() && !info.isDir) {
            r.finalPath = candidate;
            r.status = Resolution::Status::NotDir;
            return r;
        }
        physical.append(comp.name);
    }

    r.finalPath = joinPhysical(physical);
    r.final = rawLstat(r.finalPath);
    r.status = r.final.exists ? Resolution::Status::Ok : Resolution::Status::NotFound;
    return r;
}

FileInfo SystemView::lstat(const QString &path) const
{
    if (!acceptablePath(path))
        return {};
    QString parent, name;
    if (!splitParent(path, &parent, &name)) {
        // "/" or a path ending in "..": there is no final link to keep, so lstat is stat.
        const Resolution r = resolve(path);
        return r.ok() ? r.final : FileInfo{};
    }
    const Resolution folder = resolve(parent);
    if (!folder.ok() || !folder.final.isDir)
        return {};
    return rawLstat(childPath(folder.finalPath, name));
}

FileInfo SystemView::stat(const QString &path) const
{
    const Resolution r = resolve(path);
    return r.ok() ? r.final : FileInfo{};
}

std::optional<QString> SystemView::readLink(const QString &path) const
{
    if (!acceptablePath(path))
        return std::nullopt;
    QString parent, name;
    if (!splitParent(path, &parent, &name))
        return std::nullopt;
    const Resolution folder = resolve(parent);
    if (!folder.ok() || !folder.final.isDir)
        return std::nullopt;
    return rawReadLink(childPath(folder.finalPath, name));
}

std::optional<QByteArray> SystemView::readFile(const QString &path, qint64 maxBytes) const
{
    const Resolution r = resolve(path);
    if (!r.ok() || !r.final.isFile || maxBytes < 0)
        return std::nullopt;
    return rawReadFile(r.finalPath, maxBytes);
}

QStringList SystemView::listDir(const QString &path) const
{
    const Resolution r = resolve(path);
    if (!r.ok() || !r.final.isDir)
        return {};
    QStringList names = rawListDir(r.finalPath);
    // The marker that lets git keep an empty folder is not part of the captured system.
    names.removeAll(QStringLiteral(".snapshot-keep"));
    names.removeAll(QStringLiteral("."));
    names.removeAll(QStringLiteral(".."));
    names.sort();
    return names;
}

// --- host primitives ------------------------------------------------------------------------

FileInfo SystemView::hostLstat(const QString &hostPath)
{
    FileInfo info;
    if (hostPath.isEmpty() || hostPath.contains(QChar(0)))
        return info;
    struct stat st {};
    if (::lstat(QFile::encodeName(hostPath).constData(), &st) != 0)
        return info;
    info.exists = true;
    info.isDir = S_ISDIR(st.st_mode);
    info.isFile = S_ISREG(st.st_mode);
    info.isSymlink = S_ISLNK(st.st_mode);
    info.executable = (st.st_mode & (S_IXUSR | S_IXGRP | S_IXOTH)) != 0;
    info.size = qint64(st.st_size);
    return info;
}

std::optional<QString> SystemView::hostReadLink(const QString &hostPath)
{
    if (hostPath.isEmpty() || hostPath.contains(QChar(0)))
        return std::nullopt;
    const QByteArray encoded = QFile::encodeName(hostPath);
    // Link targets are at most PATH_MAX on Linux, but /proc links may report a size of 0, so
    // grow the buffer until readlink no longer fills it.
    for (qsizetype size = 256; size <= 65536; size *= 2) {
        QByteArray buf(size, Qt::Uninitialized);
        const ssize_t n = ::readlink(encoded.constData(), buf.data(), size_t(buf.size()));
        if (n < 0)
            return std::nullopt;
        if (n < buf.size())
            return QFile::decodeName(buf.left(n));
    }
    return std::nullopt;
}

std::optional<QByteArray> SystemView::hostReadFile(const QString &hostPath, qint64 maxBytes)
{
    if (hostPath.isEmpty() || hostPath.contains(QChar(0)) || maxBytes < 0)
        return std::nullopt;
    // O_NONBLOCK so that opening a fifo cannot wait for a writer; O_NOFOLLOW so that a final
    // link is never followed by the OS (the resolver has already followed links itself).
    const int fd =
        ::open(QFile::encodeName(hostPath).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0)
        return std::nullopt;
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return std::nullopt;
    }
    // st_size is 0 for /proc and /sys files: it is only a hint, read until EOF.
    QByteArray data;
    char chunk[65536];
    while (data.size() < maxBytes) {
        const qint64 want = qMin<qint64>(qint64(sizeof chunk), maxBytes - data.size());
        const ssize_t n = ::read(fd, chunk, size_t(want));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            ::close(fd);
            return std::nullopt;
        }
        if (n == 0)
            break;
        data.append(chunk, qsizetype(n));
    }
    ::close(fd);
    return data;
}

QStringList SystemView::hostListDir(const QString &hostPath)
{
    QStringList names;
    if (hostPath.isEmpty() || hostPath.contains(QChar(0)))
        return names;
    const int fd = ::open(QFile::encodeName(hostPath).constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return names;
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return names;
    }
    while (const dirent *entry = ::readdir(dir)) {
        const QString name = QFile::decodeName(entry->d_name);
        if (name != QLatin1String(".") && name != QLatin1String(".."))
            names.append(name);
    }
    ::closedir(dir); // closes fd as well
    return names;
}

// --- text ----------------------------------------------------------------------------------

namespace {

// Quotes an argument the way a user would type it in sh, so that evidence can be pasted.
QString shellQuote(const QString &arg)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_./:=@%+,-]+$"));
    if (safe.match(arg).hasMatch())
        return arg;
    QString quoted = arg;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString firstLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (!t.isEmpty())
            return t;
    }
    return {};
}

} // namespace

QString CommandResult::commandLine() const
{
    QStringList quoted;
    for (const QString &arg : argv)
        quoted.append(shellQuote(arg));
    QString line = QStringLiteral("$ ") + quoted.join(QLatin1Char(' ')) + QStringLiteral(" \u2192 ");

    if (!captured)
        return line + QCoreApplication::translate("SystemView", "not captured in this snapshot");
    if (timedOut)
        return line + QCoreApplication::translate("SystemView", "timed out");

    QString output = firstLine(stdoutText);
    if (output.isEmpty())
        output = firstLine(stderrText);
    // One line of evidence, not a page of output.
    constexpr int kMaxOutput = 200;
    if (output.size() > kMaxOutput)
        output = output.left(kMaxOutput) + QStringLiteral("\u2026");

    if (exitCode == 0)
        return line + (output.isEmpty() ? QCoreApplication::translate("SystemView", "(no output)") : output);
    const QString status = QCoreApplication::translate("SystemView", "exit %1").arg(exitCode);
    return line + (output.isEmpty() ? status : output + QStringLiteral(" (") + status + QLatin1Char(')'));
}

QString resolutionStatusText(Resolution::Status status)
{
    switch (status) {
    case Resolution::Status::Ok: return QCoreApplication::translate("SystemView", "ok");
    case Resolution::Status::NotFound: return QCoreApplication::translate("SystemView", "not found");
    case Resolution::Status::Dangling:
        return QCoreApplication::translate("SystemView", "dangling link (its target does not exist)");
    case Resolution::Status::Loop:
        return QCoreApplication::translate("SystemView", "too many levels of symbolic links (a link loop)");
    case Resolution::Status::NotDir:
        return QCoreApplication::translate("SystemView", "a component of the path is not a folder");
    }
    return {};
}
