// Building cases and waiting for the store's asynchronous answers in store tests.
#pragma once

#include "store/case_store.hpp"

#include <chrono>
#include <cstdint>
#include <future>
#include <string>
#include <vector>

namespace casegw::testing {

inline std::int64_t now_ms() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

inline store::new_case make_case(const std::string& case_ref, const std::string& fingerprint = "fp-1",
                                 std::vector<std::string> destinations = {"workflow"},
                                 const std::string& channel = "city_portal") {
  store::new_case c;
  c.case_id = "case-" + channel + "-" + case_ref + "-" + fingerprint;
  c.channel_id = channel;
  c.case_ref = case_ref;
  c.fingerprint = fingerprint;
  c.case_json = R"({"schema":"casegw.case/v1","content":"SECRET-CONTENT-)" + case_ref + R"("})";
  c.received_at_ms = 1'700'000'000'000;
  c.raw_content_type = "application/json";
  c.raw_charset = "utf-8";
  c.raw_sha256 = std::string(64, 'a');
  c.raw_body = "RAW-BODY-" + case_ref;
  c.destinations = std::move(destinations);
  c.request_id = "req-" + case_ref;
  return c;
}

inline std::future<store::submit_result> submit(store::case_store& s, store::new_case c) {
  auto promise = std::make_shared<std::promise<store::submit_result>>();
  auto result = promise->get_future();
  s.submit(std::move(c), [promise](store::submit_result r) { promise->set_value(std::move(r)); });
  return result;
}

inline store::submit_result submit_and_wait(store::case_store& s, store::new_case c) {
  return submit(s, std::move(c)).get();
}

// Fire-and-forget outcomes travel through the writer queue; a claim queued after them returns
// only once they are committed.
inline void wait_for_writer(store::case_store& s) { s.claim_due("no-such-destination", 0, 1, 0); }

}  // namespace casegw::testing
