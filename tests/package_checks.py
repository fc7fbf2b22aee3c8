#!/usr/bin/env python3
"""Checks the Debian packages and the desktop integration files (issue 7). Builds nothing.

    python3 tests/package_checks.py dist/go-env-doctor_0.1.0_amd64.deb [more .deb ...]
    python3 tests/package_checks.py --sources .        (the source tree's files only: CTest)

For each .deb:
  lintian       `lintian --pedantic --display-info` says nothing but "N:" notes (overrides in
                the package are honoured; each must carry a comment saying why);
  control       Architecture is the one in the file name; Depends has the C and C++ runtime and
                Qt from dpkg-shlibdeps, qt6-qpa-plugins, and every library that Ubuntu 24.04
                renamed in its 64-bit time_t transition as "NAME (V) | NAMEt64 (V)" (the list
                below is kept by hand from the Ubuntu 24.04 archive, independently of
                packaging/Packaging.cmake); Recommends has fonts-wqy-zenhei and
                qt6-translations-l10n; the maintainer, section and homepage are set;
  contents      the program in /usr/bin, the man page, the changelog and DEP-5 copyright, the
                translations, the desktop file and metainfo under the application id, the
                scalable and PNG icons in hicolor (PNG sizes match their folders);
  desktop       desktop-file-validate and `appstreamcli validate --no-net` on the extracted
                files say nothing; the metainfo's launchable is the desktop file, its binary the
                program, its icon name is installed;
  installable   `apt-get install --simulate` of the .deb finds every dependency, when dpkg here
                knows the package's architecture (skipped otherwise, saying so).

--sources DIR checks packaging/go-env-doctor.desktop and the metainfo in the source tree with the
same validators (fast; used by CTest).

Needs dpkg-dev, lintian, desktop-file-utils and appstream (`packaging/deps.sh --check`). The last
line printed is "N passed, M failed"; the exit status is 1 when anything failed, 2 for bad usage.
"""

import argparse
import os
import re
import struct
import subprocess
import sys
import tempfile

APP_ID = "io.github.goenvdoctor.GoEnvDoctor"
PACKAGE = "go-env-doctor"
ICON = "go-env-doctor"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)

# Debian 12 library packages whose Ubuntu 24.04 (noble) names carry the t64 suffix, as checked in
# the noble archive: libqt6core6t64, libqt6gui6t64, libqt6widgets6t64, libqt6network6t64 (all
# 6.4.2+dfsg-21.1build5), libelf1t64 (0.190), libtomlplusplus3t64 (3.4.0). Not renamed:
# libqt6charts6, libqt6svg6, libyaml-0-2, libstdc++6, libgcc-s1, libc6.
T64_RENAMED = {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6network6", "libelf1",
               "libtomlplusplus3"}
# Linked by the program, so dpkg-shlibdeps must have found them.
REQUIRED_DEPENDS = {"libc6", "libstdc++6", "libqt6core6", "libqt6gui6", "libqt6widgets6"}
# Loaded or used at run time, invisible to dpkg-shlibdeps (packaging/README.md).
HAND_DEPENDS = {"qt6-qpa-plugins"}
HAND_RECOMMENDS = {"fonts-wqy-zenhei", "qt6-translations-l10n"}
TOOL_TIMEOUT_S = 600


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def result(self, name, problems, skipped=None):
        if skipped:
            print(f"SKIP {name}: {skipped}")
            return
        if problems:
            self.failed += 1
            print(f"FAIL {name}")
            for p in problems:
                for line in str(p).rstrip().splitlines():
                    print(f"     {line}")
        else:
            self.passed += 1
            print(f"ok   {name}")


def run(cmd, **kw):
    """Runs cmd; returns (exit status, stdout + stderr)."""
    env = dict(os.environ, LC_ALL="C.UTF-8")
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                           env=env, timeout=TOOL_TIMEOUT_S, **kw)
    except FileNotFoundError:
        return 127, f"{cmd[0]} is not installed (packaging/deps.sh --check)"
    return p.returncode, p.stdout


def validate_desktop(path):
    rc, out = run(["desktop-file-validate", path])
    problems = []
    if rc != 0 or out.strip():
        problems.append(f"desktop-file-validate {os.path.basename(path)} (exit {rc}):\n{out}")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    for key in ("Keywords", "Keywords[zh_CN]", "Name[zh_CN]", "Comment[zh_CN]"):
        if not re.search(rf"^{re.escape(key)}=\S", text, re.M):
            problems.append(f"{os.path.basename(path)} has no {key}=")
    icon = re.search(r"^Icon=(.*)$", text, re.M)
    if not icon or icon.group(1).strip() != ICON:
        problems.append(f"{os.path.basename(path)}: Icon= is not {ICON}")
    return problems


def validate_metainfo(path):
    # Errors, warnings and infos all count; pedantic hints are not asked for (the id's capital
    # letters, chosen with the desktop file name, would be one: packaging/README.md).
    rc, out = run(["appstreamcli", "validate", "--no-net", path])
    problems = []
    lines = [l for l in out.splitlines() if re.match(r"^[EWI]: ", l)]
    if rc != 0 or lines:
        problems.append(f"appstreamcli validate {os.path.basename(path)} (exit {rc}):\n{out}")
    with open(path, encoding="utf-8") as f:
        text = f.read()
    expect = {
        "id": f"<id>{APP_ID}</id>",
        "launchable": f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>',
        "binary": f"<binary>{PACKAGE}</binary>",
        "content rating": '<content_rating type="oars-1.1"',
        "license": "<project_license>MIT</project_license>",
        "homepage": '<url type="homepage">https://',
        "Chinese description": '<p xml:lang="zh_CN">',
        "screenshot": "<screenshot type=\"default\">",
        "release": "<release version=",
    }
    for what, needle in expect.items():
        if needle not in text:
            problems.append(f"{os.path.basename(path)} lacks the {what}: {needle}")
    return problems


def check_sources(checks, root):
    desktop = os.path.join(root, "packaging", "go-env-doctor.desktop")
    metainfo = os.path.join(root, "packaging", f"{APP_ID}.metainfo.xml")
    checks.result("desktop file (source) validates", validate_desktop(desktop))
    problems = validate_metainfo(metainfo)
    # Screenshots referenced by the metainfo are files of the repository.
    with open(metainfo, encoding="utf-8") as f:
        for url in re.findall(r"<image[^>]*>([^<]+)</image>", f.read()):
            m = re.search(r"/main/(docs/screenshots/[^/]+\.png)$", url)
            if not m:
                problems.append(f"screenshot {url} is not a docs/screenshots/ file of the repository")
            elif not os.path.isfile(os.path.join(root, m.group(1))):
                problems.append(f"screenshot {m.group(1)} is missing from the source tree")
    checks.result("metainfo (source) validates", problems)
    # The copyright file and the metainfo state the same licence.
    with open(os.path.join(root, "packaging", "copyright"), encoding="utf-8") as f:
        dep5 = f.read()
    lic = [] if re.search(r"^License: MIT$", dep5, re.M) else ["packaging/copyright is not MIT"]
    checks.result("copyright and metainfo agree on the licence", lic)


def parse_relations(field):
    """'a (>= 1) | b, c' -> [[('a', '(>= 1)'), ('b', '')], [('c', '')]]"""
    groups = []
    for group in filter(None, (g.strip() for g in field.split(","))):
        alts = []
        for alt in group.split("|"):
            m = re.match(r"^\s*([a-z0-9][a-z0-9.+-]*)(?::[a-z0-9]+)?\s*(\([^)]*\))?\s*$", alt)
            alts.append((m.group(1), m.group(2) or "") if m else (alt.strip(), "?"))
        groups.append(alts)
    return groups


def control_field(deb, name):
    rc, out = run(["dpkg-deb", "-f", deb, name])
    return out.strip() if rc == 0 else ""


def check_control(deb, arch):
    problems = []
    got_arch = control_field(deb, "Architecture")
    if got_arch != arch:
        problems.append(f"Architecture is {got_arch!r}, the file name says {arch!r}")
    if control_field(deb, "Package") != PACKAGE:
        problems.append(f"Package is not {PACKAGE}")
    for field in ("Maintainer", "Section", "Priority", "Homepage", "Description"):
        if not control_field(deb, field):
            problems.append(f"no {field} field")
    depends = parse_relations(control_field(deb, "Depends"))
    firsts = {g[0][0] for g in depends}
    for name in sorted(REQUIRED_DEPENDS | HAND_DEPENDS):
        if name not in firsts:
            problems.append(f"Depends lacks {name}")
    for group in depends:
        name, version = group[0]
        if version == "?":
            problems.append(f"cannot read the Depends entry {name!r}")
        if name in T64_RENAMED:
            want = [(name, version), (name + "t64", version)]
            if group != want:
                shown = " | ".join(f"{n} {v}".strip() for n, v in group)
                problems.append(f"Depends has {shown!r}, not '{name} {version} | {name}t64 {version}'"
                                " (Ubuntu 24.04's name)")
        elif len(group) > 1:
            problems.append(f"unexpected alternative in Depends: {group}")
        if name.endswith("t64"):
            problems.append(f"{name} comes first: Debian 12 has no such package")
    recommends = {g[0][0] for g in parse_relations(control_field(deb, "Recommends"))}
    for name in sorted(HAND_RECOMMENDS - recommends):
        problems.append(f"Recommends lacks {name}")
    return problems


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return struct.unpack(">II", head[16:24])


def check_contents(root):
    usr = os.path.join(root, "usr")
    share = os.path.join(usr, "share")
    problems = []
    want = [
        os.path.join(usr, "bin", PACKAGE),
        os.path.join(share, "man", "man1", f"{PACKAGE}.1.gz"),
        os.path.join(share, "doc", PACKAGE, "changelog.gz"),
        os.path.join(share, "doc", PACKAGE, "copyright"),
        os.path.join(share, PACKAGE, "translations", f"{PACKAGE}_zh_CN.qm"),
        os.path.join(share, "applications", f"{APP_ID}.desktop"),
        os.path.join(share, "metainfo", f"{APP_ID}.metainfo.xml"),
        os.path.join(share, "icons", "hicolor", "scalable", "apps", f"{ICON}.svg"),
    ]
    for path in want:
        if not os.path.isfile(path):
            problems.append(f"missing {os.path.relpath(path, root)}")
    for size in PNG_SIZES:
        path = os.path.join(share, "icons", "hicolor", f"{size}x{size}", "apps", f"{ICON}.png")
        if not os.path.isfile(path):
            problems.append(f"missing {os.path.relpath(path, root)}")
        elif png_size(path) != (size, size):
            problems.append(f"{os.path.relpath(path, root)} is {png_size(path)}, not {size}x{size}")
    binary = os.path.join(usr, "bin", PACKAGE)
    if os.path.isfile(binary) and not os.access(binary, os.X_OK):
        problems.append(f"/usr/bin/{PACKAGE} is not executable")
    return problems


def check_installable(deb, arch):
    known = {run(["dpkg", "--print-architecture"])[1].strip()}
    known |= set(run(["dpkg", "--print-foreign-architectures"])[1].split())
    if arch not in known:
        return None, f"dpkg here does not know {arch} (dpkg --add-architecture {arch})"
    rc, out = run(["apt-get", "install", "--simulate", "--no-install-recommends",
                   os.path.abspath(deb)])
    if rc != 0:
        return [f"apt-get install --simulate failed (exit {rc}):\n{out[-3000:]}"], None
    return [], None


def check_deb(checks, deb):
    name = os.path.basename(deb)
    m = re.match(rf"^{re.escape(PACKAGE)}_([^_]+)_([a-z0-9]+)\.deb$", name)
    if not m:
        checks.result(f"{name}: file name is {PACKAGE}_VERSION_ARCH.deb", [f"unexpected name {name}"])
        return
    arch = m.group(2)

    rc, out = run(["lintian", "--pedantic", "--display-info", "--tag-display-limit", "0", deb])
    # Tags only: "N:" notes and lintian's remark about running as root (CI is root) are not.
    noise = [l for l in out.splitlines() if l.strip() and not l.startswith("N: ")
             and l.strip() != "running with root privileges is not recommended!"]
    checks.result(f"{name}: lintian --pedantic --display-info is silent",
                  [f"lintian (exit {rc}):\n" + "\n".join(noise)] if rc != 0 or noise else [])

    checks.result(f"{name}: control fields (Architecture {arch}, Depends, Recommends)",
                  check_control(deb, arch))

    with tempfile.TemporaryDirectory(prefix="ged-deb-") as root:
        rc, out = run(["dpkg-deb", "-x", deb, root])
        if rc != 0:
            checks.result(f"{name}: extracts", [out])
            return
        checks.result(f"{name}: contents", check_contents(root))
        apps = os.path.join(root, "usr", "share", "applications", f"{APP_ID}.desktop")
        meta = os.path.join(root, "usr", "share", "metainfo", f"{APP_ID}.metainfo.xml")
        problems = validate_desktop(apps) if os.path.isfile(apps) else [f"no {APP_ID}.desktop"]
        checks.result(f"{name}: installed desktop file validates", problems)
        problems = validate_metainfo(meta) if os.path.isfile(meta) else ["no metainfo"]
        checks.result(f"{name}: installed metainfo validates", problems)

    problems, skipped = check_installable(deb, arch)
    checks.result(f"{name}: apt-get finds every dependency", problems, skipped)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("debs", nargs="*", help="go-env-doctor_VERSION_ARCH.deb files")
    ap.add_argument("--sources", metavar="DIR", help="check the source tree's desktop files")
    args = ap.parse_args()
    if not args.debs and not args.sources:
        ap.print_usage(sys.stderr)
        return 2
    checks = Checks()
    if args.sources:
        check_sources(checks, args.sources)
    for deb in args.debs:
        if not os.path.isfile(deb):
            checks.result(f"{deb} exists", [f"no such file: {deb}"])
            continue
        check_deb(checks, deb)
    print(f"{checks.passed} passed, {checks.failed} failed")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
