#include "SnapshotArchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QLocale>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace {

constexpr size_t kChunk = 64 * 1024;

// A file descriptor, closed when it goes out of scope.
class Fd {
public:
    Fd() = default;
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd() { reset(); }
    Fd(Fd &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}
    Fd &operator=(Fd &&other) noexcept
    {
        if (this != &other) {
            reset();
            m_fd = std::exchange(other.m_fd, -1);
        }
        return *this;
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;

    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    int release() { return std::exchange(m_fd, -1); }
    void reset()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd = -1;
};

// libarchive's reader, freed when it goes out of scope.
class Reader {
public:
    Reader() : m_a(archive_read_new()) {}
    ~Reader()
    {
        if (m_a)
            archive_read_free(m_a);
    }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;
    archive *get() const { return m_a; }

private:
    archive *m_a;
};

QString errnoText(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

QString libarchiveText(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : QCoreApplication::translate("SnapshotArchive", "unknown error");
}

// An archive's name for an entry, as shown in a message: control characters (a hostile name
// could hold terminal escapes or a newline) as \xNN, and a very long one cut short.
QString shown(const QByteArray &path)
{
    constexpr qsizetype kShownBytes = 512;
    QString out;
    for (const QChar c : QFile::decodeName(path.left(kShownBytes))) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    if (path.size() > kShownBytes)
        out += QStringLiteral("…");
    return out;
}

// A path as stored in the archive, in bytes, or a null array when libarchive could not give one.
QByteArray entryText(const char *mbs, const char *utf8)
{
    if (mbs)
        return QByteArray(mbs);
    if (utf8)
        return QByteArray(utf8);
    return {};
}

enum class PathRule { Fine, Empty, Absolute, ClimbsOut, TooLong, NameTooLong, TooDeep };

// Splits an archive path into its components, dropping empty ones and `.`. An absolute path,
// a `..` component or an over-long path or name is refused whatever comes after it.
PathRule splitPath(const QByteArray &path, const SnapshotArchiveLimits &limits, QList<QByteArray> *parts)
{
    parts->clear();
    if (path.isEmpty())
        return PathRule::Empty;
    if (path.size() > limits.maxPathBytes)
        return PathRule::TooLong;
    if (path.startsWith('/'))
        return PathRule::Absolute;
    const QList<QByteArray> pieces = path.split('/');
    for (const QByteArray &p : pieces) {
        if (p.isEmpty() || p == ".")
            continue;
        if (p == "..")
            return PathRule::ClimbsOut;
        if (p.size() > limits.maxNameBytes)
            return PathRule::NameTooLong;
        parts->append(p);
    }
    return parts->size() > limits.maxDepth ? PathRule::TooDeep : PathRule::Fine;
}

QByteArray joined(const QList<QByteArray> &parts, qsizetype count)
{
    QByteArray out;
    for (qsizetype i = 0; i < count && i < parts.size(); ++i) {
        if (i > 0)
            out += '/';
        out += parts.at(i);
    }
    return out;
}

// Unpacks one archive into the folder open at `root`, entry by entry.
class Unpacker {
    Q_DECLARE_TR_FUNCTIONS(SnapshotArchive) // its messages are the archive's
public:
    Unpacker(const QString &archivePath, int root, const SnapshotArchiveLimits &limits)
        : m_archivePath(archivePath), m_root(root), m_limits(limits)
    {
    }

    bool run(archive *a, QString *error);

private:
    bool unpackEntry(archive *a, archive_entry *entry, const QByteArray &path, QString *error);
    bool makeFolder(int parent, const QByteArray &name, const QByteArray &path, QString *error);
    bool makeFile(archive *a, archive_entry *entry, int parent, const QByteArray &name, const QByteArray &path,
                  QString *error);
    bool makeSymlink(archive_entry *entry, int parent, const QByteArray &name, const QByteArray &path, QString *error);
    bool makeHardLink(archive_entry *entry, int parent, const QByteArray &name, const QByteArray &path, QString *error);
    // Reads the rest of the entry's data, counting it, into `fd` (or nowhere when fd < 0).
    bool copyData(archive *a, int fd, const QByteArray &path, qint64 *fileBytes, QString *error);
    // The folder holding parts.last(), reached from the root one real folder at a time:
    // never through a link. Missing folders are created when `create` is set.
    Fd openParent(const QList<QByteArray> &parts, bool create, const QByteArray &path, QString *error);
    // Why `name` in `parent` cannot be created: it is a link already unpacked, or a duplicate.
    QString existing(int parent, const QByteArray &name, const QByteArray &path) const;
    bool countCreation(const QByteArray &path, QString *error);

    QString refused(const QByteArray &path, const QString &rule) const
    {
        return tr("%1: refused the entry \"%2\": %3").arg(m_archivePath, shown(path), rule);
    }
    QString failed(const QByteArray &path, int err) const
    {
        return tr("%1: cannot unpack \"%2\": %3").arg(m_archivePath, shown(path), errnoText(err));
    }
    QString pathRuleText(PathRule rule) const;
    QString hardLinkRuleText(PathRule rule, const QByteArray &target) const;

    const QString m_archivePath;
    const int m_root;
    const SnapshotArchiveLimits m_limits;
    qint64 m_entries = 0; // headers read plus folders created for them
    qint64 m_totalBytes = 0;
};

QString Unpacker::pathRuleText(PathRule rule) const
{
    switch (rule) {
    case PathRule::Fine: break;
    case PathRule::Empty: return tr("its path is empty");
    case PathRule::Absolute: return tr("its path is absolute, and every entry must stay inside the snapshot");
    case PathRule::ClimbsOut:
        return tr("its path climbs out with \"..\", and every entry must stay inside the snapshot");
    case PathRule::TooLong: return tr("its path is longer than %1 bytes").arg(m_limits.maxPathBytes);
    case PathRule::NameTooLong: return tr("a name in its path is longer than %1 bytes").arg(m_limits.maxNameBytes);
    case PathRule::TooDeep: return tr("its path is more than %1 folders deep").arg(m_limits.maxDepth);
    }
    return {};
}

QString Unpacker::hardLinkRuleText(PathRule rule, const QByteArray &target) const
{
    switch (rule) {
    case PathRule::Fine: break;
    case PathRule::Empty: return tr("it is a hard link with no target");
    case PathRule::Absolute:
        return tr("it is a hard link to \"%1\", an absolute path outside the snapshot").arg(shown(target));
    case PathRule::ClimbsOut: return tr("it is a hard link to \"%1\", which climbs out with \"..\"").arg(shown(target));
    case PathRule::TooLong:
        return tr("it is a hard link whose target is longer than %1 bytes").arg(m_limits.maxPathBytes);
    case PathRule::NameTooLong:
        return tr("it is a hard link whose target has a name longer than %1 bytes").arg(m_limits.maxNameBytes);
    case PathRule::TooDeep:
        return tr("it is a hard link whose target is more than %1 folders deep").arg(m_limits.maxDepth);
    }
    return {};
}

bool Unpacker::run(archive *a, QString *error)
{
    archive_entry *entry = nullptr;
    QByteArray last;
    for (;;) {
        const int r = archive_read_next_header(a, &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK && r != ARCHIVE_WARN) {
            if (m_entries == 0)
                *error = tr("%1: not a .tar.gz snapshot: the gzip data cannot be read as a tar archive (%2)")
                             .arg(m_archivePath, libarchiveText(a));
            else
                *error = tr("%1: the archive is damaged or truncated after \"%2\": %3")
                             .arg(m_archivePath, shown(last), libarchiveText(a));
            return false;
        }
        if (archive_filter_code(a, 0) != ARCHIVE_FILTER_GZIP) {
            *error = tr("%1: not a .tar.gz snapshot: the file is not gzip-compressed").arg(m_archivePath);
            return false;
        }
        const QByteArray path = entryText(archive_entry_pathname(entry), archive_entry_pathname_utf8(entry));
        if (path.isNull()) {
            *error = tr("%1: refused an entry after \"%2\": its name cannot be read").arg(m_archivePath, shown(last));
            return false;
        }
        if (!countCreation(path, error))
            return false;
        if (!unpackEntry(a, entry, path, error))
            return false;
        last = path;
    }
    if (m_entries == 0) {
        *error = tr("%1: the archive is empty").arg(m_archivePath);
        return false;
    }
    return true;
}

bool Unpacker::countCreation(const QByteArray &path, QString *error)
{
    if (++m_entries <= m_limits.maxEntries)
        return true;
    *error = tr("%1: refused: the archive holds more than %2 entries (files, folders and "
                "links); stopped at \"%3\"")
                 .arg(m_archivePath, QString::number(m_limits.maxEntries), shown(path));
    return false;
}

bool Unpacker::unpackEntry(archive *a, archive_entry *entry, const QByteArray &path, QString *error)
{
    QList<QByteArray> parts;
    const PathRule rule = splitPath(path, m_limits, &parts);
    if (rule != PathRule::Fine) {
        *error = refused(path, pathRuleText(rule));
        return false;
    }
    const bool hardLink = archive_entry_hardlink(entry) || archive_entry_hardlink_utf8(entry);
    const mode_t type = archive_entry_filetype(entry);
    if (!hardLink) {
        QString kind;
        switch (type) {
        case AE_IFREG:
        case AE_IFDIR:
        case AE_IFLNK: break;
        case AE_IFCHR: kind = tr("it is a character device, and devices are refused"); break;
        case AE_IFBLK: kind = tr("it is a block device, and devices are refused"); break;
        case AE_IFIFO: kind = tr("it is a fifo, and fifos are refused"); break;
        case AE_IFSOCK: kind = tr("it is a socket, and sockets are refused"); break;
        default: kind = tr("it is of an unknown type"); break;
        }
        if (!kind.isEmpty()) {
            *error = refused(path, kind);
            return false;
        }
    }
    if (parts.isEmpty()) {
        // "./": the top folder itself, which exists already.
        if (type == AE_IFDIR && !hardLink)
            return copyData(a, -1, path, nullptr, error);
        *error = refused(path, tr("it names the top folder of the archive itself"));
        return false;
    }

    Fd parent = openParent(parts, true, path, error);
    if (!parent.valid())
        return false;
    const QByteArray &name = parts.last();
    if (hardLink)
        return makeHardLink(entry, parent.get(), name, path, error) && copyData(a, -1, path, nullptr, error);
    switch (type) {
    case AE_IFDIR: return makeFolder(parent.get(), name, path, error) && copyData(a, -1, path, nullptr, error);
    case AE_IFLNK: return makeSymlink(entry, parent.get(), name, path, error) && copyData(a, -1, path, nullptr, error);
    default: return makeFile(a, entry, parent.get(), name, path, error);
    }
}

Fd Unpacker::openParent(const QList<QByteArray> &parts, bool create, const QByteArray &path, QString *error)
{
    Fd dir(::fcntl(m_root, F_DUPFD_CLOEXEC, 0));
    if (!dir.valid()) {
        *error = failed(path, errno);
        return {};
    }
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        const QByteArray &name = parts.at(i);
        const QString prefix = shown(joined(parts, i + 1));
        struct stat st {};
        bool made = false;
        if (::fstatat(dir.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            if (errno != ENOENT) {
                *error = failed(path, errno);
                return {};
            }
            if (!create) {
                *error = tr("\"%1\" was not unpacked before it").arg(prefix);
                return {};
            }
            if (!countCreation(path, error))
                return {};
            if (::mkdirat(dir.get(), name.constData(), 0700) != 0) {
                *error = failed(path, errno);
                return {};
            }
            made = true;
        } else if (S_ISLNK(st.st_mode)) {
            *error = create ? refused(path, tr("its path goes through the link \"%1\", and "
                                               "nothing is written through a link")
                                                .arg(prefix))
                            : tr("its path goes through the link \"%1\"").arg(prefix);
            return {};
        } else if (!S_ISDIR(st.st_mode)) {
            *error = create ? refused(path, tr("its path goes through \"%1\", which is not a folder").arg(prefix))
                            : tr("\"%1\" is not a folder").arg(prefix);
            return {};
        }
        // O_NOFOLLOW | O_DIRECTORY: even if the folder was swapped for a link since the lstat
        // above, this open fails rather than follows it.
        Fd next(::openat(dir.get(), name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
        if (!next.valid()) {
            *error = failed(path, errno);
            return {};
        }
        if (made)
            ::fchmod(next.get(), 0700); // whatever the umask says: the folder must stay removable
        dir = std::move(next);
    }
    return dir;
}

QString Unpacker::existing(int parent, const QByteArray &name, const QByteArray &path) const
{
    struct stat st {};
    if (::fstatat(parent, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
        return refused(path, tr("it would be written through the link of the same name unpacked before it, and "
                                "nothing is written through a link"));
    return refused(path, tr("it appears twice in the archive"));
}

bool Unpacker::makeFolder(int parent, const QByteArray &name, const QByteArray &path, QString *error)
{
    if (::mkdirat(parent, name.constData(), 0700) == 0) {
        if (::fchmodat(parent, name.constData(), 0700, 0) != 0) {
            *error = failed(path, errno);
            return false;
        }
        return true;
    }
    if (errno != EEXIST) {
        *error = failed(path, errno);
        return false;
    }
    // A folder listed again, or first made for an entry inside it: fine. Anything else is not.
    struct stat st {};
    if (::fstatat(parent, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode))
        return true;
    *error = existing(parent, name, path);
    return false;
}

bool Unpacker::makeFile(archive *a, archive_entry *entry, int parent, const QByteArray &name, const QByteArray &path,
                        QString *error)
{
    // The header's size refuses a big file early; the data is counted all the same below.
    if (archive_entry_size_is_set(entry) && archive_entry_size(entry) > m_limits.maxFileBytes) {
        *error = refused(path, tr("it is %1, more than the %2 a single file may be")
                                   .arg(sizeText(archive_entry_size(entry)), sizeText(m_limits.maxFileBytes)));
        return false;
    }
    // Only the executable bit is kept (snapshot-format.md); the file is private to this user.
    const mode_t mode = (archive_entry_perm(entry) & 0111) ? 0700 : 0600;
    Fd out(::openat(parent, name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode));
    if (!out.valid()) {
        *error = errno == EEXIST || errno == ELOOP ? existing(parent, name, path) : failed(path, errno);
        return false;
    }
    if (::fchmod(out.get(), mode) != 0) {
        *error = failed(path, errno);
        return false;
    }
    qint64 fileBytes = 0;
    if (!copyData(a, out.get(), path, &fileBytes, error))
        return false;
    if (::close(out.release()) != 0) {
        *error = failed(path, errno);
        return false;
    }
    return true;
}

bool Unpacker::copyData(archive *a, int fd, const QByteArray &path, qint64 *fileBytes, QString *error)
{
    QByteArray buffer(qsizetype(kChunk), Qt::Uninitialized);
    qint64 bytes = 0;
    for (;;) {
        const la_ssize_t n = archive_read_data(a, buffer.data(), kChunk);
        if (n == 0)
            break;
        if (n < 0) {
            *error = tr("%1: the archive is damaged or truncated in \"%2\": %3")
                         .arg(m_archivePath, shown(path), libarchiveText(a));
            return false;
        }
        // Counted before a byte is written: a bomb stops here, whatever its headers said.
        bytes += n;
        m_totalBytes += n;
        if (bytes > m_limits.maxFileBytes) {
            *error = refused(path,
                             tr("it holds more than the %1 a single file may be").arg(sizeText(m_limits.maxFileBytes)));
            return false;
        }
        if (m_totalBytes > m_limits.maxTotalBytes) {
            *error = tr("%1: refused: the archive unpacks to more than %2; stopped in \"%3\"")
                         .arg(m_archivePath, sizeText(m_limits.maxTotalBytes), shown(path));
            return false;
        }
        if (fd < 0)
            continue;
        const char *p = buffer.constData();
        la_ssize_t left = n;
        while (left > 0) {
            const ssize_t w = ::write(fd, p, size_t(left));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                *error = failed(path, w < 0 ? errno : EIO);
                return false;
            }
            p += w;
            left -= w;
        }
    }
    if (fileBytes)
        *fileBytes = bytes;
    return true;
}

bool Unpacker::makeSymlink(archive_entry *entry, int parent, const QByteArray &name, const QByteArray &path,
                           QString *error)
{
    // The target is kept as it is, absolute or relative: the analysis resolves it inside root/,
    // and nothing here ever follows it.
    const QByteArray target = entryText(archive_entry_symlink(entry), archive_entry_symlink_utf8(entry));
    if (target.isEmpty()) {
        *error = refused(path, tr("it is a link with no target"));
        return false;
    }
    if (target.size() > m_limits.maxPathBytes) {
        *error = refused(path, tr("it is a link whose target is longer than %1 bytes").arg(m_limits.maxPathBytes));
        return false;
    }
    if (::symlinkat(target.constData(), parent, name.constData()) != 0) {
        *error = errno == EEXIST ? existing(parent, name, path) : failed(path, errno);
        return false;
    }
    return true;
}

bool Unpacker::makeHardLink(archive_entry *entry, int parent, const QByteArray &name, const QByteArray &path,
                            QString *error)
{
    const QByteArray target = entryText(archive_entry_hardlink(entry), archive_entry_hardlink_utf8(entry));
    QList<QByteArray> targetParts;
    const PathRule rule = splitPath(target, m_limits, &targetParts);
    if (rule != PathRule::Fine) {
        *error = refused(path, hardLinkRuleText(rule, target));
        return false;
    }
    const QString notAFile = tr("it is a hard link to \"%1\", which is not a file unpacked "
                                "before it")
                                 .arg(shown(target));
    if (targetParts.isEmpty()) {
        *error = refused(path, notAFile);
        return false;
    }
    QString why;
    Fd targetParent = openParent(targetParts, false, target, &why);
    if (!targetParent.valid()) {
        *error = refused(path, notAFile + QStringLiteral(": ") + why);
        return false;
    }
    struct stat st {};
    if (::fstatat(targetParent.get(), targetParts.last().constData(), &st, AT_SYMLINK_NOFOLLOW) != 0 ||
        !S_ISREG(st.st_mode)) {
        *error = refused(path, notAFile);
        return false;
    }
    // Flags 0: linkat never follows a link (and the target is a regular file anyway).
    if (::linkat(targetParent.get(), targetParts.last().constData(), parent, name.constData(), 0) != 0) {
        *error = errno == EEXIST ? existing(parent, name, path) : failed(path, errno);
        return false;
    }
    return true;
}

// The names in the folder open at `dir`, as bytes (a name need not be valid UTF-8).
std::vector<QByteArray> namesIn(int dir)
{
    std::vector<QByteArray> names;
    const int fd = ::fcntl(dir, F_DUPFD_CLOEXEC, 0);
    DIR *d = fd >= 0 ? ::fdopendir(fd) : nullptr;
    if (!d) {
        if (fd >= 0)
            ::close(fd);
        return names;
    }
    ::rewinddir(d);
    while (const dirent *e = ::readdir(d)) {
        if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
            names.emplace_back(e->d_name);
    }
    ::closedir(d);
    return names;
}

// Empties the folder open at `dir`, never following a link. Descends at most maxDepth + 1 levels
// (splitPath refuses deeper paths), holding one descriptor per level.
bool removeContents(int dir)
{
    bool ok = true;
    for (const QByteArray &name : namesIn(dir)) {
        struct stat st {};
        if (::fstatat(dir, name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            ok = false;
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            Fd sub(::openat(dir, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
            ok = sub.valid() && removeContents(sub.get()) && ok;
            sub.reset();
            ok = ::unlinkat(dir, name.constData(), AT_REMOVEDIR) == 0 && ok;
        } else {
            ok = ::unlinkat(dir, name.constData(), 0) == 0 && ok;
        }
    }
    return ok;
}

} // namespace

bool SnapshotArchive::isArchiveName(const QString &path)
{
    return path.endsWith(QLatin1String(".tar.gz"), Qt::CaseInsensitive) ||
           path.endsWith(QLatin1String(".tgz"), Qt::CaseInsensitive);
}

SnapshotArchive::SnapshotArchive() = default;

SnapshotArchive::~SnapshotArchive()
{
    if (m_unpackFolder.isEmpty())
        return;
    // By descriptors and bytes: QDir cannot name a file whose name is not valid UTF-8, and the
    // archive chose the names.
    const QByteArray path = QFile::encodeName(m_unpackFolder);
    Fd dir(::open(path.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    const bool emptied = dir.valid() && removeContents(dir.get());
    dir.reset();
    if (!emptied || ::rmdir(path.constData()) != 0)
        qWarning("go-env-doctor: could not remove the unpacked snapshot %s", path.constData());
}

std::unique_ptr<SnapshotArchive> SnapshotArchive::unpack(const QString &archivePath, QString *error)
{
    return unpack(archivePath, SnapshotArchiveLimits(), error);
}

std::unique_ptr<SnapshotArchive> SnapshotArchive::unpack(const QString &archivePath,
                                                         const SnapshotArchiveLimits &limits, QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    error->clear();

    const QString shownPath = archivePath.isEmpty() ? archivePath : QFileInfo(archivePath).absoluteFilePath();
    // O_NONBLOCK: a fifo named x.tar.gz must not hang the open; it is refused just below.
    Fd in(::open(QFile::encodeName(archivePath).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
    if (!in.valid()) {
        *error = errno == ENOENT ? tr("%1: no such file").arg(shownPath)
                                 : tr("%1: cannot be opened: %2").arg(shownPath, errnoText(errno));
        return nullptr;
    }
    struct stat st {};
    if (::fstat(in.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
        *error = tr("%1: not a regular file").arg(shownPath);
        return nullptr;
    }
    ::fcntl(in.get(), F_SETFL, ::fcntl(in.get(), F_GETFL) & ~O_NONBLOCK);
    if (st.st_size == 0) {
        *error = tr("%1: the file is empty, not a .tar.gz snapshot").arg(shownPath);
        return nullptr;
    }
    unsigned char magic[2] = {0, 0};
    if (::pread(in.get(), magic, sizeof magic, 0) != 2 || magic[0] != 0x1f || magic[1] != 0x8b) {
        *error = tr("%1: not a .tar.gz snapshot: the file is not gzip-compressed").arg(shownPath);
        return nullptr;
    }

    std::unique_ptr<SnapshotArchive> out(new SnapshotArchive);
    out->m_archivePath = shownPath;
    // mkdtemp: a new folder of mode 0700 with a name no one could guess or take first.
    QByteArray unpackPath = QFile::encodeName(QDir::tempPath() + QStringLiteral("/go-env-doctor-snapshot-XXXXXX"));
    if (!::mkdtemp(unpackPath.data())) {
        *error = tr("cannot create a temporary folder in %1: %2").arg(QDir::tempPath(), errnoText(errno));
        return nullptr;
    }
    out->m_unpackFolder = QFile::decodeName(unpackPath);
    Fd root(::open(unpackPath.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!root.valid() || ::fchmod(root.get(), 0700) != 0) {
        *error = tr("cannot use the temporary folder %1: %2").arg(out->m_unpackFolder, errnoText(errno));
        return nullptr;
    }

    Reader reader;
    archive *a = reader.get();
    // Reading only: gzip and tar, no other filter or format. libarchive never writes here.
    if (!a || archive_read_support_filter_gzip(a) != ARCHIVE_OK || archive_read_support_format_tar(a) != ARCHIVE_OK ||
        archive_read_open_fd(a, in.get(), kChunk) != ARCHIVE_OK) {
        // The gzip magic is there: what libarchive cannot open is not a tar inside it.
        *error = a ? tr("%1: not a .tar.gz snapshot: the gzip data cannot be read as a tar archive (%2)")
                         .arg(shownPath, libarchiveText(a))
                   : tr("%1: cannot be read: %2").arg(shownPath, tr("out of memory"));
        return nullptr;
    }
    Unpacker unpacker(shownPath, root.get(), limits);
    if (!unpacker.run(a, error))
        return nullptr; // `out` goes, and the folder with it

    // The layout (docs/snapshot-format.md): snapshot.json at the top, or one top folder holding it.
    struct stat st2 {};
    if (::fstatat(root.get(), "snapshot.json", &st2, AT_SYMLINK_NOFOLLOW) == 0) {
        out->m_snapshotFolder = out->m_unpackFolder;
        return out;
    }
    const std::vector<QByteArray> names = namesIn(root.get());
    if (names.size() == 1) {
        const QByteArray &name = names.front();
        const QString decoded = QFile::decodeName(name);
        if (QFile::encodeName(decoded) == name &&
            ::fstatat(root.get(), name.constData(), &st2, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st2.st_mode) &&
            ::fstatat(root.get(), (name + "/snapshot.json").constData(), &st2, AT_SYMLINK_NOFOLLOW) == 0) {
            out->m_snapshotFolder = out->m_unpackFolder + QLatin1Char('/') + decoded;
            return out;
        }
    }
    *error = tr("%1: not a snapshot archive: it holds neither snapshot.json at its top nor one folder with "
                "snapshot.json in it")
                 .arg(shownPath);
    return nullptr;
}
