#pragma once

#include "model/CheckResult.h"
#include "model/Facts.h"

#include <functional>

// A check: a stable id from checks.md and a pure function of the Facts. It never does I/O.
struct Check {
    QString id;
    std::function<QList<CheckResult>(const Facts &)> run;

    // "go" for "go.shadowed": the area results are grouped by.
    QString area() const { return id.section(QLatin1Char('.'), 0, 0); }
};

// Small helpers shared by the check files.
namespace CheckKit {
CheckResult make(const QString &id, Severity severity, const QString &title, const QString &message);
// One Link evidence per hop: "/usr/bin/go -> ../lib/go-1.18/bin/go".
QList<Evidence> linkEvidence(const Resolution &r);
// The command line and its output (stdout, else stderr), trimmed to a few lines.
Evidence commandEvidence(const CommandResult &c);
// "Go 1.23.2" or "unknown version".
QString describeVersion(const std::optional<GoVersion> &v);
// The PATH variable as evidence.
Evidence pathEvidence(const Facts &f);
// `a` then `b` as one text: a space between them, none after Chinese (or other CJK) text.
QString joinSentences(const QString &a, const QString &b);
// True when `path` is `dir` or inside it (both cleaned, absolute).
bool isInside(const QString &path, const QString &dir);
} // namespace CheckKit
