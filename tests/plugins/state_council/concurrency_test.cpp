// decode(), read_poll() and encode_event() run concurrently on one instance (docs/plugin-abi.md
// §4). The adapter keeps no mutable state, so this holds by construction; this test calls one
// instance from several threads at once (the fake host's shared error buffers are not made for
// that, so it drives the adapter class directly) and checks every answer is the single-threaded one.
#include "council_fixture.hpp"

#include <atomic>
#include <cstring>
#include <thread>

namespace casegw::state_council::testing {
namespace {

// A host that answers every setting with its declared default and knows every division.
const casegw_config_field* declared(const char* key) {
  for (const auto& f : council_setting_fields)
    if (std::strcmp(f.name, key) == 0) return &f;
  return nullptr;
}

casegw_host_api defaults_host() {
  casegw_host_api api{};
  api.struct_size = sizeof api;
  api.abi_major = CASEGW_ABI_MAJOR;
  api.abi_minor = CASEGW_ABI_MINOR;
  api.log = [](casegw_host_ctx*, casegw_log_level, casegw_str_view) {};
  api.setting_string = [](casegw_host_ctx*, const char* key, casegw_str_view* out) {
    const auto* f = declared(key);
    if (f == nullptr) return 0;
    *out = {f->default_value, std::strlen(f->default_value)};
    return 1;
  };
  api.setting_int = [](casegw_host_ctx*, const char* key, std::int64_t* out) {
    const auto* f = declared(key);
    if (f == nullptr) return 0;
    *out = std::stoll(f->default_value);
    return 1;
  };
  api.setting_bool = [](casegw_host_ctx*, const char*, std::uint8_t*) { return 0; };
  api.division_known = [](casegw_host_ctx*, casegw_str_view) { return 1; };
  return api;
}

std::string decode_once(state_council_adapter& adapter, const std::string& body) {
  casegw_request_view view{};
  view.struct_size = sizeof view;
  view.media_type = sdk::raw("application/json");
  view.body = sdk::raw(body);
  sdk::case_builder builder;
  try {
    adapter.decode(sdk::request{view}, builder);
    return builder.to_json();
  } catch (const sdk::rejection& r) {
    return r.code() + " " + r.field();
  }
}

TEST(StateCouncilConcurrency, OneInstanceDecodesTheSameFromManyThreads) {
  const casegw_host_api api = defaults_host();
  state_council_adapter adapter(sdk::host{&api, nullptr});
  const std::vector<std::string> bodies = {read_sample("handover-complaint.json"), read_sample("supervision-report-enterprise.json"),
                                           read_sample("verification-help-anonymous.json"), read_sample("invalid-missing-title.json"),
                                           read_sample("rehandover-suggestion.json")};
  std::vector<std::string> expected;
  for (const auto& body : bodies) expected.push_back(decode_once(adapter, body));
  ASSERT_EQ(expected[3], "MISSING_FIELD clue.title");

  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        const std::size_t k = static_cast<std::size_t>(i + t) % bodies.size();
        if (decode_once(adapter, bodies[k]) != expected[k]) ++mismatches;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(mismatches.load(), 0);
}

}  // namespace
}  // namespace casegw::state_council::testing
