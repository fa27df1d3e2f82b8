#include "charset/charset_name.hpp"

#include <gtest/gtest.h>

namespace casegw::charset {
namespace {

TEST(CanonicalCharset, MapsUtf8Labels) {
  EXPECT_EQ(canonical("utf-8"), charset_name::utf8);
  EXPECT_EQ(canonical("UTF-8"), charset_name::utf8);
  EXPECT_EQ(canonical("utf8"), charset_name::utf8);
  EXPECT_EQ(canonical("unicode-1-1-utf-8"), charset_name::utf8);
}

TEST(CanonicalCharset, MapsGbkGb2312AndCp936LabelsToGbk) {
  for (const char* label : {"gbk", "GBK", "x-gbk", "cp936", "CP936", "gb2312", "GB2312", "gb_2312-80", "csgb2312", "chinese"}) {
    EXPECT_EQ(canonical(label), charset_name::gbk) << label;
  }
}

TEST(CanonicalCharset, MapsGb18030) {
  EXPECT_EQ(canonical("gb18030"), charset_name::gb18030);
  EXPECT_EQ(canonical("GB18030"), charset_name::gb18030);
}

TEST(CanonicalCharset, IgnoresSurroundingAsciiWhitespaceOnly) {
  EXPECT_EQ(canonical(" gbk\t"), charset_name::gbk);
  EXPECT_EQ(canonical("g bk"), charset_name::unknown);
  EXPECT_EQ(canonical("\"gbk\""), charset_name::unknown);  // unquoting is the Content-Type parser's job
}

TEST(CanonicalCharset, EverythingElseIsUnknown) {
  for (const char* label : {"", "latin1", "iso-8859-1", "us-ascii", "big5", "utf-16", "gb18030-2022", "hz-gb-2312", "gbk2"}) {
    EXPECT_EQ(canonical(label), charset_name::unknown) << label;
  }
  // Non-ASCII lookalikes never fold onto a label: "ＧＢＫ" in full-width letters.
  EXPECT_EQ(canonical("\xEF\xBC\xA7\xEF\xBC\xA2\xEF\xBC\xAB"), charset_name::unknown);
}

TEST(CharsetNameOf, GivesTheNameUsedInMessages) {
  EXPECT_EQ(name_of(charset_name::utf8), "utf-8");
  EXPECT_EQ(name_of(charset_name::gbk), "gbk");
  EXPECT_EQ(name_of(charset_name::gb18030), "gb18030");
  EXPECT_EQ(name_of(charset_name::unknown), "unknown");
}

}  // namespace
}  // namespace casegw::charset
