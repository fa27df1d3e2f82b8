# The adapter's sources, shared by the plugin target and by its unit tests
# (tests/plugins/gov_service_platform compiles them directly and drives them through the fake host).
set(GOV_SERVICE_PLATFORM_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/boost_json_impl.cpp
    ${CMAKE_CURRENT_LIST_DIR}/flat_json_reader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/flat_message.cpp
    ${CMAKE_CURRENT_LIST_DIR}/message_envelope.cpp
    ${CMAKE_CURRENT_LIST_DIR}/platform_vocabulary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/platform_settings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/case_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reporter_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/attachment_list.cpp
    ${CMAKE_CURRENT_LIST_DIR}/reply_encoding.cpp
    ${CMAKE_CURRENT_LIST_DIR}/gov_service_platform_adapter.cpp)
