#include "unified_case/fingerprint.hpp"

#include "crypto/sha256.hpp"
#include "sample_adapter_part.hpp"

#include <gtest/gtest.h>

namespace casegw::unified_case {
namespace {

using testing::sample_adapter_part;

TEST(Fingerprint, IsSha256OfTheSortedCompactForm) {
  const auto part = boost::json::parse(R"({"kind": "help", "channel": {"case_ref": "A1"}})").as_object();
  EXPECT_EQ(fingerprint(part), crypto::sha256_hex(R"({"channel":{"case_ref":"A1"},"kind":"help"})"));
}

TEST(Fingerprint, SameForReorderedKeysAndOtherWhitespace) {
  const auto original = sample_adapter_part();
  boost::json::object reordered;
  for (auto it = original.end(); it != original.begin();) {
    --it;
    reordered[it->key()] = it->value();
  }
  boost::json::object& reporter = reordered["reporter"].as_object();
  boost::json::object reporter_reversed;
  for (auto it = reporter.end(); it != reporter.begin();) {
    --it;
    reporter_reversed[it->key()] = it->value();
  }
  reporter = reporter_reversed;
  ASSERT_NE(boost::json::serialize(original), boost::json::serialize(reordered));

  const std::string spaced = "{\n  " + boost::json::serialize(original).substr(1);
  const auto reparsed = boost::json::parse(spaced).as_object();
  EXPECT_EQ(fingerprint(original), fingerprint(reordered));
  EXPECT_EQ(fingerprint(original), fingerprint(reparsed));
}

TEST(Fingerprint, NumberSpellingDoesNotMatter) {
  const auto a = boost::json::parse(R"({"size": 1024, "lat": 29.5})").as_object();
  const auto b = boost::json::parse(R"({"size": 1024, "lat": 2.95e1})").as_object();
  EXPECT_EQ(fingerprint(a), fingerprint(b));
}

TEST(Fingerprint, DiffersWhenAnyValueChanges) {
  auto changed_title = sample_adapter_part();
  changed_title["title"] = "另一个标题";
  auto changed_nested = sample_adapter_part();
  changed_nested["reporter"].as_object()["contact_consent"] = false;
  EXPECT_NE(fingerprint(sample_adapter_part()), fingerprint(changed_title));
  EXPECT_NE(fingerprint(sample_adapter_part()), fingerprint(changed_nested));
}

TEST(Fingerprint, ArrayOrderMatters) {
  const auto a = boost::json::parse(R"({"attachments": [{"uri": "a"}, {"uri": "b"}]})").as_object();
  const auto b = boost::json::parse(R"({"attachments": [{"uri": "b"}, {"uri": "a"}]})").as_object();
  EXPECT_NE(fingerprint(a), fingerprint(b));
}

}  // namespace
}  // namespace casegw::unified_case
