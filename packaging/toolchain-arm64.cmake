# Cross-compiling for arm64 (aarch64) on an amd64 Debian 12 with Debian's multiarch packages:
#   cmake -S . -B build-arm64 -G Ninja -DCMAKE_TOOLCHAIN_FILE=packaging/toolchain-arm64.cmake
# Needs the packages of `packaging/deps.sh --cross arm64` (g++-aarch64-linux-gnu, the :arm64 Qt and
# -dev libraries, qemu-user-static). The reasons for each setting are in build-notes.md.

set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
# The multiarch triplet: libraries and CMake packages are found under /usr/lib/aarch64-linux-gnu,
# and packaging/Packaging.cmake derives the package's architecture (arm64) from it.
set(CMAKE_LIBRARY_ARCHITECTURE aarch64-linux-gnu)

# Programs (moc, rcc, lrelease, pkg-config) are the host's. Do not set CMAKE_FIND_ROOT_PATH to
# /usr/aarch64-linux-gnu with ONLY modes: on a multiarch host Qt 6 is then not found.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(PKG_CONFIG_EXECUTABLE /usr/bin/aarch64-linux-gnu-pkg-config CACHE FILEPATH "pkg-config for arm64")

# CTest (and anything else using the emulator) runs the arm64 programs under qemu's user-mode
# emulation: `ctest --test-dir build-deb-arm64 -L "core|gui|snapshot" -LE live` (tests/CMakeLists.txt
# says which tests are live and why they cannot run emulated). No -L or QEMU_LD_PREFIX: on a
# multiarch Debian the arm64 loader is /lib/ld-linux-aarch64.so.1 (libc6:arm64), and it finds the
# :arm64 libraries in /usr/lib/aarch64-linux-gnu through /etc/ld.so.conf.d/aarch64-linux-gnu.conf.
# binfmt_misc is not needed either (build-notes.md: this machine has none).
set(CMAKE_CROSSCOMPILING_EMULATOR /usr/bin/qemu-aarch64-static)
if(NOT EXISTS /lib/ld-linux-aarch64.so.1)
  message(WARNING "/lib/ld-linux-aarch64.so.1 is missing: the arm64 tests cannot run under qemu "
    "(packaging/deps.sh --cross arm64 installs libc6:arm64).")
endif()

# Debian's arm64 Qt is built natively: it must be told where the amd64 host tools are. Without
# Qt6HostInfo_DIR the host LinguistTools (lupdate, lrelease) are never found.
set(QT_HOST_PATH /usr CACHE PATH "Host Qt prefix")
set(QT_HOST_PATH_CMAKE_DIR /usr/lib/x86_64-linux-gnu/cmake CACHE PATH "Host Qt CMake packages")
set(Qt6HostInfo_DIR /usr/lib/x86_64-linux-gnu/cmake/Qt6HostInfo CACHE PATH "Host Qt's Qt6HostInfo")
