# The adapter's sources, shared by the plugin target and by its unit tests
# (tests/plugins/city_portal compiles them directly and drives them through the fake host).
set(CITY_PORTAL_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/boost_json_impl.cpp
    ${CMAKE_CURRENT_LIST_DIR}/portal_vocabulary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/portal_settings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/envelope_parser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/submission_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/location_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reporter_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/attachment_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/progress_encoding.cpp
    ${CMAKE_CURRENT_LIST_DIR}/city_portal_adapter.cpp)
