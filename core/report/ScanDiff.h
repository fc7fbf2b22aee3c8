#pragma once

#include "model/CheckResult.h"

#include <QList>
#include <QString>

// One difference between two scans of the same machine, as the Fix page shows it after the user
// ran the script and scanned again.
struct ScanChange {
    enum class Kind {
        Fixed,        // a warning or error before; ok, info or gone now
        StillFailing, // a warning or error before and now
        New,          // a warning or error now that was not there before
        Unchecked,    // a warning or error before; the check could not look this time (skipped)
    };
    Kind kind = Kind::Fixed;
    QString check;                  // check id
    QString title;                  // the newer result's title when there is one, else the older one's
    QString detail;                 // the first evidence, to tell per-entry results of one check apart
    Severity before = Severity::Ok; // Ok when there was no such result
    Severity after = Severity::Ok;

    bool operator==(const ScanChange &o) const
    {
        return kind == o.kind && check == o.check && title == o.title && detail == o.detail && before == o.before &&
               after == o.after;
    }
};

// What changed between two scans. Pure: results in, changes out.
class ScanDiff {
public:
    // Pairs each problem (warning/error) of `before` with a result of `after`: first one of the
    // same check with the same first evidence (path and text), then the same check and evidence
    // path (a value or a line that changed), then the same check. Per-entry results (one per PATH
    // entry, one per file) thus pair up entry by entry. Changes come fixed first, then still
    // failing, new and unchecked, each in the order of its scan.
    static QList<ScanChange> compare(const QList<CheckResult> &before, const QList<CheckResult> &after);
    static bool isProblem(Severity s) { return s == Severity::Warning || s == Severity::Error; }
    static int count(const QList<ScanChange> &changes, ScanChange::Kind kind);
    // Nothing fixed, nothing new and nothing that could not be checked (problems may remain).
    static bool nothingChanged(const QList<ScanChange> &changes);
};
