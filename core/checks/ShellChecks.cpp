#include "ShellChecks.h"

#include <QDir>

using namespace CheckKit;

namespace {
const QString kRcMismatch = QStringLiteral("shell.rc-mismatch");
const QString kNotLoaded = QStringLiteral("shell.not-loaded");
const QString kGuiSession = QStringLiteral("shell.gui-session");
const QString kProfileShadowed = QStringLiteral("shell.profile-shadowed");

bool isGoFolder(const Facts &f, const QString &folder)
{
    const QString clean = QDir::cleanPath(folder);
    if (f.shell.foldersWithGo.contains(clean))
        return true;
    // Named like a Go toolchain's or Go tools' folder even where it does not exist yet.
    return clean.endsWith(QLatin1String("/go/bin")) || clean.contains(QLatin1String("/.asdf/shims")) ||
           clean.contains(QLatin1String("/.gvm/")) || clean.contains(QLatin1String("/.goenv/")) ||
           (!f.goBin.path.isEmpty() && clean == f.goBin.path);
}

QList<ShellAssignment> goSetup(const Facts &f)
{
    QList<ShellAssignment> out;
    for (const ShellAssignment &a : f.shell.allAssignments()) {
        if (ShellChecks::setsUpGo(f, a))
            out << a;
    }
    return out;
}

QList<ShellAssignment> readBy(const QList<ShellAssignment> &lines, const QStringList &files)
{
    QList<ShellAssignment> out;
    for (const ShellAssignment &a : lines) {
        if (files.contains(a.file))
            out << a;
    }
    return out;
}

// What the desktop session really gets: lines of the files it reads, except those only an
// interactive shell runs (after Ubuntu's `case $- in *i*` return, inside fish's
// `if status is-interactive`).
QList<ShellAssignment> seenByDesktop(const Facts &f, const QList<ShellAssignment> &lines)
{
    QList<ShellAssignment> out;
    for (const ShellAssignment &a : readBy(lines, f.shell.desktopFiles)) {
        if (!a.interactiveOnly)
            out << a;
    }
    return out;
}

QList<Evidence> lineEvidence(const QList<ShellAssignment> &lines)
{
    QList<Evidence> out;
    for (const ShellAssignment &a : lines)
        out << Evidence::file(a.file, a.line, a.text);
    return out;
}

QStringList fileNames(const QList<ShellAssignment> &lines)
{
    QStringList out;
    for (const ShellAssignment &a : lines) {
        if (!out.contains(a.file))
            out << a.file;
    }
    return out;
}

// Where Go's set-up belongs for this shell, so that terminals and the desktop both see it.
QString homeFile(const Facts &f)
{
    const QString home = f.user.home.isEmpty() ? QStringLiteral("~") : f.user.home;
    return f.shell.loginShell == ShellKind::Zsh ? home + QStringLiteral("/.zprofile")
                                                : home + QStringLiteral("/.profile");
}

bool guiSessionFires(const Facts &f)
{
    const QList<ShellAssignment> lines = goSetup(f);
    return !lines.isEmpty() && seenByDesktop(f, lines).isEmpty() && !readBy(lines, f.shell.interactiveFiles).isEmpty();
}
} // namespace

QString ShellChecks::shellName(ShellKind kind)
{
    switch (kind) {
    case ShellKind::Bash: return QStringLiteral("bash");
    case ShellKind::Zsh: return QStringLiteral("zsh");
    case ShellKind::Fish: return QStringLiteral("fish");
    case ShellKind::Sh: return QStringLiteral("sh");
    case ShellKind::Other: break;
    }
    return tr("an unknown shell");
}

bool ShellChecks::setsUpGo(const Facts &f, const ShellAssignment &a)
{
    if (a.variable.startsWith(QLatin1String("GO")))
        return true;
    if (a.variable != QLatin1String("PATH"))
        return false;
    for (const QString &folder : a.folders) {
        if (isGoFolder(f, folder))
            return true;
    }
    return false;
}

QList<Check> ShellChecks::all()
{
    return {
        {kRcMismatch, &ShellChecks::rcMismatch},
        {kNotLoaded, &ShellChecks::notLoaded},
        {kGuiSession, &ShellChecks::guiSession},
        {kProfileShadowed, &ShellChecks::profileShadowed},
    };
}

QList<CheckResult> ShellChecks::rcMismatch(const Facts &f)
{
    if (f.shell.loginShell == ShellKind::Other)
        return {make(kRcMismatch, Severity::Skipped, tr("Start-up files not compared"),
                     tr("The login shell (%1) is not one the doctor knows (bash, zsh, fish, sh).")
                         .arg(f.shell.loginShellPath.isEmpty() ? tr("unknown") : f.shell.loginShellPath))};
    const QList<ShellAssignment> lines = goSetup(f);
    if (lines.isEmpty())
        return {make(kRcMismatch, Severity::Ok, tr("No Go lines in start-up files"),
                     tr("None of your start-up files sets Go up; nothing can be in the wrong one."))};
    QStringList read = f.shell.loginFiles + f.shell.interactiveFiles + f.shell.desktopFiles;
    if (!readBy(lines, read).isEmpty())
        return {make(
            kRcMismatch, Severity::Ok, tr("Go is set up where your shell looks"),
            tr("Your login shell, %1, reads a start-up file that sets Go up.").arg(shellName(f.shell.loginShell)))};
    CheckResult r = make(kRcMismatch, Severity::Warning, tr("Go is set up for another shell"),
                         tr("Your login shell is %1, but Go is set up only in %2, which %1 never reads. Each shell "
                            "reads its own files: bash reads ~/.bashrc and ~/.profile, zsh reads ~/.zshrc and "
                            "~/.zprofile, fish reads ~/.config/fish/config.fish. So a new terminal does not have "
                            "these settings.")
                             .arg(shellName(f.shell.loginShell), fileNames(lines).join(QStringLiteral(", "))));
    r.evidence << lineEvidence(lines);
    r.howToFix = tr("Put the same lines in %1 (read by your login shell and by the desktop session), then log out "
                    "and in again.")
                     .arg(homeFile(f));
    r.fixes << QStringLiteral("fix.path-go-first");
    return {r};
}

QList<CheckResult> ShellChecks::notLoaded(const Facts &f)
{
    if (!f.shell.loginShellEnv) {
        const CommandResult &c = f.shell.loginShellCmd;
        CheckResult r =
            make(kNotLoaded, Severity::Skipped, tr("New-terminal environment not compared"),
                 !c.captured  ? tr("The environment of a new login shell was not captured in this snapshot.")
                 : c.timedOut ? tr("A new login shell did not answer within the time limit, so it was stopped.")
                              : tr("A new login shell could not be run."));
        if (!c.argv.isEmpty())
            r.evidence << commandEvidence(c);
        return {r};
    }
    const QMap<QString, QString> &login = *f.shell.loginShellEnv;
    QStringList current;
    for (const PathEntry &e : f.path)
        current << e.cleaned;
    QStringList missing;
    for (const QString &folder : login.value(QStringLiteral("PATH")).split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        const QString clean = QDir::cleanPath(folder);
        if (!current.contains(clean) && isGoFolder(f, clean) && !missing.contains(clean))
            missing << clean;
    }
    QStringList differing;
    for (auto it = login.cbegin(); it != login.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("GO")) && f.env.value(it.key()) != it.value())
            differing << QStringLiteral("%1=%2").arg(it.key(), it.value());
    }
    if (missing.isEmpty() && differing.isEmpty())
        return {make(kNotLoaded, Severity::Ok, tr("This environment is up to date"),
                     tr("A new login shell would have the same Go settings as the environment the doctor runs in."))};
    QStringList what = missing;
    what << differing;
    CheckResult r = make(kNotLoaded, Severity::Warning, tr("A new terminal would see Go differently"),
                         tr("A new login shell would have %1, but the environment the doctor runs in does not. The "
                            "start-up files were changed after this terminal or program started (it keeps the old "
                            "environment), or this program was not started from a terminal.")
                             .arg(what.join(QStringLiteral(", "))));
    r.evidence << commandEvidence(f.shell.loginShellCmd) << pathEvidence(f);
    if (guiSessionFires(f)) {
        r.causedBy << kGuiSession;
        r.message = joinSentences(
            r.message, tr("Programs started from the desktop never read those lines (see shell.gui-session)."));
    }
    r.howToFix = tr("Open a new terminal (or run `source` on the file you changed), and restart editors started before "
                    "the change.");
    return {r};
}

QList<CheckResult> ShellChecks::guiSession(const Facts &f)
{
    const QList<ShellAssignment> lines = goSetup(f);
    if (lines.isEmpty())
        return {make(kGuiSession, Severity::Ok, tr("No Go lines in start-up files"),
                     tr("None of your start-up files sets Go up."))};
    if (!readBy(lines, f.shell.desktopFiles).isEmpty())
        return {
            make(kGuiSession, Severity::Ok, tr("Programs from the desktop see Go"),
                 tr("Go is set up in a file the desktop session reads, so editors started from the menu find it."))};
    const QList<ShellAssignment> interactive = readBy(lines, f.shell.interactiveFiles);
    if (interactive.isEmpty())
        return {make(kGuiSession, Severity::Ok, tr("Nothing for the desktop to miss"),
                     tr("Your login shell does not read the files that set Go up (see shell.rc-mismatch)."))};
    CheckResult r = make(kGuiSession, Severity::Warning, tr("Editors started from the desktop do not see Go"),
                         tr("Go is set up only in %1, which only interactive %2 shells read. Your terminal finds "
                            "go, but programs started from the desktop menu — VS Code, GoLand, the snap of an "
                            "editor — get the desktop session's environment, which is built from ~/.profile and "
                            "~/.config/environment.d, so they report \"go: command not found\" or use another Go.")
                             .arg(fileNames(interactive).join(QStringLiteral(", ")), shellName(f.shell.loginShell)));
    r.evidence << lineEvidence(interactive);
    r.howToFix = tr("Move the Go lines to %1 or to ~/.config/environment.d/go.conf (KEY=VALUE lines, e.g. "
                    "PATH=${PATH}:/usr/local/go/bin), then log out and in again.")
                     .arg(homeFile(f));
    r.fixes << QStringLiteral("fix.path-go-first");
    return {r};
}

QList<CheckResult> ShellChecks::profileShadowed(const Facts &f)
{
    if (f.shell.profileShadowedBy.isEmpty())
        return {make(kProfileShadowed, Severity::Ok, tr("~/.profile is read"),
                     tr("No ~/.bash_profile or ~/.bash_login hides ~/.profile from bash login shells."))};
    if (f.shell.loginShell != ShellKind::Bash)
        return {make(kProfileShadowed, Severity::Ok, tr("~/.profile hiding does not matter here"),
                     tr("%1 hides ~/.profile from bash login shells, but your login shell is %2.")
                         .arg(f.shell.profileShadowedBy, shellName(f.shell.loginShell)))};
    const QString home = f.user.home.isEmpty() ? QStringLiteral("~") : f.user.home;
    const QString profile = home + QStringLiteral("/.profile");
    QList<ShellAssignment> lost;
    for (const ShellAssignment &a : f.shell.allAssignments()) {
        if (a.file == profile && setsUpGo(f, a))
            lost << a;
    }
    CheckResult r = make(kProfileShadowed, Severity::Warning, tr("~/.profile is skipped by bash login shells"),
                         tr("%1 exists, so bash login shells read it and never read ~/.profile (bash reads only the "
                            "first of ~/.bash_profile, ~/.bash_login and ~/.profile). Installers often create "
                            "~/.bash_profile, and whatever ~/.profile sets is silently lost in login shells (SSH, "
                            "the console, `bash -l`).")
                             .arg(f.shell.profileShadowedBy));
    if (!lost.isEmpty())
        r.message = joinSentences(r.message, tr("~/.profile sets Go up, so those shells have no Go settings."));
    r.evidence << Evidence::file(f.shell.profileShadowedBy, 0, tr("exists and does not read ~/.profile"));
    r.evidence << lineEvidence(lost);
    r.howToFix = tr("Add this line to %1: [ -f ~/.profile ] && . ~/.profile").arg(f.shell.profileShadowedBy);
    r.fixes << QStringLiteral("fix.source-profile");
    return {r};
}
