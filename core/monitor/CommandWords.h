#pragma once

#include <QCoreApplication>
#include <QStringList>

// Splits a command typed on one line into words the way a POSIX shell does for quoting only:
// blanks separate words, '...' keeps everything literally, "..." keeps blanks and honours \" \\ \$
// and \`, a backslash outside quotes escapes the next character. Nothing is expanded (no
// variables, globs, pipes): the build monitor runs the program directly, and someone who wants a
// shell writes sh -c '...'. QProcess::splitCommand knows only double quotes, which breaks the
// first `sh -c 'exit 3'` anyone types.
class CommandWords {
    Q_DECLARE_TR_FUNCTIONS(CommandWords)
public:
    // The words, or an empty list with *error set (an unterminated quote, a trailing backslash).
    static QStringList split(const QString &line, QString *error = nullptr);
};
