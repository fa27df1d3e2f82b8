// The gateway calls decode() and encode_event() on one instance from several threads at once.
// The adapter holds only const state (its settings and the host handle), so threads decoding
// different messages at the same time each get exactly what they get alone. This drives one
// instance from four threads directly (the fake host's error buffers are single-threaded).
#include "ykb_fixture.hpp"

#include <cstring>
#include <thread>
#include <vector>

namespace casegw::yukuaiban::testing {
namespace {

// A thread-safe host with the declared defaults: it only reads constants.
struct constant_host {
  static int CASEGW_CALL setting_string(casegw_host_ctx*, const char* key, casegw_str_view* out) {
    if (std::strcmp(key, "progress_path") != 0) return 0;
    *out = sdk::raw("/ykb/open/v1/appeal/progress");
    return 1;
  }
  static int CASEGW_CALL setting_int(casegw_host_ctx*, const char* key, std::int64_t* out) {
    if (std::strcmp(key, "max_materials") != 0) return 0;
    *out = 20;
    return 1;
  }
  static int CASEGW_CALL setting_bool(casegw_host_ctx*, const char*, std::uint8_t*) { return 0; }
  static void CASEGW_CALL log(casegw_host_ctx*, casegw_log_level, casegw_str_view) {}
  static int CASEGW_CALL division_known(casegw_host_ctx*, casegw_str_view code) {
    return sdk::view(code) == "500199" ? 0 : 1;
  }

  static casegw_host_api api() {
    casegw_host_api a{};
    a.struct_size = sizeof a;
    a.abi_major = CASEGW_ABI_MAJOR;
    a.abi_minor = CASEGW_ABI_MINOR;
    a.log = &log;
    a.setting_string = &setting_string;
    a.setting_int = &setting_int;
    a.setting_bool = &setting_bool;
    a.division_known = &division_known;
    return a;
  }
};

// The case JSON, or "CODE field" for a refusal.
std::string outcome(yukuaiban_adapter& adapter, const std::string& body) {
  casegw_request_view view{};
  view.struct_size = sizeof view;
  view.media_type = sdk::raw("application/json");
  view.body = sdk::raw(body);
  try {
    sdk::case_builder builder;
    adapter.decode(sdk::request(view), builder);
    return builder.to_json();
  } catch (const sdk::rejection& r) {
    return r.code() + " " + r.field();
  }
}

TEST(YukuaibanConcurrency, FourThreadsOnOneInstanceGetWhatOneThreadGets) {
  const casegw_host_api api = constant_host::api();
  yukuaiban_adapter adapter(sdk::host(&api, nullptr));
  std::vector<std::string> bodies;
  for (const char* name : {"complaint-wechat-mini.json", "report-corporate-app.json", "invalid-unknown-region.json",
                           "consultation-app.json", "evaluation-haochaping.json", "invalid-impossible-date.json"})
    bodies.push_back(read_sample(name));
  std::vector<std::string> alone;
  for (const auto& body : bodies) alone.push_back(outcome(adapter, body));
  ASSERT_EQ(alone[2], "INVALID_REGION_CODE data.location.regionCode");

  constexpr int threads = 4, rounds = 150;
  std::vector<int> mismatches(threads, 0);
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      for (int i = 0; i < rounds; ++i) {
        const std::size_t k = static_cast<std::size_t>(t + i) % bodies.size();
        if (outcome(adapter, bodies[k]) != alone[k]) ++mismatches[static_cast<std::size_t>(t)];
      }
    });
  }
  for (auto& w : workers) w.join();
  EXPECT_EQ(mismatches, std::vector<int>(threads, 0));
}

}  // namespace
}  // namespace casegw::yukuaiban::testing
