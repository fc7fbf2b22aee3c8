#include "CommandWords.h"

QStringList CommandWords::split(const QString &line, QString *error)
{
    QStringList words;
    QString word;
    bool inWord = false; // '' is an (empty) word, so quoting alone starts one
    enum class Quote { None, Single, Double } quote = Quote::None;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        switch (quote) {
        case Quote::Single:
            if (c == QLatin1Char('\''))
                quote = Quote::None;
            else
                word += c;
            continue;
        case Quote::Double:
            if (c == QLatin1Char('"')) {
                quote = Quote::None;
            } else if (c == QLatin1Char('\\') && i + 1 < line.size() &&
                       QStringLiteral("\"\\$`").contains(line.at(i + 1))) {
                word += line.at(++i);
            } else {
                word += c;
            }
            continue;
        case Quote::None: break;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else if (c == QLatin1Char('\'')) {
            quote = Quote::Single;
            inWord = true;
        } else if (c == QLatin1Char('"')) {
            quote = Quote::Double;
            inWord = true;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 >= line.size()) {
                if (error)
                    *error = tr("The command ends with a backslash.");
                return {};
            }
            word += line.at(++i);
            inWord = true;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (quote != Quote::None) {
        if (error)
            *error = quote == Quote::Single ? tr("A single quote (') is not closed.")
                                            : tr("A double quote (\") is not closed.");
        return {};
    }
    if (inWord)
        words << word;
    return words;
}
