// flat_message: what is one flat JSON message, and how each accessor refuses a value.
#include "flat_message.hpp"

#include <casegw/sdk/rejection.hpp>

#include <gtest/gtest.h>

#include <functional>

namespace casegw::gov_service_platform {
namespace {

struct refusal {
  std::string code, field;
};

// The code and field of the rejection `action` throws; a test failure when it throws none.
refusal refusal_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const sdk::rejection& r) {
    return {r.code(), r.field()};
  }
  ADD_FAILURE() << "no rejection was thrown";
  return {};
}

TEST(FlatMessage, ReadsStringsIncludingEscapesAndNonAsciiText) {
  const auto m = flat_message::parse(R"({"userName": "\u5f20\u4e09", "title": "噪音\"扰民\"", "caseNo": "A-1"})");
  EXPECT_EQ(m.text("userName"), "张三");
  EXPECT_EQ(m.text("title"), "噪音\"扰民\"");
  EXPECT_EQ(m.required_text("caseNo"), "A-1");
}

TEST(FlatMessage, AbsentNullAndBlankAreAllNotGiven) {
  const auto m = flat_message::parse("{\"a\": null, \"b\": \"\", \"c\": \" \\u3000\\t\", \"d\": \"x\"}");
  for (const char* key : {"a", "b", "c", "missing"}) {
    EXPECT_FALSE(m.has(key)) << key;
    EXPECT_EQ(m.text(key), std::nullopt) << key;
    EXPECT_EQ(m.flag(key), std::nullopt) << key;
    EXPECT_TRUE(m.text_list(key).empty()) << key;
    const refusal r = refusal_of([&] { m.required_text(key); });
    EXPECT_EQ(r.code, "MISSING_FIELD");
    EXPECT_EQ(r.field, key);
  }
  EXPECT_TRUE(m.has("d"));
}

TEST(FlatMessage, NonStringValuesAreTheWrongTypeForText) {
  const auto m = flat_message::parse(R"({"n": 42, "f": 1.5, "b": true, "a": ["x"], "o": {"x": "y"}})");
  for (const char* key : {"n", "f", "b", "a", "o"}) {
    const refusal r = refusal_of([&] { m.text(key); });
    EXPECT_EQ(r.code, "WRONG_TYPE") << key;
    EXPECT_EQ(r.field, key);
  }
}

TEST(FlatMessage, FlagsAreTheStringsZeroAndOne) {
  const auto m = flat_message::parse(R"({"yes": "1", "no": "0", "word": "true", "two": "2", "json": true, "number": 1})");
  EXPECT_EQ(m.flag("yes"), true);
  EXPECT_EQ(m.flag("no"), false);
  EXPECT_EQ(refusal_of([&] { m.flag("word"); }).code, "INVALID_FIELD");
  EXPECT_EQ(refusal_of([&] { m.flag("two"); }).code, "INVALID_FIELD");
  EXPECT_EQ(refusal_of([&] { m.flag("json"); }).code, "WRONG_TYPE");
  EXPECT_EQ(refusal_of([&] { m.flag("number"); }).field, "number");
}

TEST(FlatMessage, TextListsNameTheOffendingElement) {
  const auto m = flat_message::parse(
      R"({"ok": ["a", "b"], "empty": [], "number": ["a", 7], "nested": ["a", ["b"]], "object": [{"u": "a"}],
          "blank": ["a", " "], "scalar": "a", "null_element": [null]})");
  EXPECT_EQ(m.text_list("ok"), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(m.text_list("empty").empty());
  const std::pair<const char*, refusal> expected[] = {
      {"number", {"WRONG_TYPE", "number[1]"}},     {"nested", {"WRONG_TYPE", "nested[1]"}},
      {"object", {"WRONG_TYPE", "object[0]"}},     {"blank", {"MISSING_FIELD", "blank[1]"}},
      {"scalar", {"WRONG_TYPE", "scalar"}},        {"null_element", {"WRONG_TYPE", "null_element[0]"}},
  };
  for (const auto& [key, want] : expected) {
    const refusal r = refusal_of([&] { m.text_list(key); });
    EXPECT_EQ(r.code, want.code) << key;
    EXPECT_EQ(r.field, want.field) << key;
  }
}

TEST(FlatMessage, NestedValuesOfUnknownFieldsAreSkippedUnread) {
  const auto m = flat_message::parse(
      R"({"ext": {"title": "not me", "deep": {"a": [1, {"b": 2}]}, "ext": "same key below is fine"},
          "title": "me", "list": [[{"title": "x"}]]})");
  EXPECT_EQ(m.text("title"), "me");
  EXPECT_TRUE(m.has("ext"));
}

TEST(FlatMessage, ATopLevelKeyTwiceIsADuplicateField) {
  const refusal r = refusal_of([] { flat_message::parse(R"({"mobile": "13800138000", "title": "t", "mobile": "1"})"); });
  EXPECT_EQ(r.code, "DUPLICATE_FIELD");
  EXPECT_EQ(r.field, "mobile");
  // Even when one of them is null: which one counts would still depend on the reader.
  EXPECT_EQ(refusal_of([] { flat_message::parse(R"({"a": null, "a": "x"})"); }).code, "DUPLICATE_FIELD");
}

TEST(FlatMessage, AnythingButOneObjectIsMalformed) {
  const char* bodies[] = {
      "",          "   ",          "[]",           "[{\"a\": \"b\"}]", "\"text\"",        "42",
      "null",      "true",         "{\"a\": \"b\"",  "{\"a\": \"b\"} {}", "{\"a\": \"b\"} x", "{\"a\": \"b\",}",
      "{'a': 'b'}", "{\"a\": 01}", "a=b&c=d",      "{\"a\": \"\xC3\x28\"}",
      "{\"a\": \"b\" /* comment */}",
  };
  for (const char* body : bodies) {
    const refusal r = refusal_of([&] { flat_message::parse(body); });
    EXPECT_EQ(r.code, "MALFORMED_BODY") << body;
    EXPECT_EQ(r.field, "") << body;
  }
}

TEST(FlatMessage, SurroundingWhitespaceIsAllowed) {
  EXPECT_EQ(flat_message::parse(" \r\n {\"a\": \"b\"} \n").text("a"), "b");
}

}  // namespace
}  // namespace casegw::gov_service_platform
