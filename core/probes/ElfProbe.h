#pragma once

#include "model/Facts.h"

#include <QByteArray>

namespace ElfProbe {
// Reads an ELF header with libelf. A file that is not ELF (a wrapper script, a stand-in) gives
// parsed=false and the reason.
ElfInfo parseHeader(const QByteArray &bytes);
// Go's GOARCH for `uname -m` ("x86_64" -> "amd64", "aarch64" -> "arm64"); empty if unknown.
QString goarchForMachine(const QString &unameMachine);
} // namespace ElfProbe
