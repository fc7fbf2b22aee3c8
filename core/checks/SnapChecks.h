#pragma once

#include "Check.h"

#include <QCoreApplication>

// snap.* — the Go snap and /snap/bin (checks.md, "snap").
class SnapChecks {
    Q_DECLARE_TR_FUNCTIONS(SnapChecks)
public:
    static QList<Check> all();

    static QList<CheckResult> goActive(const Facts &f);
    static QList<CheckResult> conflict(const Facts &f);
    static QList<CheckResult> binNotOnPath(const Facts &f);
};
