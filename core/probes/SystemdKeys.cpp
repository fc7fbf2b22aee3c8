#include "SystemdKeys.h"

#include <QRegularExpression>
#include <QSet>

namespace SystemdKeys {
namespace {

using Problem = SystemdSetting::Problem;

// src/core/main.c, parse_config_file(): the [Manager] table.
const QSet<QString> &managerKeys()
{
    static const QSet<QString> keys = [] {
        QSet<QString> k;
        for (const char *name : {"LogLevel",
                                 "LogTarget",
                                 "LogColor",
                                 "LogLocation",
                                 "LogTime",
                                 "DumpCore",
                                 "CrashChVT",
                                 "CrashChangeVT",
                                 "CrashShell",
                                 "CrashReboot",
                                 "ShowStatus",
                                 "StatusUnitFormat",
                                 "CPUAffinity",
                                 "NUMAPolicy",
                                 "NUMAMask",
                                 "JoinControllers",
                                 "RuntimeWatchdogSec",
                                 "RuntimeWatchdogPreSec",
                                 "RebootWatchdogSec",
                                 "ShutdownWatchdogSec",
                                 "KExecWatchdogSec",
                                 "WatchdogDevice",
                                 "RuntimeWatchdogPreGovernor",
                                 "CapabilityBoundingSet",
                                 "NoNewPrivileges",
                                 "ProtectSystem",
                                 "SystemCallArchitectures",
                                 "TimerSlackNSec",
                                 "DefaultTimerAccuracySec",
                                 "DefaultStandardOutput",
                                 "DefaultStandardError",
                                 "DefaultTimeoutStartSec",
                                 "DefaultTimeoutStopSec",
                                 "DefaultTimeoutAbortSec",
                                 "DefaultDeviceTimeoutSec",
                                 "DefaultRestartSec",
                                 "DefaultStartLimitInterval",
                                 "DefaultStartLimitIntervalSec",
                                 "DefaultStartLimitBurst",
                                 "DefaultEnvironment",
                                 "ManagerEnvironment",
                                 "DefaultCPUAccounting",
                                 "DefaultIOAccounting",
                                 "DefaultIPAccounting",
                                 "DefaultBlockIOAccounting",
                                 "DefaultMemoryAccounting",
                                 "DefaultTasksAccounting",
                                 "DefaultTasksMax",
                                 "DefaultMemoryPressureThresholdSec",
                                 "DefaultMemoryPressureWatch",
                                 "CtrlAltDelBurstAction",
                                 "DefaultOOMPolicy",
                                 "DefaultOOMScoreAdjust",
                                 "ReloadLimitIntervalSec",
                                 "ReloadLimitBurst",
                                 "DefaultSmackProcessLabel"})
            k.insert(QString::fromLatin1(name));
        for (const char *rl : {"CPU", "FSIZE", "DATA", "STACK", "CORE", "RSS", "NOFILE", "AS", "NPROC", "MEMLOCK",
                               "LOCKS", "SIGPENDING", "MSGQUEUE", "NICE", "RTPRIO", "RTTIME"})
            k.insert(QStringLiteral("DefaultLimit") + QString::fromLatin1(rl));
        return k;
    }();
    return keys;
}

// load-fragment-gperf.gperf.in: CGROUP_CONTEXT_CONFIG_ITEMS and the Slice-only keys.
const QSet<QString> &sliceKeys()
{
    static const QSet<QString> keys = [] {
        QSet<QString> k;
        for (const char *name : {"Slice",
                                 "AllowedCPUs",
                                 "StartupAllowedCPUs",
                                 "AllowedMemoryNodes",
                                 "StartupAllowedMemoryNodes",
                                 "CPUAccounting",
                                 "CPUWeight",
                                 "StartupCPUWeight",
                                 "CPUShares",
                                 "StartupCPUShares",
                                 "CPUQuota",
                                 "CPUQuotaPeriodSec",
                                 "MemoryAccounting",
                                 "MemoryMin",
                                 "DefaultMemoryMin",
                                 "DefaultMemoryLow",
                                 "DefaultStartupMemoryLow",
                                 "MemoryLow",
                                 "StartupMemoryLow",
                                 "MemoryHigh",
                                 "StartupMemoryHigh",
                                 "MemoryMax",
                                 "StartupMemoryMax",
                                 "MemorySwapMax",
                                 "StartupMemorySwapMax",
                                 "MemoryZSwapMax",
                                 "StartupMemoryZSwapMax",
                                 "MemoryZSwapWriteback",
                                 "MemoryLimit",
                                 "DeviceAllow",
                                 "DevicePolicy",
                                 "IOAccounting",
                                 "IOWeight",
                                 "StartupIOWeight",
                                 "IODeviceWeight",
                                 "IOReadBandwidthMax",
                                 "IOWriteBandwidthMax",
                                 "IOReadIOPSMax",
                                 "IOWriteIOPSMax",
                                 "IODeviceLatencyTargetSec",
                                 "BlockIOAccounting",
                                 "BlockIOWeight",
                                 "StartupBlockIOWeight",
                                 "BlockIODeviceWeight",
                                 "BlockIOReadBandwidth",
                                 "BlockIOWriteBandwidth",
                                 "TasksAccounting",
                                 "TasksMax",
                                 "Delegate",
                                 "DelegateSubgroup",
                                 "DisableControllers",
                                 "IPAccounting",
                                 "IPAddressAllow",
                                 "IPAddressDeny",
                                 "IPIngressFilterPath",
                                 "IPEgressFilterPath",
                                 "ManagedOOMSwap",
                                 "ManagedOOMMemoryPressure",
                                 "ManagedOOMMemoryPressureLimit",
                                 "ManagedOOMMemoryPressureDurationSec",
                                 "ManagedOOMPreference",
                                 "NetClass",
                                 "BPFProgram",
                                 "SocketBindAllow",
                                 "SocketBindDeny",
                                 "RestrictNetworkInterfaces",
                                 "MemoryPressureThresholdSec",
                                 "MemoryPressureWatch",
                                 "NFTSet",
                                 "CoredumpReceive",
                                 "ConcurrencySoftMax",
                                 "ConcurrencyHardMax"})
            k.insert(QString::fromLatin1(name));
        return k;
    }();
    return keys;
}

// Keys that limit resources and that people put in the wrong place (a subset of sliceKeys).
bool isLimitKey(const QString &key)
{
    static const QSet<QString> keys{
        QStringLiteral("MemoryMax"), QStringLiteral("MemoryHigh"),    QStringLiteral("MemoryLow"),
        QStringLiteral("MemoryMin"), QStringLiteral("MemorySwapMax"), QStringLiteral("CPUQuota"),
        QStringLiteral("CPUWeight"), QStringLiteral("TasksMax"),      QStringLiteral("MemoryLimit"),
        QStringLiteral("CPUShares"), QStringLiteral("AllowedCPUs"),   QStringLiteral("IOWeight")};
    return keys.contains(key);
}

// A key someone wrote because they wanted a memory/CPU/task limit in the manager file:
// MemoryMax=, DefaultMemoryMax=, DefaultCPUQuota=, DefaultMemoryHigh=, DefaultMemoryLimit= ...
bool looksLikeResourceKey(const QString &key)
{
    if (isLimitKey(key))
        return true;
    if (key.startsWith(QLatin1String("Default")) && isLimitKey(key.mid(7)))
        return true;
    static const QRegularExpression memoryish(QStringLiteral("^(Default)?(Memory|CPU|Tasks)"));
    return memoryish.match(key).hasMatch() && !managerKeys().contains(key);
}

QString caseInsensitiveMatch(const QSet<QString> &keys, const QString &key)
{
    for (const QString &k : keys) {
        if (k.compare(key, Qt::CaseInsensitive) == 0)
            return k;
    }
    return {};
}

// RLIMIT_CPU as a time span, soft or soft:hard (rlimit_parse() splits on ':').
bool isCpuLimitValid(const QString &value, bool *finite)
{
    *finite = false;
    const QStringList parts = value.split(QLatin1Char(':'));
    if (parts.size() > 2)
        return false;
    for (int i = 0; i < parts.size(); ++i) {
        const QString p = parts.at(i).trimmed();
        if (!isTimeSpan(p))
            return false;
        if (i == 0 && p != QLatin1String("infinity"))
            *finite = true;
    }
    return true;
}

Verdict judgeSliceSection(const QString &key, const QString &value)
{
    const QString replacement = legacyReplacement(key);
    if (!replacement.isEmpty())
        return {Problem::LegacyCgroupKey, replacement};
    if (key == QLatin1String("CPUQuota") && !value.isEmpty() && !value.endsWith(QLatin1Char('%')))
        return {Problem::CpuQuotaNoPercent, QStringLiteral("CPUQuota")};
    if (!sliceKeys().contains(key))
        return {Problem::UnknownSliceKey, caseInsensitiveMatch(sliceKeys(), key)};
    return {};
}

} // namespace

bool isResourceKey(const QString &key)
{
    return sliceKeys().contains(key) && key != QLatin1String("Slice");
}

bool isManagerKey(const QString &key)
{
    return managerKeys().contains(key);
}

bool isSliceKey(const QString &key)
{
    return sliceKeys().contains(key);
}

QString legacyReplacement(const QString &key)
{
    // man systemd.resource-control, "History", systemd 252, and the matching cgroup v2 keys.
    static const QHash<QString, QString> map{
        {QStringLiteral("MemoryLimit"), QStringLiteral("MemoryMax")},
        {QStringLiteral("CPUShares"), QStringLiteral("CPUWeight")},
        {QStringLiteral("StartupCPUShares"), QStringLiteral("StartupCPUWeight")},
        {QStringLiteral("BlockIOAccounting"), QStringLiteral("IOAccounting")},
        {QStringLiteral("BlockIOWeight"), QStringLiteral("IOWeight")},
        {QStringLiteral("StartupBlockIOWeight"), QStringLiteral("StartupIOWeight")},
        {QStringLiteral("BlockIODeviceWeight"), QStringLiteral("IODeviceWeight")},
        {QStringLiteral("BlockIOReadBandwidth"), QStringLiteral("IOReadBandwidthMax")},
        {QStringLiteral("BlockIOWriteBandwidth"), QStringLiteral("IOWriteBandwidthMax")},
    };
    return map.value(key);
}

bool isTimeSpan(const QString &value)
{
    // parse_sec(): numbers with optional units, several parts allowed ("1min 30s"); no unit means
    // seconds. Units from src/basic/time-util.c (usec, ms, s, min, h, d, w, M, y and their long forms).
    if (value == QLatin1String("infinity"))
        return true;
    static const QRegularExpression span(QStringLiteral(
        "^\\s*(?:\\d+(?:\\.\\d+)?\\s*(?:usec|us|µs|μs|msec|ms|seconds|second|sec|s|minutes|minute|min|months|month|"
        "M|hours|hour|hr|h|days|day|d|weeks|week|w|years|year|y)?\\s*)+$"));
    return !value.trimmed().isEmpty() && span.match(value).hasMatch();
}

Verdict judge(FileKind kind, const QString &section, const QString &key, const QString &value)
{
    switch (kind) {
    case FileKind::Manager: {
        if (section != QLatin1String("Manager")) {
            // Only [Manager] is read from system.conf/user.conf (config_parse(..., "Manager\0", ...)).
            if (looksLikeResourceKey(key) || isResourceKey(key))
                return {Problem::ResourceInManager, QString()};
            return {Problem::UnknownManagerKey, QStringLiteral("Manager")};
        }
        if (managerKeys().contains(key)) {
            if (key == QLatin1String("DefaultLimitCPU") && !value.isEmpty()) {
                bool finite = false;
                if (!isCpuLimitValid(value, &finite))
                    return {Problem::CpuLimitNotSeconds, QStringLiteral("CPUQuota")};
                if (finite)
                    return {Problem::CpuLimitSeconds, QStringLiteral("CPUQuota")};
            }
            return {};
        }
        if (key.startsWith(QLatin1String("DefaultLimit")))
            return {Problem::NoSuchRlimit, caseInsensitiveMatch(managerKeys(), key)};
        if (looksLikeResourceKey(key))
            return {Problem::ResourceInManager, QString()};
        return {Problem::UnknownManagerKey, caseInsensitiveMatch(managerKeys(), key)};
    }
    case FileKind::Slice:
        if (section == QLatin1String("Slice"))
            return judgeSliceSection(key, value);
        // [Unit]/[Install] keys are not limits; a limit there (or in a [Service] the slice does
        // not have) is ignored: "Unknown key name ... in section 'Unit', ignoring".
        if (isResourceKey(key) || !legacyReplacement(key).isEmpty())
            return {Problem::WrongSection, QStringLiteral("Slice")};
        return {};
    case FileKind::Service:
        if (section == QLatin1String("Service")) {
            const QString replacement = legacyReplacement(key);
            if (!replacement.isEmpty())
                return {Problem::LegacyCgroupKey, replacement};
            if (key == QLatin1String("CPUQuota") && !value.isEmpty() && !value.endsWith(QLatin1Char('%')))
                return {Problem::CpuQuotaNoPercent, QStringLiteral("CPUQuota")};
            if (key == QLatin1String("LimitCPU") && !value.isEmpty()) {
                bool finite = false;
                if (!isCpuLimitValid(value, &finite))
                    return {Problem::CpuLimitNotSeconds, QStringLiteral("CPUQuota")};
                if (finite)
                    return {Problem::CpuLimitSeconds, QStringLiteral("CPUQuota")};
            }
            return {};
        }
        if (isResourceKey(key) || !legacyReplacement(key).isEmpty())
            return {Problem::WrongSection, QStringLiteral("Service")};
        return {};
    }
    return {};
}

} // namespace SystemdKeys
