#include "talign/qa/run_checks.h"

#include <algorithm>
#include <stdexcept>
#include <string>

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

// One check's findings stably by bead, each Finding moved once (sorting the Findings
// themselves moves their strings log n times); most checks append in bead order already.
void SortByBead(std::vector<Finding>& findings) {
  auto by_bead = [](const Finding& a, const Finding& b) { return a.bead < b.bead; };
  if (std::is_sorted(findings.begin(), findings.end(), by_bead)) return;
  std::vector<std::size_t> order(findings.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return findings[a].bead < findings[b].bead;
  });
  std::vector<Finding> sorted;
  sorted.reserve(findings.size());
  for (std::size_t i : order) sorted.push_back(std::move(findings[i]));
  findings = std::move(sorted);
}

// The checks' findings merged by bead, then check order, into one vector of the exact size:
// a stress run has 200k findings, and one vector grown by every check and then re-sorted
// moves each of them many times.
std::vector<Finding> InBeadOrder(std::vector<std::vector<Finding>> per_check) {
  std::size_t total = 0;
  for (std::vector<Finding>& findings : per_check) {
    SortByBead(findings);
    total += findings.size();
  }
  std::vector<Finding> merged;
  merged.reserve(total);
  std::vector<std::size_t> next(per_check.size(), 0);
  while (merged.size() < total) {
    std::size_t pick = per_check.size();
    for (std::size_t c = 0; c < per_check.size(); ++c) {
      if (next[c] == per_check[c].size()) continue;
      if (pick == per_check.size() ||
          per_check[c][next[c]].bead < per_check[pick][next[pick]].bead) {
        pick = c;
      }
    }
    merged.push_back(std::move(per_check[pick][next[pick]++]));
  }
  return merged;
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
  std::vector<std::vector<Finding>> per_check(checks.size());
  for (std::size_t c = 0; c < checks.size(); ++c) checks[c]->Run(with_matcher, per_check[c]);
  std::vector<Finding> findings = InBeadOrder(std::move(per_check));
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
