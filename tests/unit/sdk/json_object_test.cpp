// sdk/json/json_object.hpp: every typed reader refuses with the standard code and the field's
// dotted path, treats null as absent, and treats a blank string as the document's rule says.
#include <casegw/sdk/json/json_object.hpp>
#include <casegw/sdk/json/strict_json.hpp>
#include "rejection_of.hpp"

#include <gtest/gtest.h>

#include <string>

namespace casegw::sdk::json {
namespace {

#define EXPECT_REFUSED(call, expected_code, expected_field)   \
  do {                                                        \
    const rejection r_ = rejection_of([&] { (void)(call); }); \
    EXPECT_EQ(r_.code(), expected_code);                      \
    EXPECT_EQ(r_.field(), expected_field);                    \
  } while (false)

const boost::json::value document = parse_strict_object(R"({
  "title": "路灯不亮", "blank": " \u3000", "empty": "", "nothing": null, "count": 3, "negative": -2,
  "big": 18446744073709551615, "fraction": 1.5, "whole_double": 5.0, "flag": true,
  "lat": 29.56, "zero": 0,
  "reporter": {"name": "张三", "mobile": "", "address": {"street": "解放碑"}},
  "attachments": [{"url": "https://a"}, {"url": "https://b", "size": "12"}],
  "mixed": [{"url": "https://a"}, 7],
  "urls": ["https://a", "https://b"], "bad_urls": ["https://a", 7], "blank_urls": ["https://a", " "]
})");

json_object root() { return json_object(document.get_object()); }
json_object lenient_root() { return json_object(document.get_object(), "", blank_strings::are_absent); }

TEST(SdkJsonObject, PathsNameMembersAndElements) {
  EXPECT_EQ(root().path_of("title"), "title");
  const json_object reporter = root().required_object("reporter");
  EXPECT_EQ(reporter.path(), "reporter");
  EXPECT_EQ(reporter.required_object("address").path_of("street"), "reporter.address.street");
  const auto attachments = root().optional_object_array("attachments");
  ASSERT_EQ(attachments.size(), 2u);
  EXPECT_EQ(attachments[1].path(), "attachments[1]");
  EXPECT_EQ(json_object(document.get_object(), "submission").path_of("title"), "submission.title");
}

TEST(SdkJsonObject, RequiredStringsMustBeGivenAndNotBlank) {
  EXPECT_EQ(root().required_string("title"), "路灯不亮");
  EXPECT_REFUSED(root().required_string("absent"), code::missing_field, "absent");
  EXPECT_REFUSED(root().required_string("nothing"), code::missing_field, "nothing");
  EXPECT_REFUSED(root().required_string("blank"), code::missing_field, "blank");
  EXPECT_REFUSED(root().required_string("empty"), code::missing_field, "empty");
  EXPECT_REFUSED(root().required_object("reporter").required_string("mobile"), code::missing_field, "reporter.mobile");
  EXPECT_REFUSED(root().required_string("count"), code::wrong_type, "count");
  EXPECT_REFUSED(root().required_string("reporter"), code::wrong_type, "reporter");
  EXPECT_REFUSED(lenient_root().required_string("blank"), code::missing_field, "blank");
}

TEST(SdkJsonObject, OptionalBlankStringsFollowTheDocumentsRule) {
  EXPECT_EQ(root().optional_string("blank"), " \u3000");
  EXPECT_TRUE(root().has("blank"));
  EXPECT_EQ(lenient_root().optional_string("blank"), std::nullopt);
  EXPECT_FALSE(lenient_root().has("empty"));
  // The rule reaches member objects and array elements.
  EXPECT_EQ(lenient_root().required_object("reporter").optional_string("mobile"), std::nullopt);
  EXPECT_EQ(root().required_object("reporter").optional_string("mobile"), "");
  EXPECT_EQ(lenient_root().optional_string("absent"), std::nullopt);
  EXPECT_EQ(root().optional_string("nothing"), std::nullopt);
  EXPECT_FALSE(root().has("nothing"));
  EXPECT_REFUSED(lenient_root().optional_string("flag"), code::wrong_type, "flag");
  // Under are_absent a blank string is "not given" for a field of any type.
  EXPECT_EQ(lenient_root().optional_integer("blank"), std::nullopt);
  EXPECT_REFUSED(root().optional_integer("blank"), code::wrong_type, "blank");
}

TEST(SdkJsonObject, BooleansAreTrueOrFalseOnly) {
  EXPECT_EQ(root().optional_bool("flag"), true);
  EXPECT_EQ(root().optional_bool("absent"), std::nullopt);
  EXPECT_REFUSED(root().optional_bool("zero"), code::wrong_type, "zero");
  EXPECT_REFUSED(root().optional_bool("title"), code::wrong_type, "title");
}

TEST(SdkJsonObject, IntegersAreWholeJsonNumbersWithinInt64) {
  EXPECT_EQ(root().required_integer("count"), 3);
  EXPECT_EQ(root().optional_integer("negative"), -2);
  EXPECT_EQ(root().optional_integer("absent"), std::nullopt);
  EXPECT_REFUSED(root().required_integer("absent"), code::missing_field, "absent");
  EXPECT_REFUSED(root().optional_integer("fraction"), code::wrong_type, "fraction");
  EXPECT_REFUSED(root().optional_integer("whole_double"), code::wrong_type, "whole_double");
  EXPECT_REFUSED(root().optional_integer("title"), code::wrong_type, "title");
  EXPECT_REFUSED(root().optional_integer("big"), code::invalid_field, "big");
  EXPECT_EQ(root().optional_non_negative_integer("zero"), 0);
  EXPECT_REFUSED(root().optional_non_negative_integer("negative"), code::invalid_field, "negative");
  EXPECT_REFUSED(root().optional_object_array("attachments")[1].optional_non_negative_integer("size"),
                 code::wrong_type, "attachments[1].size");
}

TEST(SdkJsonObject, NumbersAreAnyJsonNumber) {
  EXPECT_DOUBLE_EQ(*root().optional_number("lat"), 29.56);
  EXPECT_DOUBLE_EQ(*root().optional_number("count"), 3.0);
  EXPECT_DOUBLE_EQ(*root().optional_number("big"), 18446744073709551615.0);
  EXPECT_REFUSED(root().optional_number("title"), code::wrong_type, "title");
}

TEST(SdkJsonObject, ObjectsAndArraysAreCheckedForTheirKind) {
  EXPECT_REFUSED(root().required_object("absent"), code::missing_field, "absent");
  EXPECT_REFUSED(root().required_object("title"), code::wrong_type, "title");
  EXPECT_EQ(root().optional_object("nothing"), std::nullopt);
  EXPECT_TRUE(root().optional_object_array("absent").empty());
  EXPECT_REFUSED(root().optional_object_array("reporter"), code::wrong_type, "reporter");
  EXPECT_REFUSED(root().optional_object_array("mixed"), code::wrong_type, "mixed[1]");
  EXPECT_EQ(root().required_array("mixed").size(), 2u);
  EXPECT_REFUSED(root().required_array("nothing"), code::missing_field, "nothing");
  EXPECT_EQ(root().optional_array("absent"), nullptr);
}

TEST(SdkJsonObject, StringArraysHoldNonBlankStrings) {
  EXPECT_EQ(root().optional_string_array("urls"), (std::vector<std::string>{"https://a", "https://b"}));
  EXPECT_TRUE(root().optional_string_array("absent").empty());
  EXPECT_REFUSED(root().optional_string_array("bad_urls"), code::wrong_type, "bad_urls[1]");
  EXPECT_REFUSED(root().optional_string_array("blank_urls"), code::missing_field, "blank_urls[1]");
  EXPECT_REFUSED(root().optional_string_array("title"), code::wrong_type, "title");
}

TEST(SdkJsonObject, RefusalsNeverQuoteTheValue) {
  const rejection r = rejection_of([] { (void)root().required_object("reporter").optional_integer("name"); });
  EXPECT_EQ(r.code(), code::wrong_type);
  EXPECT_EQ(std::string(r.what()).find("张三"), std::string::npos);
  EXPECT_STREQ(r.what(), "must be a whole number");
}

}  // namespace
}  // namespace casegw::sdk::json
