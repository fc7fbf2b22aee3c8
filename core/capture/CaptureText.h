#pragma once

#include "SnapshotCapture.h"

// How a capture is described to people: one line per entry (for --capture --verbose and the
// GUI's list) and a closing summary.
class CaptureText final {
    Q_DECLARE_TR_FUNCTIONS(CaptureText)
public:
    // "/usr/bin/go -> ../lib/go-1.19/bin/go", "/home/u/.bashrc  1.2 KiB, redacted", "/usr/lib/go/ (folder)".
    static QString entryLine(const CapturedEntry &entry);
    // What an entry is and what was done to it, for a column of its own.
    static QString kindText(const CapturedEntry &entry);
    static QString noteText(const CapturedEntry &entry);
    // "Snapshot written to F: 41 files, 12 links, 30 folders, 3 commands (88 KiB). Withheld: ~/.netrc."
    static QString summary(const CapturePlan &plan, const QString &file);
};
