#include "store/case_store.hpp"

namespace casegw::store {

std::string_view to_string(delivery_state s) noexcept {
  switch (s) {
    case delivery_state::pending:
      return "pending";
    case delivery_state::delivered:
      return "delivered";
    case delivery_state::dead:
      return "dead";
  }
  return "unknown";
}

}  // namespace casegw::store
