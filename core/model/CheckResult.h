#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

enum class Severity { Ok, Info, Warning, Error, Skipped };

QString severityName(Severity s); // "ok", "info", ... as in the report JSON
// Worst first: error, warning, info, skipped, ok.
int severityRank(Severity s);
// The worse of two severities (by severityRank).
inline Severity worse(Severity a, Severity b)
{
    return severityRank(b) < severityRank(a) ? b : a;
}

// One piece of evidence: a file and line, a link hop, an env var, a command's output.
struct Evidence {
    enum class Kind { File, Link, Env, Command, Cgroup, Network, Elf };
    Kind kind = Kind::File;
    QString path; // file, link, or variable name; the command line for Command
    int line = 0; // 1-based for File; 0 when not a line
    QString text;

    static Evidence file(const QString &path, int line, const QString &text) { return {Kind::File, path, line, text}; }
    static Evidence link(const QString &path, const QString &text) { return {Kind::Link, path, 0, text}; }
    static Evidence env(const QString &name, const QString &value)
    {
        return {Kind::Env, name, 0, name + QLatin1Char('=') + value};
    }
    static Evidence command(const QString &cmdline, const QString &text) { return {Kind::Command, cmdline, 0, text}; }
    static Evidence cgroup(const QString &file, const QString &text) { return {Kind::Cgroup, file, 0, text}; }
    static Evidence elf(const QString &path, const QString &text) { return {Kind::Elf, path, 0, text}; }
};
QString evidenceKindName(Evidence::Kind k);

// What one check says. A check may give several results (one per offending PATH entry).
struct CheckResult {
    QString check; // stable id from checks.md, e.g. "go.shadowed"
    Severity severity = Severity::Ok;
    QString title;
    QString message; // for a newcomer: what is wrong, why it breaks Go
    QList<Evidence> evidence;
    QStringList fixes;    // fix ids (fix.*)
    QString howToFix;     // plain words; the fix script (remedy/) turns `fixes` into steps where it can
    QStringList causedBy; // ids of results that explain this one
};

Q_DECLARE_METATYPE(CheckResult)
