// investorCountry: the country or region of the foreign investor behind the complaining
// enterprise, as an ISO 3166-1 alpha-2 code (JP, DE, US; HK, MO and TW for investors from Hong
// Kong, Macao and Taiwan, whose investment the Measures treat alike).
#pragma once

#include <string_view>

namespace casegw::foreign_investment {

// "" when code is an assigned alpha-2 code other than CN; otherwise why not, phrased to follow
// "the value ". Never quotes the code.
std::string_view investor_country_problem(std::string_view code) noexcept;

}  // namespace casegw::foreign_investment
