#pragma once

#include "Check.h"

#include <QCoreApplication>

// path.* — the PATH variable itself (checks.md, "path and shell").
class PathChecks {
    Q_DECLARE_TR_FUNCTIONS(PathChecks)
public:
    static QList<Check> all();

    static QList<CheckResult> tildeLiteral(const Facts &f);
    static QList<CheckResult> emptyOrRelative(const Facts &f);
    static QList<CheckResult> missingDir(const Facts &f);
    static QList<CheckResult> duplicate(const Facts &f);
};
