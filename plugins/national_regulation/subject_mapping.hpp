// body.clue.subject -> unified subject: the regulated party the clue is about (被反映对象 /
// 监管对象), usually an enterprise identified by its unified social credit code.
#pragma once

#include <casegw/sdk/case_builder.hpp>
#include <casegw/sdk/json/json_object.hpp>

namespace casegw::national_regulation {

// Optional: a consultation or a suggestion often names nobody.
void map_subject(const sdk::json::json_object& clue, sdk::case_builder& out);

}  // namespace casegw::national_regulation
