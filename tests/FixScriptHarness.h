#pragma once

// Shared by the tests that run generated fix scripts for real (tst_fixtarball, tst_fixroot):
// running bash with a chosen environment, and taking a picture of a folder tree (every file's
// bytes, mode and link target) so "nothing changed" and "restored byte for byte" are one compare.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

#include <sys/stat.h>
#include <unistd.h>

namespace FixScriptHarness {

struct Run {
    int exitCode = -1;
    bool finished = false;
    QString out;
    QString err;
    QString both() const { return out + QLatin1Char('\n') + err; }
    QString describe() const
    {
        return QStringLiteral("exit %1%2\n--- stdout\n%3--- stderr\n%4")
            .arg(exitCode)
            .arg(finished ? QString() : QStringLiteral(" (did not finish)"), out, err);
    }
};

// Runs `program args` with exactly `env` (nothing inherited), waiting at most `timeoutMs`.
inline Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
               const QString &workDir = QString(), int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = p.errorString();
        return r;
    }
    p.closeWriteChannel();
    r.finished = p.waitForFinished(timeoutMs);
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

// The output of a small command, trimmed (uname -n, id -un).
inline QString commandOutput(const QString &program, const QStringList &args)
{
    return run(program, args, QProcessEnvironment::systemEnvironment(), QString(), 30000).out.trimmed();
}

// A minimal environment for a script: the host's PATH, the given HOME and TMPDIR, C locale.
inline QProcessEnvironment scriptEnvironment(const QString &home, const QString &tmpDir)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH", QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin")));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("TMPDIR"), tmpDir);
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return env;
}

// Every entry under `root` (not following links) by path relative to root: "dir MODE",
// "link -> TARGET" or "file MODE\n" + the bytes. With `withTimes`, a file's modification time is
// part of it too, so a rewrite with the same bytes shows. Paths starting with one of `skip` are left out.
using Tree = QMap<QString, QByteArray>;

inline Tree tree(const QString &root, bool withTimes = false, const QStringList &skip = {})
{
    Tree t;
    if (!QFileInfo::exists(root))
        return t;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(root).relativeFilePath(path);
        bool skipped = false;
        for (const QString &s : skip)
            skipped = skipped || rel == s || rel.startsWith(s + QLatin1Char('/'));
        if (skipped)
            continue;
        struct stat st {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
            t.insert(rel, "unreadable");
            continue;
        }
        const QByteArray mode = QByteArray::number(st.st_mode & 07777, 8);
        if (S_ISLNK(st.st_mode)) {
            QByteArray target(4096, '\0');
            const ssize_t n = ::readlink(QFile::encodeName(path).constData(), target.data(), size_t(target.size()));
            t.insert(rel, "link -> " + target.left(n < 0 ? 0 : int(n)));
        } else if (S_ISDIR(st.st_mode)) {
            t.insert(rel, "dir " + mode);
        } else {
            QFile f(path);
            QByteArray v = "file " + mode;
            if (withTimes)
                v += " mtime " + QByteArray::number(qint64(st.st_mtim.tv_sec)) + "." +
                     QByteArray::number(qint64(st.st_mtim.tv_nsec));
            v += "\n";
            v += f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("unreadable");
            t.insert(rel, v);
        }
    }
    return t;
}

// What differs between two pictures, one line per path, for a failure message.
inline QString treeDiff(const Tree &before, const Tree &after)
{
    QStringList lines;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            lines << QStringLiteral("gone: %1").arg(it.key());
        else if (after.value(it.key()) != it.value())
            lines << QStringLiteral("changed: %1\n  before: %2\n  after:  %3")
                         .arg(it.key(), QString::fromUtf8(it.value().left(300)),
                              QString::fromUtf8(after.value(it.key()).left(300)));
    }
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            lines << QStringLiteral("new: %1").arg(it.key());
    }
    return lines.join(QLatin1Char('\n'));
}

// Copies the folder `from` into `to` (made when missing), keeping links as links and modes.
inline bool copyTree(const QString &from, const QString &to)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!QDir().mkpath(to))
        return false;
    const Run r =
        run(QStringLiteral("cp"), {QStringLiteral("-a"), QStringLiteral("--"), from + QStringLiteral("/."), to}, env,
            QString(), 60000);
    return r.finished && r.exitCode == 0;
}

inline bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions perms = {})
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return perms == QFile::Permissions() || f.setPermissions(perms);
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What shellcheck says about the script: empty when it has nothing to say.
inline QString shellcheckComplaints(const QString &script)
{
    const Run r = run(QStringLiteral("shellcheck"), {QStringLiteral("--"), script},
                      QProcessEnvironment::systemEnvironment(), QString(), 120000);
    if (r.finished && r.exitCode == 0 && r.out.isEmpty() && r.err.isEmpty())
        return {};
    return r.describe();
}

} // namespace FixScriptHarness
