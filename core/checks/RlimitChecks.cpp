#include "RlimitChecks.h"

#include "probes/LimitsConf.h"

using namespace CheckKit;

namespace {
const QString kAs = QStringLiteral("rlimit.address-space");
const QString kLow = QStringLiteral("rlimit.low");

QString describeSource(const RlimitSource &s)
{
    return s.text;
}

void addSources(CheckResult &r, const Facts &f, const QString &item, QStringList *files)
{
    for (const RlimitSource &s : f.rlimitSources.forItem(item)) {
        // A line that lifts the limit is not where a low limit comes from.
        const std::optional<qint64> v = LimitsConf::valueOf(s);
        if (v && *v < 0)
            continue;
        r.evidence << Evidence::file(s.file, s.line, describeSource(s));
        if (files && !files->contains(s.file))
            *files << s.file;
    }
}
} // namespace

QList<Check> RlimitChecks::all()
{
    return {{kAs, &RlimitChecks::addressSpace}, {kLow, &RlimitChecks::low}};
}

QString RlimitChecks::formatBytes(qint64 bytes)
{
    const double gib = double(bytes) / (1024.0 * 1024 * 1024);
    if (gib >= 1.0)
        return QStringLiteral("%1 GiB").arg(gib, 0, 'f', 1);
    return QStringLiteral("%1 MiB").arg(double(bytes) / (1024.0 * 1024), 0, 'f', 0);
}

QList<CheckResult> RlimitChecks::addressSpace(const Facts &f)
{
    if (!f.rlimits.contains(QStringLiteral("as")))
        return {make(kAs, Severity::Skipped, tr("Address-space limit unknown"),
                     f.snapshot ? tr("The snapshot does not record the address-space limit (process.rlimits.as).")
                                : tr("The address-space limit (RLIMIT_AS) could not be read."))};
    const qint64 as = f.rlimits.value(QStringLiteral("as"));
    if (as < 0)
        return {make(kAs, Severity::Ok, tr("No address-space limit"),
                     tr("`ulimit -v` is unlimited, as the Go runtime needs."))};
    // The Go runtime reserves address space it does not use (mpagealloc_64bit.go sysInit(): one
    // 8-byte summary per 4 MiB chunk of the 48-bit address space, 2^26 * 8 = 512 MiB for the leaf
    // level alone, ~585 MiB for all levels, reserved at start-up by every Go program since Go 1.14),
    // then grows its heap in 64 MiB arenas; the compiler and linker need their heap on top of that.
    // Under 4 GiB a real build fails; above it, go test binaries and big links still can.
    const bool error = as < kAddressSpaceErrorBelow;
    CheckResult r = make(
        kAs, error ? Severity::Error : Severity::Warning,
        tr("`ulimit -v` limits the address space to %1").arg(formatBytes(as)),
        tr("Your processes may map at most %1 of address space (RLIMIT_AS, `ulimit -v` = %2 KiB). Address space is "
           "not memory: every 64-bit Go program, the compiler included, reserves about 600 MiB of it at start-up "
           "(the page allocator's summaries) and grows its heap in 64 MiB arenas, so builds fail with \"fatal error: "
           "failed to reserve page summary memory\" or \"runtime: out of memory\" long before memory runs out.")
            .arg(formatBytes(as))
            .arg(as / 1024));
    if (!error)
        r.message = joinSentences(r.message, tr("At this size most builds start, but large links and test binaries "
                                                "running in parallel can still hit it."));
    r.evidence << Evidence::command(QStringLiteral("ulimit -Sv"), QString::number(as / 1024));
    if (f.rlimitsHard.contains(QStringLiteral("as"))) {
        const qint64 hard = f.rlimitsHard.value(QStringLiteral("as"));
        r.evidence << Evidence::command(QStringLiteral("ulimit -Hv"),
                                        hard < 0 ? QStringLiteral("unlimited") : QString::number(hard / 1024));
    }
    QStringList files;
    addSources(r, f, QStringLiteral("as"), &files);
    r.howToFix =
        files.isEmpty()
            ? tr("Find where `ulimit -v` is set (your shell start-up files, /etc/security/limits.conf and limits.d/, "
                 "LimitAS= of the service that starts your session) and remove it; open a new login session. To cap "
                 "memory, use a cgroup and GOMEMLIMIT instead: systemd-run --user --scope -p MemoryMax=4G go build "
                 "./... with GOMEMLIMIT=3GiB.")
            : tr("Remove the address-space limit from %1 and start a new login session. To cap memory, use a cgroup "
                 "and GOMEMLIMIT instead: systemd-run --user --scope -p MemoryMax=4G go build ./... with "
                 "GOMEMLIMIT=3GiB.")
                  .arg(files.join(QStringLiteral(", ")));
    r.fixes << QStringLiteral("fix.remove-ulimit-v") << QStringLiteral("fix.cgroup-memory-limit");
    return {r};
}

QList<CheckResult> RlimitChecks::low(const Facts &f)
{
    const bool nprocKnown = f.rlimits.contains(QStringLiteral("nproc"));
    const bool nofileHardKnown = f.rlimitsHard.contains(QStringLiteral("nofile"));
    if (!nprocKnown && !nofileHardKnown)
        return {make(kLow, Severity::Skipped, tr("Process and file limits unknown"),
                     tr("Neither the process limit (nproc) nor the hard open-file limit (nofile) is known."))};
    QList<CheckResult> out;
    const qint64 nproc = f.rlimits.value(QStringLiteral("nproc"), -1);
    if (nprocKnown && nproc >= 0 && nproc < kNprocLow) {
        CheckResult r = make(
            kLow, Severity::Warning, tr("Only %1 processes allowed (`ulimit -u`)").arg(nproc),
            tr("RLIMIT_NPROC is %1. On Linux it counts every thread of every process of your user, your desktop and "
               "editor included; go build runs one compiler per CPU, each Go program runs several threads, and go "
               "test runs test binaries in parallel. A parallel build can hit the limit and fail with \"fork: "
               "resource temporarily unavailable\" or \"runtime: failed to create new OS thread\".")
                .arg(nproc));
        r.evidence << Evidence::command(QStringLiteral("ulimit -Su"), QString::number(nproc));
        QStringList files;
        addSources(r, f, QStringLiteral("nproc"), &files);
        r.howToFix =
            files.isEmpty()
                ? tr("Raise or remove the nproc limit where it is set (/etc/security/limits.conf, "
                     "limits.d/, `ulimit -u` in a start-up file) and log in again.")
                : tr("Raise or remove the nproc limit in %1 and log in again.").arg(files.join(QStringLiteral(", ")));
        r.fixes << QStringLiteral("fix.raise-nproc");
        out << r;
    }
    const qint64 nofileHard = f.rlimitsHard.value(QStringLiteral("nofile"), -1);
    if (nofileHardKnown && nofileHard >= 0 && nofileHard < kNofileHardLow) {
        CheckResult r = make(
            kLow, Severity::Warning, tr("The hard open-file limit is %1").arg(nofileHard),
            tr("The hard RLIMIT_NOFILE is %1. Go 1.19 and later raise their own soft limit to the hard limit, so a "
               "low soft limit alone does not matter to Go; a low hard limit does: gopls, go build and go test on a "
               "large module fail with \"too many open files\".")
                .arg(nofileHard));
        r.evidence << Evidence::command(QStringLiteral("ulimit -Hn"), QString::number(nofileHard));
        QStringList files;
        addSources(r, f, QStringLiteral("nofile"), &files);
        r.howToFix =
            files.isEmpty()
                ? tr("Raise the hard nofile limit where it is set (/etc/security/limits.conf, "
                     "DefaultLimitNOFILE= in system.conf) and log in again.")
                : tr("Raise the hard nofile limit in %1 and log in again.").arg(files.join(QStringLiteral(", ")));
        r.fixes << QStringLiteral("fix.raise-nofile");
        out << r;
    }
    if (!out.isEmpty())
        return out;
    QStringList parts;
    if (nprocKnown)
        parts << (nproc < 0 ? tr("nproc unlimited") : tr("nproc %1").arg(nproc));
    if (nofileHardKnown)
        parts << (nofileHard < 0 ? tr("hard nofile unlimited") : tr("hard nofile %1").arg(nofileHard));
    CheckResult r = make(kLow, Severity::Ok, tr("Process and file limits are high enough"),
                         tr("Limits: %1.").arg(parts.join(QStringLiteral(", "))));
    if (!nofileHardKnown && f.rlimits.contains(QStringLiteral("nofile")))
        r.message = joinSentences(r.message, tr("Only the soft open-file limit is known (%1); Go raises it to the hard "
                                                "limit itself, so it is not judged.")
                                                 .arg(f.rlimits.value(QStringLiteral("nofile"))));
    return {r};
}
