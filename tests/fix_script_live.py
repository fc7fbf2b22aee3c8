#!/usr/bin/env python3
"""A newcomer's story on this machine, for real: a throwaway HOME whose ~/.profile exports a stale
GOROOT and whose go env file turns modules off (the real Debian go at /usr/bin/go reads it). Each
scan runs the way a new login does (env -i ... bash -l), so start-up file edits count.

scan (both errors) -> --fix-script -> shellcheck -> --dry-run changes nothing -> run -> scan again
(both gone) -> a second run changes nothing -> --undo restores every byte.
"""
import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile

CHECKS = "goroot.,modules.,goenv."


def tree_state(root):
    state = {}
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not os.path.join(folder, d).endswith(".local/state")]
        for name in files:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                state[os.path.relpath(path, root)] = hashlib.sha256(f.read()).hexdigest()
    return state


def login(home, bindir, command):
    """Runs COMMAND (a list) as a fresh login shell of this user would, with HOME replaced."""
    env = {"HOME": home, "PATH": "/usr/bin:/bin:" + bindir, "USER": "root", "LOGNAME": "root",
           "LANG": "C.UTF-8", "TERM": "dumb"}
    # /etc/profile sets PATH afresh; the doctor's folder goes back at the end, as an installed one would be.
    script = 'PATH="$PATH:%s"; exec "$@"' % bindir
    return subprocess.run(["bash", "-l", "-c", script, "bash"] + command, env=env, capture_output=True,
                          text=True, timeout=300)


def speaking(report):
    return {r["check"] for r in report["results"] if r["severity"] in ("warning", "error")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    bindir = os.path.dirname(binary)
    if not os.access("/usr/bin/go", os.X_OK):
        sys.exit("/usr/bin/go is needed (golang-go)")
    failures = []

    def check(cond, what):
        print(("ok   " if cond else "FAIL ") + what)
        if not cond:
            failures.append(what)

    with tempfile.TemporaryDirectory() as tmp:
        home = os.path.join(tmp, "home with space")
        os.makedirs(os.path.join(home, ".config", "go"))
        with open(os.path.join(home, ".profile"), "w") as f:
            f.write("# ~/.profile\nexport GOROOT=/usr/local/go-1.17-gone\n")
        with open(os.path.join(home, ".config", "go", "env"), "w") as f:
            f.write("GO111MODULE=off\n")
        original = tree_state(home)

        before = login(home, bindir, [binary, "--json", "--only", CHECKS])
        report = json.loads(before.stdout)
        check({"goroot.mismatch", "modules.disabled"} <= speaking(report),
              "the first scan finds the stale GOROOT and modules off: %s" % sorted(speaking(report)))

        script = os.path.join(tmp, "go-env-doctor-fix.sh")
        made = login(home, bindir, [binary, "--fix-script", script, "--only", CHECKS])
        check(made.returncode == 1 and os.access(script, os.X_OK),
              "--fix-script writes an executable script (exit 1: there are errors): %s" % made.stderr.strip())
        text = open(script).read()
        check("fix.remove-goroot-export" in text and "fix.goenv-unset" in text, "the script has both fixes")
        sc = subprocess.run(["shellcheck", script], capture_output=True, text=True)
        check(sc.returncode == 0 and sc.stdout == "", "shellcheck has nothing to say" + sc.stdout)

        dry = login(home, bindir, ["bash", script, "--dry-run"])
        check(dry.returncode == 0 and "would run: GOENV=" in dry.stdout and "would change" in dry.stdout,
              "--dry-run says what it would do")
        check(tree_state(home) == original, "--dry-run changes nothing")

        first = login(home, bindir, ["bash", script])
        check(first.returncode == 0, "the script runs on the machine and user it was made for: " + first.stderr)
        check("ran: go env -u GO111MODULE" in first.stdout, "the real go removed GO111MODULE (go env -u)")
        check("Checking again with go-env-doctor:" in first.stdout, "it ends by checking again with the doctor")
        fixed = tree_state(home)
        check(fixed != original, "the files changed")

        after = json.loads(login(home, bindir, [binary, "--json", "--only", CHECKS]).stdout)
        check(not ({"goroot.mismatch", "modules.disabled"} & speaking(after)),
              "scan again: both findings are gone: %s" % sorted(speaking(after)))

        second = login(home, bindir, ["bash", script])
        check(second.returncode == 0 and "Nothing needed changing." in second.stdout, "a second run has nothing to do")
        check(tree_state(home) == fixed, "a second run changes no byte")

        undo = login(home, bindir, ["bash", script, "--undo"])
        check(undo.returncode == 0, "--undo runs: " + undo.stderr)
        check(tree_state(home) == original, "--undo restores every file byte for byte")
        again = json.loads(login(home, bindir, [binary, "--json", "--only", CHECKS]).stdout)
        check({"goroot.mismatch", "modules.disabled"} <= speaking(again), "after --undo the findings are back")


    if failures:
        print("%d failure(s)" % len(failures))
        return 1
    print("all passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
