# Channel deadline profiles and evaluation rules (config/policy/*.yaml), part of casegw_policy.
# Included from gateway/src/policy/CMakeLists.txt after add_library(casegw_policy ...).
set(CASEGW_POLICY_PROFILE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/profile_problem.cpp
  ${CMAKE_CURRENT_LIST_DIR}/policy_yaml_file.cpp
  ${CMAKE_CURRENT_LIST_DIR}/policy_yaml_mapping.cpp
  ${CMAKE_CURRENT_LIST_DIR}/case_classification.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deadline_profiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/deadline_profiles_loader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/unified_rating.cpp
  ${CMAKE_CURRENT_LIST_DIR}/normalized_evaluation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/evaluation_rules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/evaluation_rules_loader.cpp
)
if(TARGET casegw_policy)
  target_sources(casegw_policy PRIVATE ${CASEGW_POLICY_PROFILE_SOURCES})
  target_link_libraries(casegw_policy PUBLIC yaml-cpp casegw_time Boost::json)
endif()
