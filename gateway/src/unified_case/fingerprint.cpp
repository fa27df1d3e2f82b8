#include "unified_case/fingerprint.hpp"

#include "crypto/sha256.hpp"
#include "unified_case/json_text.hpp"

namespace casegw::unified_case {

std::string fingerprint(const boost::json::object& adapter_part) {
  return crypto::sha256_hex(to_json_text(adapter_part, member_order::sorted_by_key));
}

}  // namespace casegw::unified_case
