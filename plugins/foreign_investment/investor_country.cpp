#include "investor_country.hpp"

namespace casegw::foreign_investment {

namespace {

// The 249 officially assigned ISO 3166-1 alpha-2 codes (iso-codes 4.15, 2023), sorted,
// each followed by a space: the i-th code starts at offset 3 * i.
constexpr std::string_view assigned_codes =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS "
    "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE "
    "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM "
    "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC "
    "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA "
    "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW "
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO "
    "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW ";

bool is_assigned(std::string_view code) noexcept {
  if (code.size() != 2 || code[0] < 'A' || code[0] > 'Z' || code[1] < 'A' || code[1] > 'Z') return false;
  for (std::size_t at = 0; at + 2 <= assigned_codes.size(); at += 3)
    if (assigned_codes.substr(at, 2) == code) return true;
  return false;
}

}  // namespace

std::string_view investor_country_problem(std::string_view code) noexcept {
  if (!is_assigned(code)) return "must be an ISO 3166-1 alpha-2 country code in capitals, such as JP or DE";
  // An investor from the mainland does not make an enterprise foreign-invested: the form or
  // its relay mixed up the investor and the enterprise.
  if (code == "CN") return "must name the foreign investor's country or region, not mainland China";
  return {};
}

}  // namespace casegw::foreign_investment
