#!/usr/bin/env python3
"""Runs a Qt Test executable under an emulator, leaving out the test functions named.

    python3 tests/emulated_qtest.py --emulator /usr/bin/qemu-aarch64-static \
        --leave-out runTrue,runCrash -- build-deb-arm64/tests/tst_systemview [Qt Test options]

CTest uses it in the arm64 cross build (tests/CMakeLists.txt) for the tests that are portable
except for a few functions that start programs or look at this machine: under qemu-aarch64-static
Qt 6.4's QProcess cannot start anything (qemu 7.2 refuses the clone(CLONE_VM|CLONE_VFORK|
CLONE_PIDFD) it uses: "fork failure: Invalid argument"), and this machine's Go is amd64.

Every name to leave out must be one of the executable's test functions (`-functions`), so a
renamed or deleted function cannot leave a stale entry behind; the rest run by name (Qt Test runs
initTestCase and cleanupTestCase around them). The exit status is the test's, 2 for bad usage or
a stale name.
"""

import argparse
import shlex
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--emulator", default="", help="command to run the executable through")
    ap.add_argument("--leave-out", default="", help="comma-separated test function names")
    ap.add_argument("test", nargs=argparse.REMAINDER, help="-- executable [Qt Test options]")
    args = ap.parse_args()
    test = args.test[1:] if args.test[:1] == ["--"] else args.test
    if not test:
        ap.print_usage(sys.stderr)
        return 2
    command = shlex.split(args.emulator) + test[:1]
    leave_out = [n for n in args.leave_out.split(",") if n]

    listing = subprocess.run(command + ["-functions"], stdin=subprocess.DEVNULL,
                             capture_output=True, text=True, timeout=300)
    functions = [line.strip()[:-2] for line in listing.stdout.splitlines()
                 if line.strip().endswith("()")]
    if listing.returncode != 0 or not functions:
        print("%s -functions failed (exit %d):\n%s%s" % (shlex.join(command), listing.returncode,
                                                        listing.stdout, listing.stderr))
        return 2
    stale = [n for n in leave_out if n not in functions]
    if stale:
        print("not test functions of %s (renamed or removed? update tests/CMakeLists.txt): %s"
              % (test[0], ", ".join(stale)))
        return 2
    kept = [f for f in functions if f not in leave_out]
    if not kept:
        print("every test function of %s is left out: label the whole test live instead" % test[0])
        return 2
    if leave_out:
        print("left out under emulation: %s" % ", ".join(leave_out))
    sys.stdout.flush()
    return subprocess.run(command + test[1:] + kept, stdin=subprocess.DEVNULL).returncode


if __name__ == "__main__":
    sys.exit(main())
