#include "PathParser.h"

#include <QDir>

namespace PathParser {

QList<PathEntry> parse(const QString &pathValue)
{
    QList<PathEntry> entries;
    // An unset or empty PATH has no entries for our purposes (execvp then uses a default).
    if (pathValue.isEmpty())
        return entries;
    const QStringList parts = pathValue.split(QLatin1Char(':'));
    QMap<QString, int> firstSeen;
    for (int i = 0; i < parts.size(); ++i) {
        PathEntry e;
        e.index = i;
        e.raw = parts.at(i);
        if (e.raw.isEmpty())
            e.kind = PathEntry::Kind::Empty;
        else if (e.raw.startsWith(QLatin1Char('~')))
            e.kind = PathEntry::Kind::Tilde;
        else if (!e.raw.startsWith(QLatin1Char('/')))
            e.kind = PathEntry::Kind::Relative;
        else
            e.kind = PathEntry::Kind::Absolute;
        // The cleaned form identifies the folder: "/usr/bin/" and "/usr//bin" are "/usr/bin".
        // Empty and relative entries all mean "relative to the current folder".
        e.cleaned = e.kind == PathEntry::Kind::Empty ? QStringLiteral(".") : QDir::cleanPath(e.raw);
        const auto it = firstSeen.constFind(e.cleaned);
        if (it != firstSeen.constEnd())
            e.duplicateOf = it.value();
        else
            firstSeen.insert(e.cleaned, i);
        entries.append(e);
    }
    return entries;
}

QString searchedFolder(const PathEntry &entry, const QString &cwd)
{
    if (entry.kind == PathEntry::Kind::Absolute)
        return entry.cleaned;
    const QString base = cwd.isEmpty() ? QStringLiteral("/") : cwd;
    if (entry.kind == PathEntry::Kind::Empty)
        return QDir::cleanPath(base);
    return QDir::cleanPath(base + QLatin1Char('/') + entry.raw);
}

QString expandTilde(const QString &entry, const QString &home)
{
    if (entry == QStringLiteral("~"))
        return home;
    if (entry.startsWith(QStringLiteral("~/")))
        return QDir::cleanPath(home + entry.mid(1));
    return entry; // "~bob/bin" names another user's home: leave it as it is
}

} // namespace PathParser
