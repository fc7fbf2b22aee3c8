#include "ShellQuote.h"

#include <QDir>

namespace ShellQuote {

QString word(const QString &s)
{
    // Inside single quotes nothing is special but the closing quote, so each ' ends the quoted
    // part, adds an escaped quote and opens a new one. This holds for bash and every POSIX sh.
    QString out = QStringLiteral("'");
    for (const QChar c : s) {
        if (c == QLatin1Char('\''))
            out += QStringLiteral("'\\''");
        else
            out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

namespace {
// The part of `path` after `home` ("/go/bin"), or a null string when it is not inside it.
QString underHome(const QString &path, const QString &home)
{
    const QString h = QDir::cleanPath(home);
    if (h.isEmpty() || h == QLatin1String("/") || !QDir::isAbsolutePath(h))
        return {};
    const QString p = QDir::cleanPath(path);
    if (p == h)
        return QStringLiteral("");
    if (p.startsWith(h + QLatin1Char('/')))
        return p.mid(h.size());
    return {};
}
} // namespace

QString pathWord(const QString &path, const QString &home)
{
    const QString rest = underHome(path, home);
    if (rest.isNull())
        return word(path);
    return rest.isEmpty() ? QStringLiteral("\"${HOME}\"") : QStringLiteral("\"${HOME}\"") + word(rest);
}

QString fishWord(const QString &s)
{
    QString out = QStringLiteral("'");
    for (const QChar c : s) {
        if (c == QLatin1Char('\'') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    out += QLatin1Char('\'');
    return out;
}

QString fishPathWord(const QString &path, const QString &home)
{
    const QString rest = underHome(path, home);
    if (rest.isNull())
        return fishWord(path);
    return rest.isEmpty() ? QStringLiteral("\"$HOME\"") : QStringLiteral("\"$HOME\"") + fishWord(rest);
}

QString comment(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\t')
            out += QStringLiteral("\\t");
        else if (u == u'\r')
            out += QStringLiteral("\\r");
        else if (u < 0x20 || u == 0x7f || u == 0x2028 || u == 0x2029 || u == 0x85)
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

bool envdSafe(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'/' ||
                        u == u'.' || u == u'_' || u == u'-' || u == u'+' || u == u'@' || u == u',' || u == u'=' ||
                        u == u'%' || u > 0x7f;
        if (!ok || c.isSpace() || u == 0x2028 || u == 0x2029 || u == 0x85)
            return false;
    }
    return true;
}

} // namespace ShellQuote
