#include "CheckResult.h"

#include <QCoreApplication>

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Ok: return QStringLiteral("ok");
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    case Severity::Skipped: return QStringLiteral("skipped");
    }
    return QStringLiteral("skipped");
}

int severityRank(Severity s)
{
    switch (s) {
    case Severity::Error: return 0;
    case Severity::Warning: return 1;
    case Severity::Info: return 2;
    case Severity::Skipped: return 3;
    case Severity::Ok: return 4;
    }
    return 5;
}

QString evidenceKindName(Evidence::Kind k)
{
    switch (k) {
    case Evidence::Kind::File: return QStringLiteral("file");
    case Evidence::Kind::Link: return QStringLiteral("link");
    case Evidence::Kind::Env: return QStringLiteral("env");
    case Evidence::Kind::Command: return QStringLiteral("command");
    case Evidence::Kind::Cgroup: return QStringLiteral("cgroup");
    case Evidence::Kind::Network: return QStringLiteral("network");
    case Evidence::Kind::Elf: return QStringLiteral("elf");
    }
    return QStringLiteral("file");
}
