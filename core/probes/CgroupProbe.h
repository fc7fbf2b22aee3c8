#pragma once

#include "model/CgroupFacts.h"
#include "system/SystemView.h"

#include <QCoreApplication>

// Finds the cgroup of the process the doctor runs as (/proc/self/cgroup, /proc/self/mountinfo)
// and walks from it up to the root of each mount, collecting the effective memory, CPU and pids
// limits, their usage and the OOM history. Reads only through the SystemView, so a snapshot is
// probed exactly like this machine; anything unreadable becomes a note, never an error.
class CgroupProbe {
    Q_DECLARE_TR_FUNCTIONS(CgroupProbe)
public:
    static CgroupFacts collect(const SystemView &system);
};
