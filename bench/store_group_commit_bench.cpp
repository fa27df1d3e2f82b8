// How much group commit buys: submissions/s and commits/s of the SQLite store with 1, 8 and 64
// concurrent submitters, each waiting for its answer before the next case (like intake
// connections). Every commit is a real fsync of the WAL (synchronous=FULL).
//
//   store_group_commit_bench [directory] [seconds per run]
#include "store/sqlite_store.hpp"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <future>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace casegw::store;
using clock_type = std::chrono::steady_clock;

new_case bench_case(int submitter, long sequence) {
  new_case c;
  c.case_ref = std::to_string(submitter) + "-" + std::to_string(sequence);
  c.case_id = "bench-" + c.case_ref;
  c.channel_id = "bench";
  c.fingerprint = "fp";
  c.case_json = std::string(2'048, 'x');  // a typical unified case is a few KiB
  c.raw_body = std::string(4'096, 'y');
  c.received_at_ms = 1;
  c.destinations = {"workflow"};
  return c;
}

submit_result submit_and_wait(case_store& store, new_case c) {
  std::promise<submit_result> done;
  auto answer = done.get_future();
  store.submit(std::move(c), [&done](submit_result r) { done.set_value(std::move(r)); });
  return answer.get();
}

struct run_result {
  double submissions_per_second;
  double commits_per_second;
  double cases_per_commit;
};

run_result measure(const std::filesystem::path& directory, int submitters, std::chrono::seconds duration) {
  const auto path = directory / ("bench-" + std::to_string(submitters) + ".db");
  std::filesystem::remove(path);
  std::atomic<long> commits{0};
  sqlite_options options;
  options.path = path.string();
  options.high_water_pending = 1'000'000'000;
  options.on_commit = [&commits](std::size_t) { ++commits; };
  auto store = open_sqlite_store(options);

  std::atomic<long> accepted{0};
  std::atomic<bool> stop{false};
  const auto started = clock_type::now();
  std::vector<std::thread> threads;
  for (int t = 0; t < submitters; ++t) {
    threads.emplace_back([&, t] {
      for (long i = 0; !stop; ++i) {
        if (submit_and_wait(*store, bench_case(t, i)).outcome == submit_outcome::accepted) ++accepted;
      }
    });
  }
  std::this_thread::sleep_for(duration);
  stop = true;
  for (auto& thread : threads) thread.join();
  const double seconds = std::chrono::duration<double>(clock_type::now() - started).count();
  store->close();
  std::filesystem::remove(path);
  std::filesystem::remove(path.string() + "-wal");
  std::filesystem::remove(path.string() + "-shm");
  const double c = static_cast<double>(commits.load());
  return {accepted / seconds, c / seconds, c > 0 ? accepted / c : 0};
}

}  // namespace

int main(int argc, char** argv) {
  const std::filesystem::path directory = argc > 1 ? argv[1] : std::filesystem::temp_directory_path();
  const std::chrono::seconds duration(argc > 2 ? std::stoi(argv[2]) : 3);
  std::printf("%-11s %15s %11s %16s\n", "submitters", "submissions/s", "commits/s", "cases/commit");
  for (const int submitters : {1, 8, 64}) {
    const run_result r = measure(directory, submitters, duration);
    std::printf("%-11d %15.0f %11.0f %16.1f\n", submitters, r.submissions_per_second, r.commits_per_second,
                r.cases_per_commit);
  }
  return 0;
}
