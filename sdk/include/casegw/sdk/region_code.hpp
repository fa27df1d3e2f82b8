// Administrative division codes (行政区划代码) as cases carry them: 6 digits for a county or
// district (GB/T 2260), 9 for a town or street, 12 for a village or community (the statistical
// codes, which nest: a village's first 9 digits are its town, its first 6 its county).
//
//   check_region_code(host, "submission.regionCode", code);  // throws INVALID_REGION_CODE
//
// The format check is here; whether the code exists is the gateway's division data, asked
// through the host (ABI 1.1), so every adapter validates against the same official list.
#pragma once

#include <casegw/sdk/adapter.hpp>
#include <casegw/sdk/field_errors.hpp>

#include <string>
#include <string_view>

namespace casegw::sdk {

// 6, 9 or 12 digits whose first two are a province-level code (11..82) and whose county part
// is not all zeros below the province ("110000" names a province, not a place to handle a case:
// it is still accepted, as platforms use it for province-wide items).
inline std::string_view region_code_format_problem(std::string_view code) noexcept {
  if (code.size() != 6 && code.size() != 9 && code.size() != 12) return "must be 6, 9 or 12 digits";
  for (char c : code)
    if (c < '0' || c > '9') return "must be 6, 9 or 12 digits";
  const int province = (code[0] - '0') * 10 + (code[1] - '0');
  if (province < 11 || province > 82) return "does not start with a province-level code";
  return {};
}

inline void check_region_code(const host& h, std::string path, std::string_view code) {
  if (const auto problem = region_code_format_problem(code); !problem.empty())
    throw invalid_region_code(std::move(path), problem);
  if (!h.division_known(code)) throw invalid_region_code(std::move(path), "is not in the official division list");
}

}  // namespace casegw::sdk
