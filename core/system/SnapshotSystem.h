#pragma once

#include "SystemView.h"

#include <memory>

class SnapshotArchive;

// A captured system (snapshot-format.md): snapshot.json plus root/. Every path resolves inside
// root/; no link, `..` or loop can make it read a file outside. No command is ever executed:
// commands are replayed by exact argv, and an argv not captured answers captured=false.
class SnapshotSystem final : public SystemView {
public:
    // Opens a snapshot: a folder, or a .tar.gz / .tgz of one (by the name), which is first
    // unpacked into a private temporary folder (SnapshotArchive) that lives as long as the
    // returned object. On a refused archive, or a missing or malformed snapshot.json, returns
    // nullptr and sets *error to a message naming the file and the problem.
    static std::unique_ptr<SnapshotSystem> open(const QString &path, QString *error);
    ~SnapshotSystem() override;

    bool isSnapshot() const override { return true; }
    // The folder, or the archive, as the user named it (made absolute).
    QString sourcePath() const override { return m_source; }
    // The folder holding snapshot.json and root/ (for an archive, the unpacked copy).
    QString folder() const { return m_folder; }
    QMap<QString, QString> environment() const override { return m_env; }
    UserInfo user() const override { return m_user; }
    HostInfo host() const override { return m_host; }
    QString cwd() const override { return m_cwd; }
    QDateTime now() const override { return m_captured; }
    QMap<QString, qint64> rlimits(bool hard = false) const override { return hard ? m_rlimitsHard : m_rlimits; }
    CommandResult run(const QStringList &argv, CommandKind kind, int timeoutMs = 10000) const override;

protected:
    FileInfo rawLstat(const QString &physical) const override;
    std::optional<QString> rawReadLink(const QString &physical) const override;
    std::optional<QByteArray> rawReadFile(const QString &physical, qint64 maxBytes) const override;
    QStringList rawListDir(const QString &physical) const override;

private:
    SnapshotSystem();
    static std::unique_ptr<SnapshotSystem> openFolder(const QString &folder, QString *error);
    QString hostPath(const QString &physical) const; // root/ + physical

    std::unique_ptr<SnapshotArchive> m_archive; // the unpacked archive, removed with this object
    QString m_source;
    QString m_folder;
    QString m_root;
    QDateTime m_captured;
    QMap<QString, QString> m_env;
    UserInfo m_user;
    HostInfo m_host;
    QString m_cwd;
    QMap<QString, qint64> m_rlimits;
    QMap<QString, qint64> m_rlimitsHard;
    QList<CommandResult> m_commands;
};
