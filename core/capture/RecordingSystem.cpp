#include "RecordingSystem.h"

#include <QMutexLocker>

namespace {
// snapshot-format.md, "Capturing": small files whole, large ones by their head (an ELF header is
// all the analysis reads of a go binary).
constexpr qint64 kWholeFileBytes = 1024 * 1024;
constexpr qint64 kHeadBytes = 64 * 1024;
} // namespace

RecordingSystem::Record RecordingSystem::record() const
{
    QMutexLocker lock(&m_mutex);
    return m_record;
}

void RecordingSystem::touch(const QString &path) const
{
    const Resolution r = resolve(path);
    if (r.ok())
        note(r.finalPath);
}

void RecordingSystem::note(const QString &physical) const
{
    QMutexLocker lock(&m_mutex);
    m_record.looked.insert(physical);
}

FileInfo RecordingSystem::rawLstat(const QString &physical) const
{
    note(physical);
    return LiveSystem::rawLstat(physical);
}

std::optional<QString> RecordingSystem::rawReadLink(const QString &physical) const
{
    note(physical);
    return LiveSystem::rawReadLink(physical);
}

std::optional<QByteArray> RecordingSystem::rawReadFile(const QString &physical, qint64 maxBytes) const
{
    note(physical);
    std::optional<QByteArray> bytes = LiveSystem::rawReadFile(physical, maxBytes);
    if (bytes && bytes->size() < maxBytes && bytes->size() <= kWholeFileBytes) {
        QMutexLocker lock(&m_mutex);
        m_record.seen.insert(physical, *bytes); // read to its end
    }
    return bytes;
}

QStringList RecordingSystem::rawListDir(const QString &physical) const
{
    {
        QMutexLocker lock(&m_mutex);
        m_record.looked.insert(physical);
        m_record.listed.insert(physical);
    }
    return LiveSystem::rawListDir(physical);
}

CommandResult RecordingSystem::run(const QStringList &argv, CommandKind kind, int timeoutMs) const
{
    CommandResult result = LiveSystem::run(argv, kind, timeoutMs);
    QMutexLocker lock(&m_mutex);
    // The analysis asks by exact argv; a second run of the same argv replaces the first.
    m_record.commands.removeIf([&](const CommandResult &c) { return c.argv == argv; });
    m_record.commands.append(result);
    return result;
}

std::optional<CapturedEntry> RecordingSystem::describe(const QString &physical) const
{
    const FileInfo info = LiveSystem::rawLstat(physical);
    if (!info.exists)
        return std::nullopt;
    CapturedEntry e;
    e.path = physical;
    e.executable = info.executable;
    e.sizeOnDisk = info.size;
    if (info.isSymlink) {
        const auto target = LiveSystem::rawReadLink(physical);
        if (!target)
            return std::nullopt;
        e.kind = CapturedEntry::Kind::Link;
        e.linkTarget = *target;
        return e;
    }
    if (info.isDir) {
        e.kind = CapturedEntry::Kind::Folder;
        return e;
    }
    if (!info.isFile)
        return std::nullopt; // devices, fifos, sockets: never part of a snapshot
    e.kind = CapturedEntry::Kind::File;
    {
        QMutexLocker lock(&m_mutex);
        const auto seen = m_record.seen.constFind(physical);
        if (seen != m_record.seen.constEnd()) {
            e.content = *seen;
            return e;
        }
    }
    // One byte more than a whole file may have tells a large file from one of exactly 1 MiB;
    // the size from lstat cannot, since /proc and /sys report 0.
    const auto bytes = LiveSystem::rawReadFile(physical, kWholeFileBytes + 1);
    if (!bytes) {
        e.unreadable = true;
        return e;
    }
    e.content = *bytes;
    if (e.content.size() > kWholeFileBytes) {
        e.content.truncate(kHeadBytes);
        e.truncated = true;
    }
    return e;
}
