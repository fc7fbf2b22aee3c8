#!/bin/sh
# go-env-doctor-capture — write a Go Env Doctor snapshot of this machine, without the app.
#
# For servers Go Env Doctor cannot be installed on (Ubuntu 20.04 and 22.04 have no Qt 6.4): run
#     sh go-env-doctor-capture.sh server.tar.gz
# as the user whose Go set-up is in question, copy server.tar.gz to a desktop and open it there
# (go-env-doctor --snapshot server.tar.gz, or the wizard's "Open snapshot…").
#
# It writes the same snapshot as `go-env-doctor --capture`, by the rules of the "Capturing"
# section of docs/snapshot-format.md: the files the analysis reads or looks for (walked
# component by component, every link on the way stored as a link with its target verbatim,
# nothing ever followed when copying), every folder on PATH, small files whole and large ones by
# their first 64 KiB, secrets redacted, credentials never captured, and the outputs of
# `go env -json`, `go version` and the login shell's `env`, each under a timeout.
#
# What it walks (the analysis's own list, core/probes): /etc/os-release; the start-up files of
# bash, zsh, fish and sh and the desktop session (/etc/profile, /etc/profile.d, ~/.profile,
# ~/.bash_profile, ~/.bashrc, /etc/bash.bashrc, /etc/zsh/*, ~/.z*, fish's config and conf.d,
# /etc/environment, environment.d, ~/.xsessionrc ...), the files they source and the go of every
# folder their PATH lines add; every folder on PATH and the `go` in it with its GOROOT tree
# (bin/go, src, pkg/tool, VERSION); the Go installations (/usr/local/go, /opt/go, /usr/lib/go-*,
# /snap/go, ~/sdk, ~/go/pkg/mod/golang.org/toolchain@*, gvm, asdf, goenv, mise) and the dpkg file
# lists that own them; the go env file, GOROOT, GOPATH/bin; the cgroup files of this session
# (/proc/self/cgroup, /proc/self/mountinfo, /sys/fs/cgroup/...), /proc/meminfo, the CPU list;
# systemd's user slice and manager files; pam_limits; containerd, docker and kubelet settings.
#
# Needs: a POSIX sh (dash), coreutils, tar and gzip, and GNU sed: redaction and JSON escaping
# go line by line through regular expressions, which plain sh cannot do at a useful speed (every
# Debian and Ubuntu has GNU sed). setsid (util-linux) and getent (libc-bin) are used when present.
# It never writes outside its private staging folder (mktemp -d, removed on exit) and OUT.
#
# Usage: go-env-doctor-capture.sh [--help] [--version] OUT.tar.gz

set -u
umask 022

ged_tool=go-env-doctor-capture
ged_version=0.1.0
# Timeouts, in seconds, as the app's (FactsCollector.h: CommandTimeouts).
ged_to_goenv=20
ged_to_goversion=10
ged_to_login=10
# snapshot-format.md, "Capturing": whole up to 1 MiB, else the first 64 KiB.
ged_whole=1048576
ged_head=65536
# The reader's limits (snapshot-format.md, "A .tar.gz snapshot").
ged_max_entries=20000
ged_max_bytes=209715200

ged_usage() {
    cat <<'EOF'
Usage: go-env-doctor-capture.sh [--help] [--version] OUT.tar.gz

Writes a Go Env Doctor snapshot of this machine to OUT.tar.gz (or OUT.tgz): the files the
analysis looks at, the environment of this shell, the outputs of `go env -json`, `go version`
and the login shell's `env`. Open it on another machine with
    go-env-doctor --snapshot OUT.tar.gz
Secrets are redacted (user:password@ in URLs, NAME=value for names like *TOKEN*, *SECRET*,
*PASSWORD*); .netrc, SSH/GnuPG/cloud credentials and private keys are never captured.
Run it as the user whose Go set-up you want to check, from the folder you build in.

Needs only sh, coreutils, tar, gzip and sed. The same snapshot as `go-env-doctor --capture`.
EOF
}

ged_die() {
    printf '%s: %s\n' "$ged_tool" "$1" >&2
    exit "${2:-2}"
}

ged_out=
while [ $# -gt 0 ]; do
    case $1 in
    -h | --help)
        ged_usage
        exit 0
        ;;
    -V | --version)
        printf '%s %s\n' "$ged_tool" "$ged_version"
        exit 0
        ;;
    --)
        shift
        break
        ;;
    -?*) ged_die "unknown option: $1 (see --help)" ;;
    *) break ;;
    esac
done
[ $# -eq 1 ] || {
    ged_usage >&2
    exit 2
}
ged_out=$1
[ -n "$ged_out" ] || ged_die "the output file name is empty"

# The archive's top folder is named after the file (snapshot-format.md, "The archive").
ged_name=${ged_out##*/}
case $ged_name in
*.[Tt][Aa][Rr].[Gg][Zz]) ged_top=${ged_name%???????} ;;
*.[Tt][Gg][Zz]) ged_top=${ged_name%????} ;;
*) ged_die "$ged_out: a snapshot is written as a .tar.gz (or .tgz) file" ;;
esac
case $ged_top in '' | . | ..) ged_top=snapshot ;; esac
case $ged_out in
*/*) ged_outdir=${ged_out%/*} ;;
*) ged_outdir=. ;;
esac
[ -n "$ged_outdir" ] || ged_outdir=/
[ -d "$ged_outdir" ] || ged_die "$ged_out: no such folder: $ged_outdir"
[ -w "$ged_outdir" ] || ged_die "$ged_out: cannot write in $ged_outdir"
if [ -d "$ged_out" ] && ! [ -L "$ged_out" ]; then
    ged_die "$ged_out: is a folder"
fi

# The environment of the shell the user ran this from, exactly as it came (before this script
# changes PATH for its own tools): /proc/PID/environ is the environment given at exec.
ged_env_saved=0
ged_had_path=${PATH+1}
ged_upath=${PATH-}

# --- staging ------------------------------------------------------------------------------------

ged_stage=
# shellcheck disable=SC2317 # called by the traps
ged_cleanup() {
    if [ -n "$ged_stage" ] && [ -d "$ged_stage" ]; then
        chmod -R u+rwX -- "$ged_stage" 2>/dev/null
        rm -rf -- "$ged_stage"
    fi
}
trap 'ged_cleanup' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

ged_stage=$(mktemp -d "${TMPDIR:-/tmp}/go-env-doctor-capture.XXXXXXXX") || ged_die "cannot create a staging folder"
ged_w=$ged_stage/work
ged_snap=$ged_stage/out/$ged_top
ged_root=$ged_snap/root
mkdir -p -- "$ged_w/env" "$ged_root" || ged_die "cannot write in $ged_stage"

if [ -r "/proc/$$/environ" ] && cat "/proc/$$/environ" >"$ged_w/environ" 2>/dev/null; then
    ged_env_saved=1
fi
if [ "$ged_env_saved" = 0 ]; then
    env -0 >"$ged_w/environ" 2>/dev/null || : >"$ged_w/environ"
fi

# The script's own tools: the usual folders first, so that a PATH the user broke cannot break
# the capture (the commands captured still run with the user's PATH).
PATH=/usr/local/bin:/usr/bin:/bin${ged_upath:+:$ged_upath}
export PATH

for ged_tool_name in cat head tail readlink ln mkdir mv rm chmod stat timeout tr wc date uname id split tar gzip sed mktemp; do
    command -v "$ged_tool_name" >/dev/null 2>&1 || ged_die "needs $ged_tool_name, which is not installed"
done
case $(sed --version 2>/dev/null) in
*GNU*) ;;
*) ged_die "needs GNU sed (the sed here does not say GNU in sed --version)" ;;
esac
ged_timeout=$(command -v timeout)
ged_setsid=$(command -v setsid 2>/dev/null) || ged_setsid=
ged_env_bin=$(command -v env)

ged_nl='
'
ged_tab='	'

# --- sed programs (GNU sed, C locale: bytes) ------------------------------------------------------

# The byte of an octal code (printf's format is the escape itself).
# shellcheck disable=SC2059
ged_b() { printf "\\$1"; }
# One valid UTF-8 character other than NUL and newline (RFC 3629: no overlongs, no surrogates).
ged_C=$(printf '[\200-\277]')
ged_V=$(printf '([\001-\011\013-\177]|[\302-\337]%s|\340[\240-\277]%s|[\341-\354\356\357]%s%s|\355[\200-\237]%s|\360[\220-\277]%s%s|[\361-\363]%s%s%s|\364[\200-\217]%s%s)' \
    "$ged_C" "$ged_C" "$ged_C" "$ged_C" "$ged_C" "$ged_C" "$ged_C" "$ged_C" "$ged_C" "$ged_C" "$ged_C" "$ged_C")
# U+FFFD, the byte order mark, and \035 (a newline inside an environment value, see env.sed).
ged_bytes3=$(printf '\357\277\275 \357\273\277 \035')
ged_fffd=${ged_bytes3%% *}
ged_gs=${ged_bytes3##* }
ged_bom=${ged_bytes3#* }
ged_bom=${ged_bom% *}
# sed commands escaping control characters (octal codes) as \u00XX.
# shellcheck disable=SC2059
ged_ctl() { for ged_i in "$@"; do printf "s/\\$ged_i/\\\\\\\\u%04x/g\\n" "$((0$ged_i))"; done; }

# What a stored file is, one line per file (sed -s): K when it holds a private key, N when it
# holds a NUL byte, B when a line is not UTF-8; nothing for text.
# shellcheck disable=SC2016 # sed's $, not the shell's
printf '%s\n' '1{x;s/.*//;x;}' '/PRIVATE KEY-----/{x;s/$/K/;x;}' '/\x00/{x;s/$/N/;x;}' \
    "/^$ged_V*\$/!{x;s/\$/B/;x;}" '${x;p;}' >"$ged_w/classify.sed"
# Invalid bytes become U+FFFD, as QString::fromUtf8 makes them (NUL is kept, as Qt keeps it).
printf '%s\n' 's/^/\n/' ':u' "s/\\n($ged_V+)/\\1\\n/" 'tu' 's/\n(\x00+)/\1\n/' 'tu' \
    "s/\\n./$ged_fffd\\n/" 'tu' 's/\n$//' >"$ged_w/utf8fix.sed"

# The reports' redaction (core/report/Report.cpp, Redact::text), line by line:
#   ([a-zA-Z][a-zA-Z0-9+.-]*://[^/\s:@]+):[^@\s/]+@  ->  \1:***@
#   \b([A-Za-z_][A-Za-z0-9_]*)=([^\s]+)               ->  NAME=*** when NAME looks like a secret
# The second is a global match: an assignment of any name consumes its value, so a newline
# (never inside a line) walks through the line as a cursor, one word at a time.
cat >"$ged_w/redact.sed" <<'EOF'
s#([a-zA-Z][a-zA-Z0-9+.-]*://[^/[:space:]:@]+):[^@[:space:]/]+@#\1:***@#g
/([Tt][Oo][Kk][Ee][Nn]|[Ss][Ee][Cc][Rr][Ee][Tt]|[Pp][Aa][Ss][Ss][Ww][Oo][Rr][Dd]|[Pp][Aa][Ss][Ss][Ww][Dd]|[Aa][Pp][Ii]_[Kk][Ee][Yy]|[Aa][Cc][Cc][Ee][Ss][Ss]_[Kk][Ee][Yy]|[Cc][Rr][Ee][Dd][Ee][Nn][Tt][Ii][Aa][Ll]|[Aa][Uu][Tt][Hh])[A-Za-z0-9_]*=[^[:space:]]/!b
s/^/\n/
:a
s/\nGOAUTH=([^[:space:]]+)/GOAUTH=\1\n/
ta
s/\n(([A-Za-z_][A-Za-z0-9_]*)?([Tt][Oo][Kk][Ee][Nn]|[Ss][Ee][Cc][Rr][Ee][Tt]|[Pp][Aa][Ss][Ss][Ww][Oo][Rr][Dd]|[Pp][Aa][Ss][Ss][Ww][Dd]|[Aa][Pp][Ii]_[Kk][Ee][Yy]|[Aa][Cc][Cc][Ee][Ss][Ss]_[Kk][Ee][Yy]|[Cc][Rr][Ee][Dd][Ee][Nn][Tt][Ii][Aa][Ll]|[Aa][Uu][Tt][Hh])[A-Za-z0-9_]*)=[^[:space:]]+/\1=***\n/
ta
s/\n([A-Za-z_][A-Za-z0-9_]*=[^[:space:]]+)/\1\n/
ta
s/\n([A-Za-z0-9_]+[^A-Za-z0-9_]*)/\1\n/
ta
s/\n([^A-Za-z0-9_]+)/\1\n/
ta
s/\n$//
EOF

# process.env as JSON lines, from NAME=VALUE lines (\035 for a newline in a value): invalid
# UTF-8 as U+FFFD, secret names' values ***, other values redacted (\035 counting as a space).
{
    printf '%s\n' '/^[^=]+=/!d' 's/^/\n/' ':u' "s/\\n($ged_V+)/\\1\\n/" 'tu' "s/\\n./$ged_fffd\\n/" 'tu' 's/\n$//'
    printf '%s\n' '/^GOAUTH=/bplain'
    printf '%s\n' '/^[^=]*([Tt][Oo][Kk][Ee][Nn]|[Ss][Ee][Cc][Rr][Ee][Tt]|[Pp][Aa][Ss][Ss][Ww][Oo][Rr][Dd]|[Pp][Aa][Ss][Ss][Ww][Dd]|[Aa][Pp][Ii]_[Kk][Ee][Yy]|[Aa][Cc][Cc][Ee][Ss][Ss]_[Kk][Ee][Yy]|[Cc][Rr][Ee][Dd][Ee][Nn][Tt][Ii][Aa][Ll]|[Aa][Uu][Tt][Hh])[^=]*=/{' 's/=.*/\n***/' 'bjoin' '}'
    printf '%s\n' ':plain' 'h' 's/^[^=]*=//'
    sed -e "s/\\[:space:\\]/[:space:]$ged_gs/g" -e 's/!b$/!bredacted/' "$ged_w/redact.sed"
    printf '%s\n' ':redacted' 'x' 's/=.*//' 'G' ':join'
    printf '%s\n' 's/\\/\\\\/g' 's/"/\\"/g' "s/$ged_gs/\\\\n/g"
    ged_ctl 001 002 003 004 005 006 007 010 011 013 014 015 016 017 020 021 022 023 024 025 026 027 \
        030 031 032 033 034 036 037
    printf '%s\n' 's/^([^\n]*)\n(.*)$/      "\1": "\2"/'
} >"$ged_w/env.sed"

# JSON string contents: backslash, quote and control characters escaped, lines joined with \n.
# The input ends with a sentinel "x" (so that a last line without newline is told apart).
{
    printf '%s\n' 's/\\/\\\\/g' 's/"/\\"/g' 's/\x00/\\u0000/g'
    ged_ctl 001 002 003 004 005 006 007 010 011 013 014 015 016 017 020 021 022 023 024 025 026 027 \
        030 031 032 033 034 035 036 037
    # shellcheck disable=SC2016 # sed's $, not the shell's
    printf '%s\n' 's/\t/\\t/g' 's/\r/\\r/g' 's/\f/\\f/g' '$!s/$/\\n/' '$s/x$//'
} >"$ged_w/jsonesc.sed"

# --- small helpers ----------------------------------------------------------------------------

# QDir::cleanPath: no empty or "." components, ".." applied lexically; "/" for the root.
ged_clean() {
    ged_c_in=$1
    ged_c_out=
    ged_c_abs=
    case $ged_c_in in /*) ged_c_abs=1 ;; esac
    while [ -n "$ged_c_in" ]; do
        case $ged_c_in in
        */*)
            ged_c_comp=${ged_c_in%%/*}
            ged_c_in=${ged_c_in#*/}
            ;;
        *)
            ged_c_comp=$ged_c_in
            ged_c_in=
            ;;
        esac
        case $ged_c_comp in
        '' | .) ;;
        ..)
            case $ged_c_out in
            '' | ..)
                [ -n "$ged_c_abs" ] || ged_c_out=${ged_c_out:+$ged_c_out/}..
                ;;
            */..) ged_c_out=$ged_c_out/.. ;;
            */*) ged_c_out=${ged_c_out%/*} ;;
            *) ged_c_out= ;;
            esac
            ;;
        *) ged_c_out=${ged_c_out:+$ged_c_out/}$ged_c_comp ;;
        esac
    done
    if [ -n "$ged_c_abs" ]; then
        ged_r=/$ged_c_out
    else
        ged_r=${ged_c_out:-.}
    fi
}

# The folder above a path, as FactsCollector's parentOf: "/" for "/x" and for "/".
ged_parent() {
    case $1 in
    /*/*) ged_r=${1%/*} ;;
    *) ged_r=/ ;;
    esac
}

# Sets of strings in shell variables, one item per line (no fork; an item holding a newline
# may be taken for another, which costs at most a second look at a path).
ged_set_has() { # SET STRING
    eval "ged_sh=\${ged_S_$1-}"
    case $ged_sh in
    *"$ged_nl$2$ged_nl"*) return 0 ;;
    esac
    return 1
}
ged_set_clear() { eval "ged_S_$1="; }
ged_set_add() { # SET STRING: false when it was there already
    ged_set_has "$1" "$2" && return 1
    [ -n "$ged_sh" ] || ged_sh=$ged_nl
    eval "ged_S_$1=\$ged_sh\$2\$ged_nl"
    return 0
}

# A string as one single-quoted shell word (for lists kept as `eval "set -- $list"`).
ged_quote() { # STRING -> ged_r
    ged_q_in=$1
    ged_r=
    while :; do
        case $ged_q_in in
        *\'*)
            ged_r=$ged_r${ged_q_in%%\'*}\'\\\'\'
            ged_q_in=${ged_q_in#*\'}
            ;;
        *)
            ged_r="'$ged_r$ged_q_in'"
            return 0
            ;;
        esac
    done
}

# lstat of a path whose folders are known to be free of links: l d f o (other) or empty.
ged_ftype() {
    if [ -L "$1" ]; then
        ged_t=l
    elif [ -d "$1" ]; then
        ged_t=d
    elif [ -f "$1" ]; then
        ged_t=f
    elif [ -e "$1" ]; then
        ged_t=o
    else
        ged_t=
    fi
}

# readlink, with a target's trailing newlines kept.
ged_readlink() {
    ged_lt=$(readlink -- "$1" && echo x) || return 1
    ged_lt=${ged_lt%x}
    ged_lt=${ged_lt%"$ged_nl"}
    [ -n "$ged_lt" ]
}

# Never captured, not even as a name (snapshot-format.md, "Never captured").
ged_never() {
    case $1 in
    /etc/shadow | /etc/gshadow | /etc/sudoers | /etc/sudoers.d | /etc/sudoers.d/* | /var/lib/snapd/state.json)
        return 0
        ;;
    esac
    case $1/ in
    */.ssh/* | */.gnupg/* | */.aws/* | */.docker/* | */.kube/*) return 0 ;;
    esac
    case ${1##*/} in
    .netrc | _netrc | .git-credentials | .pgpass | .pypirc | .npmrc) return 0 ;;
    esac
    return 1
}

ged_withheld=0
ged_withheld_list=
ged_withhold() {
    if ged_set_add withheld "$1"; then
        ged_withheld=$((ged_withheld + 1))
        ged_withheld_list="$ged_withheld_list $1"
    fi
}

# Records one path of the system (physical: its folders hold no link) as it is now: a folder,
# a link with its target verbatim, or a regular file (copied at the end, see ged_materialize).
# Fifos, sockets and devices are not part of a snapshot. Nothing is written here.
ged_L_dirs=
ged_L_files=
ged_L_links=
ged_store() { # PHYSICAL TYPE(l d f o, from ged_ftype)
    [ "$1" = / ] && return 0
    ged_set_add stored "$1" || return 0
    if ged_never "$1"; then
        ged_withhold "$1"
        return 0
    fi
    case $2 in
    l)
        ged_readlink "$1" || return 0
        ged_quote "$ged_root$1"
        ged_L_links="$ged_L_links $ged_r"
        ged_quote "$ged_lt"
        ged_L_links="$ged_L_links $ged_r"
        ;;
    d)
        ged_quote "$ged_root$1"
        ged_L_dirs="$ged_L_dirs $ged_r"
        ;;
    f)
        ged_quote "$1"
        ged_L_files="$ged_L_files $ged_r"
        ;;
    esac
    return 0
}

# Does anything but empty and "." components follow in a pending path?
ged_more() {
    ged_m=$1
    while :; do
        case $ged_m in
        /*) ged_m=${ged_m#/} ;;
        ./*) ged_m=${ged_m#./} ;;
        '') return 1 ;;
        .) return 1 ;;
        *) return 0 ;;
        esac
    done
}

# SystemView::resolve: walks an absolute path one component at a time, following every link
# (at most 40), recording each component it looks at. /proc/self is recorded as a folder.
# Sets ged_ok (1: the path exists), ged_final (the physical path it ends at) and ged_ft (its type).
ged_walk() {
    ged_ok=0
    ged_final=
    ged_ft=
    case $1 in /*) ;; *) return 1 ;; esac
    ged_pend=$1
    ged_phys=
    ged_links=0
    while :; do
        while :; do
            case $ged_pend in
            /*) ged_pend=${ged_pend#/} ;;
            *) break ;;
            esac
        done
        [ -n "$ged_pend" ] || break
        case $ged_pend in
        */*)
            ged_comp=${ged_pend%%/*}
            ged_pend=${ged_pend#*/}
            ;;
        *)
            ged_comp=$ged_pend
            ged_pend=
            ;;
        esac
        case $ged_comp in
        .) continue ;;
        ..)
            ged_phys=${ged_phys%/*}
            continue
            ;;
        esac
        ged_cand=$ged_phys/$ged_comp
        if [ "$ged_cand" = /proc/self ]; then
            # The link to this process's id: a folder in a snapshot (its files are this
            # session's, whichever process reads them).
            ged_store /proc/self d
            ged_phys=$ged_cand
            ged_ft=d
            continue
        fi
        ged_ftype "$ged_cand"
        if [ -z "$ged_t" ]; then
            ged_final=$ged_cand
            return 1
        fi
        ged_store "$ged_cand" "$ged_t"
        if [ "$ged_t" = l ]; then
            ged_links=$((ged_links + 1))
            ged_final=$ged_cand
            [ "$ged_links" -le 40 ] || return 1
            ged_readlink "$ged_cand" || return 1
            case $ged_lt in /*) ged_phys= ;; esac
            ged_pend=$ged_lt/$ged_pend
            continue
        fi
        if [ "$ged_t" != d ] && ged_more "$ged_pend"; then
            ged_final=$ged_cand
            return 1
        fi
        ged_phys=$ged_cand
        ged_ft=$ged_t
    done
    ged_final=${ged_phys:-/}
    [ -n "$ged_phys" ] || ged_ft=d
    ged_ok=1
    return 0
}

ged_isdir() { ged_walk "$1" && [ "$ged_ft" = d ]; }
ged_isfile() { ged_walk "$1" && [ "$ged_ft" = f ]; }

# SystemView::lstat: the folder resolved, the last name not followed. Sets ged_t.
ged_lstat() {
    ged_t=
    ged_parent "$1"
    ged_ls_name=${1##*/}
    ged_isdir "$ged_r" || return 1
    ged_ls_p=${ged_final%/}/$ged_ls_name
    ged_ftype "$ged_ls_p"
    [ -n "$ged_t" ] || return 1
    ged_ls_t=$ged_t
    ged_store "$ged_ls_p" "$ged_t"
    ged_t=$ged_ls_t
    return 0
}

# A file's text, for this script's own decisions (SystemView::readFile: the path resolved).
ged_read() { # PATH -> ged_txt; false when it cannot be read
    ged_txt=
    ged_isfile "$1" || return 1
    [ -r "$ged_final" ] || return 1
    {
        while IFS= read -r ged_rl; do
            ged_txt=$ged_txt$ged_rl$ged_nl
        done
        ged_txt=$ged_txt$ged_rl
    } <"$ged_final" 2>/dev/null || return 1
    return 0
}

# Copies every file recorded into root/ as snapshot-format.md, "Capturing" says: whole up to
# 1 MiB, read to its end (/proc and /sys report sizes that mean nothing), else its first 64 KiB;
# withheld when it holds a private key; text (no NUL, valid UTF-8) through the redaction, and
# /etc/passwd keeping the user's line only. Folders first, then files, links last, so that
# nothing is ever written through a link. In few processes: forks are what a capture in sh
# spends its time on.
# shellcheck disable=SC2120 # "$@" is the lists', set inside
ged_materialize() {
    eval "set -- $ged_L_dirs"
    [ $# -eq 0 ] || mkdir -p -- "$@" || ged_die "cannot write in $ged_root" 1
    ged_bytes=0
    eval "set -- $ged_L_files"
    if [ $# -gt 0 ]; then
        # Sizes and modes of all files at once (one line each; a file gone since has none).
        stat -c '%s %a' -- "$@" >"$ged_w/stat" 2>/dev/null
        ged_lines=0
        while IFS= read -r ged_line; do ged_lines=$((ged_lines + 1)); done <"$ged_w/stat"
        [ "$ged_lines" -eq $# ] || : >"$ged_w/stat"
        ged_L_tar=
        ged_L_spec=
        ged_L_exec=
        exec 3<"$ged_w/stat"
        for ged_f in "$@"; do
            ged_size=0
            ged_mode=644
            IFS=' ' read -r ged_size ged_mode <&3 || {
                ged_st=$(stat -c '%s %a' -- "$ged_f" 2>/dev/null) || continue
                ged_size=${ged_st% *}
                ged_mode=${ged_st#* }
            }
            ged_dest=$ged_root$ged_f
            case $ged_f in
            /proc/* | /sys/*)
                head -c $((ged_whole + 1)) -- "$ged_f" >"$ged_dest" 2>/dev/null || : >"$ged_dest"
                ged_quote "$ged_dest"
                ged_L_spec="$ged_L_spec $ged_r"
                ;;
            *)
                if [ "$ged_size" -gt "$ged_whole" ]; then
                    head -c "$ged_head" -- "$ged_f" >"$ged_dest" 2>/dev/null || : >"$ged_dest"
                    if [ $((0$ged_mode & 0111)) -ne 0 ]; then
                        ged_quote "$ged_dest"
                        ged_L_exec="$ged_L_exec $ged_r"
                    fi
                else
                    ged_quote "${ged_f#/}"
                    ged_L_tar="$ged_L_tar $ged_r"
                fi
                ;;
            esac
        done
        exec 3<&-
        # The small files: one tar from / into root/ (modes kept; owners set when archiving).
        if [ -n "$ged_L_tar" ]; then
            eval "set -- $ged_L_tar"
            tar -C / -cf - -- "$@" 2>/dev/null | tar -C "$ged_root" --no-same-owner -xf - 2>/dev/null
        fi
        # /proc and /sys files read to their end: one larger than 1 MiB keeps its head.
        if [ -n "$ged_L_spec" ]; then
            eval "set -- $ged_L_spec"
            wc -c -- "$@" >"$ged_w/wc" 2>/dev/null
            exec 3<"$ged_w/wc"
            for ged_f in "$@"; do
                IFS=' ' read -r ged_size ged_rest <&3 || break
                if [ "$ged_size" -gt "$ged_whole" ]; then
                    head -c "$ged_head" -- "$ged_f" >"$ged_w/head" && cat -- "$ged_w/head" >"$ged_f"
                fi
            done
            exec 3<&-
        fi
        if [ -n "$ged_L_exec" ]; then
            eval "set -- $ged_L_exec"
            chmod 755 -- "$@"
        fi
        # What each non-empty file is: K (a private key), N (a NUL byte), B (not UTF-8).
        ged_L_nonempty=
        eval "set -- $ged_L_files"
        for ged_f in "$@"; do
            ged_dest=$ged_root$ged_f
            # A file this user may not read is stored empty, as the app stores it.
            [ -e "$ged_dest" ] || : >"$ged_dest"
            [ -s "$ged_dest" ] || continue
            ged_quote "$ged_dest"
            ged_L_nonempty="$ged_L_nonempty $ged_r"
        done
        if [ -n "$ged_L_nonempty" ]; then
            eval "set -- $ged_L_nonempty"
            LC_ALL=C sed -s -n -E -f "$ged_w/classify.sed" -- "$@" >"$ged_w/classes" 2>/dev/null
            ged_L_text=
            ged_L_key=
            ged_passwd=
            exec 3<"$ged_w/classes"
            for ged_f in "$@"; do
                IFS= read -r ged_class <&3 || ged_class=B
                case $ged_class in
                *K*)
                    ged_withhold "${ged_f#"$ged_root"}"
                    ged_quote "$ged_f"
                    ged_L_key="$ged_L_key $ged_r"
                    ;;
                *N* | *B*) ;;
                *)
                    if [ "$ged_f" = "$ged_root/etc/passwd" ]; then
                        ged_passwd=$ged_f
                    else
                        ged_quote "$ged_f"
                        ged_L_text="$ged_L_text $ged_r"
                    fi
                    ;;
                esac
            done
            exec 3<&-
            if [ -n "$ged_L_key" ]; then
                eval "set -- $ged_L_key"
                rm -f -- "$@"
            fi
            # QStringDecoder drops a leading byte order mark; the redaction goes line by line.
            if [ -n "$ged_L_text" ]; then
                eval "set -- $ged_L_text"
                LC_ALL=C sed -i -E -e "1s/^$ged_bom//" -f "$ged_w/redact.sed" -- "$@"
            fi
            if [ -n "$ged_passwd" ]; then
                LC_ALL=C sed -i -E -n -e "1s/^$ged_bom//" -e "/^[^:]*:[^:]*:$ged_uid(:|\$)/p" -- "$ged_passwd"
            fi
            eval "set -- $ged_L_nonempty"
            ged_bytes=$(cat -- "$@" 2>/dev/null | wc -c)
        fi
    fi
    eval "set -- $ged_L_links"
    while [ $# -ge 2 ]; do
        ln -s -- "$2" "$1" 2>/dev/null
        shift 2
    done
}

# Words of a text (for numbers and keyed files); no globbing.
ged_words() {
    set -f
    # shellcheck disable=SC2086
    set -- $1
    set +f
    ged_nwords=$#
    ged_w1=${1-}
    ged_w2=${2-}
}

# --- who and where -------------------------------------------------------------------------------

ged_uid=$(id -u)
ged_pw=
if command -v getent >/dev/null 2>&1; then
    ged_pw=$(getent passwd "$ged_uid" 2>/dev/null | head -n 1)
fi
if [ -z "$ged_pw" ] && [ -r /etc/passwd ]; then
    while IFS= read -r ged_line || [ -n "$ged_line" ]; do
        ged_rest=${ged_line#*:}
        ged_rest=${ged_rest#*:}
        if [ "${ged_rest%%:*}" = "$ged_uid" ]; then
            ged_pw=$ged_line
            break
        fi
    done </etc/passwd
fi
if [ -n "$ged_pw" ]; then
    ged_user=${ged_pw%%:*}
    ged_pw_shell=${ged_pw##*:}
    ged_rest=${ged_pw%:*}
    ged_pw_home=${ged_rest##*:}
    ged_home=$ged_pw_home
    ged_shell=$ged_pw_shell
else
    ged_user=${USER:-${LOGNAME-}}
    ged_home=
    ged_shell=${SHELL-}
fi
[ -z "${HOME-}" ] || ged_home=$HOME
[ -n "$ged_shell" ] || ged_shell=/bin/sh
ged_hostname=$(uname -n)
ged_machine=$(uname -m)
ged_kernel=$(uname -r)
ged_cwd=$(pwd -P) || ged_cwd=/
ged_captured=$(date -u +%Y-%m-%dT%H:%M:%SZ)
ged_epoch=$(date -u +%s)

# --- the go env file, GOROOT and the like: the user's environment ----------------------------

ged_env() { # NAME -> ged_r: the user's value of NAME ("" when unset)
    eval "ged_r=\${$1-}"
}

# --- shell start-up files (core/probes/ShellProbe.cpp, ShellSyntax.cpp) -------------------------

ged_sh_home=
if [ -n "$ged_home" ]; then
    ged_clean "$ged_home"
    ged_sh_home=$ged_r
fi

# A shell word as ShellSyntax expands it: quotes removed; $HOME, ${HOME} and an unquoted
# leading ~ (after an unquoted ":" too, in assignments) become the home; variables assigned
# earlier in the same file are substituted; anything else stays as written and the word is then
# not "clean" (a source is followed only when clean). $PATH (or $path) becomes a marker.
ged_expand() { # WORD ASSIGNMENT(0/1) -> ged_x, ged_xclean
    ged_e_in=$1
    ged_x=
    ged_xclean=1
    ged_e_q=
    ged_e_start=1
    while [ -n "$ged_e_in" ]; do
        ged_e_c=${ged_e_in%"${ged_e_in#?}"}
        ged_e_in=${ged_e_in#?}
        case $ged_e_q$ged_e_c in
        "'" | "s'")
            if [ -z "$ged_e_q" ]; then ged_e_q=s; else ged_e_q=; fi
            ged_e_start=0
            continue
            ;;
        s*)
            ged_x=$ged_x$ged_e_c
            continue
            ;;
        '"' | 'd"')
            if [ -z "$ged_e_q" ]; then ged_e_q=d; else ged_e_q=; fi
            ged_e_start=0
            continue
            ;;
        \\ | d\\)
            ged_e_c=${ged_e_in%"${ged_e_in#?}"}
            ged_e_in=${ged_e_in#?}
            ged_x=$ged_x$ged_e_c
            ged_e_start=0
            continue
            ;;
        '~')
            if [ "$ged_e_start" = 1 ]; then
                case $ged_e_in in
                '' | /* | :*)
                    ged_x=$ged_x$ged_sh_home
                    ged_e_start=0
                    continue
                    ;;
                esac
            fi
            ;;
        ':')
            ged_x=$ged_x:
            [ "$2" = 1 ] && ged_e_start=1
            continue
            ;;
        '`' | 'd`') ged_xclean=0 ;;
        '$' | 'd$')
            ged_e_name=
            case $ged_e_in in
            '{'*)
                ged_e_body=${ged_e_in#\{}
                case $ged_e_body in
                *'}'*)
                    ged_e_name=${ged_e_body%%\}*}
                    ged_e_rest=${ged_e_body#*\}}
                    ;;
                esac
                case $ged_e_name in
                '' | *[!A-Za-z0-9_]* | [0-9]*) ged_e_name= ;;
                esac
                if [ -n "$ged_e_name" ]; then
                    ged_e_raw="\${$ged_e_name}"
                    ged_e_in=$ged_e_rest
                fi
                ;;
            [A-Za-z_]*)
                ged_e_name=${ged_e_in%%[!A-Za-z0-9_]*}
                ged_e_raw="\$$ged_e_name"
                ged_e_in=${ged_e_in#"$ged_e_name"}
                ;;
            esac
            ged_e_start=0
            if [ -z "$ged_e_name" ]; then
                ged_xclean=0
                ged_x=$ged_x$ged_e_c
                continue
            fi
            case $ged_e_name in
            HOME) ged_x=$ged_x$ged_sh_home ;;
            PATH | path) ged_x=$ged_x$ged_nl ;;
            *)
                if ged_set_has vars "$ged_e_name"; then
                    eval "ged_x=\$ged_x\$ged_V_$ged_e_name"
                else
                    ged_x=$ged_x$ged_e_raw
                    ged_xclean=0
                fi
                ;;
            esac
            continue
            ;;
        esac
        ged_x=$ged_x$ged_e_c
        ged_e_start=0
    done
}

# The `go` of each folder a PATH line adds (FactsCollector::collectShellExtras).
ged_path_folders() { # VALUE(expanded, the old value as a newline) SEPARATOR
    ged_pf_in=$1$2
    while [ -n "$ged_pf_in" ]; do
        ged_pf_one=${ged_pf_in%%"$2"*}
        ged_pf_in=${ged_pf_in#*"$2"}
        case $ged_pf_one in
        *"$ged_nl"* | '') continue ;;
        esac
        ged_clean "$ged_pf_one"
        case $ged_r in
        /*)
            ged_pf_save=$ged_pf_in
            ged_walk "${ged_r%/}/go"
            ged_pf_in=$ged_pf_save
            ;;
        esac
    done
}

# Lines of sh, bash and zsh files, as records: S<tab>WORD (a source), T<tab>WORD (a path tested),
# A<tab>NAME<tab>WORD (an assignment), Z<tab>WORDS (zsh path array), F (fi), L (end of line).
cat >"$ged_w/posix.sed" <<'EOF'
s/(^|[[:space:]])#.*//
s/[[:space:]]*(&&|\|\||;;|[;|&])[[:space:]]*/\n/g
s/$/\n/
:seg
h
/^\n/bnext
s/\n.*//
s/^[[:space:]]+//
:kw
s/^(then|do|else|elif|if|while|until|!|\{|\(|time)([[:space:]]+|$)//
tkw
s/^[^=()[:space:]]*[^=()[:space:]\\]\)[[:space:]]*//
tkw
/^fi([[:space:]]|$)/{
s/.*/F/p
bnext
}
/^(\\?\.|source)[[:space:]]+/{
s/^(\\?\.|source)[[:space:]]+(([^[:space:];&|<>()"'`]|"[^"]*"|'[^']*')+).*/S\t\2/p
bnext
}
/^(\[\[?|test)[[:space:]]+-[defxrs][[:space:]]+/{
s/^(\[\[?|test)[[:space:]]+-[defxrs][[:space:]]+(([^[:space:];&|<>()"'`]|"[^"]*"|'[^']*')+).*/T\t\2/p
bnext
}
/^path\+?=\(/{
s/^path\+?=\(([^)]*)\).*/Z\t\1/p
bnext
}
s/^(export|readonly|local|declare|typeset)(([[:space:]]+-[A-Za-z]+)*)[[:space:]]+//
:asg
/^[A-Za-z_][A-Za-z0-9_]*\+?=/{
s/^([A-Za-z_][A-Za-z0-9_]*)\+?=(([^[:space:];&|<>()"'`]|"[^"]*"|'[^']*')*)/A\t\1\t\2\n/
P
s/^[^\n]*\n[[:space:]]*//
basg
}
:next
g
s/^[^\n]*\n//
/./bseg
s/.*/L/p
EOF

# fish: `set [-gx...] PATH|fish_user_paths WORDS`, `fish_add_path [-opts] WORDS`, `source WORD`.
cat >"$ged_w/fish.sed" <<'EOF'
s/(^|[[:space:]])#.*//
s/[[:space:]]*(;|&&|\|\|)[[:space:]]*/\n/g
s/$/\n/
:seg
h
/^\n/bnext
s/\n.*//
s/^[[:space:]]+//
:kw
s/^(and|or|not|if|else|begin|command|builtin)[[:space:]]+//
tkw
/^(\.|source)[[:space:]]+/{
s/^(\.|source)[[:space:]]+(([^[:space:];&|<>()"'`]|"[^"]*"|'[^']*')+).*/S\t\2/p
bnext
}
/^set[[:space:]]/{
s/^set(([[:space:]]+-[A-Za-z-]+)*)[[:space:]]+(PATH|fish_user_paths)[[:space:]]+(.*)/W\t\4/p
bnext
}
/^fish_add_path([[:space:]]|$)/{
s/^fish_add_path//
s/[[:space:]]+-[A-Za-z-]+//g
s/^/W\t/p
}
:next
g
s/^[^\n]*\n//
/./bseg
EOF


# Parses one start-up file and walks what the analysis then looks at: the go of the folders its
# PATH lines add, the paths its tests require before a PATH or GO* line, and (FOLLOW=1, a file
# the shell reads itself) the files it sources, which are parsed in turn without following theirs.
ged_parse_shell() { # FILE DIALECT FOLLOW
    ged_set_clear vars
    ged_ps_test=
    ged_isfile "$1" || return 0
    [ -r "$ged_final" ] || return 0
    case $2 in
    environment | environmentd)
        while IFS= read -r ged_ps_line || [ -n "$ged_ps_line" ]; do
            ged_ps_line=${ged_ps_line#"${ged_ps_line%%[! 	]*}"}
            case $ged_ps_line in
            'export '*) ged_ps_line=${ged_ps_line#export } ;;
            esac
            case $ged_ps_line in
            PATH=*) ;;
            *) continue ;;
            esac
            ged_ps_v=${ged_ps_line#PATH=}
            ged_ps_v=${ged_ps_v%"${ged_ps_v##*[! 	]}"}
            if [ "$2" = environmentd ]; then
                ged_expand "$ged_ps_v" 0
                ged_ps_v=$ged_x
            else
                case $ged_ps_v in
                \"*) ged_ps_v=${ged_ps_v#\"} && ged_ps_v=${ged_ps_v%\"} ;;
                \'*) ged_ps_v=${ged_ps_v#\'} && ged_ps_v=${ged_ps_v%\'} ;;
                esac
            fi
            ged_path_folders "$ged_ps_v" :
        done <"$ged_final"
        return 0
        ;;
    fishvars)
        while IFS= read -r ged_ps_line || [ -n "$ged_ps_line" ]; do
            case $ged_ps_line in
            "SETUVAR fish_user_paths:"* | "SETUVAR --export fish_user_paths:"*)
                ged_path_folders "${ged_ps_line#*fish_user_paths:}" '\x1e'
                ;;
            esac
        done <"$ged_final"
        return 0
        ;;
    fish) ged_ps_sed=$ged_w/fish.sed ;;
    *) ged_ps_sed=$ged_w/posix.sed ;;
    esac
    LC_ALL=C sed -E -n -f "$ged_ps_sed" -- "$ged_final" >"$ged_w/shell.rec" 2>/dev/null || return 0
    while IFS= read -r ged_ps_rec || [ -n "$ged_ps_rec" ]; do
        ged_ps_kind=${ged_ps_rec%%"$ged_tab"*}
        ged_ps_arg=${ged_ps_rec#*"$ged_tab"}
        case $ged_ps_kind in
        F | L) ged_ps_test= ;;
        T)
            ged_expand "$ged_ps_arg" 0
            ged_ps_test=$ged_x
            ;;
        S)
            [ "$3" = 1 ] || continue
            ged_expand "$ged_ps_arg" 0
            [ "$ged_xclean" = 1 ] || continue
            case $ged_x in /*) ;; *) continue ;; esac
            ged_clean "$ged_x"
            ged_ps_src=$ged_r
            if ged_isfile "$ged_ps_src" && ged_set_add sourced "$ged_ps_src"; then
                ged_quote "$2"
                ged_L_sourced="$ged_L_sourced $ged_r"
                ged_quote "$ged_ps_src"
                ged_L_sourced="$ged_L_sourced $ged_r"
            fi
            ;;
        A)
            ged_ps_name=${ged_ps_arg%%"$ged_tab"*}
            ged_expand "${ged_ps_arg#*"$ged_tab"}" 1
            case $ged_ps_name in
            PATH | GO*)
                case $ged_ps_test in
                /*)
                    ged_ps_save=$ged_x
                    ged_walk "$ged_ps_test"
                    ged_x=$ged_ps_save
                    ;;
                esac
                ged_ps_test=
                ;;
            esac
            if [ "$ged_ps_name" = PATH ]; then
                ged_path_folders "$ged_x" :
            elif [ "$ged_xclean" = 1 ]; then
                ged_set_add vars "$ged_ps_name"
                eval "ged_V_$ged_ps_name=\$ged_x"
            fi
            ;;
        Z | W)
            set -f
            # shellcheck disable=SC2086
            set -- $ged_ps_arg
            set +f
            for ged_ps_word in "$@"; do
                case $ged_ps_word in -*) continue ;; esac
                ged_expand "$ged_ps_word" 0
                ged_path_folders "$ged_x" :
            done
            ;;
        esac
    done <"$ged_w/shell.rec"
}

ged_dialect() { # PATH -> ged_r
    case $1 in
    /etc/environment) ged_r=environment ;;
    */environment.d/*.conf) ged_r=environmentd ;;
    */fish_variables) ged_r=fishvars ;;
    *.fish) ged_r=fish ;;
    /etc/zsh/* | */.zshenv | */.zprofile | */.zshrc | */.zlogin | *.zsh) ged_r=zsh ;;
    *) ged_r=posix ;;
    esac
}

# One file of a shell's plan: looked at (a file or not), listed for parsing when it is one.
ged_startup() { # PATH
    [ -n "$1" ] || return 1
    ged_isfile "$1" || return 1
    if ged_set_add startup "$1"; then
        ged_quote "$1"
        ged_L_startup="$ged_L_startup $ged_r"
    fi
    return 0
}

# Files ending in SUFFIX in several folders, merged by name (the first folder wins).
ged_merged_n=0
ged_merged() { # SUFFIX DIR...
    ged_mg_suffix=$1
    shift
    ged_merged_n=$((ged_merged_n + 1))
    for ged_mg_dir in "$@"; do
        [ -n "$ged_mg_dir" ] || continue
        ged_isdir "$ged_mg_dir" || continue
        ged_mg_phys=${ged_final%/}
        for ged_mg_e in "$ged_mg_phys"/* "$ged_mg_phys"/.[!.]* "$ged_mg_phys"/..?*; do
            [ -e "$ged_mg_e" ] || [ -L "$ged_mg_e" ] || continue
            ged_mg_name=${ged_mg_e##*/}
            case $ged_mg_name in
            ?*"$ged_mg_suffix") ;;
            *) continue ;;
            esac
            ged_set_add "merged$ged_merged_n" "$ged_mg_name" || continue
            ged_startup "$ged_mg_dir/$ged_mg_name"
        done
    done
}

ged_home_file() { [ -n "$ged_sh_home" ] && ged_startup "$ged_sh_home/$1"; }

# ShellProbe: every start-up file of bash, zsh, fish and sh, login, interactive and desktop.
# shellcheck disable=SC2120 # "$@" is the lists', set inside
ged_shell_probe() {
    ged_startup /etc/profile
    ged_merged .sh /etc/profile.d
    # bash reads the first of these; the analysis looks at .bash_login only without .bash_profile.
    ged_home_file .bash_profile || ged_home_file .bash_login
    ged_home_file .profile
    ged_startup /etc/bash.bashrc
    ged_home_file .bashrc
    ged_startup /etc/environment
    ged_merged .conf "${ged_sh_home:+$ged_sh_home/.config/environment.d}" /etc/environment.d \
        /run/environment.d /usr/local/lib/environment.d /usr/lib/environment.d
    case ${XDG_SESSION_TYPE-} in
    [Ww][Aa][Yy][Ll][Aa][Nn][Dd]) ;;
    *)
        ged_startup /etc/xprofile
        ged_home_file .xprofile
        ged_home_file .xsessionrc
        ;;
    esac
    for ged_z in zshenv zprofile zshrc zlogin; do
        ged_startup "/etc/zsh/$ged_z"
        ged_home_file ".$ged_z"
    done
    ged_home_file .config/fish/fish_variables
    ged_merged .fish "${ged_sh_home:+$ged_sh_home/.config/fish/conf.d}" /etc/fish/conf.d \
        /usr/share/fish/vendor_conf.d
    ged_startup /etc/fish/config.fish
    ged_home_file .config/fish/config.fish

    # Each file, then the files they source (one level: theirs are not followed).
    eval "set -- $ged_L_startup"
    for ged_sf in "$@"; do
        ged_dialect "$ged_sf"
        ged_parse_shell "$ged_sf" "$ged_r" 1
    done
    eval "set -- $ged_L_sourced"
    while [ $# -ge 2 ]; do
        ged_set_add startup "$2" && ged_parse_shell "$2" "$1" 0
        shift 2
    done
}

# --- Go on PATH and its trees (core/probes/FactsCollector.cpp) --------------------------------

# inspectRoot: the tree's folder, bin/go, src, pkg/tool and VERSION.
# Sets ged_ir_exists, ged_ir_real, ged_ir_bingo, ged_ir_pkgtool, ged_ir_version (1 or empty).
ged_inspect_root() { # ROOT
    ged_ir_exists=
    ged_ir_bingo=
    ged_ir_pkgtool=
    ged_ir_version=
    ged_walk "$1"
    [ "$ged_ok" = 1 ] && [ "$ged_ft" = d ] || return 1
    ged_ir_exists=1
    ged_ir_root=${1%/}
    ged_isfile "$ged_ir_root/bin/go" && ged_ir_bingo=1
    ged_walk "$ged_ir_root/src"
    ged_isdir "$ged_ir_root/pkg/tool" && ged_ir_pkgtool=1
    if ged_read "$ged_ir_root/VERSION"; then
        ged_ir_first=${ged_txt%%"$ged_nl"*}
        ged_words "$ged_ir_first"
        case $ged_w1 in
        go | devel) [ "$ged_w1" = go ] && [ "$ged_w2" = version ] && ged_ir_version=1 ;;
        go[0-9]*) ged_ir_version=1 ;;
        esac
    fi
    return 0
}

# Lists of paths, kept as single-quoted words (see ged_quote): any byte but NUL survives.
ged_L_startup=
ged_L_sourced=
ged_L_meant=
ged_L_croots=
ged_L_roots=
ged_active=
ged_active_root=
ged_active_pkgtool=
ged_active_reinspected=

ged_nid=0
ged_ncand=0
ged_active_idx=0
ged_path_probe() {
    [ -n "$ged_upath" ] || return 0
    ged_pp_rest=$ged_upath:
    ged_pp_seen=:
    while [ -n "$ged_pp_rest" ]; do
        ged_pp_raw=${ged_pp_rest%%:*}
        ged_pp_rest=${ged_pp_rest#*:}
        # PathParser: absolute, empty (the current folder), ~ (a literal folder) or relative.
        case $ged_pp_raw in
        /*)
            ged_clean "$ged_pp_raw"
            ged_pp_clean=$ged_r
            ged_pp_folder=$ged_r
            ;;
        '')
            ged_pp_clean=.
            ged_clean "$ged_cwd"
            ged_pp_folder=$ged_r
            ;;
        *)
            ged_clean "$ged_pp_raw"
            ged_pp_clean=$ged_r
            ged_clean "$ged_cwd/$ged_pp_raw"
            ged_pp_folder=$ged_r
            ;;
        esac
        # collectPath: every entry's folder; what a literal ~ entry meant.
        ged_pp_isdir=
        ged_isdir "$ged_pp_folder" && ged_pp_isdir=1
        case $ged_pp_raw in
        \~ | \~/*)
            ged_pp_home=$ged_home
            if [ "$ged_pp_raw" = '~' ]; then
                ged_pp_meant=$ged_pp_home
            else
                ged_clean "$ged_pp_home${ged_pp_raw#\~}"
                ged_pp_meant=$ged_r
            fi
            case $ged_pp_meant in
            /*)
                ged_clean "$ged_pp_meant/go"
                if ged_isfile "$ged_r"; then
                    case $ged_pp_meant in
                    */bin)
                        ged_parent "$ged_pp_meant"
                        ged_quote "$ged_r"
                        ged_L_meant="$ged_L_meant $ged_r"
                        ;;
                    esac
                fi
                ;;
            esac
            ;;
        esac
        # collectGoCandidates: a folder is searched once, duplicates and missing folders skipped.
        case $ged_pp_seen in
        *":$ged_pp_clean:"*) continue ;;
        esac
        ged_pp_seen=$ged_pp_seen$ged_pp_clean:
        [ -n "$ged_pp_isdir" ] || continue
        ged_walk "$ged_pp_folder"
        ged_set_add physfolder "$ged_final" || continue
        ged_clean "$ged_pp_folder/go"
        ged_pp_go=$ged_r
        ged_lstat "$ged_pp_go" || continue
        ged_walk "$ged_pp_go"
        [ "$ged_ok" = 1 ] || continue
        ged_pp_real=$ged_final
        ged_pp_type=$ged_ft
        ged_pp_exec=
        if [ "$ged_pp_type" = f ]; then
            ged_pp_mode=$(stat -c %a -- "$ged_pp_real" 2>/dev/null) || ged_pp_mode=0
            [ $((0$ged_pp_mode & 0111)) -ne 0 ] && ged_pp_exec=1
        fi
        ged_pp_snap=
        case $ged_pp_go in
        /snap/bin/*) case $ged_pp_real in */snap) ged_pp_snap=1 ;; esac ;;
        esac
        if [ -n "$ged_pp_snap" ]; then
            ged_pp_identity=$ged_pp_go
        else
            ged_pp_identity=$ged_pp_real
        fi
        if ged_set_add goidentity "$ged_pp_identity"; then
            # rootOf
            ged_pp_root=
            ged_pp_pkgtool=
            ged_pp_rootexists=
            if [ -n "$ged_pp_snap" ]; then
                ged_walk /snap/go/current
                ged_pp_root=$ged_final
                ged_inspect_root "$ged_pp_root"
                ged_pp_rootexists=$ged_ir_exists
                ged_pp_pkgtool=$ged_ir_pkgtool
                ged_pp_binary=$ged_pp_real
                [ -n "$ged_ir_bingo" ] && ged_pp_binary=${ged_pp_root%/}/bin/go
            else
                ged_parent "$ged_pp_real"
                ged_pp_up1=$ged_r
                ged_parent "$ged_pp_up1"
                ged_pp_up2=$ged_r
                ged_inspect_root "$ged_pp_up2"
                if [ -n "$ged_ir_pkgtool" ]; then
                    ged_pp_root=$ged_pp_up2
                    ged_pp_rootexists=$ged_ir_exists
                    ged_pp_pkgtool=1
                else
                    ged_pp_e2=$ged_ir_exists
                    ged_parent "$ged_pp_up2"
                    ged_inspect_root "$ged_r"
                    if [ -n "$ged_ir_pkgtool" ]; then
                        ged_parent "$ged_pp_up2"
                        ged_pp_root=$ged_r
                        ged_pp_rootexists=$ged_ir_exists
                        ged_pp_pkgtool=1
                    else
                        case $ged_pp_up1 in
                        */bin)
                            ged_pp_root=$ged_pp_up2
                            ged_pp_rootexists=$ged_pp_e2
                            ;;
                        esac
                    fi
                fi
                ged_pp_binary=$ged_pp_real
            fi
            [ "$ged_pp_type" = f ] && ged_walk "$ged_pp_binary"
            ged_pp_rootok=$ged_pp_rootexists
            ged_nid=$((ged_nid + 1))
            eval "ged_ID_$ged_nid=\$ged_pp_identity ged_IR_$ged_nid=\$ged_pp_root ged_IP_$ged_nid=\$ged_pp_pkgtool ged_IE_$ged_nid=\$ged_pp_rootok"
        else
            # The same go as an earlier candidate: its tree, without looking again.
            ged_i=0
            while [ "$ged_i" -lt "$ged_nid" ]; do
                ged_i=$((ged_i + 1))
                eval "ged_v=\$ged_ID_$ged_i"
                [ "$ged_v" = "$ged_pp_identity" ] || continue
                eval "ged_pp_root=\$ged_IR_$ged_i ged_pp_pkgtool=\$ged_IP_$ged_i ged_pp_rootok=\$ged_IE_$ged_i"
                break
            done
        fi
        # The candidates' trees, in PATH order ('' for none), for the installations.
        ged_ncand=$((ged_ncand + 1))
        if [ -n "$ged_pp_rootok" ]; then
            ged_quote "$ged_pp_root"
        else
            ged_r="''"
        fi
        ged_L_croots="$ged_L_croots $ged_r"
        if [ -z "$ged_active" ] && [ "$ged_pp_type" = f ] && [ -n "$ged_pp_exec" ]; then
            ged_active_idx=$ged_ncand
            ged_active=$ged_pp_go
            ged_active_root=$ged_pp_root
            ged_active_pkgtool=$ged_pp_pkgtool
        fi
    done
}

# --- commands (core/system/LiveSystem.cpp, run) --------------------------------------------------

ged_ncmd=0
ged_bg=
ged_last_pid=
# Runs argv in the background under a timeout; the result goes to $ged_w/cmd.N/.
ged_run() { # KIND(go|login) TIMEOUT ARGV...
    ged_ncmd=$((ged_ncmd + 1))
    ged_rd=$ged_w/cmd.$ged_ncmd
    mkdir -p -- "$ged_rd"
    ged_rkind=$1
    ged_rto=$2
    shift 2
    ged_ri=0
    for ged_ra in "$@"; do
        ged_ri=$((ged_ri + 1))
        printf '%s' "$ged_ra" >"$ged_rd/argv.$ged_ri"
    done
    echo "$ged_ri" >"$ged_rd/argc"
    : >"$ged_rd/out"
    : >"$ged_rd/err"
    # What a shell says when it cannot start the program (LiveSystem's checks).
    ged_rprog=$1
    if [ ! -e "$ged_rprog" ]; then
        printf '%s: No such file or directory' "$1" >"$ged_rd/err"
        echo 127 >"$ged_rd/rc"
        return 0
    elif [ -d "$ged_rprog" ]; then
        printf '%s: Is a directory' "$1" >"$ged_rd/err"
        echo 126 >"$ged_rd/rc"
        return 0
    elif [ ! -x "$ged_rprog" ]; then
        printf '%s: Permission denied' "$1" >"$ged_rd/err"
        echo 126 >"$ged_rd/rc"
        return 0
    fi
    (
        ged_t0=$(date +%s)
        if [ "$ged_rkind" = go ]; then
            # The user's environment and folder, plus GOTOOLCHAIN=local: a scan never downloads.
            if [ -n "$ged_had_path" ]; then
                PATH=$ged_upath GOTOOLCHAIN=local "$ged_timeout" -k 2 "$ged_rto" "$@" </dev/null >"$ged_rd/out" 2>"$ged_rd/err"
            else
                "$ged_env_bin" -u PATH GOTOOLCHAIN=local "$ged_timeout" -k 2 "$ged_rto" "$@" </dev/null >"$ged_rd/out" 2>"$ged_rd/err"
            fi
        else
            # A new terminal's environment, in its home, in a new session with no terminal.
            ged_wd=$ged_home
            [ -n "$ged_wd" ] && [ -d "$ged_wd" ] || ged_wd=/
            cd -- "$ged_wd" 2>/dev/null || cd /
            # timeout outside, setsid inside: the shell leads a session of its own, as the app
            # starts it (and says the same about having no terminal).
            [ -n "$ged_setsid" ] && set -- "$ged_setsid" "$@"
            set -- "$ged_timeout" -k 2 "$ged_rto" "$@"
            if [ -n "$ged_login_lang" ]; then
                "$ged_env_bin" -i HOME="$ged_home" USER="$ged_user" LOGNAME="$ged_user" SHELL="$ged_shell" \
                    TERM="$ged_login_term" LANG="$ged_login_lang" PATH="$ged_login_path" \
                    "$@" </dev/null >"$ged_rd/out" 2>"$ged_rd/err"
            else
                "$ged_env_bin" -i HOME="$ged_home" USER="$ged_user" LOGNAME="$ged_user" SHELL="$ged_shell" \
                    TERM="$ged_login_term" PATH="$ged_login_path" \
                    "$@" </dev/null >"$ged_rd/out" 2>"$ged_rd/err"
            fi
        fi
        ged_rc=$?
        ged_t1=$(date +%s)
        if [ "$ged_rc" = 124 ] || { [ "$ged_rc" = 137 ] && [ $((ged_t1 - ged_t0)) -ge "$ged_rto" ]; }; then
            echo timeout >"$ged_rd/rc"
        else
            echo "$ged_rc" >"$ged_rd/rc"
        fi
    ) &
    ged_bg="$ged_bg $!"
    ged_last_pid=$!
}

# /etc/environment as pam_env reads it: PATH and LANG for the login shell.
ged_login_path=
ged_login_lang=
if ged_read /etc/environment; then
    printf '%s' "$ged_txt" >"$ged_w/etcenv"
    while IFS= read -r ged_line || [ -n "$ged_line" ]; do
        ged_line=${ged_line#"${ged_line%%[! 	]*}"}
        case $ged_line in 'export '*) ged_line=${ged_line#export } ;; esac
        case $ged_line in
        PATH=* | LANG=*)
            ged_v=${ged_line#*=}
            ged_v=${ged_v#"${ged_v%%[! 	]*}"}
            ged_v=${ged_v%"${ged_v##*[! 	]}"}
            case $ged_v in
            \"*) ged_v=${ged_v#\"} && ged_v=${ged_v%\"} ;;
            \'*) ged_v=${ged_v#\'} && ged_v=${ged_v%\'} ;;
            esac
            case $ged_line in
            PATH=*) ged_login_path=$ged_v ;;
            *) ged_login_lang=$ged_v ;;
            esac
            ;;
        esac
    done <"$ged_w/etcenv"
fi
[ -n "$ged_login_lang" ] || ged_login_lang=${LANG-}
[ -n "$ged_login_path" ] || ged_login_path=/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games
ged_login_term=${TERM:-dumb}

# --- go env file, installations, GOPATH/bin ------------------------------------------------------

# defaultEnvFilePath: GOENV, else $XDG_CONFIG_HOME/go/env, else $HOME/.config/go/env.
ged_envfile_guess() {
    ged_r=
    if [ -n "${GOENV-}" ]; then
        [ "$GOENV" = off ] || ged_r=$GOENV
        return 0
    fi
    case ${XDG_CONFIG_HOME-} in
    /*)
        ged_clean "$XDG_CONFIG_HOME/go/env"
        return 0
        ;;
    esac
    ged_eh=${HOME:-$ged_home}
    [ -n "$ged_eh" ] && ged_clean "$ged_eh/.config/go/env"
    return 0
}

# collectInstalls: a root, and the dpkg list that owns its bin/go.
ged_install() { # ROOT
    ged_walk "$1"
    [ "$ged_ok" = 1 ] && [ "$ged_ft" = d ] || return 0
    ged_in_real=$ged_final
    ged_set_has installs "$ged_in_real" && return 0
    case $1 in
    */current) ged_in_tree=$ged_in_real ;;
    *) ged_in_tree=$1 ;;
    esac
    ged_inspect_root "$ged_in_tree"
    [ -n "$ged_ir_bingo" ] || [ -n "$ged_ir_version" ] || return 0
    ged_set_add installs "$ged_in_real"
    case $ged_in_tree in
    /snap/*)
        ged_lstat /snap/go/current
        ged_walk /var/lib/snapd/state.json
        return 0
        ;;
    esac
    ged_in_bin=${ged_in_tree%/}/bin/go
    ged_isdir /var/lib/dpkg/info || return 0
    ged_in_info=${ged_final%/}
    for ged_in_e in "$ged_in_info"/golang*.list; do
        [ -e "$ged_in_e" ] || [ -L "$ged_in_e" ] || continue
        ged_in_list=/var/lib/dpkg/info/${ged_in_e##*/}
        ged_isfile "$ged_in_list" || continue
        [ -r "$ged_final" ] || continue
        ged_in_re=$(printf '%s\n' "$ged_in_bin" | sed 's/[]\/$*.^[]/\\&/g')
        if [ -n "$(LC_ALL=C sed -n "/^$ged_in_re\$/{s/.*/y/p;q;}" -- "$ged_final")" ]; then
            return 0
        fi
    done
}

ged_children() { # DIR PREFIX SUFFIX: installs named PREFIX* in DIR (SUFFIX appended)
    ged_isdir "$1" || return 0
    ged_ch_phys=${ged_final%/}
    ged_ch_dir=${1%/}
    for ged_ch_e in "$ged_ch_phys"/* "$ged_ch_phys"/.[!.]* "$ged_ch_phys"/..?*; do
        [ -e "$ged_ch_e" ] || [ -L "$ged_ch_e" ] || continue
        ged_ch_name=${ged_ch_e##*/}
        case $ged_ch_name in
        "$2"*) ;;
        *) continue ;;
        esac
        ged_clean "$ged_ch_dir/$ged_ch_name${3:+/$3}"
        ged_quote "$ged_r"
        ged_L_roots="$ged_L_roots $ged_r"
    done
}

# The value of a key in `go env -json` output (a JSON object, one key per line).
ged_goenv_value() { # FILE KEY -> ged_r
    ged_r=
    while IFS= read -r ged_gl || [ -n "$ged_gl" ]; do
        case $ged_gl in
        *"\"$2\": \""*)
            ged_gv=${ged_gl#*\""$2"\": \"}
            ged_gv=${ged_gv%,}
            ged_gv=${ged_gv%\"}
            case $ged_gv in
            *\\*) ged_gv=$(printf '%s\n' "$ged_gv" | sed -e 's/\\u003c/</g; s/\\u003e/>/g; s/\\u0026/\&/g' \
                -e 's/\\"/"/g; s/\\\//\//g; s/\\\\/\\/g') ;;
            esac
            ged_r=$ged_gv
            return 0
            ;;
        esac
    done <"$1"
    return 1
}

# --- cgroups (core/probes/CgroupProbe.cpp, CgroupParsers.cpp) -------------------------------------

ged_unoct() { # mountinfo's \040 escapes -> ged_r
    ged_r=
    ged_uo=$1
    while :; do
        case $ged_uo in
        *\\[0-7][0-7][0-7]*)
            ged_r=$ged_r${ged_uo%%\\*}
            ged_uo=${ged_uo#*\\}
            case $ged_uo in
            [0-7][0-7][0-7]*)
                ged_uo_d=${ged_uo%"${ged_uo#???}"}
                ged_r=$ged_r$(ged_b "$ged_uo_d")
                ged_uo=${ged_uo#???}
                ;;
            *) ged_r=$ged_r\\ ;;
            esac
            ;;
        *)
            ged_r=$ged_r$ged_uo
            return 0
            ;;
        esac
    done
}

# Mounts: the first v1 mount of each controller, the first and last v2 mounts.
ged_cg_mounts() { # TEXT
    ged_v2_mp=
    ged_v2_root=
    ged_v2_last=
    for ged_c in memory cpu pids cpuset; do
        eval "ged_m1_${ged_c}_mp= ged_m1_${ged_c}_root="
    done
    printf '%s\n' "$1" >"$ged_w/mountinfo"
    while IFS= read -r ged_line || [ -n "$ged_line" ]; do
        set -f
        # shellcheck disable=SC2086
        set -- $ged_line
        set +f
        ged_n=0
        ged_dash=0
        for ged_f in "$@"; do
            ged_n=$((ged_n + 1))
            [ "$ged_dash" = 0 ] && [ "$ged_f" = - ] && ged_dash=$ged_n
        done
        # ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTIONS [OPTIONAL...] - FSTYPE SOURCE SUPEROPTIONS
        if [ "$ged_dash" -lt 7 ] || [ $((ged_dash + 2)) -gt "$#" ]; then
            continue
        fi
        ged_fstype=
        eval "ged_fstype=\${$((ged_dash + 1))}"
        ged_superopts=
        [ $((ged_dash + 3)) -le "$#" ] && eval "ged_superopts=\${$((ged_dash + 3))}"
        ged_unoct "$4"
        ged_mroot=$ged_r
        ged_unoct "$5"
        ged_mmp=$ged_r
        case $ged_mmp in /*) ;; *) continue ;; esac
        case $ged_fstype in
        cgroup2)
            if [ -z "$ged_v2_mp" ]; then
                ged_v2_mp=$ged_mmp
                ged_v2_root=$ged_mroot
            fi
            ged_v2_last=$ged_mmp
            ;;
        cgroup)
            for ged_c in memory cpu pids cpuset; do
                case ",$ged_superopts," in
                *",$ged_c,"*)
                    eval "[ -n \"\$ged_m1_${ged_c}_mp\" ]" && continue
                    eval "ged_m1_${ged_c}_mp=\$ged_mmp ged_m1_${ged_c}_root=\$ged_mroot"
                    ;;
                esac
            done
            ;;
        esac
    done <"$ged_w/mountinfo"
}

# /proc/self/cgroup: the path of the first line with the controller (v2: hierarchy 0, none).
ged_cg_member() { # CONTROLLER("" for v2) -> ged_r
    ged_r=
    while IFS= read -r ged_line || [ -n "$ged_line" ]; do
        ged_line=${ged_line#"${ged_line%%[! 	]*}"}
        ged_line=${ged_line%"${ged_line##*[! 	]}"}
        case $ged_line in *:*:*) ;; *) continue ;; esac
        ged_h=${ged_line%%:*}
        ged_rest=${ged_line#*:}
        ged_list=${ged_rest%%:*}
        ged_p=${ged_rest#*:}
        case $ged_h in '' | *[!0-9]*) continue ;; esac
        case $ged_p in /*) ;; *) continue ;; esac
        if [ -z "$1" ]; then
            if [ "$ged_h" -ne 0 ] || [ -n "$ged_list" ]; then
                continue
            fi
        else
            case ",$ged_list," in *",$1,"*) ;; *) continue ;; esac
        fi
        ged_r=$ged_p
        return 0
    done <"$ged_w/proccgroup"
    return 1
}

# cgroupFolder: the session's folder for a controller under its mount point ("" when unknown).
ged_cg_folder() { # CONTROLLER("" for v2) -> ged_r
    if [ -z "$1" ]; then
        ged_cf_mp=$ged_v2_mp
        ged_cf_root=$ged_v2_root
    else
        eval "ged_cf_mp=\$ged_m1_${1}_mp ged_cf_root=\$ged_m1_${1}_root"
    fi
    [ -n "$ged_cf_mp" ] || {
        ged_r=
        return 1
    }
    ged_cg_member "$1" || return 1
    ged_cf_path=$ged_r
    ged_r=
    case /$ged_cf_path/ in */../*) return 1 ;; esac
    case /$ged_cf_root/ in */../*) return 1 ;; esac
    ged_clean "$ged_cf_path"
    ged_cf_path=$ged_r
    ged_clean "$ged_cf_root"
    ged_cf_root=$ged_r
    if [ "$ged_cf_root" = / ]; then
        ged_cf_rel=$ged_cf_path
    elif [ "$ged_cf_path" = "$ged_cf_root" ]; then
        ged_cf_rel=/
    else
        case $ged_cf_path in
        "$ged_cf_root"/*) ged_cf_rel=${ged_cf_path#"$ged_cf_root"} ;;
        *)
            ged_r=
            return 1
            ;;
        esac
    fi
    ged_clean "$ged_cf_mp$ged_cf_rel"
    return 0
}

ged_within() { # PATH DIR
    [ "$1" = "$2" ] && return 0
    case $1 in "${2%/}"/*) return 0 ;; esac
    return 1
}

ged_cg_parent() { # CGROUP FOLDER -> ged_r ("" above "/")
    ged_clean "$1"
    if [ "$ged_r" = / ] || [ -z "$ged_r" ]; then
        ged_r=
        return 0
    fi
    ged_parent "$ged_r"
}

# A limit file: "max", "-1" or a number; 2^62 and above is no limit. -> ged_lim (-1 none), false
# when the file is missing or holds something else.
ged_limit() { # FILE
    ged_read "$1" || return 1
    ged_words "$ged_txt"
    case $ged_w1 in
    max | -1)
        ged_lim=-1
        return 0
        ;;
    '' | *[!0-9]*) return 1 ;;
    esac
    ged_d=${ged_w1#"${ged_w1%%[!0]*}"}
    [ -n "$ged_d" ] || ged_d=0
    # 2^62 = 4611686018427387904: compared in two halves (sh arithmetic stops at 2^63).
    if [ ${#ged_d} -gt 19 ] || { [ ${#ged_d} -eq 19 ] && {
        [ "${ged_d%?}" -gt 461168601842738790 ] ||
            { [ "${ged_d%?}" -eq 461168601842738790 ] && [ "${ged_d#??????????????????}" -ge 4 ]; }
    }; }; then
        ged_lim=-1
    else
        ged_lim=$ged_d
    fi
    [ "$ged_nwords" -eq 1 ] || return 1
    return 0
}
ged_number() { # FILE -> ged_num
    ged_read "$1" || return 1
    ged_words "$ged_txt"
    [ "$ged_nwords" -eq 1 ] || return 1
    case $ged_w1 in '' | *[!0-9]*) return 1 ;; esac
    ged_num=$ged_w1
    return 0
}
# A keyed file (memory.events, memory.oom_control): false when it holds no "key number" line
# but is not empty either (garbage).
ged_keyed() { # FILE
    ged_read "$1" || return 1
    ged_words "$ged_txt"
    [ "$ged_nwords" -eq 0 ] && return 0
    printf '%s\n' "$ged_txt" >"$ged_w/keyed"
    while IFS= read -r ged_line || [ -n "$ged_line" ]; do
        ged_words "$ged_line"
        [ "$ged_nwords" -eq 2 ] || continue
        case $ged_w2 in -[0-9]* | [0-9]*) ;; *) continue ;; esac
        case ${ged_w2#-} in *[!0-9]*) continue ;; esac
        return 0
    done <"$ged_w/keyed"
    return 1
}

# locate(): the controller's hierarchy, mount point and the deepest existing session folder.
# -> ged_lc_ver (v1, v2 or ""), ged_lc_mp, ged_lc_folder ("" when not available)
ged_cg_locate() { # CONTROLLER
    ged_lc_ver=
    ged_lc_mp=
    ged_lc_folder=
    eval "ged_lc_mp=\$ged_m1_${1}_mp"
    if [ -n "$ged_lc_mp" ]; then
        ged_lc_ver=v1
        ged_lc_key=$1
    elif [ -n "$ged_v2_mp" ]; then
        ged_lc_ver=v2
        ged_lc_mp=$ged_v2_mp
        ged_lc_key=
    else
        return 1
    fi
    ged_clean "$ged_lc_mp"
    ged_lc_mp=$ged_r
    ged_cg_member "$ged_lc_key" || return 1
    ged_cg_folder "$ged_lc_key" || return 1
    ged_lc_expected=$ged_r
    [ -n "$ged_lc_expected" ] || return 1
    if [ "$ged_lc_ver" = v2 ]; then
        if ged_read "$ged_lc_mp/cgroup.controllers"; then
            case " $(printf '%s' "$ged_txt" | tr '\n\t' '  ') " in
            *" $1 "*) ;;
            *)
                ged_lc_ver=
                return 1
                ;;
            esac
        fi
    fi
    ged_lc_f=$ged_lc_expected
    while ! ged_isdir "$ged_lc_f" && [ "$ged_lc_f" != "$ged_lc_mp" ] && ged_within "$ged_lc_f" "$ged_lc_mp"; do
        ged_cg_parent "$ged_lc_f"
        ged_lc_f=$ged_r
    done
    ged_isdir "$ged_lc_f" || return 1
    ged_lc_folder=$ged_lc_f
    return 0
}

# The folders from the session's up to the mount point, one per line.
ged_cg_walklist() { # FOLDER MOUNTPOINT
    : >"$ged_w/cgwalk"
    ged_wl_f=$1
    while [ -n "$ged_wl_f" ] && ged_within "$ged_wl_f" "$2"; do
        printf '%s\n' "$ged_wl_f" >>"$ged_w/cgwalk"
        [ "$ged_wl_f" = "$2" ] && break
        ged_cg_parent "$ged_wl_f"
        ged_wl_f=$ged_r
    done
}

# keepLowest: the lower of two limits; an unlimited one only fills an empty slot.
ged_keep_lowest() { # SLOTNAME VALUE FOLDER
    ged_kl_known=
    ged_kl_val=-1
    eval "ged_kl_known=\${${1}_known-} ged_kl_val=\${${1}_val:--1}"
    if [ -z "$ged_kl_known" ] || { [ "$2" -ge 0 ] && { [ "$ged_kl_val" -lt 0 ] || [ "$2" -lt "$ged_kl_val" ]; }; }; then
        eval "${1}_known=1 ${1}_val=\$2 ${1}_folder=\$3"
    fi
}

ged_cgroup_probe() {
    ged_read /proc/self/mountinfo || return 0
    ged_cg_mountinfo=$ged_txt
    ged_read /proc/self/cgroup || return 0
    printf '%s' "$ged_txt" >"$ged_w/proccgroup"
    ged_cg_mounts "$ged_cg_mountinfo"
    [ -n "$ged_v2_mp" ] || [ -n "$ged_m1_memory_mp$ged_m1_cpu_mp$ged_m1_pids_mp$ged_m1_cpuset_mp" ] || {
        # No cgroup mount the probe knows, or none at all: nothing more is read.
        ged_cg_anymount=$(printf '%s\n' "$ged_cg_mountinfo" | sed -n -E '/ - cgroup2? /{s/.*/y/p;q;}')
        [ -n "$ged_cg_anymount" ] || return 0
    }
    ged_cg_anymember=0
    while IFS= read -r ged_line || [ -n "$ged_line" ]; do
        case $ged_line in *:*:/*) ged_cg_anymember=1 ;; esac
    done <"$ged_w/proccgroup"
    [ "$ged_cg_anymember" = 1 ] || return 0

    # memory
    ged_mm_known=''
    ged_mm_val=-1
    ged_mm_folder=
    if ged_cg_locate memory; then
        ged_mem_ver=$ged_lc_ver
        ged_mem_folder=$ged_lc_folder
        ged_cg_walklist "$ged_lc_folder" "$ged_lc_mp"
        while IFS= read -r ged_cf || [ -n "$ged_cf" ]; do
            if [ "$ged_mem_ver" = v2 ]; then
                ged_limit "$ged_cf/memory.max" && ged_keep_lowest ged_mm "$ged_lim" "$ged_cf"
                ged_limit "$ged_cf/memory.high"
                ged_keyed "$ged_cf/memory.events"
            else
                ged_limit "$ged_cf/memory.limit_in_bytes" && ged_keep_lowest ged_mm "$ged_lim" "$ged_cf"
                ged_keyed "$ged_cf/memory.oom_control" && ged_number "$ged_cf/memory.failcnt"
            fi
        done <"$ged_w/cgwalk"
        ged_use=$ged_mem_folder
        [ -n "$ged_mm_known" ] && [ "$ged_mm_val" -ge 0 ] && ged_use=$ged_mm_folder
        if [ "$ged_mem_ver" = v2 ]; then
            ged_number "$ged_use/memory.current"
            ged_number "$ged_use/memory.peak"
        else
            ged_number "$ged_use/memory.usage_in_bytes"
            ged_number "$ged_use/memory.max_usage_in_bytes"
        fi
    fi
    # cpu
    if ged_cg_locate cpu; then
        ged_cpu_ver=$ged_lc_ver
        ged_cpu_folder=$ged_lc_folder
        ged_q_file=''
        ged_q_quota=-1
        ged_q_period=0
        ged_q_folder=
        ged_cg_walklist "$ged_lc_folder" "$ged_lc_mp"
        while IFS= read -r ged_cf || [ -n "$ged_cf" ]; do
            ged_cq_quota=-1
            ged_cq_period=100000
            if [ "$ged_cpu_ver" = v2 ]; then
                ged_read "$ged_cf/cpu.max" || continue
                ged_words "$ged_txt"
                if [ "$ged_nwords" -lt 1 ] || [ "$ged_nwords" -gt 2 ]; then
                    continue
                fi
                if [ "$ged_w1" != max ]; then
                    case $ged_w1 in '' | *[!0-9]* | 0) continue ;; esac
                    ged_cq_quota=$ged_w1
                fi
                if [ "$ged_nwords" = 2 ]; then
                    case $ged_w2 in '' | *[!0-9]* | 0) continue ;; esac
                    ged_cq_period=$ged_w2
                fi
            else
                ged_limit "$ged_cf/cpu.cfs_quota_us" || continue
                ged_cq_quota=$ged_lim
                ged_cq_period=
                ged_number "$ged_cf/cpu.cfs_period_us" && ged_cq_period=$ged_num
                if [ "$ged_cq_quota" -ge 0 ] && { [ -z "$ged_cq_period" ] || [ "$ged_cq_period" -le 0 ]; }; then
                    continue
                fi
                [ -n "$ged_cq_period" ] || ged_cq_period=100000
            fi
            ged_cq_limited=
            [ "$ged_cq_quota" -gt 0 ] && [ "$ged_cq_period" -gt 0 ] && ged_cq_limited=1
            ged_q_limited=
            [ -n "$ged_q_file" ] && [ "$ged_q_quota" -gt 0 ] && [ "$ged_q_period" -gt 0 ] && ged_q_limited=1
            if [ -z "$ged_q_file" ] || { [ -n "$ged_cq_limited" ] && { [ -z "$ged_q_limited" ] ||
                [ $((ged_cq_quota * ged_q_period)) -lt $((ged_q_quota * ged_cq_period)) ]; }; }; then
                ged_q_file=1 ged_q_quota=$ged_cq_quota ged_q_period=$ged_cq_period ged_q_folder=$ged_cf
            fi
        done <"$ged_w/cgwalk"
        ged_use=$ged_cpu_folder
        [ -n "$ged_q_file" ] && [ "$ged_q_quota" -gt 0 ] && [ "$ged_q_period" -gt 0 ] && ged_use=$ged_q_folder
        ged_read "$ged_use/cpu.stat"
    fi
    # pids
    ged_pm_known=''
    ged_pm_val=-1
    ged_pm_folder=
    if ged_cg_locate pids; then
        ged_pids_folder=$ged_lc_folder
        ged_cg_walklist "$ged_lc_folder" "$ged_lc_mp"
        while IFS= read -r ged_cf || [ -n "$ged_cf" ]; do
            ged_limit "$ged_cf/pids.max" && ged_keep_lowest ged_pm "$ged_lim" "$ged_cf"
        done <"$ged_w/cgwalk"
        ged_use=$ged_pids_folder
        [ -n "$ged_pm_known" ] && [ "$ged_pm_val" -ge 0 ] && ged_use=$ged_pm_folder
        ged_number "$ged_use/pids.current"
    fi
    # memory.pressure of the v2 cgroup, the nearest ancestor that has one
    if [ -n "$ged_v2_last" ]; then
        ged_clean "$ged_v2_last"
        ged_pr_mp=$ged_r
        ged_cg_folder "" && ged_pr_f=$ged_r || ged_pr_f=
        while [ -n "$ged_pr_f" ] && ged_within "$ged_pr_f" "$ged_pr_mp"; do
            ged_read "$ged_pr_f/memory.pressure" && break
            [ "$ged_pr_f" = "$ged_pr_mp" ] && break
            ged_cg_parent "$ged_pr_f"
            ged_pr_f=$ged_r
        done
    fi
    # the machine: the CPU list, else the session's cpuset; MemTotal
    set -- /sys/devices/system/cpu/online
    ged_cg_folder "" && set -- "$@" "$ged_r/cpuset.cpus.effective"
    ged_cg_folder cpuset && set -- "$@" "$ged_r/cpuset.effective_cpus"
    for ged_cpufile in "$@"; do
        if ged_read "$ged_cpufile"; then
            ged_words "$ged_txt"
            case $ged_w1 in *[0-9]*) [ "$ged_nwords" = 1 ] && case $ged_w1 in *[!0-9,-]*) ;; *) break ;; esac ;; esac
        fi
    done
    ged_walk /proc/meminfo
}

# --- systemd (core/probes/SystemdProbe.cpp) ------------------------------------------------------

# Drop-ins of one unit: the first folder holding a name wins; the others are not read.
ged_dropins() { # FOLDER...
    ged_merged_n=$((ged_merged_n + 1))
    ged_di_id=$ged_merged_n
    for ged_di_dir in "$@"; do
        ged_isdir "$ged_di_dir" || continue
        ged_di_phys=${ged_final%/}
        for ged_di_e in "$ged_di_phys"/* "$ged_di_phys"/.[!.]* "$ged_di_phys"/..?*; do
            [ -e "$ged_di_e" ] || [ -L "$ged_di_e" ] || continue
            ged_di_name=${ged_di_e##*/}
            case $ged_di_name in *.conf) ;; *) continue ;; esac
            ged_set_add "dropin$ged_di_id" "$ged_di_name" || continue
            ged_walk "$ged_di_dir/$ged_di_name"
        done
    done
}

ged_existing_dirs() { # DIR... -> ged_dirs (space-separated; these are fixed names)
    ged_dirs=
    ged_ed_id=$((ged_merged_n + 1))
    ged_merged_n=$ged_ed_id
    for ged_ed in "$@"; do
        ged_isdir "$ged_ed" || continue
        ged_set_add "dirs$ged_ed_id" "$ged_final" || continue
        ged_dirs="$ged_dirs $ged_ed"
    done
}

ged_systemd_probe() {
    ged_walk /run/systemd/system
    ged_existing_dirs /etc/systemd/system /run/systemd/system /usr/local/lib/systemd/system \
        /usr/lib/systemd/system /lib/systemd/system
    ged_unitdirs=$ged_dirs
    for ged_unit in "user-$ged_uid.slice" user.slice "user@$ged_uid.service"; do
        case $ged_unit in
        user-*) ged_names="$ged_unit" && ged_dins="$ged_unit.d user-.slice.d" ;;
        user.slice) ged_names="$ged_unit" && ged_dins="user.slice.d" ;;
        *) ged_names="$ged_unit user@.service" && ged_dins="$ged_unit.d user@.service.d" ;;
        esac
        ged_main=
        for ged_name in $ged_names; do
            for ged_d in $ged_unitdirs; do
                if ged_isfile "$ged_d/$ged_name" && [ -z "$ged_main" ]; then
                    ged_main=$ged_d/$ged_name
                fi
            done
        done
        set --
        for ged_d in $ged_unitdirs; do
            for ged_dn in $ged_dins; do
                set -- "$@" "$ged_d/$ged_dn"
            done
        done
        ged_dropins "$@"
    done

    ged_existing_dirs /etc/systemd /run/systemd /usr/local/lib/systemd /usr/lib/systemd /lib/systemd
    ged_confroots=$ged_dirs
    ged_ucd=
    case ${XDG_CONFIG_HOME-} in
    /*) ged_ucd=$XDG_CONFIG_HOME ;;
    *) [ -n "$ged_home" ] && ged_ucd=$ged_home/.config ;;
    esac
    if [ -n "$ged_ucd" ]; then
        ged_clean "$ged_ucd/systemd"
        ged_ucd=$ged_r
    fi
    for ged_d in $ged_confroots; do
        ged_isfile "$ged_d/system.conf" && break
    done
    [ -n "$ged_ucd" ] && ged_walk "$ged_ucd/user.conf"
    ged_walk /etc/systemd/user.conf
    set --
    for ged_d in $ged_confroots; do set -- "$@" "$ged_d/system.conf.d"; done
    ged_dropins "$@"
    set --
    [ -n "$ged_ucd" ] && set -- "$ged_ucd/user.conf.d"
    for ged_d in $ged_confroots; do set -- "$@" "$ged_d/user.conf.d"; done
    ged_dropins "$@"
}

# --- container runtimes, pam_limits (ContainerProbe.cpp, FactsCollector::collectLimits) ---------

ged_runtime() { # CONFIG BINARY...
    ged_read "$1" && return 0
    shift
    for ged_rb in "$@"; do
        ged_isfile "$ged_rb" && return 0
    done
}

ged_limits_probe() {
    ged_runtime /etc/containerd/config.toml /usr/bin/containerd /usr/local/bin/containerd
    ged_runtime /etc/docker/daemon.json /usr/bin/dockerd /usr/local/bin/dockerd
    ged_runtime /var/lib/kubelet/config.yaml /usr/bin/kubelet /usr/local/bin/kubelet
    ged_walk /var/lib/kubelet/kubeadm-flags.env
    ged_walk /etc/default/kubelet
    ged_walk /etc/security/limits.conf
    if ged_isdir /etc/security/limits.d; then
        ged_lm_phys=${ged_final%/}
        for ged_lm in "$ged_lm_phys"/*.conf "$ged_lm_phys"/.*.conf; do
            [ -e "$ged_lm" ] || [ -L "$ged_lm" ] || continue
            ged_walk "/etc/security/limits.d/${ged_lm##*/}"
        done
    fi
}

# --- snapshot.json -------------------------------------------------------------------------------

# A JSON string of a file's bytes: invalid UTF-8 as U+FFFD (as Qt reads it), redacted when asked.
ged_jfile() { # FILE REDACT(0/1)
    printf '"'
    if [ "$2" = 1 ]; then
        {
            LC_ALL=C sed -E -f "$ged_w/utf8fix.sed" -f "$ged_w/redact.sed" -- "$1"
            printf x
        } | LC_ALL=C sed -f "$ged_w/jsonesc.sed" | tr -d '\n'
    else
        {
            LC_ALL=C sed -E -f "$ged_w/utf8fix.sed" -- "$1"
            printf x
        } | LC_ALL=C sed -f "$ged_w/jsonesc.sed" | tr -d '\n'
    fi
    printf '"'
}
ged_jstr() { # STRING (not redacted)
    case $1 in
    *[!\ -~]* | *[\"\\]*)
        printf '%s' "$1" >"$ged_w/jstr"
        ged_jfile "$ged_w/jstr" 0
        ;;
    *) printf '"%s"' "$1" ;;
    esac
}

ged_secret_name() {
    [ "$1" = GOAUTH ] && return 1
    case $1 in
    *[Tt][Oo][Kk][Ee][Nn]* | *[Ss][Ee][Cc][Rr][Ee][Tt]* | *[Pp][Aa][Ss][Ss][Ww][Oo][Rr][Dd]* | *[Pp][Aa][Ss][Ss][Ww][Dd]*) return 0 ;;
    *[Aa][Pp][Ii]_[Kk][Ee][Yy]* | *[Aa][Cc][Cc][Ee][Ss][Ss]_[Kk][Ee][Yy]* | *[Cc][Rr][Ee][Dd][Ee][Nn][Tt][Ii][Aa][Ll]* | *[Aa][Uu][Tt][Hh]*) return 0 ;;
    esac
    return 1
}

# process.env: each NAME=value of the environment this script was given; secret names get ***,
# other values go through the redaction.
ged_json_env() {
    # One sed for the whole environment: entries become lines, a newline inside a value
    # becomes \035 (a byte no environment holds; if one does, each entry goes on its own).
    if [ "$(tr -d -c '\035' <"$ged_w/environ" | wc -c)" -eq 0 ]; then
        printf '{\n'
        tr '\000\n' '\n\035' <"$ged_w/environ" | LC_ALL=C sed -E -f "$ged_w/env.sed" | LC_ALL=C sed '$!s/$/,/'
        printf '    }'
        return 0
    fi
    ged_json_env_slow
}

ged_json_env_slow() {
    (cd "$ged_w/env" && split -t '\0' -l 1 -a 6 -d -- "$ged_w/environ" e.) 2>/dev/null
    ged_je_first=1
    printf '{'
    for ged_je in "$ged_w/env"/e.*; do
        [ -f "$ged_je" ] || continue
        tr -d '\000' <"$ged_je" >"$ged_w/envvar"
        IFS= read -r ged_je_line <"$ged_w/envvar" || [ -n "$ged_je_line" ] || continue
        ged_je_name=${ged_je_line%%=*}
        if [ "$ged_je_name" = "$ged_je_line" ] || [ -z "$ged_je_name" ]; then
            continue
        fi
        ged_je_len=$(printf '%s' "$ged_je_name" | wc -c)
        tail -c +$((ged_je_len + 2)) -- "$ged_w/envvar" >"$ged_w/envval"
        [ "$ged_je_first" = 1 ] || printf ','
        ged_je_first=0
        printf '\n      '
        ged_jstr "$ged_je_name"
        printf ': '
        if ged_secret_name "$ged_je_name"; then
            printf '"***"'
        else
            ged_jfile "$ged_w/envval" 1
        fi
    done
    printf '\n    }'
}

ged_json_limits() { # COLUMN(1 soft, 2 hard)
    printf '{'
    ged_jl_first=1
    [ -r "/proc/$$/limits" ] || {
        printf '}'
        return 0
    }
    while IFS= read -r ged_line || [ -n "$ged_line" ]; do
        case $ged_line in
        'Max cpu time '*) ged_jl=cpu ged_jl_rest=${ged_line#Max cpu time} ;;
        'Max file size '*) ged_jl=fsize ged_jl_rest=${ged_line#Max file size} ;;
        'Max data size '*) ged_jl=data ged_jl_rest=${ged_line#Max data size} ;;
        'Max stack size '*) ged_jl=stack ged_jl_rest=${ged_line#Max stack size} ;;
        'Max core file size '*) ged_jl=core ged_jl_rest=${ged_line#Max core file size} ;;
        'Max processes '*) ged_jl=nproc ged_jl_rest=${ged_line#Max processes} ;;
        'Max open files '*) ged_jl=nofile ged_jl_rest=${ged_line#Max open files} ;;
        'Max locked memory '*) ged_jl=memlock ged_jl_rest=${ged_line#Max locked memory} ;;
        'Max address space '*) ged_jl=as ged_jl_rest=${ged_line#Max address space} ;;
        *) continue ;;
        esac
        ged_words "$ged_jl_rest"
        if [ "$1" = 1 ]; then ged_jl_v=$ged_w1; else ged_jl_v=$ged_w2; fi
        case $ged_jl_v in
        unlimited) ged_jl_v='"unlimited"' ;;
        '' | *[!0-9]*) continue ;;
        esac
        [ "$ged_jl_first" = 1 ] || printf ','
        ged_jl_first=0
        printf '\n        "%s": %s' "$ged_jl" "$ged_jl_v"
    done <"/proc/$$/limits"
    printf '\n      }'
}

# One captured command: argv, exit (or -1 and "timeout": true), stdout and stderr redacted.
ged_json_command() { # DIR
    ged_jc=$1
    ged_jc_rc=$(cat -- "$ged_jc/rc" 2>/dev/null) || ged_jc_rc=timeout
    ged_jc_argc=$(cat -- "$ged_jc/argc")
    # A program the kernel refused to start: what the app (and a shell) says instead of timeout's words.
    case $ged_jc_rc in
    126 | 127)
        if [ -n "$(LC_ALL=C sed -n '1{/^[^ ]*timeout: failed to run command/s/.*/y/p;};q' -- "$ged_jc/err")" ]; then
            ged_jc_name=$(cat -- "$ged_jc/argv.1")
            ged_jc_head=$(head -c 256 -- "$ged_jc_name" 2>/dev/null | head -n 1)
            case $ged_jc_head in
            '#!'*)
                ged_words "${ged_jc_head#??}"
                printf '%s: %s: bad interpreter: No such file or directory' "$ged_jc_name" "$ged_w1" >"$ged_jc/err"
                ;;
            *) printf '%s: cannot execute binary file: Exec format error' "$ged_jc_name" >"$ged_jc/err" ;;
            esac
            : >"$ged_jc/out"
            ged_jc_rc=126
        fi
        ;;
    esac
    printf '    {\n      "argv": ['
    ged_jc_i=0
    while [ "$ged_jc_i" -lt "$ged_jc_argc" ]; do
        ged_jc_i=$((ged_jc_i + 1))
        [ "$ged_jc_i" = 1 ] || printf ', '
        ged_jfile "$ged_jc/argv.$ged_jc_i" 0
    done
    printf '],\n'
    if [ "$ged_jc_rc" = timeout ]; then
        printf '      "exit": -1,\n      "timeout": true,\n'
    else
        printf '      "exit": %s,\n' "$ged_jc_rc"
    fi
    # As the app keeps at most 4 MiB of each.
    head -c 4194304 -- "$ged_jc/out" >"$ged_jc/out.cap"
    head -c 4194304 -- "$ged_jc/err" >"$ged_jc/err.cap"
    printf '      "stdout": '
    ged_jfile "$ged_jc/out.cap" 1
    printf ',\n      "stderr": '
    ged_jfile "$ged_jc/err.cap" 1
    printf '\n    }'
}

ged_json() {
    printf '{\n  "format": "go-env-doctor-snapshot",\n  "version": 1,\n'
    printf '  "captured": "%s",\n' "$ged_captured"
    printf '  "capture": { "tool": "%s", "version": "%s" },\n' "$ged_tool" "$ged_version"
    printf '  "host": {\n    "hostname": '
    ged_jstr "$ged_hostname"
    printf ',\n    "machine": '
    ged_jstr "$ged_machine"
    printf ',\n    "kernel": '
    ged_jstr "$ged_kernel"
    printf '\n  },\n  "user": {\n    "name": '
    ged_jstr "$ged_user"
    printf ',\n    "uid": %s,\n    "home": ' "$ged_uid"
    ged_jstr "$ged_home"
    printf ',\n    "login_shell": '
    ged_jstr "$ged_shell"
    printf '\n  },\n  "process": {\n    "cwd": '
    ged_jstr "$ged_cwd"
    printf ',\n    "env": '
    ged_json_env
    printf ',\n    "rlimits": '
    ged_json_limits 1
    printf ',\n    "rlimits_hard": '
    ged_json_limits 2
    printf '\n  },\n  "commands": ['
    ged_jn=0
    while [ "$ged_jn" -lt "$ged_ncmd" ]; do
        ged_jn=$((ged_jn + 1))
        [ "$ged_jn" = 1 ] || printf ','
        printf '\n'
        ged_json_command "$ged_w/cmd.$ged_jn"
    done
    printf '\n  ]\n}\n'
}

# --- the archive ---------------------------------------------------------------------------------

# Counts what root/ holds and marks the empty folders (.snapshot-keep: git keeps no empty folder).
ged_nfiles=0
ged_ndirs=0
ged_nlinks=0
ged_nmarks=0
ged_scan() { # DIR
    set -- "$1" "$1"/* "$1"/.[!.]* "$1"/..?*
    ged_sc_dir=$1
    shift
    ged_sc_n=0
    for ged_sc in "$@"; do
        [ -e "$ged_sc" ] || [ -L "$ged_sc" ] || continue
        ged_sc_n=$((ged_sc_n + 1))
    done
    if [ "$ged_sc_n" = 0 ]; then
        : >"$ged_sc_dir/.snapshot-keep"
        chmod 644 -- "$ged_sc_dir/.snapshot-keep"
        ged_nmarks=$((ged_nmarks + 1))
        return 0
    fi
    for ged_sc in "$@"; do
        if [ -L "$ged_sc" ]; then
            ged_nlinks=$((ged_nlinks + 1))
        elif [ -d "$ged_sc" ]; then
            ged_ndirs=$((ged_ndirs + 1))
            ged_scan "$ged_sc"
        elif [ -e "$ged_sc" ]; then
            ged_nfiles=$((ged_nfiles + 1))
        fi
    done
}

# --- the capture ---------------------------------------------------------------------------------

printf '%s: capturing this machine for Go Env Doctor...\n' "$ged_tool" >&2

# /etc/os-release, else /usr/lib/os-release.
ged_read /etc/os-release || ged_walk /usr/lib/os-release
# The analysis reads /etc/passwd only when it knows no home.
[ -n "$ged_home" ] || ged_walk /etc/passwd

# shellcheck disable=SC2119
ged_shell_probe
# A new terminal's environment (LiveSystem::run reads /etc/environment for it).
ged_walk /etc/environment
ged_run login "$ged_to_login" "$ged_shell" -l -i -c env
ged_walk /snap/bin

ged_path_probe
ged_go_pids=
if [ -n "$ged_active" ]; then
    ged_last_pid=
    ged_run go "$ged_to_goenv" "$ged_active" env -json
    ged_goenv_cmd=$ged_ncmd
    ged_go_pids=$ged_last_pid
    ged_last_pid=
    ged_run go "$ged_to_goversion" "$ged_active" version
    ged_go_pids="$ged_go_pids $ged_last_pid"
fi

ged_envfile_guess
ged_envfile=$ged_r
[ -n "$ged_envfile" ] && ged_walk "$ged_envfile"
ged_envgoroot=
if [ -n "${GOROOT-}" ]; then
    ged_clean "$GOROOT"
    ged_envgoroot_path=$ged_r
    ged_inspect_root "$ged_envgoroot_path" && ged_envgoroot=$ged_envgoroot_path
fi

ged_cgroup_probe
ged_systemd_probe
ged_limits_probe

# The go commands' results are needed from here on (the login shell may still be running).
for ged_pid in $ged_go_pids; do
    wait "$ged_pid" 2>/dev/null
done
ged_goenv_ok=
if [ -n "$ged_active" ] && [ "$(cat -- "$ged_w/cmd.$ged_goenv_cmd/rc" 2>/dev/null)" = 0 ]; then
    ged_first=$(LC_ALL=C sed -n '/[^[:space:]]/{s/^[[:space:]]*\(.\).*/\1/p;q;}' -- "$ged_w/cmd.$ged_goenv_cmd/out")
    [ "$ged_first" = '{' ] && ged_goenv_ok=1
fi
if [ -n "$ged_goenv_ok" ]; then
    # `go env GOENV` says where the file is.
    if ged_goenv_value "$ged_w/cmd.$ged_goenv_cmd/out" GOENV && [ "$ged_r" != "$ged_envfile" ] &&
        [ "$ged_r" != off ] && [ -n "$ged_r" ]; then
        ged_walk "$ged_r"
    fi
    # A go outside its tree: the GOROOT it was built with.
    if [ -z "${GOROOT-}" ] && [ -z "$ged_active_pkgtool" ] &&
        ged_goenv_value "$ged_w/cmd.$ged_goenv_cmd/out" GOROOT && [ -n "$ged_r" ]; then
        ged_clean "$ged_r"
        if [ "$ged_r" != "$ged_active_root" ]; then
            ged_active_root=$ged_r
            ged_active_reinspected=1
            ged_inspect_root "$ged_r" || ged_active_root=
        fi
    fi
fi

# The Go installations: the trees of the go on PATH (the active one's as `go env GOROOT` said
# when it sits outside its tree), the usual places, the version managers.
eval "set -- $ged_L_croots"
ged_i=0
for ged_cr in "$@"; do
    ged_i=$((ged_i + 1))
    if [ "$ged_i" = "$ged_active_idx" ] && [ -n "$ged_active_reinspected" ]; then
        ged_cr=$ged_active_root
    fi
    [ -n "$ged_cr" ] || continue
    ged_quote "$ged_cr"
    ged_L_roots="$ged_L_roots $ged_r"
done
ged_L_roots="$ged_L_roots /usr/local/go /opt/go /snap/go/current"
ged_children /usr/lib go- ""
if [ -n "$ged_home" ]; then
    ged_children "$ged_home/sdk" go ""
    ged_children "$ged_home/go/pkg/mod/golang.org" toolchain@ ""
    ged_children "$ged_home/.gvm/gos" go ""
    ged_children "$ged_home/.asdf/installs/golang" "" go
    ged_children "$ged_home/.goenv/versions" "" ""
    ged_children "$ged_home/.local/share/mise/installs/go" "" ""
fi
if [ -n "$ged_envgoroot" ]; then
    ged_quote "$ged_envgoroot"
    ged_L_roots="$ged_L_roots $ged_r"
fi
eval "set -- $ged_L_roots $ged_L_meant"
for ged_root_line in "$@"; do
    ged_install "$ged_root_line"
done

# GOPATH/bin (or GOBIN): the folder and what it holds.
ged_setting() { # NAME -> ged_r
    if [ -n "$ged_goenv_ok" ]; then
        ged_goenv_value "$ged_w/cmd.$ged_goenv_cmd/out" "$1" || ged_r=
    else
        ged_env "$1"
    fi
}
ged_setting GOPATH
ged_gopath=$ged_r
if [ -z "$ged_gopath" ] && [ -z "$ged_goenv_ok" ]; then
    ged_gh=${HOME:-$ged_home}
    [ -n "$ged_gh" ] && ged_clean "$ged_gh/go" && ged_gopath=$ged_r
fi
ged_setting GOBIN
ged_gobin=
if [ -n "$ged_r" ]; then
    ged_clean "$ged_r"
    ged_gobin=$ged_r
elif [ -n "$ged_gopath" ]; then
    ged_clean "${ged_gopath%%:*}/bin"
    ged_gobin=$ged_r
fi
[ -n "$ged_gobin" ] && ged_walk "$ged_gobin"

# Every folder on PATH, empty ones included.
ged_pf_rest=$ged_upath:
while [ -n "$ged_upath" ] && [ -n "$ged_pf_rest" ]; do
    ged_pf=${ged_pf_rest%%:*}
    ged_pf_rest=${ged_pf_rest#*:}
    case $ged_pf in /*) ged_walk "$ged_pf" ;; esac
done

# All commands done (each stops at its timeout).
wait

# shellcheck disable=SC2119
ged_materialize
ged_json >"$ged_snap/snapshot.json" || ged_die "cannot write snapshot.json"
chmod 644 -- "$ged_snap/snapshot.json"
ged_scan "$ged_root"
ged_entries=$((ged_nfiles + ged_ndirs + ged_nlinks + ged_nmarks + 3))
ged_jsize=$(wc -c <"$ged_snap/snapshot.json")
if [ "$ged_entries" -gt "$ged_max_entries" ] || [ $((ged_bytes + ged_jsize)) -gt "$ged_max_bytes" ]; then
    ged_die "$ged_out: the snapshot would hold $ged_entries entries and $((ged_bytes + ged_jsize)) bytes, more than a snapshot may ($ged_max_entries entries, $ged_max_bytes bytes)" 1
fi

ged_tar() {
    tar -C "$ged_stage/out" --owner=0 --group=0 --numeric-owner --mtime="@$ged_epoch" \
        --mode=u+rwX,go+rX,go-w "$@" -czf "$ged_w/out.tar.gz" -- "$ged_top"
}
ged_tar --sort=name 2>/dev/null || ged_tar || ged_die "$ged_out: tar could not write the archive" 1
mv -f -- "$ged_w/out.tar.gz" "$ged_out" || ged_die "$ged_out: cannot write" 1

ged_size=$(wc -c <"$ged_out")
printf '%s: wrote %s: %s files, %s folders, %s links, %s commands; %s bytes of files, %s bytes compressed.\n' \
    "$ged_tool" "$ged_out" "$ged_nfiles" "$ged_ndirs" "$ged_nlinks" "$ged_ncmd" "$ged_bytes" "$ged_size"
if [ "$ged_withheld" -gt 0 ]; then
    printf '%s: withheld (credentials, never captured): %s\n' "$ged_tool" "$ged_withheld_list"
fi
printf 'Open it with: go-env-doctor --snapshot %s\n' "$ged_out"
exit 0
