#pragma once

#include "model/Facts.h"

#include <QByteArray>

namespace GoEnvParsers {
// `go env -json`: one JSON object of strings. Anything else is an error, never a crash.
GoEnvJson parseJson(const QByteArray &text);
// The go env file, read as cmd/go's readEnvFile does (cmd/go/internal/cfg/cfg.go): one KEY=VALUE
// per line, the key starting with an upper-case letter, the value taken verbatim (no quotes
// removed, no trimming); other lines (comments, blanks) are skipped; the last assignment wins.
QList<GoEnvSetting> parseEnvFile(const QByteArray &text);
// The output of `env`: NAME=value lines; a line that does not start a new NAME= continues the
// previous value (a value with a newline in it).
QMap<QString, QString> parseEnvOutput(const QString &text);
// PRETTY_NAME from os-release (os-release(5): shell-like quoting).
QString parseOsReleasePrettyName(const QByteArray &text);
} // namespace GoEnvParsers
