#pragma once

#include <QList>
#include <QString>

struct Facts;

// Where PATH changes go for the user's login shell and desktop session, and the line each kind
// of file needs. The script puts these lines in a marked block (`# >>> go-env-doctor >>>`), one
// section per fix, replaced on every run.
namespace StartupBlock {
enum class Dialect { Sh, Fish, EnvironmentD };
enum class Place { First, Last };

struct Target {
    QString path;
    Dialect dialect = Dialect::Sh;
};

// bash: ~/.profile, or ~/.bash_profile / ~/.bash_login when one of them hides it; zsh:
// ~/.zprofile; fish: ~/.config/fish/conf.d/go-env-doctor.fish. For zsh and fish also ~/.profile,
// which the desktop session reads with sh. With `desktop`, also
// ~/.config/environment.d/50-go-env-doctor.conf (systemd's user manager hands it to the session).
QList<Target> targets(const Facts &facts, bool desktop);

// The lines that put `folder` first (moving it there if it is further back) or last (only when
// missing) on PATH, in the file's own language. A folder inside `home` is written with $HOME.
// Empty when the dialect cannot hold the folder safely (environment.d with a quote or space).
QString pathLine(Dialect dialect, const QString &folder, Place place, const QString &home);
QString dialectName(Dialect dialect); // "sh", "fish", "environment.d": the script's ged_path_line takes these
} // namespace StartupBlock
