#include "talign/align/boundary_cost.h"

#include <cmath>

namespace talign {
namespace {

std::vector<std::size_t> ClausePrefix(const std::vector<SegmentFeatures>& side) {
  std::vector<std::size_t> prefix(side.size() + 1, 0);
  for (std::size_t i = 0; i < side.size(); ++i) prefix[i + 1] = prefix[i] + side[i].ends_clause;
  return prefix;
}

// Clause-mark boundaries inside [begin, begin + count): after each segment but the last.
std::size_t Inside(const std::vector<std::size_t>& prefix, std::size_t begin, std::size_t count) {
  return count < 2 ? 0 : prefix[begin + count - 1] - prefix[begin];
}

}  // namespace

BoundaryCost::BoundaryCost(const BitextFeatures& features, double bonus)
    : src_clauses_(ClausePrefix(features.src)),
      tgt_clauses_(ClausePrefix(features.tgt)),
      bonus_(bonus) {}

double BoundaryCost::Cost(const BeadView& bead) const {
  // Clause marks on both sides (a 2-2 of two parallel clauses) cancel: the translator
  // kept the clause boundary, so it says nothing for the merge.
  auto src = static_cast<double>(Inside(src_clauses_, bead.src_begin, bead.src_count));
  auto tgt = static_cast<double>(Inside(tgt_clauses_, bead.tgt_begin, bead.tgt_count));
  return -bonus_ * std::abs(src - tgt);
}

}  // namespace talign
