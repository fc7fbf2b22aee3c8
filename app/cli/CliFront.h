#pragma once

#include <QCoreApplication>
#include <QStringList>

// The command-line front (cli.md): parses the options, runs a scan on this machine or a
// snapshot, prints the summary or the JSON, and returns the exit status (0 no error, 1 an
// error result, 2 bad usage or unreadable input). Needs no display.
class CliFront {
    Q_DECLARE_TR_FUNCTIONS(CliFront)
public:
    // The arguments as given (argv[0] first).
    static int run(const QStringList &arguments);
    // True when the arguments ask for a CLI mode rather than the wizard.
    static bool wantsCli(const QStringList &arguments);
    // True when the arguments ask for a report drawn with widgets (--report x.pdf or x.html):
    // main() then makes a QApplication on the offscreen platform instead of a QCoreApplication.
    static bool needsGui(const QStringList &arguments);
};
