// Hot-path cost of metrics: increments/s on an existing child (the reference kept by the caller),
// the same through with_labels() lookup each time, and histogram observations; 1 and 2 threads.
// Run by hand: ./metrics_bench [seconds-per-case]
#include "metrics/registry.hpp"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

namespace {

using namespace casegw;
using steady = std::chrono::steady_clock;

template <typename Work>
void measure(const char* name, int threads, double seconds, Work work) {
  std::atomic<bool> stop{false};
  std::atomic<std::uint64_t> total{0};
  std::vector<std::thread> workers;
  const auto start = steady::now();
  for (int t = 0; t < threads; ++t)
    workers.emplace_back([&] {
      std::uint64_t done = 0;
      while (!stop.load(std::memory_order_relaxed)) {
        for (int i = 0; i < 1024; ++i) work();
        done += 1024;
      }
      total += done;
    });
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  stop = true;
  for (auto& worker : workers) worker.join();
  const double elapsed = std::chrono::duration<double>(steady::now() - start).count();
  std::printf("%-40s %d thread(s) %8.1f M ops/s %7.2f ns/op/thread\n", name, threads, total / elapsed / 1e6,
              elapsed * threads / total * 1e9);
}

}  // namespace

int main(int argc, char** argv) {
  const double seconds = argc > 1 ? std::atof(argv[1]) : 1.0;
  metrics::registry registry;
  auto& received = registry.add_counter("casegw_cases_received_total", "bench", {"channel", "outcome"});
  auto& latency = registry.add_histogram("casegw_request_duration_seconds", "bench", {"channel"});
  for (int c = 0; c < 20; ++c) received.with_labels({"channel" + std::to_string(c), "accepted"});
  metrics::counter& kept = received.with_labels({"city_portal", "accepted"});
  metrics::histogram& kept_latency = latency.with_labels({"city_portal"});
  for (const int threads : {1, 2}) {
    measure("counter inc, kept child (shared)", threads, seconds, [&] { kept.inc(); });
    measure("counter inc via with_labels lookup", threads, seconds,
            [&] { received.with_labels({"city_portal", "accepted"}).inc(); });
    measure("histogram observe, kept child (shared)", threads, seconds, [&] { kept_latency.observe(0.042); });
  }
  std::printf("final count %llu (keeps the work observable)\n", static_cast<unsigned long long>(kept.value()));
}
