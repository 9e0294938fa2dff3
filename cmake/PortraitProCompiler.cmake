# Warnings are on and must stay clean in every preset; PORTRAITPRO_WERROR turns them into errors.
option(PORTRAITPRO_WERROR "Treat compiler warnings as errors" OFF)

add_library(portraitpro_warnings INTERFACE)
target_compile_options(portraitpro_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
  -Wnull-dereference -Wimplicit-fallthrough
  $<$<BOOL:${PORTRAITPRO_WERROR}>:-Werror>)
target_compile_definitions(portraitpro_warnings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# pp_add_library(NAME SOURCES... LINK libs...) — one static library per layer.
function(pp_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINK" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(${name} PUBLIC ${ARG_LINK} PRIVATE portraitpro_warnings)
endfunction()
