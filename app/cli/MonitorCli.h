#pragma once

#include <QCoreApplication>
#include <QStringList>

// `go-env-doctor --monitor [--interval MS] [--csv FILE] -- CMD [ARG...]` (cli.md): runs CMD in the
// current folder under a BuildSession, shows one status line that updates in place when stderr
// is a terminal, then prints the summary to stderr (like time(1), so CMD's own output on stdout
// stays clean) and writes the samples as CSV when asked. Returns CMD's exit status (128 + N for
// signal N), 127 when CMD cannot be started, 2 for bad usage.
class MonitorCli {
    Q_DECLARE_TR_FUNCTIONS(MonitorCli)
public:
    struct Options {
        QStringList command;
        QString interval; // as typed; empty: the default
        QString csvFile;  // empty: no CSV
    };
    static int run(const Options &options);
    // "100" -> 100; anything outside 10..60000 ms, or not a number, is bad usage (-1).
    static int parseInterval(const QString &text);
};
