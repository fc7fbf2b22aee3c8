#pragma once

#include "Check.h"

#include <QCoreApplication>

// go.* — the toolchain on PATH (checks.md, "go").
class GoChecks {
    Q_DECLARE_TR_FUNCTIONS(GoChecks)
public:
    static QList<Check> all();

    static QList<CheckResult> notFound(const Facts &f);
    static QList<CheckResult> brokenLink(const Facts &f);
    static QList<CheckResult> shadowed(const Facts &f);
    static QList<CheckResult> wrongArch(const Facts &f);
    static QList<CheckResult> versionUnsupported(const Facts &f);
    static QList<CheckResult> patchBehind(const Facts &f);
    static QList<CheckResult> multipleInstalls(const Facts &f);
};
