#pragma once

#include "ShellSyntax.h"
#include "model/ShellFacts.h"
#include "system/SystemView.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

// Which start-up files a shell reads, in which order (bash(1) "INVOCATION", zshall(1)
// "STARTUP/SHUTDOWN FILES" with Debian's /etc/zsh, fish's "Configuration files", environment.d(5)).
// Pure: the caller says which files exist and lists folders.
namespace StartupPlan {

enum class Mode {
    // A login shell as a new console/ssh session or `SHELL -l -i` starts it (interactive).
    // bash: /etc/profile (+ /etc/profile.d/*.sh, which Debian's /etc/profile sources), then the
    // first existing of ~/.bash_profile, ~/.bash_login, ~/.profile (~/.bashrc only when sourced).
    // zsh: zshenv, zprofile, zshrc, zlogin (/etc/zsh then ~ for each). sh/dash: /etc/profile,
    // ~/.profile.
    Login,
    // An interactive non-login shell (a new terminal tab on GNOME/KDE for bash): bash reads
    // /etc/bash.bashrc and ~/.bashrc; zsh zshenv and zshrc; sh reads nothing of its own.
    Interactive,
    // The desktop session, what an IDE started from the menu sees. In the order the values apply:
    // /etc/environment (pam_env); environment.d/*.conf (the systemd user manager's environment,
    // which GDM imports as the session's base, so /etc/profile comes after it: Debian's resets
    // PATH, systemd issue #6414); then, by session type:
    // - X11: the display manager's Xsession script (GDM's /etc/gdm3/Xsession, LightDM's session
    //   wrapper) sources /etc/profile (with /etc/profile.d/*.sh), ~/.profile, /etc/xprofile,
    //   ~/.xprofile and (Debian) ~/.xsessionrc with /bin/sh, so $BASH_VERSION is unset and
    //   Ubuntu's ~/.profile does not read ~/.bashrc;
    // - Wayland: GDM skips Xsession (gdm_session_bypasses_xsession), and gnome-session's wrapper
    //   re-executes itself through the login shell, `exec -l "$SHELL" -c` (gnome-session commit
    //   7e307f8d; SDDM's wayland-session does the same): the login shell's login files, read
    //   non-interactively: bash /etc/profile + the first of ~/.bash_profile, ~/.bash_login,
    //   ~/.profile; zsh zshenv, zprofile, zlogin (not zshrc, not ~/.profile); fish its config;
    // - unknown (a tty or ssh session, no XDG_SESSION_TYPE): the union of both, X11's first.
    Desktop,
};

// The kind of graphical session, from XDG_SESSION_TYPE.
enum class Session { Unknown, X11, Wayland };
Session sessionOf(const QMap<QString, QString> &env);

ShellKind kindOf(const QString &shellPath); // bash, zsh, fish; sh/dash/ash → Sh; else Other

// The files `kind` reads in `mode`, those `exists` accepts, in reading order. Globbed folders
// (/etc/profile.d/*.sh, environment.d/*.conf, fish conf.d/*.fish) are listed with `listDir`
// (names; none when it is not given). Files reached through `.`/`source` are not included:
// ShellProbe adds them.
// `session` matters for Desktop only.
QStringList filesRead(ShellKind kind, Mode mode, const QString &home,
                      const std::function<bool(const QString &)> &exists,
                      const std::function<QStringList(const QString &)> &listDir = {},
                      Session session = Session::Unknown);

// Who runs `file` in `mode`, as $BASH_VERSION/$ZSH_VERSION tests see it: "bash", "zsh", "fish",
// "sh", or empty (environment files, an unknown shell). On the desktop /etc/profile,
// /etc/profile.d and ~/.profile are run by /bin/sh, except on Wayland (by the login shell).
QString interpreterOf(ShellKind kind, Mode mode, const QString &file, const QString &home,
                      Session session = Session::Unknown);

} // namespace StartupPlan

namespace ShellProbe {

// Reads every start-up file of every shell (a PATH line may sit in a file of a shell the user
// does not use: shell.rc-mismatch), parses each with its dialect, follows `.`/`source` one level,
// and works out the files of each mode for the login shell and the desktop session's PATH and
// GO* values. The login shell comes from user.loginShell, else the user's line of /etc/passwd (by
// name, else uid), else env's SHELL; the session type from env's XDG_SESSION_TYPE. Nothing is
// run: loginShellCmd/loginShellEnv stay empty. Files are read up to 1 MiB each.
ShellFacts collect(const SystemView &system, const UserInfo &user, const QMap<QString, QString> &env);

// The dialect a start-up file is written in, from its path.
ShellSyntax::Dialect dialectOf(const QString &path);

// The desktop PATH when /etc/environment sets none (Debian's login default).
QString defaultDesktopPath();

} // namespace ShellProbe
