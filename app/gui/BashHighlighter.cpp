#include "BashHighlighter.h"

#include <QSet>
#include <QTextDocument>

namespace {
// The state a line ends in, carried to the next (QSyntaxHighlighter's block state).
enum State { Normal = 0, InSingle = 1, InDouble = 2, InHeredoc = 3 };

// A here-document's end word is kept with the block that is inside it.
class HeredocData final : public QTextBlockUserData {
public:
    explicit HeredocData(const QString &word) : terminator(word) {}
    QString terminator;
};

bool isWordBreak(QChar c)
{
    return c.isSpace() || QStringLiteral(";|&()<>`\"'$").contains(c);
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

const QSet<QString> &keywords()
{
    static const QSet<QString> words{
        QStringLiteral("if"),     QStringLiteral("then"),     QStringLiteral("else"),  QStringLiteral("elif"),
        QStringLiteral("fi"),     QStringLiteral("case"),     QStringLiteral("esac"),  QStringLiteral("for"),
        QStringLiteral("while"),  QStringLiteral("until"),    QStringLiteral("do"),    QStringLiteral("done"),
        QStringLiteral("in"),     QStringLiteral("function"), QStringLiteral("local"), QStringLiteral("return"),
        QStringLiteral("export"), QStringLiteral("readonly"), QStringLiteral("set"),   QStringLiteral("exit"),
    };
    return words;
}

// The end word of a here-document started on this line (<<WORD, <<-WORD, <<'WORD', <<"WORD"),
// or an empty string. `from` is the index just after "<<".
QString heredocWord(const QString &text, int from)
{
    int i = from;
    if (i < text.size() && text.at(i) == QLatin1Char('-'))
        ++i;
    while (i < text.size() && text.at(i) == QLatin1Char(' '))
        ++i;
    QChar quote;
    if (i < text.size() && (text.at(i) == QLatin1Char('\'') || text.at(i) == QLatin1Char('"')))
        quote = text.at(i++);
    const int start = i;
    while (i < text.size() && isNameChar(text.at(i)))
        ++i;
    if (i == start || (!quote.isNull() && (i >= text.size() || text.at(i) != quote)))
        return {};
    return text.mid(start, i - start);
}
} // namespace

BashHighlighter::BashHighlighter(QTextDocument *document) : QSyntaxHighlighter(document)
{
    applyColours();
}

void BashHighlighter::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    applyColours();
    rehighlight();
}

void BashHighlighter::applyColours()
{
    // Two sets chosen for contrast on white and on a dark grey; kinds differ in weight and
    // slant too, not in colour alone.
    auto make = [this](const char *light, const char *dark, bool bold, bool italic) {
        QTextCharFormat f;
        f.setForeground(QColor(QLatin1String(m_dark ? dark : light)));
        if (bold)
            f.setFontWeight(QFont::Bold);
        f.setFontItalic(italic);
        return f;
    };
    m_formats[Kind::Comment] = make("#5f6b5f", "#98a898", false, true);
    m_formats[Kind::String] = make("#a3401a", "#f0a070", false, false);
    m_formats[Kind::Keyword] = make("#1f4fa8", "#82aaff", true, false);
    m_formats[Kind::Function] = make("#7a2a8c", "#d7a0f0", true, false);
    m_formats[Kind::Variable] = make("#00707a", "#6fd8e0", false, false);
}

// The end (exclusive) of a variable starting at `dollar`, or `dollar` when the $ starts none.
int BashHighlighter::variableEnd(const QString &text, int dollar) const
{
    const int n = text.size();
    int i = dollar + 1;
    if (i >= n)
        return dollar;
    const QChar c = text.at(i);
    if (c == QLatin1Char('{')) {
        const int close = text.indexOf(QLatin1Char('}'), i);
        return close < 0 ? n : close + 1;
    }
    if (c.isLetter() || c == QLatin1Char('_')) {
        while (i < n && isNameChar(text.at(i)))
            ++i;
        return i;
    }
    if (c.isDigit() || QStringLiteral("#?@*$!-").contains(c))
        return i + 1;
    return dollar;
}

void BashHighlighter::highlightBlock(const QString &text)
{
    const int n = text.size();
    int state = previousBlockState() < 0 ? Normal : previousBlockState();
    QString heredoc; // the end word of a here-document opened on or before this line

    if (state == InHeredoc) {
        const auto *data = dynamic_cast<HeredocData *>(currentBlock().previous().userData());
        const QString word = data ? data->terminator : QString();
        setFormat(0, n, m_formats[Kind::String]);
        if (text.trimmed() == word) {
            setCurrentBlockState(Normal);
        } else {
            setCurrentBlockUserData(new HeredocData(word));
            setCurrentBlockState(InHeredoc);
        }
        return;
    }

    int i = 0;
    int stringStart = state == Normal ? -1 : 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (state == InSingle) {
            if (c == QLatin1Char('\'')) {
                setFormat(stringStart, i + 1 - stringStart, m_formats[Kind::String]);
                state = Normal;
            }
            ++i;
            continue;
        }
        if (state == InDouble) {
            if (c == QLatin1Char('\\')) {
                i += 2;
                continue;
            }
            if (c == QLatin1Char('"')) {
                setFormat(stringStart, i + 1 - stringStart, m_formats[Kind::String]);
                state = Normal;
                ++i;
                continue;
            }
            if (c == QLatin1Char('$')) {
                const int end = variableEnd(text, i);
                if (end > i) {
                    setFormat(stringStart, i - stringStart, m_formats[Kind::String]);
                    setFormat(i, end - i, m_formats[Kind::Variable]);
                    stringStart = end;
                    i = end;
                    continue;
                }
            }
            ++i;
            continue;
        }
        // Normal: outside any quotes.
        if (c == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            state = c == QLatin1Char('\'') ? InSingle : InDouble;
            stringStart = i++;
            continue;
        }
        if (c == QLatin1Char('$')) {
            const int end = variableEnd(text, i);
            if (end > i) {
                setFormat(i, end - i, m_formats[Kind::Variable]);
                i = end;
                continue;
            }
            ++i;
            continue;
        }
        if (c == QLatin1Char('#') && (i == 0 || isWordBreak(text.at(i - 1)))) {
            setFormat(i, n - i, m_formats[Kind::Comment]);
            break;
        }
        if (c == QLatin1Char('<') && i + 1 < n && text.at(i + 1) == QLatin1Char('<') &&
            (i + 2 >= n || text.at(i + 2) != QLatin1Char('<'))) {
            const QString word = heredocWord(text, i + 2);
            if (!word.isEmpty())
                heredoc = word;
            i += 2;
            continue;
        }
        if (isWordBreak(c)) {
            ++i;
            continue;
        }
        // A word: a keyword or a library function only when it stands alone.
        const int start = i;
        while (i < n && !isWordBreak(text.at(i)))
            ++i;
        const QString word = text.mid(start, i - start);
        if (keywords().contains(word))
            setFormat(start, i - start, m_formats[Kind::Keyword]);
        else if (word.startsWith(QLatin1String("ged_")))
            setFormat(start, i - start, m_formats[Kind::Function]);
    }
    if (state == InSingle || state == InDouble) {
        setFormat(stringStart, n - stringStart, m_formats[Kind::String]);
        setCurrentBlockState(state);
        return;
    }
    if (!heredoc.isEmpty()) {
        setCurrentBlockUserData(new HeredocData(heredoc));
        setCurrentBlockState(InHeredoc);
        return;
    }
    setCurrentBlockState(Normal);
}
