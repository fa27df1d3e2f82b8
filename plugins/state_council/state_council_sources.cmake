# The adapter's sources, shared by the plugin target and by its unit tests
# (tests/plugins/state_council compiles them directly and drives them through the fake host).
set(STATE_COUNCIL_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/boost_json_impl.cpp
    ${CMAKE_CURRENT_LIST_DIR}/json_slices.cpp
    ${CMAKE_CURRENT_LIST_DIR}/uri_encoding.cpp
    ${CMAKE_CURRENT_LIST_DIR}/council_vocabulary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/council_settings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/item_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/clue_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/region_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reporter_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/attachment_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/poll_request.cpp
    ${CMAKE_CURRENT_LIST_DIR}/upstream_errors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/poll_answer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/feedback_encoding.cpp
    ${CMAKE_CURRENT_LIST_DIR}/state_council_adapter.cpp)
