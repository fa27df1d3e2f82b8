// decode() and encode_event() run concurrently on one instance in the gateway. The adapter keeps
// no mutable state, so this is safe by construction; this test holds it to that under load (and
// under ThreadSanitizer when the tree is built with it). It drives the adapter directly through
// a hand-built host, because fake_host shares one set of error buffers between calls.
#include "table_host.hpp"
#include "work_order_samples.hpp"

#include <atomic>
#include <thread>
#include <vector>

namespace casegw::hotline_12345::testing {
namespace {

std::string decode_once(hotline_12345_adapter& adapter, const std::string& body) {
  casegw_request_view view{};
  view.struct_size = sizeof view;
  view.media_type = sdk::raw("application/xml");
  view.body = sdk::raw(body);
  sdk::case_builder builder;
  try {
    adapter.decode(sdk::request(view), builder);
    return builder.to_json();
  } catch (const sdk::rejection& r) {
    return r.code() + " " + r.field();
  }
}

TEST(HotlineConcurrency, ParallelDecodesOfOneInstanceMatchSerialOnes) {
  table_host host;
  hotline_12345_adapter adapter(host.host());
  std::vector<std::string> bodies;
  for (const char* file : {"consultation-landline-gbk.xml", "complaint-urgent-gbk.xml",
                           "report-anonymous-verification.xml", "enterprise-complaint-supervised-gbk.xml",
                           "invalid-duplicate-title.xml", "invalid-doctype-external-entity.xml"})
    bodies.push_back(read_sample(file));
  std::vector<std::string> serial;
  for (const auto& body : bodies) serial.push_back(decode_once(adapter, body));

  std::atomic<int> mismatches{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 50; ++round) {
        const std::size_t i = static_cast<std::size_t>(t + round) % bodies.size();
        if (decode_once(adapter, bodies[i]) != serial[i]) ++mismatches;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(mismatches.load(), 0);
  EXPECT_NE(serial[0].find("\"kind\":\"consultation\""), std::string::npos);
  EXPECT_EQ(serial[4], "DUPLICATE_FIELD workOrder.title");
}

}  // namespace
}  // namespace casegw::hotline_12345::testing
