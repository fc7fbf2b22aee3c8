#pragma once

#include <QString>

// The one place where values from the system become text of a generated script or start-up
// file. Everything a fix script says about the machine (paths, user names, variable values,
// finding titles) goes through here, so a folder named `$(touch /tmp/pwned)` stays a name.
namespace ShellQuote {
// A bash/POSIX sh word that stands for exactly `s`: single quotes, with ' written as '\''.
// Newlines, $, backticks, backslashes and quotes are literal inside. "" gives ''.
QString word(const QString &s);
// A word for `path` that keeps $HOME symbolic when `path` is inside `home`:
// "/home/alice/go/bin" -> "${HOME}"'/go/bin', so the line works for the user it is run by.
QString pathWord(const QString &path, const QString &home);
// A fish word (fish's single quotes take \' and \\ as the only escapes).
QString fishWord(const QString &s);
QString fishPathWord(const QString &path, const QString &home);
// Text that is safe on one `#` comment line: control characters (newline above all, which would
// end the comment and start a command) are shown as \n, \t or \xNN.
QString comment(const QString &s);
// Whether systemd's environment.d(5) can hold `s` as a plain value: no quotes, backslashes, $,
// whitespace or control characters (it has no quoting we can rely on across versions).
bool envdSafe(const QString &s);
} // namespace ShellQuote
