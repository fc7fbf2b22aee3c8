# ---------------------------------------------------------------------------------------------
# The library every go-env-doctor fix script carries (resources/fix-script-library.bash).
# Every change goes through these functions, so each one is backed up, skipped when already
# done, printed instead of made under --dry-run, and run as root only when it must be.
# ---------------------------------------------------------------------------------------------

GED_DRY_RUN=0
GED_FORCE=0
GED_UNDO=0
GED_CHANGED=0
GED_BACKUP_DIR=''
GED_BACKUP_COUNT=0
GED_STATE_DIR="${XDG_STATE_HOME:-${HOME}/.local/state}/go-env-doctor"
GED_BLOCK_START='# >>> go-env-doctor >>>'
GED_BLOCK_END='# <<< go-env-doctor <<<'

GED_TMP=''
# Removes the download folder however the script ends.
ged_cleanup() {
    if [[ -n "${GED_TMP}" ]]; then rm -rf -- "${GED_TMP}"; fi
}
trap ged_cleanup EXIT

ged_say() { printf '%s\n' "$*"; }
ged_warn() { printf 'go-env-doctor: %s\n' "$*" >&2; }
ged_die() {
    printf 'go-env-doctor: %s\n' "$*" >&2
    exit 1
}

ged_usage() {
    cat <<'GED_USAGE'
Usage: bash SCRIPT [--dry-run] [--undo] [--force] [--download-base URL] [--install-dir DIR]
  --dry-run            print what would change and change nothing
  --undo               restore the files of the last run from their backups
  --force              run although this machine or user is not the one the script was made for
  --download-base URL  where to fetch Go's download list and archive (e.g. https://golang.google.cn/dl/)
  --install-dir DIR    where a downloaded Go goes (default: the script's choice, usually /usr/local/go)
GED_USAGE
}

# shellcheck disable=SC2034 # GED_DOWNLOAD_BASE and GED_INSTALL_DIR are read by the tarball step, when there is one
ged_parse_args() {
    while [[ $# -gt 0 ]]; do
        case "$1" in
        --dry-run) GED_DRY_RUN=1 ;;
        --undo) GED_UNDO=1 ;;
        --force) GED_FORCE=1 ;;
        --download-base)
            [[ $# -ge 2 ]] || ged_die '--download-base needs a URL'
            GED_DOWNLOAD_BASE=$2
            shift
            ;;
        --download-base=*) GED_DOWNLOAD_BASE=${1#*=} ;;
        --install-dir)
            [[ $# -ge 2 ]] || ged_die '--install-dir needs a folder'
            GED_INSTALL_DIR=$2
            shift
            ;;
        --install-dir=*) GED_INSTALL_DIR=${1#*=} ;;
        -h | --help)
            ged_usage
            exit 0
            ;;
        *)
            ged_usage >&2
            ged_die "unknown option: $1"
            ;;
        esac
        shift
    done
}

# The script was made from a scan of one machine and user: paths, packages and limits are
# theirs. Anywhere else it could do harm, so it stops unless told otherwise.
ged_check_target() {
    local host user
    host=$(uname -n)
    user=$(id -un)
    if [[ "${host}" != "${GED_MADE_FOR_HOST}" || "${user}" != "${GED_MADE_FOR_USER}" ]]; then
        if [[ ${GED_FORCE} -eq 1 ]]; then
            ged_warn "made for ${GED_MADE_FOR_USER}@${GED_MADE_FOR_HOST}, running as ${user}@${host} (--force)"
        else
            ged_die "this script was made for ${GED_MADE_FOR_USER}@${GED_MADE_FOR_HOST}, not ${user}@${host}; scan this machine again, or run with --force"
        fi
    fi
}

# Runs a command as root: directly when already root, else through sudo (which asks for the
# password here, in the user's terminal; the application never does).
ged_root() {
    if [[ ${EUID} -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo -- "$@"
    else
        ged_die "this step needs root and sudo is not installed: run the script as root"
    fi
}

# Whether changing PATH needs root: it (or the folder it would be made in) is not writable here.
ged_needs_root_for() {
    local path=$1 dir
    if [[ -e "${path}" || -L "${path}" ]]; then
        [[ -w "${path}" ]] && return 1
        return 0
    fi
    dir=$(dirname -- "${path}")
    while [[ ! -e "${dir}" ]]; do dir=$(dirname -- "${dir}"); done
    [[ -w "${dir}" ]] && return 1
    return 0
}

ged_as_needed() {
    local path=$1
    shift
    if ged_needs_root_for "${path}"; then ged_root "$@"; else "$@"; fi
}

ged_backup_dir() {
    if [[ -z "${GED_BACKUP_DIR}" ]]; then
        GED_BACKUP_DIR="${GED_STATE_DIR}/backups/$(date -u +%Y%m%dT%H%M%SZ)-$$"
        mkdir -p -- "${GED_BACKUP_DIR}"
        printf '# go-env-doctor backups of %s, made %s\n# N  kind  path\n' \
            "${GED_SCRIPT_NAME}" "$(date -u '+%Y-%m-%d %H:%M:%S UTC')" >"${GED_BACKUP_DIR}/manifest"
    fi
}

# Records PATH before its first change in this run: a copy when it exists (kind "file" or
# "link"), else the fact that it did not (kind "absent", or ABSENT_KIND: undo removes it). Each
# entry is a numbered set of files, so names with newlines or tabs survive; "manifest" is for people.
ged_backup() {
    local path=$1 absent_kind=${2:-absent} n kind i
    for ((i = 1; i <= GED_BACKUP_COUNT; i++)); do
        [[ "$(cat -- "${GED_BACKUP_DIR}/${i}.path")" == "${path}" ]] && return 0
    done
    ged_backup_dir
    GED_BACKUP_COUNT=$((GED_BACKUP_COUNT + 1))
    n=${GED_BACKUP_COUNT}
    printf '%s' "${path}" >"${GED_BACKUP_DIR}/${n}.path"
    if [[ -L "${path}" && ! -e "${path}" ]]; then
        kind='link'
        readlink -- "${path}" >"${GED_BACKUP_DIR}/${n}.target"
    elif [[ -e "${path}" ]]; then
        kind='file'
        ged_as_needed "${path}" cat -- "${path}" >"${GED_BACKUP_DIR}/${n}.orig"
        stat -c '%a' -- "${path}" >"${GED_BACKUP_DIR}/${n}.mode"
    else
        kind=${absent_kind}
    fi
    printf '%s' "${kind}" >"${GED_BACKUP_DIR}/${n}.kind"
    printf '%s  %s  %q\n' "${n}" "${kind}" "${path}" >>"${GED_BACKUP_DIR}/manifest"
}

# Records the outermost folder on the way to PATH that does not exist yet (kind "absent-dir"), before
# the change that makes it, so undo removes the folders this run made (once they are empty again).
ged_backup_missing_dirs() {
    local dir top=''
    dir=$(dirname -- "$1")
    while [[ ! -e "${dir}" && ! -L "${dir}" ]]; do
        top=${dir}
        dir=$(dirname -- "${dir}")
    done
    if [[ -n "${top}" ]]; then ged_backup "${top}" absent-dir; fi
}

# Notes something a file copy cannot undo (a removed package), so --undo can say how.
ged_backup_note() {
    ged_backup_dir
    printf '# note: %s\n' "$*" >>"${GED_BACKUP_DIR}/manifest"
    printf '%s\n' "$*" >>"${GED_BACKUP_DIR}/notes"
}

# Makes FILE hold exactly the content of the file NEW. Nothing happens when it already does.
ged_install_content() {
    local file=$1 new=$2 label=$3
    if [[ -f "${file}" ]] && cmp -s -- "${new}" "${file}"; then
        ged_say "  unchanged: ${file}"
        GED_WOULD_CHANGE=0
        return 0
    fi
    GED_WOULD_CHANGE=1
    if [[ ${GED_DRY_RUN} -eq 1 ]]; then
        ged_say "  would change ${file} (${label}):"
        if [[ -f "${file}" ]]; then
            diff -u --label "${file}" --label "${file} (after)" -- "${file}" "${new}" | sed -e 's/^/    /' || true
        else
            sed -e 's/^/    + /' -- "${new}"
        fi
        return 0
    fi
    ged_backup_missing_dirs "${file}"
    ged_backup "${file}"
    ged_as_needed "${file}" mkdir -p -- "$(dirname -- "${file}")"
    # Written through any link and into the same inode, so a dotfile kept in a repository and
    # linked from $HOME stays linked, and its mode and owner stay as they were.
    ged_as_needed "${file}" tee -- "${file}" <"${new}" >/dev/null
    GED_CHANGED=$((GED_CHANGED + 1))
    ged_say "  changed: ${file} (${label})"
}

# Puts BODY as section SECTION of the go-env-doctor block of FILE: the block is made at the end
# of the file the first time and replaced in place afterwards; other sections are kept.
ged_block_set() {
    local file=$1 section=$2 body=$3 tmp
    tmp=$(mktemp)
    if [[ -e "${file}" ]]; then
        ged_as_needed "${file}" cat -- "${file}" >"${tmp}.old"
    else
        : >"${tmp}.old"
    fi
    if ! GED_SECTION="${section}" GED_BODY="${body}" awk -v start="${GED_BLOCK_START}" -v end="${GED_BLOCK_END}" '
        function emit(   i, done, key) {
            print start
            print "# Written by a go-env-doctor fix script; run it again with --undo to restore this file."
            key = "# [" ENVIRON["GED_SECTION"] "]"
            for (i = 1; i <= n; i++) {
                if (order[i] == key) {
                    if (ENVIRON["GED_BODY"] != "") { print key; print ENVIRON["GED_BODY"] }
                    done = 1
                } else {
                    printf "%s\n%s", order[i], text[order[i]]
                }
            }
            if (!done && ENVIRON["GED_BODY"] != "") { print key; print ENVIRON["GED_BODY"] }
            print end
        }
        !inblock && $0 == start { inblock = 1; found = 1; cur = ""; next }
        inblock && $0 == end { inblock = 0; emit(); next }
        inblock {
            if ($0 ~ /^# \[fix\.[^]]*\]$/) { cur = $0; order[++n] = cur; text[cur] = ""; next }
            if (cur != "") text[cur] = text[cur] $0 "\n"
            next
        }
        { print; lines++ }
        END {
            if (inblock) exit 3
            if (!found) { if (lines > 0) print ""; emit() }
        }' "${tmp}.old" >"${tmp}"; then
        rm -f -- "${tmp}" "${tmp}.old"
        ged_die "${file} has a '${GED_BLOCK_START}' line without its end line: fix the file by hand, then run again"
    fi
    ged_install_content "${file}" "${tmp}" "${section}"
    rm -f -- "${tmp}" "${tmp}.old"
}

# Comments out every line of FILE that reads exactly TEXT (leading and trailing blanks aside),
# so a stale export stops running but stays visible. A second run finds nothing to do.
ged_comment_out() {
    local file=$1 text=$2 label=$3 tmp
    if [[ ! -e "${file}" ]]; then
        ged_say "  nothing to do: ${file} does not exist"
        return 0
    fi
    tmp=$(mktemp)
    ged_as_needed "${file}" cat -- "${file}" | GED_TEXT="${text}" awk '
        {
            line = $0
            sub(/^[ \t]+/, "", line)
            sub(/[ \t]+$/, "", line)
            if (line == ENVIRON["GED_TEXT"]) { print "# [go-env-doctor] " $0; next }
            print
        }' >"${tmp}"
    ged_install_content "${file}" "${tmp}" "${label}"
    rm -f -- "${tmp}"
}

# Removes KEY from the go env file: with `go env -u` when that go runs, else by deleting the
# KEY= lines (the file is plain KEY=VALUE lines, see `go help environment`).
ged_goenv_unset() {
    local file=$1 gobin=$2 key=$3 tmp
    if [[ ! -f "${file}" ]] || ! grep -q -- "^${key}=" "${file}"; then
        ged_say "  unchanged: ${key} is not set in ${file}"
        return 0
    fi
    if [[ ${GED_DRY_RUN} -eq 1 ]]; then
        ged_say "  would run: GOENV=${file} go env -u ${key}"
        return 0
    fi
    ged_backup "${file}"
    # GOROOT and GOFLAGS from this environment may be the very problem (a stale GOROOT stops
    # every go command): this go finds its own root, and `go env -u` needs no flags.
    if [[ -x "${gobin}" ]] && env -u GOROOT -u GOFLAGS GOENV="${file}" GOTOOLCHAIN=local "${gobin}" env -u "${key}" 2>/dev/null; then
        ged_say "  ran: go env -u ${key} (${file})"
    else
        tmp=$(mktemp)
        GED_KEY="${key}=" awk 'index($0, ENVIRON["GED_KEY"]) != 1' "${file}" >"${tmp}"
        cat -- "${tmp}" >"${file}"
        rm -f -- "${tmp}"
        ged_say "  removed ${key} from ${file}"
    fi
    GED_CHANGED=$((GED_CHANGED + 1))
}

# Sets KEY=VALUE in the go env file with `go env -w`.
ged_goenv_set() {
    local file=$1 gobin=$2 key=$3 value=$4
    if [[ -f "${file}" ]] && grep -qxF -- "${key}=${value}" "${file}"; then
        ged_say "  unchanged: ${key}=${value} in ${file}"
        return 0
    fi
    if [[ ${GED_DRY_RUN} -eq 1 ]]; then
        ged_say "  would run: GOENV=${file} go env -w ${key}=${value}"
        return 0
    fi
    [[ -x "${gobin}" ]] || ged_die "cannot run ${gobin} to set ${key}"
    ged_backup_missing_dirs "${file}"
    ged_backup "${file}"
    env -u GOROOT -u GOFLAGS GOENV="${file}" GOTOOLCHAIN=local "${gobin}" env -w "${key}=${value}"
    GED_CHANGED=$((GED_CHANGED + 1))
    ged_say "  ran: go env -w ${key}=${value} (${file})"
}

# Removes PATH when it is still a link that leads nowhere.
ged_remove_dangling_link() {
    local path=$1
    if [[ ! -L "${path}" ]] || [[ -e "${path}" ]]; then
        ged_say "  unchanged: ${path} is not a broken link"
        return 0
    fi
    if [[ ${GED_DRY_RUN} -eq 1 ]]; then
        ged_say "  would remove the broken link ${path} -> $(readlink -- "${path}")"
        return 0
    fi
    ged_backup "${path}"
    ged_as_needed "${path}" rm -f -- "${path}"
    GED_CHANGED=$((GED_CHANGED + 1))
    ged_say "  removed the broken link ${path}"
}

ged_apt_remove() {
    local pkg=$1 status
    status=$(dpkg-query -W -f='${Status}' -- "${pkg}" 2>/dev/null || true)
    if [[ "${status}" != *" installed" ]]; then
        ged_say "  unchanged: ${pkg} is not installed"
        return 0
    fi
    if [[ ${GED_DRY_RUN} -eq 1 ]]; then
        ged_say "  would run as root: apt-get remove -y ${pkg}"
        return 0
    fi
    ged_backup_note "removed the package ${pkg}; to get it back: sudo apt-get install ${pkg}"
    ged_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -- "${pkg}"
    GED_CHANGED=$((GED_CHANGED + 1))
}

ged_snap_remove() {
    local name=$1
    if ! command -v snap >/dev/null 2>&1 || ! snap list -- "${name}" >/dev/null 2>&1; then
        ged_say "  unchanged: the ${name} snap is not installed"
        return 0
    fi
    if [[ ${GED_DRY_RUN} -eq 1 ]]; then
        ged_say "  would run as root: snap remove ${name}"
        return 0
    fi
    ged_backup_note "removed the snap ${name}; to get it back: sudo snap install ${name} --classic"
    ged_root snap remove -- "${name}"
    GED_CHANGED=$((GED_CHANGED + 1))
}

ged_systemd_reload() {
    if [[ ${GED_DRY_RUN} -eq 1 ]]; then
        ged_say "  would run as root: systemctl daemon-reload"
    elif [[ -d /run/systemd/system ]] && command -v systemctl >/dev/null 2>&1; then
        ged_root systemctl daemon-reload
        ged_say "  ran: systemctl daemon-reload"
    else
        ged_say "  systemd is not running here: the drop-in applies from the next boot"
    fi
}

# Fetches URL into FILE with curl, wget or python3, whichever this machine has.
ged_fetch() {
    local url=$1 out=$2
    if command -v curl >/dev/null 2>&1; then
        curl -fsSL --retry 2 --connect-timeout 20 -o "${out}" "${url}"
    elif command -v wget >/dev/null 2>&1; then
        wget -q -T 20 -O "${out}" -- "${url}"
    elif command -v python3 >/dev/null 2>&1; then
        python3 -c 'import sys, urllib.request; urllib.request.urlretrieve(sys.argv[1], sys.argv[2])' "${url}" "${out}"
    else
        ged_die "curl, wget or python3 is needed to download ${url}"
    fi
}

# Prints "VERSION FILENAME SHA256" of the newest stable Go archive for linux/ARCH in the download
# list (https://go.dev/dl/?mode=json: [{version, stable, files: [{filename, os, arch, sha256, kind}]}]).
ged_pick_go() {
    local list=$1 arch=$2
    command -v python3 >/dev/null 2>&1 || ged_die "python3 is needed to read Go's download list"
    python3 - "${list}" "${arch}" <<'GED_PY'
import json, re, sys
def key(v):
    m = re.match(r"go(\d+)\.(\d+)(?:\.(\d+))?$", v)
    return tuple(int(x or 0) for x in m.groups()) if m else None
best = None
try:
    for rel in json.load(open(sys.argv[1], encoding="utf-8")):
        if not rel.get("stable") or key(rel.get("version", "")) is None:
            continue
        for f in rel.get("files", []):
            if f.get("os") == "linux" and f.get("arch") == sys.argv[2] and f.get("kind") == "archive":
                if best is None or key(rel["version"]) > key(best[0]):
                    best = (rel["version"], f.get("filename", ""), f.get("sha256", ""))
except (ValueError, TypeError, AttributeError) as e:
    sys.exit("the download list is not in the format of https://go.dev/dl/?mode=json (%s)" % e)
if best is None:
    sys.exit("no stable Go archive for linux-%s in the download list" % sys.argv[2])
print(*best)
GED_PY
}

# Installs the newest Go for ARCH into DIR from BASE: the list is fetched now, the archive's
# SHA-256 is checked against it before anything is unpacked, and the Go already in DIR is moved
# aside (undo puts it back) only after the new one unpacked cleanly.
ged_install_go() {
    local dir=$1 arch=$2 base=$3 tmp version file sha have=''
    base="${base%/}/"
    [[ "${base}" =~ ^https?://[^[:space:]]+$ ]] || ged_die "the download base must be an http(s) URL: ${base}"
    [[ "${dir}" == /* ]] || ged_die "the install folder must be an absolute path: ${dir}"
    if [[ ${GED_DRY_RUN} -eq 1 ]]; then
        ged_say "  would fetch ${base}?mode=json, download the newest Go for linux-${arch}, check its SHA-256 and install it into ${dir}"
        return 0
    fi
    tmp=$(mktemp -d)
    GED_TMP=${tmp}
    ged_say "  fetching the download list from ${base}?mode=json"
    ged_fetch "${base}?mode=json&include=all" "${tmp}/list.json" || ged_die "could not fetch the download list from ${base}"
    read -r version file sha < <(ged_pick_go "${tmp}/list.json" "${arch}") || ged_die "no Go archive for linux-${arch} in the list"
    [[ "${file}" =~ ^go[0-9A-Za-z.]+\.linux-[0-9a-z]+\.tar\.gz$ ]] || ged_die "the download list names an odd file: ${file}"
    [[ "${sha}" =~ ^[0-9a-f]{64}$ ]] || ged_die "the download list has no SHA-256 for ${file}"
    [[ -f "${dir}/VERSION" ]] && have=$(head -n 1 -- "${dir}/VERSION")
    if [[ "${have}" == "${version}" ]]; then
        ged_say "  unchanged: ${dir} already holds ${version}"
        return 0
    fi
    ged_say "  downloading ${base}${file}"
    ged_fetch "${base}${file}" "${tmp}/${file}" || ged_die "could not download ${base}${file}"
    if ! printf '%s  %s\n' "${sha}" "${tmp}/${file}" | sha256sum -c --status -; then
        ged_die "the SHA-256 of ${file} does not match the download list: nothing was unpacked or changed"
    fi
    ged_say "  checksum ok: ${sha}"
    mkdir -- "${tmp}/unpacked"
    tar -C "${tmp}/unpacked" -xzf "${tmp}/${file}" || ged_die "could not unpack ${file}: nothing was changed"
    [[ -x "${tmp}/unpacked/go/bin/go" ]] || ged_die "${file} holds no go/bin/go: nothing was changed"
    ged_backup_dir
    ged_backup_missing_dirs "${dir}"
    GED_BACKUP_COUNT=$((GED_BACKUP_COUNT + 1))
    printf '%s' "${dir}" >"${GED_BACKUP_DIR}/${GED_BACKUP_COUNT}.path"
    if [[ -e "${dir}" || -L "${dir}" ]]; then
        local aside
        aside="${dir%/}.go-env-doctor-$(basename -- "${GED_BACKUP_DIR}")"
        ged_as_needed "${dir}" mv -- "${dir}" "${aside}"
        printf '%s' "${aside}" >"${GED_BACKUP_DIR}/${GED_BACKUP_COUNT}.aside"
        printf 'tree' >"${GED_BACKUP_DIR}/${GED_BACKUP_COUNT}.kind"
        printf '%s  tree  %q (the old one is at %q)\n' "${GED_BACKUP_COUNT}" "${dir}" "${aside}" >>"${GED_BACKUP_DIR}/manifest"
    else
        printf 'absent-tree' >"${GED_BACKUP_DIR}/${GED_BACKUP_COUNT}.kind"
        printf '%s  absent-tree  %q\n' "${GED_BACKUP_COUNT}" "${dir}" >>"${GED_BACKUP_DIR}/manifest"
    fi
    ged_as_needed "${dir}" mkdir -p -- "$(dirname -- "${dir}")"
    ged_as_needed "${dir}" cp -a -- "${tmp}/unpacked/go" "${dir}"
    GED_CHANGED=$((GED_CHANGED + 1))
    ged_say "  installed ${version} into ${dir}"
}

# --undo: restores every entry of the newest backup, last change first, then marks that backup
# as used so a second --undo goes one run further back.
ged_undo() {
    local dir='' d n path kind
    # A glob, not `find | sort`: the state folder is under $HOME, whose name may hold a newline.
    shopt -s nullglob
    for d in "${GED_STATE_DIR}/backups/"*/; do
        d=${d%/}
        [[ "${d}" == *.undone ]] && continue
        if [[ -z "${dir}" || "${d}" > "${dir}" ]]; then dir=${d}; fi
    done
    shopt -u nullglob
    [[ -n "${dir}" ]] || ged_die "no backup to restore in ${GED_STATE_DIR}/backups"
    ged_say "Restoring the backup in ${dir}"
    n=0
    while [[ -f "${dir}/$((n + 1)).kind" ]]; do n=$((n + 1)); done
    for ((; n >= 1; n--)); do
        [[ -f "${dir}/${n}.kind" ]] || continue
        kind=$(cat -- "${dir}/${n}.kind")
        path=$(cat -- "${dir}/${n}.path")
        if [[ ${GED_DRY_RUN} -eq 1 ]]; then
            ged_say "  would restore ${path} (${kind})"
            continue
        fi
        case "${kind}" in
        file)
            ged_as_needed "${path}" tee -- "${path}" <"${dir}/${n}.orig" >/dev/null
            ged_as_needed "${path}" chmod "$(cat -- "${dir}/${n}.mode")" -- "${path}"
            ;;
        link)
            ged_as_needed "${path}" ln -sfn -- "$(cat -- "${dir}/${n}.target")" "${path}"
            ;;
        absent)
            ged_as_needed "${path}" rm -f -- "${path}"
            ;;
        absent-dir)
            # Made by the run: its empty folders go, anything put there since stays.
            if [[ -d "${path}" && ! -L "${path}" ]]; then
                ged_as_needed "${path}" find "${path}" -depth -type d -empty -delete
            fi
            if [[ -e "${path}" ]]; then
                ged_warn "kept ${path}: it is not empty"
                continue
            fi
            ;;
        tree | absent-tree)
            [[ "${path}" == /* && "${path}" != / ]] || ged_die "refusing to remove ${path}"
            ged_as_needed "${path}" rm -rf -- "${path}"
            if [[ "${kind}" == tree ]]; then
                ged_as_needed "${path}" mv -- "$(cat -- "${dir}/${n}.aside")" "${path}"
            fi
            ;;
        esac
        ged_say "  restored ${path}"
    done
    if [[ -f "${dir}/notes" ]]; then
        ged_say "Not restored by --undo (do it by hand if you want it back):"
        sed -e 's/^/  /' -- "${dir}/notes"
    fi
    if [[ ${GED_DRY_RUN} -eq 0 ]]; then
        mv -- "${dir}" "${dir}.undone"
    fi
}

ged_section() {
    printf '\n== %s\n' "$*"
}

ged_finish() {
    if [[ ${GED_NEED_RELOAD} -eq 1 ]]; then
        ged_section 'Telling systemd about the new drop-ins'
        ged_systemd_reload
    fi
    if [[ ${GED_DRY_RUN} -eq 1 ]]; then
        ged_say ''
        ged_say 'Dry run: nothing was changed.'
        return 0
    fi
    ged_say ''
    if [[ ${GED_CHANGED} -eq 0 ]]; then
        ged_say 'Nothing needed changing.'
    else
        ged_say "Done: ${GED_CHANGED} change(s). Backups: ${GED_BACKUP_DIR} (run this script with --undo to restore them)."
        ged_say 'Log out and in again (or open a new login shell) so every program sees the new settings.'
    fi
    if command -v go-env-doctor >/dev/null 2>&1; then
        ged_say ''
        ged_say 'Checking again with go-env-doctor:'
        go-env-doctor --cli --only "${GED_CHECKS}" || true
    fi
}

# A POSIX sh word for $1 (the same quoting as the application's ShellQuote::word).
ged_sh_word() {
    local s=${1//\'/\'\\\'\'}
    printf "'%s'" "${s}"
}

ged_fish_word() {
    local s=${1//\\/\\\\}
    s=${s//\'/\\\'}
    printf "'%s'" "${s}"
}

# The lines that put FOLDER first or last on PATH in a start-up file of DIALECT (sh, fish,
# environment.d): the same text as the application's StartupBlock::pathLine, for a folder only
# known when the script runs (--install-dir).
ged_path_line() {
    local dialect=$1 folder=$2 place=$3 w
    case "${dialect}" in
    sh)
        w=$(ged_sh_word "${folder}")
        if [[ "${place}" == first ]]; then
            printf 'case "${PATH}:" in\n%s:*) ;;\n*) PATH=%s":${PATH}" ;;\nesac\nexport PATH' "${w}" "${w}"
        else
            printf 'case ":${PATH}:" in\n*:%s:*) ;;\n*) PATH="${PATH}:"%s ;;\nesac\nexport PATH' "${w}" "${w}"
        fi
        ;;
    fish)
        w=$(ged_fish_word "${folder}")
        if [[ "${place}" == first ]]; then
            printf 'if set -l i (contains -i -- %s $PATH)\n    set -e PATH[$i]\nend\nset -gx PATH %s $PATH' "${w}" "${w}"
        else
            printf 'contains -- %s $PATH; or set -gx PATH $PATH %s' "${w}" "${w}"
        fi
        ;;
    environment.d)
        [[ "${folder}" =~ ^[A-Za-z0-9/._+@,=%-]+$ ]] || ged_die "${folder} cannot be written to environment.d safely"
        if [[ "${place}" == first ]]; then printf 'PATH=%s:${PATH}' "${folder}"; else printf 'PATH=${PATH}:%s' "${folder}"; fi
        ;;
    esac
}

# Makes FILE hold exactly CONTENT (a file of our own, such as a limits.d or systemd drop-in).
ged_write_file() {
    local file=$1 content=$2 tmp
    tmp=$(mktemp)
    printf '%s' "${content}" >"${tmp}"
    ged_install_content "${file}" "${tmp}" "$(basename -- "${file}")"
    rm -f -- "${tmp}"
}

GED_NEED_RELOAD=0
GED_WOULD_CHANGE=0
# A systemd drop-in: written like any file of ours; systemd is told once, at the end.
ged_systemd_dropin() {
    ged_write_file "$1" "$2"
    if [[ ${GED_WOULD_CHANGE} -eq 1 ]]; then GED_NEED_RELOAD=1; fi
}

# A line of a systemd file switched off, like ged_comment_out; systemd is told once, at the end,
# and only when a line was (or, under --dry-run, would be) changed.
ged_systemd_comment_out() {
    GED_WOULD_CHANGE=0
    ged_comment_out "$@"
    if [[ ${GED_WOULD_CHANGE} -eq 1 ]]; then GED_NEED_RELOAD=1; fi
}
