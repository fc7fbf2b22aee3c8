# CPack project config file (CPACK_PROJECT_CONFIG_FILE, set in packaging/Packaging.cmake): cpack
# reads it before it builds each package. For the .deb it works out the Depends line:
#
#   1. dpkg-shlibdeps on the built program gives the libraries it links, with the Debian 12 package
#      names and minimum versions (for arm64 too: dpkg-shlibdeps reads the ELF's architecture and
#      looks in the matching multiarch folder);
#   2. every library that Ubuntu 24.04 renamed in the 64-bit time_t transition becomes an
#      alternative of both names, "libqt6core6 (>= 6.4.0) | libqt6core6t64 (>= 6.4.0)", so one
#      package installs on both releases;
#   3. the run-time needs that dpkg-shlibdeps cannot see (CPACK_DEBIAN_PACKAGE_DEPENDS) follow.
#
# CPack's own CPACK_DEBIAN_PACKAGE_SHLIBDEPS is off: it has no hook between running
# dpkg-shlibdeps and writing the control file, so the renaming could not be done there.
#
# Inputs (CPACK_* variables, so they reach this file through CPackConfig.cmake):
#   CPACK_GED_SHLIBDEPS_FILES  the ELF files to examine (the built program)
#   CPACK_GED_T64_RENAMED      Debian 12 package names that Ubuntu 24.04 calls NAMEt64
#   CPACK_GED_WORK_DIR         a scratch folder in the build tree

if(NOT CPACK_GENERATOR STREQUAL "DEB")
  return()
endif()

find_program(_ged_shlibdeps dpkg-shlibdeps)
if(NOT _ged_shlibdeps)
  message(FATAL_ERROR "dpkg-shlibdeps not found: install dpkg-dev (packaging/deps.sh does).")
endif()
foreach(_ged_file IN LISTS CPACK_GED_SHLIBDEPS_FILES)
  if(NOT EXISTS "${_ged_file}")
    message(FATAL_ERROR "${_ged_file} is missing: build the project before running cpack.")
  endif()
endforeach()

# dpkg-shlibdeps wants to run in a source package folder (it reads debian/control); an empty one
# will do, as CPack itself does.
set(_ged_work "${CPACK_GED_WORK_DIR}")
file(REMOVE_RECURSE "${_ged_work}")
file(MAKE_DIRECTORY "${_ged_work}/debian")
file(WRITE "${_ged_work}/debian/control" "")
execute_process(
  COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C "${_ged_shlibdeps}" -O ${CPACK_GED_SHLIBDEPS_FILES}
  WORKING_DIRECTORY "${_ged_work}"
  OUTPUT_VARIABLE _ged_out ERROR_VARIABLE _ged_err RESULT_VARIABLE _ged_rc
  OUTPUT_STRIP_TRAILING_WHITESPACE)
file(REMOVE_RECURSE "${_ged_work}")
if(NOT _ged_rc EQUAL 0 OR NOT _ged_out MATCHES "^shlibs:Depends=")
  message(FATAL_ERROR "dpkg-shlibdeps failed (${_ged_rc}):\n${_ged_err}\n${_ged_out}")
endif()
string(REGEX REPLACE "^shlibs:Depends=" "" _ged_out "${_ged_out}")

# "a (>= 1), b" -> one list item per dependency. Package names and versions hold no semicolons.
string(REPLACE ", " ";" _ged_entries "${_ged_out}")
set(_ged_depends "")
foreach(_ged_entry IN LISTS _ged_entries)
  string(STRIP "${_ged_entry}" _ged_entry)
  if(_ged_entry MATCHES "^([a-z0-9][a-z0-9.+-]*)( \\([^)]*\\))?$")
    set(_ged_name "${CMAKE_MATCH_1}")
    set(_ged_version "${CMAKE_MATCH_2}")
    list(FIND CPACK_GED_T64_RENAMED "${_ged_name}" _ged_renamed) # not IN_LIST: cpack's policies
    if(_ged_renamed GREATER -1)
      set(_ged_entry "${_ged_name}${_ged_version} | ${_ged_name}t64${_ged_version}")
    endif()
  endif()
  list(APPEND _ged_depends "${_ged_entry}")
endforeach()
list(JOIN _ged_depends ", " _ged_depends)

if(CPACK_DEBIAN_PACKAGE_DEPENDS)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_ged_depends}, ${CPACK_DEBIAN_PACKAGE_DEPENDS}")
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_ged_depends}")
endif()
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
message(STATUS "Depends: ${CPACK_DEBIAN_PACKAGE_DEPENDS}")
