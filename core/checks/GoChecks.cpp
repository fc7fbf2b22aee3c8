#include "GoChecks.h"

#include "ShellChecks.h"
#include "probes/ElfProbe.h"
#include "probes/InstallSources.h"

#include <QDir>

using namespace CheckKit;

namespace {
const QString kNotFound = QStringLiteral("go.not-found");
const QString kBroken = QStringLiteral("go.broken-link");
const QString kShadowed = QStringLiteral("go.shadowed");
const QString kWrongArch = QStringLiteral("go.wrong-arch");
const QString kUnsupported = QStringLiteral("go.version-unsupported");
const QString kPatch = QStringLiteral("go.patch-behind");
const QString kMultiple = QStringLiteral("go.multiple-installs");

// The version of a `go` on PATH: its tree's VERSION, or for the active one what the scan found.
std::optional<GoVersion> versionOf(const Facts &f, int index)
{
    if (index == f.active && f.activeVersion)
        return f.activeVersion;
    return f.gos.at(index).root.version;
}

// Later distinct `go`s on PATH that are newer than the active one.
QList<int> newerShadowedGos(const Facts &f)
{
    QList<int> out;
    const auto active = versionOf(f, f.active);
    if (f.active < 0 || !active)
        return out;
    for (int i = f.active + 1; i < f.gos.size(); ++i) {
        const GoCandidate &c = f.gos.at(i);
        const auto v = versionOf(f, i);
        if (c.usable && c.sameAs < 0 && v && *active < *v)
            out << i;
    }
    return out;
}

QString installLabel(const GoInstall &i)
{
    return QStringLiteral("%1 (%2, %3)").arg(i.tree.path, describeVersion(i.tree.version), InstallSources::describe(i));
}
} // namespace

QList<Check> GoChecks::all()
{
    return {
        {kNotFound, &GoChecks::notFound},
        {kShadowed, &GoChecks::shadowed},
        {kBroken, &GoChecks::brokenLink},
        {kWrongArch, &GoChecks::wrongArch},
        {kUnsupported, &GoChecks::versionUnsupported},
        {kPatch, &GoChecks::patchBehind},
        {kMultiple, &GoChecks::multipleInstalls},
    };
}

QList<CheckResult> GoChecks::notFound(const Facts &f)
{
    if (const GoCandidate *go = f.activeGo()) {
        CheckResult r = make(kNotFound, Severity::Ok, tr("go is on PATH"),
                             tr("Typing `go` runs %1 (%2).").arg(go->path, describeVersion(f.activeVersion)));
        r.evidence << pathEvidence(f);
        return {r};
    }
    CheckResult r = make(kNotFound, Severity::Error, tr("No `go` on PATH"),
                         tr("None of the folders on your PATH holds a program called `go`, so typing `go` "
                            "gives \"command not found\"."));
    r.evidence << pathEvidence(f);
    QStringList missed;
    for (const GoInstall &i : f.installs) {
        if (!i.onPath && i.tree.hasBinGo)
            missed << installLabel(i);
    }
    for (const PathEntry &e : f.path) {
        if (e.meantHasGo) {
            r.message = joinSentences(
                r.message, tr("PATH names \"%1\" with a literal ~, which the shell never expands there; you meant %2, "
                              "which does hold `go`.")
                               .arg(e.raw, e.meant));
            r.causedBy << QStringLiteral("path.tilde-literal");
        }
    }
    for (const GoCandidate &c : f.gos) {
        if (!c.usable) {
            r.message = joinSentences(r.message, tr("%1 exists but cannot run (see go.broken-link).").arg(c.path));
            r.causedBy << kBroken;
            r.evidence << linkEvidence(c.resolution);
        }
    }
    if (!missed.isEmpty()) {
        r.message = joinSentences(
            r.message, tr("Go is installed, but PATH misses it: %1.").arg(missed.join(QStringLiteral("; "))));
        for (const GoInstall &i : f.installs) {
            if (!i.onPath && i.tree.hasBinGo)
                r.evidence << Evidence::file(i.tree.path + QStringLiteral("/bin/go"), 0,
                                             tr("a Go installation not on PATH"));
        }
        r.howToFix = tr("Put the installation's bin folder on PATH in ~/.profile (read by login shells and the desktop "
                        "session), e.g. export PATH=\"$PATH:%1/bin\", then log out and in again.")
                         .arg(f.installs.isEmpty() ? QStringLiteral("/usr/local/go") : f.installs.first().tree.path);
    } else {
        r.message = joinSentences(r.message, tr("No Go installation was found in the usual places either."));
        r.howToFix = tr("Install Go: download the archive for this computer from https://go.dev/dl/ "
                        "(https://golang.google.cn/dl/ in mainland China), unpack it into /usr/local, and add "
                        "/usr/local/go/bin to PATH in ~/.profile.");
    }
    // Start-up files that do set Go up, but not for this environment: the shell checks say why
    // (only the ones that fire stay linked).
    QList<Evidence> setup;
    for (const ShellAssignment &a : f.shell.allAssignments()) {
        if (ShellChecks::setsUpGo(f, a))
            setup << Evidence::file(a.file, a.line, a.text);
    }
    if (!setup.isEmpty()) {
        r.message = joinSentences(r.message, tr("Your start-up files do set Go up, but not in a way that reaches this "
                                                "environment (see the shell checks)."));
        r.evidence << setup;
        r.causedBy << QStringLiteral("shell.rc-mismatch") << QStringLiteral("shell.gui-session")
                   << QStringLiteral("shell.not-loaded");
    }
    r.fixes << QStringLiteral("fix.path-go-first");
    r.causedBy.removeDuplicates();
    return {r};
}

QList<CheckResult> GoChecks::brokenLink(const Facts &f)
{
    QList<CheckResult> out;
    for (const GoCandidate &c : f.gos) {
        if (c.usable)
            continue;
        QString why;
        switch (c.resolution.status) {
        case Resolution::Status::Loop:
            why = tr("its links go round in a loop (more than 40 hops), so it never reaches a program");
            break;
        case Resolution::Status::Dangling:
            why = tr("it is a link to %1, which does not exist (the Go it pointed to was removed or moved)")
                      .arg(c.resolution.hops.isEmpty() ? c.realPath : c.resolution.hops.last().target);
            break;
        case Resolution::Status::NotDir: why = tr("a folder on its link chain is a file"); break;
        case Resolution::Status::NotFound: why = tr("it does not exist"); break;
        case Resolution::Status::Ok:
            why = c.resolution.final.isFile
                      ? tr("%1 is not executable (its x permission bits are not set)").arg(c.realPath)
                      : tr("%1 is not a regular file").arg(c.realPath);
            break;
        }
        CheckResult r = make(kBroken, Severity::Error, tr("A `go` on PATH cannot run"),
                             tr("%1 is on PATH but %2. The shell skips it, and if no other `go` comes later, "
                                "`go` is \"command not found\".")
                                 .arg(c.path, why));
        r.evidence << linkEvidence(c.resolution);
        if (r.evidence.isEmpty())
            r.evidence << Evidence::file(c.path, 0, why);
        r.howToFix =
            c.resolution.status == Resolution::Status::Ok
                ? tr("Make it executable (chmod +x %1) or remove it.").arg(c.realPath)
                : tr("Remove the broken link (rm %1) and put the bin folder of a real Go installation on PATH.")
                      .arg(c.path);
        r.fixes << QStringLiteral("fix.remove-broken-go-link");
        out << r;
    }
    if (out.isEmpty())
        out << make(kBroken, Severity::Ok, tr("No broken `go` on PATH"),
                    f.gos.isEmpty() ? tr("There is no `go` on PATH to check.")
                                    : tr("Every `go` on PATH leads to a program that can run."));
    return out;
}

QList<CheckResult> GoChecks::shadowed(const Facts &f)
{
    const GoCandidate *active = f.activeGo();
    if (!active)
        return {make(kShadowed, Severity::Ok, tr("Nothing shadowed"), tr("There is no `go` on PATH."))};
    QList<int> distinct;
    for (int i = 0; i < f.gos.size(); ++i) {
        if (f.gos.at(i).usable && f.gos.at(i).sameAs < 0)
            distinct << i;
    }
    if (distinct.size() < 2) {
        CheckResult r = make(kShadowed, Severity::Ok, tr("Only one Go on PATH"),
                             tr("Every `go` on PATH is the same program, %1.").arg(active->realPath));
        return {r};
    }
    const QList<int> newer = newerShadowedGos(f);
    // GOROOT pointing at another go's tree means the user meant that one.
    int gorootTarget = -1;
    if (f.envGoroot && f.envGoroot->exists) {
        for (int i : distinct) {
            const GoCandidate &c = f.gos.at(i);
            if (i != f.active && c.root.exists && c.root.realPath == f.envGoroot->realPath)
                gorootTarget = i;
        }
    }
    // A start-up line that puts another go's folder on PATH means the user meant that one.
    int rcTarget = -1;
    const ShellAssignment *rcLine = nullptr;
    const QList<ShellAssignment> startup = f.shell.allAssignments();
    for (int i : distinct) {
        const QString folder = QDir::cleanPath(f.gos.at(i).path.section(QLatin1Char('/'), 0, -2));
        for (const ShellAssignment &a : startup) {
            // The same release elsewhere (a copied binary) changes nothing worth a warning.
            const auto mine = versionOf(f, i);
            const auto running = versionOf(f, f.active);
            const bool sameRelease = mine && running && *mine == *running;
            if (i != f.active && rcTarget < 0 && !sameRelease && a.variable == QLatin1String("PATH") &&
                a.folders.contains(folder)) {
                rcTarget = i;
                rcLine = &a;
            }
        }
    }
    if (gorootTarget < 0)
        gorootTarget = rcTarget;
    if (newer.isEmpty() && gorootTarget < 0) {
        return {make(kShadowed, Severity::Ok, tr("The first Go on PATH is the newest"),
                     tr("%1 Go programs are on PATH; the first, %2 (%3), is the newest, so the others are harmless.")
                         .arg(distinct.size())
                         .arg(active->path, describeVersion(f.activeVersion)))};
    }
    const int other = newer.isEmpty() ? gorootTarget : newer.first();
    const GoCandidate &o = f.gos.at(other);
    CheckResult r;
    if (!newer.isEmpty()) {
        r = make(kShadowed, Severity::Error, tr("An older Go shadows a newer one"),
                 tr("%1 (%2) comes before %3 (%4) on PATH, so typing `go` runs the older one. The shell takes the "
                    "first `go` it finds, folder by folder, in PATH order.")
                     .arg(active->path, describeVersion(versionOf(f, f.active)), o.path,
                          describeVersion(versionOf(f, other))));
    } else if (other != rcTarget || (f.envGoroot && f.envGoroot->exists && f.envGoroot->realPath == o.root.realPath)) {
        r = make(kShadowed, Severity::Warning, tr("The Go on PATH is not the one GOROOT names"),
                 tr("GOROOT names %1, the tree of %2, but %3 comes first on PATH, so typing `go` runs %3.")
                     .arg(f.envGoroot->path, o.path, active->path));
        r.evidence << Evidence::env(QStringLiteral("GOROOT"), f.env.value(QStringLiteral("GOROOT")));
    } else {
        r = make(kShadowed, Severity::Warning, tr("The Go on PATH is not the one your start-up files add"),
                 tr("%1 line %2 puts %3 on PATH, but %4 comes earlier on PATH, so typing `go` runs %4 instead of %5.")
                     .arg(rcLine->file)
                     .arg(rcLine->line)
                     .arg(o.path.section(QLatin1Char('/'), 0, -2), active->path, o.path));
    }
    if (rcLine)
        r.evidence << Evidence::file(rcLine->file, rcLine->line, rcLine->text);
    r.evidence << pathEvidence(f);
    r.evidence << linkEvidence(active->resolution);
    r.evidence << linkEvidence(o.resolution);
    r.howToFix = tr("Put %1 before %2 on PATH (in ~/.profile: export PATH=\"%1:$PATH\"), or remove the Go you do not "
                    "want.")
                     .arg(o.path.left(o.path.size() - 3), QString(active->path).left(active->path.size() - 3));
    r.fixes << QStringLiteral("fix.path-go-first");
    for (const GoInstall &i : f.installs) {
        if (i.active && i.source == QLatin1String("apt"))
            r.fixes << QStringLiteral("fix.remove-apt-go");
        if (i.active && i.source == QLatin1String("snap"))
            r.fixes << QStringLiteral("fix.remove-snap-go");
    }
    return {r};
}

QList<CheckResult> GoChecks::wrongArch(const Facts &f)
{
    const QString hostArch = ElfProbe::goarchForMachine(f.host.machine);
    QList<CheckResult> out;
    if (!f.activeGo())
        return {make(kWrongArch, Severity::Skipped, tr("Architecture not checked"), tr("There is no `go` on PATH."))};
    if (hostArch.isEmpty())
        return {make(kWrongArch, Severity::Skipped, tr("Architecture not checked"),
                     tr("This computer's machine type (%1) is not one Go knows.").arg(f.host.machine))};
    for (int i = 0; i < f.gos.size(); ++i) {
        const GoCandidate &c = f.gos.at(i);
        if (!c.usable || c.sameAs >= 0)
            continue;
        if (!c.elf.parsed) {
            if (i == f.active)
                out << make(kWrongArch, Severity::Skipped, tr("Architecture not checked"),
                            tr("%1 could not be read as a program (%2); it may be a wrapper script.")
                                .arg(c.binary, c.elf.error));
            continue;
        }
        // The kernel also runs 32-bit x86 on amd64 and (usually) 32-bit arm on arm64.
        const bool compatible = c.elf.goarch == hostArch ||
                                (hostArch == QLatin1String("amd64") && c.elf.goarch == QLatin1String("386")) ||
                                (hostArch == QLatin1String("arm64") && c.elf.goarch == QLatin1String("arm"));
        if (compatible)
            continue;
        CheckResult r =
            make(kWrongArch, Severity::Error, tr("Go built for another kind of processor"),
                 tr("%1 is a program for %2 (%3), but this computer is %4 (%5). Running it fails with "
                    "\"cannot execute binary file: Exec format error\". This happens when the archive for "
                    "the wrong architecture was downloaded, e.g. linux-amd64 on an ARM machine.")
                     .arg(c.path, c.elf.machineName, c.elf.goarch.isEmpty() ? tr("no Go port") : c.elf.goarch,
                          f.host.machine, hostArch));
        r.evidence << Evidence::elf(c.binary, tr("ELF e_machine %1 (%2)").arg(c.elf.machine).arg(c.elf.machineName));
        if (i == f.active && f.goVersionCmd.captured && f.goVersionCmd.exitCode != 0)
            r.evidence << commandEvidence(f.goVersionCmd);
        r.howToFix = tr("Remove this Go and install the linux-%1 archive from https://go.dev/dl/.").arg(hostArch);
        r.fixes << QStringLiteral("fix.install-go-tarball");
        out << r;
    }
    if (out.isEmpty())
        out << make(kWrongArch, Severity::Ok, tr("Go matches this computer"),
                    tr("%1 is built for %2, like this computer.").arg(f.activeGo()->binary, hostArch));
    return out;
}

QList<CheckResult> GoChecks::versionUnsupported(const Facts &f)
{
    if (!f.activeGo())
        return {make(kUnsupported, Severity::Skipped, tr("Go release not checked"), tr("There is no `go` on PATH."))};
    if (!f.activeVersion) {
        CheckResult r = make(kUnsupported, Severity::Skipped, tr("Go release not checked"),
                             f.goVersionCmd.timedOut
                                 ? tr("The version of %1 could not be read: it has no VERSION file, and `go version` "
                                      "did not answer within the time limit, so it was stopped.")
                                       .arg(f.activeGo()->path)
                                 : tr("The version of %1 could not be read: it has no VERSION file and `go version` "
                                      "gave no version.")
                                       .arg(f.activeGo()->path));
        r.evidence << commandEvidence(f.goVersionCmd);
        return {r};
    }
    if (!f.releases || f.releases->isEmpty())
        return {make(kUnsupported, Severity::Skipped, tr("Go release not checked"),
                     tr("The release table could not be read."))};
    const QDate at = f.scanTime.date();
    const SupportVerdict v = f.releases->judge(*f.activeVersion, at);
    const QString version = f.activeVersion->name();
    Evidence source = f.activeVersionSource.startsWith(QLatin1Char('/'))
                          ? Evidence::file(f.activeVersionSource, 1, version)
                          : commandEvidence(f.goVersionCmd);
    QString staleNote;
    if (v.stale)
        staleNote = tr("The release table was made on %1, more than six months before this scan, so "
                       "this verdict may be stale.")
                        .arg(f.releases->generated().toString(Qt::ISODate));
    if (v.supported) {
        CheckResult r =
            make(kUnsupported, Severity::Ok, tr("Go release is supported"),
                 joinSentences(tr("%1 is supported on %2 (supported releases: %3).")
                                   .arg(version, at.toString(Qt::ISODate), v.supportedLines.join(QStringLiteral(", "))),
                               staleNote));
        r.evidence << source;
        return {r};
    }
    CheckResult r = make(
        kUnsupported, Severity::Error, tr("This Go release no longer gets security fixes"),
        joinSentences(tr("%1 is past its support: Go has no long-term releases, each major release is supported "
                         "until two newer ones exist. Supported on %2: %3; the newest release is %4. An unsupported Go "
                         "gets no security fixes, and modules whose go.mod asks for a newer Go will not build.")
                          .arg(version, at.toString(Qt::ISODate), v.supportedLines.join(QStringLiteral(", ")),
                               v.newestRelease.name()),
                      staleNote));
    if (v.supersededOn.isValid())
        r.message = joinSentences(
            r.message,
            tr("Support for %1 ended on %2.").arg(f.activeVersion->line(), v.supersededOn.toString(Qt::ISODate)));
    r.evidence << source;
    if (!newerShadowedGos(f).isEmpty()) {
        r.causedBy << kShadowed;
        r.message = joinSentences(r.message, tr("A newer Go is installed but comes later on PATH (see go.shadowed)."));
    }
    r.howToFix =
        tr("Install the newest Go (%1) from https://go.dev/dl/ (https://golang.google.cn/dl/ in mainland China) "
           "into /usr/local/go, and put /usr/local/go/bin first on PATH.")
            .arg(v.newestRelease.name());
    r.fixes << QStringLiteral("fix.install-go-tarball");
    return {r};
}

QList<CheckResult> GoChecks::patchBehind(const Facts &f)
{
    if (!f.activeVersion || !f.releases || f.releases->isEmpty())
        return {make(kPatch, Severity::Skipped, tr("Patch level not checked"),
                     f.activeGo() ? tr("The version of the active Go is unknown.") : tr("There is no `go` on PATH."))};
    const QDate at = f.scanTime.date();
    const SupportVerdict v = f.releases->judge(*f.activeVersion, at);
    if (!v.supported)
        return {make(kPatch, Severity::Ok, tr("Patch level: see go.version-unsupported"),
                     tr("%1 is past its support altogether.").arg(f.activeVersion->name()))};
    if (!v.patchBehind)
        return {
            make(kPatch, Severity::Ok, tr("Newest patch release"),
                 tr("%1 is the newest patch release of Go %2.").arg(f.activeVersion->name(), f.activeVersion->line()))};
    const auto newest = f.releases->find(v.newestPatch);
    CheckResult r = make(kPatch, Severity::Warning, tr("A newer patch release of your Go exists"),
                         tr("%1 is supported, but %2 came out on %3. Patch releases carry security and bug fixes and "
                            "change nothing else, so updating is safe.")
                             .arg(f.activeVersion->name(), v.newestPatch.name(),
                                  newest ? newest->date.toString(Qt::ISODate) : QStringLiteral("?")));
    if (v.stale)
        r.message =
            joinSentences(r.message, tr("The release table is more than six months old, so a newer patch may exist."));
    r.evidence << (f.activeVersionSource.startsWith(QLatin1Char('/'))
                       ? Evidence::file(f.activeVersionSource, 1, f.activeVersion->name())
                       : commandEvidence(f.goVersionCmd));
    if (!newerShadowedGos(f).isEmpty())
        r.causedBy << kShadowed;
    r.howToFix = tr("Install %1 the same way the current Go was installed.").arg(v.newestPatch.name());
    r.fixes << QStringLiteral("fix.install-go-tarball");
    return {r};
}

QList<CheckResult> GoChecks::multipleInstalls(const Facts &f)
{
    if (f.installs.size() < 2) {
        return {make(kMultiple, Severity::Ok, tr("One Go installation"),
                     f.installs.isEmpty()
                         ? tr("No Go installation was found.")
                         : tr("The only Go installation found is %1.").arg(installLabel(f.installs.first())))};
    }
    QStringList lines;
    QStringList removals;
    CheckResult r = make(kMultiple, Severity::Info, tr("Several Go installations"), QString());
    for (const GoInstall &i : f.installs) {
        const QString state =
            i.active ? tr("runs when you type go") : (i.onPath ? tr("on PATH, shadowed") : tr("not on PATH"));
        lines << QStringLiteral("%1 — %2").arg(installLabel(i), state);
        removals << QStringLiteral("%1: %2").arg(i.tree.path, InstallSources::removeAdvice(i));
        const QString where =
            !i.ownerList.isEmpty() ? i.ownerList : (i.tree.versionFile.isEmpty() ? i.tree.path : i.tree.versionFile);
        r.evidence << Evidence::file(
            where, 0, QStringLiteral("%1: %2").arg(describeVersion(i.tree.version), InstallSources::describe(i)));
    }
    r.message = tr("%1 Go installations were found. Only one runs when you type `go`; the others take disk space and "
                   "can confuse editors and scripts that look for Go themselves:\n%2")
                    .arg(f.installs.size())
                    .arg(lines.join(QLatin1Char('\n')));
    r.howToFix = tr("Keep the one you want (usually the newest) and remove the others the way each was installed:\n%1")
                     .arg(removals.join(QLatin1Char('\n')));
    return {r};
}
