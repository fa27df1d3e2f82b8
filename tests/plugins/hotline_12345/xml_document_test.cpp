// The XML reader: the tree it builds, what it ignores, and what it refuses before anything is
// read (DOCTYPE, entities, deep nesting), with messages that locate the problem but never quote it.
#include "xml_document.hpp"

#include <casegw/sdk/rejection.hpp>

#include <gtest/gtest.h>

#include <string>

namespace casegw::hotline_12345 {
namespace {

std::string nested(std::size_t depth) {
  std::string xml;
  for (std::size_t i = 0; i < depth; ++i) xml += "<e>";
  for (std::size_t i = 0; i < depth; ++i) xml += "</e>";
  return xml;
}

sdk::rejection refusal_of(const std::string& body) {
  try {
    xml_document::parse(body);
  } catch (const sdk::rejection& r) {
    return r;
  }
  ADD_FAILURE() << "parsed: " << body;
  return sdk::rejection("", "", "");
}

TEST(XmlDocument, BuildsElementsAttributesTextAndChildrenInOrder) {
  const auto doc = xml_document::parse(
      "<workOrder version=\"1\" note=\"a&amp;b\"><title>噪音 &lt;扰民&gt;</title><!-- comment --><?pi x?>"
      "<content><![CDATA[<b>原文</b>]]>与&#x6587;</content><title/></workOrder>");
  const xml_element& root = doc.root();
  EXPECT_EQ(root.name, "workOrder");
  ASSERT_EQ(root.attributes.size(), 2u);
  EXPECT_EQ(root.attributes[0], (std::pair<std::string, std::string>{"version", "1"}));
  EXPECT_EQ(root.attributes[1].second, "a&b");
  ASSERT_EQ(root.children.size(), 3u);
  EXPECT_EQ(doc.element(root.children[0]).text, "噪音 <扰民>");
  EXPECT_EQ(doc.element(root.children[1]).text, "<b>原文</b>与文");
  EXPECT_EQ(doc.element(root.children[2]).name, "title");
  EXPECT_TRUE(doc.element(root.children[2]).text.empty());
}

TEST(XmlDocument, TheEncodingDeclarationIsIgnoredBecauseTheBytesAreUtf8) {
  // The gateway converted the GBK body; the prolog still says GBK and must not be believed.
  const auto doc = xml_document::parse("<?xml version=\"1.0\" encoding=\"GBK\"?><t>大足区</t>");
  EXPECT_EQ(doc.root().text, "大足区");
  EXPECT_EQ(xml_document::parse("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>é</t>").root().text, "é");
}

TEST(XmlDocument, AUtf8ByteOrderMarkIsAccepted) {
  EXPECT_EQ(xml_document::parse("\xEF\xBB\xBF<t>x</t>").root().name, "t");
}

TEST(XmlDocument, NestingUpToTheLimitIsReadAndOneMoreIsRefused) {
  EXPECT_NO_THROW(xml_document::parse(nested(xml_document::max_depth)));
  const auto r = refusal_of(nested(xml_document::max_depth + 1));
  EXPECT_EQ(r.code(), "MALFORMED_BODY");
  EXPECT_NE(std::string(r.what()).find("nested"), std::string::npos) << r.what();
}

TEST(XmlDocument, AnyDoctypeIsRefusedEvenWithoutEntities) {
  for (const char* body : {"<!DOCTYPE t><t/>", "<!DOCTYPE t [<!ELEMENT t ANY>]><t/>",
                           "<!DOCTYPE t PUBLIC \"-//X//DTD X//EN\" \"x.dtd\"><t/>"}) {
    const auto r = refusal_of(body);
    EXPECT_EQ(r.code(), "MALFORMED_BODY");
    EXPECT_TRUE(r.field().empty());
    EXPECT_NE(std::string(r.what()).find("DOCTYPE"), std::string::npos) << r.what();
  }
}

TEST(XmlDocument, EntityExpansionNeverHappens) {
  std::string laughs = "<!DOCTYPE t [<!ENTITY a \"aaaaaaaaaa\">";
  for (char c = 'b'; c <= 'j'; ++c) {
    laughs += std::string("<!ENTITY ") + c + " \"";
    for (int i = 0; i < 10; ++i) laughs += std::string("&") + static_cast<char>(c - 1) + ";";
    laughs += "\">";
  }
  laughs += "]><t>&j;</t>";
  EXPECT_EQ(refusal_of(laughs).code(), "MALFORMED_BODY");
  EXPECT_EQ(refusal_of("<!DOCTYPE t [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><t>&x;</t>").code(), "MALFORMED_BODY");
  EXPECT_EQ(refusal_of("<t>&undeclared;</t>").code(), "MALFORMED_BODY");
}

TEST(XmlDocument, SyntaxErrorsSayWhereButNotWhat) {
  const auto r = refusal_of("<workOrder>\n  <name>李四 13800138000</nme>\n</workOrder>");
  EXPECT_EQ(r.code(), "MALFORMED_BODY");
  const std::string message = r.what();
  EXPECT_NE(message.find("mismatched tag"), std::string::npos) << message;
  EXPECT_NE(message.find("line 2"), std::string::npos) << message;
  EXPECT_EQ(message.find("李四"), std::string::npos) << message;
  EXPECT_EQ(message.find("13800138000"), std::string::npos) << message;
}

TEST(XmlDocument, EmptyAndTruncatedBodiesAreRefused) {
  for (const char* body : {"", " \n", "<t>", "<t></t><u/>", "text"})
    EXPECT_EQ(refusal_of(body).code(), "MALFORMED_BODY") << body;
}

}  // namespace
}  // namespace casegw::hotline_12345
