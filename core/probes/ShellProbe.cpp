#include "ShellProbe.h"

#include <QDir>
#include <QSet>

#include <algorithm>
#include <optional>

namespace StartupPlan {
namespace {

QString inHome(const QString &home, const QString &relative)
{
    return home.isEmpty() ? QString() : QDir::cleanPath(home + QLatin1Char('/') + relative);
}

// Files ending in `suffix` in several folders, merged by name: the first folder that holds a
// name wins and names are read in sorted order (environment.d(5); fish: "if there are multiple
// files with the same name in these directories, only the first will be executed").
QStringList merged(const QStringList &dirs, const QString &suffix,
                   const std::function<QStringList(const QString &)> &listDir)
{
    if (!listDir)
        return {};
    QMap<QString, QString> byName;
    for (const QString &dir : dirs) {
        if (dir.isEmpty())
            continue;
        for (const QString &name : listDir(dir)) {
            if (name.endsWith(suffix) && name.size() > suffix.size() && !byName.contains(name))
                byName.insert(name, dir + QLatin1Char('/') + name);
        }
    }
    return byName.values();
}

bool isEnvironmentFile(const QString &file)
{
    return file == QLatin1String("/etc/environment") || file.contains(QLatin1String("/environment.d/")) ||
           file.endsWith(QLatin1String("/fish_variables"));
}

} // namespace

ShellKind kindOf(const QString &shellPath)
{
    QString base = shellPath.trimmed();
    base = base.mid(base.lastIndexOf(QLatin1Char('/')) + 1);
    if (base.startsWith(QLatin1Char('-'))) // argv[0] of a login shell
        base.remove(0, 1);
    if (base == QLatin1String("bash") || base == QLatin1String("rbash"))
        return ShellKind::Bash;
    if (base.startsWith(QLatin1String("zsh"))) // zsh, zsh5
        return ShellKind::Zsh;
    if (base == QLatin1String("fish"))
        return ShellKind::Fish;
    if (base == QLatin1String("sh") || base == QLatin1String("dash") || base == QLatin1String("ash") ||
        base == QLatin1String("posh"))
        return ShellKind::Sh;
    return ShellKind::Other;
}

Session sessionOf(const QMap<QString, QString> &env)
{
    const QString type = env.value(QStringLiteral("XDG_SESSION_TYPE")).toLower();
    if (type == QLatin1String("x11"))
        return Session::X11;
    if (type == QLatin1String("wayland"))
        return Session::Wayland;
    return Session::Unknown;
}

QStringList filesRead(ShellKind kind, Mode mode, const QString &home,
                      const std::function<bool(const QString &)> &exists,
                      const std::function<QStringList(const QString &)> &listDir, Session session)
{
    QStringList out;
    auto has = [&](const QString &p) { return !p.isEmpty() && (!exists || exists(p)); };
    auto add = [&](const QString &p) {
        if (has(p) && !out.contains(p))
            out << p;
    };
    auto profileD = [&] {
        for (const QString &p : merged({QStringLiteral("/etc/profile.d")}, QStringLiteral(".sh"), listDir))
            add(p);
    };
    auto bashLogin = [&] {
        add(QStringLiteral("/etc/profile"));
        profileD();
        for (const char *name : {".bash_profile", ".bash_login", ".profile"}) {
            const QString p = inHome(home, QLatin1String(name));
            if (has(p)) { // bash reads the first that exists and no other
                add(p);
                break;
            }
        }
    };
    auto shLogin = [&] {
        add(QStringLiteral("/etc/profile"));
        profileD();
        add(inHome(home, QStringLiteral(".profile")));
    };
    auto zsh = [&](bool login, bool interactive) {
        // Debian builds zsh with its global files in /etc/zsh. $ZDOTDIR is not followed.
        add(QStringLiteral("/etc/zsh/zshenv"));
        add(inHome(home, QStringLiteral(".zshenv")));
        if (login) {
            add(QStringLiteral("/etc/zsh/zprofile"));
            add(inHome(home, QStringLiteral(".zprofile")));
        }
        if (interactive) {
            add(QStringLiteral("/etc/zsh/zshrc"));
            add(inHome(home, QStringLiteral(".zshrc")));
        }
        if (login) {
            add(QStringLiteral("/etc/zsh/zlogin"));
            add(inHome(home, QStringLiteral(".zlogin")));
        }
    };
    auto fish = [&] {
        // Universal variables (fish_add_path's default fish_user_paths) are loaded first, then the
        // conf.d snippets, then /etc/fish/config.fish and ~/.config/fish/config.fish, so that
        // config.fish overrides snippets (fish-shell#3918).
        add(inHome(home, QStringLiteral(".config/fish/fish_variables")));
        for (const QString &p :
             merged({inHome(home, QStringLiteral(".config/fish/conf.d")), QStringLiteral("/etc/fish/conf.d"),
                     QStringLiteral("/usr/share/fish/vendor_conf.d")},
                    QStringLiteral(".fish"), listDir))
            add(p);
        add(QStringLiteral("/etc/fish/config.fish"));
        add(inHome(home, QStringLiteral(".config/fish/config.fish")));
    };

    switch (mode) {
    case Mode::Login:
        switch (kind) {
        case ShellKind::Bash: bashLogin(); break;
        case ShellKind::Zsh: zsh(true, true); break;
        case ShellKind::Fish: fish(); break;
        case ShellKind::Sh:
        case ShellKind::Other: shLogin(); break;
        }
        break;
    case Mode::Interactive:
        switch (kind) {
        case ShellKind::Bash:
            add(QStringLiteral("/etc/bash.bashrc"));
            add(inHome(home, QStringLiteral(".bashrc")));
            break;
        case ShellKind::Zsh: zsh(false, true); break;
        case ShellKind::Fish: fish(); break;
        case ShellKind::Sh:
        case ShellKind::Other: break; // dash reads only $ENV, which is not set by default
        }
        break;
    case Mode::Desktop:
        add(QStringLiteral("/etc/environment"));
        for (const QString &p :
             merged({inHome(home, QStringLiteral(".config/environment.d")), QStringLiteral("/etc/environment.d"),
                     QStringLiteral("/run/environment.d"), QStringLiteral("/usr/local/lib/environment.d"),
                     QStringLiteral("/usr/lib/environment.d")},
                    QStringLiteral(".conf"), listDir))
            add(p);
        if (session != Session::Wayland) { // X11: the Xsession script, run by /bin/sh
            shLogin();
            add(QStringLiteral("/etc/xprofile"));
            add(inHome(home, QStringLiteral(".xprofile")));
            add(inHome(home, QStringLiteral(".xsessionrc"))); // Debian's Xsession.d/40x11-common_xsessionrc
        }
        if (session != Session::X11) {
            switch (kind) { // Wayland: the login shell, non-interactive
            case ShellKind::Bash: bashLogin(); break;
            case ShellKind::Zsh: zsh(true, false); break;
            case ShellKind::Fish: fish(); break;
            case ShellKind::Sh:
            case ShellKind::Other: shLogin(); break;
            }
        }
        break;
    }
    return out;
}

QString interpreterOf(ShellKind kind, Mode mode, const QString &file, const QString &home, Session session)
{
    if (isEnvironmentFile(file))
        return {};
    if (mode == Mode::Desktop && session != Session::Wayland &&
        (file == QLatin1String("/etc/profile") || file.startsWith(QLatin1String("/etc/profile.d/")) ||
         file == inHome(home, QStringLiteral(".profile")) || file == QLatin1String("/etc/xprofile") ||
         file == inHome(home, QStringLiteral(".xprofile")) || file == inHome(home, QStringLiteral(".xsessionrc"))))
        return QStringLiteral("sh");
    switch (kind) {
    case ShellKind::Bash: return QStringLiteral("bash");
    case ShellKind::Zsh: return QStringLiteral("zsh");
    case ShellKind::Fish: return QStringLiteral("fish");
    case ShellKind::Sh: return QStringLiteral("sh");
    case ShellKind::Other: break;
    }
    return {};
}

} // namespace StartupPlan

namespace ShellProbe {
namespace {

using StartupPlan::Mode;

constexpr qint64 kMaxBytes = 1024 * 1024;

struct PasswdEntry {
    QString home;
    QString shell;
};

// /etc/passwd: name:password:uid:gid:gecos:home:shell (passwd(5)).
std::optional<PasswdEntry> passwdEntry(const SystemView &system, const UserInfo &user)
{
    const auto text = system.readFile(QStringLiteral("/etc/passwd"), kMaxBytes);
    if (!text)
        return std::nullopt;
    std::optional<PasswdEntry> byUid;
    for (const QByteArray &raw : text->split('\n')) {
        const QStringList fields = QString::fromUtf8(raw).trimmed().split(QLatin1Char(':'));
        if (fields.size() < 7)
            continue;
        if (!user.name.isEmpty() && fields.at(0) == user.name)
            return PasswdEntry{fields.at(5), fields.at(6)};
        bool ok = false;
        const qint64 uid = fields.at(2).toLongLong(&ok);
        if (ok && user.uid >= 0 && uid == user.uid && !byUid)
            byUid = PasswdEntry{fields.at(5), fields.at(6)};
    }
    return byUid;
}

bool applies(const QString &onlyFor, bool interactiveOnly, const QString &interpreter, Mode mode)
{
    if (!onlyFor.isEmpty() && onlyFor != interpreter)
        return false;
    return !(interactiveOnly && mode == Mode::Desktop);
}

// A file that stops non-interactive shells before it does anything (Ubuntu's ~/.bashrc).
bool silentWhenNonInteractive(const StartupFile &f)
{
    if (f.nonInteractiveReturnLine <= 0)
        return false;
    for (const ShellAssignment &a : f.assignments)
        if (!a.interactiveOnly)
            return false;
    for (const ShellSource &s : f.sources)
        if (!s.interactiveOnly)
            return false;
    return true;
}

class Collector {
public:
    Collector(const SystemView &system, const QString &home, StartupPlan::Session session)
        : m_system(system), m_home(home), m_session(session)
    {
    }

    bool exists(const QString &path) const
    {
        const auto it = m_exists.constFind(path);
        if (it != m_exists.constEnd())
            return it.value();
        const bool is = path.startsWith(QLatin1Char('/')) && m_system.stat(path).isFile;
        m_exists.insert(path, is);
        return is;
    }
    QStringList list(const QString &dir) const
    {
        const auto it = m_lists.constFind(dir);
        if (it != m_lists.constEnd())
            return it.value();
        const QStringList names = m_system.listDir(dir);
        m_lists.insert(dir, names);
        return names;
    }
    std::function<bool(const QString &)> existsFn() const
    {
        return [this](const QString &p) { return exists(p); };
    }
    std::function<QStringList(const QString &)> listFn() const
    {
        return [this](const QString &d) { return list(d); };
    }

    QStringList plan(ShellKind kind, Mode mode) const
    {
        return StartupPlan::filesRead(kind, mode, m_home, existsFn(), listFn(), m_session);
    }

    // Each file is read once per scan, however many plans and evaluations need it.
    std::optional<QByteArray> read(const QString &path) const
    {
        const auto it = m_bytes.constFind(path);
        if (it != m_bytes.constEnd())
            return it.value();
        const auto bytes = m_system.readFile(path, kMaxBytes);
        m_bytes.insert(path, bytes);
        return bytes;
    }

    StartupFile load(const QString &path, ShellSyntax::Dialect dialect, const QString &via) const
    {
        StartupFile f;
        f.path = path;
        f.via = via;
        f.exists = exists(path);
        if (!f.exists)
            return f;
        f.truncated = m_system.stat(path).size > kMaxBytes;
        const auto bytes = read(path);
        if (!bytes)
            return f;
        ShellSyntax::Parsed p = ShellSyntax::parse(*bytes, dialect, path, m_home);
        for (ShellAssignment &a : p.assignments)
            a.via = via;
        f.assignments = p.assignments;
        f.sources = p.sources;
        f.nonInteractiveReturnLine = p.nonInteractiveReturnLine;
        return f;
    }

    // Every start-up file of every shell, each followed by the files it sources (one level).
    QList<StartupFile> loadAll()
    {
        QStringList direct;
        for (ShellKind kind : {ShellKind::Bash, ShellKind::Zsh, ShellKind::Fish, ShellKind::Sh})
            for (Mode mode : {Mode::Login, Mode::Interactive, Mode::Desktop})
                for (const QString &p : plan(kind, mode))
                    if (!direct.contains(p))
                        direct << p;
        QMap<QString, StartupFile> loaded;
        for (const QString &p : direct)
            loaded.insert(p, load(p, dialectOf(p), QString()));
        QList<StartupFile> out;
        QSet<QString> seen(direct.cbegin(), direct.cend());
        for (const QString &p : direct) {
            const StartupFile &f = loaded[p];
            out << f;
            for (const ShellSource &s : f.sources) {
                if (seen.contains(s.path))
                    continue;
                seen.insert(s.path);
                out << load(s.path, dialectOf(p), p);
            }
        }
        for (int i = 0; i < out.size(); ++i)
            m_index.insert(out.at(i).path, i);
        m_files = out;
        return out;
    }

    const StartupFile *file(const QString &path) const
    {
        const auto it = m_index.constFind(path);
        return it == m_index.constEnd() ? nullptr : &m_files.at(it.value());
    }

    // The files `kind` reads in `mode`, with the files they source right after them.
    QStringList expanded(ShellKind kind, Mode mode) const
    {
        QStringList out;
        for (const QString &p : plan(kind, mode)) {
            const StartupFile *f = file(p);
            if (!f || (mode == Mode::Desktop && silentWhenNonInteractive(*f)))
                continue;
            if (!out.contains(p))
                out << p;
            const QString interpreter = StartupPlan::interpreterOf(kind, mode, p, m_home, m_session);
            for (const ShellSource &s : f->sources) {
                if (!applies(s.onlyFor, s.interactiveOnly, interpreter, mode))
                    continue;
                const StartupFile *t = file(s.path);
                if (!t || !t->exists || (mode == Mode::Desktop && silentWhenNonInteractive(*t)))
                    continue;
                if (!out.contains(s.path))
                    out << s.path;
            }
        }
        return out;
    }

    // The desktop session's environment, statically: /etc/environment, then the desktop files'
    // PATH and GO* lines in reading order, a sourced file's lines at the line that sources it.
    QMap<QString, QString> desktopEnvironment(ShellKind kind) const
    {
        QMap<QString, QString> env;
        if (exists(QStringLiteral("/etc/environment")))
            if (const auto bytes = read(QStringLiteral("/etc/environment")))
                env = ShellSyntax::readEtcEnvironment(*bytes);
        if (!env.contains(QStringLiteral("PATH")))
            env.insert(QStringLiteral("PATH"), defaultDesktopPath());
        for (const QString &p : plan(kind, Mode::Desktop)) {
            if (p == QLatin1String("/etc/environment"))
                continue;
            if (const StartupFile *f = file(p))
                apply(env, *f, StartupPlan::interpreterOf(kind, Mode::Desktop, p, m_home, m_session), true);
        }
        return env;
    }

private:
    void apply(QMap<QString, QString> &env, const StartupFile &f, const QString &interpreter, bool follow) const
    {
        struct Step {
            int line;
            const ShellAssignment *assignment;
            const ShellSource *source;
        };
        QList<Step> steps;
        for (const ShellAssignment &a : f.assignments)
            if (applies(a.onlyFor, a.interactiveOnly, interpreter, Mode::Desktop) &&
                (a.onlyIfExists.isEmpty() || m_system.stat(a.onlyIfExists).exists))
                steps << Step{a.line, &a, nullptr};
        if (follow)
            for (const ShellSource &s : f.sources)
                if (applies(s.onlyFor, s.interactiveOnly, interpreter, Mode::Desktop))
                    steps << Step{s.line, nullptr, &s};
        // A source on the same line as an assignment (`[ -f x ] && . x; export PATH=...`) first.
        std::stable_sort(steps.begin(), steps.end(), [](const Step &a, const Step &b) {
            return a.line != b.line ? a.line < b.line : (a.source && !b.source);
        });
        for (const Step &step : steps) {
            if (step.source) {
                if (const StartupFile *t = file(step.source->path); t && t->exists)
                    apply(env, *t, interpreter, false);
                continue;
            }
            const ShellAssignment &a = *step.assignment;
            if (a.op == ShellAssignment::Op::Unset) {
                env.remove(a.variable);
                continue;
            }
            const QString old = env.value(a.variable);
            if (a.testsItself && a.op == ShellAssignment::Op::Set && !old.isEmpty())
                continue; // a default (`[ -z "$PATH" ] && PATH=...`): the variable has a value
            if (a.testsItself && a.variable == QLatin1String("PATH") && !a.folders.isEmpty()) {
                QStringList have; // add-if-missing (`case ":$PATH:" in *:/x:*)`): already there?
                for (const QString &e : old.split(QLatin1Char(':')))
                    have << QDir::cleanPath(e);
                if (std::all_of(a.folders.cbegin(), a.folders.cend(),
                                [&](const QString &d) { return have.contains(QDir::cleanPath(d)); }))
                    continue;
            }
            QMap<QString, QString> scope = env;
            scope.insert(a.variable, env.value(a.variable)); // "${PATH}": the old value, empty when unset
            env.insert(a.variable, ShellSyntax::substitute(a.expanded, scope));
        }
    }

    const SystemView &m_system;
    const QString m_home;
    const StartupPlan::Session m_session;
    mutable QMap<QString, std::optional<QByteArray>> m_bytes; // read() cache
    mutable QMap<QString, bool> m_exists;
    mutable QMap<QString, QStringList> m_lists;
    QList<StartupFile> m_files;
    QMap<QString, int> m_index;
};

} // namespace

QString defaultDesktopPath()
{
    return QStringLiteral("/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games");
}

ShellSyntax::Dialect dialectOf(const QString &path)
{
    using ShellSyntax::Dialect;
    if (path == QLatin1String("/etc/environment"))
        return Dialect::EtcEnvironment;
    const QString name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    if (path.contains(QLatin1String("/environment.d/")) && name.endsWith(QLatin1String(".conf")))
        return Dialect::EnvironmentD;
    if (name == QLatin1String("fish_variables"))
        return Dialect::FishVariables;
    if (name.endsWith(QLatin1String(".fish")))
        return Dialect::Fish;
    if (path.startsWith(QLatin1String("/etc/zsh/")) || name == QLatin1String(".zshenv") ||
        name == QLatin1String(".zprofile") || name == QLatin1String(".zshrc") || name == QLatin1String(".zlogin") ||
        name.endsWith(QLatin1String(".zsh")))
        return Dialect::Zsh;
    return Dialect::Posix;
}

ShellFacts collect(const SystemView &system, const UserInfo &userIn, const QMap<QString, QString> &env)
{
    UserInfo user = userIn;
    if (user.loginShell.isEmpty() || user.home.isEmpty()) {
        if (const auto entry = passwdEntry(system, user)) {
            if (user.loginShell.isEmpty())
                user.loginShell = entry->shell;
            if (user.home.isEmpty())
                user.home = entry->home;
        }
    }
    if (user.home.isEmpty())
        user.home = env.value(QStringLiteral("HOME"));
    if (user.loginShell.isEmpty())
        user.loginShell = env.value(QStringLiteral("SHELL"));
    const QString home = user.home.isEmpty() ? QString() : QDir::cleanPath(user.home);

    ShellFacts facts;
    facts.loginShellPath = user.loginShell;
    facts.loginShell = StartupPlan::kindOf(user.loginShell);

    Collector c(system, home, StartupPlan::sessionOf(env));
    QList<StartupFile> files = c.loadAll();

    facts.loginFiles = c.expanded(facts.loginShell, Mode::Login);
    facts.interactiveFiles = c.expanded(facts.loginShell, Mode::Interactive);
    facts.desktopFiles = c.expanded(facts.loginShell, Mode::Desktop);

    QMap<QString, QStringList> readBy;
    const QList<QPair<ShellKind, QString>> shells{{ShellKind::Bash, QStringLiteral("bash")},
                                                  {ShellKind::Zsh, QStringLiteral("zsh")},
                                                  {ShellKind::Fish, QStringLiteral("fish")},
                                                  {ShellKind::Sh, QStringLiteral("sh")}};
    for (const auto &shell : shells)
        for (Mode mode : {Mode::Login, Mode::Interactive})
            for (const QString &p : c.expanded(shell.first, mode))
                if (!readBy[p].contains(shell.second))
                    readBy[p] << shell.second;
    for (const QString &p : facts.desktopFiles)
        readBy[p] << QStringLiteral("desktop");
    for (StartupFile &f : files)
        f.readBy = readBy.value(f.path);
    facts.files = files;

    // bash reads the first of ~/.bash_profile, ~/.bash_login, ~/.profile (bash(1) INVOCATION).
    const QString profile = home.isEmpty() ? QString() : home + QStringLiteral("/.profile");
    if (!home.isEmpty() && c.exists(profile)) {
        for (const char *name : {"/.bash_profile", "/.bash_login"}) {
            const QString p = home + QLatin1String(name);
            if (!c.exists(p))
                continue;
            const StartupFile *f = c.file(p);
            const bool readsProfile =
                f && std::any_of(f->sources.cbegin(), f->sources.cend(), [&](const ShellSource &s) {
                    return s.path == profile && s.onlyFor != QLatin1String("zsh");
                });
            if (!readsProfile)
                facts.profileShadowedBy = p;
            break;
        }
    }

    facts.desktopEnv = c.desktopEnvironment(facts.loginShell);
    return facts;
}

} // namespace ShellProbe
