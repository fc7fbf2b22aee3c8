#pragma once

#include "model/Facts.h"

// Splits a PATH value the way execvp(3) reads it: an empty entry (leading, trailing or `::`)
// means the current folder, an entry is used verbatim (a quoted `~` is never expanded by the
// shell that exported it), and a trailing slash names the same folder.
namespace PathParser {
QList<PathEntry> parse(const QString &pathValue);
// The folder the shell searches for an entry, given the current folder: itself when absolute,
// relative to cwd otherwise (a literal "~/x" is the folder "~" inside cwd).
QString searchedFolder(const PathEntry &entry, const QString &cwd);
// "~/go/bin" with home "/home/a" -> "/home/a/go/bin": what the user meant.
QString expandTilde(const QString &entry, const QString &home);
} // namespace PathParser
