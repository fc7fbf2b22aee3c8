#include "SnapChecks.h"

#include "probes/InstallSources.h"

using namespace CheckKit;

namespace {
const QString kActive = QStringLiteral("snap.go-active");
const QString kConflict = QStringLiteral("snap.conflict");
const QString kBin = QStringLiteral("snap.bin-not-on-path");

const GoInstall *snapInstall(const Facts &f)
{
    for (const GoInstall &i : f.installs) {
        if (i.source == QLatin1String("snap"))
            return &i;
    }
    return nullptr;
}
} // namespace

QList<Check> SnapChecks::all()
{
    return {
        {kActive, &SnapChecks::goActive},
        {kConflict, &SnapChecks::conflict},
        {kBin, &SnapChecks::binNotOnPath},
    };
}

QList<CheckResult> SnapChecks::goActive(const Facts &f)
{
    const GoCandidate *go = f.activeGo();
    if (!go || !go->path.startsWith(QLatin1String("/snap/bin/")))
        return {make(kActive, Severity::Ok, tr("The Go snap is not the one that runs"),
                     go ? tr("Typing go runs %1.").arg(go->path) : tr("There is no `go` on PATH."))};
    const GoInstall *snap = snapInstall(f);
    CheckResult r =
        make(kActive, Severity::Info, tr("Go comes from the snap"),
             tr("Typing go runs the Go snap (%1%2). Snaps refresh by themselves, so the Go version can "
                "change under you between two builds; pin a channel (1.N/stable) if a project needs a "
                "fixed release.")
                 .arg(describeVersion(f.activeVersion),
                      snap && !snap->sourceDetail.isEmpty() ? QStringLiteral(", ") + snap->sourceDetail : QString()));
    r.evidence << linkEvidence(go->resolution);
    if (snap)
        r.evidence << Evidence::file(snap->tree.versionFile.isEmpty() ? snap->tree.path : snap->tree.versionFile,
                                     snap->tree.versionFile.isEmpty() ? 0 : 1, describeVersion(snap->tree.version));
    r.howToFix = tr("Nothing to fix. To stay on one release line: sudo snap refresh go --channel=1.N/stable");
    return {r};
}

QList<CheckResult> SnapChecks::conflict(const Facts &f)
{
    const GoInstall *snap = snapInstall(f);
    if (!snap)
        return {make(kConflict, Severity::Ok, tr("No Go snap"), tr("The Go snap is not installed."))};
    QList<const GoInstall *> others;
    for (const GoInstall &i : f.installs) {
        // A toolchain go downloaded for one project is go's own business, not a rival install.
        if (&i != snap && i.source != QLatin1String("toolchain"))
            others << &i;
    }
    if (others.isEmpty())
        return {make(kConflict, Severity::Ok, tr("Only the Go snap"), tr("The Go snap is the only Go installation."))};
    QStringList names;
    for (const GoInstall *i : others)
        names << QStringLiteral("%1 (%2, %3)")
                     .arg(i->tree.path, describeVersion(i->tree.version), InstallSources::describe(*i));
    CheckResult r = make(kConflict, Severity::Warning, tr("The Go snap and another Go are both installed"),
                         tr("The Go snap (%1) is installed next to %2. Which one runs depends on the order of "
                            "/snap/bin and the other folder in PATH — and /snap/bin usually comes last, so the snap "
                            "loses — and on the shell's command cache (`hash -r` forgets it). Tools and editors may "
                            "pick a different one than your terminal.")
                             .arg(describeVersion(snap->tree.version), names.join(QStringLiteral("; "))));
    r.evidence << Evidence::file(snap->tree.path, 0, InstallSources::describe(*snap));
    for (const GoInstall *i : others)
        r.evidence << Evidence::file(i->ownerList.isEmpty() ? i->tree.path : i->ownerList, 0,
                                     InstallSources::describe(*i));
    r.evidence << pathEvidence(f);
    QStringList removals;
    for (const GoInstall *i : others)
        removals << InstallSources::removeAdvice(*i);
    r.howToFix = tr("Keep one: either remove the snap (sudo snap remove go) or remove the other Go (%1).")
                     .arg(removals.join(QStringLiteral("; ")));
    r.fixes << QStringLiteral("fix.remove-snap-go") << QStringLiteral("fix.remove-apt-go");
    return {r};
}

QList<CheckResult> SnapChecks::binNotOnPath(const Facts &f)
{
    if (f.snapApps.isEmpty())
        return {make(kBin, Severity::Ok, tr("No snaps"), tr("/snap/bin holds no programs."))};
    for (const PathEntry &e : f.path) {
        if (e.cleaned == QLatin1String("/snap/bin"))
            return {make(kBin, Severity::Ok, tr("/snap/bin is on PATH"), tr("Programs from snaps are found."))};
    }
    const QStringList apps = f.snapApps.mid(0, 6);
    CheckResult r = make(kBin, Severity::Warning, tr("Snaps are installed but /snap/bin is not on PATH"),
                         tr("Snaps are installed (%1), but /snap/bin is not on PATH, so typing their names gives "
                            "\"command not found\".")
                             .arg(apps.join(QStringLiteral(", "))));
    r.evidence << pathEvidence(f);
    QList<const ShellAssignment *> replacing;
    const QList<ShellAssignment> all = f.shell.allAssignments();
    for (const ShellAssignment &a : all) {
        if (a.variable == QLatin1String("PATH") && a.op == ShellAssignment::Op::Set)
            replacing << &a;
    }
    if (f.etcEnvironmentPath.split(QLatin1Char(':')).contains(QStringLiteral("/snap/bin"))) {
        r.message = joinSentences(r.message, tr("/etc/environment gives every session /snap/bin, so a start-up file "
                                                "must have replaced PATH instead of adding to it."));
        r.evidence << Evidence::file(QStringLiteral("/etc/environment"), 0,
                                     QStringLiteral("PATH=") + f.etcEnvironmentPath);
    } else {
        r.message =
            joinSentences(r.message, tr("On Debian only /etc/profile.d/apps-bin-path.sh adds /snap/bin, and zsh "
                                        "and shells that are not login shells do not read it."));
    }
    for (const ShellAssignment *a : replacing)
        r.evidence << Evidence::file(a->file, a->line, a->text);
    r.howToFix = replacing.isEmpty()
                     ? tr("Add /snap/bin to PATH in your start-up file: export PATH=\"$PATH:/snap/bin\".")
                     : tr("Change the line that replaces PATH so it keeps what was there (PATH=\"...:$PATH\"), "
                          "or add /snap/bin to it.");
    r.fixes << QStringLiteral("fix.path-add-snap-bin");
    return {r};
}
