#pragma once

#include "system/LiveSystem.h"

#include <QHash>
#include <QMutex>
#include <QSet>

// One path of the captured system as it is stored (snapshot-format.md, "Capturing").
struct CapturedEntry {
    enum class Kind { Folder, File, Link };
    QString path; // absolute, on the captured system
    Kind kind = Kind::File;
    QString linkTarget; // a link's text, verbatim
    bool executable = false;
    QByteArray content;      // a file's stored bytes
    qint64 sizeOnDisk = 0;   // what lstat said (0 for most of /proc and /sys)
    bool truncated = false;  // larger than 1 MiB: only the first 64 KiB are kept
    bool redacted = false;   // secrets were replaced with ***
    bool unreadable = false; // a file this user may not read: stored empty
};

// This machine, exactly as LiveSystem sees it, writing down every path and command a scan
// touches so that a snapshot can hold what the analysis needs and nothing else
// (snapshot-format.md, "Capturing"). Paths are *physical* (free of links but the last), so the
// links on the way to a file are written down as links, the folders as folders.
class RecordingSystem final : public LiveSystem {
public:
    struct Record {
        QSet<QString> looked;          // lstat: the path's kind decides what is stored
        QSet<QString> listed;          // folders whose names were read
        QList<CommandResult> commands; // in the order they finished, one per argv
        // Whole small files as the scan read them, so that the snapshot holds what the scan saw
        // (cgroup counters move between two reads).
        QHash<QString, QByteArray> seen;
    };

    // What was touched so far (a copy: the scan may still be running in another thread).
    Record record() const;
    // Walks `path` as the analysis would (every link on the way is written down); for the
    // folders on PATH, which a snapshot keeps even when the scan did not look into them.
    void touch(const QString &path) const;

    // How `physical` (as written down) is stored: nullopt when it no longer exists or is
    // neither a folder, a regular file nor a link. Files are read to their end (up to 1 MiB).
    std::optional<CapturedEntry> describe(const QString &physical) const;

    CommandResult run(const QStringList &argv, CommandKind kind, int timeoutMs = 10000) const override;

protected:
    FileInfo rawLstat(const QString &physical) const override;
    std::optional<QString> rawReadLink(const QString &physical) const override;
    std::optional<QByteArray> rawReadFile(const QString &physical, qint64 maxBytes) const override;
    QStringList rawListDir(const QString &physical) const override;

private:
    void note(const QString &physical) const;

    mutable QMutex m_mutex; // probes run commands in threads of their own
    mutable Record m_record;
};
