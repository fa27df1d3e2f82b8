// The catalogue behind the scope rules table of docs/config-reference.md names exactly the keys
// the loader knows. The shipped file and one rule that uses every mapping are read, so every
// reader reports its keys.
#include "screening/scope_rules_catalogue.hpp"
#include "screening/scope_rules_loader.hpp"
#include "support/catalogue_difference.hpp"
#include "support/temp_dir.hpp"

#include <fstream>

#include <gtest/gtest.h>

namespace casegw::screening {
namespace {

TEST(scope_rules_catalogue, NamesExactlyTheKeysTheLoaderKnows) {
  config::key_recorder recorder;
  const auto loaded = load_scope_rules(CASEGW_SHIPPED_SCOPE_RULES, &recorder);
  ASSERT_TRUE(loaded.screener) << "the shipped file must load";
  test_support::temp_dir dir;
  std::ofstream(dir.file("every-key.yaml")) << R"(version: 1
rules:
  - id: every-key
    description: uses every mapping
    exclusion: emergency
    refer_to: "119"
    urgent: true
    search_in: [content]
    terms: [着火了]
    unless: [着火了吗]
    near: {terms: [正在], within: 10}
    not_near: {terms: [上个月], within: 10}
    when: {kind: [complaint], channel: [city_portal], category_code: ["01"], domain: [other], class: [supervised]}
)";
  const auto every = load_scope_rules(dir.file("every-key.yaml").string(), &recorder);
  for (const auto& p : every.problems) ADD_FAILURE() << p.to_string();
  EXPECT_EQ(test_support::catalogue_difference(test_support::catalogue_paths(scope_rules_catalogue()), recorder.keys()),
            "");
}

}  // namespace
}  // namespace casegw::screening
