#include "talign/qa/check_registry.h"

#include <array>
#include <string>
#include <utility>

#include "talign/base/error.h"
#include "talign/qa/bead_checks.h"
#include "talign/qa/consistency_checks.h"
#include "talign/qa/number_check.h"
#include "talign/qa/term_checks.h"
#include "talign/qa/untranslated_check.h"

namespace talign {
namespace {

using CheckFactory = std::unique_ptr<Check> (*)();

// Every check `talign check` knows, in running order: SPEC's names, and length-ratio.
constexpr std::array<std::pair<std::string_view, CheckFactory>, 9> kChecks = {{
    {"term-missing", &MakeTermMissingCheck},
    {"term-forbidden", &MakeTermForbiddenCheck},
    {"number-mismatch", &MakeNumberMismatchCheck},
    {"untranslated", &MakeUntranslatedCheck},
    {"omission", &MakeOmissionCheck},
    {"addition", &MakeAdditionCheck},
    {"length-ratio", &MakeLengthRatioCheck},
    {"inconsistent-translation", &MakeInconsistentTranslationCheck},
    {"inconsistent-source", &MakeInconsistentSourceCheck},
}};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

std::unique_ptr<Check> MakeCheck(std::string_view name) {
  for (const auto& [known, factory] : kChecks) {
    if (known == name) return factory();
  }
  std::string names;
  for (const auto& entry : kChecks) names += (names.empty() ? "" : ", ") + std::string(entry.first);
  throw Error(ErrorKind::kUsage,
              "unknown check `" + std::string(name) + "` (known checks: " + names + ")");
}

}  // namespace

std::vector<std::string_view> CheckNames() {
  std::vector<std::string_view> names;
  for (const auto& entry : kChecks) names.push_back(entry.first);
  return names;
}

std::vector<std::unique_ptr<Check>> ParseChecks(std::string_view list) {
  std::vector<std::unique_ptr<Check>> checks;
  if (Trim(list).empty() || Trim(list) == "all") {
    for (const auto& entry : kChecks) checks.push_back(entry.second());
    return checks;
  }
  while (!list.empty()) {
    std::size_t comma = list.find(',');
    std::string_view name = Trim(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    if (name.empty()) continue;  // "a,,b" and a trailing comma are harmless
    bool seen = false;
    for (const auto& check : checks) seen = seen || check->name() == name;
    if (!seen) checks.push_back(MakeCheck(name));
  }
  return checks;
}

}  // namespace talign
