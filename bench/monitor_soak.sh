#!/bin/bash
# Does `--monitor` keep a flat memory over a long run? Runs
#   go-env-doctor --monitor --interval 50 -- sleep DURATION
# and reads the doctor's RSS (/proc/PID/status VmRSS) every STEP seconds. The sample ring holds
# 4096 samples and then merges old ones, so memory may grow for the first 205 s (4096 samples at
# 20 Hz, about 0.5 MiB) and must then stay flat: the verdict is the growth over the second half of
# the run. Not part of CI (it takes DURATION seconds).
#   bench/monitor_soak.sh [BUILD_DIR=build] [DURATION=600] [STEP=30]
# Exit status: 0 when the second half grew by at most 256 KiB, 1 when it grew more, 2 for bad
# usage or a doctor that did not start.
set -euo pipefail
build=${1:-build}
duration=${2:-600}
step=${3:-30}
binary="$build/app/go-env-doctor"
if [ ! -x "$binary" ] || ! [[ "$duration" =~ ^[0-9]+$ && "$step" =~ ^[0-9]+$ ]] || [ "$step" -lt 1 ]; then
    echo "usage: $0 [BUILD_DIR] [DURATION_S] [STEP_S] (build the app first)" >&2
    exit 2
fi
"$binary" --monitor --interval 50 -- sleep "$duration" >/dev/null 2>&1 &
doctor=$!
trap 'kill "$doctor" 2>/dev/null || true' EXIT
rss() { awk '/^VmRSS:/ {print $2}' "/proc/$doctor/status" 2>/dev/null || true; }
sleep 2 # past start-up: libraries loaded, first samples taken
first=$(rss)
if [ -z "$first" ]; then
    echo "the doctor did not start" >&2
    exit 2
fi
echo "t=2s rss=${first} KiB"
last=$first
half=""
elapsed=2
while [ $((elapsed + step)) -lt "$duration" ] && kill -0 "$doctor" 2>/dev/null; do
    sleep "$step"
    elapsed=$((elapsed + step))
    now=$(rss)
    [ -n "$now" ] && last=$now && echo "t=${elapsed}s rss=${now} KiB"
    if [ -z "$half" ] && [ "$elapsed" -ge $((duration / 2)) ]; then
        half=$last
        echo "  (second half starts here)"
    fi
done
growth=$((last - first))
echo "first ${first} KiB, last ${last} KiB, growth ${growth} KiB over ${elapsed} s"
if [ -z "$half" ]; then
    echo "the run was too short to have a second half" >&2
    exit 2
fi
late=$((last - half))
echo "second half: ${half} KiB -> ${last} KiB, growth ${late} KiB"
if [ "$late" -le 256 ]; then
    echo "memory flat: ok"
    exit 0
fi
echo "memory GREW by ${late} KiB in the second half"
exit 1
