# The adapter's sources, shared by the plugin target and by its unit tests
# (tests/plugins/hotline_12345 compiles them directly and drives them through the fake host).
set(HOTLINE_12345_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/boost_json_impl.cpp
    ${CMAKE_CURRENT_LIST_DIR}/xml_document.cpp
    ${CMAKE_CURRENT_LIST_DIR}/wire_element.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hotline_vocabulary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hotline_settings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/phone_number.cpp
    ${CMAKE_CURRENT_LIST_DIR}/caller_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/location_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/handling_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/attachment_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/work_order_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/beijing_time.cpp
    ${CMAKE_CURRENT_LIST_DIR}/xml_escaping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/feedback_encoding.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hotline_12345_adapter.cpp)

# expat parses the work orders; it is linked as a shared library (libexpat1), PRIVATE, so
# nothing of it is exported from the plugin.
find_package(EXPAT REQUIRED)
