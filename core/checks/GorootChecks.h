#pragma once

#include "Check.h"

#include <QCoreApplication>

// goroot.* and gopath.* — where Go looks for itself and for your code (checks.md, "go").
class GorootChecks {
    Q_DECLARE_TR_FUNCTIONS(GorootChecks)
public:
    static QList<Check> all();

    static QList<CheckResult> mismatch(const Facts &f);
    static QList<CheckResult> invalid(const Facts &f);
    static QList<CheckResult> setUnneeded(const Facts &f);
    static QList<CheckResult> gopathEqualsGoroot(const Facts &f);
    static QList<CheckResult> gopathBinNotOnPath(const Facts &f);
};
