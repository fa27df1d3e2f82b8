include(${CMAKE_CURRENT_LIST_DIR}/casegw_sdk_targets.cmake)
include(${CMAKE_CURRENT_LIST_DIR}/casegw_add_plugin.cmake)
