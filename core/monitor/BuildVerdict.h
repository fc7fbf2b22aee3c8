#pragma once

#include "MonitorTypes.h"

#include <QCoreApplication>

// Turns a finished build's numbers into plain words: "peak 1.7 GiB of your 2 GiB limit: one more
// package and it will be killed". Pure: summary in, verdict and level out.
class BuildVerdict {
    Q_DECLARE_TR_FUNCTIONS(BuildVerdict)
public:
    static void judge(BuildSummary &summary);
    // "1.7 GiB", "512 MiB", "900 KiB".
    static QString bytes(qint64 value);
};
