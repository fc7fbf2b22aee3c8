#include "GorootChecks.h"

#include <QDir>

using namespace CheckKit;

namespace {
const QString kMismatch = QStringLiteral("goroot.mismatch");
const QString kInvalid = QStringLiteral("goroot.invalid");
const QString kUnneeded = QStringLiteral("goroot.set-unneeded");
const QString kGopathGoroot = QStringLiteral("gopath.equals-goroot");
const QString kGopathBin = QStringLiteral("gopath.bin-not-on-path");

Evidence gorootEvidence(const Facts &f)
{
    return Evidence::env(QStringLiteral("GOROOT"), f.env.value(QStringLiteral("GOROOT")));
}
} // namespace

QList<Check> GorootChecks::all()
{
    return {
        {kMismatch, &GorootChecks::mismatch},
        {kInvalid, &GorootChecks::invalid},
        {kUnneeded, &GorootChecks::setUnneeded},
        {kGopathGoroot, &GorootChecks::gopathEqualsGoroot},
        {kGopathBin, &GorootChecks::gopathBinNotOnPath},
    };
}

QList<CheckResult> GorootChecks::mismatch(const Facts &f)
{
    if (!f.envGoroot)
        return {make(kMismatch, Severity::Ok, tr("GOROOT is not set"),
                     tr("Good: `go` finds its own installation from where it is, so GOROOT is not needed."))};
    const GoRootTree &g = *f.envGoroot;
    if (!g.exists) {
        CheckResult r = make(kMismatch, Severity::Error, tr("GOROOT names a folder that does not exist"),
                             tr("GOROOT is set to %1, which does not exist (a removed or moved Go). Every go command "
                                "then fails with \"go: cannot find GOROOT directory\", even though `go` itself is "
                                "installed.")
                                 .arg(g.path));
        r.evidence << gorootEvidence(f);
        if (f.goEnvCmd.captured && f.goEnvCmd.exitCode != 0)
            r.evidence << commandEvidence(f.goEnvCmd);
        r.howToFix =
            tr("Remove the GOROOT export from your start-up files (~/.profile, ~/.bashrc, ~/.zshrc) and open a "
               "new terminal: a Go installed from the archive, apt or snap needs no GOROOT.");
        r.fixes << QStringLiteral("fix.remove-goroot-export");
        return {r};
    }
    const GoCandidate *go = f.activeGo();
    if (!go || !go->root.exists)
        return {
            make(kMismatch, Severity::Skipped, tr("GOROOT not compared"),
                 tr("GOROOT is set to %1, but there is no `go` on PATH whose installation could be compared with it.")
                     .arg(g.path))};
    if (g.realPath == go->root.realPath)
        return {make(kMismatch, Severity::Ok, tr("GOROOT matches the go on PATH"),
                     tr("GOROOT (%1) is the installation of %2.").arg(g.path, go->path))};
    CheckResult r =
        make(kMismatch, Severity::Error, tr("GOROOT belongs to another Go"),
             tr("GOROOT is set to %1 (%2), but the `go` on PATH, %3, belongs to %4 (%5). go then uses "
                "one release's program with another release's standard library and tools: builds fail "
                "with errors such as \"compile: version ... does not match go tool version ...\".")
                 .arg(g.path, describeVersion(g.version), go->path, go->root.path, describeVersion(go->root.version)));
    r.evidence << gorootEvidence(f) << linkEvidence(go->resolution);
    r.howToFix = tr("Remove the GOROOT export from your start-up files and open a new terminal; `go` finds its own "
                    "installation without it.");
    r.fixes << QStringLiteral("fix.remove-goroot-export");
    return {r};
}

QList<CheckResult> GorootChecks::invalid(const Facts &f)
{
    QList<const GoRootTree *> trees;
    const GoCandidate *go = f.activeGo();
    if (go && go->root.exists)
        trees << &go->root;
    // A GOROOT that exists is the tree go really uses, so check it too.
    if (f.envGoroot && f.envGoroot->exists && (!go || f.envGoroot->realPath != go->root.realPath))
        trees << &*f.envGoroot;
    if (trees.isEmpty())
        return {make(kInvalid, Severity::Skipped, tr("Go installation not inspected"),
                     go ? tr("%1 is not inside a Go installation's bin folder.").arg(go->realPath)
                        : tr("There is no `go` on PATH."))};
    QList<CheckResult> out;
    for (const GoRootTree *t : trees) {
        if (t->isComplete())
            continue;
        QStringList missing;
        if (!t->hasBinGo)
            missing << QStringLiteral("bin/go");
        if (!t->hasSrc)
            missing << QStringLiteral("src/");
        if (!t->hasPkgTool)
            missing << QStringLiteral("pkg/tool/");
        CheckResult r = make(kInvalid, Severity::Error, tr("The Go installation is incomplete"),
                             tr("%1 lacks %2. A half-extracted archive or a half-deleted installation looks like this: "
                                "`go version` may still work, but builds fail with \"package fmt is not in std\" or "
                                "\"go: cannot find GOROOT directory\".")
                                 .arg(t->path, missing.join(QStringLiteral(", "))));
        for (const QString &m : missing)
            r.evidence << Evidence::file(QDir::cleanPath(t->path + QLatin1Char('/') + m), 0, tr("missing"));
        r.howToFix = tr("Remove %1 and unpack the Go archive again, completely (sudo rm -rf %1 && sudo tar -C %2 -xzf "
                        "go*.linux-*.tar.gz).")
                         .arg(t->path, QDir::cleanPath(t->path + QStringLiteral("/..")));
        r.fixes << QStringLiteral("fix.install-go-tarball");
        out << r;
    }
    if (out.isEmpty())
        out << make(kInvalid, Severity::Ok, tr("The Go installation is complete"),
                    tr("%1 has bin/go, src/ and pkg/tool/.").arg(trees.first()->path));
    return out;
}

QList<CheckResult> GorootChecks::setUnneeded(const Facts &f)
{
    const GoCandidate *go = f.activeGo();
    if (!f.envGoroot || !f.envGoroot->exists || !go || !go->root.exists || f.envGoroot->realPath != go->root.realPath)
        return {make(kUnneeded, Severity::Ok, tr("No unneeded GOROOT"),
                     f.envGoroot
                         ? tr("GOROOT is set, but not to the active Go's own installation (see goroot.mismatch).")
                         : tr("GOROOT is not set."))};
    const QString raw = f.env.value(QStringLiteral("GOROOT"));
    CheckResult r =
        make(kUnneeded, Severity::Info, tr("GOROOT is set but not needed"),
             tr("GOROOT=%1 names the installation `go` would find by itself, so it does no harm today. "
                "It bites later: after installing another Go elsewhere, this stale GOROOT points at the old "
                "one. Tutorials that export GOROOT are out of date for archive, apt and snap installs.")
                 .arg(raw));
    if (raw.endsWith(QLatin1Char('/')) && raw.size() > 1)
        r.message = joinSentences(
            r.message, tr("The trailing slash is harmless: go cleans the path (`go env GOROOT` prints %1).")
                           .arg(f.goEnv.ok ? f.goEnv.vars.value(QStringLiteral("GOROOT")) : QDir::cleanPath(raw)));
    r.evidence << gorootEvidence(f);
    r.howToFix = tr("You may remove the GOROOT export from your start-up files.");
    r.fixes << QStringLiteral("fix.remove-goroot-export");
    return {r};
}

QList<CheckResult> GorootChecks::gopathEqualsGoroot(const Facts &f)
{
    if (f.gopath.isEmpty() || f.gorootInUse.isEmpty())
        return {make(kGopathGoroot, Severity::Ok, tr("GOPATH and GOROOT are apart"),
                     tr("GOPATH or GOROOT is unknown, so they cannot overlap."))};
    const QString goroot = QDir::cleanPath(f.gorootInUse);
    for (const QString &entry : f.gopath.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
        const QString p = QDir::cleanPath(entry);
        if (!isInside(p, goroot))
            continue;
        CheckResult r =
            make(kGopathGoroot, Severity::Error, tr("GOPATH is inside the Go installation"),
                 joinSentences(p == goroot ? tr("GOPATH (%1) is the same folder as GOROOT.").arg(p)
                                           : tr("GOPATH (%1) is inside GOROOT (%2).").arg(p, goroot),
                               tr("GOPATH is where your downloaded modules and installed tools go; mixed into the "
                                  "Go installation they clash with the standard library, go warns \"GOPATH set to "
                                  "GOROOT has no effect\", and the next Go update deletes them.")));
        r.evidence << Evidence::env(QStringLiteral("GOPATH"), f.gopath);
        if (f.env.contains(QStringLiteral("GOPATH")))
            r.evidence << Evidence::env(QStringLiteral("GOPATH"), f.env.value(QStringLiteral("GOPATH")));
        r.howToFix = tr("Remove the GOPATH export (the default, ~/go, is right for almost everyone).");
        r.fixes << QStringLiteral("fix.remove-gopath-export");
        return {r};
    }
    return {make(kGopathGoroot, Severity::Ok, tr("GOPATH and GOROOT are apart"),
                 tr("GOPATH (%1) is outside GOROOT (%2).").arg(f.gopath, goroot))};
}

QList<CheckResult> GorootChecks::gopathBinNotOnPath(const Facts &f)
{
    if (!f.activeGo())
        return {make(kGopathBin, Severity::Skipped, tr("GOPATH/bin not checked"), tr("There is no `go` on PATH."))};
    if (f.goBin.path.isEmpty())
        return {make(kGopathBin, Severity::Skipped, tr("GOPATH/bin not checked"), tr("GOPATH and GOBIN are unknown."))};
    for (const PathEntry &e : f.path) {
        if (e.kind == PathEntry::Kind::Absolute && e.cleaned == f.goBin.path)
            return {make(kGopathBin, Severity::Ok, tr("Installed Go tools are on PATH"),
                         tr("%1, where `go install` puts programs, is on PATH.").arg(f.goBin.path))};
    }
    const bool hasTools = f.goBin.exists && !f.goBin.programs.isEmpty();
    CheckResult r = make(kGopathBin, hasTools ? Severity::Warning : Severity::Info,
                         tr("Programs from `go install` are not on PATH"),
                         tr("`go install` puts programs in %1 (from %2), but that folder is not on PATH, so tools such "
                            "as gopls and dlv are \"command not found\" and editors cannot start them.")
                             .arg(f.goBin.path, f.goBin.origin));
    if (hasTools)
        r.message =
            joinSentences(r.message, tr("It already holds: %1.").arg(f.goBin.programs.join(QStringLiteral(", "))));
    r.evidence << pathEvidence(f);
    r.evidence << Evidence::file(f.goBin.path, 0,
                                 hasTools ? f.goBin.programs.join(QLatin1Char(' ')) : tr("(does not exist yet)"));
    r.howToFix = tr("Add it in ~/.profile: export PATH=\"$PATH:%1\", then log out and in again.").arg(f.goBin.path);
    r.fixes << QStringLiteral("fix.path-add-gobin");
    return {r};
}
