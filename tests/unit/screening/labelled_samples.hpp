// The labelled sample set (samples.tsv) and how the screener scores on it: the false-positive
// rate (in-scope cases flagged), recall (out-of-scope cases flagged) and how often the flag
// names the expected exclusion. Shared by the test that holds the thresholds and the benchmark.
#pragma once

#include "screening/scope_screener.hpp"

#include <boost/json/object.hpp>

#include <string>
#include <vector>

namespace casegw::screening::testing {

struct labelled_sample {
  int line = 0;
  std::string label;          // as written: in_scope, in_scope/mention, emergency/119, ...
  std::string expected_code;  // "" for in scope
  std::string expected_refer_to;  // emergency/119 -> "119"; else ""
  bool mentions_trigger = false;
  boost::json::object unified_case;  // kind, title, content
};

// Throws std::runtime_error naming the line on a malformed line or an unknown label.
std::vector<labelled_sample> read_labelled_samples(const std::string& path);

struct sample_scores {
  int in_scope = 0;
  int mentions = 0;
  int false_positives = 0;
  int false_positives_on_mentions = 0;
  int out_of_scope = 0;
  int flagged_out_of_scope = 0;    // any exclusion code
  int flagged_with_right_code = 0;  // and the expected one (and referral, for emergencies)
  std::vector<std::string> mistakes;  // "line N: expected X, got Y (rule)", for test output only

  double false_positive_rate() const { return in_scope == 0 ? 0.0 : double(false_positives) / in_scope; }
  double recall() const { return out_of_scope == 0 ? 1.0 : double(flagged_out_of_scope) / out_of_scope; }
  double code_accuracy() const { return out_of_scope == 0 ? 1.0 : double(flagged_with_right_code) / out_of_scope; }
};

sample_scores score(const scope_screener& screener, const std::vector<labelled_sample>& samples);

// Two lines of figures, for test output and the benchmark.
std::string describe(const sample_scores& scores);

}  // namespace casegw::screening::testing
