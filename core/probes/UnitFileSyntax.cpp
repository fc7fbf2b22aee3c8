#include "UnitFileSyntax.h"

namespace UnitFileSyntax {
namespace {

// systemd's LONG_LINE_MAX: read_line() refuses longer lines.
constexpr int kLongLineMax = 1024 * 1024;

QString shorten(const QString &s)
{
    return s.size() > 120 ? s.left(117) + QStringLiteral("...") : s;
}

bool isComment(const QString &trimmed)
{
    return trimmed.startsWith(QLatin1Char('#')) || trimmed.startsWith(QLatin1Char(';'));
}

} // namespace

QString Assignment::unquoted() const
{
    if (value.size() >= 2) {
        const QChar first = value.front();
        if ((first == QLatin1Char('"') || first == QLatin1Char('\'')) && value.back() == first)
            return value.mid(1, value.size() - 2);
    }
    return value;
}

Parsed parse(const QByteArray &raw)
{
    Parsed out;
    QByteArray text = raw;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const int nul = text.indexOf('\0');
    if (nul >= 0) {
        // A unit file is text; systemd's line reader stops at a NUL. Parse what comes before and say so.
        out.issues << Issue{int(text.left(nul).count('\n')) + 1, QStringLiteral("NUL byte: not a text file"),
                            Issue::Kind::Binary};
        text.truncate(nul);
    }
    const QList<QByteArray> lines = text.split('\n');

    QString section;
    bool haveSection = false;
    QString pending; // a continued line collected so far
    int pendingLine = 0;

    auto handle = [&](const QString &logical, int lineNo) {
        const QString l = logical.trimmed();
        if (l.isEmpty() || isComment(l))
            return;
        if (l.startsWith(QLatin1Char('['))) {
            if (!l.endsWith(QLatin1Char(']')) || l.size() < 3) {
                out.issues << Issue{lineNo, shorten(l), Issue::Kind::BadSectionHeader};
                // systemd: "Invalid section header", and the following assignments are ignored.
                haveSection = false;
                section.clear();
                return;
            }
            section = l.mid(1, l.size() - 2);
            haveSection = true;
            out.sections << section;
            return;
        }
        const int eq = l.indexOf(QLatin1Char('='));
        if (eq < 0) {
            out.issues << Issue{lineNo, shorten(l), Issue::Kind::MissingEquals};
            return;
        }
        if (!haveSection) {
            out.issues << Issue{lineNo, shorten(l), Issue::Kind::OutsideSection};
            return;
        }
        Assignment a;
        a.line = lineNo;
        a.section = section;
        a.key = l.left(eq).trimmed();
        a.value = l.mid(eq + 1).trimmed();
        if (a.key.isEmpty()) {
            out.issues << Issue{lineNo, shorten(l), Issue::Kind::MissingEquals};
            return;
        }
        out.assignments << a;
    };

    for (int i = 0; i < lines.size(); ++i) {
        const int lineNo = i + 1;
        QByteArray bytes = lines.at(i);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
        if (bytes.size() > kLongLineMax) {
            out.issues << Issue{lineNo, QStringLiteral("line longer than 1 MiB"), Issue::Kind::TooLong};
            pending.clear();
            continue;
        }
        const QString line = QString::fromUtf8(bytes);
        if (!pending.isEmpty() || pendingLine > 0) {
            // Inside a continuation, comment lines are skipped (conf-parser.c).
            if (isComment(line.trimmed()))
                continue;
        }
        QString content = line;
        // A trailing backslash continues the line; only an odd number of them does (`\\` is literal).
        int backslashes = 0;
        for (int k = content.size() - 1; k >= 0 && content.at(k) == QLatin1Char('\\'); --k)
            ++backslashes;
        const bool continues = backslashes % 2 == 1;
        if (continues) {
            content.chop(1);
            if (pendingLine == 0)
                pendingLine = lineNo;
            pending += content + QLatin1Char(' ');
            if (pending.size() > kLongLineMax) {
                out.issues << Issue{pendingLine, QStringLiteral("continued line longer than 1 MiB"),
                                    Issue::Kind::TooLong};
                pending.clear();
                pendingLine = 0;
            }
            continue;
        }
        if (pendingLine > 0) {
            handle(pending + content, pendingLine);
            pending.clear();
            pendingLine = 0;
        } else {
            handle(content, lineNo);
        }
    }
    if (pendingLine > 0) {
        // The file ended inside a continuation: systemd uses what it has.
        out.issues << Issue{pendingLine, QStringLiteral("file ends with a line continuation"),
                            Issue::Kind::UnfinishedContinuation};
        handle(pending, pendingLine);
    }
    return out;
}

} // namespace UnitFileSyntax
