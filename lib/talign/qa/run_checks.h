// Running checks over an aligned pair, summing up, and deciding the exit status.
//
//   std::vector<Finding> findings = RunChecks(ParseChecks(""), context);
//   CheckSummary summary = Summarize(context, findings);
//   bool fail = ReachesFailOn(findings, ParseFailOn("error"));  // exit 1 when true
#pragma once

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "talign/qa/check.h"

namespace talign {

// Runs every check and returns the findings ordered by bead, then by the order of
// `checks`, without those an omission or addition already explains (same_cause.h). Builds a
// TermMatcher when a check needs the glossary and context.matcher is null. Throws Error{kUsage} if
// such a check has no glossary, Error{kData} if a bead names a segment that does not exist,
// std::logic_error without the pair's languages.
std::vector<Finding> RunChecks(const std::vector<std::unique_ptr<Check>>& checks,
                               const CheckContext& context);

struct FindingCounts {
  std::size_t errors = 0;
  std::size_t warnings = 0;
};

// The "summary" object of SPEC's JSON report.
struct CheckSummary {
  std::size_t source_segments = 0;
  std::size_t target_segments = 0;
  std::size_t beads = 0;
  FindingCounts findings;
};

CheckSummary Summarize(const CheckContext& context, const std::vector<Finding>& findings);

// --fail-on: the least severity that makes `talign check` exit 1.
enum class FailOn { kError, kWarning, kNever };

// "error", "warning", "never"; anything else throws Error{kUsage} listing them.
FailOn ParseFailOn(std::string_view name);

bool ReachesFailOn(const std::vector<Finding>& findings, FailOn fail_on);

}  // namespace talign
