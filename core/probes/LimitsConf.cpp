#include "LimitsConf.h"

#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace LimitsConf {
namespace {

bool domainApplies(const QString &domain, const QString &user, qint64 uid)
{
    if (domain == QLatin1String("*") || domain == user)
        return true;
    if (domain.startsWith(QLatin1Char('@')) || domain.startsWith(QLatin1Char('%')))
        return true; // group: membership is not known here; the line is shown with its domain
    const int colon = domain.indexOf(QLatin1Char(':'));
    if (colon >= 0 && uid >= 0) {
        bool okLow = true, okHigh = true;
        const QString low = domain.left(colon);
        const QString high = domain.mid(colon + 1);
        const qint64 from = low.isEmpty() ? 0 : low.toLongLong(&okLow);
        const qint64 to = high.isEmpty() ? std::numeric_limits<qint64>::max() : high.toLongLong(&okHigh);
        return okLow && okHigh && uid >= from && uid <= to;
    }
    return false;
}

QString typeName(const QString &t)
{
    if (t == QLatin1String("-"))
        return QStringLiteral("both");
    return t;
}

} // namespace

QList<RlimitSource> parse(const QByteArray &text, const QString &file, const QString &user, qint64 uid)
{
    static const QStringList items{QStringLiteral("as"),       QStringLiteral("nofile"),  QStringLiteral("nproc"),
                                   QStringLiteral("core"),     QStringLiteral("cpu"),     QStringLiteral("data"),
                                   QStringLiteral("fsize"),    QStringLiteral("memlock"), QStringLiteral("rss"),
                                   QStringLiteral("stack"),    QStringLiteral("locks"),   QStringLiteral("sigpending"),
                                   QStringLiteral("msgqueue"), QStringLiteral("nice"),    QStringLiteral("rtprio")};
    QList<RlimitSource> out;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines.at(i));
        const int hash = line.indexOf(QLatin1Char('#'));
        const QString withoutComment = hash >= 0 ? line.left(hash) : line;
        const QStringList fields = withoutComment.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() != 4)
            continue;
        const QString type = fields.at(1);
        if (type != QLatin1String("soft") && type != QLatin1String("hard") && type != QLatin1String("-"))
            continue;
        const QString item = fields.at(2);
        if (!items.contains(item) || !domainApplies(fields.at(0), user, uid))
            continue;
        RlimitSource s;
        s.file = file;
        s.line = i + 1;
        s.domain = fields.at(0);
        s.type = typeName(type);
        s.item = item;
        s.value = fields.at(3);
        s.origin = QStringLiteral("limits.conf");
        s.text = line.trimmed();
        out << s;
    }
    return out;
}

QList<RlimitSource> scanUlimit(const QByteArray &text, const QString &file)
{
    static const QRegularExpression word(QStringLiteral("(?:^|[;&|(\\s])ulimit\\s+([^;&|#\\n]*)"));
    QList<RlimitSource> out;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines.at(i));
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1Char('#')))
            continue;
        // A comment starts at a `#` that begins a word (quotes are not tracked: a rare false cut).
        static const QRegularExpression comment(QStringLiteral("\\s#.*$"));
        line.remove(comment);
        auto it = word.globalMatch(line);
        while (it.hasNext()) {
            const QStringList args =
                it.next().captured(1).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            bool soft = false, hard = false;
            QString item;
            QString value;
            for (const QString &a : args) {
                if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
                    for (const QChar c : a.mid(1)) {
                        if (c == QLatin1Char('S'))
                            soft = true;
                        else if (c == QLatin1Char('H'))
                            hard = true;
                        else if (c == QLatin1Char('v'))
                            item = QStringLiteral("as");
                        else if (c == QLatin1Char('n'))
                            item = QStringLiteral("nofile");
                        else if (c == QLatin1Char('u'))
                            item = QStringLiteral("nproc");
                    }
                } else if (value.isEmpty()) {
                    value = a;
                }
            }
            if (item.isEmpty() || value.isEmpty())
                continue; // `ulimit -a`, `ulimit -v` (a query), or a limit we do not track
            RlimitSource s;
            s.file = file;
            s.line = i + 1;
            s.item = item;
            s.type = soft == hard ? QStringLiteral("both") : (soft ? QStringLiteral("soft") : QStringLiteral("hard"));
            s.value = value;
            s.origin = QStringLiteral("shell");
            s.text = trimmed;
            out << s;
        }
    }
    return out;
}

std::optional<qint64> valueOf(const RlimitSource &source)
{
    QString v = source.value;
    if (source.origin == QLatin1String("systemd"))
        v = v.section(QLatin1Char(':'), 0, 0); // soft part of soft:hard
    if (v == QLatin1String("unlimited") || v == QLatin1String("infinity") || v == QLatin1String("-1"))
        return -1;
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    // limits.conf and `ulimit -v` count the address space in KiB; systemd's LimitAS= takes bytes.
    if (source.item == QLatin1String("as") && source.origin != QLatin1String("systemd"))
        return n > std::numeric_limits<qint64>::max() / 1024 ? std::numeric_limits<qint64>::max() : n * 1024;
    return n;
}

} // namespace LimitsConf
