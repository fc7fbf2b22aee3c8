#include "ShellSyntax.h"

#include <QDir>
#include <QRegularExpression>

#include <vector>

namespace ShellSyntax {
namespace {

// Stands for the variable's old value while a value is analysed ($PATH in PATH=$PATH:/a). A
// private-use character: it cannot come from the file, which is decoded from UTF-8.
const QChar kOld(0xE000);

bool isNameStart(QChar c)
{
    return c == QLatin1Char('_') || (c.unicode() < 128 && c.isLetter());
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c.unicode() < 128 && c.isDigit());
}

bool isValidName(const QString &s)
{
    if (s.isEmpty() || !isNameStart(s.at(0)))
        return false;
    for (const QChar c : s)
        if (!isNameChar(c))
            return false;
    return true;
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') || c == QLatin1Char('\f') ||
           c == QLatin1Char('\v');
}

// ---------------------------------------------------------------------------------------------
// Words and commands

struct Part {
    enum class Kind { Text, Param, Subst };
    Kind kind = Kind::Text;
    QString text; // Text: the characters, quotes removed; Param: the variable's name; Subst: as written
    QString raw;  // as written ("$HOME", "${PATH:+:$PATH}")
    bool quoted = false;
};

struct Word {
    QList<Part> parts;
    QString raw; // as written
    int line = 0;
    bool isArray = false;       // NAME=( ... ) or NAME+=( ... ): parts hold "NAME=", elements the members
    std::vector<Word> elements; // the array's members

    // The word when it is nothing but text (keywords, names, options); a null string otherwise.
    QString literal() const
    {
        QString s(QLatin1String(""));
        for (const Part &p : parts) {
            if (p.kind != Part::Kind::Text)
                return QString();
            s += p.text;
        }
        return s;
    }
    // The text as written with quotes removed, expansions as written (a here-doc delimiter).
    QString unquoted() const
    {
        QString s;
        for (const Part &p : parts)
            s += p.kind == Part::Kind::Text ? p.text : p.raw;
        return s;
    }
};

struct Command {
    QList<Word> words;
    int line = 0;    // where its first word starts
    int endLine = 0; // where it ends
    QString sep;     // what ended it: ";", "&&", "||", "|", "&", "(", ")", ";;", "\n", or empty at the end
};

// Collects the parts of one word, merging adjacent characters of the same quoting.
struct PartBuilder {
    QList<Part> parts;
    QString text;
    bool quoted = false;

    void add(QChar c, bool q)
    {
        if (!text.isEmpty() && q != quoted)
            flush();
        quoted = q;
        text += c;
    }
    void add(const QString &s, bool q)
    {
        if (s.isEmpty())
            return;
        if (!text.isEmpty() && q != quoted)
            flush();
        quoted = q;
        text += s;
    }
    void part(const Part &p)
    {
        flush();
        parts << p;
    }
    void flush()
    {
        if (text.isEmpty())
            return;
        Part p;
        p.text = text;
        p.raw = text;
        p.quoted = quoted;
        parts << p;
        text.clear();
    }
    bool empty() const { return parts.isEmpty() && text.isEmpty(); }
};

// ---------------------------------------------------------------------------------------------
// The lexer: POSIX sh/bash/zsh and fish, one simple command at a time. Every loop advances, so
// any input (binary garbage, an unterminated quote) ends.

class Lexer {
public:
    enum class Flavor { Posix, Zsh, Fish };
    Lexer(const QString &text, Flavor flavor) : m_s(text), m_n(text.size()), m_flavor(flavor) {}

    // The next command and what ended it; false at the end of the text.
    bool next(Command &cmd);

private:
    struct HereDoc {
        QString delimiter;
        bool stripTabs = false;
    };

    bool fish() const { return m_flavor == Flavor::Fish; }
    QChar at(qsizetype i) const { return i < m_n ? m_s.at(i) : QChar(); }
    // Advances to `end`, counting the newlines passed.
    QString take(qsizetype end)
    {
        end = qMin(end, m_n);
        const QString raw = m_s.mid(m_pos, end - m_pos);
        m_line += int(raw.count(QLatin1Char('\n')));
        m_pos = end;
        return raw;
    }
    bool atWordStart() const
    {
        if (m_pos >= m_n)
            return false;
        const QChar c = m_s.at(m_pos);
        if (isBlank(c) || c == QLatin1Char('\n') || c == QLatin1Char(';') || c == QLatin1Char('&') ||
            c == QLatin1Char('|') || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return false;
        return fish() || (c != QLatin1Char('(') && c != QLatin1Char(')'));
    }
    void skipBlanks()
    {
        while (m_pos < m_n && isBlank(m_s.at(m_pos)))
            ++m_pos;
    }
    void afterNewline();
    void redirection(QList<Word> &words, bool glued);
    Word lexWord();
    void lexArray(Word &w);
    void lexSingle(PartBuilder &b);
    void lexDouble(PartBuilder &b);
    void lexAnsiC(PartBuilder &b);
    void lexDollar(PartBuilder &b, bool inDouble);
    qsizetype balancedEnd(qsizetype open) const; // index just past the ')' matching m_s[open] == '('
    qsizetype bracesEnd(qsizetype dollar) const; // index just past the '}' of "${...}" at `dollar`

    const QString &m_s;
    const qsizetype m_n;
    const Flavor m_flavor;
    qsizetype m_pos = 0;
    int m_line = 1;
    QList<HereDoc> m_hereDocs;
};

bool Lexer::next(Command &cmd)
{
    cmd = Command();
    bool glued = false; // the last word ended right here (a `2` before `>`)
    while (m_pos < m_n) {
        const QChar c = m_s.at(m_pos);
        if (isBlank(c)) {
            ++m_pos;
            glued = false;
            continue;
        }
        if (c == QLatin1Char('\\') && at(m_pos + 1) == QLatin1Char('\n')) { // continuation between words
            m_pos += 2;
            ++m_line;
            glued = false;
            continue;
        }
        if (c == QLatin1Char('\n')) {
            ++m_pos;
            const int line = m_line;
            afterNewline();
            if (cmd.words.isEmpty())
                continue;
            cmd.sep = QStringLiteral("\n");
            cmd.endLine = line;
            return true;
        }
        if (c == QLatin1Char('#')) { // a comment: to the end of the line, the newline stays
            const qsizetype eol = m_s.indexOf(QLatin1Char('\n'), m_pos);
            m_pos = eol < 0 ? m_n : eol;
            continue;
        }
        if (c == QLatin1Char('<') || c == QLatin1Char('>') ||
            (c == QLatin1Char('&') && at(m_pos + 1) == QLatin1Char('>'))) {
            redirection(cmd.words, glued);
            glued = false;
            continue;
        }
        if (c == QLatin1Char(';') || c == QLatin1Char('&') || c == QLatin1Char('|') ||
            (!fish() && (c == QLatin1Char('(') || c == QLatin1Char(')')))) {
            QString op(c);
            ++m_pos;
            const QChar d = at(m_pos);
            if (c == QLatin1Char(';') && d == QLatin1Char(';')) {
                op += d;
                ++m_pos;
                if (at(m_pos) == QLatin1Char('&')) {
                    op += QLatin1Char('&');
                    ++m_pos;
                }
            } else if (c == QLatin1Char(';') && (d == QLatin1Char('&') || d == QLatin1Char('|'))) {
                op += d;
                ++m_pos;
            } else if (c == QLatin1Char('&') && d == QLatin1Char('&')) {
                op += d;
                ++m_pos;
            } else if (c == QLatin1Char('|') && (d == QLatin1Char('|') || d == QLatin1Char('&'))) {
                op += d;
                ++m_pos;
            }
            cmd.sep = op;
            if (cmd.line == 0)
                cmd.line = m_line;
            cmd.endLine = m_line;
            return true;
        }
        Word w = lexWord();
        if (cmd.words.isEmpty())
            cmd.line = w.line;
        cmd.endLine = m_line;
        cmd.words << w;
        glued = true;
    }
    if (cmd.words.isEmpty())
        return false;
    cmd.sep.clear();
    return true;
}

// After a newline outside quotes: here-doc bodies announced on the line just ended are skipped.
void Lexer::afterNewline()
{
    ++m_line;
    while (!m_hereDocs.isEmpty()) {
        const HereDoc h = m_hereDocs.takeFirst();
        while (m_pos < m_n) {
            qsizetype eol = m_s.indexOf(QLatin1Char('\n'), m_pos);
            const bool last = eol < 0;
            if (last)
                eol = m_n;
            QString l = m_s.mid(m_pos, eol - m_pos);
            m_pos = last ? m_n : eol + 1;
            if (!last)
                ++m_line;
            if (l.endsWith(QLatin1Char('\r')))
                l.chop(1);
            if (h.stripTabs)
                while (l.startsWith(QLatin1Char('\t')))
                    l.remove(0, 1);
            if (l == h.delimiter)
                break;
        }
    }
}

// `>file`, `2>&1`, `&>/dev/null`, `<<EOF`, `<<<word`, `<(cmd)`: nothing of it is an argument.
void Lexer::redirection(QList<Word> &words, bool glued)
{
    if (glued && !words.isEmpty()) { // the fd number of `2>`
        const QString fd = words.last().literal();
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        if (!fd.isEmpty() && digits.match(fd).hasMatch())
            words.removeLast();
    }
    if (!fish() && m_s.mid(m_pos, 2) == QLatin1String("<<") && at(m_pos + 2) != QLatin1Char('<')) {
        m_pos += 2;
        bool strip = false;
        if (at(m_pos) == QLatin1Char('-')) {
            strip = true;
            ++m_pos;
        }
        skipBlanks();
        if (atWordStart()) {
            const Word d = lexWord();
            m_hereDocs << HereDoc{d.unquoted(), strip};
        }
        return;
    }
    while (m_pos < m_n && QStringLiteral("<>&|!?+^").contains(m_s.at(m_pos)))
        ++m_pos;
    if (at(m_pos) == QLatin1Char('(')) { // process substitution <(cmd)
        take(balancedEnd(m_pos));
        return;
    }
    skipBlanks();
    if (atWordStart())
        lexWord(); // the target
}

Word Lexer::lexWord()
{
    Word w;
    w.line = m_line;
    const qsizetype start = m_pos;
    PartBuilder b;
    static const QRegularExpression assignmentHead(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*\\+?=$"));
    while (m_pos < m_n) {
        const QChar c = m_s.at(m_pos);
        if (isBlank(c) || c == QLatin1Char('\n') || c == QLatin1Char(';') || c == QLatin1Char('&') ||
            c == QLatin1Char('|') || c == QLatin1Char('<') || c == QLatin1Char('>'))
            break;
        if (c == QLatin1Char(')') && !fish())
            break;
        if (c == QLatin1Char('(')) {
            if (fish()) { // (cmd) is a command substitution in fish
                Part p;
                p.kind = Part::Kind::Subst;
                p.raw = take(balancedEnd(m_pos));
                p.text = p.raw;
                b.part(p);
                continue;
            }
            if (b.parts.isEmpty() && !b.quoted && assignmentHead.match(b.text).hasMatch()) {
                lexArray(w);
                break;
            }
            if (b.empty())
                break; // a subshell: an operator
            // name(), a zsh glob qualifier, an extglob: on one line; otherwise a stray `(`
            const qsizetype end = balancedEnd(m_pos);
            const qsizetype eol = m_s.indexOf(QLatin1Char('\n'), m_pos);
            if (eol >= 0 && end > eol) {
                b.add(c, false);
                ++m_pos;
                continue;
            }
            b.add(take(end), false);
            continue;
        }
        if (c == QLatin1Char('\\')) {
            const QChar d = at(m_pos + 1);
            if (d == QLatin1Char('\n')) {
                m_pos += 2;
                ++m_line;
            } else if (d.isNull()) {
                ++m_pos;
            } else {
                b.add(d, true);
                m_pos += 2;
            }
            continue;
        }
        if (c == QLatin1Char('\'')) {
            ++m_pos;
            lexSingle(b);
            continue;
        }
        if (c == QLatin1Char('"')) {
            ++m_pos;
            lexDouble(b);
            continue;
        }
        if (c == QLatin1Char('$')) {
            lexDollar(b, false);
            continue;
        }
        if (c == QLatin1Char('`') && !fish()) {
            qsizetype i = m_pos + 1;
            while (i < m_n && m_s.at(i) != QLatin1Char('`'))
                i += m_s.at(i) == QLatin1Char('\\') ? 2 : 1;
            Part p;
            p.kind = Part::Kind::Subst;
            p.raw = take(i + 1);
            p.text = p.raw;
            b.part(p);
            continue;
        }
        b.add(c, false);
        ++m_pos;
    }
    if (m_pos == start && m_pos < m_n) { // never stand still
        b.add(m_s.at(m_pos), false);
        take(m_pos + 1);
    }
    b.flush();
    w.parts = b.parts;
    w.raw = m_s.mid(start, m_pos - start);
    return w;
}

// zsh/bash `name=( a b ... )`, over several lines, comments allowed.
void Lexer::lexArray(Word &w)
{
    w.isArray = true;
    ++m_pos; // (
    while (m_pos < m_n) {
        const QChar c = m_s.at(m_pos);
        if (isBlank(c)) {
            ++m_pos;
        } else if (c == QLatin1Char('\n')) {
            ++m_pos;
            ++m_line;
        } else if (c == QLatin1Char('\\') && at(m_pos + 1) == QLatin1Char('\n')) {
            m_pos += 2;
            ++m_line;
        } else if (c == QLatin1Char('#')) {
            const qsizetype eol = m_s.indexOf(QLatin1Char('\n'), m_pos);
            m_pos = eol < 0 ? m_n : eol;
        } else if (c == QLatin1Char(')')) {
            ++m_pos;
            return;
        } else {
            const qsizetype before = m_pos;
            Word e = lexWord();
            if (m_pos == before)
                ++m_pos;
            if (!e.parts.isEmpty())
                w.elements.push_back(e);
        }
    }
}

void Lexer::lexSingle(PartBuilder &b)
{
    if (!fish()) {
        qsizetype end = m_s.indexOf(QLatin1Char('\''), m_pos);
        if (end < 0)
            end = m_n;
        b.add(take(end), true);
        if (m_pos < m_n)
            ++m_pos;
        // '' adds nothing but still makes the word quoted: an empty quoted part keeps `''` a word
        return;
    }
    while (m_pos < m_n) { // fish: \' and \\ are escapes inside single quotes
        const QChar c = m_s.at(m_pos);
        if (c == QLatin1Char('\'')) {
            ++m_pos;
            return;
        }
        if (c == QLatin1Char('\\') && (at(m_pos + 1) == QLatin1Char('\'') || at(m_pos + 1) == QLatin1Char('\\'))) {
            b.add(at(m_pos + 1), true);
            m_pos += 2;
            continue;
        }
        if (c == QLatin1Char('\n'))
            ++m_line;
        b.add(c, true);
        ++m_pos;
    }
}

void Lexer::lexDouble(PartBuilder &b)
{
    while (m_pos < m_n) {
        const QChar c = m_s.at(m_pos);
        if (c == QLatin1Char('"')) {
            ++m_pos;
            return;
        }
        if (c == QLatin1Char('\\')) {
            const QChar d = at(m_pos + 1);
            if (d == QLatin1Char('\n')) {
                m_pos += 2;
                ++m_line;
                continue;
            }
            if (d == QLatin1Char('$') || d == QLatin1Char('`') || d == QLatin1Char('"') || d == QLatin1Char('\\')) {
                b.add(d, true);
                m_pos += 2;
                continue;
            }
            b.add(c, true);
            ++m_pos;
            continue;
        }
        if (c == QLatin1Char('$')) {
            lexDollar(b, true);
            continue;
        }
        if (c == QLatin1Char('`') && !fish()) {
            qsizetype i = m_pos + 1;
            while (i < m_n && m_s.at(i) != QLatin1Char('`'))
                i += m_s.at(i) == QLatin1Char('\\') ? 2 : 1;
            Part p;
            p.kind = Part::Kind::Subst;
            p.raw = take(i + 1);
            p.text = p.raw;
            p.quoted = true;
            b.part(p);
            continue;
        }
        if (c == QLatin1Char('\n'))
            ++m_line;
        b.add(c, true);
        ++m_pos;
    }
}

// $'...' (bash, zsh): backslash escapes, no expansion.
void Lexer::lexAnsiC(PartBuilder &b)
{
    while (m_pos < m_n) {
        const QChar c = m_s.at(m_pos);
        if (c == QLatin1Char('\'')) {
            ++m_pos;
            return;
        }
        if (c == QLatin1Char('\\') && m_pos + 1 < m_n) {
            const QChar d = m_s.at(m_pos + 1);
            m_pos += 2;
            if (d == QLatin1Char('n'))
                b.add(QLatin1Char('\n'), true);
            else if (d == QLatin1Char('t'))
                b.add(QLatin1Char('\t'), true);
            else
                b.add(d, true);
            continue;
        }
        if (c == QLatin1Char('\n'))
            ++m_line;
        b.add(c, true);
        ++m_pos;
    }
}

void Lexer::lexDollar(PartBuilder &b, bool inDouble)
{
    const QChar d = at(m_pos + 1);
    Part p;
    p.kind = Part::Kind::Param;
    p.quoted = inDouble;
    if (fish()) {
        if (isNameChar(d)) {
            qsizetype i = m_pos + 1;
            while (isNameChar(at(i)))
                ++i;
            p.text = m_s.mid(m_pos + 1, i - m_pos - 1);
            if (at(i) == QLatin1Char('[')) { // $PATH[1]
                const qsizetype close = m_s.indexOf(QLatin1Char(']'), i);
                if (close > 0 && close - i < 16)
                    i = close + 1;
            }
            p.raw = take(i);
            b.part(p);
        } else if (d == QLatin1Char('(')) {
            p.kind = Part::Kind::Subst;
            p.raw = take(balancedEnd(m_pos + 1));
            p.text = p.raw;
            b.part(p);
        } else {
            b.add(QLatin1Char('$'), inDouble);
            ++m_pos;
        }
        return;
    }
    if (d == QLatin1Char('{')) {
        p.raw = take(bracesEnd(m_pos));
        qsizetype i = 2;
        if (i < p.raw.size() && (p.raw.at(i) == QLatin1Char('#') || p.raw.at(i) == QLatin1Char('!')) &&
            i + 1 < p.raw.size() && p.raw.at(i + 1) != QLatin1Char('}'))
            p.text = QStringLiteral("#"); // ${#PATH}, ${!name}: not the value itself
        else {
            qsizetype j = i;
            while (j < p.raw.size() && isNameChar(p.raw.at(j)))
                ++j;
            p.text = j > i ? p.raw.mid(i, j - i) : p.raw.mid(i, 1);
        }
        b.part(p);
        return;
    }
    if (d == QLatin1Char('(')) { // $(cmd) and $((arithmetic))
        p.kind = Part::Kind::Subst;
        p.raw = take(balancedEnd(m_pos + 1));
        p.text = p.raw;
        b.part(p);
        return;
    }
    if (d == QLatin1Char('\'') && !inDouble) {
        m_pos += 2;
        lexAnsiC(b);
        return;
    }
    if (d == QLatin1Char('"') && !inDouble) { // $"..." (a translated string): the quotes follow
        ++m_pos;
        return;
    }
    if (isNameStart(d)) {
        qsizetype i = m_pos + 1;
        while (isNameChar(at(i)))
            ++i;
        p.text = m_s.mid(m_pos + 1, i - m_pos - 1);
        if (m_flavor == Flavor::Zsh && at(i) == QLatin1Char('[')) { // $path[@]
            const qsizetype close = m_s.indexOf(QLatin1Char(']'), i);
            if (close > 0 && close - i < 16)
                i = close + 1;
        }
        p.raw = take(i);
        b.part(p);
        return;
    }
    if (d.isDigit() || (!d.isNull() && QStringLiteral("@*#?$!-").contains(d))) {
        p.text = QString(d);
        p.raw = take(m_pos + 2);
        b.part(p);
        return;
    }
    b.add(QLatin1Char('$'), inDouble);
    ++m_pos;
}

qsizetype Lexer::balancedEnd(qsizetype open) const
{
    int depth = 0;
    qsizetype i = open;
    while (i < m_n) {
        const QChar c = m_s.at(i);
        if (c == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            const qsizetype end = m_s.indexOf(QLatin1Char('\''), i + 1);
            i = end < 0 ? m_n : end + 1;
            continue;
        }
        if (c == QLatin1Char('"')) {
            ++i;
            while (i < m_n && m_s.at(i) != QLatin1Char('"'))
                i += m_s.at(i) == QLatin1Char('\\') ? 2 : 1;
            ++i;
            continue;
        }
        if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            if (--depth <= 0)
                return i + 1;
        }
        ++i;
    }
    return m_n;
}

qsizetype Lexer::bracesEnd(qsizetype dollar) const
{
    int depth = 1;
    qsizetype i = dollar + 2;
    while (i < m_n) {
        const QChar c = m_s.at(i);
        if (c == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (c == QLatin1Char('$') && at(i + 1) == QLatin1Char('{')) {
            ++depth;
            i += 2;
            continue;
        }
        if (c == QLatin1Char('}') && --depth == 0)
            return i + 1;
        ++i;
    }
    return m_n;
}

// ---------------------------------------------------------------------------------------------
// What the readers share: expansion, the PATH analysis, recording.

struct Value {
    QString asWritten; // quotes removed, expansions as written
    QString expanded;  // expanded; kOld where the old value goes
    bool clean = true; // nothing left unexpanded
};

// Where a command is and under which conditions it runs.
struct Where {
    int line = 0;
    int endLine = 0;
    QString onlyFor;
    bool interactiveOnly = false;
    QString onlyIfExists;
    QStringList testedVariables; // variables the enclosing conditions read
};

class Reader {
public:
    Reader(const QString &text, Dialect dialect, const QString &file, const QString &home)
        : m_text(text), m_dialect(dialect), m_file(file), m_home(home)
    {
    }
    Parsed result;

protected:
    bool tildeExpands() const
    {
        return m_dialect == Dialect::Posix || m_dialect == Dialect::Zsh || m_dialect == Dialect::Fish;
    }

    // `assignment`: the value of NAME=value, where ~ also expands after an unquoted ':'.
    Value expand(const QList<Part> &parts, const QStringList &self, bool assignment) const
    {
        static const QRegularExpression simpleRef(QStringLiteral("^\\$(\\{[A-Za-z_][A-Za-z0-9_]*(:?[-=][^}]*)?\\}|"
                                                                 "[A-Za-z_][A-Za-z0-9_]*)$"));
        Value v;
        bool atStart = true;
        bool afterColon = false;
        for (int i = 0; i < parts.size(); ++i) {
            const Part &p = parts.at(i);
            if (p.kind == Part::Kind::Text) {
                v.asWritten += p.text;
                for (qsizetype k = 0; k < p.text.size(); ++k) {
                    const QChar c = p.text.at(k);
                    if (c == QLatin1Char('~') && !p.quoted && tildeExpands() && !m_home.isEmpty() &&
                        (atStart || (assignment && afterColon))) {
                        const QChar nx = k + 1 < p.text.size() ? p.text.at(k + 1) : QChar();
                        const bool prefixEnds = nx == QLatin1Char('/') || (assignment && nx == QLatin1Char(':')) ||
                                                (nx.isNull() && i + 1 == parts.size());
                        if (prefixEnds) {
                            v.expanded += m_home;
                            atStart = afterColon = false;
                            continue;
                        }
                    }
                    v.expanded += c;
                    atStart = false;
                    afterColon = c == QLatin1Char(':') && !p.quoted;
                }
                continue;
            }
            atStart = afterColon = false;
            v.asWritten += p.raw;
            if (p.kind == Part::Kind::Param && self.contains(p.text)) {
                v.expanded += kOld;
            } else if (p.kind == Part::Kind::Param && p.text == QLatin1String("HOME") && !m_home.isEmpty() &&
                       simpleRef.match(p.raw).hasMatch()) {
                v.expanded += m_home;
            } else if (p.kind == Part::Kind::Param && m_vars.contains(p.text) &&
                       (m_dialect == Dialect::Fish || simpleRef.match(p.raw).hasMatch())) {
                v.expanded += m_vars.value(p.text);
            } else {
                v.expanded += p.raw;
                v.clean = false;
            }
        }
        return v;
    }

    // Remembers NAME's value for later references ($GOROOT/bin), when it is fully known.
    void remember(const QString &name, const Value &v)
    {
        QString e = v.expanded;
        if (e.contains(kOld)) {
            if (!m_vars.contains(name)) {
                m_vars.remove(name);
                return;
            }
            e.replace(kOld, m_vars.value(name));
        }
        if (v.clean)
            m_vars.insert(name, e);
        else
            m_vars.remove(name);
    }

    QString textOf(const Where &w) const
    {
        if (m_lines.isEmpty())
            m_lines = m_text.split(QLatin1Char('\n'));
        const int first = qBound(1, w.line, int(m_lines.size()));
        const int last = qBound(first, w.endLine, int(m_lines.size()));
        QStringList out;
        for (int i = first; i <= last; ++i)
            out << m_lines.at(i - 1);
        return out.join(QLatin1Char('\n')).trimmed();
    }

    ShellAssignment base(const QString &variable, const Where &w) const
    {
        ShellAssignment a;
        a.file = m_file;
        a.line = w.line;
        a.variable = variable;
        a.text = textOf(w);
        a.onlyFor = w.onlyFor;
        a.interactiveOnly = w.interactiveOnly;
        a.onlyIfExists = w.onlyIfExists;
        a.testsItself =
            w.testedVariables.contains(variable) ||
            (variable == QLatin1String("PATH") && (w.testedVariables.contains(QStringLiteral("path")) ||
                                                   w.testedVariables.contains(QStringLiteral("fish_user_paths"))));
        return a;
    }

    // `expanded` holds kOld where the old value goes.
    void addAssignment(const QString &variable, const QString &asWritten, const QString &expanded, const Where &w)
    {
        ShellAssignment a = base(variable, w);
        a.value = asWritten;
        const QString old = QStringLiteral("${%1}").arg(variable);
        if (variable == QLatin1String("PATH")) {
            // The old value is an entry of its own: "/a${PATH:+:$PATH}" is "/a" then the old value.
            QString s;
            for (qsizetype i = 0; i < expanded.size(); ++i) {
                const QChar c = expanded.at(i);
                if (c != kOld) {
                    s += c;
                    continue;
                }
                if (!s.isEmpty() && !s.endsWith(QLatin1Char(':')))
                    s += QLatin1Char(':');
                s += kOld;
                if (i + 1 < expanded.size() && expanded.at(i + 1) != QLatin1Char(':'))
                    s += QLatin1Char(':');
            }
            const QStringList entries = s.split(QLatin1Char(':'));
            QList<int> olds;
            QStringList shown;
            for (int i = 0; i < entries.size(); ++i) {
                if (entries.at(i) == QString(kOld)) {
                    olds << i;
                    shown << old;
                } else {
                    shown << entries.at(i);
                    if (!entries.at(i).isEmpty())
                        a.folders << entries.at(i);
                }
            }
            if (olds.isEmpty())
                a.op = ShellAssignment::Op::Set;
            else if (olds.first() == 0 && (entries.size() == 1 || olds.last() != entries.size() - 1))
                a.op = ShellAssignment::Op::Append;
            else
                a.op = ShellAssignment::Op::Prepend; // at the end, or in the middle (see the header)
            a.expanded = shown.join(QLatin1Char(':'));
        } else {
            if (!expanded.contains(kOld))
                a.op = ShellAssignment::Op::Set;
            else if (expanded.startsWith(kOld) && !(expanded.size() > 1 && expanded.endsWith(kOld)))
                a.op = ShellAssignment::Op::Append;
            else if (expanded.endsWith(kOld) && expanded.size() > 1)
                a.op = ShellAssignment::Op::Prepend;
            else
                a.op = ShellAssignment::Op::Set;
            a.expanded = QString(expanded).replace(kOld, old);
        }
        result.assignments << a;
    }

    void addUnset(const QString &variable, const Where &w)
    {
        ShellAssignment a = base(variable, w);
        a.op = ShellAssignment::Op::Unset;
        result.assignments << a;
    }

    void addSource(const Word &arg, const Where &w)
    {
        const Value v = expand(arg.parts, {}, false);
        if (!v.clean || !v.expanded.startsWith(QLatin1Char('/')))
            return; // `. $i`, a relative path: nothing static to follow
        Source s;
        s.line = w.line;
        s.path = QDir::cleanPath(v.expanded);
        s.onlyFor = w.onlyFor;
        s.interactiveOnly = w.interactiveOnly;
        result.sources << s;
    }

    const QString &m_text;
    const Dialect m_dialect;
    const QString m_file;
    const QString m_home;
    QMap<QString, QString> m_vars; // values assigned earlier in this file, expanded
    mutable QStringList m_lines;
};

// ---------------------------------------------------------------------------------------------
// sh, bash, zsh

struct TestInfo {
    QString shell; // "bash" / "zsh": tests BASH_VERSION, BASH, ZSH_VERSION or ZSH_NAME
    bool shellNegated = false;
    bool interactive = false; // tests $- or PS1
    bool interactivePositive = false;
    QString path; // `-d DIR`, `-f FILE`, `-e`, `-x`, `-r`, `-s` with a static path, not negated
};

TestInfo analyseTest(const QList<Word> &words)
{
    TestInfo t;
    bool negated = false;
    for (const Word &w : words) {
        const QString lit = w.literal();
        if (lit == QLatin1String("-z") || lit == QLatin1String("!") || lit == QLatin1String("!="))
            negated = true;
        for (const Part &p : w.parts) {
            if (p.kind != Part::Kind::Param)
                continue;
            if (t.shell.isEmpty() && (p.text == QLatin1String("BASH_VERSION") || p.text == QLatin1String("BASH"))) {
                t.shell = QStringLiteral("bash");
                t.shellNegated = negated;
            } else if (t.shell.isEmpty() &&
                       (p.text == QLatin1String("ZSH_VERSION") || p.text == QLatin1String("ZSH_NAME"))) {
                t.shell = QStringLiteral("zsh");
                t.shellNegated = negated;
            } else if (!t.interactive && (p.text == QLatin1String("-") || p.text == QLatin1String("PS1"))) {
                t.interactive = true;
                t.interactivePositive = !negated;
            }
        }
    }
    // `[ "$BASH" != /bin/sh ]` after the shell was named: the operator comes after the reference
    if (!t.shell.isEmpty() && !t.shellNegated)
        for (const Word &w : words)
            if (w.literal() == QLatin1String("!="))
                t.shellNegated = true;
    if (t.interactive && t.interactivePositive)
        for (const Word &w : words)
            if (w.literal() == QLatin1String("!="))
                t.interactivePositive = false;
    return t;
}

struct Frame {
    enum class Type { If, Loop, Case, Brace, Fish };
    Type type = Type::If;
    bool function = false;    // a function body
    bool inCondition = false; // between `if`/`elif`/`while` and `then`/`do`
    TestInfo cond;            // what the condition tests
    bool interactiveMention = false;
    QString onlyFor;            // of the current branch
    bool interactive = false;   // the current branch runs only in interactive shells
    QString requires;           // the current branch runs only when this path exists
    QStringList condVars;       // variables the condition (or the case word) reads
    bool orInCondition = false; // `if [ -d a ] || ...`: no single path is required
    bool expectPattern = false;
};

class ShellReader : public Reader {
public:
    ShellReader(const QString &text, Dialect dialect, const QString &file, const QString &home)
        : Reader(text, dialect, file, home)
    {
    }

    void run(const QString &text, int fixedLine = 0)
    {
        Lexer lexer(text, m_dialect == Dialect::Fish  ? Lexer::Flavor::Fish
                          : m_dialect == Dialect::Zsh ? Lexer::Flavor::Zsh
                                                      : Lexer::Flavor::Posix);
        Command cmd;
        while (lexer.next(cmd)) { // every call consumes input, so this ends
            if (fixedLine > 0) {  // `emulate sh -c '...'`: the string's commands are on its line
                cmd.line = cmd.endLine = fixedLine;
                for (Word &w : cmd.words)
                    w.line = fixedLine;
            }
            if (m_dialect == Dialect::Fish)
                fishCommand(cmd);
            else
                shCommand(cmd);
        }
    }

private:
    // --- conditions -----------------------------------------------------------------------------
    Frame *top(Frame::Type t) { return !m_frames.empty() && m_frames.back().type == t ? &m_frames.back() : nullptr; }
    void pop(Frame::Type t)
    {
        for (int i = int(m_frames.size()) - 1; i >= 0; --i)
            if (m_frames[size_t(i)].type == t) {
                m_frames.resize(size_t(i));
                return;
            }
    }
    bool inFunction() const
    {
        for (const Frame &f : m_frames)
            if (f.function)
                return true;
        return false;
    }
    bool guardContext() const
    {
        if (m_chainInteractiveTest)
            return true;
        for (const Frame &f : m_frames)
            if (f.interactiveMention)
                return true;
        return false;
    }
    Where where(const Command &cmd, const QList<Word> &words) const
    {
        Where w;
        w.line = words.isEmpty() ? cmd.line : words.first().line;
        w.endLine = qMax(w.line, cmd.endLine);
        for (auto it = m_frames.rbegin(); it != m_frames.rend() && w.onlyFor.isEmpty(); ++it)
            w.onlyFor = it->onlyFor;
        if (w.onlyFor.isEmpty())
            w.onlyFor = m_chainOnlyFor;
        w.interactiveOnly = m_chainInteractive;
        for (const Frame &f : m_frames)
            w.interactiveOnly = w.interactiveOnly || f.interactive;
        w.testedVariables = m_chainVars;
        for (const Frame &f : m_frames)
            w.testedVariables << f.condVars;
        w.onlyIfExists = m_chainRequires;
        for (auto it = m_frames.rbegin(); it != m_frames.rend() && w.onlyIfExists.isEmpty(); ++it)
        w.onlyIfExists = it->requires;
        if (result.nonInteractiveReturnLine > 0 && w.line > result.nonInteractiveReturnLine)
            w.interactiveOnly = true;
        return w;
    }
    // `[ -d "$HOME/bin" ]`, `test -f ~/.x`: the path tested, when it is known and the test positive.
    QString testedPath(const QList<Word> &words) const
    {
        static const QStringList ops{QStringLiteral("-d"), QStringLiteral("-e"), QStringLiteral("-f"),
                                     QStringLiteral("-x"), QStringLiteral("-r"), QStringLiteral("-s")};
        if (words.isEmpty())
            return {};
        const QString w0 = words.first().literal();
        if (w0 != QLatin1String("[") && w0 != QLatin1String("[[") && w0 != QLatin1String("test"))
            return {};
        for (int i = 1; i + 1 < words.size(); ++i) {
            const QString lit = words.at(i).literal();
            if (lit == QLatin1String("!") || lit == QLatin1String("-o") || lit == QLatin1String("||"))
                return {};
            if (!ops.contains(lit))
                continue;
            const Value v = expand(words.at(i + 1).parts, {}, false);
            if (v.clean && v.expanded.startsWith(QLatin1Char('/')))
                return QDir::cleanPath(v.expanded);
            return {};
        }
        return {};
    }
    void conditionWords(Frame &f, const QList<Word> &words)
    {
        f.condVars << variablesIn(words);
        TestInfo t = analyseTest(words);
        if (f.cond.path.isEmpty())
            f.cond.path = testedPath(words);
        if (f.cond.shell.isEmpty() && !t.shell.isEmpty()) {
            f.cond.shell = t.shell;
            f.cond.shellNegated = t.shellNegated;
        }
        if (!f.cond.interactive && t.interactive) {
            f.cond.interactive = true;
            f.cond.interactivePositive = t.interactivePositive;
        }
    }
    void enterBranch(Frame &f, bool elseBranch)
    {
        f.inCondition = false;
        f.interactiveMention = f.cond.interactive;
        const bool shellPositive = f.cond.shellNegated == elseBranch;
        f.onlyFor = f.cond.shell.isEmpty() || !shellPositive ? QString() : f.cond.shell;
        f.interactive = f.cond.interactive && (f.cond.interactivePositive != elseBranch);
        f.requires = elseBranch || f.orInCondition ? QString() : f.cond.path;
    }
    void endChain(const Command &cmd, const TestInfo &t, const QStringList &tested = {})
    {
        if (cmd.sep == QLatin1String("&&") || cmd.sep == QLatin1String("||"))
            m_chainVars << tested;
        else
            m_chainVars.clear();
        if (cmd.sep == QLatin1String("&&")) {
            if (!t.shell.isEmpty() && !t.shellNegated)
                m_chainOnlyFor = t.shell;
            if (!t.path.isEmpty())
                m_chainRequires = t.path;
            if (t.interactive) {
                m_chainInteractiveTest = true;
                m_chainInteractive = t.interactivePositive;
            }
        } else if (cmd.sep == QLatin1String("||")) {
            m_chainOnlyFor.clear();
            m_chainRequires.clear();
            m_chainInteractive = t.interactive && !t.interactivePositive;
            m_chainInteractiveTest = t.interactive;
        } else {
            m_chainOnlyFor.clear();
            m_chainRequires.clear();
            m_chainInteractive = m_chainInteractiveTest = false;
        }
        if (cmd.sep.startsWith(QLatin1String(";;")) || cmd.sep == QLatin1String(";&") || cmd.sep == QLatin1String(";|"))
            if (Frame *c = top(Frame::Type::Case))
                c->expectPattern = true;
    }

    // --- sh, bash, zsh --------------------------------------------------------------------------
    void shCommand(const Command &cmd)
    {
        QList<Word> words = cmd.words;
        if (Frame *c = top(Frame::Type::Case); c && c->expectPattern) {
            if (!words.isEmpty() && words.first().literal() == QLatin1String("in"))
                words.removeFirst();
            if (!words.isEmpty() && words.first().literal() == QLatin1String("esac")) {
                pop(Frame::Type::Case);
                words.removeFirst();
            } else if (cmd.sep == QLatin1String("|") || (cmd.sep == QLatin1String("(") && words.isEmpty())) {
                m_pattern += words.isEmpty() ? QString() : words.first().raw;
                return;
            } else if (cmd.sep == QLatin1String(")")) {
                for (const Word &w : words)
                    m_pattern += w.raw;
                c->expectPattern = false;
                c->interactive = c->interactiveMention && m_pattern.contains(QLatin1Char('i'));
                m_pattern.clear();
                return;
            } else {
                return; // not a pattern yet (an empty line)
            }
        }

        // Reserved words that open or close compound commands.
        while (!words.isEmpty()) {
            const QString w0 = words.first().literal();
            if (w0 == QLatin1String("if")) {
                m_frames.push_back(Frame{});
                m_frames.back().inCondition = true;
                m_frames.back().orInCondition = cmd.sep == QLatin1String("||");
                words.removeFirst();
                conditionWords(m_frames.back(), words);
                endChain(cmd, TestInfo{});
                return;
            }
            if (w0 == QLatin1String("elif")) {
                if (Frame *f = top(Frame::Type::If)) {
                    f->inCondition = true;
                    f->cond = TestInfo{};
                    f->onlyFor.clear();
                    f->interactive = false;
                    f->requires.clear();
                    f->orInCondition = cmd.sep == QLatin1String("||");
                    words.removeFirst();
                    conditionWords(*f, words);
                }
                endChain(cmd, TestInfo{});
                return;
            }
            if (w0 == QLatin1String("then")) {
                if (Frame *f = top(Frame::Type::If))
                    enterBranch(*f, false);
                words.removeFirst();
            } else if (w0 == QLatin1String("else")) {
                if (Frame *f = top(Frame::Type::If))
                    enterBranch(*f, true);
                words.removeFirst();
            } else if (w0 == QLatin1String("fi")) {
                pop(Frame::Type::If);
                words.removeFirst();
            } else if (w0 == QLatin1String("while") || w0 == QLatin1String("until") || w0 == QLatin1String("for") ||
                       w0 == QLatin1String("select")) {
                Frame f;
                f.type = Frame::Type::Loop;
                f.inCondition = true;
                m_frames.push_back(f);
                endChain(cmd, TestInfo{});
                return;
            } else if (w0 == QLatin1String("do")) {
                if (Frame *f = top(Frame::Type::Loop))
                    f->inCondition = false;
                words.removeFirst();
            } else if (w0 == QLatin1String("done")) {
                pop(Frame::Type::Loop);
                words.removeFirst();
            } else if (w0 == QLatin1String("case")) {
                Frame f;
                f.type = Frame::Type::Case;
                f.expectPattern = true;
                int in = -1;
                for (int i = 1; i < words.size(); ++i)
                    if (words.at(i).literal() == QLatin1String("in")) {
                        in = i;
                        break;
                    }
                const TestInfo t = analyseTest(in < 0 ? words : words.mid(0, in));
                f.interactiveMention = t.interactive;
                f.condVars = variablesIn(in < 0 ? words : words.mid(0, in));
                m_frames.push_back(f);
                m_pattern.clear();
                if (in >= 0 && cmd.sep == QLatin1String(")")) { // `case $- in *i*)` on one line
                    for (int i = in + 1; i < words.size(); ++i)
                        m_pattern += words.at(i).raw;
                    m_frames.back().expectPattern = false;
                    m_frames.back().interactive = t.interactive && m_pattern.contains(QLatin1Char('i'));
                    m_pattern.clear();
                }
                return;
            } else if (w0 == QLatin1String("esac")) {
                pop(Frame::Type::Case);
                words.removeFirst();
            } else if (w0 == QLatin1String("{")) {
                Frame f;
                f.type = Frame::Type::Brace;
                f.function = m_pendingFunction;
                m_pendingFunction = false;
                m_frames.push_back(f);
                words.removeFirst();
            } else if (w0 == QLatin1String("}")) {
                pop(Frame::Type::Brace);
                words.removeFirst();
            } else if (w0 == QLatin1String("function")) {
                m_pendingFunction = true;
                words.removeFirst();
                if (!words.isEmpty() && words.first().literal() != QLatin1String("{"))
                    words.removeFirst(); // the name
            } else if (!w0.isEmpty() && w0.endsWith(QLatin1String("()"))) {
                m_pendingFunction = true;
                words.removeFirst();
            } else if (w0 == QLatin1String("!") || w0 == QLatin1String("time") || w0 == QLatin1String("builtin") ||
                       w0 == QLatin1String("command") || w0 == QLatin1String("noglob") ||
                       w0 == QLatin1String("nocorrect")) {
                words.removeFirst();
            } else {
                break;
            }
        }
        if (words.isEmpty()) {
            endChain(cmd, TestInfo{});
            return;
        }
        if (m_pendingFunction && words.first().literal() != QLatin1String("{"))
            m_pendingFunction = false;
        if (cmd.sep == QLatin1String("(") && words.size() == 1) { // `name ()` then `{`
            m_pendingFunction = true;
            return;
        }
        for (const Frame &f : m_frames)
            if (f.inCondition) { // a condition or a loop's word list: nothing is assigned there
                if (Frame *i = top(Frame::Type::If); i && i->inCondition) {
                    conditionWords(*i, words);
                    i->orInCondition = i->orInCondition || cmd.sep == QLatin1String("||");
                }
                endChain(cmd, TestInfo{});
                return;
            }

        const Where w = where(cmd, words);
        const QString name0 = words.first().literal();
        TestInfo test;
        QStringList tested;
        if (name0 == QLatin1String("[") || name0 == QLatin1String("[[") || name0 == QLatin1String("test")) {
            test = analyseTest(words);
            test.path = testedPath(words);
            tested = variablesIn(words);
        }
        if (name0 == QLatin1String("return") && guardContext() && !inFunction() && result.nonInteractiveReturnLine == 0)
            result.nonInteractiveReturnLine = w.line;

        int i = 0;
        while (i < words.size() && isAssignmentWord(words.at(i)))
            ++i;
        if (i == words.size()) {
            for (const Word &a : words)
                assign(a, w);
        } else {
            const QString name = words.at(i).literal();
            if (name == QLatin1String("export") || name == QLatin1String("readonly")) // `PATH=... export PATH`
                for (int k = 0; k < i; ++k)
                    assign(words.at(k), w);
            builtin(name, words.mid(i + 1), w);
        }
        endChain(cmd, test, tested);
    }

    static QStringList variablesIn(const QList<Word> &words)
    {
        QStringList out;
        for (const Word &w : words)
            for (const Part &p : w.parts)
                if (p.kind == Part::Kind::Param && !out.contains(p.text))
                    out << p.text;
        return out;
    }
    // Variables a fish test reads: `set -q NAME`, `contains -- /x $PATH`, `test -n "$GOPATH"`.
    static QStringList fishTested(const QList<Word> &words)
    {
        QStringList out = variablesIn(words);
        if (!words.isEmpty() && words.first().literal() == QLatin1String("set"))
            for (const Word &w : words.mid(1))
                if (!w.literal().startsWith(QLatin1Char('-')))
                    out << w.literal();
        return out;
    }

    static bool isAssignmentWord(const Word &w)
    {
        static const QRegularExpression head(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*\\+?="));
        return !w.parts.isEmpty() && w.parts.first().kind == Part::Kind::Text && !w.parts.first().quoted &&
               head.match(w.parts.first().text).hasMatch();
    }

    void builtin(const QString &name, const QList<Word> &args, const Where &w)
    {
        if (name == QLatin1String("export") || name == QLatin1String("declare") || name == QLatin1String("typeset") ||
            name == QLatin1String("readonly") || name == QLatin1String("local") || name == QLatin1String("integer") ||
            name == QLatin1String("float")) {
            bool unexport = false;
            QList<Word> rest;
            for (const Word &a : args) {
                const QString lit = a.literal();
                if (rest.isEmpty() && lit.size() > 1 &&
                    (lit.startsWith(QLatin1Char('-')) || lit.startsWith(QLatin1Char('+')))) {
                    if (lit == QLatin1String("--"))
                        continue;
                    if (lit.contains(QLatin1Char('p')) || lit.contains(QLatin1Char('f')) ||
                        lit.contains(QLatin1Char('F')))
                        return; // printing, or functions
                    if (name == QLatin1String("export") && lit.startsWith(QLatin1Char('-')) &&
                        lit.contains(QLatin1Char('n')))
                        unexport = true;
                    continue;
                }
                rest << a;
            }
            for (const Word &a : rest) {
                if (isAssignmentWord(a)) {
                    if (name != QLatin1String("local")) // a function's own variable
                        assign(a, w);
                } else if (unexport) {
                    const QString v = a.literal();
                    if (isTracked(v))
                        addUnset(v, w);
                }
                // `export GOROOT GOPATH` without a value changes no value: nothing to record
            }
        } else if (name == QLatin1String("unset")) {
            for (const Word &a : args) {
                const QString lit = a.literal();
                if (lit.startsWith(QLatin1Char('-'))) {
                    if (lit.contains(QLatin1Char('f')))
                        return;
                    continue;
                }
                QString v = lit;
                if (m_dialect == Dialect::Zsh && v == QLatin1String("path"))
                    v = QStringLiteral("PATH");
                if (isTracked(v))
                    addUnset(v, w);
                m_vars.remove(lit);
            }
        } else if (name == QLatin1String(".") || name == QLatin1String("source")) {
            if (!args.isEmpty())
                addSource(args.first(), w);
        } else if (name == QLatin1String("emulate") && m_depth == 0) {
            // zsh: `emulate sh -c '. ~/.profile'` runs the string as sh
            for (int k = 0; k + 1 < args.size(); ++k)
                if (args.at(k).literal() == QLatin1String("-c")) {
                    const Value v = expand(args.at(k + 1).parts, {}, false);
                    ++m_depth;
                    run(v.asWritten, w.line);
                    --m_depth;
                    break;
                }
        }
    }

    void assign(const Word &word, const Where &w)
    {
        const Part &first = word.parts.first();
        const qsizetype eq = first.text.indexOf(QLatin1Char('='));
        const bool append = eq > 0 && first.text.at(eq - 1) == QLatin1Char('+');
        const QString name = first.text.left(append ? eq - 1 : eq);
        const bool zshPath = m_dialect == Dialect::Zsh && name == QLatin1String("path");
        const QString variable = zshPath ? QStringLiteral("PATH") : name;
        if (word.isArray) {
            if (!zshPath) {
                m_vars.remove(name);
                return;
            }
            QStringList expanded;
            QStringList written;
            for (const Word &e : word.elements) {
                const Value v = expand(e.parts, {QStringLiteral("path"), QStringLiteral("PATH")}, false);
                expanded << v.expanded;
                written << v.asWritten;
            }
            QString e = expanded.join(QLatin1Char(':'));
            if (append)
                e.prepend(kOld);
            addAssignment(variable, QLatin1Char('(') + written.join(QLatin1Char(' ')) + QLatin1Char(')'), e, w);
            return;
        }
        QList<Part> value = word.parts;
        value.first().text = first.text.mid(eq + 1);
        value.first().raw = value.first().text;
        if (value.first().text.isEmpty())
            value.removeFirst();
        QStringList self{variable};
        if (zshPath || (m_dialect == Dialect::Zsh && variable == QLatin1String("PATH")))
            self << QStringLiteral("path");
        Value v = expand(value, self, true);
        if (append)
            v.expanded.prepend(kOld);
        if (isTracked(variable))
            addAssignment(variable, v.asWritten, v.expanded, w);
        if (variable != QLatin1String("PATH"))
            remember(variable, v);
    }

    // --- fish -----------------------------------------------------------------------------------
    static bool isStatusInteractive(const QList<Word> &words, bool *negated)
    {
        bool neg = false;
        for (int i = 0; i < words.size(); ++i) {
            const QString lit = words.at(i).literal();
            if (lit == QLatin1String("not") || lit == QLatin1String("!"))
                neg = !neg;
            if (lit == QLatin1String("status") && i + 1 < words.size()) {
                const QString what = words.at(i + 1).literal();
                if (what == QLatin1String("is-interactive") || what == QLatin1String("--is-interactive") ||
                    what == QLatin1String("-i")) {
                    *negated = neg;
                    return true;
                }
            }
        }
        return false;
    }

    void fishCommand(const Command &cmd)
    {
        QList<Word> words = cmd.words;
        const int lastTest = m_fishLastTest; // 1 positive, -1 negative, 0 none
        const QStringList lastVars = m_fishLastVars;
        m_fishLastTest = 0;
        m_fishLastVars.clear();
        // `A; and B`, `A; or B` and fish 3's `A && B`, `A || B`: B depends on what A tested.
        auto chainOn = [&](bool andOp) {
            m_chainInteractiveTest = lastTest != 0;
            m_chainInteractive = lastTest != 0 && ((lastTest > 0) == andOp);
            m_chainVars = lastVars;
        };
        bool chained = !m_fishSepChain.isEmpty();
        if (chained)
            chainOn(m_fishSepChain == QLatin1String("&&"));
        m_fishSepChain = cmd.sep == QLatin1String("&&") || cmd.sep == QLatin1String("||") ? cmd.sep : QString();
        while (!words.isEmpty()) {
            const QString w0 = words.first().literal();
            if (w0 == QLatin1String("and") || w0 == QLatin1String("or")) {
                chained = true;
                chainOn(w0 == QLatin1String("and"));
                words.removeFirst();
            } else if (w0 == QLatin1String("not") || w0 == QLatin1String("!") || w0 == QLatin1String("command") ||
                       w0 == QLatin1String("builtin")) {
                break; // `not ...` is a test; command/builtin are handled below
            } else if (w0 == QLatin1String("begin")) {
                Frame f;
                f.type = Frame::Type::Fish;
                m_frames.push_back(f);
                words.removeFirst();
            } else if (w0 == QLatin1String("end")) {
                if (!m_frames.empty())
                    m_frames.pop_back();
                words.removeFirst();
            } else if (w0 == QLatin1String("if")) {
                Frame f;
                f.type = Frame::Type::Fish;
                bool neg = false;
                if (isStatusInteractive(words, &neg)) {
                    f.cond.interactive = true;
                    f.cond.interactivePositive = !neg;
                }
                f.cond.path = testedPath(words.mid(1));
                f.condVars =
                    fishTested(words.mid(words.size() > 1 && words.at(1).literal() == QLatin1String("not") ? 2 : 1));
                enterBranch(f, false);
                m_frames.push_back(f);
                return;
            } else if (w0 == QLatin1String("else")) {
                if (!m_frames.empty()) {
                    Frame &f = m_frames.back();
                    if (words.size() > 1 && words.at(1).literal() == QLatin1String("if")) {
                        f.cond = TestInfo{};
                        bool neg = false;
                        if (isStatusInteractive(words, &neg)) {
                            f.cond.interactive = true;
                            f.cond.interactivePositive = !neg;
                        }
                        enterBranch(f, false);
                        return;
                    }
                    enterBranch(f, true);
                }
                words.removeFirst();
            } else if (w0 == QLatin1String("while") || w0 == QLatin1String("for") || w0 == QLatin1String("switch") ||
                       w0 == QLatin1String("function")) {
                Frame f;
                f.type = Frame::Type::Fish;
                f.function = w0 == QLatin1String("function");
                m_frames.push_back(f);
                return;
            } else if (w0 == QLatin1String("case")) {
                return;
            } else {
                break;
            }
        }
        if (!chained) {
            m_chainInteractive = m_chainInteractiveTest = false;
            m_chainVars.clear();
        }
        while (!words.isEmpty() && (words.first().literal() == QLatin1String("command") ||
                                    words.first().literal() == QLatin1String("builtin")))
            words.removeFirst();
        if (words.isEmpty())
            return;
        bool neg = false;
        if (isStatusInteractive(words, &neg))
            m_fishLastTest = neg ? -1 : 1;
        const QString name = words.first().literal();
        const bool query = name == QLatin1String("set") && words.size() > 1 &&
                           (words.at(1).literal() == QLatin1String("--query") ||
                            (words.at(1).literal().startsWith(QLatin1Char('-')) &&
                             !words.at(1).literal().startsWith(QLatin1String("--")) &&
                             words.at(1).literal().contains(QLatin1Char('q'))));
        if (query || name == QLatin1String("test") || name == QLatin1String("[") || name == QLatin1String("contains") ||
            name == QLatin1String("not") || name == QLatin1String("!"))
            m_fishLastVars = fishTested(words.mid(name == QLatin1String("not") || name == QLatin1String("!") ? 1 : 0));

        const Where w = where(cmd, words);
        const QList<Word> args = words.mid(1);
        if ((name == QLatin1String("return") || name == QLatin1String("exit")) && guardContext() && !inFunction() &&
            result.nonInteractiveReturnLine == 0)
            result.nonInteractiveReturnLine = w.line;
        if (name == QLatin1String("set"))
            fishSet(args, w);
        else if (name == QLatin1String("fish_add_path"))
            fishAddPath(args, w);
        else if ((name == QLatin1String("source") || name == QLatin1String(".")) && !args.isEmpty())
            addSource(args.first(), w);
        if (!chained) {
            m_chainInteractive = m_chainInteractiveTest = false;
            m_chainVars.clear();
        }
    }

    Value fishList(const QList<Word> &values, const QStringList &self, QChar sep) const
    {
        Value out;
        QStringList written;
        QStringList expanded;
        for (const Word &v : values) {
            const Value e = expand(v.parts, self, false);
            written << e.asWritten;
            expanded << e.expanded;
            out.clean = out.clean && e.clean;
        }
        out.asWritten = written.join(QLatin1Char(' '));
        out.expanded = expanded.join(sep);
        return out;
    }

    void fishSet(const QList<Word> &args, const Where &w)
    {
        bool erase = false, append = false, prepend = false, local = false, unexport = false, pathVar = false;
        int i = 0;
        for (; i < args.size(); ++i) {
            const QString lit = args.at(i).literal();
            if (lit == QLatin1String("--")) {
                ++i;
                break;
            }
            if (lit.size() < 2 || !lit.startsWith(QLatin1Char('-')))
                break;
            if (lit.startsWith(QLatin1String("--"))) {
                const QString o = lit.mid(2);
                if (o == QLatin1String("query") || o == QLatin1String("names") || o == QLatin1String("show") ||
                    o == QLatin1String("help"))
                    return;
                erase = erase || o == QLatin1String("erase");
                append = append || o == QLatin1String("append");
                prepend = prepend || o == QLatin1String("prepend");
                local = local || o == QLatin1String("local") || o == QLatin1String("function");
                unexport = unexport || o == QLatin1String("unexport");
                pathVar = pathVar || o == QLatin1String("path");
                continue;
            }
            for (const QChar c : lit.mid(1)) {
                switch (c.unicode()) {
                case 'q':
                case 'n':
                case 'S':
                case 'h': return;
                case 'e': erase = true; break;
                case 'a': append = true; break;
                case 'p': prepend = true; break;
                case 'l':
                case 'f': local = true; break;
                case 'u': unexport = true; break;
                default: break;
                }
            }
        }
        if (i >= args.size())
            return;
        const QString name = args.at(i).literal();
        if (name.isEmpty() || !isValidName(name))
            return; // `set PATH[1] ...`, a computed name
        const QList<Word> values = args.mid(i + 1);
        if (erase) {
            if (isTracked(name) && !local)
                addUnset(name, w);
            m_vars.remove(name);
            return;
        }
        if (unexport && isTracked(name)) {
            addUnset(name, w);
            return;
        }
        if (name == QLatin1String("fish_user_paths")) {
            // fish puts these folders in front of PATH, whatever their own order.
            const Value v = fishList(values, {name}, QLatin1Char(':'));
            ShellAssignment a = base(QStringLiteral("PATH"), w);
            a.op = ShellAssignment::Op::Prepend;
            a.value = v.asWritten;
            for (const QString &f : v.expanded.split(QLatin1Char(':')))
                if (!f.isEmpty() && f != QString(kOld))
                    a.folders << f;
            if (a.folders.isEmpty())
                return;
            a.expanded = a.folders.join(QLatin1Char(':')) + QLatin1String(":${PATH}");
            result.assignments << a;
            return;
        }
        const bool isPath = pathVar || name.endsWith(QLatin1String("PATH"));
        const QChar sep = isPath ? QLatin1Char(':') : QLatin1Char(' ');
        Value v = fishList(values, {name}, sep);
        if (append)
            v.expanded.prepend(QString(kOld) + (values.isEmpty() ? QString() : QString(sep)));
        if (prepend)
            v.expanded.append((values.isEmpty() ? QString() : QString(sep)) + kOld);
        if (isTracked(name) && !local)
            addAssignment(name, v.asWritten, v.expanded, w);
        if (name != QLatin1String("PATH"))
            remember(name, v);
    }

    void fishAddPath(const QList<Word> &args, const Where &w)
    {
        bool append = false;
        int i = 0;
        for (; i < args.size(); ++i) {
            const QString lit = args.at(i).literal();
            if (lit == QLatin1String("--")) {
                ++i;
                break;
            }
            if (lit.size() < 2 || !lit.startsWith(QLatin1Char('-')))
                break;
            if (lit == QLatin1String("--append")) {
                append = true;
            } else if (lit == QLatin1String("--prepend")) {
                append = false;
            } else if (lit == QLatin1String("--dry-run") || lit == QLatin1String("--help")) {
                return;
            } else if (!lit.startsWith(QLatin1String("--"))) {
                for (const QChar c : lit.mid(1)) {
                    if (c == QLatin1Char('a'))
                        append = true;
                    else if (c == QLatin1Char('p'))
                        append = false;
                    else if (c == QLatin1Char('n') || c == QLatin1Char('h'))
                        return;
                }
            }
        }
        ShellAssignment a = base(QStringLiteral("PATH"), w);
        QStringList written;
        for (; i < args.size(); ++i) {
            const Value v = expand(args.at(i).parts, {}, false);
            written << v.asWritten;
            if (!v.expanded.isEmpty())
                a.folders << v.expanded;
        }
        if (a.folders.isEmpty())
            return;
        a.value = written.join(QLatin1Char(' '));
        a.op = append ? ShellAssignment::Op::Append : ShellAssignment::Op::Prepend;
        a.expanded = append ? QLatin1String("${PATH}:") + a.folders.join(QLatin1Char(':'))
                            : a.folders.join(QLatin1Char(':')) + QLatin1String(":${PATH}");
        result.assignments << a;
    }

    std::vector<Frame> m_frames;
    QString m_pattern;
    QString m_chainOnlyFor;
    QString m_chainRequires;
    QStringList m_chainVars;
    QStringList m_fishLastVars; // what the previous fish command tested (for `; or`/`; and`)
    QString m_fishSepChain;     // the previous fish command ended with && or ||
    bool m_chainInteractive = false;
    bool m_chainInteractiveTest = false;
    bool m_pendingFunction = false;
    int m_fishLastTest = 0;
    int m_depth = 0;
};

// ---------------------------------------------------------------------------------------------
// Line-based formats: environment.d, /etc/environment, fish_variables.

class FlatReader : public Reader {
public:
    using Reader::Reader;

    void run()
    {
        const QStringList lines = m_text.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const int first = i + 1;
            QString line = lines.at(i);
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            if (m_dialect == Dialect::EnvironmentD) {
                while (line.endsWith(QLatin1Char('\\')) && i + 1 < lines.size()) { // continuation
                    line.chop(1);
                    QString next = lines.at(++i);
                    if (next.endsWith(QLatin1Char('\r')))
                        next.chop(1);
                    line += next;
                }
            }
            Where w;
            w.line = first;
            w.endLine = i + 1;
            if (m_dialect == Dialect::FishVariables)
                fishVariable(line.trimmed(), w);
            else
                keyValue(line.trimmed(), w);
        }
    }

private:
    void keyValue(QString line, const Where &w)
    {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            (m_dialect == Dialect::EnvironmentD && line.startsWith(QLatin1Char(';'))))
            return;
        if (m_dialect == Dialect::EtcEnvironment && line.startsWith(QLatin1String("export ")))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return;
        const QString key = line.left(eq).trimmed();
        if (!isValidName(key))
            return;
        const QString raw = line.mid(eq + 1).trimmed();
        QList<Part> parts;
        if (m_dialect == Dialect::EtcEnvironment) {
            Part p;
            p.text = unquoteEtcEnvironment(raw);
            p.raw = p.text;
            p.quoted = true;
            if (!p.text.isEmpty())
                parts << p;
        } else {
            parts = environmentDParts(raw);
        }
        const Value v = expand(parts, {key}, false);
        if (isTracked(key))
            addAssignment(key, v.asWritten, v.expanded, w);
        if (key != QLatin1String("PATH"))
            remember(key, v);
    }

    // systemd's env-file syntax: quotes and backslashes, then $VAR/${VAR} (environment.d(5)).
    static QList<Part> environmentDParts(const QString &raw)
    {
        PartBuilder b;
        qsizetype i = 0;
        const qsizetype n = raw.size();
        auto dollar = [&](bool quoted) {
            Part p;
            p.kind = Part::Kind::Param;
            p.quoted = quoted;
            if (i + 1 < n && raw.at(i + 1) == QLatin1Char('{')) {
                const qsizetype close = raw.indexOf(QLatin1Char('}'), i);
                const qsizetype end = close < 0 ? n : close + 1;
                p.raw = raw.mid(i, end - i);
                qsizetype j = 2;
                while (j < p.raw.size() && isNameChar(p.raw.at(j)))
                    ++j;
                p.text = p.raw.mid(2, j - 2);
                i = end;
            } else if (i + 1 < n && isNameStart(raw.at(i + 1))) {
                qsizetype j = i + 1;
                while (j < n && isNameChar(raw.at(j)))
                    ++j;
                p.raw = raw.mid(i, j - i);
                p.text = p.raw.mid(1);
                i = j;
            } else {
                b.add(QLatin1Char('$'), true);
                ++i;
                return;
            }
            b.part(p);
        };
        while (i < n) {
            const QChar c = raw.at(i);
            if (c == QLatin1Char('\'')) {
                const qsizetype end = raw.indexOf(QLatin1Char('\''), i + 1);
                const qsizetype stop = end < 0 ? n : end;
                // systemd expands after unquoting, so `$` inside single quotes still expands
                const QString inner = raw.mid(i + 1, stop - i - 1);
                const QList<Part> innerParts = environmentDParts(inner);
                for (const Part &p : innerParts)
                    b.part(p);
                i = end < 0 ? n : end + 1;
            } else if (c == QLatin1Char('"')) {
                ++i;
                while (i < n && raw.at(i) != QLatin1Char('"')) {
                    if (raw.at(i) == QLatin1Char('\\') && i + 1 < n) {
                        b.add(raw.at(i + 1), true);
                        i += 2;
                    } else if (raw.at(i) == QLatin1Char('$')) {
                        dollar(true);
                    } else {
                        b.add(raw.at(i), true);
                        ++i;
                    }
                }
                ++i;
            } else if (c == QLatin1Char('\\') && i + 1 < n) {
                b.add(raw.at(i + 1), true);
                i += 2;
            } else if (c == QLatin1Char('$')) {
                dollar(false);
            } else {
                b.add(c, true); // environment.d never expands ~: mark it as quoted
                ++i;
            }
        }
        b.flush();
        return b.parts;
    }

    // fish_variables: `SETUVAR [--export] [--path] NAME:VALUE` (fish 3), `SET[_EXPORT] NAME:VALUE`
    // (fish 2). Values escape bytes as \xHH; list items are separated by \x1e.
    void fishVariable(const QString &line, const Where &w)
    {
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            return;
        QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            return;
        const QString verb = words.takeFirst();
        bool exported = verb == QLatin1String("SET_EXPORT");
        if (verb != QLatin1String("SETUVAR") && verb != QLatin1String("SET") && !exported)
            return;
        while (!words.isEmpty() && words.first().startsWith(QLatin1String("--"))) {
            exported = exported || words.first() == QLatin1String("--export");
            words.removeFirst();
        }
        const QString rest = words.join(QLatin1Char(' '));
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return;
        const QString name = rest.left(colon);
        const QStringList items = decodeFish(rest.mid(colon + 1)).split(QChar(0x1e));
        if (name == QLatin1String("fish_user_paths")) {
            ShellAssignment a = base(QStringLiteral("PATH"), w);
            a.op = ShellAssignment::Op::Prepend;
            for (const QString &f : items)
                if (!f.isEmpty())
                    a.folders << f;
            if (a.folders.isEmpty())
                return;
            a.value = items.join(QLatin1Char(' '));
            a.expanded = a.folders.join(QLatin1Char(':')) + QLatin1String(":${PATH}");
            result.assignments << a;
        } else if (exported && isTracked(name)) {
            const QChar sep = name.endsWith(QLatin1String("PATH")) ? QLatin1Char(':') : QLatin1Char(' ');
            addAssignment(name, items.join(QLatin1Char(' ')), items.join(sep), w);
        }
    }

    static QString decodeFish(const QString &s)
    {
        QString out;
        for (qsizetype i = 0; i < s.size(); ++i) {
            const QChar c = s.at(i);
            if (c != QLatin1Char('\\') || i + 1 >= s.size()) {
                out += c;
                continue;
            }
            const QChar d = s.at(++i);
            if (d == QLatin1Char('x') && i + 2 < s.size()) {
                bool ok = false;
                const int code = s.mid(i + 1, 2).toInt(&ok, 16);
                if (ok) {
                    out += QChar(code);
                    i += 2;
                    continue;
                }
            }
            out += d;
        }
        return out;
    }

public:
    static QString unquoteEtcEnvironment(const QString &raw)
    {
        // Like pam_env: a leading quote is dropped, and its partner at the end if there is one
        // (an unterminated quote still yields the value, not a path starting with '"').
        if (raw.startsWith(QLatin1Char('"')) || raw.startsWith(QLatin1Char('\''))) {
            QString v = raw.mid(1);
            if (v.endsWith(raw.front()))
                v.chop(1);
            return v;
        }
        return raw;
    }
};

} // namespace

bool isTracked(const QString &variable)
{
    return variable == QLatin1String("PATH") || (variable.startsWith(QLatin1String("GO")) && isValidName(variable));
}

Parsed parse(const QByteArray &text, Dialect dialect, const QString &file, const QString &home)
{
    QString s = QString::fromUtf8(text);
    s.replace(kOld, QChar(0xFFFD)); // the marker must not come from the file
    if (dialect == Dialect::EnvironmentD || dialect == Dialect::EtcEnvironment || dialect == Dialect::FishVariables) {
        FlatReader r(s, dialect, file, home);
        r.run();
        return r.result;
    }
    ShellReader r(s, dialect, file, home);
    r.run(s);
    return r.result;
}

QMap<QString, QString> readEtcEnvironment(const QByteArray &text)
{
    QMap<QString, QString> env;
    for (QString line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("export ")))
            line = line.mid(7).trimmed();
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0)
            continue;
        const QString key = line.left(eq).trimmed();
        if (isValidName(key))
            env.insert(key, FlatReader::unquoteEtcEnvironment(line.mid(eq + 1).trimmed()));
    }
    return env;
}

QString substitute(const QString &value, const QMap<QString, QString> &env)
{
    static const QRegularExpression ref(
        QStringLiteral("\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)\\}|([A-Za-z_][A-Za-z0-9_]*))"));
    QString out;
    qsizetype last = 0;
    auto it = ref.globalMatch(value);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        out += value.mid(last, m.capturedStart() - last);
        out += env.contains(name) ? env.value(name) : m.captured(0);
        last = m.capturedEnd();
    }
    out += value.mid(last);
    return out;
}

} // namespace ShellSyntax
