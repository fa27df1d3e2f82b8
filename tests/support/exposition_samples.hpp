// Reading a Prometheus text exposition back in tests: every sample's name, labels and value,
// so that a test can look a series up or check every label value a scrape exposes.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace casegw::testing {

struct exposition_sample {
  std::string name;
  std::map<std::string, std::string> labels;  // values unescaped
  double value = 0.0;
};

// Every sample line (comments skipped). Throws std::runtime_error on a line it cannot read.
std::vector<exposition_sample> parse_exposition(std::string_view text);

// The value of the sample with exactly this name and these labels; -1 when absent.
double sample_value(const std::vector<exposition_sample>& samples, std::string_view name,
                    const std::map<std::string, std::string>& labels = {});

}  // namespace casegw::testing
