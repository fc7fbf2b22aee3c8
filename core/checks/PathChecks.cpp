#include "PathChecks.h"

using namespace CheckKit;

namespace {
const QString kTilde = QStringLiteral("path.tilde-literal");
const QString kRelative = QStringLiteral("path.empty-or-relative");
const QString kMissing = QStringLiteral("path.missing-dir");
const QString kDuplicate = QStringLiteral("path.duplicate");

// "entry 3 of PATH" as evidence, so a reader can find it in a long PATH.
Evidence entryEvidence(const PathEntry &e)
{
    return {Evidence::Kind::Env, QStringLiteral("PATH"), 0,
            PathChecks::tr("PATH entry %1: \"%2\"").arg(e.index + 1).arg(e.raw)};
}
} // namespace

QList<Check> PathChecks::all()
{
    return {
        {kTilde, &PathChecks::tildeLiteral},
        {kRelative, &PathChecks::emptyOrRelative},
        {kMissing, &PathChecks::missingDir},
        {kDuplicate, &PathChecks::duplicate},
    };
}

QList<CheckResult> PathChecks::tildeLiteral(const Facts &f)
{
    QList<CheckResult> out;
    for (const PathEntry &e : f.path) {
        if (e.kind != PathEntry::Kind::Tilde)
            continue;
        CheckResult r = make(kTilde, Severity::Warning, tr("PATH holds a literal ~"),
                             tr("PATH entry %1 is \"%2\". The shell replaces ~ with your home folder only when it is "
                                "unquoted at the start of a word; inside quotes (export PATH=\"~/go/bin:$PATH\") it "
                                "stays a plain ~, and no program looks in a folder called \"~\". So nothing in %3 is "
                                "found.")
                                 .arg(e.index + 1)
                                 .arg(e.raw, e.meant.isEmpty() ? e.raw : e.meant));
        if (e.meantHasGo)
            r.message = joinSentences(r.message, tr("That folder holds `go`."));
        r.evidence << entryEvidence(e);
        r.howToFix =
            tr("Write $HOME instead of ~ in the export (export PATH=\"$HOME%1:$PATH\") and open a new terminal.")
                .arg(e.raw.mid(1));
        r.fixes << QStringLiteral("fix.path-expand-tilde");
        out << r;
    }
    if (out.isEmpty())
        out << make(kTilde, Severity::Ok, tr("No literal ~ in PATH"), tr("Every PATH entry is spelled out."));
    return out;
}

QList<CheckResult> PathChecks::emptyOrRelative(const Facts &f)
{
    QList<CheckResult> out;
    for (const PathEntry &e : f.path) {
        if (e.kind == PathEntry::Kind::Empty) {
            CheckResult r = make(kRelative, Severity::Warning, tr("PATH has an empty entry"),
                                 tr("PATH entry %1 is empty (a leading or trailing colon, or \"::\"). An empty entry "
                                    "means the current folder: any program called `go`, `ls` or `git` in a folder you "
                                    "cd into runs instead of the real one. This is a security hole, usually from "
                                    "export PATH=$PATH:$X with X unset.")
                                     .arg(e.index + 1));
            r.evidence << Evidence::env(QStringLiteral("PATH"), f.env.value(QStringLiteral("PATH")));
            r.howToFix = tr("Remove the stray colon from the PATH export in your start-up files.");
            r.fixes << QStringLiteral("fix.path-clean");
            out << r;
        } else if (e.kind == PathEntry::Kind::Relative) {
            CheckResult r = make(kRelative, Severity::Warning, tr("PATH has a relative entry"),
                                 tr("PATH entry %1 is \"%2\", which does not start with /. It is looked up from "
                                    "whatever folder you are in, so commands change meaning as you cd around, and a "
                                    "program planted in a project folder can run instead of the real one.")
                                     .arg(e.index + 1)
                                     .arg(e.raw));
            r.evidence << entryEvidence(e);
            r.howToFix = tr("Use an absolute folder (e.g. $HOME/%1) in the PATH export.").arg(e.raw);
            r.fixes << QStringLiteral("fix.path-clean");
            out << r;
        }
    }
    if (out.isEmpty())
        out << make(kRelative, Severity::Ok, tr("PATH entries are absolute"), tr("No empty or relative PATH entry."));
    return out;
}

QList<CheckResult> PathChecks::missingDir(const Facts &f)
{
    QList<CheckResult> out;
    for (const PathEntry &e : f.path) {
        if (e.kind != PathEntry::Kind::Absolute || e.duplicateOf >= 0 || e.isDir)
            continue;
        CheckResult r = make(
            kMissing, Severity::Info, e.exists ? tr("A PATH entry is not a folder") : tr("A PATH entry does not exist"),
            e.exists
                ? tr("PATH entry %1, %2, is a file, not a folder; nothing is found there.").arg(e.index + 1).arg(e.raw)
                : tr("PATH entry %1, %2, does not exist. Harmless by itself, but if you expect "
                     "programs there (an uninstalled tool, a typo), they will not be found.")
                      .arg(e.index + 1)
                      .arg(e.raw));
        r.evidence << entryEvidence(e);
        r.howToFix = tr("Remove it from the PATH export, or fix its spelling.");
        r.fixes << QStringLiteral("fix.path-clean");
        out << r;
    }
    if (out.isEmpty())
        out << make(kMissing, Severity::Ok, tr("Every PATH folder exists"),
                    tr("No PATH entry names a missing folder."));
    return out;
}

QList<CheckResult> PathChecks::duplicate(const Facts &f)
{
    QList<CheckResult> out;
    for (const PathEntry &e : f.path) {
        if (e.duplicateOf < 0 || e.kind == PathEntry::Kind::Empty)
            continue;
        const PathEntry &first = f.path.at(e.duplicateOf);
        CheckResult r = make(kDuplicate, Severity::Info, tr("A folder is on PATH twice"),
                             tr("PATH entry %1 (%2) repeats entry %3 (%4). Only the first counts; repeats usually come "
                                "from a start-up file that adds to PATH every time it is read (a nested shell, "
                                "`source ~/.bashrc`).")
                                 .arg(e.index + 1)
                                 .arg(e.raw)
                                 .arg(first.index + 1)
                                 .arg(first.raw));
        r.evidence << entryEvidence(e);
        r.howToFix = tr("Guard the PATH line so it adds the folder only once, or remove the repeat.");
        r.fixes << QStringLiteral("fix.path-clean");
        out << r;
    }
    if (out.isEmpty())
        out << make(kDuplicate, Severity::Ok, tr("No repeated PATH entries"), tr("Each folder is on PATH once."));
    return out;
}
