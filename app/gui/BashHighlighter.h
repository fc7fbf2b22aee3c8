#pragma once

#include <QHash>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Colours a bash script for the Fix page's preview: comments, quoted strings (also across lines,
// and here-documents), the keywords that shape control flow, the fix library's functions
// (ged_*), and variables ($X, ${X}, $1, $?). A small scanner rather than regular expressions,
// so a # or a keyword inside quotes stays part of the string.
class BashHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BashHighlighter)
public:
    enum class Kind { Comment, String, Keyword, Function, Variable };

    explicit BashHighlighter(QTextDocument *document);
    // Colours that read on a dark background (the preview follows the palette).
    void setDark(bool dark);
    QTextCharFormat format(Kind kind) const { return m_formats.value(kind); }

protected:
    void highlightBlock(const QString &text) override;

private:
    void applyColours();
    int variableEnd(const QString &text, int dollar) const;

    bool m_dark = false;
    QHash<Kind, QTextCharFormat> m_formats;
};
