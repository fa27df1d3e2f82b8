# The adapter's sources, shared by the plugin target and by its unit tests
# (tests/plugins/national_regulation compiles them directly and drives them through the fake host).
set(NATIONAL_REGULATION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/boost_json_impl.cpp
    ${CMAKE_CURRENT_LIST_DIR}/regulation_vocabulary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/regulation_settings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/message_header.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clue_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/location_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reporter_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/subject_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/attachment_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/feedback_encoding.cpp
    ${CMAKE_CURRENT_LIST_DIR}/national_regulation_adapter.cpp)
