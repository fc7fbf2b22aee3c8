#pragma once

#include "Check.h"

#include <QStringList>

// Every check the program has, in the order results are shown.
namespace CheckRegistry {
const QList<Check> &all();
QStringList ids();
// Selects checks by `--only` items: exact ids, or prefixes ending in a dot ("go." matches
// "go.shadowed", not "goroot.mismatch"). Items that match nothing land in *unknown.
QList<Check> select(const QStringList &only, QStringList *unknown = nullptr);
} // namespace CheckRegistry
