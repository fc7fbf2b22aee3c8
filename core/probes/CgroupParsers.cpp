#include "CgroupParsers.h"

#include <QDir>

namespace CgroupParsers {

namespace {
bool isOctal(char c)
{
    return c >= '0' && c <= '7';
}

// mountinfo escapes space, tab, newline and backslash in paths as octal (\040).
QString unescapeOctal(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (int i = 0; i < field.size(); ++i) {
        // Exactly three octal digits: toInt() alone would also take a sign or a space ("\\ 12").
        if (field.at(i) == '\\' && i + 3 < field.size() && isOctal(field.at(i + 1)) && isOctal(field.at(i + 2)) &&
            isOctal(field.at(i + 3))) {
            const int code = field.mid(i + 1, 3).toInt(nullptr, 8);
            if (code < 256) {
                out.append(char(code));
                i += 3;
                continue;
            }
        }
        out.append(field.at(i));
    }
    return QString::fromUtf8(out);
}

QList<QByteArray> fields(const QByteArray &line)
{
    return line.simplified().split(' ');
}
} // namespace

QList<Mount> parseMountinfo(const QByteArray &text)
{
    QList<Mount> out;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> f = fields(line);
        // ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTIONS [OPTIONAL...] - FSTYPE SOURCE SUPEROPTIONS
        const qsizetype dash = f.indexOf("-");
        if (dash < 6 || dash + 2 >= f.size())
            continue;
        const QByteArray fsType = f.at(dash + 1);
        if (fsType != "cgroup" && fsType != "cgroup2")
            continue;
        Mount m;
        m.root = unescapeOctal(f.at(3));
        m.mountPoint = unescapeOctal(f.at(4));
        m.v2 = fsType == "cgroup2";
        if (!m.v2 && dash + 3 < f.size()) {
            for (const QByteArray &opt : f.at(dash + 3).split(',')) {
                // Super options mix controllers with flags (rw, relatime, xattr, release_agent=...).
                static const QList<QByteArray> known{"memory",     "cpu",     "cpuacct", "pids",    "cpuset",
                                                     "blkio",      "devices", "freezer", "net_cls", "net_prio",
                                                     "perf_event", "hugetlb", "rdma",    "misc"};
                if (known.contains(opt) || opt.startsWith("name="))
                    m.controllers << QString::fromLatin1(opt);
            }
        }
        if (!m.mountPoint.startsWith(QLatin1Char('/')))
            continue;
        out << m;
    }
    return out;
}

QList<Membership> parseProcCgroup(const QByteArray &text)
{
    QList<Membership> out;
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        const int first = line.indexOf(':');
        const int second = first < 0 ? -1 : line.indexOf(':', first + 1);
        if (second < 0)
            continue;
        bool ok = false;
        Membership m;
        m.hierarchy = line.left(first).toInt(&ok);
        if (!ok || m.hierarchy < 0)
            continue;
        const QByteArray list = line.mid(first + 1, second - first - 1);
        if (!list.isEmpty()) {
            for (const QByteArray &c : list.split(','))
                m.controllers << QString::fromLatin1(c);
        }
        m.path = QString::fromUtf8(line.mid(second + 1));
        if (!m.path.startsWith(QLatin1Char('/')))
            continue;
        out << m;
    }
    return out;
}

Layout layoutOf(const QList<Mount> &mounts)
{
    bool v1 = false;
    bool v2 = false;
    for (const Mount &m : mounts) {
        // A v1 hierarchy that only names a process group (name=systemd) holds no controller;
        // systemd's hybrid mode has it beside the real controllers.
        if (!m.v2 && !m.controllers.isEmpty())
            v1 = true;
        if (m.v2)
            v2 = true;
    }
    bool onlyNamed = true;
    for (const Mount &m : mounts) {
        if (m.v2)
            continue;
        for (const QString &c : m.controllers)
            onlyNamed = onlyNamed && c.startsWith(QLatin1String("name="));
    }
    if (v1 && onlyNamed && v2)
        return Layout::V2; // only a named v1 hierarchy beside cgroup2: the controllers are all v2
    if (v1 && v2)
        return Layout::Hybrid;
    if (v1)
        return Layout::V1;
    if (v2)
        return Layout::V2;
    return Layout::None;
}

QString layoutName(Layout layout)
{
    switch (layout) {
    case Layout::V1: return QStringLiteral("v1");
    case Layout::Hybrid: return QStringLiteral("hybrid");
    case Layout::V2: return QStringLiteral("v2");
    case Layout::None: break;
    }
    return QStringLiteral("none");
}

QString cgroupFolder(const QList<Mount> &mounts, const QList<Membership> &memberships, const QString &controller)
{
    const Mount *mount = nullptr;
    for (const Mount &m : mounts) {
        if (controller.isEmpty() ? m.v2 : (!m.v2 && m.controllers.contains(controller))) {
            mount = &m;
            break;
        }
    }
    if (!mount)
        return {};
    const Membership *member = nullptr;
    for (const Membership &ms : memberships) {
        if (controller.isEmpty() ? ms.hierarchy == 0 && ms.controllers.isEmpty()
                                 : ms.controllers.contains(controller)) {
            member = &ms;
            break;
        }
    }
    if (!member)
        return {};
    // Inside a cgroup namespace, a cgroup outside the namespace's root shows as "/../../x";
    // cleanPath would turn that into "/x", a different cgroup. It cannot be reached: say so.
    if (member->path.split(QLatin1Char('/')).contains(QStringLiteral("..")) ||
        mount->root.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return {};
    const QString path = QDir::cleanPath(member->path);
    const QString root = QDir::cleanPath(mount->root);
    QString relative;
    if (root == QLatin1String("/"))
        relative = path;
    else if (path == root)
        relative = QStringLiteral("/");
    else if (path.startsWith(root + QLatin1Char('/')))
        relative = path.mid(root.size());
    else
        return {}; // the process's cgroup is outside what is mounted here
    return QDir::cleanPath(mount->mountPoint + relative);
}

std::optional<qint64> parseLimit(const QByteArray &text)
{
    const QByteArray t = text.trimmed();
    if (t == "max" || t == "-1")
        return -1;
    bool ok = false;
    const qulonglong v = t.toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    // v1's "no limit" is PAGE_COUNTER_MAX pages rounded down to the page size: anything at or
    // above 2^62 bytes is no real limit.
    if (v >= (qulonglong(1) << 62))
        return -1;
    return qint64(v);
}

std::optional<qint64> parseNumber(const QByteArray &text)
{
    bool ok = false;
    const qlonglong v = text.trimmed().toLongLong(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    return qint64(v);
}

QMap<QString, qint64> parseKeyed(const QByteArray &text)
{
    QMap<QString, qint64> out;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> f = fields(line);
        if (f.size() != 2)
            continue;
        bool ok = false;
        const qlonglong v = f.at(1).toLongLong(&ok);
        if (ok)
            out.insert(QString::fromLatin1(f.at(0)), qint64(v));
    }
    return out;
}

std::optional<CpuMax> parseCpuMax(const QByteArray &text)
{
    const QList<QByteArray> f = fields(text);
    if (f.isEmpty() || f.size() > 2 || f.at(0).isEmpty())
        return std::nullopt;
    CpuMax c;
    if (f.at(0) != "max") {
        bool ok = false;
        c.quotaUs = f.at(0).toLongLong(&ok);
        if (!ok || c.quotaUs <= 0)
            return std::nullopt;
    }
    if (f.size() == 2) {
        bool ok = false;
        c.periodUs = f.at(1).toLongLong(&ok);
        if (!ok || c.periodUs <= 0)
            return std::nullopt;
    }
    return c;
}

std::optional<Pressure> parsePressure(const QByteArray &text)
{
    Pressure p;
    bool any = false;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> f = fields(line);
        if (f.size() < 2 || (f.at(0) != "some" && f.at(0) != "full"))
            continue;
        const bool some = f.at(0) == "some";
        for (int i = 1; i < f.size(); ++i) {
            const int eq = f.at(i).indexOf('=');
            if (eq < 0)
                continue;
            const QByteArray key = f.at(i).left(eq);
            bool ok = false;
            if (key == "avg10") {
                const double v = f.at(i).mid(eq + 1).toDouble(&ok);
                if (ok) {
                    (some ? p.someAvg10 : p.fullAvg10) = v;
                    any = true;
                }
            } else if (key == "total") {
                const qlonglong v = f.at(i).mid(eq + 1).toLongLong(&ok);
                if (ok) {
                    (some ? p.someTotalUs : p.fullTotalUs) = v;
                    any = true;
                }
            }
        }
    }
    if (!any)
        return std::nullopt;
    return p;
}

QString parentPath(const QString &cgroupPath)
{
    const QString clean = QDir::cleanPath(cgroupPath);
    if (clean.isEmpty() || clean == QLatin1String("/"))
        return {};
    const int slash = clean.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : clean.left(slash);
}

std::optional<int> parseCpuList(const QByteArray &text)
{
    const QByteArray t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    int count = 0;
    for (const QByteArray &range : t.split(',')) {
        const int dash = range.indexOf('-');
        bool ok1 = false;
        bool ok2 = false;
        const int first = (dash < 0 ? range : range.left(dash)).toInt(&ok1);
        const int last = dash < 0 ? first : range.mid(dash + 1).toInt(&ok2);
        if (!ok1 || (dash >= 0 && !ok2) || first < 0 || last < first || last >= kMaxCpus)
            return std::nullopt;
        count += last - first + 1;
        if (count > kMaxCpus)
            return std::nullopt;
    }
    return count;
}

std::optional<qint64> parseMemTotal(const QByteArray &text)
{
    for (const QByteArray &line : text.split('\n')) {
        if (!line.startsWith("MemTotal:"))
            continue;
        const QList<QByteArray> f = fields(line.mid(9));
        // "MemTotal:       24683620 kB": the unit is always kB (fs/proc/meminfo.c).
        if (f.size() != 2 || f.at(1) != "kB")
            return std::nullopt;
        bool ok = false;
        const qlonglong kb = f.at(0).toLongLong(&ok);
        if (!ok || kb <= 0 || kb > (qlonglong(1) << 52))
            return std::nullopt;
        return qint64(kb) * 1024;
    }
    return std::nullopt;
}

} // namespace CgroupParsers
