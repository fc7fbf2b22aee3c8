#include "LiveSystem.h"

#include "probes/ShellSyntax.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSysInfo>

#include <csignal>
#include <pwd.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

#include <vector>

namespace {

// A command's output is evidence, not data: `go env -json` is a few KB. Anything past this is
// read and dropped so that a runaway command cannot exhaust memory.
constexpr qsizetype kMaxCapturedBytes = 4 * 1024 * 1024;
// After SIGKILL a process is gone almost at once; this only bounds the reaping.
constexpr int kKillGraceMs = 1000;
// How often the wait loop wakes up to move output out of QProcess's buffers (it returns at
// once when the process ends, so this adds no latency).
constexpr int kPollSliceMs = 100;

// Looks up a bare program name on PATH like execvp does. Empty entries mean the current folder.
// Returns the path found, or an empty string; *nonExecutable is set when only a file without
// the x bit matched (the shell then says "Permission denied", not "not found").
QString findInPath(const QString &name, const QString &path, const QString &workDir, bool *nonExecutable)
{
    *nonExecutable = false;
    const QStringList entries = path.split(QLatin1Char(':'));
    for (const QString &entry : entries) {
        // Relative entries (and the empty one) are relative to the command's folder, not ours.
        const QString folder = QDir(workDir).absoluteFilePath(entry);
        const QString candidate = QDir(folder).absoluteFilePath(name);
        const QFileInfo fi(candidate);
        if (!fi.exists() || fi.isDir())
            continue;
        if (::access(QFile::encodeName(candidate).constData(), X_OK) == 0)
            return candidate;
        *nonExecutable = true;
    }
    return {};
}

CommandResult notStarted(const QStringList &argv, int exitCode, const QString &message)
{
    CommandResult r;
    r.argv = argv;
    r.exitCode = exitCode;
    r.stderrText = message;
    return r;
}

void appendCapped(QByteArray &buffer, const QByteArray &chunk)
{
    const qsizetype room = kMaxCapturedBytes - buffer.size();
    if (room > 0)
        buffer.append(chunk.left(room));
}

} // namespace

LiveSystem::LiveSystem()
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys)
        m_env.insert(key, env.value(key));

    m_user.uid = qint64(::geteuid());
    // getpwuid_r: the scan may run off the GUI thread, and getpwuid's static buffer is shared.
    long bufSize = ::sysconf(_SC_GETPW_R_SIZE_MAX);
    if (bufSize <= 0)
        bufSize = 16384;
    std::vector<char> buf(static_cast<size_t>(bufSize));
    struct passwd pw {};
    struct passwd *found = nullptr;
    int rc = ::getpwuid_r(::geteuid(), &pw, buf.data(), buf.size(), &found);
    while (rc == ERANGE && buf.size() < 1024 * 1024) {
        buf.resize(buf.size() * 2);
        rc = ::getpwuid_r(::geteuid(), &pw, buf.data(), buf.size(), &found);
    }
    if (rc == 0 && found) {
        m_user.name = QString::fromLocal8Bit(found->pw_name);
        m_user.home = QFile::decodeName(found->pw_dir);
        m_user.loginShell = QFile::decodeName(found->pw_shell);
    } else {
        // A container uid without a passwd entry: the environment is all we have.
        m_user.name = m_env.value(QStringLiteral("USER"), m_env.value(QStringLiteral("LOGNAME")));
        m_user.loginShell = m_env.value(QStringLiteral("SHELL"));
    }
    // $HOME wins over the passwd entry: it is what the user's go and shell actually use.
    const QString home = m_env.value(QStringLiteral("HOME"));
    if (!home.isEmpty())
        m_user.home = home;
    // An empty pw_shell means /bin/sh to login(1).
    if (m_user.loginShell.isEmpty())
        m_user.loginShell = QStringLiteral("/bin/sh");

    m_host.hostname = QSysInfo::machineHostName();
    struct utsname uts {};
    if (::uname(&uts) == 0) {
        m_host.machine = QString::fromLatin1(uts.machine);
        m_host.kernel = QString::fromLatin1(uts.release);
    }
}

QMap<QString, QString> LiveSystem::environment() const
{
    return m_env;
}

UserInfo LiveSystem::user() const
{
    return m_user;
}

HostInfo LiveSystem::host() const
{
    return m_host;
}

QString LiveSystem::cwd() const
{
    return QDir::currentPath();
}

QDateTime LiveSystem::now() const
{
    return QDateTime::currentDateTimeUtc();
}

QMap<QString, qint64> LiveSystem::rlimits(bool hard) const
{
    struct Limit {
        const char *name;
        decltype(RLIMIT_AS) resource;
    };
    // Names as prlimit(1) prints them, lower case (snapshot-format.md).
    static const Limit limits[] = {
        {"as", RLIMIT_AS},           {"nofile", RLIMIT_NOFILE}, {"nproc", RLIMIT_NPROC},
        {"memlock", RLIMIT_MEMLOCK}, {"stack", RLIMIT_STACK},   {"cpu", RLIMIT_CPU},
        {"data", RLIMIT_DATA},       {"fsize", RLIMIT_FSIZE},   {"core", RLIMIT_CORE},
    };
    QMap<QString, qint64> out;
    for (const Limit &l : limits) {
        struct rlimit rl {};
        if (::getrlimit(l.resource, &rl) != 0)
            continue;
        const rlim_t v = hard ? rl.rlim_max : rl.rlim_cur;
        out.insert(QString::fromLatin1(l.name), v == RLIM_INFINITY ? qint64(-1) : qint64(v));
    }
    return out;
}

QMap<QString, QString> LiveSystem::freshLoginEnvironment(const UserInfo &user, const QMap<QString, QString> &current,
                                                         const QByteArray &etcEnvironment)
{
    const QMap<QString, QString> etc = ShellSyntax::readEtcEnvironment(etcEnvironment);
    QMap<QString, QString> env;
    env.insert(QStringLiteral("HOME"), user.home);
    env.insert(QStringLiteral("USER"), user.name);
    env.insert(QStringLiteral("LOGNAME"), user.name);
    env.insert(QStringLiteral("SHELL"), user.loginShell.isEmpty() ? QStringLiteral("/bin/sh") : user.loginShell);
    // A terminal would set TERM; without one, "dumb" keeps rc files from drawing prompts.
    const QString term = current.value(QStringLiteral("TERM"));
    env.insert(QStringLiteral("TERM"), term.isEmpty() ? QStringLiteral("dumb") : term);
    // pam_env sets LANG from /etc/environment (or /etc/default/locale, which the session has
    // already given us as the current LANG).
    QString lang = etc.value(QStringLiteral("LANG"));
    if (lang.isEmpty())
        lang = current.value(QStringLiteral("LANG"));
    if (!lang.isEmpty())
        env.insert(QStringLiteral("LANG"), lang);
    // Debian's /etc/environment is empty; login(1) then uses ENV_PATH of /etc/login.defs.
    QString path = etc.value(QStringLiteral("PATH"));
    if (path.isEmpty())
        path = QStringLiteral("/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games");
    env.insert(QStringLiteral("PATH"), path);
    return env;
}

CommandResult LiveSystem::run(const QStringList &argv, CommandKind kind, int timeoutMs) const
{
    QElapsedTimer clock;
    clock.start();
    if (argv.isEmpty() || argv.first().isEmpty())
        return notStarted(argv, 127, QCoreApplication::translate("LiveSystem", "empty command"));
    timeoutMs = qMax(timeoutMs, 0);

    QMap<QString, QString> env;
    QString workDir;
    if (kind == CommandKind::Go) {
        env = m_env;
        // Never let a scan download a toolchain (the user's GOTOOLCHAIN is read from files).
        env.insert(QStringLiteral("GOTOOLCHAIN"), QStringLiteral("local"));
        workDir = cwd();
    } else {
        const QByteArray etc = readFile(QStringLiteral("/etc/environment"), 64 * 1024).value_or(QByteArray());
        env = freshLoginEnvironment(m_user, m_env, etc);
        workDir = m_user.home;
    }
    // A missing folder would make the start fail for a reason that has nothing to do with the
    // command; a new terminal whose home is missing starts in / too.
    if (workDir.isEmpty() || !QFileInfo(workDir).isDir())
        workDir = QStringLiteral("/");

    // Find the program as a shell would, with the PATH the command gets, so that failures are
    // reported with the shell's words and exit codes (126/127) instead of Qt's.
    const QString name = argv.first();
    QString program;
    if (!name.contains(QLatin1Char('/'))) {
        bool nonExecutable = false;
        program = findInPath(name, env.value(QStringLiteral("PATH")), workDir, &nonExecutable);
        if (program.isEmpty()) {
            return nonExecutable
                       ? notStarted(argv, 126,
                                    QCoreApplication::translate("LiveSystem", "%1: Permission denied").arg(name))
                       : notStarted(argv, 127,
                                    QCoreApplication::translate("LiveSystem", "%1: command not found").arg(name));
        }
    } else {
        program = QDir(workDir).absoluteFilePath(name);
        const QFileInfo fi(program);
        if (!fi.exists())
            return notStarted(argv, 127,
                              QCoreApplication::translate("LiveSystem", "%1: No such file or directory").arg(name));
        if (fi.isDir())
            return notStarted(argv, 126, QCoreApplication::translate("LiveSystem", "%1: Is a directory").arg(name));
        if (::access(QFile::encodeName(program).constData(), X_OK) != 0)
            return notStarted(argv, 126, QCoreApplication::translate("LiveSystem", "%1: Permission denied").arg(name));
    }

    QProcess process;
    process.setProgram(program);
    process.setArguments(argv.mid(1));
    QProcessEnvironment penv;
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        penv.insert(it.key(), it.value());
    process.setProcessEnvironment(penv);
    process.setWorkingDirectory(workDir);
    process.setStandardInputFile(QProcess::nullDevice());
    // Both kinds lead a process group of their own so that a timeout can kill the whole tree.
    // The login shell also gets a new session: with no controlling terminal, `-i` cannot take
    // the terminal the doctor runs in (and stop, waiting for it).
    if (kind == CommandKind::LoginShell)
        process.setChildProcessModifier([] { ::setsid(); });
    else
        process.setChildProcessModifier([] { ::setpgid(0, 0); });

    process.start();
    if (!process.waitForStarted(qMax(timeoutMs, 1))) {
        // The checks above passed, so the file exists and is executable: execve refused it.
        QFile file(program);
        QByteArray head;
        if (file.open(QIODevice::ReadOnly))
            head = file.read(256);
        if (head.startsWith("#!")) {
            const QByteArray interpreter = head.mid(2).split('\n').first().trimmed().split(' ').first();
            return notStarted(
                argv, 126,
                QCoreApplication::translate("LiveSystem", "%1: %2: bad interpreter: No such file or directory")
                    .arg(name, QString::fromUtf8(interpreter)));
        }
        return notStarted(
            argv, 126,
            QCoreApplication::translate("LiveSystem", "%1: cannot execute binary file: Exec format error").arg(name));
    }
    const qint64 pid = process.processId();

    QByteArray out;
    QByteArray err;
    const auto drain = [&] {
        appendCapped(out, process.readAllStandardOutput());
        appendCapped(err, process.readAllStandardError());
    };
    bool timedOut = false;
    while (process.state() != QProcess::NotRunning) {
        const qint64 left = timeoutMs - clock.elapsed();
        if (left <= 0) {
            timedOut = true;
            break;
        }
        process.waitForFinished(int(qMin<qint64>(left, kPollSliceMs)));
        drain();
    }
    if (timedOut) {
        if (pid > 0)
            ::kill(pid_t(-pid), SIGKILL);
        process.kill();
        process.waitForFinished(kKillGraceMs);
        drain();
    } else if (pid > 0) {
        // Whatever the command left running in its group (a daemon an rc file started) goes
        // with it. The group id cannot have been reused: Linux keeps a pid while a group uses it.
        ::kill(pid_t(-pid), SIGKILL);
    }

    CommandResult result;
    result.argv = argv;
    result.timedOut = timedOut;
    if (!timedOut) {
        // A shell reports death by signal N as 128+N; QProcess gives N as the exit code.
        result.exitCode = process.exitStatus() == QProcess::CrashExit ? 128 + process.exitCode() : process.exitCode();
    }
    result.stdoutText = QString::fromUtf8(out);
    result.stderrText = QString::fromUtf8(err);
    result.elapsedMs = clock.elapsed();
    return result;
}

FileInfo LiveSystem::rawLstat(const QString &physical) const
{
    return hostLstat(physical);
}

std::optional<QString> LiveSystem::rawReadLink(const QString &physical) const
{
    return hostReadLink(physical);
}

std::optional<QByteArray> LiveSystem::rawReadFile(const QString &physical, qint64 maxBytes) const
{
    return hostReadFile(physical, maxBytes);
}

QStringList LiveSystem::rawListDir(const QString &physical) const
{
    return hostListDir(physical);
}
