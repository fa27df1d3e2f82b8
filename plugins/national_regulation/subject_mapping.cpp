#include "subject_mapping.hpp"

#include "regulation_vocabulary.hpp"

#include <casegw/sdk/identity_numbers.hpp>
#include <casegw/sdk/text.hpp>

namespace casegw::national_regulation {

namespace {

constexpr std::size_t max_subject_name = 200;

// The credit code is checked so that a clue naming the wrong enterprise is caught here, but it
// is not forwarded: casegw.case/v1 gives the subject a type and a name only. The workflow finds
// it in the raw message the gateway stores.
void check_credit_code(const sdk::json::json_object& subject, std::string_view type) {
  const auto code = subject.optional_string("creditCode");
  if (!code) return;
  if (type == "person")
    throw sdk::invalid_field(subject.path_of("creditCode"), "is for organisations, not for a natural person (type 04)");
  if (!sdk::is_unified_social_credit_code(*code))
    throw sdk::invalid_field(subject.path_of("creditCode"),
                             "must be an 18-character unified social credit code with a valid check character");
}

}  // namespace

void map_subject(const sdk::json::json_object& clue, sdk::case_builder& out) {
  const auto subject = clue.optional_object("subject");
  if (!subject) return;
  sdk::subject mapped;
  const auto type = subject_type_for_code(subject->required_string("type"));
  if (!type) throw sdk::invalid_field(subject->path_of("type"), "must be one of 01, 02, 03, 04");
  mapped.type = std::string(*type);
  mapped.name = subject->required_string("name");
  sdk::require_max_length(subject->path_of("name"), mapped.name, max_subject_name);
  check_credit_code(*subject, mapped.type);
  out.subject(std::move(mapped));
}

}  // namespace casegw::national_regulation
