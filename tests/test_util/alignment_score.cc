#include "test_util/alignment_score.h"

#include <map>
#include <set>

#include "talign/io/beads_format.h"

namespace talign::testing {
namespace {

using Key = std::pair<std::vector<std::size_t>, std::vector<std::size_t>>;

std::set<Key> Keys(const std::vector<Bead>& beads, bool both_sides_only) {
  std::set<Key> keys;
  for (const Bead& b : beads) {
    bool keep =
        both_sides_only ? (!b.src.empty() && !b.tgt.empty()) : (!b.src.empty() || !b.tgt.empty());
    if (keep) keys.insert({b.src, b.tgt});
  }
  return keys;
}

// Strict and lax hits of `candidates` against `reference` (score_alignment.py's _hits).
std::pair<std::size_t, std::size_t> Hits(const std::set<Key>& reference,
                                         const std::set<Key>& candidates) {
  std::map<std::size_t, std::set<std::size_t>> linked;
  for (const Key& r : reference) {
    for (std::size_t s : r.first) linked[s].insert(r.second.begin(), r.second.end());
  }
  std::size_t strict = 0, lax = 0;
  for (const Key& c : candidates) {
    bool exact = reference.count(c) > 0, overlap = false;
    for (std::size_t s : c.first) {
      for (std::size_t t : c.second) overlap = overlap || (linked.count(s) && linked[s].count(t));
    }
    strict += exact;
    lax += exact || overlap;
  }
  return {strict, lax};
}

}  // namespace

Alignment BeadsFromText(const std::string& text) {
  constexpr std::size_t kRoom = 1 << 20;  // segments per side; test documents are far smaller
  return ParseBeads(text, "<test beads>", kRoom, kRoom);
}

void AlignmentCounts::Add(const std::vector<Bead>& gold, const std::vector<Bead>& test) {
  std::set<Key> gold_all = Keys(gold, false), test_all = Keys(test, false);
  auto [p_strict, p_lax] = Hits(gold_all, test_all);
  precision_strict_ += p_strict;
  precision_lax_ += p_lax;
  test_beads_ += test_all.size();
  std::set<Key> gold_both = Keys(gold, true), test_both = Keys(test, true);
  auto [r_strict, r_lax] = Hits(test_both, gold_both);
  recall_strict_ += r_strict;
  recall_lax_ += r_lax;
  gold_beads_ += gold_both.size();
}

double AlignmentCounts::F1(std::size_t precision_hits, std::size_t recall_hits) const {
  double p =
      test_beads_ ? static_cast<double>(precision_hits) / static_cast<double>(test_beads_) : 0.0;
  double r =
      gold_beads_ ? static_cast<double>(recall_hits) / static_cast<double>(gold_beads_) : 0.0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

}  // namespace talign::testing
