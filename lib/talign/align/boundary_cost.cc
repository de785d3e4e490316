#include "talign/align/boundary_cost.h"

#include <cmath>

namespace talign {
namespace {

std::size_t EndsClauseOf(const SegmentFeatures& segment) { return segment.ends_clause; }

// Clause-mark boundaries inside [begin, begin + count): after each segment but the last.
std::size_t Inside(const std::vector<std::size_t>& prefix, std::size_t begin, std::size_t count) {
  return count < 2 ? 0 : prefix[begin + count - 1] - prefix[begin];
}

}  // namespace

BoundaryCost::BoundaryCost(const BitextFeatures& features, double bonus)
    : src_clauses_(PrefixSums(features.src, EndsClauseOf)),
      tgt_clauses_(PrefixSums(features.tgt, EndsClauseOf)),
      bonus_(bonus) {}

double BoundaryCost::Cost(const BeadView& bead) const {
  return Joined(Inside(src_clauses_, bead.src_begin, bead.src_count),
                Inside(tgt_clauses_, bead.tgt_begin, bead.tgt_count));
}

void BoundaryCost::AddCosts(const BeadView& first, std::size_t count, double* out) const {
  if (first.src_count < 2 && first.tgt_count < 2) return;  // no boundary inside
  const std::size_t src = Inside(src_clauses_, first.src_begin, first.src_count);
  for (std::size_t x = 0; x < count; ++x) {
    out[x] += Joined(src, Inside(tgt_clauses_, first.tgt_begin + x, first.tgt_count));
  }
}

// Clause marks on both sides (a 2-2 of two parallel clauses) cancel: the translator kept
// the clause boundary, so it says nothing for the merge.
double BoundaryCost::Joined(std::size_t src_inside, std::size_t tgt_inside) const {
  return -bonus_ * std::abs(static_cast<double>(src_inside) - static_cast<double>(tgt_inside));
}

}  // namespace talign
