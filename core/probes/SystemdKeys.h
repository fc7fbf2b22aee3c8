#pragma once

#include "model/SystemdFacts.h"

#include <QString>

// systemd's key tables for the files that limit a user's session, and the judgement of one line.
//
// Checked against systemd's sources (systemd/systemd, main branch as stored in late 2026):
// - [Manager] of system.conf/user.conf: the ConfigTableItem list of parse_config_file() in
//   src/core/main.c. It has DefaultLimitCPU ... DefaultLimitRTTIME (16 rlimits, no "MEMORY"),
//   DefaultTasksMax and Default*Accounting, but no DefaultMemoryMax/DefaultMemoryHigh/DefaultCPUQuota
//   and no MemoryMax/CPUQuota: memory and CPU limits are not manager settings.
// - DefaultLimitCPU= is parsed by rlimit_parse_sec() (src/basic/rlimit-util.c): a time span in
//   seconds ("infinity", "80", "1h"); "80%" does not parse and the line is ignored with a warning.
// - [Slice]: CGROUP_CONTEXT_CONFIG_ITEMS('Slice') plus ConcurrencySoftMax/HardMax in
//   src/core/load-fragment-gperf.gperf.in. There MemoryLimit=, CPUShares=, StartupCPUShares= and
//   the BlockIO*= keys are config_parse_warn_compat/DISABLED_LEGACY, i.e. ignored with a warning
//   (cgroup v1 support was removed in 2025, systemd/systemd#37026). man systemd.resource-control,
//   "History": deprecated since systemd 252. Before the removal, MemoryLimit= on cgroup v2 was
//   applied as memory.max only when no MemoryMax=/MemoryHigh=/MemoryLow=... was set (cgroup.c,
//   "Applying MemoryLimit=%" PRIu64 " as MemoryMax=").
// - CPUQuota= "Takes a percentage value, suffixed with %" (man systemd.resource-control).
namespace SystemdKeys {

enum class FileKind {
    Slice,   // user-UID.slice, user.slice and their drop-ins: [Unit], [Slice], [Install]
    Service, // user@.service drop-ins: [Unit], [Service], [Install]
    Manager, // system.conf, user.conf and their .d/ drop-ins: [Manager] only
};

struct Verdict {
    SystemdSetting::Problem problem = SystemdSetting::Problem::None;
    QString suggestion; // the key (or section) meant
};

Verdict judge(FileKind kind, const QString &section, const QString &key, const QString &value);

// A cgroup resource-control key (MemoryMax, CPUQuota, TasksMax, ...), legacy names included.
bool isResourceKey(const QString &key);
// A [Manager] key systemd knows.
bool isManagerKey(const QString &key);
// A [Slice] key systemd knows (legacy names included: they exist, they are just ignored).
bool isSliceKey(const QString &key);
// The cgroup v2 name for a v1 key (MemoryLimit -> MemoryMax); empty when the key is not legacy.
QString legacyReplacement(const QString &key);
// A systemd time span as rlimit_parse_sec() takes it ("infinity", "80", "1min 30s").
bool isTimeSpan(const QString &value);

} // namespace SystemdKeys
