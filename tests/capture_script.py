#!/usr/bin/env python3
"""Tests of the standalone capture script, packaging/go-env-doctor-capture.sh.

Run by CTest:
    python3 tests/capture_script.py --binary PATH/go-env-doctor \
        --script packaging/go-env-doctor-capture.sh

The script is for servers the app cannot be installed on: it must write the same snapshot as
`go-env-doctor --capture` (docs/snapshot-format.md, "Capturing"). The cases: it is clean POSIX
sh (shellcheck, dash -n); its snapshot of this machine is well formed and the app reads it; a
hostile home leaks no secret and runs nothing; a `go` that never answers is stopped by the
timeouts; and, run beside `go-env-doctor --capture` with the same environment (this machine,
throwaway homes of several kinds, a normal user, and as root a fake system made of bind mounts in a
private mount namespace), both write the same files, the same commands and lead to the same
findings.

Each case raises Failure (or Skip) with what was expected and what came. The last line printed is
"N passed, M failed"; the exit status is 1 when anything failed. Needs python3, dash, shellcheck,
tar and gzip.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import traceback

SCRIPT_TIMEOUT_S = 120
APP_TIMEOUT_S = 120
# The script's own timeouts (go env 20 s, go version 10 s, login shell 10 s, run at the same time)
# plus the kill grace: a capture with a `go` that never answers ends well within this.
HANGING_GO_LIMIT_S = 45


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
# Running things

class Run:
    def __init__(self, argv, returncode, stdout, stderr, seconds):
        self.argv, self.returncode, self.stdout, self.stderr = argv, returncode, stdout, stderr
        self.seconds = seconds

    def describe(self):
        return "command: %s\n    exit: %s after %.1f s\n    stdout: %s\n    stderr: %s" % (
            " ".join(self.argv), self.returncode, self.seconds, clip(self.stdout.strip(), 600) or "(empty)",
            clip(self.stderr.strip(), 800) or "(empty)")


def run(argv, env=None, cwd=None, timeout=SCRIPT_TIMEOUT_S):
    start = time.monotonic()
    try:
        p = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, env=env, cwd=cwd, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise Failure("did not finish within %d s: %s" % (timeout, " ".join(argv)))
    except OSError as e:
        raise Failure("could not start %s: %s" % (argv[0], e))
    return Run(argv, p.returncode, p.stdout.decode("utf-8", "replace"),
               p.stderr.decode("utf-8", "replace"), time.monotonic() - start)


def base_env(home, path, extra=None):
    """A small, fixed environment: both capturers are given exactly this."""
    env = {
        "HOME": home,
        "USER": "root" if os.geteuid() == 0 else os.environ.get("USER", "user"),
        "LOGNAME": "root" if os.geteuid() == 0 else os.environ.get("USER", "user"),
        "SHELL": "/bin/bash",
        "PATH": path,
        "LANG": "C.UTF-8",
        "TERM": "dumb",
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.update(extra or {})
    return env


def capture_script(out, env=None, cwd=None, timeout=SCRIPT_TIMEOUT_S):
    r = run(["dash", OPTS.script, out], env=env, cwd=cwd, timeout=timeout)
    expect(r.returncode == 0, "the script exits 0", "0", r.describe())
    expect(os.path.isfile(out), "the script wrote the archive", out, r.describe())
    return r


def capture_app(out, env, cwd):
    r = run([OPTS.binary, "--capture", out], env=env, cwd=cwd, timeout=APP_TIMEOUT_S)
    text = (r.stdout + r.stderr).lower()
    if r.returncode == 2 and ("not supported" in text or "unknown option" in text or "--capture" in text):
        raise Skip("this go-env-doctor has no --capture yet (%s); the script is checked against "
                   "the documented rules only" % (r.stderr.strip() or r.stdout.strip()))
    expect(r.returncode == 0, "go-env-doctor --capture exits 0", "0", r.describe())
    expect(os.path.isfile(out), "go-env-doctor --capture wrote the archive", out, r.describe())
    return r


def scan_snapshot(archive, env=None):
    env = dict(env or os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    r = run([OPTS.binary, "--json", "--snapshot", archive], env=env, timeout=APP_TIMEOUT_S)
    expect(r.returncode in (0, 1), "go-env-doctor --json --snapshot reads the archive (exit 0 or 1, not 2)",
           "0 or 1", r.describe())
    try:
        report = json.loads(r.stdout)
    except ValueError as e:
        raise Failure("the report is not JSON (%s)\n    %s" % (e, r.describe()))
    return report


def findings(report):
    return {x["check"]: x["severity"] for x in report.get("results", [])}


# ---------------------------------------------------------------------------------------------
# Reading an archive (never extracted by Python: the entries are read as they are)

class Snapshot:
    def __init__(self, archive):
        self.archive = archive
        self.tops = set()
        self.entries = {}  # "/etc/profile" -> ("file", exec, bytes) | ("dir",) | ("link", target)
        self.json = None
        self.raw = []  # every member's name and bytes, to search for secrets
        with tarfile.open(archive, "r:gz") as t:
            for m in t.getmembers():
                name = m.name[2:] if m.name.startswith("./") else m.name
                parts = [p for p in name.split("/") if p]
                if not parts:
                    continue
                self.tops.add(parts[0])
                data = t.extractfile(m).read() if m.isfile() else b""
                self.raw.append((m.name, data, m.linkname if m.issym() else ""))
                if len(parts) == 2 and parts[1] == "snapshot.json" and m.isfile():
                    self.json = json.loads(data.decode("utf-8"))
                    continue
                if len(parts) < 2 or parts[1] != "root":
                    continue
                path = "/" + "/".join(parts[2:])
                if m.isdir():
                    self.entries[path] = ("dir",)
                elif m.issym():
                    self.entries[path] = ("link", m.linkname)
                elif m.isfile():
                    self.entries[path] = ("file", bool(m.mode & 0o111), data)
                else:
                    self.entries[path] = ("other", m.type)
                if m.uid != 0 or m.gid != 0:
                    raise Failure("%s: entry %s is not owned by 0:0 (uid %d, gid %d)"
                                  % (archive, m.name, m.uid, m.gid))

    def resolve(self, path, depth=0):
        """Follows links inside root/ like SystemView::resolve; returns the entry or None."""
        parts = [p for p in path.split("/") if p and p != "."]
        cur = []
        i = 0
        while i < len(parts):
            p = parts[i]
            i += 1
            if p == "..":
                cur = cur[:-1]
                continue
            cand = "/" + "/".join(cur + [p])
            e = self.entries.get(cand)
            if e is None:
                return None
            if e[0] == "link":
                if depth > 40:
                    return None
                target = e[1]
                rest = parts[i:]
                if target.startswith("/"):
                    cur = []
                parts = [q for q in target.split("/") if q and q != "."] + rest
                i = 0
                depth += 1
                continue
            cur.append(p)
        final = "/" + "/".join(cur)
        return self.entries.get(final, ("dir",) if final == "/" else None)

    def commands(self):
        return [c.get("argv") for c in self.json.get("commands", [])]

    def command(self, argv):
        for c in self.json.get("commands", []):
            if c.get("argv") == argv:
                return c
        return None


def describe_entry(e):
    if e is None:
        return "absent"
    if e[0] == "file":
        return "file%s (%d bytes)" % (" +x" if e[1] else "", len(e[2]))
    if e[0] == "link":
        return "link -> %s" % e[1]
    return e[0]


# ---------------------------------------------------------------------------------------------
# Throwaway homes

def write(path, text, mode=0o644):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(path, mode)


FAKE_GO = r"""#!/bin/sh
# A stand-in for go: answers `go env -json` and `go version` from its own tree.
root=$(cd "$(dirname "$0")/.." && pwd -P)
case "$1" in
env)
    cat <<EOF
{
	"GOBIN": "",
	"GOENV": "${XDG_CONFIG_HOME:-$HOME/.config}/go/env",
	"GOFLAGS": "",
	"GOPATH": "${GOPATH:-$HOME/go}",
	"GOPROXY": "https://proxy.golang.org,direct",
	"GOROOT": "$root",
	"GOTOOLCHAIN": "${GOTOOLCHAIN:-}",
	"GOVERSION": "VERSIONWORD"
}
EOF
    ;;
version) echo "go version VERSIONWORD linux/amd64" ;;
*) echo "fake go: $*" >&2; exit 2 ;;
esac
"""


def make_go_tree(root, version):
    write(os.path.join(root, "VERSION"), "%s\ntime 2024-01-01T00:00:00Z\n" % version)
    write(os.path.join(root, "bin", "go"), FAKE_GO.replace("VERSIONWORD", version), 0o755)
    os.makedirs(os.path.join(root, "pkg", "tool", "linux_amd64"), exist_ok=True)
    os.makedirs(os.path.join(root, "src"), exist_ok=True)


SKEL_PROFILE = r"""# ~/.profile: executed by the command interpreter for login shells.
if [ -n "$BASH_VERSION" ]; then
    if [ -f "$HOME/.bashrc" ]; then
	. "$HOME/.bashrc"
    fi
fi
if [ -d "$HOME/bin" ] ; then
    PATH="$HOME/bin:$PATH"
fi
if [ -d "$HOME/.local/bin" ] ; then
    PATH="$HOME/.local/bin:$PATH"
fi
"""

SKEL_BASHRC = r"""# ~/.bashrc: executed by bash(1) for non-login shells.
case $- in
    *i*) ;;
      *) return;;
esac
HISTCONTROL=ignoreboth
shopt -s histappend
[ -x /usr/bin/lesspipe ] && eval "$(SHELL=/bin/sh lesspipe)"
if [ -f ~/.bash_aliases ]; then
    . ~/.bash_aliases
fi
if ! shopt -oq posix; then
  if [ -f /usr/share/bash-completion/bash_completion ]; then
    . /usr/share/bash-completion/bash_completion
  elif [ -f /etc/bash_completion ]; then
    . /etc/bash_completion
  fi
fi
"""


def make_rich_home(base):
    """A developer's home with Go in most of the places the analysis looks (all inside base)."""
    home = os.path.join(base, "home dir", "alice")
    make_go_tree(os.path.join(home, "sdk", "go1.22.1"), "go1.22.1")
    make_go_tree(os.path.join(home, "sdk", "go1.21.9"), "go1.21.9")
    os.symlink("go1.22.1", os.path.join(home, "sdk", "current"))
    make_go_tree(os.path.join(home, "go", "pkg", "mod", "golang.org",
                              "toolchain@v0.0.1-go1.23.0.linux-amd64"), "go1.23.0")
    make_go_tree(os.path.join(home, ".asdf", "installs", "golang", "1.20.1", "go"), "go1.20.1")
    os.makedirs(os.path.join(home, ".goenv", "versions", "1.19.2"))  # not a Go tree: skipped
    os.makedirs(os.path.join(home, "bin"))
    os.symlink("../sdk/current/bin/go", os.path.join(home, "bin", "go"))
    os.makedirs(os.path.join(home, "go", "bin"))
    write(os.path.join(home, "go", "bin", "gopls"), "#!/bin/sh\n", 0o755)
    os.makedirs(os.path.join(home, ".local", "bin"))
    os.makedirs(os.path.join(home, "empty path dir"))
    os.makedirs(os.path.join(home, "project"))
    write(os.path.join(home, "project", "go.mod"), "module example.com/p\n\ngo 1.22\n")
    write(os.path.join(home, ".profile"), SKEL_PROFILE + (
        'export GOPATH="$HOME/go"\n'
        'GOROOT_HINT=$HOME/sdk/go1.21.9\n'
        'export PATH="$PATH:$GOROOT_HINT/bin:$GOPATH/bin"\n'
        '[ -d /usr/local/go/bin ] && PATH=$PATH:/usr/local/go/bin\n'
        '. "$HOME/.profile.d/go.sh"\n'))
    write(os.path.join(home, ".profile.d", "go.sh"), 'export PATH="$HOME/.cargo/bin:$PATH"\n')
    write(os.path.join(home, ".bashrc"), SKEL_BASHRC + (
        'export GITHUB_TOKEN=ghp_exampletokenvalue123\n'
        'export GOPROXY=https://builder:hunter2secret@proxy.example.com/go\n'
        'export GOFLAGS=-mod=mod\n'))
    write(os.path.join(home, ".bash_aliases"), "alias ll='ls -l'\nexport PATH=~/aliasbin:$PATH\n")
    write(os.path.join(home, ".zshrc"), "path=(~/zbin $path)\nexport GO111MODULE=on\n")
    write(os.path.join(home, ".config", "fish", "config.fish"), "fish_add_path ~/fbin\nset -gx GOPATH ~/go\n")
    write(os.path.join(home, ".config", "fish", "conf.d", "go.fish"), "set -gx PATH ~/fishgo/bin $PATH\n")
    write(os.path.join(home, ".config", "environment.d", "60-go.conf"),
          "PATH=$HOME/envd/bin:$PATH\nGOPATH=$HOME/go\n")
    write(os.path.join(home, ".config", "go", "env"),
          "GOFLAGS=-mod=mod\nGOPRIVATE=example.com\nGONOSUMDB_TOKEN=abc123secret\n")
    write(os.path.join(home, ".config", "systemd", "user.conf"), "[Manager]\nDefaultLimitNOFILE=4096\n")
    path = ":".join([
        os.path.join(home, "bin"),
        "~/tildebin",
        "",
        "relative/bin",
        os.path.join(home, "sdk", "go1.22.1", "bin") + "/",
        os.path.join(home, "empty path dir"),
        os.path.join(home, "missing"),
        "/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin",
        os.path.join(home, "bin"),
    ])
    return home, path


# ---------------------------------------------------------------------------------------------
# Cases

def case_lint():
    if not shutil.which("shellcheck"):
        raise Skip("shellcheck is not installed")
    r = run(["shellcheck", "-s", "sh", OPTS.script])
    expect(r.returncode == 0 and not r.stdout.strip() and not r.stderr.strip(),
           "shellcheck -s sh has nothing to say", "no output, exit 0", r.describe())
    r = run(["dash", "-n", OPTS.script])
    expect(r.returncode == 0 and not r.stdout.strip() and not r.stderr.strip(),
           "dash -n parses the script", "no output, exit 0", r.describe())
    with open(OPTS.script, "rb") as f:
        first = f.readline()
    expect(first == b"#!/bin/sh\n", "the script starts with #!/bin/sh", "#!/bin/sh", first)
    expect(os.access(OPTS.script, os.X_OK), "the script is executable", "mode +x",
           oct(os.stat(OPTS.script).st_mode))


def case_usage():
    r = run(["dash", OPTS.script, "--help"])
    expect(r.returncode == 0 and "OUT.tar.gz" in r.stdout, "--help prints the usage", "exit 0, usage",
           r.describe())
    r = run(["dash", OPTS.script, "--version"])
    app = run([OPTS.binary, "--version"], env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    version = app.stdout.split()[-1] if app.stdout.split() else "?"
    expect(r.returncode == 0 and r.stdout.strip() == "go-env-doctor-capture %s" % version,
           "--version names the script and the app's version", "go-env-doctor-capture %s" % version,
           r.describe())
    with tempfile.TemporaryDirectory() as tmp:
        for bad in ([], ["a", "b"], [os.path.join(tmp, "out.zip")], ["--bogus", "x.tar.gz"],
                    [os.path.join(tmp, "missing", "out.tar.gz")]):
            r = run(["dash", OPTS.script] + bad)
            expect(r.returncode == 2, "a wrong command line is refused with exit 2", "2", r.describe())
        expect(os.listdir(tmp) == [], "nothing was written for a refused command line", "[]", os.listdir(tmp))


def check_layout(archive, name):
    """The archive is what snapshot-format.md says; returns the Snapshot."""
    with tempfile.TemporaryDirectory() as tmp:
        r = run(["tar", "-xzf", archive, "-C", tmp])
        expect(r.returncode == 0, "tar unpacks the archive", "exit 0", r.describe())
        tops = os.listdir(tmp)
        expect(tops == [name], "one top folder named after the file", [name], tops)
        inside = sorted(os.listdir(os.path.join(tmp, name)))
        expect(inside == ["root", "snapshot.json"], "the top folder holds snapshot.json and root/",
               ["root", "snapshot.json"], inside)
    snap = Snapshot(archive)
    j = snap.json
    expect(isinstance(j, dict), "snapshot.json is a JSON object", "an object", type(j).__name__)
    for key in ("format", "version", "captured", "capture", "host", "user", "process", "commands"):
        expect(key in j, "snapshot.json has the key %r" % key, key, sorted(j))
    expect(j["format"] == "go-env-doctor-snapshot" and j["version"] == 1, "format and version",
           "go-env-doctor-snapshot 1", (j["format"], j["version"]))
    expect(j["capture"].get("tool") == "go-env-doctor-capture", "capture.tool names the script",
           "go-env-doctor-capture", j["capture"])
    for key in ("cwd", "env", "rlimits", "rlimits_hard"):
        expect(key in j["process"], "process.%s is there" % key, key, sorted(j["process"]))
    for limit in ("as", "core", "cpu", "data", "fsize", "memlock", "nofile", "nproc", "stack"):
        v = j["process"]["rlimits"].get(limit)
        expect(v == "unlimited" or (isinstance(v, int) and v >= 0), "rlimits.%s is a number or unlimited"
               % limit, "a number or \"unlimited\"", v)
    for c in j["commands"]:
        expect(isinstance(c.get("argv"), list) and all(isinstance(a, str) for a in c["argv"]),
               "a command's argv is a list of strings", "strings", c.get("argv"))
        expect(isinstance(c.get("exit"), int) and isinstance(c.get("stdout"), str)
               and isinstance(c.get("stderr"), str), "a command has exit, stdout and stderr",
               "exit, stdout, stderr", sorted(c))
    for path, e in snap.entries.items():
        expect(e[0] in ("file", "dir", "link"), "root/ holds only files, folders and links",
               "file, dir or link", "%s: %s" % (path, e))
    return snap


def case_this_machine():
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "this-machine.tar.gz")
        env = dict(os.environ)
        r = capture_script(out, env=env, cwd=tmp)
        expect("files" in r.stdout and "commands" in r.stdout, "a summary is printed",
               "files, commands, size", r.describe())
        snap = check_layout(out, "this-machine")
        for f in ("/proc/self/cgroup", "/proc/self/mountinfo"):
            e = snap.entries.get(f)
            expect(e is not None and e[0] == "file" and len(e[2]) > 0, "%s is stored, not empty" % f,
                   "a non-empty file", describe_entry(e))
        expect(snap.entries.get("/proc/self") == ("dir",), "/proc/self is a folder", "dir",
               describe_entry(snap.entries.get("/proc/self")))
        for folder in os.environ.get("PATH", "").split(":"):
            if not folder.startswith("/") or not os.path.isdir(folder):
                continue
            e = snap.resolve(folder)
            expect(e is not None and e[0] == "dir", "the PATH folder %s is in root/" % folder, "a folder",
                   describe_entry(e))
        expect(snap.json["process"]["env"].get("PATH") == os.environ.get("PATH"),
               "process.env.PATH is this environment's PATH", os.environ.get("PATH"),
               snap.json["process"]["env"].get("PATH"))
        expect(snap.json["process"]["cwd"] == os.path.realpath(tmp), "process.cwd is where it ran",
               os.path.realpath(tmp), snap.json["process"]["cwd"])
        go = shutil.which("go")
        if go:
            argv = [os.path.normpath(go), "env", "-json"]
            c = snap.command(argv)
            expect(c is not None and c["exit"] == 0 and json.loads(c["stdout"]).get("GOROOT"),
                   "`go env -json` of the go on PATH was captured", argv, snap.commands())
        # The app reads it, and finds what it finds on this machine live.
        snapshot_report = scan_snapshot(out, env)
        live = run([OPTS.binary, "--json"], env=dict(env, QT_QPA_PLATFORM="offscreen"), cwd=tmp,
                   timeout=APP_TIMEOUT_S)
        expect(live.returncode in (0, 1), "a live scan runs", "0 or 1", live.describe())
        a, b = findings(snapshot_report), findings(json.loads(live.stdout))
        expect(len(a) > 10, "the snapshot's report has results", "more than 10", len(a))
        diff = {k: (a.get(k), b.get(k)) for k in set(a) | set(b) if a.get(k) != b.get(k)}
        expect(not diff, "the snapshot's findings are the live scan's (check: snapshot, live)", "{}", diff)
        return "%d entries, %d checks" % (len(snap.entries), len(a))


def case_hostile_home():
    with tempfile.TemporaryDirectory() as tmp:
        home = os.path.join(tmp, "home")
        secrets = ["abc123", "secretpw", "machine-password-42", "OPENSSH PRIVATE", "ssh-key-body",
                   "aws-secret-key-9", "super-private-key-text"]
        write(os.path.join(home, ".netrc"), "machine example.com login u password machine-password-42\n", 0o600)
        write(os.path.join(home, ".ssh", "id_ed25519"),
              "-----BEGIN OPENSSH PRIVATE KEY-----\nssh-key-body\n-----END OPENSSH PRIVATE KEY-----\n", 0o600)
        write(os.path.join(home, ".aws", "credentials"), "[default]\naws_secret_access_key=aws-secret-key-9\n")
        write(os.path.join(home, ".bashrc"),
              "export GITHUB_TOKEN=abc123\nexport GOPROXY=https://u:secretpw@proxy.example\n")
        # A start-up file the analysis reads that holds a private key: withheld whole.
        write(os.path.join(home, ".zshrc"), "-----BEGIN RSA PRIVATE KEY-----\nsuper-private-key-text\n")
        # Names are bytes to be stored, never words to be run: `$(...)` and backquotes (relative:
        # a name holds no slash), a newline, quotes.
        odd = "go$(touch PWNED)\nweird 'quote\" `touch PWNED`"
        make_go_tree(os.path.join(home, "sdk", odd), "go1.22.0")
        write(os.path.join(home, ".config", "environment.d", odd + ".conf"), "GOFLAGS=-v\n")
        write(os.path.join(home, odd), "x\n")
        os.symlink("loop", os.path.join(home, "loop"))
        bindir = os.path.join(home, "b $(touch PWNED)")
        os.makedirs(bindir)
        os.symlink(os.path.join(home, "loop"), os.path.join(bindir, "go"))
        path = bindir + ":/usr/bin:/bin"
        env = base_env(home, path)
        out = os.path.join(tmp, "hostile.tar.gz")
        capture_script(out, env=env, cwd=home)
        for where in (home, tmp, os.getcwd()):
            expect(not os.path.exists(os.path.join(where, "PWNED")), "nothing in a file name was executed",
                   "no PWNED in %s" % where, "it exists")
        snap = check_layout(out, "hostile")
        for name, data, target in snap.raw:
            for s in secrets:
                expect(s.encode() not in data and s not in name and s not in target,
                       "the secret %r is nowhere in the archive" % s, "absent", "in %s" % name)
        blob = json.dumps(snap.json)
        for s in secrets:
            expect(s not in blob, "the secret %r is not in snapshot.json" % s, "absent", clip(blob))
        for path in snap.entries:
            parts = path.split("/")
            expect(not any(p in (".netrc", ".ssh", ".aws") for p in parts),
                   "credentials are not captured, not even by name", "no .netrc, .ssh, .aws", path)
        expect(home + "/.zshrc" not in snap.entries, "a file holding a private key is withheld", "absent",
               describe_entry(snap.entries.get(home + "/.zshrc")))
        bashrc = snap.entries.get(home + "/.bashrc")
        expect(bashrc is not None and b"GITHUB_TOKEN=***" in bashrc[2] and b"https://u:***@proxy" in bashrc[2],
               ".bashrc is stored redacted", "GITHUB_TOKEN=*** and https://u:***@", describe_entry(bashrc))
        odd_tree = snap.entries.get(home + "/sdk/" + odd + "/VERSION")
        expect(odd_tree is not None, "a Go tree with an odd name is captured like any other", "its VERSION",
               sorted(p for p in snap.entries if "/sdk/" in p))
        expect(snap.entries.get(bindir + "/go") == ("link", os.path.join(home, "loop")),
               "a link on PATH is stored as a link, its target verbatim", "link", describe_entry(
                   snap.entries.get(bindir + "/go")))
        # The app reads it (the odd names and the link loop included).
        scan_snapshot(out)


def case_hanging_go():
    with tempfile.TemporaryDirectory() as tmp:
        home = os.path.join(tmp, "home")
        os.makedirs(home)
        bindir = os.path.join(tmp, "hang", "bin")
        write(os.path.join(bindir, "go"), "#!/bin/sh\nexec sleep 1000\n", 0o755)
        env = base_env(home, bindir + ":/usr/bin:/bin")
        out = os.path.join(tmp, "hang.tar.gz")
        r = capture_script(out, env=env, cwd=home, timeout=HANGING_GO_LIMIT_S + 30)
        expect(r.seconds < HANGING_GO_LIMIT_S, "the script ends within its timeouts",
               "under %d s" % HANGING_GO_LIMIT_S, "%.1f s" % r.seconds)
        snap = Snapshot(out)
        for argv in ([bindir + "/go", "env", "-json"], [bindir + "/go", "version"]):
            c = snap.command(argv)
            expect(c is not None and c.get("timeout") is True, "%s is recorded as timed out" % " ".join(argv),
                   '"timeout": true', c)
        login = snap.command(["/bin/bash", "-l", "-i", "-c", "env"])
        expect(login is not None and login["exit"] == 0 and "HOME=%s" % home in login["stdout"],
               "the login shell ran with a fresh environment", "exit 0, HOME=%s" % home, login)
        report = scan_snapshot(out)
        expect(any(x["check"].startswith("go.") for x in report.get("results", [])),
               "the app reads a snapshot with timed-out commands", "go.* results", findings(report))
        return "%.1f s" % r.seconds


def case_normal_user():
    if os.geteuid() != 0:
        return "running as a normal user already"
    setpriv = shutil.which("setpriv")
    if not setpriv:
        raise Skip("setpriv is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o777)
        home = os.path.join(tmp, "home")
        os.makedirs(home)
        os.chown(home, 65534, 65534)
        out = os.path.join(tmp, "nobody.tar.gz")
        env = base_env(home, "/usr/local/bin:/usr/bin:/bin")
        env.update(USER="nobody", LOGNAME="nobody")
        r = run([setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "dash", OPTS.script, out],
                env=env, cwd=home)
        expect(r.returncode == 0, "the script runs as a normal user", "exit 0", r.describe())
        snap = check_layout(out, "nobody")
        expect(snap.json["user"]["uid"] == 65534, "user.uid is the user's", 65534, snap.json["user"])
        scan_snapshot(out)


# ---------------------------------------------------------------------------------------------
# The comparison with go-env-doctor --capture

# Files whose values change between two reads (cgroup counters, memory figures): compared by
# presence, not contents.
VOLATILE_PREFIXES = ("/proc/", "/sys/")


def compare(app, script):
    """Differences between two snapshots of one machine; [] when they are the same."""
    out = []
    for path in sorted(set(app.entries) | set(script.entries)):
        a, s = app.entries.get(path), script.entries.get(path)
        if a is None or s is None or a[0] != s[0]:
            out.append("%s: --capture %s, script %s" % (path, describe_entry(a), describe_entry(s)))
            continue
        if a[0] == "link" and a[1] != s[1]:
            out.append("%s: link targets %r and %r" % (path, a[1], s[1]))
        if a[0] == "file":
            if a[1] != s[1]:
                out.append("%s: executable %s and %s" % (path, a[1], s[1]))
            if a[2] != s[2] and not path.startswith(VOLATILE_PREFIXES):
                out.append("%s: contents differ (%d and %d bytes): %r / %r"
                           % (path, len(a[2]), len(s[2]), a[2][:120], s[2][:120]))
    ca = sorted(json.dumps(c) for c in app.commands())
    cs = sorted(json.dumps(c) for c in script.commands())
    if ca != cs:
        out.append("commands: --capture %s, script %s" % (ca, cs))
    ja, js = app.json, script.json
    for key in ("host", "user"):
        if ja.get(key) != js.get(key):
            out.append("%s: %s and %s" % (key, ja.get(key), js.get(key)))
    for key in ("cwd", "env", "rlimits", "rlimits_hard"):
        if ja["process"].get(key) != js["process"].get(key):
            out.append("process.%s: %s and %s" % (key, ja["process"].get(key), js["process"].get(key)))
    # The outputs of the login shell: the same environment (a go's outputs may hold a random
    # temporary folder, GOGCCFLAGS's go-build1234, so only exit codes count for them).
    for c in ja.get("commands", []):
        d = script.command(c["argv"])
        if d is None:
            continue
        if c["exit"] != d["exit"] or bool(c.get("timeout")) != bool(d.get("timeout")):
            out.append("%s: exit %s/%s, timeout %s/%s" % (c["argv"], c["exit"], d["exit"], c.get("timeout"),
                                                         d.get("timeout")))
        if c["argv"][1:] == ["-l", "-i", "-c", "env"] and sorted(c["stdout"].splitlines()) != sorted(
                d["stdout"].splitlines()):
            out.append("%s: the environments differ:\n      %s\n      %s" % (
                c["argv"], sorted(set(c["stdout"].splitlines()) - set(d["stdout"].splitlines())),
                sorted(set(d["stdout"].splitlines()) - set(c["stdout"].splitlines()))))
    return out


def compare_captures(label, env, cwd, tmp):
    app_out = os.path.join(tmp, label + "-app.tar.gz")
    script_out = os.path.join(tmp, label + "-script.tar.gz")
    capture_app(app_out, env, cwd)
    capture_script(script_out, env=env, cwd=cwd)
    app, script = Snapshot(app_out), Snapshot(script_out)
    diff = compare(app, script)
    expect(not diff, "%s: the script writes what --capture writes" % label, "no difference",
           "%d differences:\n      %s" % (len(diff), "\n      ".join(diff[:40])))
    fa, fs = findings(scan_snapshot(app_out, env)), findings(scan_snapshot(script_out, env))
    fdiff = {k: (fa.get(k), fs.get(k)) for k in set(fa) | set(fs) if fa.get(k) != fs.get(k)}
    expect(not fdiff, "%s: the same findings (check: --capture, script)" % label, "{}", fdiff)
    return "%d entries, %d commands, %d checks" % (len(app.entries), len(app.commands()), len(fa))


def case_compare_this_machine():
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if k not in ("OLDPWD", "_", "PWD", "SHLVL")}
        env["QT_QPA_PLATFORM"] = "offscreen"
        return compare_captures("machine", env, tmp, tmp)


def case_compare_rich_home():
    with tempfile.TemporaryDirectory() as tmp:
        home, path = make_rich_home(tmp)
        env = base_env(home, path, {"GOROOT": os.path.join(home, "sdk", "go1.21.9")})
        return compare_captures("rich", env, os.path.join(home, "project"), tmp)


def case_compare_hostile_home():
    with tempfile.TemporaryDirectory() as tmp:
        home = os.path.join(tmp, "home")
        write(os.path.join(home, ".netrc"), "machine x login u password p\n", 0o600)
        # Lines for the redaction to get exactly as the reports' Redact::text does.
        write(os.path.join(home, ".bashrc"), "\n".join([
            "export GITHUB_TOKEN=abc123", "export GOPROXY=https://u:pw@proxy.example",
            "export API_KEY_FILE=x FOO=TOKEN=y url=ftp://a:b@c/d",
            "x=https://user:pa:ss@host/path y=https://u@h z=http://:p@h",
            'echo "$DB_PASSWORD=foo" GOAUTH=netrc goauth=bar MyAuthHeader=Bearer\tTOKEN=tab',
            "url='ftp://me:pw@host' other=git+ssh://u:p@h:22/x 1http://a:b@c",
            "\u00e9TOKEN=1 _token=2 9TOKEN=3 a.b_SECRET=4 \u4e2dPASSWD=5",
            "TOKEN= empty  TOKEN=\r", "A_CREDENTIAL_X==x ACCESS_KEY===", "no newline at the end: SECRET=1"]))
        write(os.path.join(home, ".zshrc"), "\ufeffexport PATH=$HOME/z:$PATH # UTF-8: \u00e9\u4e2d\n"
                                            "export ZTOKEN='spaced value' LATIN1=\xe9\n")
        with open(os.path.join(home, ".zprofile"), "wb") as f:
            f.write(b"export GOFLAGS=-v\nexport BAD_TOKEN=\xff\xfe\n")
        odd = "go$(touch x)\nweird"
        make_go_tree(os.path.join(home, "sdk", odd), "go1.22.0")
        os.symlink("loop", os.path.join(home, "loop"))
        bindir = os.path.join(home, "b in")
        os.makedirs(bindir)
        os.symlink(os.path.join(home, "loop"), os.path.join(bindir, "go"))
        env = base_env(home, bindir + ":/usr/bin:/bin", {"MY_SECRET": "s3cr3t", "GOAUTH": "netrc",
                                                           "NOTE": "see https://me:pw@host/x",
                                                           "MULTI": "line1\nline2 TOKEN=z"})
        return compare_captures("hostile", env, home, tmp)


def make_tricky_home(base):
    """Start-up files in the forms people write them, and a PATH of broken gos before a go whose
    interpreter is missing (so `go env` fails and the analysis falls back to the environment)."""
    home = os.path.join(base, "home", "bob")
    write(os.path.join(home, ".bash_profile"), "[ -f ~/.profile ] && . ~/.profile\n")
    write(os.path.join(home, ".bash_login"), "export PATH=$HOME/never-read:$PATH\n")
    write(os.path.join(home, ".profile"), "\n".join([
        'export NVM_DIR="$HOME/.nvm"',
        '[ -s "$NVM_DIR/nvm.sh" ] && \\. "$NVM_DIR/nvm.sh"  # This loads nvm',
        'case ":${PATH}:" in',
        '    *:"$HOME/.local/bin":*) ;;',
        '    *) export PATH="$HOME/.local/bin:$PATH" ;;',
        'esac',
        'export PATH=$PATH:$(go env GOPATH)/bin',
        'if [ -d "/opt/go-tools/bin" ]; then export GOBIN=/opt/go-tools/bin; fi',
        'GOROOT=$HOME/goroots/1.22; export GOROOT; PATH=$GOROOT/bin:$PATH',
        'for d in "$HOME/tools"/*/bin; do PATH="$d:$PATH"; done',
        '. ~/.cargo/env',
        'source "$HOME/.config/shell/aliases"',
        '[ -r ~/.dircolors ] && eval "$(dircolors -b ~/.dircolors)"',
        'export PATH="${HOME}/bin${PATH:+:${PATH}}"',
        'export PATH=\'~/quoted-tilde/bin\':$PATH',
        'export GOPRIVATE=git.example.com GOPROXY=direct GONOSUMCHECK=1',
        '']))
    write(os.path.join(home, ".nvm", "nvm.sh"), 'export PATH="$NVM_DIR/versions/node/v20/bin:$PATH"\n'
                                                '. "$HOME/.nvm/second-level.sh"\n')
    write(os.path.join(home, ".nvm", "second-level.sh"), "export PATH=$HOME/second-level/bin:$PATH\n")
    os.makedirs(os.path.join(home, ".nvm", "versions", "node", "v20", "bin"))
    write(os.path.join(home, ".cargo", "env"), 'case ":${PATH}:" in *:"$HOME/.cargo/bin":*) ;; '
                                               '*) export PATH="$HOME/.cargo/bin:$PATH" ;; esac\n')
    os.makedirs(os.path.join(home, ".cargo", "bin"))
    write(os.path.join(home, ".config", "shell", "aliases"), "alias g=go\nexport PATH=$HOME/aliased/bin:$PATH\n")
    os.makedirs(os.path.join(home, "aliased", "bin"))
    write(os.path.join(home, "aliased", "bin", "go"), "#!/bin/sh\n", 0o755)
    os.makedirs(os.path.join(home, "bin"))
    os.makedirs(os.path.join(home, ".local", "bin"))
    make_go_tree(os.path.join(home, "goroots", "1.22"), "go1.22.5")
    make_go_tree(os.path.join(home, "sdk", "go1.21.0"), "go1.21.0")
    write(os.path.join(home, ".zshenv"), "export PATH=~/zpath:$PATH\n")
    write(os.path.join(home, ".zshrc"), "typeset -U path\npath=($HOME/zgo/bin $path)\n")
    os.makedirs(os.path.join(home, "zgo", "bin"))
    write(os.path.join(home, ".config", "fish", "fish_variables"),
          "# This file contains fish universal variable definitions.\n"
          "SETUVAR fish_user_paths:%s/fishuser\\x1e%s/fishuser2\n" % (home, home))
    os.makedirs(os.path.join(home, "fishuser2"))
    write(os.path.join(home, ".xsessionrc"), "export PATH=$HOME/xbin:$PATH\n")
    os.makedirs(os.path.join(home, "xbin"))
    write(os.path.join(home, "xdg", "environment.d", "10-go.conf"), "PATH=${HOME}/envd2/bin:${PATH}\n")
    write(os.path.join(home, ".config", "environment.d", "10-go.conf"), "GOFLAGS=-trimpath\n")
    write(os.path.join(home, "custom", "goenv"), "GOFLAGS=-mod=vendor\n")
    write(os.path.join(home, "xdg", "systemd", "user.conf"), "[Manager]\nDefaultLimitNOFILE=2048\n")
    os.makedirs(os.path.join(home, "gp1", "bin"))
    write(os.path.join(home, "gp1", "bin", "tool"), "#!/bin/sh\n", 0o755)
    os.makedirs(os.path.join(home, "project", "tools"))
    dirs = []
    for i, kind in enumerate(("noexec", "dangling", "folder", "badinterp")):
        d = os.path.join(home, "broken", "%d-%s" % (i, kind))
        os.makedirs(d)
        dirs.append(d)
        go = os.path.join(d, "go")
        if kind == "noexec":
            write(go, "#!/bin/sh\necho never\n", 0o644)
        elif kind == "dangling":
            os.symlink("../nowhere/go", go)
        elif kind == "folder":
            os.makedirs(go)
        else:
            write(go, "#!/nonexistent/interpreter -x\necho never\n", 0o755)
    path = ":".join(dirs + [
        os.path.join(home, "goroots", "1.22", "bin"),
        "~/sdk/go1.21.0/bin",
        "./tools",
        "/usr/local/bin", "/usr/bin", "/bin",
    ])
    extra = {
        "GOENV": os.path.join(home, "custom", "goenv"),
        "XDG_CONFIG_HOME": os.path.join(home, "xdg"),
        "GOPATH": os.path.join(home, "gp1") + ":" + os.path.join(home, "gp2"),
        "GOROOT": os.path.join(home, "goroots", "1.22") + "/",
        "XDG_SESSION_TYPE": "x11",
    }
    return home, path, extra


COPIED_GO = r"""#!/bin/sh
# A go binary copied out of its tree: it knows the GOROOT it was built with.
case "$1" in
env)
    cat <<EOF
{
	"GOBIN": "GOBINDIR",
	"GOENV": "GOENVFILE",
	"GOPATH": "",
	"GOROOT": "GOROOTDIR",
	"GOVERSION": "go1.22.2"
}
EOF
    ;;
version) echo "go version go1.22.2 linux/amd64" ;;
esac
"""


def make_copied_go_home(base):
    home = os.path.join(base, "home", "carol")
    goroot = os.path.join(home, "built-with", "go")
    make_go_tree(goroot, "go1.22.2")
    write(os.path.join(home, "elsewhere", "go.env"), "GOTOOLCHAIN=go1.22.2\n")
    os.makedirs(os.path.join(home, "gobin"))
    write(os.path.join(home, "gobin", "dlv"), "#!/bin/sh\n", 0o755)
    write(os.path.join(home, "copied", "go"), COPIED_GO.replace("GOBINDIR", os.path.join(home, "gobin"))
          .replace("GOENVFILE", os.path.join(home, "elsewhere", "go.env")).replace("GOROOTDIR", goroot), 0o755)
    write(os.path.join(home, ".profile"), "export PATH=$HOME/copied:$PATH\n")
    return home, os.path.join(home, "copied") + ":/usr/bin:/bin"


def case_compare_tricky_home():
    with tempfile.TemporaryDirectory() as tmp:
        home, path, extra = make_tricky_home(tmp)
        env = base_env(home, path, extra)
        return compare_captures("tricky", env, os.path.join(home, "project"), tmp)


def case_compare_copied_go():
    with tempfile.TemporaryDirectory() as tmp:
        home, path = make_copied_go_home(tmp)
        return compare_captures("copied", base_env(home, path), home, tmp)


def case_compare_normal_user():
    if os.geteuid() != 0:
        raise Skip("not root: the other comparisons already run as this user")
    setpriv = shutil.which("setpriv")
    if not setpriv:
        raise Skip("setpriv is not installed")
    for p in (OPTS.binary, OPTS.script):
        # The binary and the script must be reachable by uid 65534 (a build under /root is not).
        r = run([setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "test", "-r", p])
        if r.returncode != 0:
            raise Skip("%s cannot be read by uid 65534" % p)
    with tempfile.TemporaryDirectory() as tmp:
        os.chmod(tmp, 0o777)
        home = os.path.join(tmp, "home")
        write(os.path.join(home, ".profile"), "export PATH=$HOME/bin:$PATH\n")
        write(os.path.join(home, ".bashrc"), "export GOFLAGS=-v\n", 0o000)  # looked at, not readable
        os.makedirs(os.path.join(home, "bin"))
        os.symlink("/root/.profile", os.path.join(home, "bin", "go"))  # a go behind a folder it cannot enter
        for dirpath, dirnames, filenames in os.walk(home):
            for n in [dirpath] + [os.path.join(dirpath, f) for f in filenames + dirnames]:
                os.lchown(n, 65534, 65534)
        env = base_env(home, os.path.join(home, "bin") + ":/root/bin:/usr/local/bin:/usr/bin:/bin",
                       {"USER": "nobody", "LOGNAME": "nobody"})
        drop = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        app_out, script_out = os.path.join(tmp, "nobody-app.tar.gz"), os.path.join(tmp, "nobody-script.tar.gz")
        r = run(drop + [OPTS.binary, "--capture", app_out], env=env, cwd=home, timeout=APP_TIMEOUT_S)
        if r.returncode == 2 and "not supported" in (r.stdout + r.stderr):
            raise Skip("this go-env-doctor has no --capture yet")
        expect(r.returncode == 0, "go-env-doctor --capture runs as uid 65534", "exit 0", r.describe())
        r = run(drop + ["dash", OPTS.script, script_out], env=env, cwd=home)
        expect(r.returncode == 0, "the script runs as uid 65534", "exit 0", r.describe())
        app, script = Snapshot(app_out), Snapshot(script_out)
        diff = compare(app, script)
        expect(not diff, "as uid 65534: the script writes what --capture writes", "no difference",
               "%d differences:\n      %s" % (len(diff), "\n      ".join(diff[:40])))
        fa, fs = findings(scan_snapshot(app_out, env)), findings(scan_snapshot(script_out, env))
        fdiff = {k: (fa.get(k), fs.get(k)) for k in set(fa) | set(fs) if fa.get(k) != fs.get(k)}
        expect(not fdiff, "as uid 65534: the same findings (check: --capture, script)", "{}", fdiff)
        return "%d entries" % len(app.entries)


# A machine this one is not, for the parts of the analysis that read system files: a chroot made
# of bind mounts in a private mount namespace (nothing of it is seen outside), with systemd drop-ins
# (one masked by name), a booted systemd, container runtimes' settings, Go in /usr/local/go,
# /opt/go (a link to it) and a snap, the dpkg lists that own them, and system start-up files.
FAKE_SYSTEM_FILES = {
    "etc/systemd/system/user-.slice.d/50-memory.conf": "[Slice]\nMemoryMax=2G\nTasksMax=500\n",
    "etc/systemd/system/user-0.slice.d/10-cpu.conf": "[Slice]\nCPUQuota=150%\n",
    "etc/systemd/system/user@.service.d/delegate.conf": "[Service]\nDelegate=yes\nLimitNOFILE=65536\n",
    "etc/systemd/system.conf.d/limits.conf": "[Manager]\nDefaultLimitNOFILE=4096:524288\n",
    "etc/systemd/user.conf.d/as.conf": "[Manager]\nDefaultLimitAS=8G\n",
    "run/systemd/system/user-0.slice.d/10-cpu.conf": "[Slice]\nCPUQuota=10%\n",
    "run/systemd/system/user.slice.d/20-tasks.conf": "[Slice]\nTasksMax=1000\n",
    "etc/security/limits.d/90-go.conf": "* soft nofile 1024\nroot hard as unlimited\n",
    "etc/security/limits.d/README": "not a .conf\n",
    "etc/containerd/config.toml": 'version = 2\n'
                                  '[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]\n'
                                  "  SystemdCgroup = false\n",
    "etc/default/kubelet": "KUBELET_EXTRA_ARGS=--cgroup-driver=systemd\n",
    "var/lib/kubelet/config.yaml": "kind: KubeletConfiguration\ncgroupDriver: cgroupfs\n",
    "etc/profile.d/golang.sh": "export PATH=$PATH:/usr/local/go/bin\nexport GOPATH=$HOME/go\n",
    "etc/profile.d/zz-secret.sh": "export VAULT_TOKEN=s.abcdefghijklmnop\n",
    "etc/environment": 'PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/snap/bin"\n'
                       "LANG=C.UTF-8\n",
    "etc/environment.d/50-go.conf": "GOTOOLCHAIN=local\n",
    "etc/zsh/zshenv": "path+=(/opt/zgo/bin)\n",
    "etc/fish/conf.d/go.fish": "fish_add_path /usr/local/go/bin\n",
    "etc/xprofile": "export PATH=$PATH:/opt/x/bin\n",
    "var/lib/dpkg/info/golang-1.22-go.list": "/.\n/usr/local/go\n/usr/local/go/bin\n/usr/local/go/bin/go\n",
    "var/lib/dpkg/info/golang-doc.list": "/usr/share/doc/golang\n",
    "var/lib/dpkg/info/zlib1g.list": "/usr/lib/libz.so.1\n",
    "var/lib/snapd/state.json": '{"data": {"snaps": {"go": {"channel": "1.22/stable"}}}}\n',
    "snap/core/usr/bin/snap": "#!/bin/sh\n",
}


def build_fake_system(fake):
    for rel, text in FAKE_SYSTEM_FILES.items():
        write(os.path.join(fake, rel), text, 0o755 if rel.endswith("/snap") else 0o644)
    make_go_tree(os.path.join(fake, "usrlocal", "go"), "go1.22.7")
    write(os.path.join(fake, "usrlocal", "bin", "dockerd"), "#!/bin/sh\n", 0o755)
    make_go_tree(os.path.join(fake, "snap", "go", "10730"), "go1.23.1")
    os.symlink("10730", os.path.join(fake, "snap", "go", "current"))
    os.makedirs(os.path.join(fake, "snap", "bin"))
    os.symlink("/snap/core/usr/bin/snap", os.path.join(fake, "snap", "bin", "go"))
    os.makedirs(os.path.join(fake, "opt"))
    os.symlink("/usr/local/go", os.path.join(fake, "opt", "go"))
    os.makedirs(os.path.join(fake, "run", "user"))


NAMESPACE_SCRIPT = r"""
set -e
new=$1 fake=$2 cwd=$3 binary=$4 app_out=$5 script=$6 script_out=$7
shift 7
mount -t tmpfs ged-fake-root "$new"
for e in /*; do
    n=${e#/}
    if [ -L "$e" ]; then ln -s "$(readlink "$e")" "$new/$n"; continue; fi
    [ -d "$e" ] || continue
    mkdir "$new/$n"
    case $n in
    etc | opt | run | var) mount --bind "$fake/$n" "$new/$n" ;;
    *) mount --rbind "$e" "$new/$n" ;;
    esac
done
mkdir "$new/snap"
mount --bind "$fake/snap" "$new/snap"
mount --bind "$fake/usrlocal" "$new/usr/local"
# "$@" is the environment both are given.
chroot "$new" /usr/bin/env -i "$@" /bin/sh -c 'cd "$1" && shift && exec "$@"' sh "$cwd" \
    "$binary" --capture "$app_out"
chroot "$new" /usr/bin/env -i "$@" /bin/sh -c 'cd "$1" && shift && exec "$@"' sh "$cwd" \
    dash "$script" "$script_out"
"""


def case_compare_fake_system():
    if os.geteuid() != 0:
        raise Skip("needs root for a private mount namespace")
    for tool in ("unshare", "chroot"):
        if not shutil.which(tool):
            raise Skip("%s is not installed" % tool)
    with tempfile.TemporaryDirectory() as tmp:
        fake = os.path.join(tmp, "fake")
        os.makedirs(fake)
        # /etc as it is, with the fake system's files added (the shadow files are left out).
        r = run(["cp", "-a", "/etc", os.path.join(fake, "etc")])
        expect(r.returncode == 0, "a copy of /etc", "exit 0", r.describe())
        for f in ("shadow", "gshadow", "shadow-", "gshadow-"):
            if os.path.lexists(os.path.join(fake, "etc", f)):
                os.remove(os.path.join(fake, "etc", f))
        if os.path.lexists(os.path.join(fake, "etc", "environment")):
            os.remove(os.path.join(fake, "etc", "environment"))
        build_fake_system(fake)
        home = os.path.join(tmp, "home")
        write(os.path.join(home, ".profile"), "export PATH=$HOME/bin:$PATH\n")
        os.makedirs(os.path.join(home, "project"))
        new = os.path.join(tmp, "newroot")
        os.makedirs(new)
        app_out, script_out = os.path.join(tmp, "fake-app.tar.gz"), os.path.join(tmp, "fake-script.tar.gz")
        env = base_env(home, "/snap/bin:/usr/local/go/bin:/usr/local/bin:/usr/bin:/bin")
        words = ["%s=%s" % (k, v) for k, v in sorted(env.items())]
        argv = ["unshare", "-m", "--propagation", "private", "sh", "-c", NAMESPACE_SCRIPT, "ns", new, fake,
                os.path.join(home, "project"), OPTS.binary, app_out, OPTS.script, script_out] + words
        r = run(argv, timeout=2 * SCRIPT_TIMEOUT_S)
        if r.returncode != 0 and not os.path.exists(app_out):
            text = r.stdout + r.stderr
            if "not supported" in text:
                raise Skip("this go-env-doctor has no --capture yet")
            if "Operation not permitted" in text or "permission denied" in text.lower():
                raise Skip("no mount namespace here: %s" % clip(text.strip(), 300))
        expect(r.returncode == 0 and os.path.exists(app_out) and os.path.exists(script_out),
               "both capturers ran in the fake system", "exit 0, two archives", r.describe())
        app, script = Snapshot(app_out), Snapshot(script_out)
        for must in ("/etc/systemd/system/user-.slice.d/50-memory.conf", "/run/systemd/system",
                     "/etc/containerd/config.toml", "/usr/local/go/VERSION", "/snap/go/current",
                     "/var/lib/dpkg/info/golang-1.22-go.list", "/opt/go"):
            expect(must in app.entries, "the fake system is what --capture saw: %s" % must, "present",
                   describe_entry(app.entries.get(must)))
        for never in ("/var/lib/snapd/state.json", "/run/systemd/system/user-0.slice.d/10-cpu.conf"):
            expect(never not in script.entries, "%s is not captured (withheld, or masked by name)" % never,
                   "absent", describe_entry(script.entries.get(never)))
        diff = compare(app, script)
        expect(not diff, "fake system: the script writes what --capture writes", "no difference",
               "%d differences:\n      %s" % (len(diff), "\n      ".join(diff[:40])))
        fa, fs = findings(scan_snapshot(app_out)), findings(scan_snapshot(script_out))
        fdiff = {k: (fa.get(k), fs.get(k)) for k in set(fa) | set(fs) if fa.get(k) != fs.get(k)}
        expect(not fdiff, "fake system: the same findings (check: --capture, script)", "{}", fdiff)
        return "%d entries, %d checks" % (len(app.entries), len(fa))


def build_cases():
    return [
        ("lint", case_lint),
        ("usage", case_usage),
        ("this_machine", case_this_machine),
        ("hostile_home", case_hostile_home),
        ("hanging_go", case_hanging_go),
        ("normal_user", case_normal_user),
        ("compare_this_machine", case_compare_this_machine),
        ("compare_rich_home", case_compare_rich_home),
        ("compare_hostile_home", case_compare_hostile_home),
        ("compare_tricky_home", case_compare_tricky_home),
        ("compare_copied_go", case_compare_copied_go),
        ("compare_normal_user", case_compare_normal_user),
        ("compare_fake_system", case_compare_fake_system),
    ]


def main():
    global OPTS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", required=True, help="the built go-env-doctor")
    ap.add_argument("--script", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                                                      "packaging", "go-env-doctor-capture.sh"))
    ap.add_argument("-k", dest="filter", default=None, help="run only cases whose name has this")
    OPTS = ap.parse_args()
    OPTS.binary = os.path.abspath(OPTS.binary)
    OPTS.script = os.path.abspath(OPTS.script)

    passed = failed = skipped = 0
    for what in (OPTS.binary, OPTS.script):
        if not os.path.isfile(what):
            print("FAIL setup: %s is not a file" % what)
            print("0 passed, 1 failed")
            return 1
    if not shutil.which("dash"):
        print("FAIL setup: dash is not installed")
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
