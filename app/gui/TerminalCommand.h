#pragma once

#include <QCoreApplication>
#include <QStringList>

// How to open the desktop's terminal running a saved fix script, so the user sees what it does
// and types the sudo password there (the application itself never asks for one). Terminals
// disagree on how a command is passed; these functions are pure so each can be tested.
class TerminalCommand {
    Q_DECLARE_TR_FUNCTIONS(TerminalCommand)
public:
    // The terminals looked for, in this order: Debian's alternatives link first (it is the
    // system's or the user's choice), then the common desktops' own terminals.
    static QStringList knownTerminals();
    // The argv that starts `terminal` (a name from knownTerminals(), or a path ending in one)
    // running `bash SCRIPT` and then waiting for Enter, so the window stays open to be read.
    // Empty for a terminal we do not know.
    static QStringList forTerminal(const QString &terminal, const QString &script);
    // What the user types in any terminal: bash '/path/to/script'.
    static QString typedCommand(const QString &script);
    // The first known terminal on `searchPaths` (PATH when empty), as a full path; empty if none.
    static QString find(const QStringList &searchPaths = {});
};
