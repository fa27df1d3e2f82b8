// The gateway's strict conversion of request bodies to UTF-8 (gateway/src/charset/to_utf8.hpp).
// Input: the first byte picks a charset label (modulo the list below), the rest is the body.
//
// Invariants:
//   - labels map as documented; an unknown one is UNSUPPORTED_CHARSET;
//   - accepted text is well-formed UTF-8 (checked independently); declared UTF-8 is accepted
//     exactly when it is well-formed, and copied unchanged; ASCII is unchanged in any charset;
//   - GB18030 and GBK (without the CP936 byte 0x80) decode identically, and the text encodes
//     back (glibc iconv) to exactly the input bytes: nothing dropped, replaced or guessed;
//   - a refusal is INVALID_ENCODING at an offset inside the body, everything before that
//     offset converts, the text is empty, and the message repeats no 16-byte run of the body.
#include "charset/to_utf8.hpp"

#include "fuzz_check.hpp"

#include <iconv.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace {

using namespace casegw;
using charset::charset_name;

struct label {
  std::string_view text;
  charset_name meaning;
};
constexpr std::array<label, 12> labels{{{"utf-8", charset_name::utf8},
                                        {" UTF8 ", charset_name::utf8},
                                        {"gbk", charset_name::gbk},
                                        {"GB2312", charset_name::gbk},
                                        {"x-gbk", charset_name::gbk},
                                        {"CP936", charset_name::gbk},
                                        {"gb18030", charset_name::gb18030},
                                        {"GB18030", charset_name::gb18030},
                                        {"latin1", charset_name::unknown},
                                        {"big5", charset_name::unknown},
                                        {"utf-16", charset_name::unknown},
                                        {"", charset_name::unknown}}};

// UTF-8 text back to GB18030 bytes with glibc; nullopt when a character has no GB18030 form.
std::optional<std::string> to_gb18030(const std::string& text) {
  const iconv_t cd = iconv_open("GB18030", "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) fuzz::invariant_failed("glibc has no GB18030 converter", __FILE__, __LINE__);
  std::string out(text.size() * 4 + 4, '\0');
  char* in = const_cast<char*>(text.data());
  std::size_t in_left = text.size();
  char* to = out.data();
  std::size_t out_left = out.size();
  const std::size_t done = iconv(cd, &in, &in_left, &to, &out_left);
  iconv_close(cd);
  if (done == static_cast<std::size_t>(-1)) return std::nullopt;
  out.resize(out.size() - out_left);
  return out;
}

bool is_ascii(std::string_view bytes) {
  for (const char c : bytes)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const label& declared = labels[data[0] % labels.size()];
  const std::string_view body(reinterpret_cast<const char*>(data + 1), size - 1);
  const charset_name from = charset::canonical(declared.text);
  CASEGW_FUZZ_REQUIRE(from == declared.meaning, "a charset label maps as documented");

  const auto result = charset::to_utf8(body, from);
  if (from == charset_name::unknown) {
    CASEGW_FUZZ_REQUIRE(!result.ok() && result.error->code == charset::unsupported_charset_code, "an unknown charset is refused");
    return 0;
  }
  if (from == charset_name::utf8) CASEGW_FUZZ_REQUIRE(result.ok() == fuzz::is_well_formed_utf8(body), "UTF-8 is accepted exactly when well-formed");
  if (is_ascii(body)) CASEGW_FUZZ_REQUIRE(result.ok() && result.text == body, "ASCII is unchanged in any charset");

  if (!result.ok()) {
    const auto& error = *result.error;
    CASEGW_FUZZ_REQUIRE(error.code == charset::invalid_encoding_code, "bad bytes are INVALID_ENCODING");
    CASEGW_FUZZ_REQUIRE(error.byte_offset < body.size(), "the offending offset lies inside the body");
    CASEGW_FUZZ_REQUIRE(result.text.empty(), "a refusal carries no text");
    CASEGW_FUZZ_REQUIRE(!fuzz::echoes_case_data(error.message, body), "a refusal message repeats the body");
    CASEGW_FUZZ_REQUIRE(charset::to_utf8(body.substr(0, error.byte_offset), from).ok(), "everything before the offset converts");
    return 0;
  }
  CASEGW_FUZZ_REQUIRE(fuzz::is_well_formed_utf8(result.text), "converted text is well-formed UTF-8");
  if (from == charset_name::utf8) {
    CASEGW_FUZZ_REQUIRE(result.text == body, "UTF-8 is copied unchanged");
    return 0;
  }
  if (body.find('\x80') != std::string_view::npos) return 0;  // CP936's euro: GBK only, checked by the unit tests
  const auto other = charset::to_utf8(body, from == charset_name::gbk ? charset_name::gb18030 : charset_name::gbk);
  CASEGW_FUZZ_REQUIRE(other.ok() && other.text == result.text, "GBK and GB18030 decode alike");
  const auto back = to_gb18030(result.text);
  CASEGW_FUZZ_REQUIRE(back && *back == body, "GB18030 text encodes back to the input bytes");
  return 0;
}
