#include "SystemdChecks.h"

using namespace CheckKit;

namespace {
const QString kBogus = QStringLiteral("systemd.bogus-setting");
using Problem = SystemdSetting::Problem;

QString assignment(const SystemdSetting &s)
{
    return s.key + QLatin1Char('=') + s.value;
}
} // namespace

QList<Check> SystemdChecks::all()
{
    return {{kBogus, &SystemdChecks::bogusSetting}};
}

QString SystemdChecks::sliceDropInHowTo(const Facts &f, const QString &lines)
{
    const QString uid = f.user.uid >= 0 ? QString::number(f.user.uid) : QStringLiteral("$(id -u)");
    const QString dir = QStringLiteral("/etc/systemd/system/user-%1.slice.d").arg(uid);
    return tr("To limit your session, give your user slice a drop-in and reload systemd:\n"
              "sudo mkdir -p %1\n"
              "printf '%s\\n' '[Slice]' '%2' | sudo tee %1/50-limits.conf\n"
              "sudo systemctl daemon-reload\n"
              "(user-.slice.d/ instead of user-%3.slice.d/ sets it for every user.)")
        .arg(dir, lines, uid);
}

CheckResult SystemdChecks::resultFor(const Facts &f, const SystemdSetting &s)
{
    const QString where = QStringLiteral("%1:%2").arg(s.file).arg(s.line);
    const QString removeLine =
        tr("Remove line %1 from %2 (sudo editor %2): systemd ignores it, and it misleads the next reader.")
            .arg(s.line)
            .arg(s.file);
    CheckResult r;
    switch (s.problem) {
    case Problem::NoSuchRlimit:
        r = make(kBogus, Severity::Warning, tr("%1= does not exist").arg(s.key),
                 tr("%1 sets %2, but systemd has no such key: the resource limits it knows are DefaultLimitCPU, "
                    "FSIZE, DATA, STACK, CORE, RSS, NOFILE, AS, NPROC, MEMLOCK, LOCKS, SIGPENDING, MSGQUEUE, NICE, "
                    "RTPRIO and RTTIME, and none of them limits a session's memory. systemd logs a warning and "
                    "ignores the line, so nothing is limited.")
                     .arg(where, assignment(s)));
        if (!s.suggestion.isEmpty())
            r.message =
                joinSentences(r.message, tr("Keys are case-sensitive: %1= is the one that exists.").arg(s.suggestion));
        r.howToFix = joinSentences(removeLine, sliceDropInHowTo(f, QStringLiteral("MemoryMax=4G")));
        break;
    case Problem::UnknownManagerKey:
        r = make(kBogus, Severity::Warning, tr("%1= is not a [Manager] setting").arg(s.key),
                 tr("%1 sets %2 in %3, which systemd only reads for its [Manager] section; this key is not one of "
                    "them, so systemd ignores the line.")
                     .arg(where, assignment(s), s.unit));
        if (!s.suggestion.isEmpty() && s.suggestion != QLatin1String("Manager"))
            r.message =
                joinSentences(r.message, tr("Keys are case-sensitive: %1= is the one that exists.").arg(s.suggestion));
        r.howToFix = removeLine;
        break;
    case Problem::ResourceInManager:
        r = make(kBogus, Severity::Warning, tr("%1= is not read from %2").arg(s.key, s.unit),
                 tr("%1 sets %2, but system.conf and user.conf only read [Manager], and [Manager] has no memory or "
                    "CPU limits (only DefaultTasksMax= and the DefaultLimit*= rlimits). systemd ignores the line. "
                    "Memory and CPU limits belong to a slice: MemoryMax=, MemoryHigh=, CPUQuota=, TasksMax=.")
                     .arg(where, assignment(s)));
        r.howToFix = joinSentences(removeLine, sliceDropInHowTo(f, QStringLiteral("MemoryMax=4G")));
        break;
    case Problem::CpuLimitNotSeconds:
        r = make(kBogus, Severity::Warning, tr("%1 is not a CPU share").arg(assignment(s)),
                 tr("%1 sets %2. %3= is RLIMIT_CPU: the CPU time in seconds one process may use before the kernel "
                    "stops it. It takes a time span (\"infinity\", \"3600\", \"1h\"); \"%4\" does not parse, so "
                    "systemd ignores the line. To cap the share of the CPU your session gets, use CPUQuota= on your "
                    "slice (CPUQuota=200% is two full cores).")
                     .arg(where, assignment(s), s.key, s.value));
        r.howToFix = joinSentences(removeLine, sliceDropInHowTo(f, QStringLiteral("CPUQuota=200%")));
        break;
    case Problem::CpuLimitSeconds:
        r = make(kBogus, Severity::Warning, tr("%1 limits CPU seconds, not CPU share").arg(assignment(s)),
                 tr("%1 sets %2: every process this manager starts may use %3 of CPU time (RLIMIT_CPU counts "
                    "seconds, it is not a percentage) and is then stopped by the kernel with SIGXCPU. A long "
                    "compile or test run hits that. To cap the share of the CPU, use CPUQuota= on your slice.")
                     .arg(where, assignment(s), s.value.section(QLatin1Char(':'), 0, 0)));
        r.howToFix = joinSentences(removeLine, sliceDropInHowTo(f, QStringLiteral("CPUQuota=200%")));
        break;
    case Problem::LegacyCgroupKey:
        r = make(kBogus, Severity::Warning, tr("%1= is a cgroup v1 setting").arg(s.key),
                 tr("%1 sets %2. %3= belongs to the legacy cgroup v1 hierarchy and is deprecated since systemd 252; "
                    "current systemd ignores it with a warning (older releases applied MemoryLimit= on cgroup v2 "
                    "only when no MemoryMax=/MemoryHigh= was set). The cgroup v2 setting is %4=.")
                     .arg(where, assignment(s), s.key, s.suggestion));
        r.howToFix = tr("Replace %1= by %2= in %3 line %4, then run sudo systemctl daemon-reload.")
                         .arg(s.key, s.suggestion, s.file)
                         .arg(s.line);
        break;
    case Problem::CpuQuotaNoPercent:
        r = make(kBogus, Severity::Warning, tr("CPUQuota= needs a percentage"),
                 tr("%1 sets %2. CPUQuota= takes a percentage of one CPU, with the % sign (CPUQuota=200% is two "
                    "full cores); without it systemd rejects the value and ignores the line.")
                     .arg(where, assignment(s)));
        r.howToFix = tr("Write the quota as a percentage (for two cores: CPUQuota=200%) in %1 line %2, then run sudo "
                        "systemctl daemon-reload.")
                         .arg(s.file)
                         .arg(s.line);
        break;
    case Problem::UnknownSliceKey:
        r = make(kBogus, Severity::Warning, tr("%1= is not a slice setting").arg(s.key),
                 tr("%1 sets %2 in [Slice] of %3, but slices have no such key; systemd ignores the line. Slice "
                    "limits are MemoryMax=, MemoryHigh=, CPUQuota= and TasksMax=.")
                     .arg(where, assignment(s), s.unit));
        if (!s.suggestion.isEmpty())
            r.message =
                joinSentences(r.message, tr("Keys are case-sensitive: %1= is the one that exists.").arg(s.suggestion));
        r.howToFix = removeLine;
        break;
    case Problem::WrongSection:
        r = make(kBogus, Severity::Warning, tr("%1= is in the wrong section").arg(s.key),
                 tr("%1 sets %2 in [%3] of %4. This setting is only read in [%5]; in [%3] systemd ignores it.")
                     .arg(where, assignment(s), s.section, s.unit, s.suggestion));
        r.howToFix = tr("Move the line under a [%1] header in %2, then run sudo systemctl daemon-reload.")
                         .arg(s.suggestion, s.file);
        break;
    case Problem::None: break;
    }
    r.evidence << Evidence::file(s.file, s.line, assignment(s));
    r.fixes << QStringLiteral("fix.systemd-remove-bogus-line");
    if (s.problem != Problem::LegacyCgroupKey && s.problem != Problem::WrongSection &&
        s.problem != Problem::CpuQuotaNoPercent && s.problem != Problem::UnknownManagerKey &&
        s.problem != Problem::UnknownSliceKey)
        r.fixes << QStringLiteral("fix.systemd-slice-dropin");
    return r;
}

std::optional<CheckResult> SystemdChecks::resultFor(const SystemdFile &file, const SystemdSyntaxIssue &issue)
{
    using Kind = SystemdSyntaxIssue::Kind;
    const QString where = QStringLiteral("%1:%2").arg(file.path).arg(issue.line);
    CheckResult r;
    switch (issue.kind) {
    case Kind::OutsideSection:
        r = make(kBogus, Severity::Warning, tr("A setting before any section header"),
                 tr("%1 has \"%2\" before any [Section] header. systemd ignores assignments outside a section, so "
                    "this line does nothing. In this file it belongs under [%3].")
                     .arg(where, issue.text, file.mainSection()));
        r.howToFix = tr("Add a line [%1] above line %2 of %3.").arg(file.mainSection()).arg(issue.line).arg(file.path);
        break;
    case Kind::MissingEquals:
        r = make(kBogus, Severity::Warning, tr("A line systemd cannot read"),
                 tr("%1 has \"%2\", which is neither a [Section] header, a comment nor Key=Value; systemd ignores "
                    "it.")
                     .arg(where, issue.text));
        r.howToFix = tr("Write it as Key=Value, or turn it into a comment with # at the start of the line.");
        break;
    case Kind::BadSectionHeader:
        r = make(kBogus, Severity::Warning, tr("A broken section header"),
                 tr("%1 has \"%2\": a section header needs the closing ]. systemd rejects it and ignores the "
                    "settings that follow, up to the next valid header.")
                     .arg(where, issue.text));
        r.howToFix = tr("Write the header as [%1].").arg(file.mainSection());
        break;
    case Kind::Binary:
    case Kind::TooLong:
        r = make(kBogus, Severity::Warning, tr("Not a text file"),
                 tr("%1 is read by systemd as configuration but holds binary data or a line longer than 1 MiB; "
                    "systemd stops reading it there.")
                     .arg(where));
        r.howToFix = tr("Remove %1 or replace it with a text file.").arg(file.path);
        break;
    case Kind::Unreadable: return std::nullopt; // a permission problem of the scan, not of the file's content
    }
    r.evidence << Evidence::file(file.path, issue.line, issue.text);
    r.fixes << QStringLiteral("fix.systemd-remove-bogus-line");
    return r;
}

QList<CheckResult> SystemdChecks::bogusSetting(const Facts &f)
{
    QList<CheckResult> out;
    for (const SystemdSetting &s : f.systemd.problems())
        out << resultFor(f, s);
    for (const SystemdFile &file : f.systemd.files) {
        if (!file.maskedBy.isEmpty())
            continue;
        for (const SystemdSyntaxIssue &issue : file.issues) {
            if (const auto r = resultFor(file, issue))
                out << *r;
        }
    }
    if (!out.isEmpty())
        return out;
    int read = 0;
    for (const SystemdFile &file : f.systemd.files)
        read += file.maskedBy.isEmpty() ? 1 : 0;
    if (read == 0)
        return {make(kBogus, Severity::Ok, tr("No systemd limit settings"),
                     f.systemd.booted ? tr("No drop-in for your slice or user manager and no user.conf/system.conf "
                                           "settings were found.")
                                      : tr("systemd is not the init here, and no systemd files for your session "
                                           "were found."))};
    CheckResult r = make(kBogus, Severity::Ok, tr("systemd settings are valid"),
                         tr("Every setting in the %n systemd file(s) read for your session is a key systemd knows, in "
                            "the right section, with a value it accepts.",
                            nullptr, read));
    QStringList limits;
    for (const SliceLimit &l : f.systemd.sliceLimits) {
        limits << QStringLiteral("%1 %2=%3").arg(l.unit, l.key, l.value);
        r.evidence << Evidence::file(l.file, l.line, l.key + QLatin1Char('=') + l.value);
    }
    if (!limits.isEmpty())
        r.message = joinSentences(r.message, tr("Limits set: %1.").arg(limits.join(QStringLiteral(", "))));
    if (const auto &d = f.systemd.delegate) {
        r.message = joinSentences(
            r.message, tr("%1 delegates: %2.").arg(d->unit, d->value.isEmpty() ? QStringLiteral("-") : d->value));
        r.evidence << Evidence::file(d->file, d->line, d->key + QLatin1Char('=') + d->value);
    }
    return {r};
}
