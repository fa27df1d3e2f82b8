// Scope screening on the labelled sample sets: false-positive rate and recall on samples.tsv and
// on the held-out samples_holdout.tsv, then cases screened per second (the sample set, and one
// long case of 20 000 characters). Run by hand:
//   build/casegw_screening_bench [rules.yaml] [samples.tsv [more.tsv ...]]
#include "labelled_samples.hpp"
#include "screening/scope_rules_loader.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

using casegw::screening::load_scope_rules;
using casegw::screening::scope_screener;
namespace testing = casegw::screening::testing;

namespace {

// Cases per second over at least half a second of repeated passes.
template <typename Screen>
double cases_per_second(std::size_t cases_per_pass, Screen screen) {
  using clock = std::chrono::steady_clock;
  const auto start = clock::now();
  std::size_t cases = 0;
  while (clock::now() - start < std::chrono::milliseconds(500)) {
    screen();
    cases += cases_per_pass;
  }
  const std::chrono::duration<double> elapsed = clock::now() - start;
  return static_cast<double>(cases) / elapsed.count();
}

// A long, ordinary complaint: the worst realistic input, since screening time grows with text.
boost::json::object long_case() {
  std::string content;
  while (content.size() < 3 * 20000 - 200) {
    content += "小区门口的道路坑洼不平，下雨天积水严重，法院旁边的路灯也坏了，万一发生火灾消防车进不来。";
  }
  return {{"kind", "complaint"}, {"title", "关于道路积水的投诉"}, {"content", content}};
}

}  // namespace

int main(int argc, char** argv) {
  const std::string rules_file = argc > 1 ? argv[1] : CASEGW_SHIPPED_SCOPE_RULES;
  std::vector<std::string> sample_files(argv + std::min(argc, 2), argv + argc);
  if (sample_files.empty()) sample_files = {CASEGW_SCOPE_SAMPLES, CASEGW_SCOPE_HOLDOUT};
  const auto loaded = load_scope_rules(rules_file);
  for (const auto& problem : loaded.problems) std::fprintf(stderr, "%s\n", problem.to_string().c_str());
  if (!loaded.screener) return 1;
  const scope_screener& screener = *loaded.screener;
  std::printf("%zu rules\n", screener.rule_count());
  for (const auto& file : sample_files) {
    const auto scores = testing::score(screener, testing::read_labelled_samples(file));
    std::printf("%s:\n%s", file.c_str(), testing::describe(scores).c_str());
    for (const auto& mistake : scores.mistakes) std::printf("  %s\n", mistake.c_str());
  }
  const auto samples = testing::read_labelled_samples(sample_files.front());

  std::size_t flagged = 0;  // used, so the work is not optimized away
  const double sample_rate = cases_per_second(samples.size(), [&] {
    for (const auto& sample : samples) flagged += screener.assess(sample.unified_case).in_scope ? 0 : 1;
  });
  const auto big = long_case();
  const double long_rate = cases_per_second(1, [&] { flagged += screener.assess(big).in_scope ? 0 : 1; });
  std::printf("sample set: %.0f cases/s (%.2f us per case)\n", sample_rate, 1e6 / sample_rate);
  std::printf("20 000-character case: %.0f cases/s (%.3f ms per case)\n", long_rate, 1e3 / long_rate);
  return flagged == 0 ? 2 : 0;
}
