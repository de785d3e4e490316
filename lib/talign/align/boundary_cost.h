// Boundary cost: a bead that spans a soft boundary is cheaper. Corpora segmented by other
// tools split at colons and semicolons (Text+Berg does), and a translator who keeps the
// clause often joins it to its neighbour; a segment that starts in lowercase continues its
// predecessor's sentence ("me répondit-on." after a quote), and the translation usually
// keeps them in one. Such a bead is more likely than its shape's prior, counted over
// full-stop boundaries, says.
//
//   BoundaryCost boundary(features, /*clause_bonus=*/1.2, /*continuation_bonus=*/0.6);
//   boundary.Cost({216, 2, 256, 1});  // -1.2: segment 216 ends with ":"
//   boundary.Cost({216, 2, 255, 2});  // 0 if target segment 255 ends with ";" as well
#pragma once

#include <cstdint>
#include <vector>

#include "talign/align/cost_model.h"
#include "talign/align/segment_features.h"

namespace talign {

class BoundaryCost : public CostComponent {
 public:
  BoundaryCost(const BitextFeatures& features, double clause_bonus, double continuation_bonus,
               double inner_clause_bonus = 0.0);

  // -clause_bonus × |clause-mark boundaries inside the bead on the source side - on the
  // target side| - continuation_bonus × the continuations inside its longer side, at most
  // as many as it has segments more than the other - inner_clause_bonus × the semicolons
  // and colons inside its shorter side's segments, as many at most.
  double Cost(const BeadView& bead) const override;
  void AddCosts(const BeadView& first, std::size_t count, double* out) const override;

 private:
  // By side: prefix counts over segments of those that end with a clause mark, and of
  // those followed by a continuation (and not ending with a clause mark), and of inner
  // clause marks. 32 bits: a double takes them in one instruction, not an unsigned 64-bit
  // integer's branchy sequence.
  struct Side {
    explicit Side(const std::vector<SegmentFeatures>& segments);
    std::vector<std::uint32_t> clauses, continued, inner;
  };
  double Joined(const BeadView& bead, std::uint32_t src_clauses, std::uint32_t src_continued) const;

  Side src_, tgt_;
  double clause_bonus_, continuation_bonus_, inner_clause_bonus_;
};

}  // namespace talign
