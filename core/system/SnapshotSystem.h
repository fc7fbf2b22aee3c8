#pragma once

#include "SystemView.h"

#include <memory>

// A captured system (snapshot-format.md): snapshot.json plus root/. Every path resolves inside
// root/; no link, `..` or loop can make it read a file outside. No command is ever executed:
// commands are replayed by exact argv, and an argv not captured answers captured=false.
class SnapshotSystem final : public SystemView {
public:
    // Opens a snapshot folder. On a missing or malformed snapshot.json returns nullptr and sets
    // *error to a message naming the file and the problem.
    static std::unique_ptr<SnapshotSystem> open(const QString &folder, QString *error);

    bool isSnapshot() const override { return true; }
    QString sourcePath() const override { return m_folder; }
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
    SnapshotSystem() = default;
    QString hostPath(const QString &physical) const; // root/ + physical

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
