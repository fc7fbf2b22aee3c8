#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test:
#   1. the normal build with warnings as errors: unit tests, fixtures, the CLI end to end;
#   2. core and its tests again with AddressSanitizer + UndefinedBehaviorSanitizer.
# A failing test or a sanitizer report fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

packaging/deps.sh --test

jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen

echo "== style (clang-format)"
git ls-files -z '*.cpp' '*.h' | xargs -0 -r clang-format --dry-run --Werror

echo "== build (warnings are errors)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGED_WERROR=ON >/dev/null
cmake --build build -j "$jobs"
echo "== tests"
ctest --test-dir build --output-on-failure -j "$jobs"

echo "== package"
# The .deb installs the program, its translations, the menu entry and the icon.
cmake --build build --target package >/dev/null
deb=$(ls build/go-env-doctor_*.deb)
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/go-env-doctor ./usr/share/go-env-doctor/translations/go-env-doctor_zh_CN.qm \
  ./usr/share/icons/hicolor/scalable/apps/go-env-doctor.svg ./usr/share/man/man1/go-env-doctor.1.gz \
  ./usr/share/metainfo/io.github.goenvdoctor.GoEnvDoctor.metainfo.xml; do
  grep -qF " $f" <<<"$contents" || { echo "package lacks $f"; exit 1; }
done
desktop=$(grep -o '\./usr/share/applications/[^ ]*\.desktop' <<<"$contents")
[ -n "$desktop" ] || { echo "package lacks a .desktop file"; exit 1; }
desktop-file-validate packaging/*.desktop
echo "$deb: ok"

echo "== core with ASan + UBSan"
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGED_WERROR=ON -DGED_SANITIZE=ON -DGED_BUILD_APP=OFF >/dev/null
cmake --build build-asan -j "$jobs"
# halt_on_error: any report ends the test with a failure; detect_leaks: leaks count too.
ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=0 \
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j "$jobs" -L core
