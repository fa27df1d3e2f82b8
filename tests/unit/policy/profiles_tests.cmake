# Channel deadline profiles and evaluation rules. The tests load the SHIPPED config/policy
# files, so what operators get is what is tested. Included from tests/unit/policy/CMakeLists.txt.
casegw_add_test(policy_rules_tests
  SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/profiles_shipped_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profiles_matching_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/profiles_problems_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/evaluation_shipped_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/evaluation_follow_up_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/evaluation_problems_test.cpp
  LIBS casegw_policy yaml-cpp)
target_compile_definitions(policy_rules_tests PRIVATE CASEGW_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
