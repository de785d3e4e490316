// How serious a rule's violation is: a glossary entry's `severity`, a finding's severity.
//
//   ParseSeverity("warning") == Severity::kWarning;  SeverityName(Severity::kError) == "error"
#pragma once

#include <optional>
#include <string_view>

namespace talign {

// Ordered: a larger value is more serious (used by --fail-on).
enum class Severity { kWarning, kError };

// "warning" / "error", as SPEC writes them in YAML and JSON.
std::string_view SeverityName(Severity severity);
// nullopt for any other spelling.
std::optional<Severity> ParseSeverity(std::string_view name);

}  // namespace talign
