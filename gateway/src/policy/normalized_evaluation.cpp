#include "policy/normalized_evaluation.hpp"

#include <boost/json/array.hpp>

namespace casegw::policy {

boost::json::object normalized_evaluation::to_json() const {
  boost::json::object json;
  json["collector"] = collector;
  json["scale"] = scale;
  json["label"] = label;
  json["normalized"] = rating_name(normalized);
  if (const auto verdict = satisfied()) {
    json["satisfied"] = *verdict;
  } else {
    json["satisfied"] = nullptr;
  }
  boost::json::array signals;
  for (const auto& signal : follow_up) signals.emplace_back(signal);
  json["follow_up"] = std::move(signals);
  if (needs_follow_up()) {
    json["action"] = supervise_or_return_action;
  } else {
    json["action"] = nullptr;
  }
  json["rule"] = rule;
  return json;
}

}  // namespace casegw::policy
