#pragma once
// A snapshot in a temporary folder for the systemd, rlimit and container tests: files under root/
// and a snapshot.json with a user, rlimits and a few environment variables.
#include "system/SnapshotSystem.h"

#include <QtTest>

class LimitsSnapshot {
public:
    explicit LimitsSnapshot(const QJsonObject &rlimits = {}, const QJsonObject &rlimitsHard = {}, qint64 uid = 1000)
    {
        QDir(m_dir.path()).mkpath(QStringLiteral("root"));
        const QJsonObject env{{QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")},
                              {QStringLiteral("HOME"), QStringLiteral("/home/u")}};
        QJsonObject process{{QStringLiteral("env"), env}, {QStringLiteral("cwd"), QStringLiteral("/home/u")}};
        if (!rlimits.isEmpty())
            process.insert(QStringLiteral("rlimits"), rlimits);
        if (!rlimitsHard.isEmpty())
            process.insert(QStringLiteral("rlimits_hard"), rlimitsHard);
        const QJsonObject doc{
            {QStringLiteral("format"), QStringLiteral("go-env-doctor-snapshot")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("captured"), QStringLiteral("2026-11-20T00:00:00Z")},
            {QStringLiteral("host"), QJsonObject{{QStringLiteral("machine"), QStringLiteral("x86_64")}}},
            {QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), QStringLiteral("u")},
                                                 {QStringLiteral("uid"), uid},
                                                 {QStringLiteral("home"), QStringLiteral("/home/u")},
                                                 {QStringLiteral("login_shell"), QStringLiteral("/bin/bash")}}},
            {QStringLiteral("process"), process}};
        QFile f(m_dir.filePath(QStringLiteral("snapshot.json")));
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(doc).toJson());
    }
    void dir(const QString &p)
    {
        if (p.size() > 1)
            QDir(root()).mkpath(p.mid(1));
    }
    void file(const QString &p, const QByteArray &content)
    {
        dir(p.left(p.lastIndexOf(QLatin1Char('/'))));
        QFile f(root() + p);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
    }
    // A cgroup v2-only host booted with systemd.
    void systemdV2Host()
    {
        dir(QStringLiteral("/run/systemd/system"));
        file(QStringLiteral("/proc/self/mountinfo"),
             "25 30 0:23 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:9 - cgroup2 cgroup2 rw\n");
    }
    std::unique_ptr<SnapshotSystem> open() const { return SnapshotSystem::open(m_dir.path(), nullptr); }
    QString root() const { return m_dir.path() + QStringLiteral("/root"); }

private:
    QTemporaryDir m_dir;
};
