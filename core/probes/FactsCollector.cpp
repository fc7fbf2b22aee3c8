#include "FactsCollector.h"

#include "CgroupProbe.h"
#include "ContainerProbe.h"
#include "ElfProbe.h"
#include "GoEnvParsers.h"
#include "InstallSources.h"
#include "LimitsConf.h"
#include "PathParser.h"
#include "ShellProbe.h"
#include "SystemdProbe.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <future>

namespace {
QString joinPath(const QString &dir, const QString &name)
{
    return QDir::cleanPath(dir + QLatin1Char('/') + name);
}

QString parentOf(const QString &path)
{
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

} // namespace

FactsCollector::FactsCollector(const SystemView &system, const ReleaseTable &releases, CommandTimeouts timeouts)
    : m_system(system), m_releases(releases), m_timeouts(timeouts)
{
}

Facts FactsCollector::collect(const Progress &progress, const std::atomic_bool *cancel) const
{
    auto step = [&](const QString &s) {
        if (progress)
            progress(s);
    };
    auto cancelled = [&] { return cancel && cancel->load(); };

    Facts f;
    f.releases = &m_releases;
    f.snapshot = m_system.isSnapshot();
    f.snapshotPath = m_system.sourcePath();
    f.scanTime = m_system.now();
    f.host = m_system.host();
    f.user = m_system.user();
    f.env = m_system.environment();
    if (const auto os = m_system.readFile(QStringLiteral("/etc/os-release")))
        f.osName = GoEnvParsers::parseOsReleasePrettyName(*os);
    else if (const auto os2 = m_system.readFile(QStringLiteral("/usr/lib/os-release")))
        f.osName = GoEnvParsers::parseOsReleasePrettyName(*os2);

    // The start-up files (read statically) and, concurrently, the environment a new terminal
    // really has: the login shell run as a new terminal would start it.
    step(QStringLiteral("shell"));
    f.shell = ShellProbe::collect(m_system, f.user, f.env);
    std::future<CommandResult> loginJob;
    if (!f.shell.loginShellPath.isEmpty()) {
        const SystemView &sys = m_system;
        const QStringList argv{f.shell.loginShellPath, QStringLiteral("-l"), QStringLiteral("-i"), QStringLiteral("-c"),
                               QStringLiteral("env")};
        const int timeout = m_timeouts.loginShellMs;
        loginJob = std::async(std::launch::async,
                              [&sys, argv, timeout] { return sys.run(argv, CommandKind::LoginShell, timeout); });
    }
    collectShellExtras(f);

    step(QStringLiteral("path"));
    collectPath(f);
    collectGoCandidates(f);
    if (cancelled())
        return f;

    // The go commands are the slow part: start them first and do the file probes meanwhile.
    std::future<CommandResult> envJob;
    std::future<CommandResult> versionJob;
    if (const GoCandidate *go = f.activeGo()) {
        const QString goPath = go->path;
        const SystemView &sys = m_system;
        const CommandTimeouts t = m_timeouts;
        envJob = std::async(std::launch::async, [&sys, goPath, t] {
            return sys.run({goPath, QStringLiteral("env"), QStringLiteral("-json")}, CommandKind::Go, t.goEnvMs);
        });
        versionJob = std::async(std::launch::async, [&sys, goPath, t] {
            return sys.run({goPath, QStringLiteral("version")}, CommandKind::Go, t.goVersionMs);
        });
    }

    step(QStringLiteral("goenv-file"));
    const QString guessedEnvFile = defaultEnvFilePath(f);
    collectEnvFile(f, guessedEnvFile);
    const QString goroot = f.env.value(QStringLiteral("GOROOT"));
    if (!goroot.isEmpty())
        f.envGoroot = inspectRoot(QDir::cleanPath(goroot));
    step(QStringLiteral("limits"));
    collectLimits(f);
    if (envJob.valid()) {
        step(QStringLiteral("go-env"));
        f.goEnvCmd = envJob.get();
        f.goVersionCmd = versionJob.get();
        if (!f.goEnvCmd.captured)
            f.goEnv.error = f.goEnvCmd.stderrText;
        else if (f.goEnvCmd.timedOut)
            f.goEnv.error = QCoreApplication::translate("FactsCollector", "`go env -json` did not answer within %1 s")
                                .arg(m_timeouts.goEnvMs / 1000.0);
        else if (f.goEnvCmd.exitCode != 0)
            f.goEnv.error = f.goEnvCmd.stderrText.trimmed();
        else
            f.goEnv = GoEnvParsers::parseJson(f.goEnvCmd.stdoutText.toUtf8());
        // `go env GOENV` is authoritative for where the file is (GOENV may move it).
        const QString reported = f.goEnv.vars.value(QStringLiteral("GOENV"));
        if (f.goEnv.ok && reported != guessedEnvFile) {
            f.envFile = {};
            if (reported != QLatin1String("off") && !reported.isEmpty())
                collectEnvFile(f, reported);
        }
    }

    // A `go` outside any Go tree (a copied binary) uses the GOROOT it was built with: `go env`
    // says which. With GOROOT set, go env only echoes it, so this applies when it is unset.
    if (f.active >= 0 && f.goEnv.ok && f.env.value(QStringLiteral("GOROOT")).isEmpty()) {
        GoCandidate &go = f.gos[f.active];
        const QString reported = QDir::cleanPath(f.goEnv.vars.value(QStringLiteral("GOROOT")));
        if (!go.root.hasPkgTool && !f.goEnv.vars.value(QStringLiteral("GOROOT")).isEmpty() && reported != go.root.path)
            go.root = inspectRoot(reported);
    }
    step(QStringLiteral("installs"));
    collectInstalls(f);

    // The active release: $GOROOT/VERSION where it exists (cheap, works in snapshots), else
    // `go version`.
    if (const GoCandidate *go = f.activeGo()) {
        if (go->root.version) {
            f.activeVersion = go->root.version;
            f.activeVersionSource = go->root.versionFile;
        } else if (f.goVersionCmd.succeeded()) {
            f.activeVersion = GoVersion::parse(f.goVersionCmd.stdoutText);
            if (f.activeVersion)
                f.activeVersionSource = f.goVersionCmd.commandLine();
        }
    }
    if (loginJob.valid()) {
        f.shell.loginShellCmd = loginJob.get();
        // An interactive shell without a terminal complains on stderr ("no job control"): that
        // is expected; what counts is that it ran and printed an environment.
        if (f.shell.loginShellCmd.captured && !f.shell.loginShellCmd.timedOut && f.shell.loginShellCmd.exitCode == 0)
            f.shell.loginShellEnv = GoEnvParsers::parseEnvOutput(f.shell.loginShellCmd.stdoutText);
    }
    collectGoBin(f);
    for (GoInstall &i : f.installs) {
        if (const GoCandidate *go = f.activeGo())
            i.active = go->root.exists && i.tree.realPath == go->root.realPath;
    }
    return f;
}

void FactsCollector::collectShellExtras(Facts &f) const
{
    // Which folders named by start-up PATH lines hold a go (the checks cannot look).
    QSet<QString> seen;
    for (const ShellAssignment &a : f.shell.allAssignments()) {
        for (const QString &folder : a.folders) {
            const QString clean = QDir::cleanPath(folder);
            if (!clean.startsWith(QLatin1Char('/')) || seen.contains(clean))
                continue;
            seen.insert(clean);
            if (m_system.stat(joinPath(clean, QStringLiteral("go"))).isFile)
                f.shell.foldersWithGo << clean;
        }
    }
    for (const QString &name : m_system.listDir(QStringLiteral("/snap/bin"))) {
        if (!name.startsWith(QLatin1Char('.')))
            f.snapApps << name;
    }
    // The shell probe already parsed /etc/environment.
    for (const StartupFile &file : std::as_const(f.shell.files)) {
        if (file.path != QLatin1String("/etc/environment"))
            continue;
        for (const ShellAssignment &a : file.assignments) {
            if (a.variable == QLatin1String("PATH"))
                f.etcEnvironmentPath = a.value;
        }
    }
}

void FactsCollector::collectGoBin(Facts &f) const
{
    const bool fromGo = f.goEnv.ok;
    auto setting = [&](const QString &name) { return fromGo ? f.goEnv.vars.value(name) : f.env.value(name); };
    QString home = f.env.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = f.user.home;
    f.gopath = setting(QStringLiteral("GOPATH"));
    if (f.gopath.isEmpty() && !fromGo && !home.isEmpty())
        f.gopath = joinPath(home, QStringLiteral("go")); // cmd/go's default
    f.gorootInUse = setting(QStringLiteral("GOROOT"));
    if (f.gorootInUse.isEmpty() && f.activeGo() && f.activeGo()->root.exists)
        f.gorootInUse = f.activeGo()->root.path;
    const QString gobin = setting(QStringLiteral("GOBIN"));
    if (!gobin.isEmpty()) {
        f.goBin.path = QDir::cleanPath(gobin);
        f.goBin.origin = QStringLiteral("GOBIN");
    } else if (!f.gopath.isEmpty()) {
        f.goBin.path = joinPath(f.gopath.split(QLatin1Char(':')).value(0), QStringLiteral("bin"));
        f.goBin.origin = QStringLiteral("GOPATH");
    }
    if (f.goBin.path.isEmpty())
        return;
    f.goBin.exists = m_system.stat(f.goBin.path).isDir;
    if (f.goBin.exists)
        f.goBin.programs = m_system.listDir(f.goBin.path).mid(0, 8);
}

void FactsCollector::collectPath(Facts &f) const
{
    f.path = PathParser::parse(f.env.value(QStringLiteral("PATH")));
    for (PathEntry &e : f.path) {
        const QString folder = PathParser::searchedFolder(e, m_system.cwd());
        const FileInfo info = m_system.stat(folder);
        e.exists = info.exists;
        e.isDir = info.isDir;
        if (e.kind == PathEntry::Kind::Tilde) {
            e.meant = PathParser::expandTilde(e.raw, f.user.home.isEmpty() ? f.env.value(QStringLiteral("HOME"))
                                                                           : f.user.home);
            if (e.meant != e.raw)
                e.meantHasGo = m_system.stat(joinPath(e.meant, QStringLiteral("go"))).isFile;
        }
    }
}

void FactsCollector::collectGoCandidates(Facts &f) const
{
    QMap<QString, int> byRealPath;
    QSet<QString> foldersSeen;
    for (const PathEntry &e : std::as_const(f.path)) {
        if (e.duplicateOf >= 0 || !e.isDir)
            continue; // the shell looks in a folder once; a missing one holds nothing
        const QString folder = PathParser::searchedFolder(e, m_system.cwd());
        // /bin and /usr/bin are one folder on a merged-/usr system: its `go` is one `go`.
        const QString physicalFolder = m_system.resolve(folder).finalPath;
        if (foldersSeen.contains(physicalFolder))
            continue;
        foldersSeen.insert(physicalFolder);
        const QString goPath = joinPath(folder, QStringLiteral("go"));
        const FileInfo link = m_system.lstat(goPath);
        if (!link.exists)
            continue;
        GoCandidate c;
        c.pathIndex = e.index;
        c.path = goPath;
        c.resolution = m_system.resolve(goPath);
        c.realPath = c.resolution.finalPath;
        c.usable = c.resolution.ok() && c.resolution.final.isFile && c.resolution.final.executable;
        if (c.resolution.ok()) {
            // /snap/bin/* all lead to /usr/bin/snap, so snaps are told apart by their link name.
            const QString identity = isSnapLauncher(c) ? c.path : c.realPath;
            const auto it = byRealPath.constFind(identity);
            if (it != byRealPath.constEnd())
                c.sameAs = it.value();
            else
                byRealPath.insert(identity, int(f.gos.size()));
            if (c.sameAs >= 0) {
                c.elf = f.gos.at(c.sameAs).elf;
                c.binary = f.gos.at(c.sameAs).binary;
                c.root = f.gos.at(c.sameAs).root;
            } else {
                c.root = rootOf(c);
                // 64 KiB is plenty for the ELF header. A snap's `go` is snapd's launcher: judge the
                // Go binary it runs.
                c.binary =
                    isSnapLauncher(c) && c.root.hasBinGo ? joinPath(c.root.path, QStringLiteral("bin/go")) : c.realPath;
                if (c.resolution.final.isFile) {
                    if (const auto head = m_system.readFile(c.binary, 64 * 1024))
                        c.elf = ElfProbe::parseHeader(*head);
                }
            }
        }
        if (c.usable && f.active < 0)
            f.active = int(f.gos.size());
        f.gos.append(c);
    }
}

bool FactsCollector::isSnapLauncher(const GoCandidate &c)
{
    return c.path.startsWith(QLatin1String("/snap/bin/")) && c.realPath.endsWith(QLatin1String("/snap"));
}

GoRootTree FactsCollector::rootOf(const GoCandidate &c) const
{
    // snapd runs /snap/<name>/current/bin/<name> for /snap/bin/<name>.
    if (isSnapLauncher(c))
        return inspectRoot(m_system.resolve(QStringLiteral("/snap/go/current")).finalPath);
    // cmd/go's findGOROOT: the folder two levels above the resolved executable when it holds
    // pkg/tool; three levels up for a tool in pkg/tool/GOOS_GOARCH. Otherwise Go falls back to the
    // GOROOT it was built with, which only `go env GOROOT` can tell (see collect()). The folder
    // above bin/ is still the best guess then: a half-extracted tree keeps its bin/go.
    const QString up2 = parentOf(parentOf(c.realPath));
    GoRootTree t = inspectRoot(up2);
    if (t.hasPkgTool)
        return t;
    const GoRootTree up3 = inspectRoot(parentOf(up2));
    if (up3.hasPkgTool)
        return up3;
    return parentOf(c.realPath).endsWith(QLatin1String("/bin")) ? t : GoRootTree{};
}

GoRootTree FactsCollector::inspectRoot(const QString &root) const
{
    GoRootTree t;
    t.path = root;
    const Resolution r = m_system.resolve(root);
    t.realPath = r.finalPath;
    t.exists = r.ok() && r.final.isDir;
    if (!t.exists)
        return t;
    const FileInfo binGo = m_system.stat(joinPath(root, QStringLiteral("bin/go")));
    t.hasBinGo = binGo.exists && binGo.isFile;
    t.hasSrc = m_system.stat(joinPath(root, QStringLiteral("src"))).isDir;
    t.hasPkgTool = m_system.stat(joinPath(root, QStringLiteral("pkg/tool"))).isDir;
    const QString versionFile = joinPath(root, QStringLiteral("VERSION"));
    if (const auto text = m_system.readFile(versionFile, 4096)) {
        // Line 1 is the release ("go1.22.3"); 1.21+ add "time ..." lines.
        t.version = GoVersion::parse(QString::fromUtf8(text->split('\n').value(0)));
        if (t.version)
            t.versionFile = versionFile;
    }
    return t;
}

QString FactsCollector::defaultEnvFilePath(const Facts &f) const
{
    // cmd/go: GOENV, else os.UserConfigDir()/go/env ($XDG_CONFIG_HOME or $HOME/.config).
    const QString goenv = f.env.value(QStringLiteral("GOENV"));
    if (!goenv.isEmpty())
        return goenv == QLatin1String("off") ? QString() : goenv;
    const QString xdg = f.env.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (xdg.startsWith(QLatin1Char('/')))
        return joinPath(xdg, QStringLiteral("go/env"));
    QString home = f.env.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = f.user.home;
    return home.isEmpty() ? QString() : joinPath(home, QStringLiteral(".config/go/env"));
}

void FactsCollector::collectEnvFile(Facts &f, const QString &path) const
{
    f.envFile.path = path;
    if (path.isEmpty())
        return;
    const auto text = m_system.readFile(path, 1024 * 1024);
    f.envFile.exists = text.has_value();
    if (text)
        f.envFile.settings = GoEnvParsers::parseEnvFile(*text);
}

void FactsCollector::collectInstalls(Facts &f) const
{
    QString home = f.user.home.isEmpty() ? f.env.value(QStringLiteral("HOME")) : f.user.home;
    QStringList roots;
    for (const GoCandidate &c : std::as_const(f.gos)) {
        if (c.root.exists)
            roots << c.root.path;
    }
    roots << QStringLiteral("/usr/local/go") << QStringLiteral("/opt/go") << QStringLiteral("/snap/go/current");
    auto addChildren = [&](const QString &dir, const QString &prefix, const QString &suffix) {
        for (const QString &name : m_system.listDir(dir)) {
            if (name.startsWith(prefix))
                roots << joinPath(joinPath(dir, name), suffix);
        }
    };
    addChildren(QStringLiteral("/usr/lib"), QStringLiteral("go-"), QString());
    if (!home.isEmpty()) {
        addChildren(joinPath(home, QStringLiteral("sdk")), QStringLiteral("go"), QString());
        addChildren(joinPath(home, QStringLiteral("go/pkg/mod/golang.org")), QStringLiteral("toolchain@"), QString());
        addChildren(joinPath(home, QStringLiteral(".gvm/gos")), QStringLiteral("go"), QString());
        addChildren(joinPath(home, QStringLiteral(".asdf/installs/golang")), QString(), QStringLiteral("go"));
        addChildren(joinPath(home, QStringLiteral(".goenv/versions")), QString(), QString());
        addChildren(joinPath(home, QStringLiteral(".local/share/mise/installs/go")), QString(), QString());
    }
    if (f.envGoroot && f.envGoroot->exists)
        roots << f.envGoroot->path;
    // A Go tree that a broken PATH entry meant ("~/go-sdk/go/bin") is an installation PATH misses.
    for (const PathEntry &e : std::as_const(f.path)) {
        if (e.meantHasGo && e.meant.endsWith(QLatin1String("/bin")))
            roots << parentOf(e.meant);
    }

    QSet<QString> seen;
    for (const QString &root : std::as_const(roots)) {
        const Resolution r = m_system.resolve(root);
        if (!r.ok() || !r.final.isDir || seen.contains(r.finalPath))
            continue;
        GoInstall install;
        // Report the folder as the user knows it, unless it is a link like /snap/go/current.
        install.tree = inspectRoot(root.endsWith(QLatin1String("/current")) ? r.finalPath : root);
        if (!install.tree.hasBinGo && !install.tree.version)
            continue; // not a Go tree (an empty /opt/go, a cache folder)
        seen.insert(r.finalPath);
        InstallSources::classify(install, home);
        InstallSources::refine(m_system, install);
        for (const GoCandidate &c : std::as_const(f.gos)) {
            if (c.root.exists && c.root.realPath == r.finalPath)
                install.onPath = true;
        }
        f.installs.append(install);
    }
}

void FactsCollector::collectLimits(Facts &f) const
{
    // systemd's files for the user's slice and manager, the container runtimes, and the rlimits
    // with the lines that may set them (pam_limits, `ulimit` in start-up files, DefaultLimit*=).
    f.cgroup = CgroupProbe::collect(m_system);
    f.systemd = SystemdProbe::collect(
        m_system, {f.user.uid, f.user.home.isEmpty() ? f.env.value(QStringLiteral("HOME")) : f.user.home,
                   f.env.value(QStringLiteral("XDG_CONFIG_HOME"))});
    f.containers = ContainerProbe::collect(m_system, f.systemd.booted, f.cgroup.layout == QLatin1String("v2"));
    f.rlimits = m_system.rlimits(false);
    f.rlimitsHard = m_system.rlimits(true);

    QStringList limitFiles{QStringLiteral("/etc/security/limits.conf")};
    // pam_limits reads limits.d/*.conf after limits.conf, in C-locale order (listDir sorts).
    for (const QString &name : m_system.listDir(QStringLiteral("/etc/security/limits.d"))) {
        if (name.endsWith(QLatin1String(".conf")))
            limitFiles << QStringLiteral("/etc/security/limits.d/") + name;
    }
    for (const QString &file : std::as_const(limitFiles)) {
        if (const auto text = m_system.readFile(file, 1024 * 1024))
            f.rlimitSources.lines << LimitsConf::parse(*text, file, f.user.name, f.user.uid);
    }
    for (const StartupFile &file : std::as_const(f.shell.files)) {
        if (!file.exists || file.path.endsWith(QLatin1String(".fish")))
            continue;
        if (const auto text = m_system.readFile(file.path, 1024 * 1024))
            f.rlimitSources.lines << LimitsConf::scanUlimit(*text, file.path);
    }
    static const QMap<QString, QString> systemdNames{{QStringLiteral("DefaultLimitAS"), QStringLiteral("as")},
                                                     {QStringLiteral("DefaultLimitNPROC"), QStringLiteral("nproc")},
                                                     {QStringLiteral("DefaultLimitNOFILE"), QStringLiteral("nofile")}};
    for (const SystemdSetting &s : std::as_const(f.systemd.settings)) {
        if (s.section != QLatin1String("Manager") || !systemdNames.contains(s.key) || s.value.isEmpty())
            continue;
        RlimitSource src;
        src.file = s.file;
        src.line = s.line;
        src.item = systemdNames.value(s.key);
        src.type = s.value.contains(QLatin1Char(':')) ? QStringLiteral("soft:hard") : QStringLiteral("both");
        src.value = s.value;
        src.origin = QStringLiteral("systemd");
        src.text = s.key + QLatin1Char('=') + s.value;
        f.rlimitSources.lines << src;
    }
}
