// The operator's view of routing through the real binary: the rules and units in force, route
// explanations for a posted case and for a stored one (an audited read), and the counters of
// what the rules decided — with no reporter data in /metrics.
#include "city_portal_payloads.hpp"
#include "gateway_fixture.hpp"

#include <boost/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace casegw::integration {
namespace {

namespace json = boost::json;
using namespace std::chrono_literals;

class admin_routing_test : public gateway_test {
 protected:
  std::string audit_log() const {
    std::ifstream in(dir_->path() / "data" / "admin-audit.log");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }
};

TEST_F(admin_routing_test, RoutesUnitsAndScopeRulesInForceAreListed) {
  const auto routes = json::parse(admin_get("/admin/v1/routes").body).as_object();
  EXPECT_EQ(routes.at("generation"), 1);
  ASSERT_EQ(routes.at("routes").as_array().size(), 1u);
  EXPECT_EQ(routes.at("routes").as_array()[0].at("id"), "default");

  const auto units = json::parse(admin_get("/admin/v1/units").body).as_object();
  ASSERT_EQ(units.at("units").as_array().size(), 1u);
  EXPECT_EQ(units.at("units").as_array()[0].at("id"), "city_centre");

  const auto scope = json::parse(admin_get("/admin/v1/scope-rules").body).as_object();
  EXPECT_GT(scope.at("scope_rules").as_array().size(), 5u);
}

TEST_F(admin_routing_test, ExplainsAPostedCaseAndAStoredOneWithAnAuditedRead) {
  const std::string adapter_output = R"({"channel":{"case_ref":"X1"},"kind":"complaint","title":"路灯不亮",
    "content":"小区门口路灯坏了","location":{"region_code":"500103003"}})";
  auto r = admin_post("/admin/v1/routes/explain?channel=city_portal", adapter_output);
  ASSERT_EQ(r.status, 200) << r.body;
  auto answer = json::parse(r.body).as_object();
  EXPECT_EQ(answer.at("scope_source"), "scope_rules");
  EXPECT_EQ(answer.at("explanation").at("decision").at("rule"), "default");
  EXPECT_EQ(answer.at("explanation").at("decision").at("unit").at("id"), "city_centre");

  EXPECT_EQ(admin_post("/admin/v1/routes/explain", adapter_output).error_code(), "MISSING_PARAMETER");
  EXPECT_EQ(admin_post("/admin/v1/routes/explain?channel=city_portal", "[1,2]").error_code(), "MALFORMED_CASE");

  const auto pushed = push(city_portal_payload(unique_ref("AR"), test_reporters()[0]));
  ASSERT_EQ(pushed.status, 202) << pushed.body;
  const std::string case_id(json::parse(pushed.body).at("case_id").as_string());
  r = admin_post("/admin/v1/routes/explain?case_id=" + case_id);
  ASSERT_EQ(r.status, 200) << r.body;
  answer = json::parse(r.body).as_object();
  EXPECT_EQ(answer.at("scope_source"), "case") << "a stored case is explained with the assessment it was given";
  EXPECT_NE(audit_log().find(case_id), std::string::npos) << "reading a stored case is audited";
  EXPECT_EQ(admin_post("/admin/v1/routes/explain?case_id=0190aaaa-0000-7000-8000-000000000000").status, 404);
}

TEST_F(admin_routing_test, MetricsCountWhatTheRulesDecidedAndCarryNoReporterData) {
  for (int i = 0; i < 3; ++i)
    ASSERT_EQ(push(city_portal_payload(unique_ref("AM"), test_reporters()[i % 2])).status, 202);
  ASSERT_TRUE(workflow_->wait_for(3, 10s));
  const auto metrics = admin_get("/metrics").body;
  EXPECT_NE(metrics.find(R"(casegw_cases_routed_total{channel="city_portal",rule="default",level="city"} 3)"),
            std::string::npos) << metrics;
  EXPECT_NE(metrics.find(R"(casegw_cases_assessed_total{channel="city_portal",assessment="in_scope",exclusion="-"} 3)"),
            std::string::npos) << metrics;
  EXPECT_NE(metrics.find(R"(casegw_delivery_attempts_total{destination="workflow",outcome="delivered"} 3)"),
            std::string::npos) << metrics;
  for (const auto& secret : confidential_strings()) EXPECT_EQ(metrics.find(secret), std::string::npos) << secret;
}

}  // namespace
}  // namespace casegw::integration
