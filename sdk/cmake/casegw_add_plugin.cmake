# casegw_add_plugin(<name> SOURCES <files...> [OUTPUT_DIRECTORY <dir>])
#
# Builds a channel adapter the way the gateway expects: a MODULE library named
# libcasegw_<name>.so (target casegw_plugin_<name>) with hidden visibility, no undefined
# symbols, static dependencies kept private, and exactly one exported symbol
# (casegw_plugin_entry_v1).
function(casegw_add_plugin name)
  cmake_parse_arguments(ARG "" "OUTPUT_DIRECTORY" "SOURCES" ${ARGN})
  # Resolved at call time: a variable set beside the function would be empty when the
  # function is called from another directory scope (e.g. plugins/<name>/).
  set(_CASEGW_PLUGIN_MAP ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/casegw_plugin.map)
  set(target casegw_plugin_${name})
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE casegw::sdk)
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME casegw_${name}
    C_VISIBILITY_PRESET hidden
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    POSITION_INDEPENDENT_CODE ON)
  if(ARG_OUTPUT_DIRECTORY)
    set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${ARG_OUTPUT_DIRECTORY})
  endif()
  if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    target_link_options(${target} PRIVATE
      -Wl,--no-undefined -Wl,--exclude-libs,ALL -Wl,--version-script=${_CASEGW_PLUGIN_MAP})
    set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS ${_CASEGW_PLUGIN_MAP})
  endif()
endfunction()

# casegw_add_plugin_exports_test(<name> [TEST_NAME <test>])
#
# Registers a ctest (default name <name>_exports_only_its_entry) that reads the dynamic symbol
# table of casegw_plugin_<name> with nm and fails unless it defines casegw_plugin_entry_v1 and
# nothing else. Call after casegw_add_plugin(<name> ...) and enable_testing().
function(casegw_add_plugin_exports_test name)
  cmake_parse_arguments(ARG "" "TEST_NAME" "" ${ARGN})
  if(NOT TARGET casegw_plugin_${name})
    message(FATAL_ERROR "casegw_add_plugin_exports_test: no target casegw_plugin_${name}; call casegw_add_plugin(${name} ...) first")
  endif()
  if(NOT ARG_TEST_NAME)
    set(ARG_TEST_NAME ${name}_exports_only_its_entry)
  endif()
  set(nm_tool "${CMAKE_NM}")
  if(NOT nm_tool)
    set(nm_tool nm)
  endif()
  add_test(NAME ${ARG_TEST_NAME}
           COMMAND ${CMAKE_COMMAND} -DPLUGIN=$<TARGET_FILE:casegw_plugin_${name}> -DNM=${nm_tool}
                   -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/casegw_check_exports.cmake)
endfunction()
