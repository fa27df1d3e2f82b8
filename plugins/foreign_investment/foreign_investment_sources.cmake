# The adapter's sources, shared by the plugin target and by its unit tests
# (tests/plugins/foreign_investment compiles them directly and drives them through the fake host).
set(FOREIGN_INVESTMENT_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/boost_json_impl.cpp
    ${CMAKE_CURRENT_LIST_DIR}/complaint_settings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/form_body.cpp
    ${CMAKE_CURRENT_LIST_DIR}/complaint_form.cpp
    ${CMAKE_CURRENT_LIST_DIR}/free_text.cpp
    ${CMAKE_CURRENT_LIST_DIR}/complaint_vocabulary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/investor_country.cpp
    ${CMAKE_CURRENT_LIST_DIR}/complaint_content.cpp
    ${CMAKE_CURRENT_LIST_DIR}/complainant_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/matter_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/handling_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/attachment_numbering.cpp
    ${CMAKE_CURRENT_LIST_DIR}/complaint_mapping.cpp
    ${CMAKE_CURRENT_LIST_DIR}/workflow_event.cpp
    ${CMAKE_CURRENT_LIST_DIR}/epoch_time.cpp
    ${CMAKE_CURRENT_LIST_DIR}/form_writer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/progress_notice.cpp
    ${CMAKE_CURRENT_LIST_DIR}/foreign_investment_adapter.cpp)
