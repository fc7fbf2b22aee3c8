#!/usr/bin/env bash
# Times the GUI from process start to the first painted wizard page (offscreen) and reports the
# app's memory at that moment; target: median under 500 ms (issue 3, "Benchmark").
# See bench/README.md.
#
#   bench/startup.sh BUILD_DIR [RUNS]
#
# Contract with the app: with GED_BENCH_FIRST_PAINT=1 and no arguments, go-env-doctor opens the
# wizard and, right after the first page has painted, prints one line to stdout
#     first-paint-ms=<float> rss-kb=<int>
# (ms counted from the process's own start time in /proc/self/stat) and exits 0.
#
# Exit status: 0 when the median first paint is under 500 ms, 1 when it is not, 2 for bad usage
# or a run that failed (non-zero exit, timeout, or no first-paint line).
set -u

target_ms=500
run_timeout_s=30

usage() { echo "usage: $0 BUILD_DIR [RUNS]   (RUNS defaults to 7)" >&2; exit 2; }
if [ $# -lt 1 ] || [ $# -gt 2 ]; then usage; fi
build_dir=$1
runs=${2:-7}
case $runs in ''|*[!0-9]*) usage ;; esac
[ "$runs" -ge 1 ] || usage
binary=$build_dir/app/go-env-doctor
if [ ! -x "$binary" ] || [ -d "$binary" ]; then
    echo "$0: $binary is not an executable file (build first)" >&2
    exit 2
fi
for tool in timeout awk sort; do
    command -v "$tool" >/dev/null || { echo "$0: '$tool' is needed" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/ged-startup.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT

now_ns() { date +%s%N; }

# show_output: the last run's stdout and stderr (their first 20 lines), on stderr.
show_output() {
    local f
    for f in out err; do
        if [ -s "$work/$f" ]; then
            echo "--- its std$f:" >&2
            head -n 20 "$work/$f" >&2
        else
            echo "--- its std$f: (empty)" >&2
        fi
    done
}

# run_once: one start of the app; sets paint_ms, rss_kb and wall_ms, or exits 2 saying why.
# (Not called inside $(...), so that exit leaves the script and not just a subshell.)
run_once() {
    local t0 t1 rc line count
    t0=$(now_ns)
    GED_BENCH_FIRST_PAINT=1 QT_QPA_PLATFORM=offscreen \
        timeout "$run_timeout_s" "$binary" >"$work/out" 2>"$work/err" </dev/null
    rc=$?
    t1=$(now_ns)
    if [ $rc -ne 0 ]; then
        if [ $rc -eq 124 ]; then
            echo "$0: '$binary' (GED_BENCH_FIRST_PAINT=1, offscreen) did not exit within" \
                 "${run_timeout_s} s (does this build support GED_BENCH_FIRST_PAINT=1?)" >&2
        else
            echo "$0: '$binary' (GED_BENCH_FIRST_PAINT=1, offscreen) exited $rc" >&2
        fi
        show_output
        exit 2
    fi
    count=$(grep -cE '^first-paint-ms=[0-9]+([.][0-9]+)? rss-kb=[0-9]+$' "$work/out")
    if [ "$count" -ne 1 ]; then
        echo "$0: '$binary' exited 0 but printed $count line(s) 'first-paint-ms=<float> rss-kb=<int>'" \
             "on stdout, expected exactly 1." >&2
        [ "$count" -eq 0 ] && echo "(does this build support GED_BENCH_FIRST_PAINT=1?)" >&2
        show_output
        exit 2
    fi
    line=$(grep -E '^first-paint-ms=[0-9]+([.][0-9]+)? rss-kb=[0-9]+$' "$work/out")
    line=${line#first-paint-ms=}
    paint_ms=${line%% *}
    rss_kb=${line##*rss-kb=}
    wall_ms=$(( (t1 - t0) / 1000 ))   # microseconds here; formatted as ms below
    wall_ms=$(LC_ALL=C awk -v us="$wall_ms" 'BEGIN { printf "%.1f", us / 1000 }')
}

# median: the median of its numeric arguments, one decimal.
median() {
    printf '%s\n' "$@" | LC_ALL=C sort -g | LC_ALL=C awk '
        { v[NR] = $1 }
        END { if (NR % 2) m = v[(NR + 1) / 2]; else m = (v[NR / 2] + v[NR / 2 + 1]) / 2
              printf "%.1f", m }'
}

# One warm-up run, not counted: it checks the contract and fills the page cache.
run_once

paints=()
walls=()
rsss=()
echo "go-env-doctor startup, offscreen: $runs run(s) after one warm-up ($binary)"
for ((i = 1; i <= runs; i++)); do
    run_once
    paints+=("$paint_ms")
    walls+=("$wall_ms")
    rsss+=("$rss_kb")
    LC_ALL=C awk -v i="$i" -v p="$paint_ms" -v w="$wall_ms" -v k="$rss_kb" 'BEGIN {
        printf "run %2d: first paint %8.1f ms   wall %8.1f ms   rss %7.1f MiB\n", i, p, w, k / 1024 }'
done

med_paint=$(median "${paints[@]}")
med_wall=$(median "${walls[@]}")
med_rss_kb=$(median "${rsss[@]}")
med_rss_mib=$(LC_ALL=C awk -v k="$med_rss_kb" 'BEGIN { printf "%.1f", k / 1024 }')
echo "median first paint (in-process, from process start): $med_paint ms"
echo "median wall time (start to exit, measured outside):  $med_wall ms"
echo "median RSS at first paint:                           $med_rss_mib MiB"
if LC_ALL=C awk -v m="$med_paint" -v t="$target_ms" 'BEGIN { exit !(m < t) }'; then
    echo "startup to first paint: $med_paint ms (target < $target_ms ms): ok"
    exit 0
fi
echo "startup to first paint: $med_paint ms (target < $target_ms ms): TOO SLOW"
exit 1
