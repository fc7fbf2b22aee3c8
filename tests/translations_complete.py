#!/usr/bin/env python3
"""The committed zh_CN .ts is complete and in step with the sources (issue 3, "Languages").

Run by CTest from the source root:
    python3 tests/translations_complete.py --lupdate /usr/lib/qt6/bin/lupdate \
        --ts translations/go-env-doctor_zh_CN.ts --sources app core

--sources are folders; every *.cpp and *.h below them (recursively) is handed to lupdate.
Four sub-checks, each reported with the offending source texts and their contexts:

  (a) finished:      no message in the committed .ts is type="unfinished" or has an empty
                     translation (or an empty numerusform);
  (b) in step:       lupdate (without -no-obsolete) run on a COPY of the .ts in a temp dir finds
                     no string that the sources use but the .ts lacks or leaves unfinished, and
                     marks no committed string type="vanished" / "obsolete" (stale: the code no
                     longer uses it). The committed file is never touched;
  (c) placeholders:  every translation uses the same %1..%99 / %n place markers as its source
                     (%L1 counts as %1; repeating or reordering markers is fine);
  (d) well-formed:   the .ts parses as XML, its root is <TS>, every message has a <source> and a
                     <translation>, and no (context, source, comment) appears twice.

The last line printed is "N passed, M failed" (N + M = 4); the exit status is 1 when anything
failed, 2 for bad usage. Standard library only.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

LUPDATE_TIMEOUT_S = 120
# Qt's place markers: %1..%99 for QString::arg(), %n for tr()'s plural count; %L1 / %Ln are the
# localised forms of the same marker.
PLACEHOLDER_RE = re.compile(r"%L?([1-9][0-9]?|n)")
STALE_TYPES = ("vanished", "obsolete")


class Message:
    """One <message> of a .ts file, flattened."""

    def __init__(self, context, elem):
        self.context = context
        src = elem.find("source")
        self.source = "".join(src.itertext()) if src is not None else None
        com = elem.find("comment")
        self.comment = "".join(com.itertext()) if com is not None else ""
        self.numerus = elem.get("numerus") == "yes"
        tr = elem.find("translation")
        self.has_translation = tr is not None
        self.type = tr.get("type", "") if tr is not None else ""
        # The texts a reader would see: the numerus forms of a plural message, else the
        # translation itself (length variants each count on their own).
        self.texts = []
        if tr is not None:
            forms = tr.findall("numerusform")
            variants = tr.findall("lengthvariant")
            if self.numerus or forms:
                self.texts = ["".join(f.itertext()) for f in forms] or [""]
            elif variants:
                self.texts = ["".join(v.itertext()) for v in variants]
            else:
                self.texts = ["".join(tr.itertext())]

    @property
    def key(self):
        return (self.context, self.source, self.comment)

    @property
    def stale(self):
        return self.type in STALE_TYPES

    def describe(self):
        where = 'context "%s"' % self.context
        if self.comment:
            where += ', comment "%s"' % self.comment
        return '%s: "%s"' % (where, self.source)


def load_ts(path):
    """Returns (messages, problems). Raises ET.ParseError / OSError when unreadable."""
    tree = ET.parse(path)
    root = tree.getroot()
    problems = []
    if root.tag != "TS":
        problems.append("the root element is <%s>, not <TS>" % root.tag)
    messages = []
    for ctx in root.iter("context"):
        name_el = ctx.find("name")
        if name_el is None or not (name_el.text or "").strip():
            problems.append("a <context> has no <name>")
            name = "?"
        else:
            name = name_el.text
        for elem in ctx.findall("message"):
            m = Message(name, elem)
            if m.source is None:
                problems.append('context "%s": a <message> has no <source>' % name)
                continue
            if not m.has_translation:
                problems.append("%s: no <translation> element" % m.describe())
            messages.append(m)
    seen = set()
    for m in messages:
        if m.key in seen:
            problems.append("%s: appears more than once" % m.describe())
        seen.add(m.key)
    return messages, problems


def is_unfinished(m):
    return (not m.stale) and (m.type == "unfinished" or any(not t.strip() for t in m.texts))


def placeholders(text):
    return set(PLACEHOLDER_RE.findall(text))


def source_files(folders):
    files = []
    for folder in folders:
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames.sort()
            for f in sorted(filenames):
                if f.endswith((".cpp", ".h")):
                    files.append(os.path.abspath(os.path.join(dirpath, f)))
    return files


def check_finished(messages):
    """(a) Returns the list of offending lines."""
    bad = []
    for m in messages:
        if is_unfinished(m):
            why = 'type="unfinished"' if m.type == "unfinished" else "empty translation"
            if m.numerus and m.type != "unfinished":
                why = "empty numerusform"
            bad.append("%s  [%s]" % (m.describe(), why))
    return bad


def check_in_step(args, committed):
    """(b) Runs lupdate on a copy of the .ts; returns the list of offending lines."""
    bad = []
    files = source_files(args.sources)
    if not files:
        return bad + ["no *.cpp or *.h files below %s" % " ".join(args.sources)]
    with tempfile.TemporaryDirectory(prefix="ged-ts-") as tmp:
        copy = os.path.join(tmp, os.path.basename(args.ts))
        shutil.copyfile(args.ts, copy)
        listfile = os.path.join(tmp, "sources.lst")
        with open(listfile, "w", encoding="utf-8") as f:
            f.write("\n".join(files) + "\n")
        # No -no-obsolete: strings the code dropped must show up as vanished / obsolete.
        cmd = [args.lupdate, "-locations", "none", "@" + listfile, "-ts", copy]
        try:
            proc = subprocess.run(cmd, cwd=tmp, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=LUPDATE_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            return bad + ["lupdate did not finish within %d s" % LUPDATE_TIMEOUT_S]
        except OSError as e:
            return bad + ["could not run %s: %s" % (args.lupdate, e)]
        out = (proc.stdout + proc.stderr).decode("utf-8", "replace").strip()
        if proc.returncode != 0:
            return bad + ["lupdate exited %d:\n      %s"
                          % (proc.returncode, out.replace("\n", "\n      "))]
        # lupdate's warnings (e.g. a tr() it could not attribute to a context) are worth seeing.
        for line in out.splitlines():
            if "warning" in line.lower() or "error" in line.lower():
                print("  lupdate: %s" % line.strip())
        try:
            updated, _ = load_ts(copy)
        except (ET.ParseError, OSError) as e:
            return bad + ["the .ts lupdate wrote cannot be read: %s" % e]

    before = {m.key: m for m in committed}
    after = {m.key: m for m in updated}
    # Stale: committed strings the sources no longer use. lupdate marks them vanished (had a
    # translation) or obsolete (had none) -- or silently drops an unused entry with an empty
    # translation, which is stale all the same.
    for m in committed:
        new = after.get(m.key)
        if new is None:
            bad.append("%s  [in the .ts, but the sources no longer use it]" % m.describe())
        elif new.stale:
            if m.stale:
                why = 'committed as type="%s": the sources no longer use it' % m.type
            else:
                why = 'lupdate marks it type="%s": the sources no longer use it' % new.type
            bad.append("%s  [%s]" % (m.describe(), why))
        elif m.stale:
            bad.append('%s  [committed as type="%s", but the sources use it]'
                       % (m.describe(), m.type))
    # New-but-missing / used-but-untranslated: anything unfinished after the update.
    for m in updated:
        if m.stale or not is_unfinished(m):
            continue
        old = before.get(m.key)
        if old is None:
            why = "used in the sources, missing from the .ts"
        else:
            why = "used in the sources, untranslated in the .ts"
        bad.append("%s  [%s]" % (m.describe(), why))
    return bad


def check_placeholders(messages):
    """(c) Returns the list of offending lines."""
    bad = []
    for m in messages:
        if m.stale:
            continue
        want = placeholders(m.source)
        for t in m.texts:
            if not t.strip():
                continue  # (a) reports it
            got = placeholders(t)
            if got != want:
                fmt = lambda s: " ".join("%" + p for p in sorted(s)) or "none"
                bad.append('%s  [source has %s, translation "%s" has %s]'
                           % (m.describe(), fmt(want), t, fmt(got)))
    return bad


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lupdate", required=True, help="path to Qt 6's lupdate")
    ap.add_argument("--ts", required=True, help="the committed .ts file (never modified)")
    ap.add_argument("--sources", required=True, nargs="+", metavar="DIR",
                    help="folders whose *.cpp and *.h (recursively) hold the strings")
    args = ap.parse_args()
    for d in args.sources:
        if not os.path.isdir(d):
            ap.error("--sources %s is not a folder" % d)
    if not os.path.isfile(args.ts):
        ap.error("--ts %s is not a file" % args.ts)
    if shutil.which(args.lupdate) is None:
        ap.error("--lupdate %s is not an executable" % args.lupdate)

    results = {}  # letter -> (title, list of problems or None when not run)
    try:
        messages, structure = load_ts(args.ts)
    except (ET.ParseError, OSError) as e:
        messages, structure = None, ["%s: %s" % (args.ts, e)]

    titles = {
        "a": "no unfinished or empty translations",
        "b": "in step with the sources (nothing new-but-missing, nothing vanished-but-kept)",
        "c": "placeholders (%1..%99, %n) match their sources",
        "d": "the .ts is well-formed",
    }
    if messages is None:
        not_run = ["not run: the .ts could not be parsed (see d)"]
        results["a"] = results["b"] = results["c"] = not_run
    else:
        results["a"] = check_finished(messages)
        results["b"] = check_in_step(args, messages)
        results["c"] = check_placeholders(messages)
    results["d"] = structure

    passed = failed = 0
    for letter in "abcd":
        problems = results[letter]
        if problems:
            failed += 1
            print("FAIL (%s) %s: %d problem(s)" % (letter, titles[letter], len(problems)))
            for p in problems:
                print("    " + p)
        else:
            passed += 1
            print("PASS (%s) %s" % (letter, titles[letter]))
    if messages is not None:
        print("(%d messages in %s)" % (len(messages), args.ts))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
