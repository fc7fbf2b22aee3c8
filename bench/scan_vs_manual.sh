#!/usr/bin/env bash
# Times a full live scan (go-env-doctor --json) against the diagnostic commands a person would
# type, interleaved, RUNS times each; prints both medians, the ratio (target <= 1.0) and the
# scan's own per-check times, slowest first. See bench/README.md.
#
#   bench/scan_vs_manual.sh BUILD_DIR [RUNS]
#
# Exit status: 0 when the ratio meets the target, 1 when it does not, 2 for bad usage or a scan
# that failed (exit status other than 0 or 1).
set -u

usage() { echo "usage: $0 BUILD_DIR [RUNS]   (RUNS defaults to 5)" >&2; exit 2; }
if [ $# -lt 1 ] || [ $# -gt 2 ]; then usage; fi
build_dir=$1
runs=${2:-5}
case $runs in ''|*[!0-9]*) usage ;; esac
[ "$runs" -ge 1 ] || usage
binary=$build_dir/app/go-env-doctor
if [ ! -x "$binary" ]; then
    echo "$0: $binary is not an executable file (build first)" >&2
    exit 2
fi
command -v python3 >/dev/null || { echo "$0: python3 is needed to parse the report" >&2; exit 2; }
command -v go >/dev/null || echo "note: no go on PATH; both sides will mostly measure 'not found'" >&2

work=$(mktemp -d "${TMPDIR:-/tmp}/ged-bench.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT

# What a person types to diagnose a Go set-up (issue 2, "Benchmark"); output is thrown away.
# Since issue 4 the scan also compares this environment with a new terminal's, which a person
# checks by starting a login shell the way a new terminal does (the last line).
cat > "$work/manual.sh" <<'EOF'
which -a go
env | grep ^GO
ls -l $(which -a go)
readlink -f $(which go)
go env
go version
dpkg -S $(readlink -f $(which go))
cat /proc/self/cgroup /sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/memory.max 2>/dev/null
env -i HOME="$HOME" TERM=dumb PATH=/usr/bin:/bin setsid "$(getent passwd "$(id -un)" | cut -d: -f7)" -l -i -c env </dev/null 2>/dev/null | grep -E '^(PATH|GO)'
exit 0
EOF

now_ns() { date +%s%N; }

# time_scan: runs the scan once, prints elapsed ms, keeps the JSON in $work/scan.json.
time_scan() {
    local t0 t1 rc
    t0=$(now_ns)
    "$binary" --json >"$work/scan.json" 2>"$work/scan.err"
    rc=$?
    t1=$(now_ns)
    if [ $rc -ne 0 ] && [ $rc -ne 1 ]; then
        echo "$0: '$binary --json' exited $rc:" >&2
        cat "$work/scan.err" >&2
        exit 2
    fi
    echo $(( (t1 - t0) / 1000 ))   # microseconds
}

time_manual() {
    local t0 t1
    t0=$(now_ns)
    bash "$work/manual.sh" >/dev/null 2>&1
    t1=$(now_ns)
    echo $(( (t1 - t0) / 1000 ))
}

# One untimed warm-up of each, so the first timed run does not pay for cold caches alone.
time_scan >/dev/null
time_manual >/dev/null

scan_us=()
manual_us=()
for ((i = 1; i <= runs; i++)); do
    scan_us+=("$(time_scan)")
    manual_us+=("$(time_manual)")
done
# A failing scan inside $(...) exits only the subshell: check the values are numbers.
for v in "${scan_us[@]}"; do
    case $v in ''|*[!0-9]*) echo "$0: the scan failed" >&2; exit 2 ;; esac
done

python3 - "$work/scan.json" "${#scan_us[@]}" "${scan_us[@]}" "${manual_us[@]}" <<'EOF'
import json, statistics, sys

path, n = sys.argv[1], int(sys.argv[2])
scan = [int(x) / 1000.0 for x in sys.argv[3:3 + n]]
manual = [int(x) / 1000.0 for x in sys.argv[3 + n:3 + 2 * n]]
ms, mm = statistics.median(scan), statistics.median(manual)
fmt = lambda xs: " ".join("%.1f" % x for x in xs)
print("runs: %d (interleaved, after one warm-up of each)" % n)
print("scan   (go-env-doctor --json): median %8.1f ms   [%s]" % (ms, fmt(scan)))
print("manual (commands by hand):     median %8.1f ms   [%s]" % (mm, fmt(manual)))
ratio = ms / mm if mm > 0 else float("inf")
print("ratio scan/manual = %.2f (target <= 1.0)%s" % (ratio, "" if ratio <= 1.0 else "  ABOVE TARGET"))

print()
try:
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
except (OSError, ValueError) as e:
    print("last scan's JSON could not be read: %s" % e)
    sys.exit(1 if ratio > 1.0 else 0)
t = report.get("timings")
if not isinstance(t, dict):
    print("the last scan's report has no \"timings\": no per-check times to show")
else:
    print("last scan: total_ms %s, probes_ms %s" % (t.get("total_ms", "?"), t.get("probes_ms", "?")))
    checks = sorted(t.get("checks") or [], key=lambda c: -float(c.get("ms", 0)))
    print("per-check times, slowest first:")
    for c in checks:
        print("  %10.3f ms  %s" % (float(c.get("ms", 0)), c.get("check", "?")))
sys.exit(1 if ratio > 1.0 else 0)
EOF
