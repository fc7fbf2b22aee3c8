#!/usr/bin/env python3
"""Two builds of go-env-doctor must report the same on every snapshot (issue 7).

    python3 tests/compare_reports.py --reference build-deb-amd64/app/go-env-doctor \
        --candidate "qemu-aarch64-static build-deb-arm64/app/go-env-doctor" \
        tests/fixtures/snapshots ../shared/snapshots

Each DIR holds snapshot folders (FOLDER/snapshot/, as tests/fixtures/snapshots does). For every
one, both commands run `--json --snapshot FOLDER/snapshot`; their exit statuses and reports must be
equal, except for `generated` (the time) and `timings` (how long each check took). A snapshot is a
captured machine, so the answer must not depend on the architecture the doctor itself runs on:
an arm64 build under qemu-aarch64-static that disagrees with amd64 is a bug (byte order, the
signedness of char, a size assumption), not noise.

--reference and --candidate are commands split like a shell would (shlex), so an emulator can come
first. The last line printed is "N passed, M failed"; the exit status is 1 when anything failed
(also when no snapshot was found: nothing compared is not a pass), 2 for bad usage.
"""

import argparse
import concurrent.futures
import json
import os
import shlex
import subprocess
import sys

# Fields that differ between two runs of the same build on the same input.
VOLATILE = ("generated", "timings")
# qemu starts an emulated Qt program in about a second; a scan of a snapshot takes a few more.
TIMEOUT_S = 180


def child_env():
    """The CLI needs no display; the language is fixed so both runs print the same words."""
    env = dict(os.environ)
    for key in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(key, None)
    env["LANG"] = "C.UTF-8"
    return env


def run(command, snapshot):
    argv = command + ["--json", "--snapshot", snapshot]
    try:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, env=child_env(), timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        return None, None, "did not finish within %d s: %s" % (TIMEOUT_S, shlex.join(argv))
    except OSError as e:
        return None, None, "could not start %s: %s" % (argv[0], e)
    stderr = p.stderr.decode("utf-8", "replace").strip()
    if p.returncode not in (0, 1):
        # 0 and 1 are the scan's verdicts; anything else (2, a signal, qemu's own failure) means
        # there is no report to compare.
        return p.returncode, None, "exit %d: %s\n    stderr: %s" % (
            p.returncode, shlex.join(argv), stderr[-1500:] or "(empty)")
    try:
        report = json.loads(p.stdout)
    except ValueError as e:
        return p.returncode, None, "stdout is not JSON (%s): %s" % (e, shlex.join(argv))
    if not isinstance(report, dict):
        return p.returncode, None, "the report is not a JSON object: %s" % shlex.join(argv)
    for key in VOLATILE:
        report.pop(key, None)
    return p.returncode, report, None


def differences(a, b, where="", limit=10):
    """Paths (like results[3].severity) where two JSON values differ, at most `limit`."""
    found = []

    def walk(x, y, path):
        if len(found) >= limit:
            return
        if isinstance(x, dict) and isinstance(y, dict):
            for key in sorted(set(x) | set(y)):
                sub = "%s.%s" % (path, key) if path else key
                if key not in x or key not in y:
                    found.append("%s: only in %s" % (sub, "reference" if key in x else "candidate"))
                else:
                    walk(x[key], y[key], sub)
        elif isinstance(x, list) and isinstance(y, list):
            if len(x) != len(y):
                found.append("%s: %d items against %d" % (path, len(x), len(y)))
            for i, (u, v) in enumerate(zip(x, y)):
                walk(u, v, "%s[%d]" % (path, i))
        elif x != y:
            found.append("%s: %s against %s" % (path, json.dumps(x, ensure_ascii=False)[:300],
                                                json.dumps(y, ensure_ascii=False)[:300]))

    walk(a, b, where)
    return found


def snapshots(dirs):
    found, problems = [], []
    for base in dirs:
        if not os.path.isdir(base):
            problems.append("no such folder: %s" % base)
            continue
        for name in sorted(os.listdir(base)):
            snap = os.path.join(base, name, "snapshot")
            if not name.startswith((".", "_")) and os.path.isdir(snap):
                # The folder's last two parts: tests/fixtures/snapshots and ../shared/snapshots
                # give fixtures/snapshots/NAME and shared/snapshots/NAME.
                parent = os.path.normpath(os.path.abspath(base))
                label = os.path.join(os.path.basename(os.path.dirname(parent)),
                                     os.path.basename(parent), name)
                found.append((label, snap))
    return found, problems


def compare(reference, candidate, label, snap):
    ref_rc, ref, ref_err = run(reference, snap)
    cand_rc, cand, cand_err = run(candidate, snap)
    problems = []
    if ref_err:
        problems.append("reference: " + ref_err)
    if cand_err:
        problems.append("candidate: " + cand_err)
    if not problems:
        if ref_rc != cand_rc:
            problems.append("exit status %d against %d" % (ref_rc, cand_rc))
        problems += differences(ref, cand)
    return label, problems, (ref or {}).get("summary")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reference", required=True, help="command of the reference build")
    ap.add_argument("--candidate", required=True, help="command of the build to compare")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("dirs", nargs="+", metavar="DIR", help="folders of snapshot folders")
    args = ap.parse_args()
    reference, candidate = shlex.split(args.reference), shlex.split(args.candidate)
    if not reference or not candidate:
        ap.print_usage(sys.stderr)
        return 2

    found, problems = snapshots(args.dirs)
    failed = len(problems)
    for p in problems:
        print("FAIL %s" % p)
    if not found:
        print("FAIL no snapshot folders (DIR/NAME/snapshot/) in %s" % " ".join(args.dirs))
        failed += 1
    passed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        jobs = [pool.submit(compare, reference, candidate, label, snap) for label, snap in found]
        for job in jobs:
            label, problems, summary = job.result()
            if problems:
                failed += 1
                print("FAIL %s\n    %s" % (label, "\n    ".join(problems)))
            else:
                passed += 1
                print("PASS %s (%s)" % (label, json.dumps(summary, sort_keys=True)))
            sys.stdout.flush()
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
