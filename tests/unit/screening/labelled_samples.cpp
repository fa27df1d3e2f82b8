#include "labelled_samples.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <stdexcept>

namespace casegw::screening::testing {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> columns;
  std::size_t start = 0;
  for (std::size_t tab = line.find('\t'); tab != std::string::npos; tab = line.find('\t', start)) {
    columns.push_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  columns.push_back(line.substr(start));
  return columns;
}

void apply_label(labelled_sample& sample) {
  const std::string& label = sample.label;
  if (label == "in_scope" || label == "in_scope/mention") {
    sample.mentions_trigger = label == "in_scope/mention";
    return;
  }
  const auto slash = label.find('/');
  sample.expected_code = label.substr(0, slash);
  if (slash != std::string::npos) sample.expected_refer_to = label.substr(slash + 1);
  const auto& codes = exclusion_codes();
  if (std::find(codes.begin(), codes.end(), sample.expected_code) == codes.end()) {
    throw std::runtime_error("samples line " + std::to_string(sample.line) + ": unknown label '" + label + "'");
  }
}

}  // namespace

std::vector<labelled_sample> read_labelled_samples(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + path);
  std::vector<labelled_sample> samples;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line.front() == '#') continue;
    const auto columns = split_tabs(line);
    if (columns.size() != 4) {
      throw std::runtime_error("samples line " + std::to_string(number) + ": expected 4 tab-separated columns");
    }
    labelled_sample sample;
    sample.line = number;
    sample.label = columns[0];
    apply_label(sample);
    sample.unified_case = {{"kind", columns[1]}, {"title", columns[2]}, {"content", columns[3]}};
    samples.push_back(std::move(sample));
  }
  return samples;
}

sample_scores score(const scope_screener& screener, const std::vector<labelled_sample>& samples) {
  sample_scores scores;
  for (const auto& sample : samples) {
    const scope_assessment got = screener.assess(sample.unified_case);
    const std::string got_text = got.in_scope ? "in_scope" : got.exclusion_code + "/" + got.refer_to + " (" + got.rule_id + ")";
    if (sample.expected_code.empty()) {
      ++scores.in_scope;
      scores.mentions += sample.mentions_trigger ? 1 : 0;
      if (got.in_scope) continue;
      ++scores.false_positives;
      scores.false_positives_on_mentions += sample.mentions_trigger ? 1 : 0;
    } else {
      ++scores.out_of_scope;
      if (!got.in_scope) ++scores.flagged_out_of_scope;
      const bool right = !got.in_scope && got.exclusion_code == sample.expected_code &&
                         (sample.expected_refer_to.empty() || got.refer_to == sample.expected_refer_to);
      if (right) {
        ++scores.flagged_with_right_code;
        continue;
      }
    }
    scores.mistakes.push_back("line " + std::to_string(sample.line) + ": expected " + sample.label + ", got " + got_text);
  }
  return scores;
}

std::string describe(const sample_scores& scores) {
  char text[512];
  std::snprintf(text, sizeof text,
                "false positives: %d of %d in-scope cases (%.1f%%), %d of them among the %d that mention a trigger word\n"
                "recall: %d of %d out-of-scope cases flagged (%.1f%%), %d with the expected code and referral (%.1f%%)\n",
                scores.false_positives, scores.in_scope, 100.0 * scores.false_positive_rate(),
                scores.false_positives_on_mentions, scores.mentions, scores.flagged_out_of_scope, scores.out_of_scope,
                100.0 * scores.recall(), scores.flagged_with_right_code, 100.0 * scores.code_accuracy());
  return text;
}

}  // namespace casegw::screening::testing
