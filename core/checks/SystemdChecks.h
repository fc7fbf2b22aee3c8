#pragma once

#include "Check.h"

#include <QCoreApplication>

#include <optional>

// systemd.* — drop-ins and manager files that do not do what their author thought
// (checks.md, "cgroup and systemd").
class SystemdChecks {
    Q_DECLARE_TR_FUNCTIONS(SystemdChecks)
public:
    static QList<Check> all();

    static QList<CheckResult> bogusSetting(const Facts &f);

private:
    static CheckResult resultFor(const Facts &f, const SystemdSetting &s);
    static std::optional<CheckResult> resultFor(const SystemdFile &file, const SystemdSyntaxIssue &issue);
    static QString sliceDropInHowTo(const Facts &f, const QString &lines);
};
