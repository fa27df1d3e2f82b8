// The layout of config/policy/scope.yaml is documented in the file itself and in
// docs/scope-screening.md.
#include "screening/scope_rules_loader.hpp"

#include "unified_case/case_vocabulary.hpp"

#include "config/load_context.hpp"
#include "config/yaml_map_reader.hpp"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>

namespace casegw::screening {
namespace {

using config::load_context;
using config::yaml_map_reader;

const std::vector<std::string> file_keys{"version", "rules"};
const std::vector<std::string> rule_keys{"id",    "description", "exclusion", "refer_to", "urgent", "search_in",
                                         "terms", "unless",      "near",      "not_near", "when"};
const std::vector<std::string> context_keys{"terms", "within"};
const std::vector<std::string> when_keys{"kind", "channel", "category_code", "domain", "class"};
const std::vector<std::string> searchable_fields{"title", "content"};
constexpr std::int64_t max_within = 500;  // characters; beyond that "near" means "anywhere"


bool is_rule_id(const std::string& id) {
  const auto allowed = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.'; };
  return !id.empty() && std::all_of(id.begin(), id.end(), allowed) && id.front() != '-' && id.front() != '.';
}

bool has_outer_space(const std::string& text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  return space(text.front()) || space(text.back());
}

// Reads a list of phrases; `check` returns "" for a good entry, else the problem with it.
std::vector<std::string> read_phrases(const yaml_map_reader& reader, std::string_view key,
                                      const std::function<std::string(const std::string&)>& check) {
  std::vector<std::string> phrases;
  reader.read_text_list(key, phrases);
  const YAML::Node list = reader.node(key);
  if (!list.IsDefined() || !list.IsSequence()) return phrases;
  if (list.size() == 0) reader.report(key, "lists nothing; leave the key out instead");
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!list[i].IsScalar() || list[i].Scalar().empty()) continue;  // already reported
    if (auto problem = check(list[i].Scalar()); !problem.empty()) {
      reader.context().report(list[i], reader.key_path(key) + "[" + std::to_string(i) + "]", problem);
    }
  }
  return phrases;
}

std::string plain_phrase_problem(const std::string& phrase) {
  if (has_outer_space(phrase)) return "has leading or trailing spaces, which would have to match too";
  if (phrase.find('*') != std::string::npos) return "'*' is only meaningful in unless";
  return {};
}

std::string exception_problem(const std::string& phrase) {
  if (has_outer_space(phrase)) return "has leading or trailing spaces, which would have to match too";
  const auto stars = std::count(phrase.begin(), phrase.end(), '*');
  if (stars > 1) return "may hold at most one '*' (it stands for the matched term)";
  if (stars == 1 && phrase.size() == 1) return "'*' alone would cancel every hit";
  return {};
}

std::function<std::string(const std::string&)> one_of(const std::vector<std::string>& allowed) {
  return [&allowed](const std::string& value) {
    if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return std::string();
    return "'" + value + "' is not one of " + config::join_names(allowed);
  };
}

std::string no_problem(const std::string&) { return {}; }

class rules_reader {
 public:
  explicit rules_reader(load_context& context) : context_(context) {}

  std::vector<scope_rule> read(const YAML::Node& root) {
    const yaml_map_reader top(context_, root, "", file_keys);
    check_version(top);
    std::vector<scope_rule> rules;
    if (!top.require("rules")) return rules;
    const YAML::Node list = top.node("rules");
    if (!list.IsSequence()) {
      top.report("rules", "must be a list of rules, each starting with '- id:'");
      return rules;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
      const yaml_map_reader rule(context_, list[i], "rules[" + std::to_string(i) + "]", rule_keys, top.mark_of("rules"));
      rules.push_back(read_rule(rule));
    }
    return rules;
  }

 private:
  void check_version(const yaml_map_reader& top) const {
    if (!top.require("version")) return;
    int version = 1;
    top.read_integer("version", version, 1, 1);
  }

  scope_rule read_rule(const yaml_map_reader& reader) {
    scope_rule rule;
    read_identity(reader, rule);
    read_search_in(reader, rule);
    rule.terms = read_phrases(reader, "terms", plain_phrase_problem);
    rule.unless = read_phrases(reader, "unless", exception_problem);
    rule.near = read_context(reader, "near");
    rule.not_near = read_context(reader, "not_near");
    rule.when = read_when(reader);
    check_rule_shape(reader, rule);
    return rule;
  }

  void read_identity(const yaml_map_reader& reader, scope_rule& rule) {
    if (reader.require("id")) {
      reader.read_text("id", rule.id);
      if (!rule.id.empty() && !is_rule_id(rule.id)) {
        reader.report("id", "'" + rule.id + "' must use only a-z, 0-9, '-', '_' and '.'");
      } else if (!rule.id.empty()) {
        const int line = reader.mark_of("id").line;
        if (const auto [first, added] = id_lines_.emplace(rule.id, line); !added) {
          reader.report("id", "'" + rule.id + "' is already the id of the rule at line " + std::to_string(first->second));
        }
      }
    }
    reader.read_text("description", rule.description);
    if (reader.require("exclusion")) reader.read_choice("exclusion", rule.exclusion_code, exclusion_codes());
    reader.read_text("refer_to", rule.refer_to);
    rule.urgent = rule.exclusion_code == "emergency";  // emergencies are urgent unless told otherwise
    reader.read_bool("urgent", rule.urgent);
  }

  void read_search_in(const yaml_map_reader& reader, scope_rule& rule) {
    if (!reader.has("search_in")) return;
    const auto fields = read_phrases(reader, "search_in", one_of(searchable_fields));
    if (fields.empty()) return;
    rule.in_title = std::find(fields.begin(), fields.end(), "title") != fields.end();
    rule.in_content = std::find(fields.begin(), fields.end(), "content") != fields.end();
  }

  context_terms read_context(const yaml_map_reader& reader, std::string_view key) {
    context_terms context;
    if (!reader.has(key)) return context;
    const yaml_map_reader section = reader.child(key, context_keys);
    if (section.require("terms")) context.terms = read_phrases(section, "terms", plain_phrase_problem);
    if (section.require("within")) section.read_integer("within", context.within, 1, max_within);
    return context;
  }

  field_conditions read_when(const yaml_map_reader& reader) {
    field_conditions when;
    if (!reader.has("when")) return when;
    const yaml_map_reader section = reader.child("when", when_keys);
    when.kind = read_phrases(section, "kind", one_of(unified_case::case_kinds()));
    when.channel = read_phrases(section, "channel", no_problem);
    when.category_code = read_phrases(section, "category_code", no_problem);
    when.domain = read_phrases(section, "domain", one_of(unified_case::case_domains()));
    when.handling_class = read_phrases(section, "class", one_of(unified_case::case_classes()));
    const YAML::Node given = reader.node("when");
    if (when.empty() && given.IsMap() && given.size() == 0) reader.report("when", "sets no condition; leave the key out instead");
    return when;
  }

  void check_rule_shape(const yaml_map_reader& reader, const scope_rule& rule) const {
    if (rule.terms.empty() && !reader.has("terms") && !reader.has("when")) {
      reader.report("terms", "is required unless the rule has 'when' (a rule with neither would flag every case)");
    }
    for (const char* key : {"unless", "near", "not_near"}) {
      if (reader.has(key) && !reader.has("terms")) reader.report(key, "qualifies hits of terms, and this rule has no terms");
    }
  }

  load_context& context_;
  std::map<std::string, int> id_lines_;
};

}  // namespace

screening_load_result load_scope_rules(const std::string& file, config::key_recorder* recorder) {
  const std::filesystem::path absolute = std::filesystem::absolute(file).lexically_normal();
  load_context context(file, absolute.parent_path());
  context.record_known_keys(recorder);
  screening_load_result result;
  if (auto root = config::parse_yaml_file(file, context, "rules")) {
    auto rules = rules_reader(context).read(*root);
    if (context.problems().empty()) result.screener = std::make_shared<const scope_screener>(std::move(rules));
  }
  result.problems = context.take_problems();
  return result;
}

}  // namespace casegw::screening
