#!/usr/bin/env bash
# Installs what building Go Env Doctor needs on Debian 12 or Ubuntu 24.04 (Qt 6.4 or later).
#   packaging/deps.sh          build and run
#   packaging/deps.sh --test   also what the tests use (a real Go, jsonschema, shellcheck, poppler)
# Runs apt-get directly as root (CI has no sudo), through sudo otherwise.
set -euo pipefail

packages=(build-essential cmake ninja-build pkgconf
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins qt6-charts-dev libqt6opengl6-dev libelf-dev
  libtomlplusplus-dev libyaml-dev libarchive-dev
  fonts-wqy-zenhei) # the CJK font of zh_CN PDF reports: its text copies back exactly (build-notes.md)
if [[ "${1:-}" == "--test" ]]; then
  # golang-go: a real `go` for the end-to-end tests (Debian 12 ships Go 1.19, past support:
  # exactly what go.version-unsupported must catch).
  # poppler-utils: the PDF reports are read back with pdftotext, pdffonts and pdfinfo.
  packages+=(golang-go python3 python3-jsonschema shellcheck clang-format git desktop-file-utils dpkg-dev
    poppler-utils)
fi

as_root=()
if [[ "$(id -u)" -ne 0 ]]; then
  as_root=(sudo)
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
