#include "unified_case/json_text.hpp"

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>

namespace casegw::unified_case {
namespace {

void append_number(std::string& out, double number) {
  if (!std::isfinite(number)) {
    out += "null";
    return;
  }
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, number);
  out.append(buffer, result.ptr);
}

void append_value(std::string& out, const boost::json::value& value, member_order order);

void append_object(std::string& out, const boost::json::object& object, member_order order) {
  std::vector<const boost::json::key_value_pair*> members;
  members.reserve(object.size());
  for (const auto& member : object) members.push_back(&member);
  if (order == member_order::sorted_by_key) {
    // Byte order of the UTF-8 keys: simple, total and independent of any locale.
    std::sort(members.begin(), members.end(), [](const auto* a, const auto* b) { return a->key() < b->key(); });
  }
  out += '{';
  for (std::size_t i = 0; i < members.size(); ++i) {
    if (i > 0) out += ',';
    out += boost::json::serialize(boost::json::string_view(members[i]->key()));
    out += ':';
    append_value(out, members[i]->value(), order);
  }
  out += '}';
}

void append_value(std::string& out, const boost::json::value& value, member_order order) {
  switch (value.kind()) {
    case boost::json::kind::object: append_object(out, value.get_object(), order); return;
    case boost::json::kind::array: {
      out += '[';
      bool first = true;
      for (const auto& element : value.get_array()) {
        if (!first) out += ',';
        first = false;
        append_value(out, element, order);
      }
      out += ']';
      return;
    }
    case boost::json::kind::double_: append_number(out, value.get_double()); return;
    default: out += boost::json::serialize(value); return;  // strings, integers, bools, null
  }
}

}  // namespace

std::string to_json_text(const boost::json::value& value, member_order order) {
  std::string out;
  append_value(out, value, order);
  return out;
}

std::string to_json_text(const boost::json::object& object, member_order order) {
  std::string out;
  append_object(out, object, order);
  return out;
}

}  // namespace casegw::unified_case
