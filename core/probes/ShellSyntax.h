#pragma once

#include "model/ShellFacts.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

// A static reader of shell start-up files: finds every line that sets PATH or a GO* variable and
// every file it sources, without running anything. Pure: text in, structs out.
//
// What it understands (bash(1) "INVOCATION", zshall(1) "STARTUP/SHUTDOWN FILES", fish's
// "Configuration files" docs, environment.d(5), pam_env.conf(5)):
// - POSIX sh/bash/zsh: `export PATH=...`, `PATH=...; export PATH`, `PATH=... export PATH`,
//   `declare -x`, `typeset -x`, `readonly`, `PATH+=...`, `unset`, `export -n`, zsh `path+=(...)`,
//   `path=(... $path)`; single, double and $'...' quotes, backslash-newline continuations, comments
//   (`#` at the start of a word, outside quotes), here-doc bodies skipped (`<<EOF`, `<<-EOF`,
//   quoted delimiters), `case` patterns, `if`/`elif`/`else`, functions, `&&` chains.
// - fish: `set -gx`, `set -x`, `set -a/-p`, `set -e`, `set -U fish_user_paths`, `fish_add_path`
//   with its options, `and`/`or`/`not` prefixes, `if status is-interactive`.
// - environment.d: KEY=VALUE with $VAR/${VAR} (and ${VAR:-x}/${VAR:+x}) expansion only.
// - /etc/environment (pam_env): KEY=VALUE, optional `export`, quotes removed, nothing expanded.
// - fish's universal variables file (fish_variables): SETUVAR fish_user_paths and exported GO*.
//
// Values: $HOME/${HOME} and an unquoted leading ~ (and, in assignments, ~ after an unquoted `:`,
// as POSIX says) expand to `home`; a quoted ~ stays literal ("~/go/bin"), so a check can flag it.
// A reference to the variable itself ($PATH, ${PATH}, ${PATH:+:$PATH}, zsh $path) marks where the
// old value goes: PATH=$PATH:/a is Append, PATH=/a:$PATH Prepend, no reference Set. With the old
// value in the middle (PATH=/a:$PATH:/b) the line is recorded as Prepend with folders [/a, /b]:
// the line's purpose is nearly always to put /a first, and listing /b keeps it attributable.
// Variables assigned earlier in the same file (GO* and any other plain VAR=value, in file order,
// branches included) are substituted: `GOROOT=/usr/local/go` then `$GOROOT/bin` gives
// /usr/local/go/bin. Anything else ($(...), unknown variables) stays as written.
// `folders` (PATH only) lists the non-empty entries the line adds, in order.
// Lines inside `if`/`case`/functions count (it is a static read), with the conditions a static
// read can know recorded on them: `onlyFor` inside a BASH_VERSION/ZSH_VERSION test (sources too),
// `interactiveOnly` behind a `$-`/PS1 test or after a non-interactive `return`, `onlyIfExists`
// inside `[ -d DIR ]`/`[ -f FILE ] &&`, `testsItself` inside a test of the variable assigned.
namespace ShellSyntax {

enum class Dialect {
    Posix,          // sh, dash, bash: ~/.profile, ~/.bashrc, /etc/profile, /etc/profile.d/*.sh
    Zsh,            // as Posix, plus the `path` array tied to PATH
    Fish,           // ~/.config/fish/config.fish, conf.d/*.fish
    EnvironmentD,   // ~/.config/environment.d/*.conf: KEY=VALUE, ${VAR}/$VAR expansion only
    EtcEnvironment, // /etc/environment as pam_env reads it: KEY=VALUE, no expansion
    FishVariables,  // ~/.config/fish/fish_variables (fish's universal variables)
};

using Source = ShellSource; // { int line; QString path; QString onlyFor; bool interactiveOnly; }

struct Parsed {
    QList<ShellAssignment> assignments;
    QList<Source> sources;
    // A `return` that runs only when the shell is not interactive (Debian's `case $- in *i*) ;;
    // *) return;; esac` at the top of ~/.bashrc, `[ -z "$PS1" ] && return`, fish's
    // `status is-interactive; or exit`): a non-interactive shell stops reading there. 0: none.
    // Assignments and sources after it are marked interactiveOnly.
    int nonInteractiveReturnLine = 0;
};

Parsed parse(const QByteArray &text, Dialect dialect, const QString &file, const QString &home);

// PATH, or a variable starting with GO (GOROOT, GOPATH, GOBIN, GOFLAGS, GO111MODULE, ...).
bool isTracked(const QString &variable);

// /etc/environment as pam_env reads it: every KEY=VALUE, quotes removed, nothing expanded.
QMap<QString, QString> readEtcEnvironment(const QByteArray &text);

// Replaces $NAME and ${NAME} (no modifiers) by env's value when env has NAME; leaves others.
QString substitute(const QString &value, const QMap<QString, QString> &env);

} // namespace ShellSyntax
