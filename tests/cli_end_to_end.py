#!/usr/bin/env python3
"""End-to-end tests of the go-env-doctor command line (cli.md is the contract).

Run by CTest:
    python3 tests/cli_end_to_end.py --binary PATH --fixtures tests/fixtures/snapshots \
        --shared ../shared/snapshots --schema docs/report.schema.json

In the arm64 cross build CTest adds `--emulator /usr/bin/qemu-aarch64-static --no-live`: the
binary runs under qemu, and the cases that look at this machine (live scans, --monitor) are left
out, because an emulated arm64 doctor next to this machine's amd64 Go truly is go.wrong-arch.

Each case is a small function that raises Failure (or Skip) with what was expected and what
came. The last line printed is "N passed, M failed"; the exit status is 1 when anything failed.
Needs python3, python3-jsonschema and poppler-utils (pdftotext, pdffonts, pdfinfo for --report).
"""

import argparse
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tarfile
import tempfile
import traceback
import xml.etree.ElementTree as ET

# The check ids built so far: the 19 ids of issue 2. Later issues extend this list with the ids
# they build. Results may only carry these ids; each of them must appear in every full scan
# (every check that ran is listed, ok included); expected.json ids outside it are not built yet
# and must simply be absent.
BUILT_IDS = frozenset([
    "go.not-found", "go.shadowed", "go.broken-link", "go.wrong-arch",
    "go.version-unsupported", "go.patch-behind", "go.multiple-installs",
    "goroot.mismatch", "goroot.invalid", "goroot.set-unneeded",
    "gopath.equals-goroot", "gopath.bin-not-on-path",
    "modules.disabled", "goenv.file-overrides", "goenv.obsolete",
    "path.tilde-literal", "path.empty-or-relative", "path.missing-dir", "path.duplicate",
    # issue 4
    "shell.rc-mismatch", "shell.not-loaded", "shell.gui-session", "shell.profile-shadowed",
    "snap.go-active", "snap.conflict", "snap.bin-not-on-path",
    # issue 5: cgroup
    "cgroup.layout", "cgroup.memory-limit", "cgroup.memory-high", "cgroup.cpu-quota",
    "cgroup.pids-limit", "cgroup.oom-history",
    # issue 5: systemd, rlimits, container runtimes
    "systemd.bogus-setting", "rlimit.address-space", "rlimit.low", "container.cgroup-driver",
])

# Severities fixed by checks.md: these are errors whenever they fire ...
ALWAYS_ERROR_WHEN_FIRING = frozenset([
    "go.not-found", "go.wrong-arch", "modules.disabled", "goroot.mismatch",
    "go.version-unsupported",
])
# ... and these are info when they have something to say, never warning or error.
NEVER_WARNING_OR_ERROR = frozenset([
    "go.multiple-installs", "goroot.set-unneeded", "path.missing-dir", "path.duplicate",
    "cgroup.layout", "snap.go-active",
])

SEVERITIES = ("ok", "info", "warning", "error", "skipped")
FIRING = ("info", "warning", "error")
TIMEOUT_S = 60
ANSI_RE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
NOT_SUPPORTED = "not supported yet"


class Failure(Exception):
    pass


class Skip(Exception):
    pass


def expect(cond, what, expected, got):
    if not cond:
        raise Failure("%s\n    expected: %s\n    got:      %s" % (what, expected, got))


def clip(text, limit=1500):
    text = text if isinstance(text, str) else repr(text)
    return text if len(text) <= limit else text[:limit] + " ...[%d more chars]" % (len(text) - limit)


# ---------------------------------------------------------------------------------------------
# Running the program

def child_env(display=False):
    env = dict(os.environ)
    for key in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(key, None)
    env["LANG"] = "C.UTF-8"
    if display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    else:
        for key in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            env.pop(key, None)
    return env


class Run:
    def __init__(self, argv, returncode, stdout, stderr):
        self.argv, self.returncode, self.stdout, self.stderr = argv, returncode, stdout, stderr
        self._json = None

    def describe(self):
        return "command: %s\n    exit: %s\n    stderr: %s" % (
            " ".join(self.argv), self.returncode, clip(self.stderr.strip(), 800) or "(empty)")

    def json(self):
        if self._json is None:
            try:
                self._json = json.loads(self.stdout)
            except ValueError as e:
                raise Failure("stdout is not JSON (%s)\n    %s\n    stdout: %s"
                              % (e, self.describe(), clip(self.stdout)))
            expect(isinstance(self._json, dict), "the report is a JSON object",
                   "an object", type(self._json).__name__)
        return self._json


def run(args, env=None, cwd=None):
    argv = OPTS.emulator + [OPTS.binary] + list(args)
    try:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, env=env if env is not None else child_env(True),
                           cwd=cwd, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise Failure("command did not finish within %d s: %s" % (TIMEOUT_S, " ".join(argv)))
    except OSError as e:
        raise Failure("could not start %s: %s" % (argv[0], e))
    r = Run(argv, p.returncode, p.stdout.decode("utf-8", "replace"),
            p.stderr.decode("utf-8", "replace"))
    expect(r.returncode >= 0, "the program exits normally (no crash)",
           "an exit status", "killed by signal %d\n    %s" % (-r.returncode, r.describe()))
    return r


_cache = {}


def run_cached(*args):
    if args not in _cache:
        try:
            _cache[args] = run(args)
        except Failure as e:
            _cache[args] = e
    if isinstance(_cache[args], Failure):
        raise _cache[args]
    return _cache[args]


# ---------------------------------------------------------------------------------------------
# Checks on one report

_validator = None


def validator():
    global _validator
    if _validator is None:
        import jsonschema
        with open(OPTS.schema, encoding="utf-8") as f:
            schema = json.load(f)
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        _validator = cls(schema, format_checker=cls.FORMAT_CHECKER
                         if hasattr(cls, "FORMAT_CHECKER") else jsonschema.FormatChecker())
    return _validator


def assert_valid(report, r):
    errors = sorted(validator().iter_errors(report), key=lambda e: list(e.absolute_path))
    if errors:
        lines = ["at /%s: %s" % ("/".join(str(p) for p in e.absolute_path), e.message)
                 for e in errors[:10]]
        raise Failure("report does not validate against %s (%d errors)\n    %s\n    %s"
                      % (OPTS.schema, len(errors), "\n    ".join(lines), r.describe()))


def results(report):
    return report.get("results") or []


def ids_of(report):
    return set(x.get("check") for x in results(report))


def by_check(report, check):
    return [x for x in results(report) if x.get("check") == check]


def assert_exit_matches_severity(report, r):
    has_error = any(x.get("severity") == "error" for x in results(report))
    want = 1 if has_error else 0
    expect(r.returncode == want, "exit status follows the results (1 iff a result is an error)",
           "%d (%s)" % (want, "an error result" if has_error else "no error result"),
           r.describe())


def assert_summary_matches(report):
    counts = {s: 0 for s in SEVERITIES}
    for x in results(report):
        if x.get("severity") in counts:
            counts[x["severity"]] += 1
    expect(report.get("summary") == counts, "summary counts equal the results by severity",
           counts, report.get("summary"))


def assert_only_built_ids(report):
    extra = sorted(ids_of(report) - BUILT_IDS)
    expect(not extra, "results carry only ids that are built (BUILT_IDS)",
           "no other ids", extra)


def assert_all_built_ids(report):
    missing = sorted(BUILT_IDS - ids_of(report))
    expect(not missing, "every built check appears in results (ok and skipped included)",
           "all %d ids of BUILT_IDS" % len(BUILT_IDS), "missing %s" % missing)


def assert_source(report, kind, path=None):
    src = report.get("source") or {}
    expect(src.get("kind") == kind, "source.kind", kind, src)
    if path is not None:
        expect(bool(src.get("path")), "source.path names the snapshot", path, src)


def assert_evidence_lines(report):
    bad = [(x.get("check"), ev) for x in results(report) for ev in x.get("evidence") or []
           if "line" in ev and not (isinstance(ev["line"], int) and ev["line"] >= 1)]
    expect(not bad, "evidence lines are 1-based", "line >= 1", bad[:5])


def assert_contract_severities(report):
    problems = []
    for x in results(report):
        c, s = x.get("check"), x.get("severity")
        if c in ALWAYS_ERROR_WHEN_FIRING and s in ("info", "warning"):
            problems.append("%s is %s (checks.md: error when it fires)" % (c, s))
        if c in NEVER_WARNING_OR_ERROR and s in ("warning", "error"):
            problems.append("%s is %s (checks.md: info, never warning/error)" % (c, s))
        if s == "skipped" and not (x.get("message") or "").strip():
            problems.append("%s is skipped without saying why in message" % c)
    expect(not problems, "severities follow checks.md", "no violations", problems)


def assert_caused_by_resolves(report):
    present = ids_of(report)
    dangling = [(x.get("check"), c) for x in results(report) for c in x.get("caused_by") or []
                if c not in present]
    expect(not dangling, "every caused_by id names a result of the same report",
           "ids present in results", dangling)


def assert_expected(report, expected):
    """expected.json: fire = ['id' or 'id:severity'], quiet = ['id']. Ids outside BUILT_IDS are
    not built yet: they are reported as ignored here and must be absent (assert_only_built_ids)."""
    problems, ignored = [], []
    for item in expected.get("fire", []):
        check, _, sev = item.partition(":")
        if check not in BUILT_IDS:
            ignored.append(item)
            continue
        got = [x.get("severity") for x in by_check(report, check)]
        ok = (sev in got) if sev else any(s in FIRING for s in got)
        if not ok:
            problems.append("fire %s: want %s, got %s" % (
                item, sev or "info/warning/error", got or "no result with that id"))
    for check in expected.get("quiet", []):
        got = [x.get("severity") for x in by_check(report, check)]
        if any(s in ("warning", "error") for s in got):
            loud = [x for x in by_check(report, check) if x.get("severity") in ("warning", "error")]
            problems.append("quiet %s: want no warning/error, got %s: %s" % (
                check, got, clip(loud[0].get("message", ""), 300)))
    expect(not problems, "results agree with expected.json", "all fire/quiet rules hold",
           "\n      " + "\n      ".join(problems))
    return ignored


def full_report_cases(label, get_run, kind):
    """Cases every complete scan (no --only) must pass; get_run() gives the cached Run."""
    def with_report(assertion):
        def case():
            r = get_run()
            return assertion(r.json(), r)
        return case
    return [
        ("%s: valid against the schema" % label, with_report(assert_valid)),
        ("%s: exit status" % label, with_report(assert_exit_matches_severity)),
        ("%s: summary counts" % label, with_report(lambda rep, r: assert_summary_matches(rep))),
        ("%s: only built ids" % label, with_report(lambda rep, r: assert_only_built_ids(rep))),
        ("%s: every built id listed" % label,
         with_report(lambda rep, r: assert_all_built_ids(rep))),
        ("%s: source" % label,
         with_report(lambda rep, r: assert_source(rep, kind, "snapshot" if kind == "snapshot"
                                                   else None))),
        ("%s: evidence lines" % label, with_report(lambda rep, r: assert_evidence_lines(rep))),
        ("%s: checks.md severities" % label,
         with_report(lambda rep, r: assert_contract_severities(rep))),
        ("%s: caused_by resolves" % label,
         with_report(lambda rep, r: assert_caused_by_resolves(rep))),
    ]


# ---------------------------------------------------------------------------------------------
# a. Snapshots

def snapshot_folders():
    folders = []
    for base, required in ((OPTS.fixtures, True), (OPTS.shared, False)):
        if not base or not os.path.isdir(base):
            if required:
                folders.append(("fixtures", base, "missing"))
            continue
        for name in sorted(os.listdir(base)):
            path = os.path.join(base, name)
            if os.path.isdir(path) and not name.startswith((".", "_")):
                label = ("shared/" if base == OPTS.shared else "") + name
                folders.append((label, path, None))
    return folders


def load_expected(folder):
    snap = os.path.join(folder, "snapshot")
    exp_path = os.path.join(folder, "expected.json")
    expect(os.path.isdir(snap) and os.path.isfile(exp_path),
           "a snapshot folder holds snapshot/ and expected.json",
           folder + "/{snapshot/,expected.json}", sorted(os.listdir(folder)))
    try:
        with open(exp_path, encoding="utf-8") as f:
            return snap, json.load(f)
    except ValueError as e:
        raise Failure("%s is not JSON: %s" % (exp_path, e))


def snapshot_run(folder):
    snap, _ = load_expected(folder)
    return run_cached("--json", "--snapshot", snap)


def case_snapshot_expected(folder):
    _, expected = load_expected(folder)
    report = snapshot_run(folder).json()
    ignored = assert_expected(report, expected)
    if ignored:
        return "not built yet, so absent: %s" % ", ".join(ignored)


def case_missing_fixtures(path):
    raise Failure("no snapshot fixtures folder at %s" % path)


def case_fixture_set_covers_every_id(folders):
    """issue 2: every id fires in one test and stays quiet in another (across the fixtures)."""
    fired, quiet = set(), set()
    for _, path, _ in folders:
        try:
            with open(os.path.join(path, "expected.json"), encoding="utf-8") as f:
                e = json.load(f)
        except (OSError, ValueError):
            continue
        fired |= set(item.partition(":")[0] for item in e.get("fire", []))
        quiet |= set(e.get("quiet", []))
    expect(not sorted(BUILT_IDS - fired), "every built id fires in some expected.json",
           "all of BUILT_IDS", "never fired: %s" % sorted(BUILT_IDS - fired))
    expect(not sorted(BUILT_IDS - quiet), "every built id is quiet in some expected.json",
           "all of BUILT_IDS", "never quiet: %s" % sorted(BUILT_IDS - quiet))


# ---------------------------------------------------------------------------------------------
# b. Live, with this machine's real Go (Debian's golang-go, Go 1.19)

def live_go():
    go = shutil.which("go", path=child_env(True).get("PATH", os.defpath))
    if not go:
        raise Skip("no `go` on PATH (install golang-go to run the live tests)")
    env = child_env(True)
    env["GOTOOLCHAIN"] = "local"
    try:
        out = subprocess.run([go, "version"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, env=env, timeout=TIMEOUT_S).stdout.decode()
    except (OSError, subprocess.TimeoutExpired) as e:
        raise Failure("`%s version` failed: %s" % (go, e))
    m = re.search(r"go(\d+)\.(\d+)", out)
    return go, (int(m.group(1)), int(m.group(2))) if m else None, out.strip()


def live_report():
    live_go()
    r = run_cached("--json")
    return r, r.json()


def case_live_version_unsupported():
    go, version, text = live_go()
    if version != (1, 19):
        raise Skip("the first go on PATH is not Go 1.19 (%s: %s); the version verdict is only "
                   "asserted for Debian's golang-go" % (go, text))
    r, report = live_report()
    found = by_check(report, "go.version-unsupported")
    expect(any(x.get("severity") == "error" for x in found),
           "live Go 1.19 is past support", "go.version-unsupported with severity error",
           [(x.get("severity"), x.get("message")) for x in found] or "no such result")
    err = [x for x in found if x.get("severity") == "error"][0]
    haystack = err.get("message", "") + " " + " ".join(
        ev.get("text", "") + " " + ev.get("path", "") for ev in err.get("evidence") or [])
    expect("1.19" in haystack, "the result names the real version", "1.19 in message or evidence",
           clip(haystack, 600))
    expect(r.returncode == 1, "exit status with an error result", 1, r.describe())


def case_live_cli():
    live_go()
    r = run_cached("--cli")
    expect(r.returncode == 1, "`--cli` exit status with Go 1.19 on PATH", 1, r.describe())
    expect("\u2717" in r.stdout, "`--cli` marks problems", "the \u2717 mark in stdout",
           clip(r.stdout))
    _, report = live_report()
    titles = [x.get("title") for x in by_check(report, "go.version-unsupported")
              if x.get("severity") == "error"]
    expect("go.version-unsupported" in r.stdout or any(t and t in r.stdout for t in titles),
           "`--cli` shows the unsupported-version problem",
           "the id or the title %r" % titles, clip(r.stdout))


def case_live_cli_verbose():
    live_go()
    r = run_cached("--cli", "-v")
    expect(r.returncode == 1, "`--cli -v` exit status", 1, r.describe())
    expect("go.version-unsupported" in r.stdout, "`--cli -v` names check ids",
           "go.version-unsupported in stdout", clip(r.stdout))


def case_live_cli_no_colour_on_pipe():
    live_go()
    for args in (("--cli",), ("--cli", "-v")):
        r = run_cached(*args)
        m = ANSI_RE.search(r.stdout)
        expect(m is None, "no ANSI escapes when stdout is a pipe (%s)" % " ".join(args),
               "plain text", m and repr(r.stdout[max(0, m.start() - 40):m.end() + 40]))


# ---------------------------------------------------------------------------------------------
# c. --only

def first_fixture():
    for label, path, problem in snapshot_folders():
        if not problem and os.path.isdir(os.path.join(path, "snapshot")):
            return os.path.join(path, "snapshot")
    raise Failure("no snapshot fixture to run against in %s" % OPTS.fixtures)


def case_only_prefix_and_id():
    snap = first_fixture()
    r = run(["--json", "--snapshot", snap, "--only", "go.,path.tilde-literal"])
    report = r.json()
    assert_valid(report, r)
    assert_exit_matches_severity(report, r)
    assert_summary_matches(report)
    got = ids_of(report)
    want = set(i for i in BUILT_IDS if i.startswith("go.")) | {"path.tilde-literal"}
    stray = sorted(i for i in got if not (i.startswith("go.") or i == "path.tilde-literal"))
    expect(not stray, "`--only go.,path.tilde-literal` selects nothing else "
           "(`go.` must not match `goroot.`)", "only go.* and path.tilde-literal", stray)
    expect(got == want, "`--only` runs every selected check", sorted(want), sorted(got))


def case_only_unknown_id():
    r = run(["--json", "--snapshot", first_fixture(), "--only", "nosuch.id"])
    expect(r.returncode == 2, "`--only nosuch.id` is bad usage", "exit 2", r.describe())
    expect("nosuch.id" in r.stderr, "the message names the unknown id", "nosuch.id in stderr",
           r.stderr.strip() or "(empty stderr)")


# ---------------------------------------------------------------------------------------------
# d. Bad input and options not built yet

def assert_usage_error(r, must_contain=(), what="bad input"):
    expect(r.returncode == 2, "%s exits 2" % what, 2, r.describe())
    expect(r.stderr.strip() != "", "%s prints a message on stderr" % what, "a message",
           "(empty stderr)")
    expect("Traceback" not in r.stderr and "ASSERT" not in r.stderr,
           "%s fails cleanly" % what, "a message, not a crash", clip(r.stderr))
    for text in must_contain:
        expect(text.lower() in r.stderr.lower(), "%s: the message says %r" % (what, text),
               text, r.stderr.strip())


def case_snapshot_missing_folder():
    with tempfile.TemporaryDirectory() as tmp:
        missing = os.path.join(tmp, "no-such-snapshot")
        r = run(["--json", "--snapshot", missing])
        assert_usage_error(r, ["no-such-snapshot"], "--snapshot of a missing folder")


def case_snapshot_garbage_json():
    with tempfile.TemporaryDirectory() as tmp:
        snap = os.path.join(tmp, "garbage")
        os.makedirs(os.path.join(snap, "root"))
        with open(os.path.join(snap, "snapshot.json"), "w") as f:
            f.write('{"format": "go-env-doctor-snapshot", "version": 1, "host": {')
        r = run(["--json", "--snapshot", snap])
        assert_usage_error(r, ["snapshot.json"], "--snapshot with a malformed snapshot.json")


def comparable_report(report):
    """A report without what differs between two scans of one system: when and where from."""
    return {k: v for k, v in report.items() if k not in ("generated", "timings", "source")}


def run_in_private_tmp(args):
    """Runs with TMPDIR pointing to a fresh folder; the program must leave it empty."""
    with tempfile.TemporaryDirectory() as tmpdir:
        env = child_env(True)
        env["TMPDIR"] = tmpdir
        r = run(args, env=env)
        left = sorted(os.listdir(tmpdir))
        expect(not left, "%s leaves nothing in TMPDIR" % " ".join(args[-3:]), "an empty TMPDIR", left)
        return r


def case_snapshot_tar_gz():
    """A .tar.gz of a fixture (issue 7) scans like the folder, in every mode that takes --snapshot."""
    snap = os.path.join(OPTS.fixtures, "ubuntu2204-apt-shadows-tarball", "snapshot")
    if not os.path.isdir(snap):
        raise Skip("fixture ubuntu2204-apt-shadows-tarball missing")
    folder = run_cached("--json", "--snapshot", snap)
    with tempfile.TemporaryDirectory() as tmp:
        for name, arcname in (("fixture.tar.gz", "ubuntu2204"), ("flat.tgz", ".")):
            archive = os.path.join(tmp, name)
            with tarfile.open(archive, "w:gz") as t:
                t.add(snap, arcname=arcname)
            r = run_in_private_tmp(["--json", "--snapshot", archive])
            expect(r.returncode == folder.returncode, "--json --snapshot %s exits like the folder" % name,
                   folder.returncode, r.describe())
            report = r.json()
            assert_valid(report, r)
            assert_source(report, "snapshot", archive)
            expect(report["source"].get("path") == archive, "source.path names the archive", archive,
                   report["source"])
            expect(comparable_report(report) == comparable_report(folder.json()),
                   "--json --snapshot %s gives the folder's results" % name, "the same report",
                   clip(json.dumps(comparable_report(report))[:1500]))

        archive = os.path.join(tmp, "fixture.tar.gz")
        # --cli, --explain-path and --fix-script print what they print for the folder; only the
        # snapshot's own name may differ.
        for mode in (["--cli"], ["--explain-path"], ["--fix-script", "-"]):
            a = run_in_private_tmp(mode + ["--snapshot", archive])
            b = run(mode + ["--snapshot", snap])
            expect(a.returncode == b.returncode, "%s exits like the folder" % mode[0], b.returncode,
                   a.describe())
            expect(a.stdout.replace(archive, "SNAPSHOT") == b.stdout.replace(os.path.realpath(snap), "SNAPSHOT"),
                   "%s on the archive prints what it prints for the folder" % mode[0],
                   clip(b.stdout, 600), clip(a.stdout, 600))
        out = os.path.join(tmp, "report.json")
        r = run_in_private_tmp(["--report", out, "--snapshot", archive])
        expect(os.path.isfile(out), "--report from an archive writes the report", out, r.describe())
        with open(out, encoding="utf-8") as f:
            written = json.load(f)
        expect(comparable_report(written) == comparable_report(folder.json()),
               "--report from an archive has the folder's results", "the same report", clip(json.dumps(written)))


def hostile_archive(path, kind):
    """A .tar.gz with one hostile entry after a good snapshot, written with python's tarfile."""
    with tarfile.open(path, "w:gz") as t:
        def add(name, data=b"x", **attrs):
            info = tarfile.TarInfo(name)
            for k, v in attrs.items():
                setattr(info, k, v)
            if info.type == tarfile.REGTYPE:
                info.size = len(data)
                t.addfile(info, io.BytesIO(data))
            else:
                t.addfile(info)
        add("snap/", type=tarfile.DIRTYPE)
        add("snap/snapshot.json", b'{"format": "go-env-doctor-snapshot", "version": 1}')
        add("snap/root/", type=tarfile.DIRTYPE)
        if kind == "traversal":
            add("snap/../../escaped")
        elif kind == "absolute":
            add(os.path.join(os.path.dirname(path), "escaped-absolute"))
        elif kind == "through-link":
            add("snap/root/pw", type=tarfile.SYMTYPE, linkname="/etc/passwd")
            add("snap/root/pw", b"root::0:0::/root:/bin/sh\n")
        elif kind == "hard-link":
            add("snap/root/pw", type=tarfile.LNKTYPE, linkname="/etc/passwd")
        elif kind == "device":
            add("snap/root/null", type=tarfile.CHRTYPE, devmajor=1, devminor=3)


def case_snapshot_tar_gz_hostile():
    """A hostile archive exits 2 with a message naming the entry and the rule, writing nothing."""
    rules = {
        "traversal": ("snap/../../escaped", "climbs out"),
        "absolute": ("escaped-absolute", "absolute"),
        "through-link": ("snap/root/pw", "through a link"),
        "hard-link": ("snap/root/pw", "hard link"),
        "device": ("snap/root/null", "device"),
    }
    passwd = open("/etc/passwd", "rb").read()
    for kind, (entry, rule) in rules.items():
        with tempfile.TemporaryDirectory() as tmp:
            archive = os.path.join(tmp, kind + ".tar.gz")
            hostile_archive(archive, kind)
            for mode in (["--json"], ["--cli"], ["--explain-path"]):
                r = run_in_private_tmp(mode + ["--snapshot", archive])
                assert_usage_error(r, [archive, entry, rule], "%s --snapshot of a hostile archive (%s)"
                                   % (mode[0], kind))
                expect(not r.stdout.strip(), "a refused archive prints no report", "nothing on stdout",
                       clip(r.stdout))
            made = sorted(os.listdir(tmp))
            expect(made == [kind + ".tar.gz"], "a refused archive writes nothing beside it",
                   [kind + ".tar.gz"], made)
    expect(open("/etc/passwd", "rb").read() == passwd, "/etc/passwd is untouched", "unchanged", "changed")


# Options of later issues: each must exit 2 with "not supported yet", never a fake result.
# Scan modifiers are given with --json (alone they would start the wizard).
NOT_YET_BUILT = [
    ["--json", "--binary", "/bin/true"],
    ["--json", "--project", "."],
    ["--json", "--network"],
    ["--json", "--offline"],
    ["--json", "--target-glibc", "2.31"],
]


def case_fix_script():
    folder = first_fixture()
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "fix.sh")
        r = run(["--snapshot", folder, "--fix-script", out])
        report = run_cached("--json", "--snapshot", folder).json()
        expect(r.returncode == (1 if any(x["severity"] == "error" for x in report["results"]) else 0),
               "--fix-script exits like --cli", "0/1 by the findings", r.describe())
        expect(os.access(out, os.X_OK), "the script is executable", out, r.describe())
        text = open(out, encoding="utf-8").read()
        expect(text.startswith("#!/usr/bin/env bash\n") and "set -euo pipefail" in text,
               "a bash script with strict mode", "shebang + set -euo pipefail", clip(text))
        sc = subprocess.run(["shellcheck", out], capture_output=True, text=True)
        expect(sc.returncode == 0 and not sc.stdout, "shellcheck is quiet", "no output", sc.stdout)
        stdout = run(["--snapshot", folder, "--fix-script", "-"])
        expect(stdout.stdout.startswith("#!/usr/bin/env bash"), "--fix-script - writes to stdout", "a script",
               stdout.describe())
        bad = run(["--snapshot", folder, "--fix-script", os.path.join(tmp, "no", "such", "dir", "x.sh")])
        assert_usage_error(bad, ["Cannot write"], "--fix-script into a missing folder")


def make_not_yet_built_case(args):
    def case():
        with tempfile.TemporaryDirectory() as tmp:
            r = run(args, cwd=tmp)
            assert_usage_error(r, [NOT_SUPPORTED], " ".join(args))
            made = sorted(os.listdir(tmp))
            expect(not made, "%s writes no file" % " ".join(args), "nothing", made)
            expect(not r.stdout.lstrip().startswith("{"),
                   "%s prints no report" % " ".join(args), "no JSON on stdout", clip(r.stdout))
    return case


# ---------------------------------------------------------------------------------------------
# --monitor (issue 5): runs a command, watches it, prints a summary to stderr, exits with its status

def case_monitor_exit_status():
    with tempfile.TemporaryDirectory() as tmp:
        r = run(["--monitor", "--", "sh", "-c", "echo out-of-the-command; exit 3"], cwd=tmp)
        expect(r.returncode == 3, "--monitor exits with the command's status", 3, r.describe())
        expect("out-of-the-command" in r.stdout, "the command's output is passed through",
               "out-of-the-command on stdout", clip(r.stdout))
        for word in ("exit status 3", "Peak memory", "Time:", "OOM kills", "Verdict"):
            expect(word in r.stderr, "the summary says %r" % word, word, clip(r.stderr))
        expect("\r" not in r.stderr, "no live status line when stderr is not a terminal",
               "no carriage return", repr(r.stderr[:300]))
        expect(not os.listdir(tmp), "--monitor without --csv writes no file", "nothing",
               os.listdir(tmp))


def case_monitor_signal_status():
    r = run(["--monitor", "--", "sh", "-c", "kill -9 $$"])
    expect(r.returncode == 128 + 9, "a command killed by signal 9 gives 128+9", 137, r.describe())
    expect("SIGKILL" in r.stderr, "the summary names the signal", "SIGKILL", clip(r.stderr))


def case_monitor_csv():
    with tempfile.TemporaryDirectory() as tmp:
        csv = os.path.join(tmp, "samples.csv")
        r = run(["--monitor", "--interval", "20", "--csv", csv, "--",
                 "sh", "-c", "i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; sleep 0.2"], cwd=tmp)
        expect(r.returncode == 0, "--monitor --csv exit status", 0, r.describe())
        expect(os.path.isfile(csv), "--csv writes the file", csv, os.listdir(tmp))
        with open(csv) as f:
            lines = f.read().splitlines()
        expect(len(lines) >= 2 and lines[0].startswith("elapsed_ms,"),
               "the CSV has a header and at least one sample", "header + lines", lines[:3])
        width = len(lines[0].split(","))
        expect(all(len(l.split(",")) == width for l in lines[1:]),
               "every CSV line has as many cells as the header", width, lines[1:4])
        expect(csv in r.stderr, "the summary names the CSV file", csv, clip(r.stderr))


def case_monitor_no_command():
    r = run(["--monitor"])
    assert_usage_error(r, ["command"], "--monitor without a command")
    r = run(["--monitor", "--"])
    assert_usage_error(r, ["command"], "--monitor -- with nothing after it")


def case_monitor_bad_interval():
    for value in ("abc", "0", "-5", "99999999"):
        r = run(["--monitor", "--interval", value, "--", "true"])
        assert_usage_error(r, ["interval"], "--interval %s" % value)


def case_monitor_command_not_found():
    r = run(["--monitor", "--", "/no/such/command-ged"])
    expect(r.returncode == 127, "a command that cannot start gives 127, as a shell does", 127,
           r.describe())
    expect("/no/such/command-ged" in r.stderr, "the message names the command",
           "/no/such/command-ged", clip(r.stderr))


def case_interval_without_monitor():
    r = run(["--interval", "100"])
    assert_usage_error(r, ["--monitor"], "--interval without --monitor")


def case_explain_path():
    """--explain-path tells where go comes from: PATH in order, each go's links, the winner."""
    snap = os.path.join(OPTS.fixtures, "ubuntu2204-apt-shadows-tarball", "snapshot")
    if not os.path.isdir(snap):
        raise Skip("fixture ubuntu2204-apt-shadows-tarball missing")
    r = run(["--explain-path", "--snapshot", snap])
    expect(r.returncode == 0, "--explain-path exit status", 0, r.describe())
    out = r.stdout
    with open(os.path.join(snap, "snapshot.json")) as f:
        path = json.load(f)["process"]["env"]["PATH"].split(":")
    positions = [out.find(" %s" % p) for p in path]
    expect(all(p >= 0 for p in positions) and positions == sorted(positions),
           "--explain-path lists PATH in order", path, clip(out))
    expect("/usr/bin/go -> ../lib/go-1.18/bin/go" in out, "--explain-path shows the link hop",
           "/usr/bin/go -> ../lib/go-1.18/bin/go", clip(out))
    winner = [l for l in out.splitlines() if l.startswith("\u25b6")]
    expect(len(winner) == 1 and "/usr/bin/go" in winner[0], "--explain-path marks one winner",
           "a line starting with the winner mark naming /usr/bin/go", winner)


def case_unknown_option():
    r = run(["--no-such-option"])
    assert_usage_error(r, ["no-such-option"], "an unknown option")


# ---------------------------------------------------------------------------------------------
# e. --version and --help, without a display

def case_version_without_display():
    r = run(["--version"], env=child_env(display=False))
    expect(r.returncode == 0, "`--version` without DISPLAY or QT_QPA_PLATFORM", "exit 0",
           r.describe())
    expect(re.search(r"go-env-doctor \d+\.\d+\.\d+", r.stdout) is not None,
           "`--version` output", "go-env-doctor X.Y.Z", clip(r.stdout))


def case_help():
    r = run(["--help"])
    expect(r.returncode == 0, "`--help` exit status", 0, r.describe())
    for opt in ("--cli", "--json"):
        expect(opt in r.stdout, "`--help` mentions %s" % opt, opt, clip(r.stdout))


def case_help_without_display():
    r = run(["--help"], env=child_env(display=False))
    expect(r.returncode == 0, "`--help` without a display (cli.md: CLI modes never need one)",
           0, r.describe())


# ---------------------------------------------------------------------------------------------
# f. --lang zh_CN

def case_lang_zh_cn():
    snap = first_fixture()
    en = run_cached("--json", "--snapshot", snap)
    zh = run(["--json", "--snapshot", snap, "--lang", "zh_CN"])
    report = zh.json()
    assert_valid(report, zh)
    assert_exit_matches_severity(report, zh)
    key = lambda rep: sorted((x.get("check"), x.get("severity")) for x in results(rep))
    expect(key(report) == key(en.json()), "`--lang zh_CN` changes words, not results",
           key(en.json()), key(report))


# ---------------------------------------------------------------------------------------------
# g. --report FILE (issue 6): the PDF read back with poppler-utils, the HTML parsed as XML, the
# JSON checked against --json and the schema; secrets and, with --privacy, identities hidden.

REPORT_FIXTURE = "ubuntu2204-apt-shadows-tarball"
A4_POINTS = (595.276, 841.89)
LETTER_POINTS = (612.0, 792.0)
# What must never come out of a Chinese PDF: CJK radicals, Kangxi radicals and compatibility
# ideographs (Noto CJK in Qt 6.4's PDF gives "医⽣" for 医生), and ligatures ("ﬁ" for "fi").
WRONG_CHARACTERS = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0xFB00, 0xFB06))
CJK_FONT_RE = re.compile(r"WenQuanYi|WQY|CJK|Han|Hei|Song|Ming|Kai|Fallback", re.I)
SECRETS = ("hunter2", "ghp_0123456789secret")


def report_snapshot():
    snap = os.path.join(OPTS.fixtures, REPORT_FIXTURE, "snapshot")
    if not os.path.isdir(snap):
        raise Failure("fixture %s missing" % REPORT_FIXTURE)
    return snap


def poppler(tool, *args):
    exe = shutil.which(tool)
    if not exe:
        raise Failure("%s not found: install poppler-utils (packaging/deps.sh --test)" % tool)
    try:
        p = subprocess.run([exe] + list(args), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        raise Failure("%s did not finish within %d s" % (tool, TIMEOUT_S))
    expect(p.returncode == 0, "%s %s reads the file" % (tool, " ".join(args)), "exit 0",
           "%d: %s" % (p.returncode, p.stderr.decode("utf-8", "replace").strip()))
    return p.stdout.decode("utf-8")


def pdf_text(path):
    # -raw: the text in the order it was drawn. Without it pdftotext also joins a word broken at
    # a hyphen ("vte-" + "spawn" -> "vtespawn"), which would hide what the PDF really says.
    return poppler("pdftotext", "-raw", "-enc", "UTF-8", path, "-")


def squash(text):
    """Line wrapping is the only difference allowed: whitespace is dropped, characters compared
    as they are (no Unicode normalisation, which would hide compatibility ideographs)."""
    return re.sub(r"\s+", "", text)


def shown_texts(result):
    """What a report shows of a result, as the JSON has it. Backticks mark code in the JSON and
    are drawn as code (no backticks) in PDF and HTML. Passed checks are listed by title."""
    texts = [result.get("title") or ""]
    if result.get("severity") == "skipped":
        texts.append(result.get("message") or "")
    elif result.get("severity") != "ok":
        texts += [result.get("message") or "", result.get("how_to_fix") or ""]
        texts += [ev.get("text") or "" for ev in result.get("evidence") or []]
    return [t.replace("`", "") for t in texts if t.strip()]


def assert_report_texts(text, report, what):
    flat = squash(text)
    missing = [(x.get("check"), t[:120]) for x in results(report) for t in shown_texts(x)
               if squash(t) not in flat]
    expect(not missing, "%s shows every title, message, evidence and fix of the --json report"
           % what, "all present", missing[:8])


def assert_right_characters(text, what):
    wrong = sorted(set("U+%04X %s" % (ord(c), c) for c in text
                       if any(lo <= ord(c) <= hi for lo, hi in WRONG_CHARACTERS)))
    expect(not wrong, "%s copies out as the real characters" % what,
           "no compatibility ideographs, radicals or ligatures", wrong[:10])


def page_size(path):
    info = poppler("pdfinfo", path)
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    expect(m is not None, "pdfinfo names the page size", "Page size: W x H pts", clip(info))
    return (float(m.group(1)), float(m.group(2))), info


def same_size(got, want):
    return abs(got[0] - want[0]) < 1 and abs(got[1] - want[1]) < 1


def write_report(tmp, name, extra=(), snap=None, env=None):
    out = os.path.join(tmp, name)
    r = run(["--report", out, "--snapshot", snap or report_snapshot()] + list(extra), env=env)
    return out, r


def case_report_pdf_english():
    snap = report_snapshot()
    report = run_cached("--json", "--snapshot", snap).json()
    with tempfile.TemporaryDirectory() as tmp:
        # No display and no QT_QPA_PLATFORM, as over SSH: the program picks Qt's offscreen platform.
        out, r = write_report(tmp, "report.pdf", ["--lang", "en"], env=child_env(display=False))
        assert_exit_matches_severity(report, r)
        expect(os.path.isfile(out) and os.path.getsize(out) > 10000, "--report writes the PDF",
               "a PDF file", r.describe())
        size, info = page_size(out)
        expect(same_size(size, A4_POINTS), "the page is A4 in the C locale (and --lang en)",
               "%s x %s pts" % A4_POINTS, clip(info))
        expect(re.search(r"Pages:\s+([2-9]|\d\d)", info) is not None, "the report has several pages",
               "Pages: 2 or more", clip(info))
        expect("Go environment report" in info and "Go Env Doctor" in info,
               "the PDF has a title and a creator", "Title and Creator set", clip(info))
        text = pdf_text(out)
        assert_report_texts(text, report, "the English PDF")
        assert_right_characters(text, "the English PDF")
        expect(re.search(r"Page 1 of \d+", text) is not None, "every page says where it is",
               "Page 1 of N", clip(text, 400))


def case_report_pdf_chinese():
    snap = report_snapshot()
    zh = run(["--json", "--snapshot", snap, "--lang", "zh_CN"]).json()
    titles = [x.get("title") for x in results(zh) if x.get("severity") in FIRING]
    expect(any(re.search(r"[\u4e00-\u9fff]", t or "") for t in titles),
           "--lang zh_CN gives Chinese titles (the .qm is built)", "CJK characters", titles[:3])
    with tempfile.TemporaryDirectory() as tmp:
        out, r = write_report(tmp, "report.pdf", ["--lang", "zh_CN"])
        assert_exit_matches_severity(zh, r)
        text = pdf_text(out)
        assert_report_texts(text, zh, "the Chinese PDF")
        assert_right_characters(text, "the Chinese PDF")
        fonts = poppler("pdffonts", out).splitlines()[2:]
        cjk = [l for l in fonts if CJK_FONT_RE.search(l.split()[0] if l.split() else "")]
        expect(cjk, "pdffonts lists a CJK font", "a WenQuanYi / CJK font", fonts)
        # columns: name type encoding emb sub uni object ID (the type may be two words)
        not_embedded = [l for l in fonts if " yes " not in " %s " % l.split(None, 1)[1]]
        expect(not not_embedded, "every font of the Chinese PDF is embedded", "emb yes",
               not_embedded)


def case_report_pdf_letter():
    with tempfile.TemporaryDirectory() as tmp:
        out, r = write_report(tmp, "report.pdf", ["--paper", "letter"])
        expect(r.returncode in (0, 1), "--paper letter is accepted", "exit 0 or 1", r.describe())
        size, info = page_size(out)
        expect(same_size(size, LETTER_POINTS), "--paper letter gives US Letter",
               "%s x %s pts" % LETTER_POINTS, clip(info))


def case_report_html():
    snap = report_snapshot()
    report = run_cached("--json", "--snapshot", snap).json()
    with tempfile.TemporaryDirectory() as tmp:
        out, r = write_report(tmp, "report.html", env=child_env(display=False))
        assert_exit_matches_severity(report, r)
        try:
            root = ET.parse(out).getroot()
        except ET.ParseError as e:
            raise Failure("the HTML report is not well-formed XML: %s" % e)
        ns = "{http://www.w3.org/1999/xhtml}"
        expect(root.tag == ns + "html", "the HTML report is XHTML", ns + "html", root.tag)
        with open(out, encoding="utf-8") as f:
            expect(f.read(15) == "<!DOCTYPE html>", "the HTML report starts with its doctype",
                   "<!DOCTYPE html>", out)
        images = [img.get("src") or "" for img in root.iter(ns + "img")]
        expect(images and all(src.startswith("data:image/png;base64,") for src in images),
               "the HTML report is self-contained (images inside it)", "data: URIs",
               [src[:40] for src in images])
        outside = [(el.tag, el.attrib) for el in root.iter()
                   if el.tag in (ns + "link", ns + "script", ns + "iframe")]
        expect(not outside, "the HTML report loads nothing from outside", "no link/script",
               outside)
        assert_report_texts("".join(root.itertext()), report, "the HTML report")


def case_report_json():
    snap = report_snapshot()
    want = run_cached("--json", "--snapshot", snap).json()
    with tempfile.TemporaryDirectory() as tmp:
        out, r = write_report(tmp, "report.json", env=child_env(display=False))
        assert_exit_matches_severity(want, r)
        with open(out, encoding="utf-8") as f:
            got = json.load(f)
        assert_valid(got, r)
        strip = lambda rep: {k: v for k, v in rep.items() if k not in ("generated", "timings")}
        expect(strip(got) == strip(want), "--report x.json is the --json report", "equal",
               "they differ")


def case_report_bad_extension():
    with tempfile.TemporaryDirectory() as tmp:
        r = run(["--report", os.path.join(tmp, "report.txt"), "--snapshot", report_snapshot()])
        assert_usage_error(r, [".pdf", ".html", ".json"], "--report report.txt")
        expect(not os.listdir(tmp), "--report with a bad extension writes no file", "nothing",
               os.listdir(tmp))


def case_report_unwritable():
    for name in ("report.pdf", "report.html", "report.json"):
        target = os.path.join("/nonexistent-ged-folder", name)
        r = run(["--report", target, "--snapshot", report_snapshot()])
        assert_usage_error(r, [target], "--report into a missing folder")


def case_paper_misuse():
    r = run(["--json", "--paper", "a4", "--snapshot", report_snapshot()])
    assert_usage_error(r, ["--report"], "--paper without --report")
    with tempfile.TemporaryDirectory() as tmp:
        r = run(["--report", os.path.join(tmp, "r.pdf"), "--paper", "a5", "--snapshot",
                 report_snapshot()])
        assert_usage_error(r, ["a5"], "--paper a5")


def secret_snapshot(tmp):
    """The report fixture with secrets where people leave them: a proxy password in go env and in
    the environment, a token in the environment."""
    snap = os.path.join(tmp, "snapshot")
    shutil.copytree(report_snapshot(), snap, symlinks=True)
    path = os.path.join(snap, "snapshot.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    proxy = "https://alice:%s@proxy.corp.example,direct" % SECRETS[0]
    data["process"]["env"]["GOPROXY"] = proxy
    data["process"]["env"]["GITHUB_TOKEN"] = SECRETS[1]
    for command in data["commands"]:
        if command["argv"][1:] == ["env", "-json"]:
            goenv = json.loads(command["stdout"])
            goenv["GOPROXY"] = proxy
            command["stdout"] = json.dumps(goenv, indent="\t")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f)
    return snap, data["user"]["name"], data["user"]["home"], data["host"]["hostname"]


def assert_no_secrets(text, what):
    leaked = [s for s in SECRETS if s in text]
    expect(not leaked, "%s shows no secret" % what, "redacted", leaked)


def case_report_secrets_redacted():
    with tempfile.TemporaryDirectory() as tmp:
        snap, user, home, host = secret_snapshot(tmp)
        out, r = write_report(tmp, "report.html", snap=snap)
        with open(out, encoding="utf-8") as f:
            html = f.read()
        assert_no_secrets(html, "the HTML report")
        expect("https://alice:***@proxy.corp.example" in html,
               "the Go environment appendix shows GOPROXY with its password hidden",
               "https://alice:***@proxy.corp.example", "not found")
        expect(home in html, "without --privacy the home folder is shown", home, "not found")
        out, r = write_report(tmp, "report.pdf", snap=snap)
        assert_no_secrets(pdf_text(out), "the PDF report")
        assert_no_secrets(run(["--json", "--snapshot", snap]).stdout, "--json")


def case_privacy_hides_identity():
    with tempfile.TemporaryDirectory() as tmp:
        snap, user, home, host = secret_snapshot(tmp)
        who = re.compile(r"(?<![A-Za-z0-9_.-])%s(?![A-Za-z0-9_-])" % re.escape(user))

        def assert_hidden(text, what):
            assert_no_secrets(text, what)
            for needle in (home, host):
                expect(needle not in text, "%s hides %s (--privacy)" % (what, needle), "absent",
                       clip(text[max(0, text.find(needle) - 80):text.find(needle) + 80]))
            m = who.search(text)
            expect(m is None, "%s hides the user name %s (--privacy)" % (what, user), "absent",
                   m and text[max(0, m.start() - 80):m.end() + 80])

        r = run(["--json", "--privacy", "--snapshot", snap])
        assert_valid(r.json(), r)
        assert_hidden(r.stdout, "--json --privacy")
        expect("~/.profile" in r.stdout, "--privacy writes the home folder as ~", "~/.profile",
               clip(r.stdout))
        out, r = write_report(tmp, "private.pdf", ["--privacy"], snap=snap)
        assert_hidden(pdf_text(out), "the PDF report with --privacy")
        out, r = write_report(tmp, "private.html", ["--privacy"], snap=snap)
        with open(out, encoding="utf-8") as f:
            assert_hidden(f.read(), "the HTML report with --privacy")


# ---------------------------------------------------------------------------------------------

def capture_home(tmp):
    """A throwaway home folder with secrets where people keep them."""
    home = os.path.join(tmp, "home")
    os.makedirs(os.path.join(home, ".ssh"))
    with open(os.path.join(home, ".bashrc"), "w") as f:
        f.write("export GITHUB_TOKEN=%s\nexport GOPROXY=https://alice:%s@proxy.corp.example,direct\n"
                % (SECRETS[1], SECRETS[0]))
    with open(os.path.join(home, ".profile"), "w") as f:
        f.write(". \"$HOME/.bashrc\"\n")
    with open(os.path.join(home, ".netrc"), "w") as f:
        f.write("machine proxy.corp.example login alice password %s\n" % SECRETS[0])
    with open(os.path.join(home, ".ssh", "id_ed25519"), "w") as f:
        f.write("-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----\n" % SECRETS[0])
    env = child_env(True)
    env["HOME"] = home
    env["GITHUB_TOKEN"] = SECRETS[1]
    return home, env


def result_map(report):
    """Each check id's results as a sorted list of (severity, message): a check may give several."""
    out = {}
    for r in report["results"]:
        out.setdefault(r["check"], []).append((r["severity"], r.get("message", "")))
    return {k: sorted(v) for k, v in out.items()}


def case_capture_round_trip():
    """Capture this machine, analyse the capture: the live scan's results, nothing secret inside."""
    with tempfile.TemporaryDirectory() as tmp:
        home, env = capture_home(tmp)
        out = os.path.join(tmp, "this-machine.tar.gz")
        r = run(["--capture", out, "--verbose"], env=env, cwd=home)
        expect(r.returncode == 0, "--capture exits 0", 0, r.describe())
        expect("Snapshot written to" in r.stderr, "--capture says where it wrote", "Snapshot written to",
               r.stderr[-300:])
        with tarfile.open(out, "r:gz") as tar:
            members = {m.name: m for m in tar.getmembers()}
            blobs = [tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()]
            meta = json.loads(tar.extractfile("this-machine/snapshot.json").read())
            cgroup = tar.extractfile("this-machine/root/proc/self/cgroup").read()
        tops = {name.split("/")[0] for name in members}
        expect(tops == {"this-machine"}, "one top folder named after the file", "this-machine", tops)
        expect(meta["format"] == "go-env-doctor-snapshot" and meta["version"] == 1,
               "snapshot.json names the format", "go-env-doctor-snapshot 1", meta.get("format"))
        expect(cgroup.strip() != b"", "/proc/self/cgroup is stored read to its end (not empty)", "its lines",
               cgroup)
        expect(members["this-machine/root/proc/self"].isdir(), "/proc/self is a folder, not a link to a pid",
               "a folder", members["this-machine/root/proc/self"].type)
        for folder in env["PATH"].split(":"):
            if folder.startswith("/") and os.path.isdir(folder):
                # A folder reached through links is stored where the links lead (the links too).
                name = "this-machine/root" + os.path.realpath(folder)
                expect(name in members and members[name].isdir(), "PATH folder %s is in the snapshot" % folder,
                       name, "absent")
        go = shutil.which("go", path=env["PATH"])
        if go and os.path.islink(go):
            link = members.get("this-machine/root" + go)
            expect(link is not None and link.issym() and link.linkname == os.readlink(go),
                   "%s is kept as a link with its target verbatim" % go, os.readlink(go),
                   link and link.linkname)
        for name in members:
            expect(not re.search(r"(^|/)(\.netrc|\.ssh)(/|$)", name), "credentials are never captured",
                   "no .netrc or .ssh", name)
        everything = b"\n".join(blobs).decode("utf-8", "replace")
        assert_no_secrets(everything, "the snapshot")
        expect(meta["process"]["env"].get("GITHUB_TOKEN") == "***", "a token in the environment is redacted",
               "***", meta["process"]["env"].get("GITHUB_TOKEN"))

        live = run(["--json"], env=env, cwd=home).json()
        captured = run(["--json", "--snapshot", out], env=env).json()
        live_results, captured_results = result_map(live), result_map(captured)
        expect(set(live_results) == set(captured_results), "the capture has the live scan's results",
               sorted(live_results), sorted(captured_results))
        for check, want in live_results.items():
            got = captured_results[check]
            # Only a live run can give some results; a snapshot marks those skipped.
            if all(severity == "skipped" for severity, _ in got):
                continue
            expect(got == want, "%s: the same verdicts from the capture" % check, want, got)


def case_capture_refuses_bad_use():
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "snap.zip")
        r = run(["--capture", out])
        expect(r.returncode == 2 and ".tar.gz" in r.stderr and not os.path.exists(out),
               "--capture with a name that is not .tar.gz exits 2 and writes nothing", "exit 2", r.describe())
        out = os.path.join(tmp, "snap.tar.gz")
        for extra in (["--json"], ["--snapshot", report_snapshot()], ["--only", "go."]):
            r = run(["--capture", out] + extra)
            expect(r.returncode == 2 and not os.path.exists(out),
                   "--capture with %s exits 2 and writes nothing" % extra[0], "exit 2", r.describe())
        r = run(["--capture", os.path.join(tmp, "no-such-folder", "snap.tar.gz")])
        expect(r.returncode == 2 and "no-such-folder" in r.stderr, "an unwritable place exits 2 with the name",
               "exit 2", r.describe())


def build_cases():
    cases = [("schema is a valid JSON Schema", lambda: validator() and None)]
    folders = snapshot_folders()
    for label, path, problem in folders:
        if problem:
            cases.append(("snapshot fixtures", lambda p=path: case_missing_fixtures(p)))
            continue
        cases.append(("snapshot %s: expected.json" % label,
                      lambda p=path: case_snapshot_expected(p)))
        cases += full_report_cases("snapshot %s" % label, lambda p=path: snapshot_run(p),
                                   "snapshot")
    fixture_only = [f for f in folders if not f[0].startswith("shared/") and not f[2]]
    cases.append(("fixtures: every id fires somewhere and is quiet somewhere",
                  lambda: case_fixture_set_covers_every_id(fixture_only)))
    # This machine as it is: its Go, its PATH, its cgroups (--no-live leaves them out).
    live = full_report_cases("live --json", lambda: live_report()[0], "live")
    live += [
        ("live go.version-unsupported for Go 1.19", case_live_version_unsupported),
        ("live --cli", case_live_cli),
        ("live --cli -v", case_live_cli_verbose),
        ("live --cli has no colour on a pipe", case_live_cli_no_colour_on_pipe),
    ]
    cases += live
    cases += [
        ("--only go.,path.tilde-literal", case_only_prefix_and_id),
        ("--only nosuch.id", case_only_unknown_id),
        ("--snapshot missing folder", case_snapshot_missing_folder),
        ("--snapshot garbage snapshot.json", case_snapshot_garbage_json),
        ("--snapshot .tar.gz scans like the folder", case_snapshot_tar_gz),
        ("--snapshot hostile .tar.gz is refused", case_snapshot_tar_gz_hostile),
    ]
    cases.append(("--fix-script", case_fix_script))
    for args in NOT_YET_BUILT:
        cases.append(("not yet built: %s" % " ".join(args), make_not_yet_built_case(args)))
    # --capture scans this machine (the bad-use case reaches a full scan for the unwritable place).
    capture = [
        ("--capture: round trip, redaction, credentials withheld", case_capture_round_trip),
        ("--capture refuses bad names and other options", case_capture_refuses_bad_use),
    ]
    cases += capture
    live += capture
    # --monitor runs commands here and samples this machine's cgroups and processes.
    monitor = [
        ("--monitor passes the exit status through", case_monitor_exit_status),
        ("--monitor reports a signal as 128+N", case_monitor_signal_status),
        ("--monitor --csv", case_monitor_csv),
        ("--monitor without a command", case_monitor_no_command),
        ("--monitor --interval bad values", case_monitor_bad_interval),
        ("--monitor command not found", case_monitor_command_not_found),
    ]
    cases += monitor
    live += monitor
    cases += [
        ("--interval without --monitor", case_interval_without_monitor),
        ("--explain-path", case_explain_path),
        ("unknown option", case_unknown_option),
        ("--version without a display", case_version_without_display),
        ("--help", case_help),
        ("--help without a display", case_help_without_display),
        ("--lang zh_CN", case_lang_zh_cn),
        ("--report PDF in English, A4, text as in --json", case_report_pdf_english),
        ("--report PDF in Chinese, CJK font embedded, real characters", case_report_pdf_chinese),
        ("--report PDF --paper letter", case_report_pdf_letter),
        ("--report HTML well-formed and self-contained", case_report_html),
        ("--report JSON is --json", case_report_json),
        ("--report with a bad extension", case_report_bad_extension),
        ("--report into a missing folder", case_report_unwritable),
        ("--paper misuse", case_paper_misuse),
        ("--report redacts secrets", case_report_secrets_redacted),
        ("--privacy hides user, host and home", case_privacy_hides_identity),
    ]
    if OPTS.no_live:
        left_out = set(id(fn) for _, fn in live)
        cases = [(name, fn) for name, fn in cases if id(fn) not in left_out]
    return cases


def main():
    global OPTS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--fixtures", required=True)
    ap.add_argument("--shared", default=None)
    ap.add_argument("--schema", required=True)
    ap.add_argument("-k", dest="filter", default=None, help="run only cases whose name has this")
    ap.add_argument("--emulator", default="", metavar="CMD",
                    help="run the binary through this (qemu-aarch64-static for an arm64 build)")
    ap.add_argument("--no-live", action="store_true",
                    help="leave out the cases that look at this machine (live scans, --monitor)")
    OPTS = ap.parse_args()
    OPTS.binary = os.path.abspath(OPTS.binary)
    OPTS.emulator = shlex.split(OPTS.emulator)

    passed = failed = skipped = 0
    if not (os.path.isfile(OPTS.binary) and os.access(OPTS.binary, os.X_OK)):
        print("FAIL binary: %s is not an executable file" % OPTS.binary)
        print("0 passed, 1 failed")
        return 1
    for name, fn in build_cases():
        if OPTS.filter and OPTS.filter not in name:
            continue
        try:
            note = fn()
        except Skip as e:
            skipped += 1
            print("SKIP %s: %s" % (name, e))
            continue
        except Failure as e:
            failed += 1
            print("FAIL %s\n    %s" % (name, e))
            continue
        except Exception:  # a bug in this script or a surprise in the output: still a failure
            failed += 1
            print("FAIL %s (unexpected exception)\n%s" % (name, traceback.format_exc()))
            continue
        passed += 1
        print("PASS %s%s" % (name, " (%s)" % note if note else ""))
        sys.stdout.flush()
    if skipped:
        print("%d skipped" % skipped)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


OPTS = None

if __name__ == "__main__":
    sys.exit(main())
