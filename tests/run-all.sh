#!/usr/bin/env bash
# Installs what is needed, builds, and runs every test, for amd64 and arm64 (CI runs this: .ci/run).
#
#   tests/run-all.sh                   everything, in this order:
#     style    clang-format and shellcheck;
#     amd64    packaging/build-debs --tests --werror: one build with Debian's hardened flags and
#              warnings as errors, whose tests all run (ctest) and whose package is the release
#              .deb, checked by tests/package_checks.py, installed, run and removed;
#     asan     core and its tests again with AddressSanitizer + UndefinedBehaviorSanitizer;
#     arm64    the same build cross-compiled, its core, GUI and snapshot tests under
#              qemu-aarch64-static (`-L "core|gui|snapshot" -LE live`: tests/CMakeLists.txt says
#              what is left out and why), every snapshot's --json compared with the amd64 build's,
#              and its package checked, installed as go-env-doctor:arm64, run under qemu, removed.
#   tests/run-all.sh --only arm64      only the stages named (comma-separated: style, amd64,
#                                      asan, arm64)
#
# A failing test, a sanitizer report, a lintian tag or a report that differs fails the run. Each
# stage prints its wall-clock and CPU time; a table of all of them comes at the end.
# Run as root (CI has no sudo): it installs Debian packages with apt-get (packaging/deps.sh) and
# installs and removes the built packages.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(pwd)

only=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --only) only=",${2:?--only needs stage names},"; shift 2 ;;
    -h|--help) awk 'NR > 1 && !/^#/ {exit} NR > 1 {sub(/^# ?/, ""); print}' "$0"; exit 0 ;;
    *) echo "$0: unknown argument $1 (--only style,amd64,asan,arm64)" >&2; exit 2 ;;
  esac
done
for s in ${only//,/ }; do
  case "$s" in
    style|amd64|asan|arm64) ;;
    *) echo "$0: unknown stage $s (style, amd64, asan, arm64)" >&2; exit 2 ;;
  esac
done
wanted() { [[ -z "$only" || "$only" == *",$1,"* ]]; }

jobs=$(nproc)
export QT_QPA_PLATFORM=offscreen
qemu=/usr/bin/qemu-aarch64-static
dist="$src/dist"
package=go-env-doctor
# Snapshots captured on other machines, beside the checkout (CI provides them there).
shared="$src/../shared/snapshots"
# Snapshot fixtures the installed programs are run on.
fixtures="$src/tests/fixtures/snapshots"

# --- Timing --------------------------------------------------------------------------------------
# CPU time counts this shell's finished children (cutime + cstime in /proc/PID/stat): on a busy
# machine the wall clock says little, the CPU time says what the stage itself costs.
tick=$(getconf CLK_TCK)
cpu_ticks() {
  local stat fields
  stat=$(</proc/$$/stat)
  read -r -a fields <<<"${stat##*) }"
  echo $((fields[13] + fields[14]))
}
clock() { printf '%d:%02d' $(($1 / 60)) $(($1 % 60)); }
timings=()
current=""
run_start=$SECONDS
stage() {
  local name=$1 t0=$SECONDS c0
  shift
  c0=$(cpu_ticks)
  current=$name
  echo
  echo "== $name"
  "$@"
  local wall=$((SECONDS - t0)) cpu=$((($(cpu_ticks) - c0) / tick))
  timings+=("$(printf '%-48s %7s %9s' "$name" "$(clock "$wall")" "$(clock "$cpu")")")
  echo "-- $name: $(clock "$wall") wall, $(clock "$cpu") CPU"
  current=""
}
finish() {
  local status=$?
  echo
  echo "== timings (minutes:seconds; $(nproc) cores; CPU is user + system of the stage's programs)"
  printf '%-48s %7s %9s\n' stage wall CPU
  printf '%s\n' "${timings[@]}"
  [[ -z "$current" ]] || printf '%-48s %7s\n' "$current (FAILED)" "-"
  printf '%-48s %7s\n' total "$(clock $((SECONDS - run_start)))"
  remove_installed
  exit "$status"
}

# --- Installing the built packages --------------------------------------------------------------
# Whatever happens, the package is not left installed: this runs after each install check and on
# exit.
remove_installed() {
  local installed
  installed=$(dpkg-query -W -f='${binary:Package} ${Status}\n' "$package" "$package:arm64" \
    2>/dev/null | awk '/ installed$/ {print $1}' | sort -u) || true
  if [[ -n "$installed" ]]; then
    echo "removing $installed"
    # shellcheck disable=SC2086 # one or two package names
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq -o DPkg::Lock::Timeout=600 $installed \
      >/dev/null
  fi
}
trap finish EXIT

# The command whose reports others must match: the amd64 build tree's program, or, when only the
# arm64 stage runs and there is none, the arm64 build tree's under qemu.
reference() {
  if [[ -x "$src/build-deb-amd64/app/$package" ]]; then
    echo "$src/build-deb-amd64/app/$package"
  else
    echo "$qemu $src/build-deb-arm64/app/$package"
  fi
}

# Installs a built .deb with apt-get (which pulls its Depends for its architecture: the :arm64
# libraries for go-env-doctor:arm64), runs the installed program on every snapshot fixture, its
# reports compared with the build tree's, and removes the package.
install_and_run() {
  local arch=$1 deb run_installed=("/usr/bin/$package") name=$package zh
  deb=$(ls "$dist/${package}"_*_"$arch".deb)
  if [[ "$arch" != amd64 ]]; then
    run_installed=("$qemu" "/usr/bin/$package")
    name="$package:$arch"
  fi
  remove_installed
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=600 "$deb" >/dev/null
  dpkg-query -W -f='installed ${binary:Package} ${Version}\n' "$name"
  "${run_installed[@]}" --version
  # The installed program finds its translations where the package put them
  # (/usr/share/go-env-doctor/translations). Exit status 1 only means the scan found an error.
  zh=$(LANG=C.UTF-8 "${run_installed[@]}" --lang zh_CN --cli \
    --snapshot "$fixtures/healthy-tarball/snapshot") || [[ $? -eq 1 ]]
  LC_ALL=C.UTF-8 grep -qP '\p{Han}' <<<"$zh" ||
    { echo "the installed $arch program printed no Chinese with --lang zh_CN:"; echo "$zh"; exit 1; }
  python3 tests/compare_reports.py --reference "$(reference)" --candidate "${run_installed[*]}" \
    "$fixtures"
  remove_installed
}

# --- Stages ---------------------------------------------------------------------------------------
style() {
  git ls-files -z '*.cpp' '*.h' | xargs -0 -r clang-format --dry-run --Werror
  # The project's own scripts; the shell files inside snapshot fixtures are captured data.
  { git ls-files -z '*.sh' ':!:tests/fixtures/**'; printf '%s\0' .ci/run packaging/build-debs; } |
    xargs -0 -r shellcheck
}

build() { # ARCH: configure, build (tests included, warnings are errors) and package
  packaging/build-debs --no-deps --tests --werror --arch "$1" "$dist"
}

amd64_tests() {
  ctest --test-dir build-deb-amd64 --output-on-failure -j "$jobs"
}

asan() {
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DGED_WERROR=ON -DGED_SANITIZE=ON \
    -DGED_BUILD_APP=OFF >/dev/null
  cmake --build build-asan -j "$jobs"
  # halt_on_error: any report ends the test with a failure; detect_leaks: leaks count too.
  ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:abort_on_error=0 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    ctest --test-dir build-asan --output-on-failure -j "$jobs" -L core
}

arm64_tests() {
  # The test programs run under qemu-aarch64-static (CMAKE_CROSSCOMPILING_EMULATOR of
  # packaging/toolchain-arm64.cmake); live tests stay on amd64.
  ctest --test-dir build-deb-arm64 --output-on-failure -j "$jobs" -L 'core|gui|snapshot' -LE live
}

compare_arches() {
  local reference="$src/build-deb-amd64/app/$package" dirs=("$fixtures")
  if [[ ! -x "$reference" ]]; then
    if wanted amd64; then
      echo "the amd64 stage left no program at $reference"
      exit 1
    fi
    echo "skipped: no amd64 build to compare with at $reference (tests/run-all.sh --only amd64,arm64)"
    return 0
  fi
  if [[ -d "$shared" ]]; then
    dirs+=("$shared")
  elif [[ -n "${CI:-}" ]]; then
    echo "CI provides the shared snapshots at $shared, but they are missing"
    exit 1
  else
    echo "note: no shared snapshots at $shared; comparing the fixtures only"
  fi
  python3 tests/compare_reports.py --reference "$reference" \
    --candidate "$qemu $src/build-deb-arm64/app/$package" "${dirs[@]}"
}

check_package() { # ARCH
  python3 tests/package_checks.py "$(ls "$dist/${package}"_*_"$1".deb)"
}

deps=(--test --check)
wanted arm64 && deps+=(--cross arm64)
stage "packages (deps.sh ${deps[*]})" packaging/deps.sh "${deps[@]}"

if wanted style; then
  stage "style" style
fi
if wanted amd64; then
  stage "amd64: build (hardened, -Werror)" build amd64
  stage "amd64: tests" amd64_tests
  stage "amd64: package checks" check_package amd64
  stage "amd64: install, run, remove" install_and_run amd64
fi
if wanted asan; then
  stage "core with ASan + UBSan" asan
fi
if wanted arm64; then
  stage "arm64: cross build (hardened, -Werror)" build arm64
  stage "arm64: tests under qemu" arm64_tests
  stage "arm64: --json same as amd64" compare_arches
  stage "arm64: package checks" check_package arm64
  stage "arm64: install, run (qemu), remove" install_and_run arm64
fi
echo
echo "all stages passed"
