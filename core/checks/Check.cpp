#include "Check.h"

#include <QCoreApplication>

namespace CheckKit {

CheckResult make(const QString &id, Severity severity, const QString &title, const QString &message)
{
    CheckResult r;
    r.check = id;
    r.severity = severity;
    r.title = title;
    r.message = message;
    return r;
}

QList<Evidence> linkEvidence(const Resolution &r)
{
    QList<Evidence> out;
    for (const LinkHop &hop : r.hops)
        out << Evidence::link(hop.link, QStringLiteral("%1 -> %2").arg(hop.link, hop.target));
    return out;
}

Evidence commandEvidence(const CommandResult &c)
{
    QString text = c.stdoutText.trimmed().isEmpty() ? c.stderrText.trimmed() : c.stdoutText.trimmed();
    QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.size() > 6) {
        lines = lines.mid(0, 6);
        lines << QStringLiteral("...");
    }
    text = lines.join(QLatin1Char('\n'));
    if (!c.captured)
        text = QCoreApplication::translate("CheckKit", "(not captured in this snapshot)");
    else if (c.timedOut)
        text = QCoreApplication::translate("CheckKit", "(stopped: no answer within the time limit)");
    else if (c.exitCode != 0)
        text = QCoreApplication::translate("CheckKit", "exit status %1: %2").arg(c.exitCode).arg(text);
    return Evidence::command(c.argv.join(QLatin1Char(' ')), text);
}

QString describeVersion(const std::optional<GoVersion> &v)
{
    return v ? QStringLiteral("Go %1").arg(v->name().mid(2))
             : QCoreApplication::translate("CheckKit", "an unknown Go version");
}

Evidence pathEvidence(const Facts &f)
{
    return Evidence::env(QStringLiteral("PATH"), f.env.value(QStringLiteral("PATH")));
}

QString joinSentences(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return a + b;
    // CJK text and its full-width punctuation are written without spaces between sentences.
    const bool cjk = a.back().unicode() >= 0x2E80 || b.front().unicode() >= 0x2E80;
    return cjk ? a + b : a + QLatin1Char(' ') + b;
}

bool isInside(const QString &path, const QString &dir)
{
    if (path.isEmpty() || dir.isEmpty())
        return false;
    if (path == dir)
        return true;
    const QString prefix = dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/');
    return path.startsWith(prefix);
}

} // namespace CheckKit
