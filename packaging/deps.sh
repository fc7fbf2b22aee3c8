#!/usr/bin/env bash
# Installs what building Go Env Doctor needs on Debian 12 or Ubuntu 24.04 (Qt 6.4 or later).
#   packaging/deps.sh               build and run
#   packaging/deps.sh --test        also what the tests use (a real Go, jsonschema, shellcheck,
#                                   poppler, desktop-file-validate, appstreamcli)
#   packaging/deps.sh --check       also what tests/package_checks.py uses on a built .deb (lintian,
#                                   desktop-file-validate, appstreamcli)
#   packaging/deps.sh --cross arm64 also the arm64 cross toolchain and the :arm64 libraries, from
#                                   Debian's multiarch packages (an amd64 Debian 12 host; adds the
#                                   arm64 architecture to dpkg)
# Options combine. Runs apt-get directly as root (CI has no sudo), through sudo otherwise.
set -euo pipefail

packages=(build-essential dpkg-dev cmake ninja-build pkgconf
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins qt6-charts-dev libqt6opengl6-dev libelf-dev
  libtomlplusplus-dev libyaml-dev libarchive-dev
  fonts-wqy-zenhei) # the CJK font of zh_CN PDF reports: its text copies back exactly (build-notes.md)
cross=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --test)
      # golang-go: a real `go` for the end-to-end tests (Debian 12 ships Go 1.19, past support:
      # exactly what go.version-unsupported must catch).
      # poppler-utils: the PDF reports are read back with pdftotext, pdffonts and pdfinfo.
      # desktop-file-utils, appstream: the menu entry and the AppStream metainfo are validated.
      packages+=(golang-go python3 python3-jsonschema shellcheck clang-format git desktop-file-utils
        appstream poppler-utils) ;;
    --check)
      packages+=(python3 lintian desktop-file-utils appstream) ;;
    --cross)
      cross="${2:-}"
      shift ;;
    *)
      echo "usage: $0 [--test] [--check] [--cross arm64]" >&2
      exit 2 ;;
  esac
  shift
done

if [[ -n "$cross" ]]; then
  if [[ "$cross" != arm64 ]]; then
    echo "$0: only --cross arm64 is supported (from an amd64 host)" >&2
    exit 2
  fi
  # Not qt6-base-dev-tools:arm64: it would replace the amd64 host tools (moc, rcc) with arm64
  # ones. The arm64 -dev packages of every library the project links, plus qemu to run the result.
  packages+=(g++-aarch64-linux-gnu pkgconf:arm64 qemu-user-static
    qt6-base-dev:arm64 qt6-charts-dev:arm64 qt6-svg-dev:arm64 libqt6opengl6-dev:arm64
    libelf-dev:arm64 libyaml-dev:arm64 libtomlplusplus-dev:arm64 libarchive-dev:arm64)
fi

as_root=()
if [[ "$(id -u)" -ne 0 ]]; then
  as_root=(sudo)
fi

# A new architecture's package lists come with the apt-get update below: its packages are all
# missing until then.
if [[ -n "$cross" ]] && ! dpkg --print-foreign-architectures | grep -qx "$cross"; then
  "${as_root[@]}" dpkg --add-architecture "$cross"
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
