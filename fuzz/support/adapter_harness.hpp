// Drives one channel adapter the way the gateway does with a pushed request, and checks what
// the gateway relies on: Content-Type against the plugin's declared media types and charsets,
// the gateway's strict conversion to UTF-8 (charset/to_utf8.hpp), decode() through the SDK's
// fake host (the same C descriptor and noexcept thunks the gateway calls), then the gateway's
// own validation of the adapter output (unified_case/case_validator.hpp).
//
// Invariants, each an abort when broken:
//   - bad input is refused (CASEGW_REJECTED), never CASEGW_FAILED (the upstream would get 500);
//   - CASEGW_OK comes with a JSON object that the gateway's case validator accepts;
//   - a refusal has an UPPER_SNAKE code and a message, and the message echoes no case data of
//     the body (echoes_case_data; confidentiality: error bodies reach the upstream and the logs);
//   - log lines written during decode echo none either;
//   - decode is deterministic: the same request twice gives the same answer;
//   - a charset refusal is INVALID_ENCODING at an offset inside the body.
#pragma once

#include "charset/to_utf8.hpp"
#include "fuzz_check.hpp"
#include "http_sample.hpp"
#include "unified_case/case_validator.hpp"

#include <casegw/sdk/testing.hpp>

#include <boost/json/parse.hpp>

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace casegw::fuzz {

inline bool declares(const char* const* list, std::size_t count, std::string_view wanted) {
  return std::any_of(list, list + count, [&](const char* item) { return wanted == item; });
}

template <class Adapter>
class adapter_harness {
 public:
  explicit adapter_harness(std::map<std::string, std::string> settings) : settings_(std::move(settings)) { renew(); }

  sdk::testing::fake_host<Adapter>& host() { return *host_; }

  // One request in the golden-case format.
  void push(std::string_view input) {
    const http_sample sample = parse_http_sample(input);
    const casegw_plugin& plugin = host_->descriptor();
    if (!declares(plugin.media_types, plugin.media_type_count, sample.media_type)) return;  // 415 by the gateway
    const auto declared = charset::canonical(sample.charset.empty() ? "utf-8" : sample.charset);
    if (!declares(plugin.charsets, plugin.charset_count, charset::name_of(declared))) return;  // 415 by the gateway

    auto converted = charset::to_utf8(sample.body, declared);
    if (!converted.ok()) {
      const auto& error = *converted.error;
      CASEGW_FUZZ_REQUIRE(error.code == charset::invalid_encoding_code, "a declared charset is refused only for its bytes");
      CASEGW_FUZZ_REQUIRE(error.byte_offset < sample.body.size(), "the offending offset lies inside the body");
      CASEGW_FUZZ_REQUIRE(!echoes_case_data(error.message, sample.body), "a charset error repeats the body");
      return;
    }
    sdk::testing::fake_request request;
    request.media_type = sample.media_type;
    request.charset = sample.charset;
    request.headers = sample.headers;
    request.body = std::move(converted.text);
    decode(request, sample.body);
  }

  // decode() of a request whose body is already UTF-8; raw_body is what came off the wire.
  void decode(const sdk::testing::fake_request& request, std::string_view raw_body) {
    if (host_->logs().size() > 256) renew();  // the fake host keeps every line; bound its memory
    const std::size_t logs_before = host_->logs().size();
    const auto first = host_->decode(request);

    CASEGW_FUZZ_REQUIRE(first.status != CASEGW_FAILED, ("decode failed instead of refusing: " + first.code + ": " + first.message).c_str());
    CASEGW_FUZZ_REQUIRE(first.status == CASEGW_OK || first.status == CASEGW_REJECTED, "decode returns OK or REJECTED");
    if (first.status == CASEGW_OK) {
      boost::system::error_code ec;
      const auto parsed = boost::json::parse(first.output, ec);
      CASEGW_FUZZ_REQUIRE(!ec && parsed.is_object(), "CASEGW_OK comes with a JSON object");
      const auto validated = unified_case::validate_adapter_output(first.output);
      CASEGW_FUZZ_REQUIRE(validated.ok(), ("the gateway refuses what decode accepted: " +
                                           (validated.ok() ? std::string() : validated.error->code + " at " + validated.error->field))
                                              .c_str());
    } else {
      CASEGW_FUZZ_REQUIRE(is_upper_snake(first.code), "a refusal has an UPPER_SNAKE code");
      CASEGW_FUZZ_REQUIRE(!first.message.empty(), "a refusal has a message");
      CASEGW_FUZZ_REQUIRE(!echoes_case_data(first.message, raw_body) && !echoes_case_data(first.message, request.body),
                          ("a refusal message repeats the body: " + first.code + " at '" + first.field + "': " + first.message).c_str());
    }
    for (std::size_t i = logs_before; i < host_->logs().size(); ++i) {
      const std::string& line = host_->logs()[i].message;
      CASEGW_FUZZ_REQUIRE(!echoes_case_data(line, raw_body) && !echoes_case_data(line, request.body), "a log line repeats the body");
    }

    const auto second = host_->decode(request);
    CASEGW_FUZZ_REQUIRE(second.status == first.status && second.output == first.output && second.code == first.code &&
                            second.field == first.field,
                        "decode gives the same answer to the same request");
  }

 private:
  void renew() {
    host_.reset();
    host_ = std::make_unique<sdk::testing::fake_host<Adapter>>(settings_);
  }

  std::map<std::string, std::string> settings_;
  std::unique_ptr<sdk::testing::fake_host<Adapter>> host_;
};

}  // namespace casegw::fuzz
