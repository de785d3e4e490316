#include "talign/qa/run_checks.h"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <tuple>

#include "talign/base/error.h"
#include "talign/qa/same_cause.h"
#include "talign/qa/segment_memo.h"

namespace talign {
namespace {

void CheckIndices(const std::vector<std::size_t>& indices, std::size_t count, std::size_t bead,
                  const char* side) {
  for (std::size_t index : indices) {
    if (index >= count) {
      throw Error(ErrorKind::kData, "bead " + std::to_string(bead) + " names " + side +
                                        " segment " + std::to_string(index) +
                                        ", but there are only " + std::to_string(count) +
                                        "; is the alignment for these files?");
    }
  }
}

void ValidateBeads(const CheckContext& context) {
  if (context.source_language == nullptr || context.target_language == nullptr) {
    throw std::logic_error("checks run without the languages of the pair");
  }
  for (std::size_t b = 0; b < context.alignment.beads.size(); ++b) {
    CheckIndices(context.alignment.beads[b].src, context.src.size(), b, "source");
    CheckIndices(context.alignment.beads[b].tgt, context.tgt.size(), b, "target");
  }
}

// Orders findings by bead, then by rank (their check's place in the caller's list), then
// as appended, in place, each Finding moved about once: sorting the Findings themselves
// moves their strings log n times, and a sorted copy doubles the memory of a stress run's
// 200k findings.
void InReportOrder(std::vector<Finding>& findings, const std::vector<std::size_t>& rank) {
  std::vector<std::size_t> order(findings.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto before = [&](std::size_t a, std::size_t b) {
    return std::tie(findings[a].bead, rank[a]) < std::tie(findings[b].bead, rank[b]);
  };
  if (std::is_sorted(order.begin(), order.end(), before)) return;
  std::stable_sort(order.begin(), order.end(), before);
  // Position i receives findings[order[i]]: follow each cycle of the permutation.
  std::vector<bool> placed(findings.size(), false);
  for (std::size_t start = 0; start < order.size(); ++start) {
    if (placed[start]) continue;
    placed[start] = true;
    if (order[start] == start) continue;
    Finding held = std::move(findings[start]);
    std::size_t at = start;
    for (; order[at] != start; at = order[at]) {
      findings[at] = std::move(findings[order[at]]);
      placed[order[at]] = true;
    }
    findings[at] = std::move(held);
  }
}

}  // namespace

std::vector<Finding> RunChecks(const std::vector<std::unique_ptr<Check>>& checks,
                               const CheckContext& context) {
  ValidateBeads(context);
  std::unique_ptr<TermMatcher> own_matcher;
  CheckContext with_matcher = context;
  for (const auto& check : checks) {
    if (!check->needs_glossary() || with_matcher.matcher != nullptr) continue;
    if (context.glossary == nullptr) {
      throw Error(ErrorKind::kUsage,
                  "check `" + std::string(check->name()) + "` needs a glossary (--glossary FILE)");
    }
    own_matcher = std::make_unique<TermMatcher>(*context.glossary, *context.source_language,
                                                *context.target_language);
    with_matcher.matcher = own_matcher.get();
  }
  with_matcher.memo = std::make_shared<SegmentMemo>(context.src, context.tgt, with_matcher.matcher);
  // Last to first: the first checks (the glossary's) report the most, and a check that
  // makes room for its findings once then makes it for all, where one running first would
  // leave the next to move them into a vector twice the size.
  std::vector<Finding> findings;
  std::vector<std::size_t> rank;  // per finding, its check's place in `checks`
  for (std::size_t c = checks.size(); c-- > 0;) {
    checks[c]->Run(with_matcher, findings);
    rank.resize(findings.size(), c);
  }
  InReportOrder(findings, rank);
  DropSameCause(findings);
  return findings;
}

CheckSummary Summarize(const CheckContext& context, const std::vector<Finding>& findings) {
  CheckSummary summary{context.src.size(), context.tgt.size(), context.alignment.beads.size(), {}};
  for (const Finding& finding : findings) {
    ++(finding.severity == Severity::kError ? summary.findings.errors : summary.findings.warnings);
  }
  return summary;
}

FailOn ParseFailOn(std::string_view name) {
  if (name == "error") return FailOn::kError;
  if (name == "warning") return FailOn::kWarning;
  if (name == "never") return FailOn::kNever;
  throw Error(ErrorKind::kUsage,
              "--fail-on is `" + std::string(name) + "`; expected error, warning or never");
}

bool ReachesFailOn(const std::vector<Finding>& findings, FailOn fail_on) {
  if (fail_on == FailOn::kNever) return false;
  Severity least = fail_on == FailOn::kError ? Severity::kError : Severity::kWarning;
  return std::any_of(findings.begin(), findings.end(),
                     [least](const Finding& f) { return f.severity >= least; });
}

}  // namespace talign
