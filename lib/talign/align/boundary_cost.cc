#include "talign/align/boundary_cost.h"

#include <algorithm>
#include <cmath>

namespace talign {
namespace {

// Boundaries counted by `prefix` inside [begin, begin + count): after each segment but the
// last.
std::uint32_t Inside(const std::vector<std::uint32_t>& prefix, std::size_t begin,
                     std::size_t count) {
  return count < 2 ? 0 : prefix[begin + count - 1] - prefix[begin];
}

}  // namespace

BoundaryCost::Side::Side(const std::vector<SegmentFeatures>& segments)
    : clauses(segments.size() + 1, 0),
      continued(segments.size() + 1, 0),
      inner(segments.size() + 1, 0) {
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const bool clause = segments[i].ends_clause;
    const bool next_continues = i + 1 < segments.size() && segments[i + 1].continues;
    clauses[i + 1] = clauses[i] + (clause ? 1 : 0);
    continued[i + 1] = continued[i] + (next_continues && !clause ? 1 : 0);
    inner[i + 1] = inner[i] + static_cast<std::uint32_t>(segments[i].inner_clauses);
  }
}

BoundaryCost::BoundaryCost(const BitextFeatures& features, double clause_bonus,
                           double continuation_bonus, double inner_clause_bonus)
    : src_(features.src),
      tgt_(features.tgt),
      clause_bonus_(clause_bonus),
      continuation_bonus_(continuation_bonus),
      inner_clause_bonus_(inner_clause_bonus) {}

double BoundaryCost::Cost(const BeadView& bead) const {
  return Joined(bead, Inside(src_.clauses, bead.src_begin, bead.src_count),
                Inside(src_.continued, bead.src_begin, bead.src_count));
}

void BoundaryCost::AddCosts(const BeadView& first, std::size_t count, double* out) const {
  if (first.src_count < 2 && first.tgt_count < 2) return;  // no boundary inside
  const std::uint32_t clauses = Inside(src_.clauses, first.src_begin, first.src_count);
  const std::uint32_t continued = Inside(src_.continued, first.src_begin, first.src_count);
  BeadView bead = first;
  for (std::size_t x = 0; x < count; ++x, ++bead.tgt_begin) {
    out[x] += Joined(bead, clauses, continued);
  }
}

// Clause marks on both sides (a 2-2 of two parallel clauses) cancel: the translator kept
// the clause boundary, so it says nothing for the merge. A continuation explains only a
// segment the other side lacks: in a 2-2 the other side's second segment is the
// continuation's translation, or the bead is wrong.
double BoundaryCost::Joined(const BeadView& bead, std::uint32_t src_clauses,
                            std::uint32_t src_continued) const {
  const std::uint32_t tgt_clauses = Inside(tgt_.clauses, bead.tgt_begin, bead.tgt_count);
  const double clauses =
      std::abs(static_cast<double>(src_clauses) - static_cast<double>(tgt_clauses));
  std::uint32_t continued = 0, inner = 0;
  if (bead.src_count > bead.tgt_count) {
    const auto more = static_cast<std::uint32_t>(bead.src_count - bead.tgt_count);
    continued = std::min(src_continued, more);
    inner =
        std::min(tgt_.inner[bead.tgt_begin + bead.tgt_count] - tgt_.inner[bead.tgt_begin], more);
  } else if (bead.tgt_count > bead.src_count) {
    const auto more = static_cast<std::uint32_t>(bead.tgt_count - bead.src_count);
    continued = std::min(Inside(tgt_.continued, bead.tgt_begin, bead.tgt_count), more);
    inner =
        std::min(src_.inner[bead.src_begin + bead.src_count] - src_.inner[bead.src_begin], more);
  }
  return -clause_bonus_ * clauses - continuation_bonus_ * static_cast<double>(continued) -
         inner_clause_bonus_ * static_cast<double>(inner);
}

}  // namespace talign
