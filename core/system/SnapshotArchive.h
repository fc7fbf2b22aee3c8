#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

// What an archive may hold before it is refused (snapshot-format.md, "Safety"). The defaults
// are the program's; tests pass smaller ones so a bomb is caught in a few megabytes.
struct SnapshotArchiveLimits {
    qint64 maxEntries = 20000;                  // headers, and folders made for them
    qint64 maxTotalBytes = 200LL * 1024 * 1024; // file data written, counted as it is written
    qint64 maxFileBytes = 64LL * 1024 * 1024;   // one file (snapshot.json has the same limit)
    int maxPathBytes = 4096;                    // an entry's path, or a link's target (PATH_MAX)
    int maxNameBytes = 255;                     // one component of a path (NAME_MAX)
    int maxDepth = 128;                         // folders in a path (bounds the removal's descent)
};

// A snapshot .tar.gz (or .tgz) unpacked into a fresh private folder (mode 0700 under the
// temporary folder), which this object owns: the folder and everything in it are removed when
// the object is destroyed. Unpacking follows snapshot-format.md, "Safety":
//   - libarchive only reads (gzip + tar); every entry is written here with *at() calls from a
//     folder descriptor, component by component, never following a link (O_NOFOLLOW, lstat);
//   - refused: an entry whose path is absolute or has a `..` component, whose path goes through
//     a link already unpacked, which exists already, which is a device, fifo or socket, a hard
//     link to anything but a regular file unpacked before it, paths and names too long;
//   - limits (SnapshotArchiveLimits) on entries, on each file and on all data, counted while
//     the data is written, never taken from the headers alone;
//   - symlinks are created as they are, their targets (absolute ones included) kept verbatim;
//   - only the executable bit of a file's mode is kept; no owner, time, xattr or ACL is set.
// The archive holds either one top folder (NAME/snapshot.json, NAME/root/) or snapshot.json and
// root/ at its top. Any refusal removes the folder and returns a message naming the archive,
// the entry and the rule.
class SnapshotArchive final {
    Q_DECLARE_TR_FUNCTIONS(SnapshotArchive)
    Q_DISABLE_COPY_MOVE(SnapshotArchive)
public:
    // True for a name ending in .tar.gz or .tgz (any case).
    static bool isArchiveName(const QString &path);

    static std::unique_ptr<SnapshotArchive> unpack(const QString &archivePath, QString *error);
    static std::unique_ptr<SnapshotArchive> unpack(const QString &archivePath, const SnapshotArchiveLimits &limits,
                                                   QString *error);

    ~SnapshotArchive();

    // The archive as the user named it, made absolute.
    QString archivePath() const { return m_archivePath; }
    // The unpacked snapshot: the folder holding snapshot.json and root/.
    QString snapshotFolder() const { return m_snapshotFolder; }
    // The private folder everything was unpacked into (removed with this object).
    QString unpackFolder() const { return m_unpackFolder; }

private:
    SnapshotArchive();

    QString m_unpackFolder; // made with mkdtemp(3); removed byte-exactly, whatever the names
    QString m_archivePath;
    QString m_snapshotFolder;
};
