#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A pure reader of systemd's INI-like syntax (systemd.syntax(7), as implemented by
// src/shared/conf-parser.c): unit files, drop-ins, system.conf/user.conf. Text in, assignments out;
// it knows nothing about which keys exist (SystemdKeys does).
//
// What it follows:
// - `[Section]` headers; an assignment before the first header is ignored by systemd ("Assignment
//   outside of section") and reported here as an issue.
// - `Key=Value`, whitespace around the key and the value trimmed; a line without `=` is ignored by
//   systemd with a warning, reported here as an issue.
// - Lines whose first non-blank character is `#` or `;` are comments. There are no comments at the
//   end of a line: `MemoryMax=4G # four` assigns "4G # four".
// - A backslash at the end of a line continues the assignment on the next line; the backslash
//   becomes a space. Comment lines inside a continuation are skipped. The setting keeps the line
//   number of its first line.
// - An empty value (`Key=`) is kept: for list settings it resets the list, for others it unsets.
// - Quotes are not removed by the generic parser (each setting's own parser decides); `unquoted`
//   gives the value without one pair of surrounding quotes for the analysis.
// - CRLF line ends are accepted, a UTF-8 BOM at the start is skipped.
// Bad input never throws: NUL bytes (a binary file) end the parse with an issue, lines longer than
// systemd's LONG_LINE_MAX (1 MiB) are reported and skipped.
namespace UnitFileSyntax {

struct Assignment {
    int line = 0; // 1-based, the first line of a continued assignment
    QString section;
    QString key;
    QString value; // trimmed, as written (quotes kept)
    QString unquoted() const;
};

struct Issue {
    int line = 0;
    QString text; // the offending line (shortened), or a description
    enum class Kind { OutsideSection, MissingEquals, BadSectionHeader, Binary, TooLong, UnfinishedContinuation };
    Kind kind = Kind::MissingEquals;
};

struct Parsed {
    QList<QString> sections; // every section header, in order (repeats allowed)
    QList<Assignment> assignments;
    QList<Issue> issues;
};

Parsed parse(const QByteArray &text);

} // namespace UnitFileSyntax
