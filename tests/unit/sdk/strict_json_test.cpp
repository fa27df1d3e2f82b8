// sdk/json/strict_json.hpp: one JSON object or MALFORMED_BODY, and a key twice in one object is
// DUPLICATE_FIELD naming its dotted path, however deep and whichever container holds it.
#include <casegw/sdk/json/strict_json.hpp>
#include "rejection_of.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <gtest/gtest.h>

#include <string>

namespace casegw::sdk::json {
namespace {

rejection refusal_of(std::string_view text, const strict_options& options = {}) {
  return rejection_of([&] { parse_strict_object(text, options); });
}

TEST(SdkStrictJson, AnObjectParsesToTheSameValueAsBoostJsonParse) {
  const std::string text =
      R"({"a": 1, "b": [true, null, 2.5, -3, 18446744073709551615, "x\u00e9\"y"], "c": {"d": {}, "e": []},)"
      R"( "\u0066ield": "中文", "": 0})";
  const boost::json::value v = parse_strict_object(text);
  EXPECT_EQ(v, boost::json::parse(text));
  EXPECT_EQ(v.at("field"), "中文");
  EXPECT_EQ(v.at("b").at(4).as_uint64(), 18446744073709551615u);
}

TEST(SdkStrictJson, SurroundingWhitespaceIsAllowed) {
  EXPECT_EQ(parse_strict_object(" \r\n\t{\"a\": \"b\"} \n").at("a"), "b");
}

TEST(SdkStrictJson, AnythingButOneObjectIsMalformed) {
  for (const char* text : {"", "   ", "[]", "[{\"a\": 1, \"a\": 2}]", "\"x\"", "42", "-1", "null", "true", "{",
                           "{\"a\": 1,}", "{\"a\": 1} {}", "{\"a\": 1} x", "{'a': 1}", "{\"a\": 01}",
                           "{\"a\": 1 /* c */}", "{\"a\": NaN}", "{\"a\": \"\xC3\x28\"}"}) {
    const rejection r = refusal_of(text);
    EXPECT_EQ(r.code(), code::malformed_body) << text;
    EXPECT_EQ(r.field(), "") << text;
    EXPECT_STREQ(r.what(), "the body is not a JSON object") << text;
  }
}

TEST(SdkStrictJson, TheMalformedMessageSaysWhatWasExpected) {
  EXPECT_STREQ(refusal_of("[]", {.expected = "one JSON object in valid UTF-8"}).what(),
               "the body is not one JSON object in valid UTF-8");
}

TEST(SdkStrictJson, NestingDeeperThanTheLimitIsMalformed) {
  const auto nested = [](int depth) {
    std::string text;
    for (int i = 1; i < depth; ++i) text += "{\"a\": ";
    text += "{}";
    for (int i = 1; i < depth; ++i) text += "}";
    return text;
  };
  EXPECT_NO_THROW(parse_strict_object(nested(32)));
  EXPECT_EQ(refusal_of(nested(33)).code(), code::malformed_body);
  EXPECT_NO_THROW(parse_strict_object(nested(16), {.max_depth = 16}));
  EXPECT_EQ(refusal_of(nested(17), {.max_depth = 16}).code(), code::malformed_body);
}

TEST(SdkStrictJson, AByteOrderMarkIsSkippedOnlyWhenAsked) {
  const std::string text = "\xEF\xBB\xBF{\"a\": 1}";
  EXPECT_EQ(refusal_of(text).code(), code::malformed_body);
  EXPECT_EQ(parse_strict_object(text, {.skip_byte_order_mark = true}).at("a"), 1);
}

TEST(SdkStrictJson, ARepeatedKeyIsRefusedWithItsDottedPath) {
  const std::pair<const char*, const char*> cases[] = {
      {R"({"title": "a", "title": "b"})", "title"},
      {R"({"a": null, "a": "x"})", "a"},
      {R"({"s": {"t": 1, "u": 2, "t": 3}})", "s.t"},
      {R"({"s": {"list": [{"u": 1}, {"u": 2, "u": 3}]}})", "s.list[1].u"},
      {R"({"s": [1, "x", [2, {}], {"k": 1, "k": 1}]})", "s[3].k"},
      {R"({"m": [[{"a": 1}], [{"b": 1, "b": 2}]]})", "m[1][0].b"},
      {R"({"l\u0061bel": 1, "label": 2})", "label"},   // an escaped spelling is the same key
      {R"({"a": {"x": 1}, "b": {"x": 1}, "a": 2})", "a"},  // same key in sibling objects is fine
  };
  for (const auto& [text, path] : cases) {
    const rejection r = refusal_of(text);
    EXPECT_EQ(r.code(), code::duplicate_field) << text;
    EXPECT_EQ(r.field(), path) << text;
  }
}

TEST(SdkStrictJson, TheSameKeyInDifferentObjectsIsNoRepeat) {
  EXPECT_NO_THROW(parse_strict_object(R"({"a": {"name": 1}, "b": {"name": 2}, "c": [{"name": 3}, {"name": 4}]})"));
  EXPECT_NO_THROW(parse_strict_object(R"({"a": {"a": {"a": 1}}})"));
  EXPECT_NO_THROW(parse_strict_object(R"({"list": [1, 2, 2]})"));
}

TEST(SdkStrictJson, AKeySplitAcrossEscapesAndLongKeysAreComparedWhole) {
  const std::string long_key(5000, 'k');
  const std::string text = "{\"" + long_key + "\": 1, \"" + long_key + "x\": 2, \"" + long_key + "\": 3}";
  EXPECT_EQ(refusal_of(text).field(), long_key);
}

TEST(SdkStrictJson, TheFirstRepeatInTheTextIsTheOneNamed) {
  EXPECT_EQ(refusal_of(R"({"a": 1, "b": {"c": 1, "c": 2}, "a": 2})").field(), "b.c");
  EXPECT_EQ(refusal_of(R"({"a": 1, "a": 2, "b": {"c": 1, "c": 2}})").field(), "a");
  // Reading stops at the repeat: a later syntax error does not hide it.
  EXPECT_EQ(refusal_of(R"({"a": 1, "a": 2, oops)").code(), code::duplicate_field);
}

TEST(SdkStrictJson, RepeatsBelowAPathCheckedElsewhereArePassedOver) {
  const strict_options options{.duplicates_checked_below = "data.items"};
  const std::string text = R"({"data": {"items": [{"t": 1, "t": 2}], "n": 1}})";
  EXPECT_EQ(refusal_of(text).field(), "data.items[0].t");
  EXPECT_EQ(parse_strict_object(text, options).at("data").at("items").at(0).at("t"), 2);
  EXPECT_EQ(refusal_of(R"({"data": {"items": [], "items": []}})", options).field(), "data.items");
  EXPECT_EQ(refusal_of(R"({"data": {"itemsX": {"t": 1, "t": 2}}})", options).field(), "data.itemsX.t");
}

TEST(SdkStrictJson, TheMessagesNeverQuoteTheValue) {
  const rejection r = refusal_of(R"({"name": "张三", "name": "13800138000"})");
  EXPECT_EQ(std::string(r.what()).find("13800138000"), std::string::npos);
  EXPECT_EQ(std::string(r.what()).find("张三"), std::string::npos);
}

}  // namespace
}  // namespace casegw::sdk::json
