#pragma once

#include "Check.h"

#include <QCoreApplication>

// modules.disabled and goenv.* — the go env file and GO* settings (checks.md, "go").
class GoEnvChecks {
    Q_DECLARE_TR_FUNCTIONS(GoEnvChecks)
public:
    static QList<Check> all();

    static QList<CheckResult> modulesDisabled(const Facts &f);
    static QList<CheckResult> fileOverrides(const Facts &f);
    static QList<CheckResult> obsolete(const Facts &f);
};
