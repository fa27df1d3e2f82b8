#include "metrics/registry.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace casegw::metrics {
namespace {

constexpr int thread_count = 8;
constexpr int increments_per_thread = 100000;

TEST(Concurrency, IncrementsFromEightThreadsSumExactly) {
  registry metrics;
  auto& family = metrics.add_counter("casegw_c_total", "c", {"channel"});
  counter& shared = family.with_labels({"city_portal"});
  std::vector<std::thread> threads;
  for (int t = 0; t < thread_count; ++t)
    threads.emplace_back([&] {
      for (int i = 0; i < increments_per_thread; ++i) shared.inc();
    });
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(shared.value(), std::uint64_t{thread_count} * increments_per_thread);
}

TEST(Concurrency, LookupsCreationsObservationsAndScrapesRace) {
  registry metrics;
  auto& family = metrics.add_counter("casegw_c_total", "c", {"channel"});
  auto& latency = metrics.add_histogram("casegw_l_seconds", "l", {"channel"});
  std::vector<std::thread> threads;
  for (int t = 0; t < thread_count; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 20000; ++i) {
        const std::string channel = "ch" + std::to_string(i % 16);
        family.with_labels({channel}).inc();
        latency.with_labels({channel}).observe(0.001 * (i % 100));
        if (t == 0 && i % 2000 == 0) (void)metrics.render();
      }
    });
  for (auto& thread : threads) thread.join();
  std::uint64_t total = 0;
  for (int c = 0; c < 16; ++c) total += family.with_labels({"ch" + std::to_string(c)}).value();
  EXPECT_EQ(total, std::uint64_t{thread_count} * 20000);
  EXPECT_NE(metrics.render().find("casegw_l_seconds_count{channel=\"ch0\"} " + std::to_string(thread_count * 1250) +
                                  "\n"),
            std::string::npos);
}

}  // namespace
}  // namespace casegw::metrics
