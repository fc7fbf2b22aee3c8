#include "ReleaseTable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QMap>
#include <QtDebug>

#include <algorithm>

// The resource is compiled into the static core library (core/CMakeLists.txt, qt_add_resources
// ... ged_core_data). Qt 6 links it as an object library, so it registers itself even in the
// tests; the explicit init keeps builtin() working for a consumer that links core some other way
// (registering twice is harmless: Qt ignores a resource root it already has).
// Q_INIT_RESOURCE must be used outside any namespace.
static void initCoreResources()
{
    Q_INIT_RESOURCE(ged_core_data);
}

namespace {

const QLatin1String kFormat("go-env-doctor-releases/1");

// Sets *error (when given) and returns an empty table, so every failure reads the same.
ReleaseTable fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return ReleaseTable();
}

// The data file writes dates as ISO "2024-02-06" and nothing else: a stricter parse than
// QDate::fromString(Qt::ISODate) would allow, so a typo fails loudly instead of shifting a date.
QDate parseDate(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    const QString s = value.toString();
    if (s.size() != 10)
        return {};
    return QDate::fromString(s, QStringLiteral("yyyy-MM-dd"));
}

std::optional<ReleaseFile> parseFile(const QJsonValue &value, QString *why)
{
    if (!value.isObject()) {
        *why = QStringLiteral("a files[] entry is not an object");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    ReleaseFile f;
    f.filename = o.value(QLatin1String("filename")).toString();
    if (f.filename.isEmpty()) {
        *why = QStringLiteral("a files[] entry has no filename");
        return std::nullopt;
    }
    f.os = o.value(QLatin1String("os")).toString();
    f.arch = o.value(QLatin1String("arch")).toString();
    f.sha256 = o.value(QLatin1String("sha256")).toString();
    f.kind = o.value(QLatin1String("kind")).toString();
    const QJsonValue size = o.value(QLatin1String("size"));
    if (!size.isUndefined() && (!size.isDouble() || size.toDouble() < 0)) {
        *why = QStringLiteral("files[] entry %1 has a bad size").arg(f.filename);
        return std::nullopt;
    }
    f.size = qint64(size.toDouble());
    return f;
}

// The first release of each line out at `at` (invalid `at`: everything), keyed by "1.22" order.
// A line counts as released when its first stable release is out; betas and rcs do not count.
QMap<std::pair<int, int>, QDate> releasedLines(const QList<ReleaseInfo> &releases, const QDate &at)
{
    QMap<std::pair<int, int>, QDate> lines;
    for (const ReleaseInfo &r : releases) {
        if (!r.stable || (at.isValid() && r.date > at))
            continue;
        const auto key = std::make_pair(r.version.major, r.version.minor);
        auto it = lines.find(key);
        if (it == lines.end() || r.date < it.value())
            lines.insert(key, r.date);
    }
    return lines;
}

} // namespace

ReleaseTable ReleaseTable::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(error,
                    QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return fail(error, QStringLiteral("not a JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != kFormat)
        return fail(error, QStringLiteral("format is not %1").arg(kFormat));

    ReleaseTable table;
    table.m_generated = parseDate(root.value(QLatin1String("generated")));
    if (!table.m_generated.isValid())
        return fail(error, QStringLiteral("\"generated\" is not a yyyy-MM-dd date"));

    const QJsonValue releases = root.value(QLatin1String("releases"));
    if (!releases.isArray())
        return fail(error, QStringLiteral("\"releases\" is not an array"));

    // One bad row fails the whole table: a half-read table would judge versions against a
    // history with holes in it, which is worse than saying the data is unusable.
    const QJsonArray rows = releases.toArray();
    for (int i = 0; i < rows.size(); ++i) {
        const QString where = QStringLiteral("releases[%1]").arg(i);
        if (!rows.at(i).isObject())
            return fail(error, where + QStringLiteral(" is not an object"));
        const QJsonObject row = rows.at(i).toObject();

        ReleaseInfo info;
        const QString name = row.value(QLatin1String("version")).toString();
        const auto version = GoVersion::parse(name);
        if (!version || version->prerelease == QLatin1String("devel"))
            return fail(error, where + QStringLiteral(": \"%1\" is not a Go release name").arg(name));
        info.version = *version;

        info.date = parseDate(row.value(QLatin1String("date")));
        if (!info.date.isValid())
            return fail(error, where + QStringLiteral(" (%1): \"date\" is not a yyyy-MM-dd date").arg(name));

        const QJsonValue stable = row.value(QLatin1String("stable"));
        if (stable.isUndefined())
            info.stable = info.version.isStable();
        else if (stable.isBool())
            info.stable = stable.toBool();
        else
            return fail(error, where + QStringLiteral(" (%1): \"stable\" is not true or false").arg(name));
        // An rc marked stable would be offered as the newest release; refuse the contradiction.
        if (info.stable && !info.version.isStable())
            return fail(error, where + QStringLiteral(" (%1): a pre-release cannot be stable").arg(name));

        const QJsonValue files = row.value(QLatin1String("files"));
        if (!files.isUndefined()) {
            if (!files.isArray())
                return fail(error, where + QStringLiteral(" (%1): \"files\" is not an array").arg(name));
            for (const QJsonValue &f : files.toArray()) {
                QString why;
                const auto file = parseFile(f, &why);
                if (!file)
                    return fail(error, where + QStringLiteral(" (%1): ").arg(name) + why);
                info.files.append(*file);
            }
        }
        table.m_releases.append(info);
    }

    std::stable_sort(table.m_releases.begin(), table.m_releases.end(),
                     [](const ReleaseInfo &a, const ReleaseInfo &b) { return a.version < b.version; });
    for (int i = 1; i < table.m_releases.size(); ++i) {
        // go1.20 and go1.20.0 compare equal: the same release written twice.
        if (table.m_releases.at(i - 1).version == table.m_releases.at(i).version)
            return fail(error, QStringLiteral("%1 is listed twice").arg(table.m_releases.at(i).version.name()));
    }
    if (error)
        error->clear();
    return table;
}

const ReleaseTable &ReleaseTable::builtin()
{
    // A function-local static is initialized once, thread-safely (C++11 "magic statics").
    static const ReleaseTable table = [] {
        initCoreResources();
        QFile file(QStringLiteral(":/data/go-releases.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("ReleaseTable: the built-in release table is missing: %s", qPrintable(file.errorString()));
            return ReleaseTable();
        }
        QString error;
        ReleaseTable t = fromJson(file.readAll(), &error);
        if (t.isEmpty())
            qWarning("ReleaseTable: the built-in release table is unusable: %s", qPrintable(error));
        return t;
    }();
    return table;
}

std::optional<ReleaseInfo> ReleaseTable::find(const GoVersion &v) const
{
    const auto it = std::lower_bound(m_releases.cbegin(), m_releases.cend(), v,
                                     [](const ReleaseInfo &r, const GoVersion &x) { return r.version < x; });
    if (it != m_releases.cend() && it->version == v)
        return *it;
    return std::nullopt;
}

SupportVerdict ReleaseTable::judge(const GoVersion &v, const QDate &at) const
{
    SupportVerdict verdict;
    // Only what was out at `at` counts: a snapshot taken in 2024 is judged by 2024's releases.
    auto out = [&at](const ReleaseInfo &r) { return !at.isValid() || r.date <= at; };

    const auto found = find(v);
    verdict.known = found && out(*found);

    for (const ReleaseInfo &r : m_releases) {
        if (r.stable && out(r) && verdict.newestRelease < r.version)
            verdict.newestRelease = r.version;
    }

    const auto lines = releasedLines(m_releases, at);
    const auto keys = lines.keys(); // ascending: oldest line first
    for (int i = keys.size() - 1; i >= 0 && i >= keys.size() - 2; --i)
        verdict.supportedLines.append(QStringLiteral("%1.%2").arg(keys.at(i).first).arg(keys.at(i).second));

    // Lines newer than v's, oldest first: the second of them ended v's support.
    const auto own = std::make_pair(v.major, v.minor);
    QList<QDate> newer;
    for (const auto &key : keys) {
        if (own < key)
            newer.append(lines.value(key));
    }
    // Fewer than two newer lines means supported. That also covers a line the table has never
    // seen (released after the table was made, or a devel/rc build of the next line): nothing
    // newer exists, so it cannot be past support, though it is not "known".
    verdict.supported = newer.size() < 2;
    if (newer.size() >= 2)
        verdict.supersededOn = newer.at(1);

    // The newest stable patch of v's own line out at `at`. A stable v newer than the table
    // (a patch released after the table was made) is itself the newest patch we know of.
    GoVersion best = v;
    bool haveRelease = false;
    for (const ReleaseInfo &r : m_releases) {
        if (!r.stable || !out(r) || !r.version.sameLine(v))
            continue;
        if (!haveRelease || best < r.version) {
            best = r.version;
            haveRelease = true;
        }
    }
    if (v.isStable() && best < v)
        best = v;
    verdict.newestPatch = best;
    verdict.patchBehind = verdict.supported && v < best;

    // Go releases a minor about every month and a major every six: a table older than that
    // misses releases that would change the verdict.
    verdict.stale = m_generated.isValid() && at.isValid() && m_generated.daysTo(at) > 182;
    return verdict;
}
