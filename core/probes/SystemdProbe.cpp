#include "SystemdProbe.h"

#include <QDir>
#include <QSet>

#include <algorithm>

namespace {

constexpr qint64 kMaxConfBytes = 1024 * 1024; // systemd refuses longer lines; a real drop-in is tiny

QString join(const QString &dir, const QString &name)
{
    return QDir::cleanPath(dir + QLatin1Char('/') + name);
}

QString baseName(const QString &path)
{
    return path.section(QLatin1Char('/'), -1);
}

// Folders that exist, in the given order, each once: /lib/systemd/system is /usr/lib/systemd/system
// on a merged-/usr system and must not be read twice.
QStringList existingDirs(const SystemView &system, const QStringList &candidates)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &dir : candidates) {
        const Resolution r = system.resolve(dir);
        if (!r.ok() || !r.final.isDir || seen.contains(r.finalPath))
            continue;
        seen.insert(r.finalPath);
        out << dir;
    }
    return out;
}

// UnitFileSyntax's issues as facts; a continuation cut by the end of the file is still applied.
std::optional<SystemdSyntaxIssue> factOf(const UnitFileSyntax::Issue &issue)
{
    using In = UnitFileSyntax::Issue::Kind;
    using Out = SystemdSyntaxIssue::Kind;
    switch (issue.kind) {
    case In::OutsideSection: return SystemdSyntaxIssue{Out::OutsideSection, issue.line, issue.text};
    case In::MissingEquals: return SystemdSyntaxIssue{Out::MissingEquals, issue.line, issue.text};
    case In::BadSectionHeader: return SystemdSyntaxIssue{Out::BadSectionHeader, issue.line, issue.text};
    case In::Binary: return SystemdSyntaxIssue{Out::Binary, issue.line, issue.text};
    case In::TooLong: return SystemdSyntaxIssue{Out::TooLong, issue.line, issue.text};
    case In::UnfinishedContinuation: return std::nullopt;
    }
    return std::nullopt;
}

class Reader {
public:
    Reader(const SystemView &system, SystemdFacts &facts) : m_system(system), m_facts(facts) {}

    void read(SystemdFile file, SystemdKeys::FileKind kind)
    {
        if (!file.maskedBy.isEmpty()) {
            m_facts.files << file;
            return;
        }
        const auto bytes = m_system.readFile(file.path, kMaxConfBytes);
        if (!bytes) {
            file.issues << SystemdSyntaxIssue{SystemdSyntaxIssue::Kind::Unreadable, 0, QString()};
            m_facts.files << file;
            return;
        }
        const UnitFileSyntax::Parsed parsed = UnitFileSyntax::parse(*bytes);
        for (const UnitFileSyntax::Issue &issue : parsed.issues) {
            if (const auto fact = factOf(issue))
                file.issues << *fact;
        }
        m_facts.settings << SystemdProbe::settingsOf(parsed, file.path, file.unit, kind);
        m_facts.files << file;
    }

private:
    const SystemView &m_system;
    SystemdFacts &m_facts;
};

void collectSliceLimits(SystemdFacts &f)
{
    static const QStringList tracked{QStringLiteral("MemoryMax"), QStringLiteral("MemoryHigh"),
                                     QStringLiteral("CPUQuota"), QStringLiteral("TasksMax")};
    QList<SliceLimit> limits;
    for (const SystemdSetting &s : std::as_const(f.settings)) {
        if (!s.unit.endsWith(QLatin1String(".slice")) || s.section != QLatin1String("Slice") ||
            !tracked.contains(s.key) || s.problem != SystemdSetting::Problem::None)
            continue;
        limits.erase(std::remove_if(limits.begin(), limits.end(),
                                    [&](const SliceLimit &l) { return l.unit == s.unit && l.key == s.key; }),
                     limits.end());
        if (!s.value.isEmpty()) // an empty assignment resets the limit
            limits << SliceLimit{s.unit, s.key, s.value, s.file, s.line};
    }
    f.sliceLimits = limits;
    for (const SystemdSetting &s : std::as_const(f.settings)) {
        if (s.unit.startsWith(QLatin1String("user@")) && s.section == QLatin1String("Service") &&
            s.key == QLatin1String("Delegate"))
            f.delegate = s;
    }
}

} // namespace

QStringList SystemdProbe::dropInDirNames(const QString &unit)
{
    QStringList out{unit + QStringLiteral(".d")};
    const int dot = unit.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return out;
    const QString name = unit.left(dot);
    const QString type = unit.mid(dot); // ".slice"
    // An instance (user@1000.service) also reads its template's drop-ins (user@.service.d).
    const int at = name.indexOf(QLatin1Char('@'));
    if (at >= 0 && at + 1 < name.size())
        out << name.left(at + 1) + type + QStringLiteral(".d");
    // Dash truncation: foo-bar-baz.slice -> foo-bar-.slice.d, foo-.slice.d (systemd.unit(5)).
    QString prefix = at >= 0 ? name.left(at) : name;
    if (prefix.endsWith(QLatin1Char('-')))
        prefix.chop(1);
    int dash = prefix.lastIndexOf(QLatin1Char('-'));
    while (dash > 0) {
        out << prefix.left(dash + 1) + type + QStringLiteral(".d");
        prefix = prefix.left(dash);
        dash = prefix.lastIndexOf(QLatin1Char('-'));
    }
    out.removeDuplicates();
    return out;
}

SystemdProbe::UnitFiles SystemdProbe::unitFiles(const QString &unit, const QStringList &unitDirs,
                                                const QMap<QString, QStringList> &listing)
{
    UnitFiles out;
    // An instance without a file of its own (user@1000.service) is loaded from its template
    // (user@.service).
    QStringList names{unit};
    const int at = unit.indexOf(QLatin1Char('@'));
    const int dot = unit.lastIndexOf(QLatin1Char('.'));
    if (at > 0 && dot > at + 1)
        names << unit.left(at + 1) + unit.mid(dot);
    for (const QString &name : std::as_const(names)) {
        for (const QString &dir : unitDirs) {
            if (out.mainFile.isEmpty() && listing.value(dir).contains(name))
                out.mainFile = join(dir, name);
        }
    }
    // Path-major, as systemd's unit_file_find_dropin_paths() lists the folders: every name under
    // /etc before any under /run; within one root the specific folder before the prefix folders.
    // The same-name masking and file-name order as the manager's .conf.d folders.
    QStringList folders;
    for (const QString &dir : unitDirs) {
        for (const QString &name : dropInDirNames(unit))
            folders << join(dir, name);
    }
    out.dropIns = confDropIns(folders, listing, unit);
    return out;
}

QList<SystemdFile> SystemdProbe::confDropIns(const QStringList &dirs, const QMap<QString, QStringList> &listing,
                                             const QString &unit)
{
    QMap<QString, QString> winner;
    QList<SystemdFile> all;
    for (const QString &dir : dirs) {
        for (const QString &entry : listing.value(dir)) {
            if (!entry.endsWith(QLatin1String(".conf")))
                continue;
            SystemdFile file;
            file.path = join(dir, entry);
            file.unit = unit;
            if (winner.contains(entry))
                file.maskedBy = winner.value(entry);
            else
                winner.insert(entry, file.path);
            all << file;
        }
    }
    std::stable_sort(all.begin(), all.end(),
                     [](const SystemdFile &a, const SystemdFile &b) { return baseName(a.path) < baseName(b.path); });
    return all;
}

QList<SystemdSetting> SystemdProbe::settingsOf(const UnitFileSyntax::Parsed &parsed, const QString &file,
                                               const QString &unit, SystemdKeys::FileKind kind)
{
    QList<SystemdSetting> out;
    for (const UnitFileSyntax::Assignment &a : parsed.assignments) {
        SystemdSetting s;
        s.file = file;
        s.line = a.line;
        s.unit = unit;
        s.section = a.section;
        s.key = a.key;
        s.value = a.unquoted();
        const SystemdKeys::Verdict v = SystemdKeys::judge(kind, a.section, a.key, s.value);
        s.problem = v.problem;
        s.suggestion = v.suggestion;
        out << s;
    }
    return out;
}

SystemdFacts SystemdProbe::collect(const SystemView &system, const Context &context)
{
    SystemdFacts f;
    f.booted = system.stat(QStringLiteral("/run/systemd/system")).isDir;
    Reader reader(system, f);

    const QStringList unitDirs =
        existingDirs(system, {QStringLiteral("/etc/systemd/system"), QStringLiteral("/run/systemd/system"),
                              QStringLiteral("/usr/local/lib/systemd/system"),
                              QStringLiteral("/usr/lib/systemd/system"), QStringLiteral("/lib/systemd/system")});
    QStringList units;
    if (context.uid >= 0)
        units << QStringLiteral("user-%1.slice").arg(context.uid);
    else
        units << QStringLiteral("user-.slice"); // the drop-ins every user's slice reads
    units << QStringLiteral("user.slice");
    units << (context.uid >= 0 ? QStringLiteral("user@%1.service").arg(context.uid) : QStringLiteral("user@.service"));

    for (const QString &unit : std::as_const(units)) {
        QMap<QString, QStringList> listing;
        const QString templ =
            unit.contains(QLatin1Char('@'))
                ? unit.section(QLatin1Char('@'), 0, 0) + QLatin1Char('@') + unit.mid(unit.lastIndexOf(QLatin1Char('.')))
                : QString();
        for (const QString &dir : unitDirs) {
            for (const QString &name : {unit, templ}) {
                if (!name.isEmpty() && system.stat(join(dir, name)).isFile)
                    listing[dir] << name;
            }
            for (const QString &name : dropInDirNames(unit))
                listing.insert(join(dir, name), system.listDir(join(dir, name)));
        }
        const UnitFiles files = unitFiles(unit, unitDirs, listing);
        const SystemdKeys::FileKind kind =
            unit.endsWith(QLatin1String(".slice")) ? SystemdKeys::FileKind::Slice : SystemdKeys::FileKind::Service;
        if (!files.mainFile.isEmpty())
            reader.read(SystemdFile{files.mainFile, unit, QString(), {}}, kind);
        for (const SystemdFile &file : files.dropIns)
            reader.read(file, kind);
    }

    // system.conf and user.conf: their folders in precedence order (CONF_PATHS("systemd")).
    const QStringList confRoots =
        existingDirs(system, {QStringLiteral("/etc/systemd"), QStringLiteral("/run/systemd"),
                              QStringLiteral("/usr/local/lib/systemd"), QStringLiteral("/usr/lib/systemd"),
                              QStringLiteral("/lib/systemd")});
    QString userConfigDir = context.xdgConfigHome.startsWith(QLatin1Char('/'))
                                ? context.xdgConfigHome
                                : (context.home.isEmpty() ? QString() : join(context.home, QStringLiteral(".config")));
    if (!userConfigDir.isEmpty())
        userConfigDir = join(userConfigDir, QStringLiteral("systemd"));

    for (const QString &conf : {QStringLiteral("system.conf"), QStringLiteral("user.conf")}) {
        const bool user = conf == QLatin1String("user.conf");
        QStringList mains;
        if (user) {
            // Both are read, the user's first (manager_find_user_config_paths()).
            if (!userConfigDir.isEmpty())
                mains << join(userConfigDir, conf);
            mains << join(QStringLiteral("/etc/systemd"), conf);
        } else {
            // The first that exists (config_parse_config_file()).
            for (const QString &root : confRoots) {
                if (system.stat(join(root, conf)).isFile) {
                    mains << join(root, conf);
                    break;
                }
            }
        }
        for (const QString &main : std::as_const(mains)) {
            if (system.stat(main).isFile)
                reader.read(SystemdFile{main, conf, QString(), {}}, SystemdKeys::FileKind::Manager);
        }
        QStringList dirs;
        if (user && !userConfigDir.isEmpty())
            dirs << join(userConfigDir, conf + QStringLiteral(".d"));
        for (const QString &root : confRoots)
            dirs << join(root, conf + QStringLiteral(".d"));
        QMap<QString, QStringList> listing;
        for (const QString &dir : std::as_const(dirs))
            listing.insert(dir, system.listDir(dir));
        for (const SystemdFile &file : confDropIns(dirs, listing, conf))
            reader.read(file, SystemdKeys::FileKind::Manager);
    }
    collectSliceLimits(f);
    return f;
}
