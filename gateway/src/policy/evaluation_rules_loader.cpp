// Reads config/policy/evaluation.yaml into evaluation_rules, reporting every problem with its
// line. The file's layout is documented in the file itself and in docs/policy-profiles.md.
#include "policy/evaluation_rules.hpp"
#include "policy/policy_yaml_mapping.hpp"

namespace casegw::policy {
namespace {

const std::vector<std::string> file_keys{"version", "scales", "profiles", "channels"};
const std::vector<std::string> scale_keys{"description", "labels"};
const std::vector<std::string> profile_keys{"description", "collector", "scale"};
const std::vector<std::string> channel_keys{"profile"};
const std::vector<std::string> collector_names{"platform", "channel"};

using label_list = std::vector<std::pair<std::string, unified_rating>>;

std::vector<std::string> names_of(const auto& named) {
  std::vector<std::string> names;
  for (const auto& [name, value] : named) names.push_back(name);
  return names;
}

class evaluation_reader {
 public:
  explicit evaluation_reader(policy_yaml_file& file) : file_(file) {}

  std::optional<channel_evaluation_map> read() {
    const policy_yaml_mapping top(file_, file_.root(), "", file_keys, 1);
    check_version(top);
    top.require("scales");
    top.require("profiles");
    top.require("channels");
    for (const auto& [name, node, name_line] : top.entries("scales")) {
      scales_[name] = read_scale(policy_yaml_mapping(file_, node, "scales." + name, scale_keys, name_line));
    }
    for (const auto& [name, node, name_line] : top.entries("profiles")) {
      const policy_yaml_mapping profile(file_, node, "profiles." + name, profile_keys, name_line);
      profiles_[name] = read_profile(profile, name);
    }
    channel_evaluation_map channels;
    for (const auto& [name, node, name_line] : top.entries("channels")) {
      const policy_yaml_mapping channel(file_, node, "channels." + name, channel_keys, name_line);
      if (auto profile = read_channel(channel)) channels.emplace(name, std::move(*profile));
    }
    if (file_.has_problems()) return std::nullopt;
    return channels;
  }

 private:
  void check_version(const policy_yaml_mapping& top) {
    if (!top.require("version")) return;
    if (const auto version = top.integer("version"); version && *version != 1) {
      top.report("version", "unsupported version " + std::to_string(*version) + "; this gateway reads version 1");
    }
  }

  label_list read_scale(const policy_yaml_mapping& scale) {
    label_list labels;
    if (!scale.require("labels")) return labels;
    const std::string labels_path = scale.key_path("labels");
    for (const auto& [label, node, name_line] : scale.entries("labels")) {
      const int line = name_line;
      if (!node.IsScalar()) {
        file_.report(line, labels_path + "." + label, "must name one unified rating; valid: " + join_names(rating_names()));
        continue;
      }
      const auto rating = rating_named(node.Scalar());
      if (!rating) {
        file_.report(line, labels_path + "." + label,
                     "unknown unified rating \"" + node.Scalar() + "\"; valid: " + join_names(rating_names()));
        continue;
      }
      labels.emplace_back(label, *rating);
    }
    if (labels.empty() && scale.has("labels") && scale.node("labels").IsMap() && scale.node("labels").size() == 0) {
      scale.report("labels", "lists no label; a scale needs at least one");
    }
    return labels;
  }

  evaluation_profile read_profile(const policy_yaml_mapping& profile, const std::string& name) {
    evaluation_profile result;
    result.name = name;
    if (profile.require("collector")) {
      if (const auto collector = profile.text("collector")) {
        if (*collector == "platform" || *collector == "channel") {
          result.collector = *collector == "platform" ? evaluation_collector::platform : evaluation_collector::channel;
        } else {
          profile.report("collector", "unknown collector \"" + *collector + "\"; valid: " + join_names(collector_names));
        }
      }
    }
    if (!profile.require("scale")) return result;
    if (const auto scale = profile.text("scale")) {
      const auto found = scales_.find(*scale);
      if (found == scales_.end()) {
        profile.report("scale", "unknown scale \"" + *scale + "\"; defined: " + join_names(names_of(scales_)));
      } else {
        result.scale = *scale;
        result.labels = found->second;
      }
    }
    return result;
  }

  std::optional<evaluation_profile> read_channel(const policy_yaml_mapping& channel) {
    const auto profile_name = channel.require("profile") ? channel.text("profile") : std::nullopt;
    if (!profile_name) return std::nullopt;
    const auto found = profiles_.find(*profile_name);
    if (found == profiles_.end()) {
      channel.report("profile", "unknown profile \"" + *profile_name + "\"; defined: " + join_names(names_of(profiles_)));
      return std::nullopt;
    }
    return found->second;
  }

  policy_yaml_file& file_;
  std::map<std::string, label_list> scales_;
  std::map<std::string, evaluation_profile> profiles_;
};

}  // namespace

policy_load_result<evaluation_rules> evaluation_rules::load(const std::string& path) {
  policy_yaml_file file(path);
  if (!file.parsed()) return {std::nullopt, file.take_problems()};
  auto channels = evaluation_reader(file).read();
  if (!channels) return {std::nullopt, file.take_problems()};
  return {evaluation_rules(std::move(*channels)), {}};
}

}  // namespace casegw::policy
