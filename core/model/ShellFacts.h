#pragma once

#include "system/SystemView.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// One line of a start-up file that sets PATH or a GO* variable, found without running it.
struct ShellAssignment {
    enum class Op {
        Set,     // PATH=/a:/b, set -gx GOPATH ~/go (replaces the value)
        Append,  // PATH=$PATH:/a, path+=(/a), fish_add_path --append /a
        Prepend, // PATH=/a:$PATH, path=(/a $path), fish_add_path /a (fish prepends by default)
        Unset,   // unset GOROOT, set -e GOROOT
    };
    QString file;     // absolute path of the start-up file
    int line = 0;     // 1-based; a continued line counts as the line it starts on
    QString variable; // PATH, GOROOT, GOPATH, GOBIN, GO111MODULE, ...
    Op op = Op::Set;
    QString value;       // the value as written, quotes removed ("$PATH:/usr/local/go/bin")
    QStringList folders; // for PATH: the folders this line adds, in order, $HOME and ~ expanded
    QString text;        // the line as written, trimmed, for evidence
    QString via;         // the file that sourced this one (`. ~/.bashrc` in ~/.profile), or empty
    // The value with $HOME, an unquoted ~ and variables set earlier in the same file expanded, and
    // "${VARIABLE}" where the old value goes ("${PATH}:/usr/local/go/bin"). Other references stay
    // as written ("$(go env GOPATH)/bin"). Empty for Unset.
    QString expanded;
    QString onlyFor;              // "bash" / "zsh": inside an `if [ -n "$BASH_VERSION" ]` / ZSH_VERSION test
    bool interactiveOnly = false; // runs only in an interactive shell (after ~/.bashrc's `case $- in
                                  // *i*) ;; *) return;; esac`, inside fish's `if status is-interactive`)
    // Inside `if [ -d DIR ]` / `[ -f FILE ] &&` / fish `if test -d DIR` with a path known statically:
    // the line runs only when that path exists (Ubuntu's ~/.profile adds ~/bin only if it exists).
    QString onlyIfExists;
    // Inside a test of its own variable (`[ -z "$GOPATH" ] && export GOPATH=...`, Debian's
    // zshenv `if [[ -z "$PATH" ...`, `case ":$PATH:" in *:/x:*) ;; *) PATH=/x:$PATH`, fish
    // `set -q GOPATH; or set -gx ...`): a default or an add-if-missing, not an override.
    bool testsItself = false;
};

// A `. FILE` or `source FILE` line whose FILE could be worked out without running anything.
struct ShellSource {
    int line = 0;
    QString path;    // expanded, absolute
    QString onlyFor; // "bash" / "zsh" inside an `if [ -n "$BASH_VERSION" ]` / ZSH_VERSION test, else empty
    bool interactiveOnly = false;
};

// The user's login shell and the start-up files each way of starting it reads.
enum class ShellKind { Bash, Zsh, Fish, Sh, Other };

struct StartupFile {
    QString path;
    bool exists = false;
    QList<ShellAssignment> assignments;
    QList<ShellSource> sources; // its `.`/`source` lines (followed one level)
    // Set when no shell reads this file by itself and it was reached only through a `.`/`source`
    // line of that file (~/.cargo/env from ~/.profile). Its assignments carry the same `via`.
    QString via;
    QStringList readBy;               // who reads it, directly or sourced: "bash", "zsh", "fish", "sh", "desktop"
    int nonInteractiveReturnLine = 0; // a `return` that stops non-interactive shells here (0: none)
    bool truncated = false;           // larger than the 1 MiB read: only the start was parsed
};

struct ShellFacts {
    ShellKind loginShell = ShellKind::Other;
    QString loginShellPath;
    // Files in the order each mode reads them (only those that exist, sourced ones included),
    // for the login shell: a login shell (a new terminal on most desktops is interactive
    // non-login for bash, login for zsh's .zprofile only when started as login...), an
    // interactive shell, and the desktop session (what an IDE started from the menu sees).
    QStringList loginFiles;
    QStringList interactiveFiles;
    QStringList desktopFiles;
    QList<StartupFile> files; // every start-up file looked at, for every shell
    // ~/.bash_profile or ~/.bash_login exists, so bash login shells skip ~/.profile.
    QString profileShadowedBy;

    // The environment a new terminal has: [LOGIN_SHELL, -l, -i, -c, env] run (live) or replayed.
    CommandResult loginShellCmd;
    std::optional<QMap<QString, QString>> loginShellEnv;
    // What a program started from the desktop menu sees, worked out from /etc/environment,
    // ~/.config/environment.d/*.conf and ~/.profile (the display manager reads it).
    QMap<QString, QString> desktopEnv;

    // Folders named by PATH lines of the start-up files that hold a `go` (filled by the
    // FactsCollector, which can look), cleaned.
    QStringList foldersWithGo;

    // Every assignment of every file, in file order.
    QList<ShellAssignment> allAssignments() const
    {
        QList<ShellAssignment> out;
        for (const StartupFile &f : files)
            out << f.assignments;
        return out;
    }
};
