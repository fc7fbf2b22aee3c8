#pragma once

#include "Check.h"

#include <QCoreApplication>

// shell.* — which start-up file sets Go up, and which shells and sessions read it
// (checks.md, "path and shell").
class ShellChecks {
    Q_DECLARE_TR_FUNCTIONS(ShellChecks)
public:
    static QList<Check> all();

    static QList<CheckResult> rcMismatch(const Facts &f);
    static QList<CheckResult> notLoaded(const Facts &f);
    static QList<CheckResult> guiSession(const Facts &f);
    static QList<CheckResult> profileShadowed(const Facts &f);

    // A start-up line that sets Go up: a GO* variable, or a PATH folder that holds `go` or is
    // a Go bin folder by its name (shared with go.shadowed).
    static bool setsUpGo(const Facts &f, const ShellAssignment &a);
    static QString shellName(ShellKind kind);
};
