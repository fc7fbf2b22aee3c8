#pragma once

#include "model/RlimitFacts.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <limits>
#include <optional>

// Static readers of the places a resource limit of the user's processes may be set. Pure: text in,
// RlimitSource lines out.
namespace LimitsConf {

// pam_limits' files (limits.conf(5)): "<domain> <type> <item> <value>", `#` comments. Items are the
// prlimit names (as, nofile, nproc, ...); `as` and the other sizes are in KiB there. Only lines
// whose domain can apply to `user`/`uid` are returned: `*`, the user's name, `@group` (group
// membership is not resolved, so a group line is kept and its domain shown), `%group`, and uid
// ranges (`1000:`, `:2000`, `1000:2000`). `type` is "soft", "hard" or "both" (`-`).
QList<RlimitSource> parse(const QByteArray &text, const QString &file, const QString &user, qint64 uid);

// `ulimit` commands in a shell start-up file: `ulimit -v 2097152`, `ulimit -Sn 4096`,
// `ulimit -H -u 512`. -v is `as` (KiB), -n `nofile`, -u `nproc`. Without -S or -H bash sets both.
QList<RlimitSource> scanUlimit(const QByteArray &text, const QString &file);

// A limits.conf/ulimit value in bytes for `as` (KiB in both files) or a count; -1 for unlimited,
// nullopt when it is not a number.
std::optional<qint64> valueOf(const RlimitSource &source);

} // namespace LimitsConf
