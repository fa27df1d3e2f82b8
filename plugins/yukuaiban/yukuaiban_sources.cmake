# The adapter's sources, shared by the plugin target and by its unit tests
# (tests/plugins/yukuaiban compiles them directly and drives them through the fake host).
set(YUKUAIBAN_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/boost_json_impl.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ykb_vocabulary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ykb_settings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/message_envelope.cpp
    ${CMAKE_CURRENT_LIST_DIR}/order_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/user_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/location_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/material_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rating_message.cpp
    ${CMAKE_CURRENT_LIST_DIR}/progress_message.cpp
    ${CMAKE_CURRENT_LIST_DIR}/yukuaiban_adapter.cpp)
