#include "FixCatalog.h"

#include "ShellQuote.h"
#include "StartupBlock.h"
#include "checks/CgroupChecks.h"
#include "model/Facts.h"
#include "report/Report.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace {

using ShellQuote::pathWord;
using ShellQuote::word;

// What a generator gets: the scan and the results that named its fix.
struct FixRequest {
    const Facts &facts;
    QList<CheckResult> results;
    const FixCatalog::Options &options;

    QStringList checkIds() const
    {
        QStringList ids;
        for (const CheckResult &r : results) {
            if (!ids.contains(r.check))
                ids << r.check;
        }
        return ids;
    }
    bool askedBy(const QString &check) const { return checkIds().contains(check); }
    QString home() const { return facts.user.home; }
    QString w(const QString &path) const { return pathWord(path, home()); }
    // The words the checks gave, for a step that has to be done by hand.
    QString howToFix() const
    {
        QStringList lines;
        for (const CheckResult &r : results) {
            if (!r.howToFix.isEmpty() && !lines.contains(r.howToFix))
                lines << r.howToFix;
        }
        return lines.join(QLatin1Char('\n'));
    }
};

using Generator = std::function<void(const FixRequest &, FixStep &)>;

bool insideHome(const QString &path, const QString &home)
{
    const QString h = QDir::cleanPath(home);
    return !h.isEmpty() && h != QLatin1String("/") && QDir::cleanPath(path).startsWith(h + QLatin1Char('/'));
}

// ---- PATH in the start-up files -------------------------------------------------------------

// The Go the user means: the one their start-up files point at when a shell check asked, else the
// newest complete installation (ties: the one on PATH).
QString intendedGoBin(const FixRequest &q)
{
    const Facts &f = q.facts;
    if (q.askedBy(QStringLiteral("shell.rc-mismatch")) || q.askedBy(QStringLiteral("shell.gui-session"))) {
        if (!f.shell.foldersWithGo.isEmpty())
            return f.shell.foldersWithGo.constFirst();
    }
    const GoInstall *best = nullptr;
    for (const GoInstall &i : f.installs) {
        if (!i.tree.isComplete() || !i.tree.version)
            continue;
        if (!best || *best->tree.version < *i.tree.version ||
            (!(*i.tree.version < *best->tree.version) && i.onPath && !best->onPath))
            best = &i;
    }
    // A snap's tree moves with every refresh (/snap/go/10730): its stable door is /snap/bin/go.
    if (best && best->source == QLatin1String("snap"))
        return QStringLiteral("/snap/bin");
    if (best)
        return QDir::cleanPath(best->tree.path + QStringLiteral("/bin"));
    return f.shell.foldersWithGo.value(0);
}

// Adds the folder to every start-up file that the user's login shell and desktop session read.
void addPathSection(const FixRequest &q, FixStep &step, const QString &folder, StartupBlock::Place place)
{
    const bool desktop = q.askedBy(QStringLiteral("shell.gui-session"));
    for (const StartupBlock::Target &t : StartupBlock::targets(q.facts, desktop)) {
        const QString body = StartupBlock::pathLine(t.dialect, folder, place, q.home());
        if (body.isEmpty()) {
            step.manual += FixCatalog::tr("%1 cannot hold the folder %2 safely: add it there by hand.")
                               .arg(t.path, ShellQuote::comment(folder)) +
                           QLatin1Char('\n');
            continue;
        }
        step.code += QStringLiteral("ged_block_set %1 %2 %3\n").arg(q.w(t.path), word(step.fixId), word(body));
        step.changes << t.path;
    }
}

void pathGoFirst(const FixRequest &q, FixStep &step)
{
    const QString bin = intendedGoBin(q);
    if (bin.isEmpty()) {
        step.manual = FixCatalog::tr("No complete Go installation was found to put on PATH: install Go first (the "
                                     "tarball step can do it).");
        return;
    }
    step.title = FixCatalog::tr("Put %1 first on PATH").arg(bin);
    addPathSection(q, step, bin, StartupBlock::Place::First);
}

void pathAddGobin(const FixRequest &q, FixStep &step)
{
    if (q.facts.goBin.path.isEmpty()) {
        step.manual = q.howToFix();
        return;
    }
    step.title = FixCatalog::tr("Add %1 (go install's programs) to PATH").arg(q.facts.goBin.path);
    addPathSection(q, step, q.facts.goBin.path, StartupBlock::Place::Last);
}

void pathAddSnapBin(const FixRequest &q, FixStep &step)
{
    addPathSection(q, step, QStringLiteral("/snap/bin"), StartupBlock::Place::Last);
}

// ---- Lines to switch off in start-up files ---------------------------------------------------

// Comments out the lines of start-up files that set one of `variables`; /etc files need root.
void commentOutAssignments(const FixRequest &q, FixStep &step, const QStringList &variables)
{
    QSet<QString> done;
    for (const ShellAssignment &a : q.facts.shell.allAssignments()) {
        if (!variables.contains(a.variable) || a.op == ShellAssignment::Op::Unset || a.text.isEmpty())
            continue;
        const QString key = a.file + QLatin1Char('\n') + a.text;
        if (done.contains(key))
            continue;
        done.insert(key);
        step.code +=
            QStringLiteral("ged_comment_out %1 %2 %3\n")
                .arg(q.w(a.file), word(a.text), word(QStringLiteral("%1, line %2").arg(step.fixId).arg(a.line)));
        if (!step.changes.contains(a.file))
            step.changes << a.file;
        if (!insideHome(a.file, q.home()))
            step.needsRoot = true;
    }
}

// A PATH line that uses $GOROOT ("export PATH=$PATH:$GOROOT/bin") stops adding Go's folder when
// the GOROOT line goes: the block adds that folder itself, in the same place.
void keepGorootBinOnPath(const FixRequest &q, FixStep &step)
{
    static const QRegularExpression usesGoroot(QStringLiteral("\\$\\{?GOROOT\\b"));
    const std::optional<GoRootTree> &tree = q.facts.envGoroot;
    if (!tree || !tree->isComplete())
        return;
    for (const ShellAssignment &a : q.facts.shell.allAssignments()) {
        if (a.variable != QLatin1String("PATH") || !usesGoroot.match(a.value).hasMatch())
            continue;
        const auto place = a.op == ShellAssignment::Op::Append ? StartupBlock::Place::Last : StartupBlock::Place::First;
        addPathSection(q, step, QDir::cleanPath(tree->path + QStringLiteral("/bin")), place);
        return;
    }
}

void removeGorootExport(const FixRequest &q, FixStep &step)
{
    commentOutAssignments(q, step, {QStringLiteral("GOROOT")});
    if (step.code.isEmpty()) {
        step.manual = FixCatalog::tr("GOROOT is set in this session, but no start-up file this scan read sets it (any "
                                     "more). If you just ran the fix script, log out and in again. Otherwise look in "
                                     "/etc/environment, ~/.pam_environment and your IDE's settings.");
        return;
    }
    keepGorootBinOnPath(q, step);
}

void removeGopathExport(const FixRequest &q, FixStep &step)
{
    commentOutAssignments(q, step, {QStringLiteral("GOPATH")});
    if (step.code.isEmpty())
        step.manual = q.howToFix();
}

// The GO* variables the results name (as environment evidence), for "remove the export".
QStringList namedGoVariables(const FixRequest &q)
{
    QStringList names;
    for (const CheckResult &r : q.results) {
        if (r.check == QLatin1String("modules.disabled"))
            names << QStringLiteral("GO111MODULE");
        for (const Evidence &e : r.evidence) {
            if (e.kind == Evidence::Kind::Env && e.path.startsWith(QLatin1String("GO")))
                names << e.path;
        }
    }
    names.removeDuplicates();
    return names;
}

void removeEnvExport(const FixRequest &q, FixStep &step)
{
    const QStringList names = namedGoVariables(q);
    commentOutAssignments(q, step, names);
    if (step.code.isEmpty())
        step.manual = q.howToFix();
    else
        step.title =
            FixCatalog::tr("Remove the %1 export from the start-up files").arg(names.join(QStringLiteral(", ")));
}

// ---- The go env file ------------------------------------------------------------------------

// The flags of a GOFLAGS value other than -insecure (which go get refuses since Go 1.17), or
// nothing when -insecure is not among them (then the whole setting goes).
QStringList flagsWithoutInsecure(const QString &goflags)
{
    const QStringList flags = goflags.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList kept;
    bool dropped = false;
    for (const QString &flag : flags) {
        static const QRegularExpression insecure(QStringLiteral("^--?insecure(=.*)?$"));
        if (insecure.match(flag).hasMatch())
            dropped = true;
        else
            kept << flag;
    }
    return dropped ? kept : QStringList();
}

void goenvUnset(const FixRequest &q, FixStep &step)
{
    const Facts &f = q.facts;
    QStringList keys;
    for (const CheckResult &r : q.results) {
        if (r.check == QLatin1String("modules.disabled"))
            keys << QStringLiteral("GO111MODULE");
        for (const Evidence &e : r.evidence) {
            if (e.kind == Evidence::Kind::File && e.path == f.envFile.path && e.text.contains(QLatin1Char('=')))
                keys << e.text.section(QLatin1Char('='), 0, 0).trimmed();
        }
    }
    keys.removeDuplicates();
    QStringList present;
    for (const QString &k : std::as_const(keys)) {
        if (f.envFile.find(k))
            present << k;
    }
    if (f.envFile.path.isEmpty() || present.isEmpty()) {
        step.manual = q.howToFix();
        return;
    }
    const GoCandidate *go = f.activeGo();
    const QString goPath = go ? go->path : QString();
    step.title = FixCatalog::tr("Remove %1 from the go env file").arg(present.join(QStringLiteral(", ")));
    for (const QString &k : std::as_const(present)) {
        // GOFLAGS may hold good flags next to the dead one: keep them (go env -w), drop -insecure.
        const QStringList kept =
            k == QLatin1String("GOFLAGS") ? flagsWithoutInsecure(f.envFile.find(k)->value) : QStringList();
        if (!kept.isEmpty())
            step.code += QStringLiteral("ged_goenv_set %1 %2 %3 %4\n")
                             .arg(q.w(f.envFile.path), q.w(goPath), word(k), word(kept.join(QLatin1Char(' '))));
        else
            step.code += QStringLiteral("ged_goenv_unset %1 %2 %3\n").arg(q.w(f.envFile.path), q.w(goPath), word(k));
    }
    step.changes << f.envFile.path;
    step.needsRoot = !insideHome(f.envFile.path, q.home());
}

// ---- Packages and links ---------------------------------------------------------------------

void removeAptGo(const FixRequest &q, FixStep &step)
{
    static const QRegularExpression packageName(QStringLiteral("^[a-z0-9][a-z0-9+.-]+$"));
    for (const GoInstall &i : q.facts.installs) {
        if (i.source != QLatin1String("apt") || !(i.active || i.onPath) ||
            !packageName.match(i.sourceDetail).hasMatch())
            continue;
        step.code += QStringLiteral("ged_apt_remove %1\n").arg(word(i.sourceDetail));
        step.changes << i.sourceDetail;
    }
    step.needsRoot = true;
    if (step.code.isEmpty())
        step.manual = q.howToFix();
    else
        step.title = FixCatalog::tr("Remove the apt package %1").arg(step.changes.join(QStringLiteral(", ")));
}

void removeSnapGo(const FixRequest &, FixStep &step)
{
    step.code = QStringLiteral("ged_snap_remove go\n");
    step.changes << QStringLiteral("snap go");
    step.needsRoot = true;
}

void removeBrokenGoLink(const FixRequest &q, FixStep &step)
{
    for (const GoCandidate &c : q.facts.gos) {
        const bool dangling =
            c.resolution.status == Resolution::Status::Dangling || c.resolution.status == Resolution::Status::Loop;
        if (c.usable || !dangling || step.changes.contains(c.path))
            continue;
        step.code += QStringLiteral("ged_remove_dangling_link %1\n").arg(q.w(c.path));
        step.changes << c.path;
        if (!insideHome(c.path, q.home()))
            step.needsRoot = true;
    }
    if (step.code.isEmpty())
        step.manual = q.howToFix();
}

// Go's name for the host's architecture (`uname -m`), empty when Go ships no Linux archive for it.
QString goArch(const QString &machine)
{
    static const QMap<QString, QString> names{
        {QStringLiteral("x86_64"), QStringLiteral("amd64")},
        {QStringLiteral("aarch64"), QStringLiteral("arm64")},
        {QStringLiteral("arm64"), QStringLiteral("arm64")},
        {QStringLiteral("armv7l"), QStringLiteral("armv6l")},
        {QStringLiteral("armv6l"), QStringLiteral("armv6l")},
        {QStringLiteral("i686"), QStringLiteral("386")},
        {QStringLiteral("i386"), QStringLiteral("386")},
        {QStringLiteral("ppc64le"), QStringLiteral("ppc64le")},
        {QStringLiteral("s390x"), QStringLiteral("s390x")},
        {QStringLiteral("riscv64"), QStringLiteral("riscv64")},
        {QStringLiteral("loongarch64"), QStringLiteral("loong64")},
    };
    return names.value(machine);
}

void installGoTarball(const FixRequest &q, FixStep &step)
{
    const QString arch = goArch(q.facts.host.machine);
    if (arch.isEmpty()) {
        step.manual = FixCatalog::tr("Go publishes no Linux archive for this machine (%1).")
                          .arg(ShellQuote::comment(q.facts.host.machine));
        return;
    }
    const QString dir = q.options.installDir;
    step.title = FixCatalog::tr("Install the newest Go for linux-%1 into %2").arg(arch, dir);
    step.code = QStringLiteral("ged_install_go \"${GED_INSTALL_DIR}\" %1 \"${GED_DOWNLOAD_BASE}\"\n").arg(word(arch));
    // The new Go's bin folder goes first on PATH (the folder is the one chosen when it runs).
    for (const StartupBlock::Target &t : StartupBlock::targets(q.facts, false)) {
        step.code += QStringLiteral("ged_block_set %1 %2 \"$(ged_path_line %3 \"${GED_INSTALL_DIR}/bin\" first)\"\n")
                         .arg(q.w(t.path), word(step.fixId), word(StartupBlock::dialectName(t.dialect)));
        step.changes << t.path;
    }
    step.changes.prepend(dir);
    step.needsRoot = !insideHome(dir, q.home());
}

// ---- systemd and resource limits ------------------------------------------------------------

// The slice a cgroup folder is ("user-1000.slice"), empty for a container's cgroup or a non-slice
// (the same judgement the cgroup checks make).
QString sliceOf(const QString &folder, const QString &mountPoint)
{
    if (CgroupChecks::looksLikeContainer(folder, mountPoint))
        return {};
    const QString unit = CgroupChecks::unitOf(folder, mountPoint);
    return unit.endsWith(QLatin1String(".slice")) ? unit : QString();
}

// Writes a drop-in for the slice that sets the limit, named so it sorts after the usual ones
// and so wins (systemd applies drop-ins in file-name order; a later assignment replaces).
void sliceDropin(const FixRequest &q, FixStep &step, const QString &folder, const QString &mountPoint,
                 const QString &key, const QString &value, const QString &why)
{
    const QString unit = sliceOf(folder, mountPoint);
    // systemd runs the slice when it is the init, or when its own drop-ins set this limit (a
    // snapshot need not hold /run/systemd/system).
    bool setBySystemd = false;
    for (const SliceLimit &l : q.facts.systemd.sliceLimits)
        setBySystemd = setBySystemd || (l.unit == unit && l.key == key);
    if (unit.isEmpty() || !(q.facts.systemd.booted || setBySystemd)) {
        step.manual = q.howToFix();
        return;
    }
    const QString file = QStringLiteral("/etc/systemd/system/%1.d/99-go-env-doctor-%2.conf").arg(unit, key.toLower());
    const QString content = QStringLiteral("# Written by a go-env-doctor fix script: %1\n[Slice]\n%2=%3\n")
                                .arg(ShellQuote::comment(why), key, value);
    step.title = value.isEmpty() ? FixCatalog::tr("Remove the %1 limit of %2").arg(key, unit)
                                 : FixCatalog::tr("Set %1=%2 for %3").arg(key, value, unit);
    step.code = QStringLiteral("ged_systemd_dropin %1 %2\n").arg(word(file), word(content));
    step.changes << file;
    step.needsRoot = true;
}

// Memory for builds: three quarters of the RAM (the rest stays for the desktop), at least 4 GiB
// when the machine has that much.
QString saneMemoryMax(const Facts &f)
{
    constexpr qint64 kGiB = 1024LL * 1024 * 1024;
    if (f.cgroup.memTotal <= 0)
        return QStringLiteral("infinity");
    qint64 want = f.cgroup.memTotal / 4 * 3;
    if (want < 4 * kGiB)
        want = qMin(4 * kGiB, f.cgroup.memTotal);
    if (f.measuredBuild && f.measuredBuild->peakBytes * 5 / 4 > want)
        want = qMin(f.measuredBuild->peakBytes * 5 / 4, f.cgroup.memTotal);
    return QStringLiteral("%1M").arg(want / (1024 * 1024));
}

void raiseMemoryLimit(const FixRequest &q, FixStep &step)
{
    const CgroupFacts &c = q.facts.cgroup;
    sliceDropin(q, step, c.memoryMax.folder, c.memory.mountPoint, QStringLiteral("MemoryMax"), saneMemoryMax(q.facts),
                FixCatalog::tr("room for go build"));
}

void raiseMemoryHigh(const FixRequest &q, FixStep &step)
{
    const CgroupFacts &c = q.facts.cgroup;
    sliceDropin(q, step, c.memoryHigh.folder, c.memory.mountPoint, QStringLiteral("MemoryHigh"),
                QStringLiteral("infinity"), FixCatalog::tr("no reclaim throttling below the limit"));
}

void raiseCpuQuota(const FixRequest &q, FixStep &step)
{
    const CgroupFacts &c = q.facts.cgroup;
    // An empty assignment resets CPUQuota=: no quota.
    sliceDropin(q, step, c.cpuQuota.folder, c.cpu.mountPoint, QStringLiteral("CPUQuota"), QString(),
                FixCatalog::tr("every core for builds"));
}

void raiseTasksMax(const FixRequest &q, FixStep &step)
{
    const CgroupFacts &c = q.facts.cgroup;
    sliceDropin(q, step, c.pidsMax.folder, c.pids.mountPoint, QStringLiteral("TasksMax"), QStringLiteral("16384"),
                FixCatalog::tr("room for parallel builds and tests"));
}

void systemdRemoveBogusLine(const FixRequest &q, FixStep &step)
{
    QSet<QString> files;
    for (const SystemdFile &sf : q.facts.systemd.files)
        files.insert(sf.path);
    for (const CheckResult &r : q.results) {
        for (const Evidence &e : r.evidence) {
            if (e.kind != Evidence::Kind::File || e.line <= 0 || !files.contains(e.path) || e.text.isEmpty())
                continue;
            step.code += QStringLiteral("ged_systemd_comment_out %1 %2 %3\n")
                             .arg(q.w(e.path), word(e.text.trimmed()),
                                  word(QStringLiteral("%1, line %2").arg(step.fixId).arg(e.line)));
            if (!step.changes.contains(e.path))
                step.changes << e.path;
            if (!insideHome(e.path, q.home()))
                step.needsRoot = true;
        }
    }
    if (step.code.isEmpty())
        step.manual = q.howToFix();
}

// Raises one resource limit where it is set: a `ulimit` line in a start-up file is switched off,
// a pam_limits line is outranked by a line for this user in limits.d (a user's own line beats
// `*` and @group lines), a systemd DefaultLimit gets a drop-in of the same manager.
void raiseRlimit(const FixRequest &q, FixStep &step, const QString &item, const QString &type, const QString &value,
                 const QString &systemdKey)
{
    static const QRegularExpression plainUser(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*\\$?$"));
    bool limitsConf = false;
    QSet<QString> systemdFiles;
    for (const RlimitSource &s : q.facts.rlimitSources.forItem(item)) {
        if (s.origin == QLatin1String("shell")) {
            step.code +=
                QStringLiteral("ged_comment_out %1 %2 %3\n")
                    .arg(q.w(s.file), word(s.text), word(QStringLiteral("%1, line %2").arg(step.fixId).arg(s.line)));
            step.changes << s.file;
            if (!insideHome(s.file, q.home()))
                step.needsRoot = true;
        } else if (s.origin == QLatin1String("systemd")) {
            systemdFiles.insert(s.file.contains(QLatin1String("user.conf")) ? QStringLiteral("user")
                                                                            : QStringLiteral("system"));
        } else {
            limitsConf = true;
        }
    }
    for (const QString &manager : std::as_const(systemdFiles)) {
        const QString file = QStringLiteral("/etc/systemd/%1.conf.d/99-go-env-doctor-%2.conf").arg(manager, item);
        const QString content =
            QStringLiteral("# Written by a go-env-doctor fix script.\n[Manager]\n%1=%2\n")
                .arg(systemdKey, value == QLatin1String("unlimited") ? QStringLiteral("infinity") : value);
        step.code += QStringLiteral("ged_systemd_dropin %1 %2\n").arg(word(file), word(content));
        step.changes << file;
        step.needsRoot = true;
    }
    if (limitsConf || step.code.isEmpty()) {
        if (!plainUser.match(q.facts.user.name).hasMatch()) {
            step.manual = q.howToFix();
            return;
        }
        // pam_limits lowers a soft limit to the hard one, so a soft-only line does nothing when the
        // hard limit (often set by the same `-` line) is below it: then the line raises both.
        const qint64 hard = q.facts.rlimitsHard.value(item, -1);
        const bool hardTooLow = type == QLatin1String("soft") && hard >= 0 && hard < value.toLongLong();
        const QString file = QStringLiteral("/etc/security/limits.d/99-go-env-doctor-%1.conf").arg(item);
        const QString content = QStringLiteral("# Written by a go-env-doctor fix script (pam_limits, limits.conf(5)).\n"
                                               "%1 %2 %3 %4\n")
                                    .arg(q.facts.user.name, hardTooLow ? QStringLiteral("-") : type, item, value);
        step.code += QStringLiteral("ged_write_file %1 %2\n").arg(word(file), word(content));
        step.changes << file;
        step.needsRoot = true;
    }
}

void raiseNproc(const FixRequest &q, FixStep &step)
{
    raiseRlimit(q, step, QStringLiteral("nproc"), QStringLiteral("soft"), QStringLiteral("65536"),
                QStringLiteral("DefaultLimitNPROC"));
}

void raiseNofile(const FixRequest &q, FixStep &step)
{
    raiseRlimit(q, step, QStringLiteral("nofile"), QStringLiteral("hard"), QStringLiteral("524288"),
                QStringLiteral("DefaultLimitNOFILE"));
}

void removeUlimitV(const FixRequest &q, FixStep &step)
{
    raiseRlimit(q, step, QStringLiteral("as"), QStringLiteral("-"), QStringLiteral("unlimited"),
                QStringLiteral("DefaultLimitAS"));
}

// ---- The table ------------------------------------------------------------------------------

struct FixKind {
    const char *id;
    Generator generate; // null: the fix is done by hand (the checks' words say how)
};

const QList<FixKind> &kinds()
{
    // In the order a script runs them: packages go before PATH is set up for what stays, the
    // tarball before PATH points at it, limits last.
    static const QList<FixKind> table{
        {"fix.remove-apt-go", removeAptGo},
        {"fix.remove-snap-go", removeSnapGo},
        {"fix.remove-broken-go-link", removeBrokenGoLink},
        {"fix.remove-goroot-export", removeGorootExport},
        {"fix.remove-gopath-export", removeGopathExport},
        {"fix.remove-env-export", removeEnvExport},
        {"fix.goenv-unset", goenvUnset},
        {"fix.path-go-first", pathGoFirst},
        {"fix.install-go-tarball", installGoTarball},
        {"fix.path-add-gobin", pathAddGobin},
        {"fix.path-add-snap-bin", pathAddSnapBin},
        {"fix.systemd-remove-bogus-line", systemdRemoveBogusLine},
        {"fix.raise-memory-limit", raiseMemoryLimit},
        {"fix.raise-memory-high", raiseMemoryHigh},
        {"fix.raise-cpu-quota", raiseCpuQuota},
        {"fix.raise-tasks-max", raiseTasksMax},
        {"fix.remove-ulimit-v", removeUlimitV},
        {"fix.raise-nproc", raiseNproc},
        {"fix.raise-nofile", raiseNofile},
    };
    return table;
}

QString defaultTitle(const QString &id)
{
    static const QMap<QString, const char *> titles{
        {QStringLiteral("fix.remove-apt-go"), QT_TRANSLATE_NOOP("FixCatalog", "Remove the apt Go")},
        {QStringLiteral("fix.remove-snap-go"), QT_TRANSLATE_NOOP("FixCatalog", "Remove the Go snap")},
        {QStringLiteral("fix.remove-broken-go-link"), QT_TRANSLATE_NOOP("FixCatalog", "Remove the broken go link")},
        {QStringLiteral("fix.remove-goroot-export"),
         QT_TRANSLATE_NOOP("FixCatalog", "Remove the GOROOT export from the start-up files")},
        {QStringLiteral("fix.remove-gopath-export"),
         QT_TRANSLATE_NOOP("FixCatalog", "Remove the GOPATH export from the start-up files")},
        {QStringLiteral("fix.remove-env-export"),
         QT_TRANSLATE_NOOP("FixCatalog", "Remove the export from the start-up files")},
        {QStringLiteral("fix.goenv-unset"), QT_TRANSLATE_NOOP("FixCatalog", "Remove the setting from the go env file")},
        {QStringLiteral("fix.path-go-first"),
         QT_TRANSLATE_NOOP("FixCatalog", "Put the Go you installed first on PATH")},
        {QStringLiteral("fix.install-go-tarball"),
         QT_TRANSLATE_NOOP("FixCatalog", "Install the newest Go from go.dev")},
        {QStringLiteral("fix.path-add-gobin"), QT_TRANSLATE_NOOP("FixCatalog", "Add go install's folder to PATH")},
        {QStringLiteral("fix.path-add-snap-bin"), QT_TRANSLATE_NOOP("FixCatalog", "Add /snap/bin to PATH")},
        {QStringLiteral("fix.systemd-remove-bogus-line"),
         QT_TRANSLATE_NOOP("FixCatalog", "Switch off systemd lines that do not do what they say")},
        {QStringLiteral("fix.raise-memory-limit"), QT_TRANSLATE_NOOP("FixCatalog", "Raise the memory limit")},
        {QStringLiteral("fix.raise-memory-high"), QT_TRANSLATE_NOOP("FixCatalog", "Lift the memory.high throttle")},
        {QStringLiteral("fix.raise-cpu-quota"), QT_TRANSLATE_NOOP("FixCatalog", "Lift the CPU quota")},
        {QStringLiteral("fix.raise-tasks-max"), QT_TRANSLATE_NOOP("FixCatalog", "Raise the task limit")},
        {QStringLiteral("fix.remove-ulimit-v"),
         QT_TRANSLATE_NOOP("FixCatalog", "Lift the address-space limit (ulimit -v)")},
        {QStringLiteral("fix.raise-nproc"), QT_TRANSLATE_NOOP("FixCatalog", "Raise the process limit (nproc)")},
        {QStringLiteral("fix.raise-nofile"), QT_TRANSLATE_NOOP("FixCatalog", "Raise the open-files limit (nofile)")},
        {QStringLiteral("fix.path-clean"), QT_TRANSLATE_NOOP("FixCatalog", "Clean up PATH")},
        {QStringLiteral("fix.path-expand-tilde"), QT_TRANSLATE_NOOP("FixCatalog", "Write $HOME instead of ~ in PATH")},
        {QStringLiteral("fix.source-profile"), QT_TRANSLATE_NOOP("FixCatalog", "Open a new terminal")},
        {QStringLiteral("fix.reduce-build-parallelism"), QT_TRANSLATE_NOOP("FixCatalog", "Build with fewer jobs")},
        {QStringLiteral("fix.set-gomaxprocs"), QT_TRANSLATE_NOOP("FixCatalog", "Match GOMAXPROCS to the CPU quota")},
        {QStringLiteral("fix.set-gomemlimit"),
         QT_TRANSLATE_NOOP("FixCatalog", "Set GOMEMLIMIT below the memory limit")},
        {QStringLiteral("fix.cgroup-memory-limit"),
         QT_TRANSLATE_NOOP("FixCatalog", "Limit memory with a cgroup instead")},
        {QStringLiteral("fix.containerd-systemd-cgroup"),
         QT_TRANSLATE_NOOP("FixCatalog", "Use the systemd cgroup driver in containerd")},
        {QStringLiteral("fix.docker-systemd-cgroup"),
         QT_TRANSLATE_NOOP("FixCatalog", "Use the systemd cgroup driver in Docker")},
        {QStringLiteral("fix.kubelet-systemd-cgroup"),
         QT_TRANSLATE_NOOP("FixCatalog", "Use the systemd cgroup driver in kubelet")},
    };
    const char *t = titles.value(id, nullptr);
    return t ? FixCatalog::tr(t) : id;
}

QString whyOf(const QList<CheckResult> &results)
{
    QStringList titles;
    for (const CheckResult &r : results) {
        if (!titles.contains(r.title))
            titles << r.title;
    }
    return titles.join(QStringLiteral("; "));
}

bool askedByAnError(const FixStep &step, const QList<CheckResult> &results)
{
    for (const CheckResult &r : results) {
        if (r.severity == Severity::Error && r.fixes.contains(step.fixId))
            return true;
    }
    return false;
}

// Which steps are ticked at first: not a manual one, not one that removes the Go that PATH is
// being pointed at (`goFirst`), not the download unless an error asks for it.
void recommendCoherentSet(QList<FixStep> &steps, const QString &goFirst, const QList<CheckResult> &results)
{
    for (FixStep &s : steps) {
        if (s.isManual())
            s.recommended = false;
        else if (s.fixId == QLatin1String("fix.remove-snap-go") && goFirst == QLatin1String("/snap/bin"))
            s.recommended = false;
        else if (s.fixId == QLatin1String("fix.install-go-tarball") && !askedByAnError(s, results))
            s.recommended = false;
    }
}

} // namespace

QList<FixStep> FixCatalog::plan(const Facts &facts, const QList<CheckResult> &results, const Options &options)
{
    // The results that name each fix. Passed results never do; info results may (a GOROOT that is
    // not needed) and are offered too.
    QMap<QString, QList<CheckResult>> byFix;
    QStringList order;
    for (const CheckResult &r : results) {
        if (r.severity == Severity::Ok || r.severity == Severity::Skipped)
            continue;
        for (const QString &id : r.fixes) {
            if (!byFix.contains(id))
                order << id;
            byFix[id] << r;
        }
    }
    QList<FixStep> steps;
    auto makeStep = [&](const QString &id) {
        FixStep step;
        step.fixId = id;
        step.title = defaultTitle(id);
        step.why = whyOf(byFix.value(id));
        for (const CheckResult &r : byFix.value(id)) {
            if (!step.addresses.contains(r.check))
                step.addresses << r.check;
        }
        return step;
    };
    QSet<QString> handled;
    for (const FixKind &k : kinds()) {
        const QString id = QString::fromLatin1(k.id);
        if (!byFix.contains(id))
            continue;
        handled.insert(id);
        FixStep step = makeStep(id);
        k.generate(FixRequest{facts, byFix.value(id), options}, step);
        if (step.code.isEmpty() && step.manual.isEmpty())
            step.manual = FixRequest{facts, byFix.value(id), options}.howToFix();
        step.changes.removeDuplicates();
        step.manual = step.manual.trimmed();
        steps << step;
    }
    // Fixes no generator writes (yet): the checks' own words, for the user to do by hand.
    for (const QString &id : std::as_const(order)) {
        if (handled.contains(id))
            continue;
        FixStep step = makeStep(id);
        step.manual = FixRequest{facts, byFix.value(id), options}.howToFix();
        if (step.manual.isEmpty())
            step.manual = step.why;
        steps << step;
    }
    const QString goFirst =
        byFix.contains(QStringLiteral("fix.path-go-first"))
            ? intendedGoBin(FixRequest{facts, byFix.value(QStringLiteral("fix.path-go-first")), options})
            : QString();
    recommendCoherentSet(steps, goFirst, results);
    return steps;
}

QList<FixStep> FixCatalog::plan(const Report &report, const Options &options)
{
    if (!report.facts)
        return {};
    return plan(*report.facts, report.results, options);
}

QStringList FixCatalog::scriptedIds()
{
    QStringList ids;
    for (const FixKind &k : kinds())
        ids << QString::fromLatin1(k.id);
    return ids;
}

QString FixCatalog::defaultDownloadBase(const QString &language)
{
    return language.startsWith(QLatin1String("zh")) ? QStringLiteral("https://golang.google.cn/dl/")
                                                    : QStringLiteral("https://go.dev/dl/");
}
