#!/bin/bash
# Builds and runs bench/sampler_cost: the monitor's sampling cost (the build in a cgroup of its
# own, as a BuildSession runs it) against `ps` and a shell loop of `cat /proc/PID/stat` per tick,
# plus the fallback mode's cost. Needs root, or a delegated cgroup, to make the build's cgroup.
#   bench/sampler_cost.sh [BUILD_DIR=build] [PROCESSES=200] [HZ=10] [SECONDS=10]
# Exit status: the program's (0 targets met, 1 missed, 2 bad usage or set-up failure).
set -euo pipefail
build=${1:-build}
shift || true
if [ ! -f "$build/CMakeCache.txt" ]; then
    echo "usage: $0 [BUILD_DIR] [PROCESSES] [HZ] [SECONDS] (configure BUILD_DIR with cmake first)" >&2
    exit 2
fi
cmake --build "$build" --target sampler_cost >/dev/null
exec timeout 600 "$build/bench/sampler_cost" "$@"
