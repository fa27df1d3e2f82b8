// Payloads in the city_portal wire format (docs/channels/city_portal.md) with reporters whose
// personal data the tests later search for in every log the gateway wrote.
#pragma once

#include <string>
#include <vector>

namespace casegw::integration {

struct test_reporter {
  std::string name;
  std::string phone;
  std::string id_number;
  std::string address;
  std::string content;  // the complaint text: confidential too
};

const std::vector<test_reporter>& test_reporters();

// A valid complaint submitted through WeChat, numbered `submission_no`.
std::string city_portal_payload(const std::string& submission_no, const test_reporter& reporter,
                                const std::string& title = "小区门口占道经营影响通行");

// Everything in the test reporters that must never appear in a log line.
std::vector<std::string> confidential_strings();

}  // namespace casegw::integration
