#pragma once

#include "SystemView.h"

// This machine, read-only. Commands run with a timeout as snapshot-format.md says:
// go commands in the cwd with this environment plus GOTOOLCHAIN=local; the login shell with a
// fresh environment, in a new session (setsid), stdin from /dev/null.
class LiveSystem : public SystemView {
public:
    LiveSystem();

    bool isSnapshot() const override { return false; }
    QMap<QString, QString> environment() const override;
    UserInfo user() const override;
    HostInfo host() const override;
    QString cwd() const override;
    QDateTime now() const override;
    QMap<QString, qint64> rlimits(bool hard = false) const override;
    CommandResult run(const QStringList &argv, CommandKind kind, int timeoutMs = 10000) const override;

    // The environment a new terminal starts from (HOME, USER, LOGNAME, SHELL, TERM, LANG and the
    // PATH of /etc/environment or the distribution's login default). Pure: exposed for tests.
    static QMap<QString, QString> freshLoginEnvironment(const UserInfo &user, const QMap<QString, QString> &current,
                                                        const QByteArray &etcEnvironment);

protected:
    FileInfo rawLstat(const QString &physical) const override;
    std::optional<QString> rawReadLink(const QString &physical) const override;
    std::optional<QByteArray> rawReadFile(const QString &physical, qint64 maxBytes) const override;
    QStringList rawListDir(const QString &physical) const override;

private:
    QMap<QString, QString> m_env;
    UserInfo m_user;
    HostInfo m_host;
};
