// SPEC's check names → checks. Adding a check is one row in check_registry.cc.
//
//   auto checks = ParseChecks("term-missing,term-forbidden");  // "" or "all": every check
//   ParseChecks("term-mising");  // throws Error{kUsage}: unknown check, with the known names
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "talign/qa/check.h"

namespace talign {

// The registered checks' names, in the order they run.
std::vector<std::string_view> CheckNames();

// A comma-separated list of check names (spaces allowed) → checks, in the list's order,
// each once. "" and "all" select every registered check. Throws Error{kUsage} naming an
// unknown check and listing the known ones.
std::vector<std::unique_ptr<Check>> ParseChecks(std::string_view list);

}  // namespace talign
