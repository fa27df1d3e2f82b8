# cmake -DPLUGIN=<libcasegw_x.so> -DNM=<nm> [-DEXPECTED=casegw_plugin_entry_v1] -P casegw_check_exports.cmake
#
# Fails unless the plugin's dynamic symbol table defines exactly the expected symbols (by default
# the ABI 1 entry): any other exported symbol could be bound to another plugin's or the gateway's
# copy of the same name when the gateway dlopen()s it. Run by casegw_add_plugin_exports_test().
if(NOT PLUGIN OR NOT EXISTS "${PLUGIN}")
  message(FATAL_ERROR "casegw_check_exports: PLUGIN='${PLUGIN}' is not a file")
endif()
if(NOT NM)
  set(NM nm)
endif()
if(NOT DEFINED EXPECTED)
  set(EXPECTED casegw_plugin_entry_v1)
endif()

execute_process(COMMAND "${NM}" -D --defined-only "${PLUGIN}"
                RESULT_VARIABLE status OUTPUT_VARIABLE listing ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "casegw_check_exports: ${NM} -D --defined-only ${PLUGIN} failed (${status}): ${errors}")
endif()

# "0000000000001130 T casegw_plugin_entry_v1" -> casegw_plugin_entry_v1
string(REPLACE "\n" ";" lines "${listing}")
set(exported "")
foreach(line IN LISTS lines)
  if(line MATCHES "^[0-9a-fA-F]* *[A-Za-z] ([^ ]+)$")
    list(APPEND exported "${CMAKE_MATCH_1}")
  endif()
endforeach()
list(SORT exported)
set(expected_sorted ${EXPECTED})
list(SORT expected_sorted)

if(NOT "${exported}" STREQUAL "${expected_sorted}")
  string(REPLACE ";" " " shown "${exported}")
  string(REPLACE ";" " " wanted "${expected_sorted}")
  message(FATAL_ERROR "casegw_check_exports: ${PLUGIN} exports [${shown}], expected exactly [${wanted}]. "
                      "Build it with casegw_add_plugin() and export nothing but CASEGW_PLUGIN(...).")
endif()
message(STATUS "casegw_check_exports: ${PLUGIN} exports exactly ${EXPECTED}")
