#include "talign/glossary/severity.h"

#include <array>
#include <utility>

namespace talign {
namespace {

constexpr std::array<std::pair<Severity, std::string_view>, 2> kNames = {{
    {Severity::kWarning, "warning"},
    {Severity::kError, "error"},
}};

}  // namespace

std::string_view SeverityName(Severity severity) {
  for (const auto& [value, name] : kNames) {
    if (value == severity) return name;
  }
  return "error";
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  for (const auto& [value, spelling] : kNames) {
    if (spelling == name) return value;
  }
  return std::nullopt;
}

}  // namespace talign
