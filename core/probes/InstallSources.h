#pragma once

#include "model/Facts.h"

#include <QCoreApplication>

// Where a Go installation came from, and how to remove or update it the right way: apt (the
// owning package from /var/lib/dpkg/info/*.list, no `dpkg -S` process), the snap (revision from
// /snap/go/current, channel from snapd's state when readable), the official archive, `go install
// golang.org/dl/goX` SDKs, GOTOOLCHAIN downloads, gvm, asdf, goenv, mise.
class InstallSources {
    Q_DECLARE_TR_FUNCTIONS(InstallSources)
public:
    // Pure: the source judged from where the tree lives (home: the user's home folder).
    static void classify(GoInstall &install, const QString &home);
    // Reads what only the system can tell: the dpkg list naming the tree, the snap's revision
    // and channel. Call after classify().
    static void refine(const SystemView &system, GoInstall &install);

    // Plain words for a newcomer, e.g. "sudo apt-get remove golang-1.22-go".
    static QString removeAdvice(const GoInstall &install);
    static QString updateAdvice(const GoInstall &install);
    // "apt package golang-1.22-go", "snap, revision 10730, channel 1.23/stable", "asdf", ...
    static QString describe(const GoInstall &install);
    // The version folder a version manager uses ("1.23.2" of ~/.asdf/installs/golang/1.23.2/go).
    static QString managerVersion(const GoInstall &install);
};
