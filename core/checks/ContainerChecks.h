#pragma once

#include "Check.h"

#include <QCoreApplication>

// container.* — container runtimes' cgroup drivers (checks.md, "cgroup and systemd").
class ContainerChecks {
    Q_DECLARE_TR_FUNCTIONS(ContainerChecks)
public:
    static QList<Check> all();

    static QList<CheckResult> cgroupDriver(const Facts &f);

private:
    static Evidence evidenceOf(const QString &name, const CgroupDriverSetting &s);
};
