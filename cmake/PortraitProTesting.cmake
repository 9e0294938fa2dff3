# pp_add_test(NAME SOURCES... LINK libs... [GUI]) — one Qt Test class per executable, one CTest entry.
# Every test gets its own isolated HOME/XDG folders under the build tree so nothing touches the
# real user's settings, and runs on the offscreen platform unless the environment says otherwise.
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
