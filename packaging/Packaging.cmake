# Desktop integration, documentation and the Debian package (CPack DEB).
# Included at the end of the top-level CMakeLists.txt when the app is built. How to use it and why
# the hand-written Depends are there: packaging/README.md.

include(GNUInstallDirs)

# The reverse-DNS id names the .desktop file and the AppStream metainfo.
set(GED_APP_ID "io.github.goenvdoctor.GoEnvDoctor")
set(GED_PACKAGE_NAME "go-env-doctor")
set(GED_MAINTAINER "Go Env Doctor maintainers <maintainers@go-env-doctor.invalid>")
set(GED_HOMEPAGE "https://github.com/goenvdoctor/go-env-doctor")

set(_ged_pkg_src ${CMAKE_CURRENT_LIST_DIR})
set(_ged_icons ${PROJECT_SOURCE_DIR}/resources/icons)
set(_ged_pkg_bin ${PROJECT_BINARY_DIR}/packaging)
set(_ged_docdir ${CMAKE_INSTALL_DATADIR}/doc/${GED_PACKAGE_NAME})

# --- Desktop entry and icons ------------------------------------------------------------------
install(FILES ${_ged_pkg_src}/go-env-doctor.desktop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
  RENAME ${GED_APP_ID}.desktop)
# AppStream metainfo: software centres list the application under the same id (description,
# screenshots, releases).
install(FILES ${_ged_pkg_src}/${GED_APP_ID}.metainfo.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_ged_icons}/go-env-doctor.svg
  DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(_size IN ITEMS 16 22 24 32 48 64 128 256)
  install(FILES ${_ged_icons}/go-env-doctor-${_size}.png
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps
    RENAME go-env-doctor.png)
endforeach()

# --- The standalone capture script ---------------------------------------------------------------
# For servers the app cannot be installed on (Ubuntu 20.04 and 22.04 have no Qt 6.4): copied there
# and run, it writes the same snapshot as --capture with sh, coreutils, tar, gzip and sed only.
install(PROGRAMS ${_ged_pkg_src}/go-env-doctor-capture.sh
  DESTINATION ${CMAKE_INSTALL_DATADIR}/${GED_PACKAGE_NAME})
# lintian's one tag on the package, explained in the file (tests/package_checks.py honours
# overrides that carry a comment).
install(FILES ${_ged_pkg_src}/lintian-overrides DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides
  RENAME go-env-doctor)

# --- Man page and Debian changelog, gzipped at build time -------------------------------------
# gzip -n leaves out the name and time stamp, so the package is reproducible (and lintian does
# not flag a time-stamped gzip).
find_program(GED_GZIP gzip REQUIRED)
configure_file(${_ged_pkg_src}/go-env-doctor.1 ${_ged_pkg_bin}/go-env-doctor.1 @ONLY)
configure_file(${_ged_pkg_src}/changelog ${_ged_pkg_bin}/changelog COPYONLY)
foreach(_doc IN ITEMS go-env-doctor.1 changelog)
  add_custom_command(OUTPUT ${_ged_pkg_bin}/${_doc}.gz
    COMMAND ${GED_GZIP} -9nkf ${_doc}
    WORKING_DIRECTORY ${_ged_pkg_bin}
    DEPENDS ${_ged_pkg_bin}/${_doc}
    COMMENT "Compressing ${_doc}"
    VERBATIM)
endforeach()
add_custom_target(ged_packaging_docs ALL
  DEPENDS ${_ged_pkg_bin}/go-env-doctor.1.gz ${_ged_pkg_bin}/changelog.gz)
install(FILES ${_ged_pkg_bin}/go-env-doctor.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${_ged_pkg_bin}/changelog.gz ${_ged_pkg_src}/copyright DESTINATION ${_ged_docdir})

# The top entry of the changelog must be this version, or the package describes another release.
file(STRINGS ${_ged_pkg_src}/changelog _ged_changelog_top LIMIT_COUNT 1)
if(NOT _ged_changelog_top MATCHES "^${GED_PACKAGE_NAME} \\(${PROJECT_VERSION}\\) ")
  message(WARNING "packaging/changelog starts with '${_ged_changelog_top}', not version "
    "${PROJECT_VERSION}: add an entry for this release.")
endif()

# --- Stripping ----------------------------------------------------------------------------------
# CPACK_STRIP_FILES runs a plain `strip`; like dh_strip, also drop .comment and .note (the
# compiler's version strings). .note.gnu.build-id is a different section and stays.
if(CMAKE_STRIP)
  install(CODE "
    if(CMAKE_INSTALL_DO_STRIP)
      execute_process(COMMAND \"${CMAKE_STRIP}\" --remove-section=.comment --remove-section=.note
        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:go-env-doctor>\"
        COMMAND_ERROR_IS_FATAL ANY)
    endif()")
endif()

# --- CPack: the .deb ------------------------------------------------------------------------------
# The package installs to /usr. Paths compiled into the program (the translations folder) come
# from CMAKE_INSTALL_PREFIX, which the top-level CMakeLists.txt defaults to /usr: they must agree.
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
if(NOT CMAKE_INSTALL_PREFIX STREQUAL CPACK_PACKAGING_INSTALL_PREFIX)
  message(WARNING "CMAKE_INSTALL_PREFIX is ${CMAKE_INSTALL_PREFIX} but the package installs to "
    "${CPACK_PACKAGING_INSTALL_PREFIX}: the packaged program would look for its translations in "
    "the wrong place. Configure a fresh build folder, or pass -DCMAKE_INSTALL_PREFIX=/usr.")
endif()

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "${GED_PACKAGE_NAME}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "The Go Env Doctor authors")
set(CPACK_PACKAGE_CONTACT "${GED_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${GED_HOMEPAGE}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "diagnose and fix Go toolchain set-ups on Ubuntu and Debian")
# CPackDeb indents these lines and turns the empty ones into " .". No semicolons: CPack would
# read them as list separators.
set(CPACK_PACKAGE_DESCRIPTION [=[
Go Env Doctor finds out why Go does not work on an Ubuntu or Debian machine
and explains each problem with its evidence and the fix: a go command that
is missing from PATH or shadowed by an older Go from apt, a stale GOROOT,
modules switched off in the go env file, a literal ~ in PATH, or a Go built
for another architecture.

It scans this computer, or a snapshot captured on another one, and never
changes anything. A wizard walks newcomers through the findings, in English
or Simplified Chinese. On servers and in CI, --cli prints a summary for
people and --json a machine-readable report, with no display needed.]=])
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${GED_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${GED_HOMEPAGE}")
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
# Library Depends come from dpkg-shlibdeps (for the target architecture when cross-compiling),
# run by packaging/CPackDebDepends.cmake when cpack starts, which also turns each library that
# Ubuntu 24.04 renamed in its 64-bit time_t transition into an alternative of both names
# ("libqt6core6 (>= 6.4.0) | libqt6core6t64 (>= 6.4.0)"): one .deb installs on Debian 12 and on
# Ubuntu 24.04. The list was checked against Ubuntu 24.04 (noble) package by package (README.md);
# libqt6charts6, libqt6svg6, libyaml-0-2, libstdc++6, libgcc-s1 and libc6 kept their names.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
set(CPACK_PROJECT_CONFIG_FILE ${_ged_pkg_src}/CPackDebDepends.cmake)
get_target_property(_ged_app_dir go-env-doctor BINARY_DIR)
set(CPACK_GED_SHLIBDEPS_FILES ${_ged_app_dir}/go-env-doctor)
set(CPACK_GED_T64_RENAMED libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libelf1
  libtomlplusplus3)
set(CPACK_GED_WORK_DIR ${_ged_pkg_bin}/shlibdeps)
# What shlibdeps cannot see, because Qt loads it at run time:
# - qt6-qpa-plugins: the xcb platform plugin. Without it the wizard (and so the menu entry)
#   aborts before showing a window, so it is a Depends, not a Recommends.
# - qt6-translations-l10n: Qt's own zh_CN strings (QWizard's Back/Next/Cancel). Without it the
#   Chinese wizard still works with those buttons in English: a Recommends.
# - fonts-wqy-zenhei: the CJK font of zh_CN PDF reports, whose text copies back as the real
#   characters (build-notes.md). Without it the report falls back to another CJK font: a Recommends.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-wqy-zenhei")

# The package's architecture: dpkg's, or the target's when cross-compiling (a toolchain file or
# -D may also set it directly).
if(NOT CPACK_DEBIAN_PACKAGE_ARCHITECTURE)
  if(CMAKE_CROSSCOMPILING AND CMAKE_LIBRARY_ARCHITECTURE)
    execute_process(COMMAND dpkg-architecture -t ${CMAKE_LIBRARY_ARCHITECTURE} -qDEB_HOST_ARCH
      OUTPUT_VARIABLE _ged_deb_arch OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  else()
    execute_process(COMMAND dpkg --print-architecture
      OUTPUT_VARIABLE _ged_deb_arch OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
  endif()
  if(NOT _ged_deb_arch)
    message(WARNING "Could not ask dpkg for the package architecture: set "
      "CPACK_DEBIAN_PACKAGE_ARCHITECTURE (amd64, arm64, ...) to build a .deb.")
  endif()
  set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE "${_ged_deb_arch}" CACHE STRING
    "Debian architecture of the .deb (amd64, arm64, ...)")
endif()

# `package_source`: the source tree without build folders. CPack writes these regexes into its
# config file unescaped, hence the double escaping of the dots.
set(CPACK_SOURCE_GENERATOR "TXZ")
set(CPACK_SOURCE_IGNORE_FILES "^${PROJECT_SOURCE_DIR}/\\\\.git/" "^${PROJECT_SOURCE_DIR}/build[^/]*/"
  "^${PROJECT_SOURCE_DIR}/dist/" "\\\\.user$" "~$")

include(CPack)
