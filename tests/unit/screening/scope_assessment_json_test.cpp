// The `scope` group of the unified case, exactly as docs/schemas/casegw.case.v1.schema.json
// describes it.
#include "screening/scope_assessment.hpp"

#include <boost/json/parse.hpp>

#include <gtest/gtest.h>

namespace casegw::screening {
namespace {

TEST(ScopeAssessmentJson, InScopeIsTwoMembers) {
  EXPECT_EQ(to_json(scope_assessment{}), boost::json::parse(R"({"assessment":"in_scope","in_scope":true})"));
}

TEST(ScopeAssessmentJson, SuspectedOutOfScopeNamesCodeRuleReferralUrgencyAndTerms) {
  scope_assessment assessment;
  assessment.in_scope = false;
  assessment.exclusion_code = "emergency";
  assessment.rule_id = "emergency-fire";
  assessment.refer_to = "119";
  assessment.urgent = true;
  assessment.matched = {"着火了"};
  EXPECT_EQ(to_json(assessment),
            boost::json::parse(R"({"assessment":"suspected_out_of_scope","in_scope":false,"exclusion_code":"emergency",
                                   "rule":"emergency-fire","refer_to":"119","urgent":true,"matched":["着火了"]})"));
}

TEST(ScopeAssessmentJson, LeavesOutAnEmptyReferral) {
  scope_assessment assessment;
  assessment.in_scope = false;
  assessment.exclusion_code = "secrets_privacy_public_order";
  assessment.rule_id = "doxxing";
  EXPECT_FALSE(to_json(assessment).contains("refer_to"));
  EXPECT_TRUE(to_json(assessment).at("matched").as_array().empty());
}

TEST(ExclusionCodes, AreTheFiveOfArticleSixInOrder) {
  EXPECT_EQ(exclusion_codes(), (std::vector<std::string>{"emergency", "other_branches", "legal_procedures",
                                                         "secrets_privacy_public_order", "excluded_by_law"}));
}

}  // namespace
}  // namespace casegw::screening
