// The words a profile may match on: the unified case's `kind` and the handling class the
// platform gives an item. Kept in one place so the loader (which rejects unknown words in
// config) and the lookup (which rejects unknown words at run time) agree.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace casegw::policy {

// casegw.case/v1 `kind`.
const std::vector<std::string>& case_kinds();

// handed_down: 交办件, handed down by a superior platform, possibly with its own deadline;
// supervised: 挂牌督办件; verification: 核查办理件.
const std::vector<std::string>& case_classes();

bool is_case_kind(std::string_view word);
bool is_case_class(std::string_view word);

}  // namespace casegw::policy
