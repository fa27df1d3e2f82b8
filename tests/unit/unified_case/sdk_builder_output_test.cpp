// What a plugin builds with the SDK's case_builder is what the gateway's validator accepts:
// the two sides of the adapter contract checked against each other.
#include "unified_case/case_validator.hpp"

#include <casegw/sdk/case_builder.hpp>

#include <gtest/gtest.h>

namespace casegw::unified_case {
namespace {

sdk::case_builder full_case() {
  sdk::case_builder b;
  sdk::reporter reporter;
  reporter.name = "王芳";
  reporter.phone = "18623001234";
  reporter.id_number = "500105198811112228";
  reporter.contact_consent = true;
  b.case_ref("SC-2026-0001")
      .parent_ref("GWY-JB-2026-77")
      .sub_channel("web")
      .submitted_at("2026-11-20T09:30:00+08:00")
      .kind(sdk::kind::complaint)
      .title("交办件标题")
      .content("交办件内容")
      .domain("market_supervision")
      .category({"A01", "JB-01", "市场监管"})
      .add_attachment({"https://files.example/a.pdf", "application/pdf", std::string(64, 'a'), 1024})
      .region_code("500103003")
      .address("重庆市渝中区解放碑街道")
      .geo({29.55, 106.57, "GCJ02"})
      .reporter(reporter)
      .consent_to_disclose(false)
      .subject({"unit", "某区某局"})
      .handling_class(sdk::handling_class::handed_down)
      .assigned_due_at("2026-11-27T18:00:00+08:00")
      .urgent(true);
  return b;
}

TEST(SdkBuilderOutput, AFullCaseIsAcceptedByTheValidator) {
  const auto result = validate_adapter_output(full_case().to_json());
  ASSERT_TRUE(result.ok()) << result.error->field << ": " << result.error->message;
  const auto& handling = result.adapter_part->at("handling").as_object();
  EXPECT_EQ(handling.at("class").as_string(), "handed_down");
  EXPECT_EQ(handling.at("assigned_due_at").as_string(), "2026-11-27T18:00:00+08:00");
  EXPECT_EQ(handling.at("urgent").as_bool(), true);
}

TEST(SdkBuilderOutput, AnOrdinaryCaseHasNoHandlingGroup) {
  sdk::case_builder b;
  sdk::reporter anonymous;
  anonymous.type = sdk::reporter_type::anonymous;
  b.case_ref("1").submitted_at("2026-11-20T09:30:00+08:00").kind(sdk::kind::consultation).title("t").content("c")
      .region_code("500000").reporter(anonymous);
  const auto result = validate_adapter_output(b.to_json());
  ASSERT_TRUE(result.ok()) << result.error->field << ": " << result.error->message;
  EXPECT_FALSE(result.adapter_part->contains("handling"));
}

}  // namespace
}  // namespace casegw::unified_case
