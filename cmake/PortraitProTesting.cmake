# pp_add_test(NAME SOURCES... LINK libs... [GUI]) — one Qt Test class per executable, one CTest entry.
# Tests keep off the user's own files by QStandardPaths' test mode (or, for the app binary, a
# HOME of their own). The offscreen platform comes from the CTest presets (ctest --preset dev),
# so a GUI suite run by hand shows its windows on the desktop.
function(pp_add_test name)
  cmake_parse_arguments(ARG "GUI" "" "SOURCES;LINK;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LINK} portraitpro_warnings)
  target_compile_definitions(${name} PRIVATE
    PP_SOURCE_DIR="${PROJECT_SOURCE_DIR}" PP_TESTS_DIR="${PROJECT_SOURCE_DIR}/tests")
  add_test(NAME ${name} COMMAND ${name})
  set(labels ${ARG_LABELS})
  if(ARG_GUI)
    list(APPEND labels gui)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS "${labels}" TIMEOUT 300)
endfunction()
