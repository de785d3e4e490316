#include "talign/qa/same_cause.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace talign {
namespace {

// The sentences of one bead without a counterpart: the omission findings' source
// segments and the addition findings' target segments.
struct Orphans {
  std::set<std::size_t> source;
  std::set<std::size_t> target;
  bool empty() const { return source.empty() && target.empty(); }
};

Orphans OrphansOf(std::vector<Finding>::const_iterator first,
                  std::vector<Finding>::const_iterator last) {
  Orphans orphans;
  for (auto f = first; f != last; ++f) {
    if (f->check == "omission")
      orphans.source.insert(f->source_segments.begin(), f->source_segments.end());
    if (f->check == "addition")
      orphans.target.insert(f->target_segments.begin(), f->target_segments.end());
  }
  return orphans;
}

// Checks that report what one side lacks: a consequence of an orphan sentence when every
// word they name stands in one.
bool ReportsWhatIsLacking(std::string_view check) {
  return check == "number-mismatch" || check == "term-missing";
}

bool Explained(const Finding& finding, const Orphans& orphans) {
  if (finding.check == "length-ratio") return true;
  if (!ReportsWhatIsLacking(finding.check) || finding.spans.empty()) return false;
  return std::all_of(finding.spans.begin(), finding.spans.end(), [&](const FindingSpan& span) {
    return (span.source ? orphans.source : orphans.target).count(span.segment) > 0;
  });
}

}  // namespace

// In place: findings are kept where they stand unless an earlier one was dropped.
void DropSameCause(std::vector<Finding>& findings) {
  auto kept = findings.begin();
  for (auto first = findings.begin(); first != findings.end();) {
    auto last = std::find_if(first, findings.end(),
                             [&](const Finding& f) { return f.bead != first->bead; });
    Orphans orphans = OrphansOf(first, last);
    for (auto f = first; f != last; ++f) {
      if (!orphans.empty() && Explained(*f, orphans)) continue;
      if (kept != f) *kept = std::move(*f);
      ++kept;
    }
    first = last;
  }
  findings.erase(kept, findings.end());
}

}  // namespace talign
