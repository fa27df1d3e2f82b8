// The SDK's strict application/x-www-form-urlencoded parser (sdk/include/casegw/sdk/
// form_urlencoded.hpp). Input: the body (UTF-8 or not: the parser must check decoded bytes).
//
// Invariants:
//   - it parses or throws sdk::rejection, nothing else, with MALFORMED_BODY or DUPLICATE_FIELD
//     and a message that echoes no case data of the body;
//   - every name it returns is non-empty, every name and value well-formed UTF-8;
//   - it never returns more fields than the body has '&'-separated pieces;
//   - what it returns, percent-encoded again, parses back to the same fields;
//   - a body without '%' or '+' yields its pieces literally.
#include <casegw/sdk/form_urlencoded.hpp>

#include "fuzz_check.hpp"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <map>
#include <string>

namespace {

using namespace casegw;

std::string percent_encoded(std::string_view text) {
  static constexpr char digits[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto b = static_cast<unsigned char>(c);
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '.' || b == '_' || b == '~') {
      out += c;
    } else if (b == ' ') {
      out += '+';
    } else {
      out += '%';
      out += digits[b >> 4];
      out += digits[b & 0x0F];
    }
  }
  return out;
}

std::size_t pieces(std::string_view body) {
  std::size_t count = 0;
  for (std::size_t at = 0; at <= body.size();) {
    const auto end = std::min(body.find('&', at), body.size());
    if (end > at) ++count;
    at = end + 1;
  }
  return count;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body(reinterpret_cast<const char*>(data), size);
  std::map<std::string, std::string> fields;
  try {
    fields = sdk::form_fields::parse(body).all();
  } catch (const sdk::rejection& refused) {
    CASEGW_FUZZ_REQUIRE(refused.code() == sdk::code::malformed_body || refused.code() == sdk::code::duplicate_field,
                        "a form is refused as malformed or with a duplicate field");
    CASEGW_FUZZ_REQUIRE(!fuzz::echoes_case_data(refused.what(), body), "a refusal repeats the body");
    return 0;
  } catch (const std::exception&) {
    fuzz::invariant_failed("the form parser throws something other than a rejection", __FILE__, __LINE__);
  }

  CASEGW_FUZZ_REQUIRE(fields.size() <= pieces(body), "no more fields than pieces");
  std::string again;
  for (const auto& [name, value] : fields) {
    CASEGW_FUZZ_REQUIRE(!name.empty(), "a field has a name");
    CASEGW_FUZZ_REQUIRE(fuzz::is_well_formed_utf8(name) && fuzz::is_well_formed_utf8(value), "names and values are UTF-8");
    if (body.find_first_of("%+") == std::string_view::npos) {
      const std::string pair = value.empty() ? name : name + "=" + value;
      CASEGW_FUZZ_REQUIRE(body.find(name) != std::string_view::npos, "a literal body yields its names literally");
      CASEGW_FUZZ_REQUIRE(value.empty() || body.find(pair) != std::string_view::npos, "a literal body yields its pairs literally");
    }
    if (!again.empty()) again += '&';
    again += percent_encoded(name) + "=" + percent_encoded(value);
  }
  CASEGW_FUZZ_REQUIRE(sdk::form_fields::parse(again).all() == fields, "re-encoded fields parse back to themselves");
  return 0;
}
